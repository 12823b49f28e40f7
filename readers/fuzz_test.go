package readers

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The seed corpora are in testdata/fuzz/FuzzXxx; plain `go test` replays
// them. Fuzz with: go test ./readers -run '^$' -fuzz FuzzCSV -fuzztime 60s

// FuzzCSV: any bytes as a log never panic; Rows yields one row per data
// record (as encoding/csv counts them) unless it stops with an error; every
// row has a valid Record or an Err.
func FuzzCSV(f *testing.F) {
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "in.csv")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := Open([]string{p}, Options{})
		if err != nil {
			return
		}
		n, last := 0, 1
		err = s.Rows(context.Background(), func(r *Row) error {
			n++
			if r.Pos.Line <= last {
				t.Fatalf("row %d at line %d after line %d", n, r.Pos.Line, last)
			}
			last = r.Pos.Line
			if r.Err == nil && strings.TrimSpace(r.Record.Body) == "" {
				t.Fatalf("accepted row %+v", r)
			}
			if r.Err != nil && r.Err.Error() == "" {
				t.Fatalf("empty reason at line %d", r.Pos.Line)
			}
			return nil
		})
		in := s.Inputs()[0]
		if in.RowsRead != n {
			t.Fatalf("RowsRead %d, yielded %d", in.RowsRead, n)
		}
		if err != nil {
			return // a file that cannot be read on: counts are partial
		}
		if want := countRecords(t, data); n != want {
			t.Fatalf("yielded %d rows, encoding/csv sees %d data records", n, want)
		}
	})
}

// countRecords counts data records (parse errors included) independently
// of Set.Rows.
func countRecords(t *testing.T, data []byte) int {
	src, err := newSource("in.csv", ".csv", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	cr := csv.NewReader(src.r)
	cr.Comma = src.comma
	cr.FieldsPerRecord = -1
	n := 0
	for {
		_, err := cr.Read()
		if err == io.EOF {
			return n - 1 // the header
		}
		var pe *csv.ParseError
		if err != nil && !errors.As(err, &pe) {
			t.Fatal(err)
		}
		n++
	}
}

// FuzzTimestamp: parsing never panics, and the layout a parser remembers
// never changes what a value means.
func FuzzTimestamp(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		want, werr := newTimeParser(nil).parse(s)
		for i := range timeLayouts {
			p := newTimeParser(nil)
			p.last = i
			got, err := p.parse(s)
			if (err == nil) != (werr == nil) || !got.Equal(want) {
				t.Fatalf("%q: %v %v with layout %d first, %v %v fresh", s, got, err, i, want, werr)
			}
		}
	})
}

// FuzzHeaderMapping: any header line maps without panicking; no column
// serves two fields; Columns agrees with the indexes; a header equal to a
// field's name is always found.
func FuzzHeaderMapping(f *testing.F) {
	f.Fuzz(func(t *testing.T, line, override string) {
		headers := strings.Split(line, ",")
		var ov map[Field]string
		if override != "" {
			ov = map[Field]string{FieldBody: override}
		}
		m, err := mapHeader(headers, messageSynonyms, Fields, ov)
		if err != nil {
			if ov == nil {
				t.Fatalf("no overrides, error %v", err)
			}
			return
		}
		used := map[int]Field{}
		for fl, i := range m.col {
			if i < 0 || i >= len(headers) {
				t.Fatalf("%s: column %d of %d", fl, i, len(headers))
			}
			if other, dup := used[i]; dup {
				t.Fatalf("column %d serves %s and %s", i, other, fl)
			}
			used[i] = fl
			if m.columns[fl] != headers[i] {
				t.Fatalf("%s: Columns %q, header %q", fl, m.columns[fl], headers[i])
			}
		}
		for i, h := range headers {
			if ov != nil && i == m.col[FieldBody] {
				continue // taken by the override
			}
			for _, fl := range Fields {
				if normalize(h) == normalize(string(fl)) {
					if _, ok := m.col[fl]; !ok {
						t.Fatalf("header %q not mapped to %s", h, fl)
					}
				}
			}
		}
		if err := missingRequired("f.csv", headers, m, Required); (err == nil) != (hasField(m, FieldSentAt) && hasField(m, FieldBody)) {
			t.Fatalf("missingRequired = %v with columns %v", err, m.columns)
		}
	})
}

func hasField(m *mapping, f Field) bool { _, ok := m.col[f]; return ok }

// FuzzOrders: any bytes as an orders export never panic; every row has an
// order with an ID and a purchase time, or an Err.
func FuzzOrders(f *testing.F) {
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "orders.tsv")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := OpenOrders([]string{p}, Options{})
		if err != nil {
			return
		}
		n, last := 0, 1
		s.Orders(context.Background(), func(r *OrderRow) error {
			n++
			if r.Pos.Line <= last {
				t.Fatalf("row %d at line %d after line %d", n, r.Pos.Line, last)
			}
			last = r.Pos.Line
			if r.Err == nil && strings.TrimSpace(r.Order.ID) == "" {
				t.Fatalf("accepted order without ID: %+v", r)
			}
			return nil
		})
		if got := s.Inputs()[0].RowsRead; got != n {
			t.Fatalf("RowsRead %d, yielded %d", got, n)
		}
	})
}
