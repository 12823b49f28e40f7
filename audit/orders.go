package audit

import (
	"context"
	"fmt"
	"sort"
	"strings"
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
// number of orders, not with the number of messages: about 60 bytes an
// order, the ID copied out of the line it was read from.
type orderBook struct {
	loc    *time.Location
	orders map[string]orderInfo
	// keys names the account and marketplace of each orderInfo.where.
	keys     []seriesKey
	keyIDs   map[seriesKey]uint32
	rejected int
	// accounts are the account names the orders were read for.
	accounts map[string]bool
	// cancelled counts the orders with a cancelled item row. They still
	// count: Amazon's order volume is orders placed, and a lower count
	// would only make the limits stricter without a source to say so.
	cancelled int
}

// orderInfo is one distinct order.
type orderInfo struct {
	at        int64  // earliest purchase time, Unix nanoseconds
	where     uint32 // index into orderBook.keys
	cancelled bool
}

// seriesKey names one series of orders: an account, and a marketplace
// when limits are counted per marketplace.
type seriesKey struct{ account, marketplace string }

func newOrderBook(loc *time.Location) *orderBook {
	return &orderBook{loc: loc, orders: map[string]orderInfo{}, keyIDs: map[seriesKey]uint32{}, accounts: map[string]bool{}}
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
		at := o.PurchasedAt.UnixNano()
		info, seen := b.orders[o.ID]
		if !seen || at < info.at {
			info.at = at
			info.where = b.keyOf(seriesKey{o.Account, marketplaceCode(o.Marketplace)})
		}
		if !info.cancelled && isCancelled(o.Status) {
			info.cancelled = true
			b.cancelled++
		}
		if seen {
			b.orders[o.ID] = info
		} else {
			b.orders[strings.Clone(o.ID)] = info // not a slice of the reader's line
		}
		return nil
	})
}

func (b *orderBook) keyOf(k seriesKey) uint32 {
	id, ok := b.keyIDs[k]
	if !ok {
		id = uint32(len(b.keys))
		b.keys = append(b.keys, k)
		b.keyIDs[k] = id
		b.accounts[k.account] = true
	}
	return id
}

func isCancelled(status string) bool {
	s := strings.TrimSpace(status)
	return strings.EqualFold(s, "cancelled") || strings.EqualFold(s, "canceled")
}

// purchasedAt returns an order's purchase time, or the zero time when the
// orders exports do not have it.
func (b *orderBook) purchasedAt(id string) time.Time {
	if info, ok := b.orders[id]; ok {
		return time.Unix(0, info.at)
	}
	return time.Time{}
}

// orderSeries is one account's distinct orders per calendar day.
type orderSeries struct {
	perDay      map[string]int // YYYY-MM-DD -> orders
	first, last string         // the first and last day with order data
}

// series groups the orders by account (and marketplace, when perMarket)
// and calendar day in the audit's zone.
func (b *orderBook) series(perMarket bool) map[seriesKey]*orderSeries {
	out := map[seriesKey]*orderSeries{}
	for _, info := range b.orders {
		k := b.keys[info.where]
		t := time.Unix(0, info.at)
		if !perMarket {
			k.marketplace = ""
		}
		s := out[k]
		if s == nil {
			s = &orderSeries{perDay: map[string]int{}}
			out[k] = s
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

// span returns the first and last purchase day of all orders, or "" when
// there are none.
func (b *orderBook) span() (first, last string) {
	for _, info := range b.orders {
		d := time.Unix(0, info.at).In(b.loc).Format(dayLayout)
		if first == "" || d < first {
			first = d
		}
		if d > last {
			last = d
		}
	}
	return first, last
}

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
