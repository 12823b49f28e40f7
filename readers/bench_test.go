package readers

import (
	"bufio"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/xuri/excelize/v2"
)

// Read throughput per format. The input is generated in b.TempDir():
// BSM_BENCH_ROWS rows (default 20,000, so that -bench stays quick), e.g.
//
//	BSM_BENCH_ROWS=1000000 go test ./readers -run '^$' -bench Read -benchtime 1x

var benchHeader = []string{"message_id", "sent_at", "direction", "order_id", "buyer_id", "account",
	"marketplace", "buyer_language", "subject", "body", "contact_reason", "status", "buyer_opted_out", "thread_id"}

func benchRows(b *testing.B) int {
	if s := os.Getenv("BSM_BENCH_ROWS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			b.Fatalf("BSM_BENCH_ROWS=%q: want a positive number", s)
		}
		return n
	}
	return 20_000
}

var benchStart = time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)

// benchRecord fills rec with row i of a realistic log: multi-line quoted
// bodies on every fifth row, inbound on every seventh.
func benchRecord(rec []string, i int) time.Time {
	dir, body := "outbound", "Hi, your order has shipped and should arrive on Tuesday. Please reply if anything is wrong with your delivery. Thanks, Cozy Loom"
	if i%7 == 0 {
		dir, body = "inbound", "Hello, where is my parcel? It was due yesterday."
	}
	if i%5 == 0 {
		body = "Hi Nina,\n\nWe would love to hear from you, \"really\".\n\nxo, Ivy"
	}
	at := benchStart.Add(time.Duration(i) * 37 * time.Second)
	copy(rec, []string{"m" + strconv.Itoa(i), at.Format(time.DateTime), dir,
		"114-" + strconv.Itoa(1000000+i) + "-7008029", "B" + strconv.Itoa(i%900), "Cozy Loom", "Amazon.com", "en-US",
		"[Important] Order " + strconv.Itoa(i), body, "delivery_scheduling", "delivered", "false", "T" + strconv.Itoa(i/3)})
	return at
}

func benchCSV(b *testing.B, n int) string {
	p := filepath.Join(b.TempDir(), "bench.csv")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	bw := bufio.NewWriter(f)
	w := csv.NewWriter(bw)
	w.Write(benchHeader)
	rec := make([]string, len(benchHeader))
	for i := range n {
		benchRecord(rec, i)
		w.Write(rec)
	}
	w.Flush()
	if err := bw.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	return p
}

func benchXLSX(b *testing.B, n int) string {
	p := filepath.Join(b.TempDir(), "bench.xlsx")
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	style, _ := f.NewStyle(&excelize.Style{NumFmt: 22})
	row := make([]any, len(benchHeader))
	for j, h := range benchHeader {
		row[j] = h
	}
	sw.SetRow("A1", row)
	rec := make([]string, len(benchHeader))
	for i := range n {
		at := benchRecord(rec, i)
		for j, v := range rec {
			row[j] = v
		}
		row[1] = excelize.Cell{Value: at, StyleID: style}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			b.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.SaveAs(p); err != nil {
		b.Fatal(err)
	}
	return p
}

func benchParquet(b *testing.B, n int) string {
	fields := make([]arrow.Field, len(benchHeader))
	for j, h := range benchHeader {
		fields[j] = arrow.Field{Name: h, Type: arrow.BinaryTypes.String}
	}
	fields[1].Type = &arrow.TimestampType{Unit: arrow.Millisecond, TimeZone: "UTC"}
	schema := arrow.NewSchema(fields, nil)
	p := filepath.Join(b.TempDir(), "bench.parquet")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	w, err := pqarrow.NewFileWriter(schema, f, parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Snappy)),
		pqarrow.DefaultWriterProps())
	if err != nil {
		b.Fatal(err)
	}
	bld := array.NewRecordBuilder(memory.NewGoAllocator(), schema)
	defer bld.Release()
	rec := make([]string, len(benchHeader))
	flush := func() {
		batch := bld.NewRecordBatch()
		defer batch.Release()
		if err := w.Write(batch); err != nil {
			b.Fatal(err)
		}
	}
	for i := range n {
		at := benchRecord(rec, i)
		for j, v := range rec {
			if j == 1 {
				bld.Field(1).(*array.TimestampBuilder).Append(arrow.Timestamp(at.UnixMilli()))
				continue
			}
			bld.Field(j).(*array.StringBuilder).Append(v)
		}
		if (i+1)%65536 == 0 {
			flush()
		}
	}
	if n%65536 != 0 {
		flush()
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	return p
}

// benchRead reads p b.N times, reporting bytes of file per second (MB/s)
// and rows per second.
func benchRead(b *testing.B, p string, n int) {
	st, err := os.Stat(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		s, err := Open([]string{p}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		got := 0
		err = s.Rows(context.Background(), func(r *Row) error {
			if r.Err != nil {
				return r.Err
			}
			got++
			return nil
		})
		if err != nil || got != n {
			b.Fatalf("%d rows, err %v", got, err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

func BenchmarkReadCSV(b *testing.B) {
	n := benchRows(b)
	benchRead(b, benchCSV(b, n), n)
}

func BenchmarkReadXLSX(b *testing.B) {
	n := benchRows(b)
	benchRead(b, benchXLSX(b, n), n)
}

func BenchmarkReadParquet(b *testing.B) {
	n := benchRows(b)
	benchRead(b, benchParquet(b, n), n)
}
