package readers

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
)

// fieldPurchase is the purchase time of an orders export. It is not a log
// field, so it is not in Fields.
const fieldPurchase Field = "purchase_date"

// orderSynonyms are the headers of an orders export: Amazon's All Orders
// Report (amazon-order-id, purchase-date, order-status, sales-channel) and
// the plain exports people make from it.
var orderSynonyms = newSynonymIndex(map[Field][]string{
	FieldOrderID:     {"amazon-order-id", "order_id", "amazon order id", "order number", "order no", "order"},
	fieldPurchase:    {"purchase-date", "purchased at", "purchased", "order date", "order time", "date"},
	FieldAccount:     {"account", "seller account", "seller", "store", "shop", "merchant"},
	FieldMarketplace: {"sales-channel", "marketplace", "site", "channel"},
	FieldStatus:      {"order-status", "status"},
})

var (
	orderFields   = []Field{FieldOrderID, fieldPurchase, FieldAccount, FieldMarketplace, FieldStatus}
	orderRequired = []Field{FieldOrderID, fieldPurchase}
)

// OrderSet is a checked list of orders exports, ready to stream.
type OrderSet struct {
	opt    Options
	files  []*orderFile
	inputs []Input
}

type orderFile struct {
	path, ext string
	header    []string
	m         *mapping
}

// OpenOrders checks orders exports as Open checks logs. opt.Map is not
// applied (its fields are a log's); opt.Location reads purchase dates
// without an offset.
func OpenOrders(paths []string, opt Options) (*OrderSet, error) {
	files, err := expand(paths)
	if err != nil {
		return nil, err
	}
	s := &OrderSet{opt: opt}
	for _, f := range files {
		of := &orderFile{path: f.path, ext: f.ext}
		in, err := of.check(opt)
		if err != nil {
			return nil, err
		}
		s.files = append(s.files, of)
		s.inputs = append(s.inputs, in)
	}
	return s, nil
}

// ordersSpec is what an orders export's header must have. Amazon's flat
// file is read without quoting rules (its product names contain bare
// quotes); any other export as CSV/TSV, XLSX or Parquet.
func ordersSpec() headerSpec {
	return headerSpec{idx: orderSynonyms, fields: orderFields, required: orderRequired, orders: true}
}

// isAmazonHeader reports whether the first line is an Amazon order report's.
func isAmazonHeader(head []byte) bool {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	return bytes.HasPrefix(bytes.ToLower(line), []byte("amazon-order-id\t"))
}

func (of *orderFile) check(opt Options) (Input, error) {
	o, err := openTable(of.path, of.ext, ordersSpec(), opt)
	if err != nil {
		return Input{}, err
	}
	defer o.close()
	h := o.header
	m, err := mapHeader(h, orderSynonyms, orderFields, nil)
	if err != nil {
		return Input{}, fmt.Errorf("%s: %w", of.path, err)
	}
	for _, f := range orderRequired {
		if _, ok := m.col[f]; !ok {
			return Input{}, fmt.Errorf("%s: no column for %s (required) in this orders export. Headers found: %s. "+
				"An orders export is Amazon's All Orders Report, or a CSV/TSV/XLSX/Parquet file with an order id column (e.g. \"order-id\") and a purchase date column (e.g. \"purchase-date\"); rename the column",
				of.path, f, quoteList(h))
		}
	}
	if err := project(o, m); err != nil {
		return Input{}, err
	}
	if err := (&peekTable{t: o.t}).peek(); err == io.EOF {
		return Input{}, errHeaderOnly(of.path, "the orders export")
	} else if err != nil {
		return Input{}, err
	}
	of.header, of.m = h, m
	in := Input{Path: of.path, Format: o.format, Encoding: o.encoding, Columns: m.columns, Notes: m.notes}
	in.Notes = append(in.Notes, o.notes...)
	return in, nil
}

// Orders streams every order row of every file, in order, to yield; a row
// that cannot be read is yielded with Err set. Amazon's report has one row
// per order item, so an ID can repeat: the caller deduplicates. The
// *OrderRow is reused after yield returns.
func (s *OrderSet) Orders(ctx context.Context, yield func(*OrderRow) error) error {
	var row OrderRow
	for i, of := range s.files {
		in := &s.inputs[i]
		in.RowsRead, in.RowsRejected = 0, 0
		if err := of.orders(ctx, s.opt, in, &row, yield); err != nil {
			return err
		}
	}
	return nil
}

func (of *orderFile) orders(ctx context.Context, opt Options, in *Input, row *OrderRow, yield func(*OrderRow) error) error {
	o, err := openTable(of.path, of.ext, ordersSpec(), opt)
	if err != nil {
		return err
	}
	defer o.close()
	h := o.header
	if !slices.Equal(h, of.header) {
		return fmt.Errorf("%s: the header changed while bsmaudit was running; run it again", of.path)
	}
	if err := project(o, of.m); err != nil {
		return err
	}
	times := newTimeParser(opt.Location)
	times.serial = o.serial
	col := func(rec []string, f Field) string {
		if j, ok := of.m.col[f]; ok && j < len(rec) {
			return rec[j]
		}
		return ""
	}
	return stream(ctx, o.t, func(rec []string, n int, synErr error) error {
		*row = OrderRow{Pos: o.pos(n)}
		switch {
		case synErr != nil:
			row.Err = synErr
		case len(rec) != len(h) && !(len(rec) > len(h) && allEmpty(rec[len(h):])):
			row.Err = fmt.Errorf("%s %d: %d fields, header has %d", o.unit, n, len(rec), len(h))
		default:
			row.Order, row.Err = readOrder(rec, col, times)
		}
		in.RowsRead++
		if row.Err != nil {
			in.RowsRejected++
		}
		return yield(row)
	})
}

func readOrder(rec []string, col func([]string, Field) string, times *timeParser) (Order, error) {
	o := Order{
		ID:          strings.TrimSpace(col(rec, FieldOrderID)),
		Account:     col(rec, FieldAccount),
		Marketplace: col(rec, FieldMarketplace),
		Status:      col(rec, FieldStatus),
	}
	var errs []string
	if o.ID == "" {
		errs = append(errs, "order id is empty")
	}
	if v := col(rec, fieldPurchase); strings.TrimSpace(v) == "" {
		errs = append(errs, "purchase_date is empty")
	} else if t, err := times.parse(v); err != nil {
		errs = append(errs, fmt.Sprintf("purchase_date %q: %v", v, err))
	} else {
		o.PurchasedAt = t
	}
	if len(errs) > 0 {
		return o, rowError(strings.Join(errs, "; "))
	}
	return o, nil
}

// Inputs describes every orders file; the row counts are complete once
// Orders has returned.
func (s *OrderSet) Inputs() []Input { return slices.Clone(s.inputs) }
