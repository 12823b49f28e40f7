package policy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormalizeContactReason puts a log's contact reason in the policy's form:
// lower case, words joined by '_' ("Delivery Scheduling", "delivery-scheduling"
// and "deliveryScheduling" all become "delivery_scheduling").
func NormalizeContactReason(s string) string {
	var buf [64]byte
	return string(appendContactReason(buf[:0], s))
}

// appendContactReason appends NormalizeContactReason(s) to dst.
func appendContactReason(dst []byte, s string) []byte {
	n := len(dst)
	sep := false
	var prev rune
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsUpper(r) && unicode.IsLower(prev) {
				sep = true // camelCase boundary
			}
			if sep && len(dst) > n {
				dst = append(dst, '_')
			}
			sep = false
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		default:
			sep = true
		}
		prev = r
	}
	return dst
}

// hasContactReason reports whether list holds reason once normalised,
// without allocating it: a log's reasons are asked about twice a message.
func hasContactReason(list []string, reason string) bool {
	var buf [64]byte
	b := appendContactReason(buf[:0], reason)
	for _, l := range list {
		if string(b) == l {
			return true
		}
	}
	return false
}

// IsCriticalContactReason reports whether a log's contact reason (as
// written) is one Amazon treats as critical.
func (p *Policy) IsCriticalContactReason(reason string) bool {
	return hasContactReason(p.Settings.CriticalContactReasons, reason)
}

// IsReplyContactReason reports whether a log's contact reason marks a reply.
func (p *Policy) IsReplyContactReason(reason string) bool {
	return hasContactReason(p.Reply.ContactReasons, reason)
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
