package audit

import (
	"context"
	"runtime"
	"sync"

	"github.com/bsmaudit/bsmaudit/readers"
)

// The last pass classifies in parallel: one goroutine reads the spill into
// batches, a pool of workers classifies each batch (Classify is pure), and
// the caller's goroutine takes the batches back in input order to count
// them and hand them to the sink. Batches in flight are bounded, so memory
// does not grow with the log.

const batchLen = 256

// item is one spilled row on its way through the pipeline.
type item struct {
	msg    Message
	reject string     // set for a row that could not be read
	dup    *duplicate // set for a repeat of an earlier row
	facts  fact       // what the joins found for the row (facts.go)
}

type batch struct {
	items []item
	done  chan struct{} // closed when the workers have classified it
}

// pipeline runs prepare on every row in parallel and finish on every row
// in input order, stopping at the first error.
func (e *engine) pipeline(ctx context.Context, sp *spill, prepare func(*item), finish func(*item) error) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	workers := runtime.GOMAXPROCS(0)
	work := make(chan *batch, workers)
	ordered := make(chan *batch, 2*workers+2)
	// Batches the consumer is done with go back to the reader: an item is
	// about a kilobyte, and a fresh batch per 256 rows was a tenth of the
	// engine's allocations.
	free := make(chan *batch, 2*workers+4)
	newBatch := func() *batch {
		select {
		case b := <-free:
			b.items, b.done = b.items[:0], make(chan struct{})
			return b
		default:
			return &batch{items: make([]item, 0, batchLen), done: make(chan struct{})}
		}
	}

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				for i := range b.items {
					prepare(&b.items[i])
				}
				close(b.done)
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		defer close(ordered)
		defer close(work)
		b := newBatch()
		// A batch goes to the workers before the consumer sees it, so that
		// the consumer never waits for a batch no worker will take.
		send := func() bool {
			select {
			case work <- b:
			case <-ctx.Done():
				return false
			}
			select {
			case ordered <- b:
			case <-ctx.Done():
				return false
			}
			b = newBatch()
			return true
		}
		facts := newFactReader(e.facts)
		err := e.eachRow(ctx, sp, false, func(i uint32, row *readers.Row, reject string, dup *duplicate) error {
			it := item{msg: Message{Pos: row.Pos, Record: row.Record}, reject: reject}
			if dup != nil {
				d := *dup
				it.dup = &d
			} else if row.Err == nil {
				f, err := facts.at(i)
				if err != nil {
					return err
				}
				it.facts = f
			}
			b.items = append(b.items, it)
			if len(b.items) == batchLen && !send() {
				return context.Cause(ctx)
			}
			return nil
		})
		if err == nil && len(b.items) > 0 && !send() {
			err = context.Cause(ctx)
		}
		readErr <- err
	}()

	var err error
	for b := range ordered {
		if err != nil {
			continue // drain, so the reader can finish
		}
		select {
		case <-b.done:
		case <-ctx.Done():
			err = context.Cause(ctx)
			continue
		}
		for i := range b.items {
			if err = finish(&b.items[i]); err != nil {
				cancel(err)
				break
			}
		}
		select {
		case free <- b:
		default:
		}
	}
	wg.Wait()
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	return err
}
