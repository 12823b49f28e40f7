package policy

// OrderIDs returns the Amazon order IDs in s (the policy's order_id
// pattern), in order of appearance.
func (p *Policy) OrderIDs(s string) []string {
	if p.OrderID == nil {
		return nil
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
