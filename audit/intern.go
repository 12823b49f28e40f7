package audit

// interner hands out small ids for values, in order of first sight, so
// that on-disk records (dedup.go, orders.go, estimate.go) store a 4-byte
// index instead of a string: list[id] is the value back.
type interner[K comparable] struct {
	ids  map[K]uint32
	list []K
}

func (n *interner[K]) id(k K) uint32 {
	id, ok := n.ids[k]
	if !ok {
		if n.ids == nil {
			n.ids = map[K]uint32{}
		}
		id = uint32(len(n.list))
		n.list = append(n.list, k)
		n.ids[k] = id
	}
	return id
}
