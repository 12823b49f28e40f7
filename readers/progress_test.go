package readers

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProgress: Set.Progress grows with the rows read, by bytes of the
// files, never past 1, and is 1 once every file is read, for CSV (bytes
// read), Parquet (rows against the footer's count) and XLSX (whole file).
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	// A CSV large enough to be read in several buffers.
	var b strings.Builder
	b.WriteString("message_id,sent_at,direction,order_id,body\n")
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&b, "m%d,2026-10-01 10:00:00,outbound,111-1234567-%07d,%s\n", i, i, strings.Repeat("text ", 20))
	}
	big := filepath.Join(dir, "big.csv")
	if err := os.WriteFile(big, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	formats := filepath.Join("testdata", "formats")
	set, err := Open([]string{big,
		filepath.Join(formats, "messages_arrow_ms_utc_snappy.parquet"),
		filepath.Join(formats, "messages_openpyxl.xlsx")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := set.Progress(); got != 0 {
		t.Errorf("Progress before Rows = %v, want 0", got)
	}
	var seen []float64
	last := 0.0
	err = set.Rows(context.Background(), func(r *Row) error {
		p := set.Progress()
		if p < last || p > 1 {
			t.Fatalf("Progress went from %v to %v at %v", last, p, r.Pos)
		}
		last = p
		seen = append(seen, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := set.Progress(); got != 1 {
		t.Errorf("Progress after Rows = %v, want 1", got)
	}
	// The CSV is most of the bytes: its middle row is read at a share
	// well inside (0, 1), not at 0 or at the end.
	if mid := seen[10000]; mid < 0.2 || mid > 0.9 {
		t.Errorf("Progress at the CSV's middle row = %v, want between 0.2 and 0.9", mid)
	}
}
