package policy

import (
	"slices"
	"strings"
	"unicode"
)

// NormalizeContactReason puts a log's contact reason in the policy's form:
// lower case, words joined by '_' ("Delivery Scheduling", "delivery-scheduling"
// and "deliveryScheduling" all become "delivery_scheduling").
func NormalizeContactReason(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	sep := false
	var prev rune
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsUpper(r) && unicode.IsLower(prev) {
				sep = true // camelCase boundary
			}
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(unicode.ToLower(r))
		default:
			sep = true
		}
		prev = r
	}
	return b.String()
}

// IsCriticalContactReason reports whether a log's contact reason (as
// written) is one Amazon treats as critical.
func (p *Policy) IsCriticalContactReason(reason string) bool {
	return slices.Contains(p.Settings.CriticalContactReasons, NormalizeContactReason(reason))
}

// IsReplyContactReason reports whether a log's contact reason marks a reply.
func (p *Policy) IsReplyContactReason(reason string) bool {
	return slices.Contains(p.Reply.ContactReasons, NormalizeContactReason(reason))
}

// ReplyPrefix returns the reply prefix the subject starts with ("Re:"), as
// written, or "". Spaces and one leading [Important] tag form are skipped, so
// "[Important] Re: Need by Saturday" has the prefix "Re:".
func (p *Policy) ReplyPrefix(subject string) string {
	s := strings.TrimSpace(subject)
	if f := p.tagAtStart(s); f > 0 {
		s = strings.TrimSpace(s[f:])
	}
	fs := foldString(s)
	for _, pre := range p.Reply.SubjectPrefixes {
		if strings.HasPrefix(fs, pre) && len(pre) <= len(s) {
			return s[:len(pre)]
		}
	}
	return ""
}
