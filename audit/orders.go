package audit

import (
	"context"
	"encoding/binary"
	"fmt"
	"hash/maphash"
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
// each order's purchase time (for late_proactive). An export has an item
// row per order line, in any order, and an order counts once, on its
// earliest purchase time. The rows go to a temporary store partitioned by
// a hash of the order ID (load); join then takes one partition at a time,
// so memory holds one partition's orders and the per-day counts, whatever
// the size of the export.
type orderBook struct {
	loc  *time.Location
	seed maphash.Seed
	rows *parts // orderRec by hash of the order ID
	// keys names the account and marketplace of each orderRec.where.
	keys     interner[seriesKey]
	rejected int
	// accounts are the account names the orders were counted for.
	accounts map[string]bool
	// cancelled counts the orders with a cancelled item row. They still
	// count: Amazon's order volume is orders placed, and a lower count
	// would only make the limits stricter without a source to say so.
	cancelled int
	// series and the span are known after join.
	series      map[seriesKey]*orderSeries
	first, last string
}

// orderInfo is one distinct order while its partition is joined.
type orderInfo struct {
	at        int64  // earliest purchase time, Unix nanoseconds
	where     uint32 // index into orderBook.keys
	cancelled bool
}

// orderRecSize is an item row in the store: hash uint64, purchase time
// int64, series key uint32, cancelled byte.
const orderRecSize = 21

// seriesKey names one series of orders: an account, and a marketplace
// when limits are counted per marketplace.
type seriesKey struct{ account, marketplace string }

func newOrderBook(loc *time.Location, seed maphash.Seed, dir string) *orderBook {
	return &orderBook{loc: loc, seed: seed, rows: newParts(dir, hashParts, orderRecSize),
		accounts: map[string]bool{}}
}

// orderHash is the join key of an order ID, the same in the orders
// exports and in the log. Two IDs sharing a 64-bit hash would be taken for
// one order: about one chance in 10^6 for ten million orders.
func orderHash(seed maphash.Seed, id string) uint64 { return maphash.String(seed, id) }

// load reads every orders export into the store.
func (b *orderBook) load(ctx context.Context, src OrderSource) error {
	var rec [orderRecSize]byte
	err := src.Orders(ctx, func(r *readers.OrderRow) error {
		if r.Err != nil {
			b.rejected++
			return nil
		}
		o := &r.Order
		h := orderHash(b.seed, o.ID)
		binary.LittleEndian.PutUint64(rec[0:], h)
		binary.LittleEndian.PutUint64(rec[8:], uint64(o.PurchasedAt.UnixNano()))
		binary.LittleEndian.PutUint32(rec[16:], b.keys.id(seriesKey{o.Account, marketplaceCode(o.Marketplace)}))
		rec[20] = 0
		if isCancelled(o.Status) {
			rec[20] = 1
		}
		return b.rows.add(hashPart(h), rec[:])
	})
	if err != nil {
		return err
	}
	if err := b.rows.seal(); err != nil {
		return fmt.Errorf("storing the orders: %w", err)
	}
	return nil
}

func isCancelled(status string) bool {
	s := strings.TrimSpace(status)
	return strings.EqualFold(s, "cancelled") || strings.EqualFold(s, "canceled")
}

// join counts the distinct orders per series and day (by account, and
// marketplace when perMarket) and gives the outbound messages in needs
// (orderNeed records, partitioned like the orders) their order's purchase
// time in facts. The store is removed afterwards.
func (b *orderBook) join(ctx context.Context, perMarket bool, needs *parts, facts *factStore) error {
	defer b.rows.Close()
	perDay := map[seriesKey]map[int64]int{} // dayNumber -> orders
	orders := map[uint64]orderInfo{}
	for p := range b.rows.count() {
		if err := ctx.Err(); err != nil {
			return err
		}
		recs, err := b.rows.read(p)
		if err != nil {
			return err
		}
		clear(orders)
		// In the exports' order: an order counts on its earliest item row,
		// the first of equal ones; its account is counted as soon as one of
		// its rows is the earliest so far.
		for ; len(recs) >= orderRecSize; recs = recs[orderRecSize:] {
			h := binary.LittleEndian.Uint64(recs)
			at := int64(binary.LittleEndian.Uint64(recs[8:]))
			info, seen := orders[h]
			if !seen || at < info.at {
				info.at, info.where = at, binary.LittleEndian.Uint32(recs[16:])
				b.accounts[b.keys.list[info.where].account] = true
			}
			if !info.cancelled && recs[20] == 1 {
				info.cancelled = true
				b.cancelled++
			}
			orders[h] = info
		}
		for _, info := range orders {
			k := b.keys.list[info.where]
			if !perMarket {
				k.marketplace = ""
			}
			days := perDay[k]
			if days == nil {
				days = map[int64]int{}
				perDay[k] = days
			}
			days[dayNumber(time.Unix(0, info.at).In(b.loc))]++
		}
		if err := resolvePurchases(orders, needs, p, facts); err != nil {
			return err
		}
	}
	b.setSeries(perDay)
	return nil
}

// orderNeedSize is an outbound message waiting for its purchase time:
// order hash uint64, row index uint32.
const orderNeedSize = 12

// addOrderNeed records that outbound row i names the order with hash h.
func addOrderNeed(needs *parts, h uint64, i uint32) error {
	var rec [orderNeedSize]byte
	binary.LittleEndian.PutUint64(rec[0:], h)
	binary.LittleEndian.PutUint32(rec[8:], i)
	return needs.add(hashPart(h), rec[:])
}

// resolvePurchases gives the messages of partition p whose order is in
// orders its purchase time.
func resolvePurchases(orders map[uint64]orderInfo, needs *parts, p int, facts *factStore) error {
	recs, err := needs.read(p)
	if err != nil {
		return err
	}
	for ; len(recs) >= orderNeedSize; recs = recs[orderNeedSize:] {
		if info, ok := orders[binary.LittleEndian.Uint64(recs)]; ok {
			if err := facts.add(binary.LittleEndian.Uint32(recs[8:]), factPurchased, info.at); err != nil {
				return err
			}
		}
	}
	return nil
}

// dayNumber packs a calendar day into a map key: cheaper to count orders
// by than the formatted day, which is made once per day (dayString).
func dayNumber(t time.Time) int64 {
	y, m, d := t.Date()
	return int64(y)<<16 | int64(m)<<8 | int64(d)
}

// dayString formats a dayNumber as dayLayout.
func dayString(n int64) string {
	return time.Date(int(n>>16), time.Month(n>>8&0xff), int(n&0xff), 0, 0, 0, 0, time.UTC).Format(dayLayout)
}

// setSeries turns the per-day counts into the series, and finds the span
// of all purchase days.
func (b *orderBook) setSeries(perDay map[seriesKey]map[int64]int) {
	b.series = map[seriesKey]*orderSeries{}
	for k, days := range perDay {
		s := &orderSeries{perDay: make(map[string]int, len(days))}
		for n, c := range days {
			day := dayString(n)
			s.perDay[day] = c
			if s.first == "" || day < s.first {
				s.first = day
			}
			if day > s.last {
				s.last = day
			}
		}
		b.series[k] = s
		if b.first == "" || s.first < b.first {
			b.first = s.first
		}
		if s.last > b.last {
			b.last = s.last
		}
	}
}

// Close removes the temporary store.
func (b *orderBook) Close() { b.rows.Close() }

// orderSeries is one account's distinct orders per calendar day.
type orderSeries struct {
	perDay      map[string]int // YYYY-MM-DD -> orders
	first, last string         // the first and last day with order data
}

const dayLayout = "2006-01-02"

// span returns the first and last purchase day of all orders, or "" when
// there are none.
func (b *orderBook) span() (first, last string) { return b.first, b.last }

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

// sortedKeys lists a map's keys, sorted.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
