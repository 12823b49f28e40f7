package readers

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// writeBenchLog writes a realistic log of n rows: 13 columns, quoted
// multi-line bodies on every fifth row, RFC 3339 and space timestamps.
func writeBenchLog(b *testing.B, n int) (string, int64) {
	p := filepath.Join(b.TempDir(), "bench.csv")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "message_id,sent_at,direction,order_id,buyer_id,account,marketplace,buyer_language,subject,body,contact_reason,status,buyer_opted_out")
	start := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		dir, body := "outbound", `"Hi, your order has shipped and should arrive on Tuesday. Please reply if anything is wrong with your delivery. Thanks, Cozy Loom"`
		if i%7 == 0 {
			dir, body = "inbound", `"Hello, where is my parcel? It was due yesterday."`
		}
		if i%5 == 0 {
			body = "\"Hi Nina,\n\nWe would love to hear from you, \"\"really\"\".\n\nxo, Ivy\""
		}
		ts := start.Add(time.Duration(i) * 37 * time.Second).Format("2006-01-02 15:04:05")
		fmt.Fprintf(w, "m%d,%s,%s,114-%07d-%07d,B%d,Cozy Loom,Amazon.com,en-US,[Important] Order %d,%s,delivery_scheduling,delivered,false\n",
			i, ts, dir, i, i*7, i%900, i, body)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	st, _ := f.Stat()
	f.Close()
	return p, st.Size()
}

func BenchmarkCSV(b *testing.B) {
	const rows = 100_000
	p, size := writeBenchLog(b, rows)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		s, err := Open([]string{p}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		err = s.Rows(context.Background(), func(r *Row) error {
			if r.Err != nil {
				return r.Err
			}
			n++
			return nil
		})
		if err != nil || n != rows {
			b.Fatalf("%d rows, err %v", n, err)
		}
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
