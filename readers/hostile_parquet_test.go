package readers

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// Memory bound of the Parquet reader (issue 8): one record batch of 8192
// rows of the mapped columns, plus the pages of the column chunks being
// decoded. A footer that claims absurd sizes must not make it allocate
// them.
var parquetBound = mib(64)

// parquetFixtures are the Parquet logs the hostile tests mutate.
var parquetFixtures = []string{
	"messages_arrow_int96_none.parquet", "messages_arrow_ms_utc_snappy.parquet",
	"messages_parquetgo_ms_utc_zstd.parquet", "messages_parquetgo_us_local_gzip.parquet",
}

// TestHostileParquetFooter: a footer length that points before the start
// of the file, or past it, and bytes of the footer metadata set to 0xFF
// (varints become absurd sizes, counts and offsets) or to 0: each ends in
// an error naming the file or in rows, never a panic, within
// parquetBound. Every 11th byte by default (a few seconds; every 41st
// with -short); every byte of
// four fixtures with BSMAUDIT_HOSTILE_FULL=1 (36,000 files, about 5
// minutes on 2 shared cores: passed on 2026-11-27).
func TestHostileParquetFooter(t *testing.T) {
	stride, fixtures := 11, parquetFixtures[1:3]
	if testing.Short() {
		stride = 41
	}
	if os.Getenv("BSMAUDIT_HOSTILE_FULL") != "" {
		stride, fixtures = 1, parquetFixtures
	}
	for _, name := range fixtures {
		good, err := os.ReadFile(filepath.Join("testdata", "formats", name))
		if err != nil {
			t.Fatal(err)
		}
		n := len(good)
		footer := int(binary.LittleEndian.Uint32(good[n-8:]))
		dir := t.TempDir()
		p := filepath.Join(dir, name)
		try := func(b []byte) outcome {
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
			return readQuiet(t, p)
		}
		for _, l := range []uint32{0xFFFFFFFF, 0x7FFFFFFF, uint32(n), uint32(n - 8), 1} {
			b := append([]byte(nil), good...)
			binary.LittleEndian.PutUint32(b[n-8:], l)
			if o := try(b); o.openErr == nil {
				t.Errorf("%s: footer length %d: no error", name, l)
			}
		}
		var errs, rows int
		peak := peakHeap(func() {
			for i := n - 8 - footer; i < n-8; i += stride {
				for _, v := range []byte{0xFF, 0x00} {
					b := append([]byte(nil), good...)
					if b[i] == v {
						continue
					}
					b[i] = v
					o := try(b)
					if o.openErr != nil || o.rowsErr != nil {
						errs++
					} else {
						rows++
					}
				}
			}
		})
		t.Logf("%s: %d-byte footer mutated: %d errors, %d read to the end; peak heap %.1f MiB", name, footer, errs, rows, float64(peak)/(1<<20))
		if peak > parquetBound {
			t.Errorf("%s: peak heap %.1f MiB, bound %d MiB", name, float64(peak)/(1<<20), parquetBound>>20)
		}
	}
}

// readQuiet is readHostile without the log line, for loops.
func readQuiet(t *testing.T, path string) outcome {
	var o outcome
	s, err := Open([]string{path}, Options{})
	if err != nil {
		o.openErr = err
	} else {
		o.rowsErr = s.Rows(t.Context(), func(r *Row) error {
			o.read++
			if r.Err != nil {
				o.rejected++
			}
			return nil
		})
	}
	for _, err := range []error{o.openErr, o.rowsErr} {
		if err != nil && !startsWith(err.Error(), path) {
			t.Errorf("the error does not name the file: %v", err)
		}
	}
	return o
}

func startsWith(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }

// writeParquet writes one record batch of the given columns.
func writeParquet(t *testing.T, fields []arrow.Field, build func(b *array.RecordBuilder)) string {
	t.Helper()
	schema := arrow.NewSchema(fields, nil)
	b := array.NewRecordBuilder(memory.NewGoAllocator(), schema)
	defer b.Release()
	build(b)
	rec := b.NewRecordBatch()
	defer rec.Release()
	p := filepath.Join(t.TempDir(), "log.parquet")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := pqarrow.WriteTable(array.NewTableFromRecords(schema, []arrow.RecordBatch{rec}), f, 1024, nil, pqarrow.DefaultWriterProps()); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return p
}

// TestHostileParquetSchema: a schema without the needed columns is an
// error that lists the columns; columns of the wrong type are read as text
// where they can be (a number as a body) and otherwise make the rows
// rejected (a number as sent_at) or the file refused (a list as body).
func TestHostileParquetSchema(t *testing.T) {
	str, i64 := arrow.BinaryTypes.String, arrow.PrimitiveTypes.Int64
	p := writeParquet(t, []arrow.Field{{Name: "a", Type: i64}, {Name: "b", Type: str}}, func(b *array.RecordBuilder) {
		b.Field(0).(*array.Int64Builder).Append(1)
		b.Field(1).(*array.StringBuilder).Append("x")
	})
	wantErr(t, readHostile(t, p).openErr, "no column for sent_at (required)", `"a", "b"`)

	p = writeParquet(t, []arrow.Field{{Name: "sent_at", Type: arrow.FixedWidthTypes.Boolean}, {Name: "body", Type: i64}}, func(b *array.RecordBuilder) {
		b.Field(0).(*array.BooleanBuilder).AppendValues([]bool{true, false}, nil)
		b.Field(1).(*array.Int64Builder).AppendValues([]int64{42, 43}, nil)
	})
	o := readHostile(t, p)
	if o.openErr != nil || o.rowsErr != nil || o.read != 2 || o.rejected != 2 {
		t.Errorf("bool sent_at: read %d, rejected %d (%q), errors %v %v; want 2 rejected", o.read, o.rejected, o.reasons, o.openErr, o.rowsErr)
	}

	p = writeParquet(t, []arrow.Field{{Name: "sent_at", Type: str}, {Name: "body", Type: arrow.ListOf(str)}}, func(b *array.RecordBuilder) {
		b.Field(0).(*array.StringBuilder).Append("2024-05-01 10:00")
		lb := b.Field(1).(*array.ListBuilder)
		lb.Append(true)
		lb.ValueBuilder().(*array.StringBuilder).Append("hi")
	})
	wantErr(t, readHostile(t, p).openErr, "no column for body", `--map body="body.list.element"`)
	_, err := Open([]string{p}, Options{Map: map[Field]string{FieldBody: "body.list.element"}})
	wantErr(t, err, "nested or repeated")
}
