package policy

import "strings"

// OrderIDs returns the Amazon order IDs in s (the policy's order_id
// pattern), in order of appearance.
func (p *Policy) OrderIDs(s string) []string {
	if p.OrderID == nil {
		return nil
	}
	if p.isDefaultOrderID() {
		return scanOrderIDs(s)
	}
	return p.OrderID.FindAllString(s, -1)
}

// AppendMessageOrderIDs appends to dst the order IDs of a message, exactly
// those OrderIDs(subject + "\n" + body) returns. With the default pattern
// it scans subject and body apart, without building the joined text: no
// 3-7-7 match holds a newline, and a newline is no word byte, so it breaks
// a match and bounds a word as the start or end of a text does. A dst with
// room (a caller's array) spares the allocation of the result.
func (p *Policy) AppendMessageOrderIDs(dst []string, subject, body string) []string {
	if p.OrderID == nil {
		return dst
	}
	if p.isDefaultOrderID() {
		return appendOrderIDs(appendOrderIDs(dst, subject), body)
	}
	return append(dst, p.OrderID.FindAllString(subject+"\n"+body, -1)...)
}

// IsOrderID reports whether s, trimmed, is exactly one order ID.
func (p *Policy) IsOrderID(s string) bool {
	if p.OrderID == nil {
		return false
	}
	if p.isDefaultOrderID() {
		// The default pattern matches exactly 19 bytes, so a match that
		// spans s starts at 0 and s has 19 bytes.
		return len(s) == 19 && isOrderIDAt(s, 0)
	}
	loc := p.OrderID.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && loc[1] == len(s)
}

// defaultOrderID is the order_id pattern of the default policy (compiled
// case-insensitively, as every policy pattern), which
// scanOrderIDs finds without the regexp engine.
const defaultOrderID = `(?i)\b\d{3}-\d{7}-\d{7}\b`

func (p *Policy) isDefaultOrderID() bool { return p.OrderID.String() == defaultOrderID }

// scanOrderIDs is FindAllString of defaultOrderID: 3-7-7 digits between
// ASCII word boundaries, left to right, not overlapping.
func scanOrderIDs(s string) []string { return appendOrderIDs(nil, s) }

// appendOrderIDs appends scanOrderIDs(s) to dst. Every match has a '-' at
// its fourth byte, so only the bytes three before a '-' (found by
// IndexByte, fast on long bodies) are candidates.
func appendOrderIDs(dst []string, s string) []string {
	next := 0 // where the last match ended: matches do not overlap
	for j := 0; ; j++ {
		k := strings.IndexByte(s[j:], '-')
		if k < 0 {
			return dst
		}
		j += k
		i := j - 3
		if i < next || i+19 > len(s) || i > 0 && isWordByte(s[i-1]) || !isOrderIDAt(s, i) {
			continue
		}
		dst = append(dst, s[i:i+19])
		next = i + 19
		j = next - 1 // the loop's j++ resumes at the match's end
	}
}

// isOrderIDAt reports whether a 3-7-7 order ID with a word boundary after
// it starts at s[i]; s has at least i+19 bytes.
func isOrderIDAt(s string, i int) bool {
	for k := 0; k < 19; k++ {
		c := s[i+k]
		if k == 3 || k == 11 {
			if c != '-' {
				return false
			}
		} else if !isDigit(c) {
			return false
		}
	}
	return i+19 == len(s) || !isWordByte(s[i+19])
}
