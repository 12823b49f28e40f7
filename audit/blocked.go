package audit

import (
	"fmt"

	"github.com/bsmaudit/bsmaudit/policy"
)

// predict says whether the rules would have blocked a delivered message,
// and why: the diagnosis of a blocked message, less the contact reason
// (which explains a block Amazon made but does not by itself make one).
func (e *engine) predict(m *Message, day *dayAgg) (reason, evidence string) {
	if reason, evidence = e.explain(m, day, false); reason == BlockedUnknown {
		return "", ""
	}
	return reason, evidence
}

// diagnose gives a blocked message its most likely reason, first match
// wins (POLICY.md "Blocked messages"), with the evidence a reader needs to
// check it.
func (e *engine) diagnose(m *Message, day *dayAgg) (reason, evidence string) {
	return e.explain(m, day, true)
}

// explain runs the diagnosis rules in order; byReason includes the
// contact-reason rule.
func (e *engine) explain(m *Message, day *dayAgg, byReason bool) (reason, evidence string) {
	v := &m.Verdict
	r := &m.Record
	switch {
	case r.OptedOut && v.Class != Critical && !m.Reply:
		return BlockedOptedOut, fmt.Sprintf("the buyer opted out of non-critical messages and this message is %s (%s)", v.Class, v.Reason)
	case byReason && r.ContactReason != "" && !e.pol.IsCriticalContactReason(r.ContactReason):
		return BlockedContactReason, fmt.Sprintf("contact reason %q is not one Amazon treats as critical", r.ContactReason)
	}
	for _, f := range v.Findings {
		if f.Severity == policy.Error {
			return BlockedContent, fmt.Sprintf("%s (rule %s): %s", f.Code, f.Rule, f.Evidence)
		}
	}
	if m.OverLimit && day != nil && day.limit != nil {
		return BlockedDailyLimit, fmt.Sprintf("sent on %s after the day's limit of %d was reached (%d messages that day)", m.Day, *day.limit, day.counted)
	}
	return BlockedUnknown, "no rule explains it: the buyer's opt-out, the contact reason, the content and the daily limit are all in order"
}
