package readers

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow/memory"
)

// checkedAlloc makes the Parquet reader allocate from a checked allocator
// for the test and fails it if anything is still allocated at the end.
func checkedAlloc(t *testing.T) { checkedAllocUpTo(t, 0) }

// checkedAllocUpTo allows up to known bytes to remain allocated: arrow-go
// v18.8.0's DELTA_BINARY_PACKED decoder never frees its miniblock width
// buffer (64 bytes per block, parquet/internal/encoding/delta_bit_packing.go
// initBlock; the decoder has no Release). parquet-go writes string columns
// as DELTA_LENGTH_BYTE_ARRAY, whose lengths use that encoding. With memory.DefaultAllocator, which bsmaudit uses, the
// Go GC reclaims it; only the checked allocator's count sees it.
func checkedAllocUpTo(t *testing.T, known int) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	old := parquetAlloc
	parquetAlloc = mem
	t.Cleanup(func() {
		parquetAlloc = old
		if known == 0 {
			mem.AssertSize(t, 0)
		} else if n := mem.CurrentAlloc(); n > known {
			t.Errorf("%d bytes still allocated after reading, more than the known %d", n, known)
		}
	})
}

// TestParquetTwins reads Parquet files written by arrow-go and by
// parquet-go and compares every row with the CSV twin. Instants (a zone in
// the schema, INT96) must not move with --tz: their twin is read in UTC
// while they are read in New York. Local times and dates are read in
// New York like their twin.
func TestParquetTwins(t *testing.T) {
	ny := Options{Location: mustLoc(t, "America/New_York")}
	utc := Options{Location: mustLoc(t, "UTC")}
	tests := []struct {
		file, twin string
		twinOpt    Options
		leak       int // see checkedAllocUpTo
	}{
		{"messages_arrow_ms_utc_snappy.parquet", "messages.csv", utc, 0},
		{"messages_arrow_us_local_zstd.parquet", "messages.csv", ny, 0},
		{"messages_arrow_ns_berlin_gzip.parquet", "messages.csv", utc, 0},
		{"messages_arrow_int96_none.parquet", "messages.csv", utc, 0},
		{"messages_arrow_date32_snappy.parquet", "messages_dates.csv", ny, 0},
		{"messages_parquetgo_ms_utc_zstd.parquet", "messages.csv", utc, 4096},
		{"messages_parquetgo_us_local_gzip.parquet", "messages.csv", ny, 4096},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			checkedAllocUpTo(t, tt.leak)
			want, _ := readRows(t, "testdata/formats/"+tt.twin, tt.twinOpt)
			p := "testdata/formats/" + tt.file
			got, in := readRows(t, p, ny)
			sameRecords(t, got, want)
			for i, r := range got {
				if r.Pos != (Pos{File: p, Row: i + 1}) || !strings.HasSuffix(r.Pos.String(), "#"+itoa(i+1)) {
					t.Errorf("row %d at %+v", i, r.Pos)
				}
			}
			if in.Format != "parquet" || in.RowsRead != len(want) || in.RowsRejected != 0 {
				t.Errorf("input %+v", in)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestParquetOrdersTwin(t *testing.T) {
	checkedAllocUpTo(t, 1024)
	twin, _ := readOrderRows(t, "testdata/formats/orders.csv", Options{})
	got, in := readOrderRows(t, "testdata/formats/orders_parquetgo_snappy.parquet", Options{})
	sameOrders(t, got, twin)
	if in.Format != "parquet" || in.RowsRead != 4 || got[2].Order.Status != "Cancelled" {
		t.Errorf("input %+v, row 3 %+v", in, got[2])
	}
}

// TestParquetProjection: only the mapped columns are read.
func TestParquetProjection(t *testing.T) {
	checkedAlloc(t)
	o, err := openParquet("testdata/formats/messages_arrow_ms_utc_snappy.parquet")
	if err != nil {
		t.Fatal(err)
	}
	defer o.close()
	m, err := mapHeader(o.header, messageSynonyms, Fields, map[Field]string{FieldBody: "Message"})
	if err != nil {
		t.Fatal(err)
	}
	delete(m.col, FieldSubject)
	if err := project(o, m); err != nil {
		t.Fatal(err)
	}
	rec, _, err := o.t.next()
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range o.header {
		read := rec[i] != ""
		if h == "Row" || h == "Subject" {
			if read {
				t.Errorf("unmapped column %q was read: %q", h, rec[i])
			}
		} else if !read {
			t.Errorf("mapped column %q is empty", h)
		}
	}
}

func TestParquetErrors(t *testing.T) {
	good, err := os.ReadFile("testdata/formats/messages_parquetgo_ms_utc_zstd.parquet")
	if err != nil {
		t.Fatal(err)
	}
	footerless := append([]byte(nil), good[:len(good)-4]...)
	corruptFooter := append([]byte(nil), good...)
	for i := len(corruptFooter) - 40; i < len(corruptFooter)-8; i++ {
		corruptFooter[i] ^= 0xA5
	}
	tests := []struct {
		name    string
		content []byte
		want    string
	}{
		{"empty", nil, "a.parquet: the file is empty; export the Parquet file again"},
		{"csv renamed", []byte("date,body\n"), "a.parquet: this is a text file (CSV?), not Parquet; rename it to .csv or .tsv"},
		{"xlsx renamed", []byte("PK\x03\x04zip"), "a.parquet: this is a ZIP or XLSX file, not Parquet; if it is a workbook, rename it to .xlsx"},
		{"truncated", good[:len(good)/2], "a.parquet: the Parquet file has no footer, so it is truncated"},
		{"no magic at the end", footerless, "a.parquet: the Parquet file has no footer, so it is truncated"},
		{"corrupt footer", corruptFooter, "a.parquet: the Parquet footer cannot be read"},
		{"tiny", []byte("PAR1PAR1"), "a.parquet: the Parquet file is truncated (8 bytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkedAlloc(t)
			_, err := Open([]string{writeFile(t, "a.parquet", string(tt.content))}, Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant %q", err, tt.want)
			}
		})
	}
}
