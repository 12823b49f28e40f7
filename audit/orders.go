package audit

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/bsmaudit/bsmaudit/readers"
)

// OrderSource yields the rows of orders exports (readers.OrderSet).
type OrderSource interface {
	Orders(ctx context.Context, yield func(*readers.OrderRow) error) error
	Inputs() []readers.Input
}

// orderBook holds what the audit needs from the orders exports: the
// distinct orders per account and purchase day (for the daily limit), and
// each order's purchase time (for late_proactive). Its size grows with the
// number of orders, not with the number of messages.
type orderBook struct {
	loc *time.Location
	// purchased maps an order ID to its earliest purchase time.
	purchased map[string]time.Time
	// account maps an order ID to the account it was read for ("" when the
	// export has no account column).
	account  map[string]string
	rejected int
}

func newOrderBook(loc *time.Location) *orderBook {
	return &orderBook{loc: loc, purchased: map[string]time.Time{}, account: map[string]string{}}
}

// load reads every orders export. Item rows repeat an order's ID: an order
// counts once, on its earliest purchase time.
func (b *orderBook) load(ctx context.Context, src OrderSource) error {
	return src.Orders(ctx, func(r *readers.OrderRow) error {
		if r.Err != nil {
			b.rejected++
			return nil
		}
		o := &r.Order
		if t, ok := b.purchased[o.ID]; !ok || o.PurchasedAt.Before(t) {
			b.purchased[o.ID] = o.PurchasedAt
			b.account[o.ID] = o.Account
		}
		return nil
	})
}

// orderSeries is one account's distinct orders per calendar day.
type orderSeries struct {
	perDay      map[string]int // YYYY-MM-DD -> orders
	first, last string         // the first and last day with order data
}

// series groups the orders by account and calendar day in the audit's zone.
func (b *orderBook) series() map[string]*orderSeries {
	out := map[string]*orderSeries{}
	for id, t := range b.purchased {
		acct := b.account[id]
		s := out[acct]
		if s == nil {
			s = &orderSeries{perDay: map[string]int{}}
			out[acct] = s
		}
		day := t.In(b.loc).Format(dayLayout)
		s.perDay[day]++
		if s.first == "" || day < s.first {
			s.first = day
		}
		if day > s.last {
			s.last = day
		}
	}
	return out
}

const dayLayout = "2006-01-02"

// window is the averaging window for day D: the N days before it.
type window struct {
	from, to string // inclusive
	covered  int    // days of the window inside the series' data
	orders   int
}

func (s *orderSeries) window(day string, n int) (window, error) {
	d, err := time.Parse(dayLayout, day)
	if err != nil {
		return window{}, fmt.Errorf("day %q: %w", day, err)
	}
	w := window{
		from: d.AddDate(0, 0, -n).Format(dayLayout),
		to:   d.AddDate(0, 0, -1).Format(dayLayout),
	}
	for i := 1; i <= n; i++ {
		k := d.AddDate(0, 0, -i).Format(dayLayout)
		if k >= s.first && k <= s.last {
			w.covered++
		}
		w.orders += s.perDay[k]
	}
	return w, nil
}

// accounts lists the series' account names, sorted.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
