package audit

import (
	"slices"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// Classify decides the class, reason and findings of one outbound message.
//
// It folds the text once, runs every rule of the policy (policy.Match), and
// then decides:
//   - the class: the worst class among the rules that hit (prohibited >
//     non-critical > critical, the policy's class order); fallback rules
//     count only when no other class rule hit; no hit gives the policy's
//     default (non-critical, other_permitted);
//   - the reason: within that class, the reason listed first in the policy;
//   - a reply (see IsReply) is non-critical with reason "reply" unless its
//     content is prohibited, or its reason is one the policy keeps for replies
//     (invoice); rules of the reasons the policy ignores in replies
//     (shipment_notice: tracking details the buyer asked for) are dropped;
//   - the findings: one per code, from the content rules that hit and from
//     the engine's checks (find*.go), in the policy's finding order.
//
// Verdict.Language is the detected language of the text when the buyer's
// language is known (see DetectLanguage), else "".
func Classify(p *policy.Policy, r *readers.Record, c Context) Verdict {
	t := policy.NewText(r.Subject, r.Body)
	defer t.Release()
	reply, replyWhy := IsReply(p, r, c)
	var hits []policy.Hit
	for _, h := range p.Match(t) {
		if reply && slices.Contains(p.Reply.IgnoreReasons, h.Rule.Reason) {
			continue
		}
		hits = append(hits, h)
	}
	v := decideClass(p, hits)
	if reply && v.Class != Prohibited && !(v.Class == NonCritical && slices.Contains(p.Reply.KeepReasons, v.Reason)) {
		v.Class, v.Reason = NonCritical, "reply"
		v.ReasonRule, v.ReasonEvidence = p.Reply.Rule, replyWhy
	}
	f := findings{p: p}
	for _, h := range hits {
		if h.Rule.Code != "" {
			f.add(h.Rule.Code, h.Rule.Severity, h.Rule.ID, h.Evidence)
		}
	}
	f.incentiveIsRequest(hits)
	f.tag(r.Subject, v.Class)
	f.orderID(r, v.Class)
	f.optedOut(r, v.Class, reply)
	f.lateProactive(r, c, reply)
	f.reasonMismatch(r, v.Class)
	v.Language = f.language(r, v.Class)
	v.Findings = f.sorted()
	return v
}

// decideClass picks the worst class among the hits and, within it, the
// reason of highest precedence; the evidence is that rule's first match.
func decideClass(p *policy.Policy, hits []policy.Hit) Verdict {
	best, bestClass, bestReason := -1, -1, 0
	for pass := 0; pass < 2 && best < 0; pass++ {
		fallback := pass == 1 // fallback rules only when nothing else decided
		for i, h := range hits {
			if h.Rule.Class == "" || h.Rule.Fallback != fallback {
				continue
			}
			cr := p.ClassRank(h.Rule.Class)
			_, rr, _ := p.ReasonRank(h.Rule.Reason)
			if cr > bestClass || cr == bestClass && rr < bestReason {
				best, bestClass, bestReason = i, cr, rr
			}
		}
	}
	if best < 0 {
		return Verdict{Class: Class(p.Default.Class), Reason: p.Default.Reason}
	}
	h := hits[best]
	return Verdict{Class: Class(h.Rule.Class), Reason: h.Rule.Reason, ReasonRule: h.Rule.ID, ReasonEvidence: h.Evidence}
}

// IsReply reports whether an outbound message answers the buyer, and why:
// the log shows an earlier inbound message in its thread (c.Thread), or the
// policy's reply signals say so (a reply contact reason together with a
// reply subject prefix such as "Re:").
func IsReply(p *policy.Policy, r *readers.Record, c Context) (bool, string) {
	if c.Thread {
		return true, "answers the buyer's earlier message in the same thread"
	}
	if p.IsReplyContactReason(r.ContactReason) {
		if pre := p.ReplyPrefix(r.Subject); pre != "" {
			return true, "contact reason " + r.ContactReason + " and subject prefix " + pre
		}
	}
	return false, ""
}
