package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/xuri/excelize/v2"
)

// The same log as readers' benchmarks (bench_test.go).
var header = []string{"message_id", "sent_at", "direction", "order_id", "buyer_id", "account",
	"marketplace", "buyer_language", "subject", "body", "contact_reason", "status", "buyer_opted_out", "thread_id"}

var start = time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)

func record(rec []string, i int) time.Time {
	dir, body := "outbound", "Hi, your order has shipped and should arrive on Tuesday. Please reply if anything is wrong with your delivery. Thanks, Cozy Loom"
	if i%7 == 0 {
		dir, body = "inbound", "Hello, where is my parcel? It was due yesterday."
	}
	if i%5 == 0 {
		body = "Hi Nina,\n\nWe would love to hear from you, \"really\".\n\nxo, Ivy"
	}
	at := start.Add(time.Duration(i) * 37 * time.Second)
	copy(rec, []string{"m" + strconv.Itoa(i), at.Format(time.DateTime), dir,
		"114-" + strconv.Itoa(1000000+i) + "-7008029", "B" + strconv.Itoa(i%900), "Cozy Loom", "Amazon.com", "en-US",
		"[Important] Order " + strconv.Itoa(i), body, "delivery_scheduling", "delivered", "false", "T" + strconv.Itoa(i/3)})
	return at
}

func gen(format string, n int, path string) error {
	switch format {
	case "csv":
		return genCSV(n, path)
	case "xlsx":
		return genXLSX(n, path)
	case "parquet":
		return genParquet(n, path)
	}
	return fmt.Errorf("unknown format %q", format)
}

func genCSV(n int, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := csv.NewWriter(bw)
	w.Write(header)
	rec := make([]string, len(header))
	for i := range n {
		record(rec, i)
		w.Write(rec)
	}
	w.Flush()
	if err := bw.Flush(); err != nil {
		return err
	}
	return f.Close()
}

func genXLSX(n int, path string) error {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	style, _ := f.NewStyle(&excelize.Style{NumFmt: 22})
	row := make([]any, len(header))
	for j, h := range header {
		row[j] = h
	}
	sw.SetRow("A1", row)
	rec := make([]string, len(header))
	for i := range n {
		at := record(rec, i)
		for j, v := range rec {
			row[j] = v
		}
		row[1] = excelize.Cell{Value: at, StyleID: style}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

func genParquet(n int, path string) error {
	fields := make([]arrow.Field, len(header))
	for j, h := range header {
		fields[j] = arrow.Field{Name: h, Type: arrow.BinaryTypes.String}
	}
	fields[1].Type = &arrow.TimestampType{Unit: arrow.Millisecond, TimeZone: "UTC"}
	schema := arrow.NewSchema(fields, nil)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w, err := pqarrow.NewFileWriter(schema, f, parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Snappy)),
		pqarrow.DefaultWriterProps())
	if err != nil {
		return err
	}
	b := array.NewRecordBuilder(memory.NewGoAllocator(), schema)
	defer b.Release()
	rec := make([]string, len(header))
	flush := func() error {
		batch := b.NewRecordBatch()
		defer batch.Release()
		return w.Write(batch)
	}
	for i := range n {
		at := record(rec, i)
		for j, v := range rec {
			if j == 1 {
				b.Field(1).(*array.TimestampBuilder).Append(arrow.Timestamp(at.UnixMilli()))
				continue
			}
			b.Field(j).(*array.StringBuilder).Append(v)
		}
		if (i+1)%65536 == 0 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if n%65536 != 0 {
		if err := flush(); err != nil {
			return err
		}
	}
	return w.Close() // closes f too
}
