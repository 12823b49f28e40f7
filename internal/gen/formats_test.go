package gen

import (
	"bytes"
	"context"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/xuri/excelize/v2"
)

// TestParquetReadsBack checks row groups of batchRows, the schema and
// that the bodies equal the CSV's.
func TestParquetReadsBack(t *testing.T) {
	const n = batchRows + 100 // two row groups
	m, _ := generate(t, small(n, Parquet))
	want := rows(t, small(n, Parquet))
	rdr, err := file.NewParquetReader(bytes.NewReader(m))
	if err != nil {
		t.Fatal(err)
	}
	defer rdr.Close()
	if rdr.NumRows() != n || rdr.NumRowGroups() != 2 {
		t.Fatalf("%d rows in %d row groups, want %d in 2", rdr.NumRows(), rdr.NumRowGroups(), n)
	}
	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{BatchSize: 8192}, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	body := rdr.MetaData().Schema.ColumnIndexByName("body")
	at := rdr.MetaData().Schema.ColumnIndexByName("sent_at")
	rr, err := fr.GetRecordReader(context.Background(), []int{at, body}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer rr.Release()
	i := 0
	for rr.Next() {
		rec := rr.RecordBatch()
		ts, bs := rec.Column(0).(*array.Timestamp), rec.Column(1).(*array.String)
		for j := range int(rec.NumRows()) {
			if got := ts.Value(j).ToTime(arrow.Millisecond); !got.Equal(want[i].At) {
				t.Fatalf("row %d sent_at %v, want %v", i, got, want[i].At)
			}
			if bs.Value(j) != want[i].Body {
				t.Fatalf("row %d body differs", i)
			}
			i++
		}
	}
	if err := rr.Err(); err != nil || i != n {
		t.Fatalf("read %d rows, err %v", i, err)
	}
}

func TestXLSXReadsBack(t *testing.T) {
	const n = 300
	m, _ := generate(t, small(n, XLSX))
	want := rows(t, small(n, XLSX))
	f, err := excelize.OpenReader(bytes.NewReader(m))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := f.GetRows("Messages")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n+1 || got[0][9] != "Body" {
		t.Fatalf("%d rows, header %q", len(got), got[0])
	}
	for i, r := range got[1:] {
		if r[0] != want[i].ID || r[9] != want[i].Body {
			t.Fatalf("row %d = %q, want %s %q", i+2, r[:1], want[i].ID, want[i].Body)
		}
	}
}
