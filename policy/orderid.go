package policy

// OrderIDs returns the Amazon order IDs in s (the policy's order_id
// pattern), in order of appearance.
func (p *Policy) OrderIDs(s string) []string {
	if p.OrderID == nil {
		return nil
	}
	if p.OrderID.String() == defaultOrderID {
		return scanOrderIDs(s)
	}
	return p.OrderID.FindAllString(s, -1)
}

// IsOrderID reports whether s, trimmed, is exactly one order ID.
func (p *Policy) IsOrderID(s string) bool {
	if p.OrderID == nil {
		return false
	}
	loc := p.OrderID.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && loc[1] == len(s)
}

// defaultOrderID is the order_id pattern of the default policy (compiled
// case-insensitively, as every policy pattern), which
// scanOrderIDs finds without the regexp engine.
const defaultOrderID = `(?i)\b\d{3}-\d{7}-\d{7}\b`

// scanOrderIDs is FindAllString of defaultOrderID: 3-7-7 digits between
// ASCII word boundaries, left to right, not overlapping.
func scanOrderIDs(s string) []string {
	var out []string
	for i := 0; i+19 <= len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		if isOrderIDAt(s, i) {
			out = append(out, s[i:i+19])
			i += 18
		}
	}
	return out
}

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
