package audit

import (
	"hash/maphash"
	"time"

	"github.com/bsmaudit/bsmaudit/policy"
)

// engine is the state of one run.
type engine struct {
	pol          *policy.Policy
	opt          Options
	loc          *time.Location
	window       int
	ordersSource string
	orders       *orderBook

	rows     RowCounts
	from, to time.Time
	accounts map[string]bool
	days     map[dayKey]*dayAgg
	// seed keys the hashes the joins match order IDs and conversations by.
	seed maphash.Seed
	// threadRecs and orderNeeds are the log's side of the joins (join.go),
	// written by the second pass; facts is what the joins find, by row.
	threadRecs, orderNeeds *parts
	facts                  *factStore
	// sendTimes holds the day and time of every counted outbound message
	// (collect reads those of the days over their limit).
	sendTimes *parts
	// logOrders collects the order IDs per account, only when orders are
	// estimated from the log; logOrderCount is their distinct count.
	logOrders     *logOrders
	logOrderCount map[string]int
	notes         []string
	// dups are the rows that repeat an earlier one (dedup.go).
	dups *dupList
	// dupFiles counts the duplicates per input file.
	dupFiles map[string]int
}

// newEngine sets up a run; Run loads the orders exports, if any.
func newEngine(pol *policy.Policy, opt Options) *engine {
	e := &engine{
		pol: pol, opt: opt, loc: opt.Location, window: pol.Settings.OrdersWindowDays,
		accounts: map[string]bool{}, days: map[dayKey]*dayAgg{}, seed: maphash.MakeSeed(),
		threadRecs: newParts(opt.TempDir, hashParts, threadRecSize),
		sendTimes:  newParts(opt.TempDir, hashParts, sendTimeSize),
	}
	if e.loc == nil {
		e.loc = time.UTC
	}
	if opt.OrdersWindow > 0 {
		e.window = opt.OrdersWindow
	}
	switch {
	case opt.AvgDailyOrders != nil:
		e.ordersSource = ordersFixed
	case opt.Orders != nil:
		e.ordersSource = ordersFromExport
		e.orders = newOrderBook(e.loc, e.seed, opt.TempDir)
		e.orderNeeds = newParts(opt.TempDir, hashParts, orderNeedSize)
	default:
		e.ordersSource = ordersEstimate
		e.logOrders = newLogOrders(e.seed, opt.TempDir)
	}
	return e
}

// resetAggregates forgets what aggregateRow gathered, so that aggregate
// can start over without the duplicates.
func (e *engine) resetAggregates() {
	e.from, e.to = time.Time{}, time.Time{}
	e.accounts, e.days = map[string]bool{}, map[dayKey]*dayAgg{}
	e.threadRecs.Close()
	e.threadRecs = newParts(e.opt.TempDir, hashParts, threadRecSize)
	e.sendTimes.Close()
	e.sendTimes = newParts(e.opt.TempDir, hashParts, sendTimeSize)
	if e.orderNeeds != nil {
		e.orderNeeds.Close()
		e.orderNeeds = newParts(e.opt.TempDir, hashParts, orderNeedSize)
	}
	if e.logOrders != nil {
		e.logOrders.Close()
		e.logOrders = newLogOrders(e.seed, e.opt.TempDir)
	}
}

// close removes every temporary store of the run, whether it finished or
// not.
func (e *engine) close() {
	e.threadRecs.Close()
	e.orderNeeds.Close()
	e.sendTimes.Close()
	if e.orders != nil {
		e.orders.Close()
	}
	if e.logOrders != nil {
		e.logOrders.Close()
	}
	if e.facts != nil {
		e.facts.p.Close()
	}
	e.dups.Close()
}
