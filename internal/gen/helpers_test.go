package gen

import (
	"bytes"
	"encoding/csv"
	"testing"
)

// small are quick options with the documented defaults otherwise.
func small(rows int, f Format) Options {
	o := Defaults()
	o.Rows, o.Format = rows, f
	return o
}

func generate(t *testing.T, opt Options) (msgs, orders []byte) {
	t.Helper()
	var m, o bytes.Buffer
	if err := Write(&m, &o, opt); err != nil {
		t.Fatalf("Write(%+v): %v", opt, err)
	}
	return m.Bytes(), o.Bytes()
}

// parseLog reads a generated CSV or TSV log back with encoding/csv, the
// way the readers do, and returns the header and the rows.
func parseLog(t *testing.T, data []byte, comma rune) ([]string, [][]string) {
	t.Helper()
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = comma
	all, err := cr.ReadAll()
	if err != nil {
		t.Fatalf("reading generated log: %v", err)
	}
	return all[0], all[1:]
}

// rows runs the stream without writing and returns its rows.
func rows(t *testing.T, opt Options) []row {
	t.Helper()
	var out []row
	if err := newStream(newPlan(opt)).each(func(rw *row) error {
		out = append(out, *rw)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}
