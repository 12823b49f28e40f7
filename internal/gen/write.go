package gen

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
)

// Write writes the message log in opt.Format to msgs and, when orders is
// not nil, the matching All Orders Report to orders.
func Write(msgs, orders io.Writer, opt Options) error {
	if err := WriteMessages(msgs, opt); err != nil {
		return err
	}
	if orders == nil {
		return nil
	}
	return WriteOrders(orders, opt)
}

// WriteMessages writes the message log only.
func WriteMessages(w io.Writer, opt Options) error {
	if err := opt.Validate(); err != nil {
		return err
	}
	st := newStream(newPlan(opt))
	switch opt.Format {
	case Parquet:
		return writeParquet(w, st)
	case XLSX:
		return writeXLSX(w, st)
	}
	comma := ','
	if opt.Format == TSV {
		comma = '\t'
	}
	return writeDelimited(w, st, comma)
}

// sentLayout is how the text formats write Sent At (UTC, no offset).
const sentLayout = "2006-01-02 15:04:05"

// writeDelimited writes RFC 4180 CSV (or the same with tabs): bodies with
// line breaks, quotes or delimiters are quoted.
func writeDelimited(w io.Writer, st *stream, comma rune) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	cw := csv.NewWriter(bw)
	cw.Comma = comma
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("writing header: %w", err)
	}
	rec := make([]string, len(header))
	var at []byte
	err := st.each(func(rw *row) error {
		at = rw.At.AppendFormat(at[:0], sentLayout)
		rec[0], rec[1], rec[2], rec[3] = rw.ID, string(at), rw.Direction, rw.OrderID
		rec[4], rec[5], rec[6], rec[7] = rw.Buyer, rw.Account, rw.Market, rw.Lang
		rec[8], rec[9], rec[10], rec[11] = rw.Subject, rw.Body, rw.Reason, rw.Status
		rec[12] = strconv.FormatBool(rw.OptedOut)
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("writing message %s: %w", rw.ID, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing messages: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing messages: %w", err)
	}
	return nil
}
