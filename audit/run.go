package audit

import (
	"context"
	"fmt"
	"time"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// Source yields the rows of the message logs (readers.Set).
type Source interface {
	Rows(ctx context.Context, yield func(*readers.Row) error) error
	Inputs() []readers.Input
}

// Options tune a run. The zero value audits in UTC and estimates orders
// from the log.
type Options struct {
	// Location is the zone calendar days are counted in; nil means UTC.
	Location *time.Location
	// Orders are the orders exports; AvgDailyOrders a fixed average
	// instead. With neither, orders are estimated from the log.
	Orders         OrderSource
	AvgDailyOrders *float64
	// OrdersWindow overrides the policy's averaging window (days) when > 0.
	OrdersWindow int
	// TempDir is where the spill file goes; "" means os.TempDir().
	TempDir string
	// Progress, when set, is called every few thousand rows of the first
	// pass with the number of rows read so far.
	Progress func(rows int)
}

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
	threads  *threads
	// logOrders holds the distinct order IDs per account, only when orders
	// are estimated from the log.
	logOrders map[string]map[string]struct{}
	notes     []string
}

// Run audits every row of src against the policy and hands each row, in
// input order and with its final verdict, to sink. It reads the log once
// into a temporary spill file and then works from that file, so memory
// stays bounded by per-day and per-conversation aggregates.
func Run(ctx context.Context, pol *policy.Policy, src Source, opt Options, sink Sink) (*Summary, error) {
	e := &engine{
		pol: pol, opt: opt, loc: opt.Location, window: pol.Settings.OrdersWindowDays,
		accounts: map[string]bool{}, days: map[dayKey]*dayAgg{}, threads: newThreads(),
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
		e.orders = newOrderBook(e.loc)
		if err := e.orders.load(ctx, opt.Orders); err != nil {
			return nil, err
		}
	default:
		e.ordersSource = ordersEstimate
		e.logOrders = map[string]map[string]struct{}{}
	}

	sp, err := newSpill(opt.TempDir)
	if err != nil {
		return nil, err
	}
	defer sp.Close()
	if err := e.read(ctx, src, sp); err != nil {
		return nil, err
	}
	if err := e.setLimits(); err != nil {
		return nil, err
	}
	over := e.overDays()
	if err := e.collect(ctx, sp, over); err != nil {
		return nil, err
	}
	setFirstOver(over)
	sum, err := e.decide(ctx, sp, sink)
	if err != nil {
		return nil, err
	}
	sum.Inputs = src.Inputs()
	if opt.Orders != nil {
		sum.Orders = opt.Orders.Inputs()
	}
	return sum, nil
}

// read is the first pass: every row into the spill, and the aggregates
// that need the whole log (day totals, buyer messages per conversation).
func (e *engine) read(ctx context.Context, src Source, sp *spill) error {
	return src.Rows(ctx, func(row *readers.Row) error {
		if err := sp.write(row); err != nil {
			return fmt.Errorf("writing the temporary spill file: %w", err)
		}
		e.rows.Read++
		if e.opt.Progress != nil && e.rows.Read%4096 == 0 {
			e.opt.Progress(e.rows.Read)
		}
		if row.Err != nil {
			e.rows.Rejected++
			return nil
		}
		e.rows.Audited++
		r := &row.Record
		if e.from.IsZero() || r.SentAt.Before(e.from) {
			e.from = r.SentAt
		}
		if r.SentAt.After(e.to) {
			e.to = r.SentAt
		}
		e.accounts[r.Account] = true
		if r.Direction == readers.Inbound {
			e.threads.addInbound(threadKey(r), r.SentAt.UnixNano())
			return nil
		}
		d := e.day(r.Account, r.SentAt)
		if e.counts(r) {
			d.counted++
		}
		if e.logOrders != nil && r.OrderID != "" {
			set := e.logOrders[r.Account]
			if set == nil {
				set = map[string]struct{}{}
				e.logOrders[r.Account] = set
			}
			set[r.OrderID] = struct{}{}
		}
		return nil
	})
}

// counts reports whether an outbound message counts towards its day's limit.
func (e *engine) counts(r *readers.Record) bool {
	return e.pol.Settings.CountBlocked || !isBlocked(r.Status)
}

func (e *engine) day(account string, t time.Time) *dayAgg {
	k := dayKey{account, t.In(e.loc).Format(dayLayout)}
	d := e.days[k]
	if d == nil {
		d = &dayAgg{byClass: map[Class]int{}}
		e.days[k] = d
	}
	return d
}

// collect is the middle pass: the outbound times of conversations with
// buyer messages, and the send times on days over their limit.
func (e *engine) collect(ctx context.Context, sp *spill, over map[dayKey]*dayAgg) error {
	sr, err := sp.rewind()
	if err != nil {
		return err
	}
	var row readers.Row
	var reject string
	for sr.next(&row, &reject) {
		if err := ctx.Err(); err != nil {
			return err
		}
		r := &row.Record
		if row.Err != nil || r.Direction != readers.Outbound {
			continue
		}
		e.threads.addOutbound(threadKey(r), r.SentAt.UnixNano())
		if len(over) > 0 && e.counts(r) {
			if d := over[dayKey{r.Account, r.SentAt.In(e.loc).Format(dayLayout)}]; d != nil {
				d.times = append(d.times, r.SentAt.UnixNano())
			}
		}
	}
	e.threads.sort()
	return sr.err
}
