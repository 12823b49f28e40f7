package gen

import (
	"math"
	"time"
)

// Shape of the month, in numbers a reader can check against POLICY.md's
// limit (5 × average daily orders + 600).
const (
	msgsPerOrder = 2.5 // messages per order: the "one order per 2-3 messages"
	spikeFactor  = 3.5 // a blast day sends this many times a normal day's messages
	day          = 24 * time.Hour
)

// weekday scales orders and messages: busy Mondays, quiet Sundays.
var weekday = [7]float64{0.85, 1.15, 1.1, 1.0, 1.0, 0.95, 0.9}

// plan is the run's fixed shape: accounts, rows per day, orders per day.
type plan struct {
	opt        Options
	accts      []account
	ordersFrom time.Time // first day of orders
	dayRows    []int     // message rows per log day; they sum to Rows
	rate       []float64 // orders per normal day, per account
	counts     [][]int   // orders per account and order day
}

func newPlan(opt Options) *plan {
	p := &plan{opt: opt, accts: newAccounts(opt.Seed, opt.Accounts, opt.Days)}
	p.ordersFrom = opt.Start.AddDate(0, 0, -ordersBefore)
	p.rate = make([]float64, len(p.accts))
	for i, a := range p.accts {
		p.rate[i] = float64(opt.Rows) * a.Share / msgsPerOrder / float64(opt.Days)
	}
	p.counts = make([][]int, len(p.accts))
	for a := range p.counts {
		p.counts[a] = make([]int, p.orderDays())
		for od := range p.counts[a] {
			p.counts[a][od] = p.orderCount(a, od)
		}
	}
	// Cumulative rounding makes the days sum to Rows exactly.
	w := make([]float64, opt.Days)
	for d := range w {
		w[d] = p.dayWeight(d)
	}
	total := p.totalWeight()
	p.dayRows = make([]int, opt.Days)
	cum, prev := 0.0, 0
	for d := range w {
		cum += w[d]
		n := int(math.Round(float64(opt.Rows) * cum / total))
		p.dayRows[d] = n - prev
		prev = n
	}
	return p
}

// acctWeight is account a's share of day d's messages, before the weekday.
func (p *plan) acctWeight(a, d int) float64 {
	if p.accts[a].Spike == d {
		return p.accts[a].Share * spikeFactor
	}
	return p.accts[a].Share
}

func (p *plan) dayWeight(d int) float64 {
	s := 0.0
	for a := range p.accts {
		s += p.acctWeight(a, d)
	}
	return s * weekday[p.opt.Start.AddDate(0, 0, d).Weekday()]
}

// orderDays is how many days the orders file covers.
func (p *plan) orderDays() int { return ordersBefore + p.opt.Days }

// orderCount is how many orders account a received on order day od
// (counted from ordersFrom): the rate, the weekday and ±10% noise, at least
// one so that every day has an order to write about.
func (p *plan) orderCount(a, od int) int {
	r := keyed(p.opt.Seed, 0x0c, uint64(a), uint64(od))
	wd := weekday[p.ordersFrom.AddDate(0, 0, od).Weekday()]
	n := int(math.Round(p.rate[a] * wd * (0.9 + 0.2*r.Float64())))
	return max(n, 1)
}

// totalWeight is the sum of all days' weights.
func (p *plan) totalWeight() float64 {
	t := 0.0
	for d := range p.opt.Days {
		t += p.dayWeight(d)
	}
	return t
}
