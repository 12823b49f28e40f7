package audit

import (
	"context"
	"errors"
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
	// PerMarketplace counts days and limits per account and marketplace.
	PerMarketplace bool
	// TempDir is where the temporary files go (the spill, the duplicate
	// buckets, the join stores); "" means os.TempDir().
	TempDir string
	// Redact masks personal data (emails, phones, street addresses, buyer
	// names) in the messages, the evidence and the rejection reasons the
	// sinks receive (--redact); the rules still see the real text.
	Redact bool
	// Progress, when set, is called every few thousand rows with how far
	// the run is, from one of the engine's goroutines at a time (while
	// reading, the one running the Source's Rows); keep it cheap.
	Progress func(Progress)
}

// Progress says how far a run is: in StageReading, Rows counts the rows
// read so far (the total is not known yet); in StageAuditing, Rows of Total
// rows have been decided.
type Progress struct {
	Stage       string
	Rows, Total int
}

// The stages a run reports progress in.
const (
	StageReading  = "reading"
	StageAuditing = "auditing"
)

const progressEvery = 4096

// Run audits every row of src against the policy and hands each row, in
// input order and with its final verdict, to sink. It reads the log once
// into a temporary spill file and then works from that file; what needs
// other rows (duplicates, orders, conversations) is matched on disk a
// partition at a time (dedup.go, join.go), so memory stays bounded by
// per-day aggregates and the work in flight, not by the log's size.
func Run(ctx context.Context, pol *policy.Policy, src Source, opt Options, sink Sink) (*Summary, error) {
	e := newEngine(pol, opt)
	defer e.close()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	// The orders load while the log is read: nothing of the first passes
	// needs them, only the join. An error in either stops the other.
	ordersDone := make(chan error, 1)
	if e.orders != nil {
		go func() {
			err := e.orders.load(ctx, opt.Orders)
			if err != nil {
				cancel(err)
			}
			ordersDone <- err
		}()
		defer func() {
			if ordersDone != nil { // returning early: stop the load first
				cancel(context.Canceled)
				<-ordersDone
			}
		}()
	} else {
		ordersDone <- nil
	}

	sp, err := newSpill(opt.TempDir)
	if err != nil {
		return nil, err
	}
	defer sp.Close()
	dd := newDedup(opt.TempDir)
	defer dd.Close()
	// A first pass stopped by the orders' error reports that error, not
	// its own cancellation.
	cause := func(err error) error {
		if c := context.Cause(ctx); errors.Is(err, context.Canceled) && c != nil && !errors.Is(c, context.Canceled) {
			return c
		}
		return err
	}
	if err := e.read(ctx, src, sp, dd); err != nil {
		return nil, cause(err)
	}
	if e.dups, err = dd.resolve(opt.TempDir, e.rows.Read); err != nil {
		return nil, cause(err)
	}
	if err := e.aggregate(ctx, sp); err != nil {
		return nil, cause(err)
	}
	err, ordersDone = <-ordersDone, nil
	if err != nil {
		return nil, err
	}
	if err := e.join(ctx); err != nil {
		return nil, err
	}
	if err := e.setLimits(); err != nil {
		return nil, err
	}
	if over := e.overDays(); len(over) > 0 {
		if err := e.collect(over); err != nil {
			return nil, err
		}
		setFirstOver(over)
	}
	sum, err := e.decide(ctx, sp, sink)
	if err != nil {
		return nil, err
	}
	sum.Inputs = e.withDuplicates(src.Inputs())
	if opt.Orders != nil {
		sum.Orders = opt.Orders.Inputs()
	}
	return sum, nil
}

// eachRow reads the spill back (light: without the text fields, see
// spillReader.next), calling fn with each row's index, the row,
// the reason it was rejected ("" for a readable row) and, for a repeat of
// an earlier row, its duplicate entry.
func (e *engine) eachRow(ctx context.Context, sp *spill, light bool, fn func(i uint32, row *readers.Row, reject string, dup *duplicate) error) error {
	sr, err := sp.rewind()
	if err != nil {
		return err
	}
	sr.light = light
	cur := e.dups.cursor()
	var (
		row    readers.Row
		reject string
	)
	for i := uint32(0); sr.next(&row, &reject); i++ {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		var dp *duplicate
		if row.Err == nil {
			if d, ok := cur.at(i); ok {
				dp = &d
			} else if cur.err != nil {
				return cur.err
			}
		}
		if err := fn(i, &row, reject, dp); err != nil {
			return err
		}
	}
	return sr.err
}

// aggregate is the second pass, duplicates left out: the aggregates that
// need the whole log (period, accounts, day totals), and the log's side of
// the joins (every threaded message, the outbound messages' order IDs).
// The first pass has already done it for every row (see store): when the
// log has no duplicates, which is most logs, that is the answer and the
// spill is not read again; otherwise it starts over without them.
func (e *engine) aggregate(ctx context.Context, sp *spill) error {
	e.dupFiles = map[string]int{}
	if e.dups.len() == 0 {
		return nil
	}
	e.resetAggregates()
	return e.eachRow(ctx, sp, true, func(i uint32, row *readers.Row, reject string, dup *duplicate) error {
		if row.Err != nil {
			return nil
		}
		if dup != nil {
			e.rows.Audited--
			e.rows.Rejected++
			e.rows.Duplicates++
			e.dupFiles[row.Pos.File]++
			return nil
		}
		return e.aggregateRow(i, &row.Record)
	})
}

// aggregateRow adds row i, readable and not a duplicate, to the aggregates.
func (e *engine) aggregateRow(i uint32, r *readers.Record) error {
	if e.from.IsZero() || r.SentAt.Before(e.from) {
		e.from = r.SentAt
	}
	if r.SentAt.After(e.to) {
		e.to = r.SentAt
	}
	e.accounts[r.Account] = true
	if h, ok := threadHash(e.seed, r); ok {
		t := threadRec{hash: h, at: r.SentAt.UnixNano(), row: i, dir: r.Direction}
		if err := addThreadRec(e.threadRecs, t); err != nil {
			return err
		}
	}
	if r.Direction == readers.Inbound {
		return nil
	}
	d := e.day(r)
	if e.counts(r) {
		d.counted++
		if err := addSendTime(e.sendTimes, d.id, r.SentAt.UnixNano()); err != nil {
			return err
		}
	}
	if r.OrderID == "" {
		return nil
	}
	if e.logOrders != nil {
		return e.logOrders.add(r.Account, r.OrderID)
	}
	if e.orders != nil {
		return addOrderNeed(e.orderNeeds, orderHash(e.seed, r.OrderID), i)
	}
	return nil
}

// counts reports whether an outbound message counts towards its day's limit.
func (e *engine) counts(r *readers.Record) bool {
	return e.pol.Settings.CountBlocked || !isBlocked(r.Status)
}

// dayKey names the day an outbound message counts towards.
func (e *engine) dayKey(r *readers.Record) dayKey {
	k := dayKey{account: r.Account, date: r.SentAt.In(e.loc).Format(dayLayout)}
	if e.opt.PerMarketplace {
		k.marketplace = marketplaceCode(r.Marketplace)
	}
	return k
}

func (e *engine) day(r *readers.Record) *dayAgg {
	k := e.dayKey(r)
	d := e.days[k]
	if d == nil {
		d = &dayAgg{id: uint32(len(e.days)), byClass: map[Class]int{}}
		e.days[k] = d
	}
	return d
}
