package readers

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Seeds are small valid files' bytes in testdata/fuzz/FuzzXLSX and
// FuzzParquet. Fuzz with:
//
//	go test ./readers -run '^$' -fuzz FuzzXLSX -fuzztime 60s -fuzzminimizetime 2s
//	go test ./readers -run '^$' -fuzz FuzzParquet -fuzztime 60s -fuzzminimizetime 2s

// FuzzXLSX: any bytes named .xlsx never panic; rows come in sheet order
// with a sheet name, every row has a Record or an Err, counts agree.
func FuzzXLSX(f *testing.F) {
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzBinary(t, filepath.Join(dir, "in.xlsx"), data, func(r *Row, last int) int {
			if r.Pos.Sheet == "" || r.Pos.Row <= last {
				t.Fatalf("row at %+v after row %d", r.Pos, last)
			}
			return r.Pos.Row
		})
	})
}

// FuzzParquet: any bytes named .parquet never panic (arrow-go panics are
// turned into errors), rows are numbered 1, 2, 3..., counts agree.
func FuzzParquet(f *testing.F) {
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzBinary(t, filepath.Join(dir, "in.parquet"), data, func(r *Row, last int) int {
			if r.Pos.Row != last+1 || r.Pos.Line != 0 || r.Pos.Sheet != "" {
				t.Fatalf("row at %+v after row %d", r.Pos, last)
			}
			return r.Pos.Row
		})
	})
}

func fuzzBinary(t *testing.T, p string, data []byte, pos func(r *Row, last int) int) {
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open([]string{p}, Options{})
	if err != nil {
		if !strings.HasPrefix(err.Error(), p+":") {
			t.Fatalf("error does not name the file: %v", err)
		}
		return
	}
	n, last := 0, 0
	err = s.Rows(context.Background(), func(r *Row) error {
		n++
		last = pos(r, last)
		if r.Err == nil && strings.TrimSpace(r.Record.Body) == "" {
			t.Fatalf("accepted row without a body: %+v", r)
		}
		if r.Err != nil && r.Err.Error() == "" {
			t.Fatalf("empty reason at %v", r.Pos)
		}
		return nil
	})
	if err != nil && !strings.HasPrefix(err.Error(), p+":") {
		t.Fatalf("error does not name the file: %v", err)
	}
	if got := s.Inputs()[0].RowsRead; got != n {
		t.Fatalf("RowsRead %d, yielded %d", got, n)
	}
}
