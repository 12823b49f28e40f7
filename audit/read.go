package audit

import (
	"context"
	"fmt"

	"github.com/bsmaudit/bsmaudit/readers"
)

// The first pass overlaps its two halves: one goroutine reads and parses
// the log (the Source), the engine's goroutine writes what it gets to the
// spill and the duplicate keys. Each half is about as costly as the other
// for CSV, and parsing Parquet costs more: run one after the other, one
// core stayed idle for the whole first pass.

// readBatch is how many rows go from the reader to the engine at a time.
const readBatch = 512

// read is the first pass: every row of src into the spill, every readable
// row's key into dd.
func (e *engine) read(ctx context.Context, src Source, sp *spill, dd *dedup) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	full := make(chan []readers.Row, 4)
	free := make(chan []readers.Row, 5)
	for range cap(free) {
		free <- make([]readers.Row, 0, readBatch)
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(full)
		read := 0
		b := <-free
		err := src.Rows(ctx, func(row *readers.Row) error {
			// Rows reuses *row but not the strings in it: a copy of the
			// struct is the row.
			b = append(b, *row)
			// Progress runs here, on the goroutine running Rows, so that it
			// may ask the source how far it is.
			if read++; e.opt.Progress != nil && read%progressEvery == 0 {
				e.opt.Progress(Progress{Stage: StageReading, Rows: read})
			}
			if len(b) < readBatch {
				return nil
			}
			select {
			case full <- b:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			select {
			case b = <-free:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			return nil
		})
		if err == nil && len(b) > 0 {
			select {
			case full <- b:
			case <-ctx.Done():
				err = context.Cause(ctx)
			}
		}
		readErr <- err
	}()

	var err error
	for b := range full {
		if err == nil {
			err = e.store(b, sp, dd)
			if err != nil {
				cancel(err) // the reader stops at its next row
			}
		}
		free <- b[:0]
	}
	rerr := <-readErr
	if err != nil {
		return err // the reader's error is then only the cancellation
	}
	return rerr
}

// store writes a batch of rows to the spill and their keys to dd, in
// order, and adds them to the aggregates.
func (e *engine) store(rows []readers.Row, sp *spill, dd *dedup) error {
	for k := range rows {
		row := &rows[k]
		i := uint32(e.rows.Read)
		if err := sp.write(row); err != nil {
			return fmt.Errorf("writing the temporary spill file: %w", err)
		}
		e.rows.Read++
		if row.Err != nil {
			e.rows.Rejected++
			continue
		}
		e.rows.Audited++
		if err := dd.add(i, row); err != nil {
			return err
		}
		// As if no row repeated another: aggregate starts over if one does.
		if err := e.aggregateRow(i, &row.Record); err != nil {
			return err
		}
	}
	return nil
}
