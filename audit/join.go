package audit

import (
	"context"
	"encoding/binary"
	"fmt"
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

// collect gathers the send times of the days over their limit, to find
// the first message over the limit of each: the first pass stored every
// counted message's day and time (addSendTime), a few bytes a message,
// and only the partitions holding an over day are read back.
func (e *engine) collect(over map[dayKey]*dayAgg) error {
	if err := e.sendTimes.seal(); err != nil {
		return fmt.Errorf("storing the send times: %w", err)
	}
	byID := make(map[uint32]*dayAgg, len(over))
	var read [hashParts]bool
	for _, d := range over {
		byID[d.id] = d
		read[d.id%hashParts] = true
	}
	for p := range read {
		if !read[p] {
			continue
		}
		b, err := e.sendTimes.read(p)
		if err != nil {
			return err
		}
		for ; len(b) >= sendTimeSize; b = b[sendTimeSize:] {
			if d := byID[binary.LittleEndian.Uint32(b)]; d != nil {
				d.times = append(d.times, int64(binary.LittleEndian.Uint64(b[4:])))
			}
		}
	}
	return nil
}

// sendTimeSize is a send-time record: the day's id, the time (Unix ns).
const sendTimeSize = 12

// addSendTime stores one counted message's day and send time, in the
// day's partition.
func addSendTime(p *parts, day uint32, at int64) error {
	var rec [sendTimeSize]byte
	binary.LittleEndian.PutUint32(rec[:], day)
	binary.LittleEndian.PutUint64(rec[4:], uint64(at))
	return p.add(int(day%hashParts), rec[:])
}
