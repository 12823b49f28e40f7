package audit

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// findings collects one message's findings: at most one per code (the first
// evidence wins), severities and rule ids taken from the policy.
type findings struct {
	p    *policy.Policy
	list []Finding
}

func (f *findings) add(code string, sev policy.Severity, rule, evidence string) {
	for _, x := range f.list {
		if x.Code == code {
			return
		}
	}
	f.list = append(f.list, Finding{Code: code, Severity: sev, Rule: rule, Evidence: policy.Clip(evidence, 80)})
}

// engine adds a finding of one of the engine's own checks, under the rule
// id and severity the policy declares for it.
func (f *findings) engine(code, evidence string) {
	d, ok := f.p.Finding(code)
	if !ok {
		return // a policy always declares them; compile checks it
	}
	f.add(code, d.Severity, d.Rule, evidence)
}

// sorted returns the findings in the policy's order of finding codes, so
// output never depends on rule order or map iteration.
func (f *findings) sorted() []Finding {
	if len(f.list) < 2 {
		return f.list // nothing to order: no map, no copy
	}
	order := func(code string) int {
		return slices.IndexFunc(f.p.Findings, func(d policy.FindingDef) bool { return d.Code == code })
	}
	out := slices.Clone(f.list)
	slices.SortStableFunc(out, func(a, b Finding) int { return order(a.Code) - order(b.Code) })
	return out
}

// optedOut: a non-critical or prohibited message to a buyer who opted out
// is blocked by Amazon; a reply in the buyer's own thread is exempt.
func (f *findings) optedOut(r *readers.Record, class Class, reply bool) {
	if r.OptedOut && class != Critical && !reply {
		f.engine("opted_out_noncritical", "buyer opted out; "+string(class)+" message")
	}
}

// lateProactive: a message that is not a reply, sent more than the
// proactive window after the purchase (needs the order's purchase date).
func (f *findings) lateProactive(r *readers.Record, c Context, reply bool) {
	if reply || c.PurchasedAt.IsZero() || r.SentAt.IsZero() {
		return
	}
	window := time.Duration(f.p.Settings.ProactiveWindowDays) * 24 * time.Hour
	if age := r.SentAt.Sub(c.PurchasedAt); age > window {
		f.engine("late_proactive", "sent "+strconv.Itoa(int(age.Hours()/24))+" days after purchase (window "+
			strconv.Itoa(f.p.Settings.ProactiveWindowDays)+" days)")
	}
}

// reasonMismatch: the log's contact reason is critical and the content is
// not, or the content is critical and the (non-empty) reason is not.
// Evidence is concatenated, not formatted (strconv.Quote is %q): the
// engine's checks run on every message.
func (f *findings) reasonMismatch(r *readers.Record, class Class) {
	// The reason normalises to "" exactly when it holds no letter or
	// digit: NormalizeContactReason keeps those and nothing else. Asking
	// so spares building the normal form twice.
	if strings.IndexFunc(r.ContactReason, isLetterOrDigit) < 0 {
		return
	}
	critReason := f.p.IsCriticalContactReason(r.ContactReason)
	switch {
	case critReason && class != Critical:
		f.engine("reason_mismatch", "contact reason "+strconv.Quote(r.ContactReason)+" is critical, the content is "+string(class))
	case !critReason && class == Critical:
		f.engine("reason_mismatch", "contact reason "+strconv.Quote(r.ContactReason)+" is not critical, the content is critical")
	}
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// incentiveIsRequest: offering something for a review is asking for one
// (POLICY.md review_request), so an incentive finding brings a
// review_request finding with the same rule and evidence when no review
// rule produced one.
func (f *findings) incentiveIsRequest(hits []policy.Hit) {
	for _, h := range hits {
		if h.Rule.Code == "incentive" {
			if d, ok := f.p.Finding("review_request"); ok {
				f.add("review_request", d.Severity, h.Rule.ID, h.Evidence)
			}
			return
		}
	}
}
