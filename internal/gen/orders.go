package gen

import "time"

// order is one order of the All Orders Report, rebuilt on demand from its
// key (account, order day, index).
type order struct {
	Acct, Day, K int
	Account      string // the account's label
	ID           string
	Purchased    time.Time
	Buyer        string
	Name         string // the buyer's first name
	Market       *market
	Product      *product
	Qty          int
	Status       string
	OptedOut     bool
}

// Lang is the buyer's language of preference, e.g. "de-DE".
func (o *order) Lang() string { return o.Market.Lang }

// orderAt rebuilds order k of account a on order day od.
func (p *plan) orderAt(a, od, k int) order {
	r := keyed(p.opt.Seed, 0x0d, uint64(a), uint64(od), uint64(k))
	acct := &p.accts[a]
	m := &acct.Markets[weighted(r, acct.shares, acct.total)]
	n := p.counts[a][od]
	// Orders of a day are spread evenly, in index order, so the file is sorted.
	secs := (float64(k) + r.Float64()) / float64(n) * 86400
	o := order{
		Acct: a, Day: od, K: k, Market: m, Account: acct.Label,
		Purchased: p.ordersFrom.AddDate(0, 0, od).Add(time.Duration(secs) * time.Second),
		Buyer:     buyerID(r),
		Qty:       1 + r.IntN(3)/2,
		OptedOut:  chance(r, 0.06),
	}
	cat := catalogs[a%len(catalogs)]
	o.Product = &cat[r.IntN(len(cat))]
	o.Name = pick(r, names[langOf(m.Lang)])
	switch x := r.IntN(100); {
	case x < 4:
		o.Status = "Cancelled"
	case x < 7:
		o.Status = "Pending"
	default:
		o.Status = "Shipped"
	}
	o.ID = orderID(m.Prefix, a, od, k)
	return o
}

// orderID is a 3-7-7 Amazon order ID, unique per (account, day, index):
// the key is packed into 14 digits, split into two 7-digit halves and
// scrambled by a four-round Feistel network, which is a bijection, so the
// IDs look random and never collide.
func orderID(prefix string, a, od, k int) string {
	const half = 10_000_000
	v := (uint64(od)*64+uint64(a))*half + uint64(k)
	l, r := v/half, v%half
	for round := range uint64(4) {
		l, r = r, (l+mix(r^round<<32)%half)%half
	}
	var b [19]byte
	copy(b[:], prefix)
	b[3], b[11] = '-', '-'
	for i := 18; i > 11; i-- {
		b[i] = byte('0' + r%10)
		r /= 10
	}
	for i := 10; i > 3; i-- {
		b[i] = byte('0' + l%10)
		l /= 10
	}
	return string(b[:])
}

const idChars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// buyerID looks like Amazon's buyer IDs: A and 13 upper-case characters.
func buyerID(r interface{ IntN(int) int }) string {
	var b [14]byte
	b[0] = 'A'
	for i := 1; i < len(b); i++ {
		b[i] = idChars[r.IntN(len(idChars))]
	}
	return string(b[:])
}
