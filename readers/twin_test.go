package readers

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// The fixtures under testdata/formats hold the data of a CSV twin
// (messages.csv, orders.csv) in another format; testdata/README.md says
// how each was made. These helpers compare every field of every row.

// readRows opens one log and returns copies of all its rows.
func readRows(t *testing.T, path string, opt Options) ([]Row, Input) {
	t.Helper()
	s, err := Open([]string{path}, opt)
	if err != nil {
		t.Fatal(err)
	}
	var rows []Row
	if err := s.Rows(context.Background(), func(r *Row) error {
		rows = append(rows, *r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return rows, s.Inputs()[0]
}

// sameRecords fails for every field of every row that differs.
func sameRecords(t *testing.T, got, want []Row) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d rows, twin has %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		if fmt.Sprint(g.Err) != fmt.Sprint(w.Err) {
			t.Errorf("%v: err %v, twin %v: %v", g.Pos, g.Err, w.Pos, w.Err)
			continue
		}
		if !g.Record.SentAt.Equal(w.Record.SentAt) {
			t.Errorf("%v: sent_at %v, twin %v", g.Pos, g.Record.SentAt, w.Record.SentAt)
		}
		gr, wr := g.Record, w.Record
		gr.SentAt, wr.SentAt = time.Time{}, time.Time{}
		if gr != wr {
			t.Errorf("%v:\n got %+v\ntwin %+v", g.Pos, gr, wr)
		}
	}
}

// readOrderRows opens one orders export and returns copies of its rows.
func readOrderRows(t *testing.T, path string, opt Options) ([]OrderRow, Input) {
	t.Helper()
	s, err := OpenOrders([]string{path}, opt)
	if err != nil {
		t.Fatal(err)
	}
	var rows []OrderRow
	if err := s.Orders(context.Background(), func(r *OrderRow) error {
		rows = append(rows, *r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return rows, s.Inputs()[0]
}

func sameOrders(t *testing.T, got, want []OrderRow) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d orders, twin has %d", len(got), len(want))
	}
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		if fmt.Sprint(g.Err) != fmt.Sprint(w.Err) || !g.Order.PurchasedAt.Equal(w.Order.PurchasedAt) {
			t.Errorf("%v: %v %v, twin %v %v", g.Pos, g.Order.PurchasedAt, g.Err, w.Order.PurchasedAt, w.Err)
		}
		go_, wo := g.Order, w.Order
		go_.PurchasedAt, wo.PurchasedAt = time.Time{}, time.Time{}
		if go_ != wo {
			t.Errorf("%v:\n got %+v\ntwin %+v", g.Pos, go_, wo)
		}
	}
}
