package audit

import (
	"fmt"
	"math"
	"sort"
	"time"
)

// dayKey identifies one calendar day of one account (and marketplace,
// when limits are counted per marketplace).
type dayKey struct{ account, marketplace, date string }

// dayAgg accumulates one day of one account.
type dayAgg struct {
	id      uint32 // the day's number in the send-time store (collect)
	counted int    // outbound messages that count towards the limit
	blocked int
	byClass map[Class]int
	avg     *float64
	limit   *int
	// times holds the send times of the counted messages, collected only
	// for days over their limit, to find the first message over it.
	times     []int64
	firstOver time.Time
	window    window
	partial   bool
}

// ordersMode says where the average daily orders come from.
const (
	ordersFromExport   = "orders"
	ordersFixed        = "fixed"
	ordersEstimate     = "estimate"
	ordersEstimateNote = "No orders export was given: average daily orders are estimated from the distinct order IDs in the log, a lower bound, so the limits shown are lower bounds too."
)

// limitFor applies the policy's formula: multiplier × average + constant,
// rounded down (a fractional message is not a message).
func (e *engine) limitFor(avg float64) int {
	s := e.pol.Settings
	return int(math.Floor(s.LimitMultiplier*avg + float64(s.LimitConstant)))
}

// setLimits gives every day its average orders and limit, and adds notes
// for accounts the orders data does not cover.
func (e *engine) setLimits() error {
	n := e.window
	switch e.ordersSource {
	case ordersFixed:
		for _, d := range e.days {
			avg := *e.opt.AvgDailyOrders
			lim := e.limitFor(avg)
			d.avg, d.limit = &avg, &lim
		}
		return nil
	case ordersEstimate:
		// Distinct order IDs over the log's days: a per-account constant.
		days := e.periodDays()
		for k, d := range e.days {
			avg := float64(e.logOrderCount[k.account]) / float64(days)
			lim := e.limitFor(avg)
			d.avg, d.limit = &avg, &lim
		}
		e.notes = append(e.notes, ordersEstimateNote)
		return nil
	}
	series := e.orders.series // counted per marketplace when opt.PerMarketplace
	noOrders := map[string]bool{}
	partial := map[string]bool{}
	for k, d := range e.days {
		// An account's own orders, else orders that name no account.
		s := series[seriesKey{k.account, k.marketplace}]
		if s == nil {
			s = series[seriesKey{"", k.marketplace}]
		}
		if s == nil {
			noOrders[label(k)] = true
			continue
		}
		w, err := s.window(k.date, n)
		if err != nil {
			return err
		}
		d.window = w
		if w.covered == 0 {
			partial[label(k)] = true
			d.partial = true
			continue // no order data at all for this window: the limit is unknown
		}
		if w.covered < n {
			partial[label(k)] = true
			d.partial = true
		}
		avg := float64(w.orders) / float64(n)
		lim := e.limitFor(avg)
		d.avg, d.limit = &avg, &lim
	}
	if _, ok := e.orders.accounts[""]; ok && len(e.accounts) > 1 {
		e.notes = append(e.notes, "Some orders name no account: they count for every account that has no orders of its own.")
	}
	for _, a := range sortedKeys(noOrders) {
		e.notes = append(e.notes, fmt.Sprintf("%s has no orders in the orders export: its limits are unknown.", a))
	}
	for _, a := range sortedKeys(partial) {
		e.notes = append(e.notes, fmt.Sprintf("%s: on some days the %d-day orders window reaches outside the orders data (partial window); their average still divides by %d, so those limits may be too low.", a, n, n))
	}
	if first, last := e.orders.span(); first != "" && !e.from.IsZero() {
		e.notes = append(e.notes, fmt.Sprintf("The orders export covers %s to %s; the message log %s to %s.",
			first, last, e.from.In(e.loc).Format(dayLayout), e.to.In(e.loc).Format(dayLayout)))
	}
	if n := e.orders.cancelled; n > 0 {
		e.notes = append(e.notes, fmt.Sprintf("%d cancelled orders count towards the average daily orders (Amazon counts orders placed).", n))
	}
	if n := e.orders.rejected; n > 0 {
		e.notes = append(e.notes, fmt.Sprintf("%d rows of the orders export could not be read and were left out of the averages (see the orders inputs).", n))
	}
	for _, a := range sortedKeys(e.orders.accounts) {
		if a != "" && !e.accounts[a] {
			e.notes = append(e.notes, fmt.Sprintf("Account %q has orders but no messages in the log.", a))
		}
	}
	return nil
}

// label names a day's account (and marketplace) in a note.
func label(k dayKey) string {
	if k.marketplace != "" {
		return fmt.Sprintf("Account %q on marketplace %s", k.account, k.marketplace)
	}
	return fmt.Sprintf("Account %q", k.account)
}

// overDays lists the days over their limit, with room for the send times
// collect gathers.
func (e *engine) overDays() map[dayKey]*dayAgg {
	out := map[dayKey]*dayAgg{}
	for k, d := range e.days {
		if d.limit != nil && d.counted > *d.limit {
			d.times = make([]int64, 0, d.counted) // collect adds exactly these
			out[k] = d
		}
	}
	return out
}

// setFirstOver finds, for each day over its limit, the time of the first
// message past the limit: the (limit+1)-th counted message by time.
func setFirstOver(over map[dayKey]*dayAgg) {
	for _, d := range over {
		sort.Slice(d.times, func(i, j int) bool { return d.times[i] < d.times[j] })
		if i := *d.limit; i < len(d.times) {
			d.firstOver = time.Unix(0, d.times[i])
		}
		d.times = nil
	}
}

// periodDays is the number of calendar days the log spans, at least 1.
func (e *engine) periodDays() int {
	if e.from.IsZero() {
		return 1
	}
	a, _ := time.Parse(dayLayout, e.from.In(e.loc).Format(dayLayout))
	b, _ := time.Parse(dayLayout, e.to.In(e.loc).Format(dayLayout))
	return int(b.Sub(a).Hours()/24) + 1
}

// summaryDays renders the days sorted by date, then account.
func (e *engine) summaryDays() []Day {
	keys := make([]dayKey, 0, len(e.days))
	for k := range e.days {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.date != b.date {
			return a.date < b.date
		}
		if a.account != b.account {
			return a.account < b.account
		}
		return a.marketplace < b.marketplace
	})
	out := make([]Day, 0, len(keys))
	for _, k := range keys {
		d := e.days[k]
		day := Day{
			Date: k.date, Account: k.account, Marketplace: k.marketplace,
			Outbound: d.counted, ByClass: d.byClass, Blocked: d.blocked,
			AvgDailyOrders: d.avg, Limit: d.limit,
			WindowFrom: d.window.from, WindowTo: d.window.to,
			WindowCovered: d.window.covered, PartialWindow: d.partial,
			FirstOverAt: d.firstOver,
		}
		if d.limit != nil && d.counted > *d.limit {
			day.Over = d.counted - *d.limit
		}
		out = append(out, day)
	}
	return out
}
