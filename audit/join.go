package audit

import (
	"context"
	"fmt"

	"github.com/bsmaudit/bsmaudit/readers"
)

// join runs, between the second pass and the limits, the stages that
// match each message with other rows: its order in the orders exports
// (purchase time; and the orders per day, for the limits), its
// conversation (reply, answer time), and, with no orders export, the
// distinct orders in the log. Each works on a temporary store one
// partition at a time and removes it when done; their findings go to the
// facts store the last pass reads.
func (e *engine) join(ctx context.Context) error {
	e.facts = newFactStore(e.opt.TempDir, e.rows.Read)
	if e.orders != nil {
		if err := e.orderNeeds.seal(); err != nil {
			return fmt.Errorf("storing the messages' order IDs: %w", err)
		}
		if err := e.orders.join(ctx, e.opt.PerMarketplace, e.orderNeeds, e.facts); err != nil {
			return fmt.Errorf("matching messages with orders: %w", err)
		}
		e.orderNeeds.Close()
	}
	if err := e.threadRecs.seal(); err != nil {
		return fmt.Errorf("storing the conversations: %w", err)
	}
	if err := joinThreads(ctx, e.threadRecs, e.facts); err != nil {
		return fmt.Errorf("matching messages in conversations: %w", err)
	}
	e.threadRecs.Close()
	if e.logOrders != nil {
		n, err := e.logOrders.count(ctx)
		if err != nil {
			return fmt.Errorf("counting the orders in the log: %w", err)
		}
		e.logOrderCount = n
	}
	if err := e.facts.p.seal(); err != nil {
		return fmt.Errorf("storing the messages' facts: %w", err)
	}
	return nil
}

// collect is the third pass, run only when some day is over its limit:
// the send times on those days, to find the first message over the limit.
func (e *engine) collect(ctx context.Context, sp *spill, over map[dayKey]*dayAgg) error {
	return e.eachRow(ctx, sp, true, func(_ uint32, row *readers.Row, _ string, dup *duplicate) error {
		r := &row.Record
		if row.Err != nil || dup != nil || r.Direction != readers.Outbound || !e.counts(r) {
			return nil
		}
		if d := over[e.dayKey(r)]; d != nil {
			d.times = append(d.times, r.SentAt.UnixNano())
		}
		return nil
	})
}
