package report

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// readParquet reads an export back: its rows as strings (sent_at as RFC
// 3339 in UTC, "" for null), its Arrow schema and its row groups.
func readParquet(t *testing.T, path string) ([][]string, *arrow.Schema, int) {
	t.Helper()
	rdr, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer rdr.Close()
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{BatchSize: 8192}, mem)
	if err != nil {
		t.Fatal(err)
	}
	rr, err := fr.GetRecordReader(context.Background(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	for rr.Next() {
		rec := rr.RecordBatch()
		for i := 0; i < int(rec.NumRows()); i++ {
			row := make([]string, rec.NumCols())
			for j, col := range rec.Columns() {
				switch a := col.(type) {
				case *array.String:
					row[j] = a.Value(i)
				case *array.Timestamp:
					if !a.IsNull(i) {
						unit := a.DataType().(*arrow.TimestampType).Unit
						row[j] = a.Value(i).ToTime(unit).UTC().Format(time.RFC3339)
					}
				default:
					t.Fatalf("column %d is a %T", j, col)
				}
			}
			rows = append(rows, row)
		}
	}
	if err := rr.Err(); err != nil {
		t.Fatal(err)
	}
	schema := rr.Schema()
	rr.Release()
	mem.AssertSize(t, 0)
	return rows, schema, rdr.NumRowGroups()
}

// TestExportParquet reads the export back: the same rows and columns as
// the CSV, sent_at a UTC timestamp, the other columns strings.
func TestExportParquet(t *testing.T) {
	rows, schema, _ := readParquet(t, writeTestExport(t, "out.Parquet"))
	if !reflect.DeepEqual(rows, wantExportRows) {
		t.Errorf("rows:\n got %q\nwant %q", rows, wantExportRows)
	}
	var names []string
	for i, f := range schema.Fields() {
		names = append(names, f.Name)
		want := arrow.DataType(arrow.BinaryTypes.String)
		if i == exportSentAt {
			want = &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "UTC"}
		}
		if !arrow.TypeEqual(f.Type, want) {
			t.Errorf("column %s is %s, want %s", f.Name, f.Type, want)
		}
	}
	if !reflect.DeepEqual(names, exportColumns) {
		t.Errorf("columns = %q, want %q", names, exportColumns)
	}
}

// TestExportParquetBatches writes more rows than a record batch holds: they
// land in row groups of parquetBatch rows, none lost, a zero time null.
func TestExportParquetBatches(t *testing.T) {
	const n = parquetBatch + 100
	path := filepath.Join(t.TempDir(), "big.parquet")
	e, err := NewExport(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		m := bulkMessage(i, "b")
		if i == n-1 {
			m.Record.SentAt = time.Time{}
		}
		if err := e.Message(m); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	rows, _, groups := readParquet(t, path)
	if len(rows) != n || groups != 2 {
		t.Fatalf("%d rows in %d row groups, want %d in 2", len(rows), groups, n)
	}
	// The encoder reuses its buffers from batch to batch: every row must
	// still hold its own values.
	for i, row := range rows {
		if want := fmt.Sprintf("m%07d", i); row[0] != want || row[1] != fmt.Sprintf("big.csv:%d", i+2) {
			t.Fatalf("row %d = %q, want message_id %s", i, row, want)
		}
	}
	if last := rows[n-1]; last[0] != "m0065635" || last[exportSentAt] != "" {
		t.Errorf("last row = %q, want m0065635 with no sent_at", last)
	}
	if rows[1][exportSentAt] != "2025-01-01T23:30:00Z" {
		t.Errorf("sent_at = %q", rows[1][exportSentAt])
	}
}
