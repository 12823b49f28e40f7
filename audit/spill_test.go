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

// TestSpillLight: a light read keeps what the middle passes need and skips
// the text, without losing its place in the file.
func TestSpillLight(t *testing.T) {
	sp, err := newSpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	for i := range 3 {
		row := readers.Row{Pos: readers.Pos{File: "f.csv", Line: i + 2}, Record: readers.Record{
			MessageID: "m", SentAt: time.Unix(int64(i), 0), OrderID: "o", BuyerID: "b", Account: "A",
			Marketplace: "DE", BuyerLanguage: "de", Subject: "s", Body: "a long body", ContactReason: "r",
			Status: "Blocked", ThreadID: "t"}}
		if err := sp.write(&row); err != nil {
			t.Fatal(err)
		}
	}
	sr, err := sp.rewind()
	if err != nil {
		t.Fatal(err)
	}
	sr.light = true
	var row readers.Row
	var reject string
	n := 0
	for sr.next(&row, &reject) {
		r := row.Record
		if row.Pos.Line != n+2 || r.SentAt.Unix() != int64(n) || r.OrderID != "o" || r.BuyerID != "b" || r.Account != "A" ||
			r.Marketplace != "DE" || r.Status != "Blocked" || r.ThreadID != "t" {
			t.Errorf("row %d: %+v", n, row)
		}
		if r.Body != "" || r.Subject != "" || r.MessageID != "" || r.ContactReason != "" || r.BuyerLanguage != "" {
			t.Errorf("row %d: light read decoded the text fields: %+v", n, r)
		}
		n++
	}
	if n != 3 || sr.err != nil {
		t.Errorf("%d rows, err %v", n, sr.err)
	}
}

// BenchmarkSpill writes 100,000 rows and reads them back, fully and light.
func BenchmarkSpill(b *testing.B) {
	log := benchRows(100000)
	for _, light := range []bool{false, true} {
		b.Run(map[bool]string{false: "full", true: "light"}[light], func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				sp, err := newSpill(b.TempDir())
				if err != nil {
					b.Fatal(err)
				}
				for i := range log {
					sp.write(&log[i])
				}
				sr, _ := sp.rewind()
				sr.light = light
				var row readers.Row
				var reject string
				for sr.next(&row, &reject) {
				}
				sp.Close()
			}
			b.ReportMetric(float64(b.N*len(log))/b.Elapsed().Seconds(), "rows/s")
		})
	}
}

// A spill cut short (a disk that lost its tail) is an error, never a
// panic or a row made up from what is left.
func TestSpillTruncated(t *testing.T) {
	for _, light := range []bool{false, true} {
		for cut := 1; cut < 40; cut += 3 {
			sp, err := newSpill(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			row := readers.Row{Pos: readers.Pos{File: "a.csv", Line: 2}, Record: readers.Record{
				MessageID: "m1", Account: "Acct", Body: "a body long enough to be cut in the middle"}}
			sp.write(&row)
			sp.write(&row)
			if err := sp.w.Flush(); err != nil {
				t.Fatal(err)
			}
			st, _ := sp.f.Stat()
			if err := sp.f.Truncate(st.Size() - int64(cut)); err != nil {
				t.Fatal(err)
			}
			sr, err := sp.rewind()
			if err != nil {
				t.Fatal(err)
			}
			sr.light = light
			var got readers.Row
			var reject string
			n := 0
			for sr.next(&got, &reject) {
				n++
			}
			if n != 1 || sr.err == nil {
				t.Errorf("light %v, cut %d bytes: %d rows read, err %v; want 1 row and an error", light, cut, n, sr.err)
			}
			sp.Close()
		}
	}
}
