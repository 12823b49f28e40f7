package audit

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/bsmaudit/bsmaudit/readers"
)

func TestSpillRoundTrip(t *testing.T) {
	sp, err := newSpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	sent := time.Date(2026, 10, 3, 14, 22, 5, 123, time.UTC)
	rows := []readers.Row{
		{Pos: readers.Pos{File: "a.csv", Line: 2}, Record: readers.Record{
			MessageID: "m1", SentAt: sent, Direction: readers.Inbound, OrderID: "114-3941689-8772232",
			BuyerID: "B1", Account: "Acct", Marketplace: "Amazon.de", BuyerLanguage: "de-DE",
			Subject: "Frage", Body: "Zeile 1\nZeile 2 – ünïcödé 重要", ContactReason: "reply", Status: "Delivered", OptedOut: true, ThreadID: "T-9",
		}},
		{Pos: readers.Pos{File: "b.xlsx", Sheet: "Log", Row: 7}, Err: errors.New("sent_at \"x\": not a timestamp")},
		{Pos: readers.Pos{File: "c.parquet", Row: 9}, Record: readers.Record{SentAt: sent, Body: ""}},
	}
	for i := range rows {
		if err := sp.write(&rows[i]); err != nil {
			t.Fatal(err)
		}
	}
	for pass := 0; pass < 2; pass++ { // the engine reads the spill more than once
		sr, err := sp.rewind()
		if err != nil {
			t.Fatal(err)
		}
		var got readers.Row
		var reject string
		for i, want := range rows {
			if !sr.next(&got, &reject) {
				t.Fatalf("pass %d: row %d missing (err %v)", pass, i, sr.err)
			}
			if got.Pos != want.Pos {
				t.Errorf("row %d: pos %v, want %v", i, got.Pos, want.Pos)
			}
			if want.Err != nil {
				if got.Err == nil || reject != want.Err.Error() {
					t.Errorf("row %d: reject %q, want %q", i, reject, want.Err)
				}
				continue
			}
			if !got.Record.SentAt.Equal(want.Record.SentAt) {
				t.Errorf("row %d: sent %v, want %v", i, got.Record.SentAt, want.Record.SentAt)
			}
			got.Record.SentAt, want.Record.SentAt = time.Time{}, time.Time{}
			if !reflect.DeepEqual(got.Record, want.Record) {
				t.Errorf("row %d:\n got %+v\nwant %+v", i, got.Record, want.Record)
			}
		}
		if sr.next(&got, &reject) || sr.err != nil {
			t.Fatalf("pass %d: extra row or error %v", pass, sr.err)
		}
	}
}
