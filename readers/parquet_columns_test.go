package readers

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/decimal128"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// typedRows is how many rows writeTyped writes: several batches of
// columnBatch rows, in row groups of typedGroup rows that do not line up
// with the batches.
const (
	typedRows  = 3*columnBatch + 123
	typedGroup = 1500
)

// typedFields are the column types the chunk readers render themselves.
var typedFields = []arrow.Field{
	{Name: "string", Type: arrow.BinaryTypes.String, Nullable: true},
	{Name: "large_string", Type: arrow.BinaryTypes.LargeString, Nullable: true},
	{Name: "binary", Type: arrow.BinaryTypes.Binary, Nullable: true},
	{Name: "dictionary", Type: &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}, Nullable: true},
	{Name: "required", Type: arrow.BinaryTypes.String},
	{Name: "bool", Type: arrow.FixedWidthTypes.Boolean, Nullable: true},
	{Name: "int8", Type: arrow.PrimitiveTypes.Int8, Nullable: true},
	{Name: "int16", Type: arrow.PrimitiveTypes.Int16, Nullable: true},
	{Name: "int32", Type: arrow.PrimitiveTypes.Int32, Nullable: true},
	{Name: "int64", Type: arrow.PrimitiveTypes.Int64, Nullable: true},
	{Name: "uint8", Type: arrow.PrimitiveTypes.Uint8, Nullable: true},
	{Name: "uint16", Type: arrow.PrimitiveTypes.Uint16, Nullable: true},
	{Name: "uint32", Type: arrow.PrimitiveTypes.Uint32, Nullable: true},
	{Name: "uint64", Type: arrow.PrimitiveTypes.Uint64, Nullable: true},
	{Name: "float32", Type: arrow.PrimitiveTypes.Float32, Nullable: true},
	{Name: "float64", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
	{Name: "ms_utc", Type: &arrow.TimestampType{Unit: arrow.Millisecond, TimeZone: "UTC"}, Nullable: true},
	{Name: "us_local", Type: &arrow.TimestampType{Unit: arrow.Microsecond}, Nullable: true},
	{Name: "ns_berlin", Type: &arrow.TimestampType{Unit: arrow.Nanosecond, TimeZone: "Europe/Berlin"}, Nullable: true},
	{Name: "date32", Type: arrow.FixedWidthTypes.Date32, Nullable: true},
}

// appendTyped appends row i to every column of b: nulls on every 7th row,
// repeated and unique texts, invalid UTF-8 in the binary column, extreme
// and negative numbers.
func appendTyped(b *array.RecordBuilder, i int) {
	at := time.Date(2026, 10, 1, 8, 0, 0, 123456789, time.UTC).Add(time.Duration(i) * 7919 * time.Second)
	for j, f := range b.Schema().Fields() {
		fb := b.Field(j)
		if f.Nullable && i%7 == 3 {
			fb.AppendNull()
			continue
		}
		text := []string{"delivered", "", "Grüße, Nina", "blocked"}[i%4] + itoa(i/4)
		switch fb := fb.(type) {
		case *array.StringBuilder:
			fb.Append(text)
		case *array.LargeStringBuilder:
			fb.Append(text + " (large)")
		case *array.BinaryBuilder:
			fb.Append(append([]byte(text), []byte{0xff, 'x'}[:i%3]...))
		case *array.BinaryDictionaryBuilder:
			fb.AppendString([]string{"Amazon.com", "Amazon.de", "Amazon.co.uk"}[i%3])
		case *array.BooleanBuilder:
			fb.Append(i%3 == 0)
		case *array.Int8Builder:
			fb.Append(int8(i*37 - 128))
		case *array.Int16Builder:
			fb.Append(int16(i * -997))
		case *array.Int32Builder:
			fb.Append(int32(i) * -65537)
		case *array.Int64Builder:
			fb.Append(int64(i) * -4294967311 * 1024)
		case *array.Uint8Builder:
			fb.Append(uint8(255 - i%256))
		case *array.Uint16Builder:
			fb.Append(uint16(65535 - i))
		case *array.Uint32Builder:
			fb.Append(4294967295 - uint32(i))
		case *array.Uint64Builder:
			fb.Append(18446744073709551615 - uint64(i))
		case *array.Float32Builder:
			fb.Append(float32(i) / 3)
		case *array.Float64Builder:
			fb.Append(float64(i)*1e300/7 - 1e-300)
		case *array.TimestampBuilder:
			ts, _ := arrow.TimestampFromTime(at, f.Type.(*arrow.TimestampType).Unit)
			fb.Append(ts)
		case *array.Date32Builder:
			fb.Append(arrow.Date32FromTime(at))
		case *array.Decimal128Builder:
			fb.Append(decimal128.FromI64(int64(i) * -1234567))
		}
	}
}

// writeTyped writes typedRows rows of fields to a Parquet file.
func writeTyped(t *testing.T, fields []arrow.Field, dict bool, arrowProps pqarrow.ArrowWriterProperties) string {
	t.Helper()
	schema := arrow.NewSchema(fields, nil)
	b := array.NewRecordBuilder(memory.NewGoAllocator(), schema)
	defer b.Release()
	for i := range typedRows {
		appendTyped(b, i)
	}
	rec := b.NewRecordBatch()
	defer rec.Release()
	p := filepath.Join(t.TempDir(), "typed.parquet")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Compressed pages are decompressed into a buffer the page reader
	// reuses for the next page: without dictionaries, a string left
	// pointing into a page would change.
	props := parquet.NewWriterProperties(parquet.WithMaxRowGroupLength(typedGroup), parquet.WithDataPageSize(4096),
		parquet.WithCompression(compress.Codecs.Snappy), parquet.WithDictionaryDefault(dict))
	tbl := array.NewTableFromRecords(schema, []arrow.RecordBatch{rec})
	defer tbl.Release()
	if err := pqarrow.WriteTable(tbl, f, typedGroup, props, arrowProps); err != nil {
		t.Fatal(err)
	}
	return p
}

// readTyped reads every column of p through the chosen path and returns
// copies of the records (the strings in them are not copied: they must
// survive the batches read after them).
func readTyped(t *testing.T, p string, viaArrow bool) (rows [][]string, src cellBatches) {
	t.Helper()
	o, err := openParquet(p)
	if err != nil {
		t.Fatal(err)
	}
	defer o.close()
	pt := o.t.(*parquetTable)
	cols := make([]int, len(o.header))
	for i := range cols {
		cols[i] = i
	}
	if err := pt.project(cols); err != nil {
		t.Fatal(err)
	}
	if viaArrow {
		ab, err := newArrowBatches(p, pt.rdr, cols, o.header)
		if err != nil {
			t.Fatal(err)
		}
		pt.src = ab
	}
	for {
		rec, n, err := pt.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if n != len(rows)+1 {
			t.Fatalf("row %d numbered %d", len(rows)+1, n)
		}
		rows = append(rows, slices.Clone(rec))
	}
	return rows, pt.src
}

// TestParquetColumnTypes: the chunk readers render every type they take
// as cellString renders pqarrow's arrays, nulls included, across batches,
// pages and row groups; a type they do not take (a decimal) sends the
// whole file through pqarrow, with the same text.
func TestParquetColumnTypes(t *testing.T) {
	int96 := []arrow.Field{typedFields[0], {Name: "int96", Type: &arrow.TimestampType{Unit: arrow.Nanosecond}, Nullable: true}}
	decimal := append(slices.Clone(typedFields[:3]), arrow.Field{Name: "decimal", Type: &arrow.Decimal128Type{Precision: 18, Scale: 3}, Nullable: true})
	tests := []struct {
		name     string
		fields   []arrow.Field
		dict     bool
		props    pqarrow.ArrowWriterProperties
		fallback bool
	}{
		{"dictionary pages", typedFields, true, pqarrow.DefaultWriterProps(), false},
		{"plain pages", typedFields, false, pqarrow.DefaultWriterProps(), false},
		{"arrow schema stored", typedFields, true, pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()), false},
		{"int96", int96, true, pqarrow.NewArrowWriterProperties(pqarrow.WithDeprecatedInt96Timestamps(true)), false},
		{"decimal", decimal, true, pqarrow.DefaultWriterProps(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkedAlloc(t)
			p := writeTyped(t, tt.fields, tt.dict, tt.props)
			got, src := readTyped(t, p, false)
			if _, viaArrow := src.(*arrowBatches); viaArrow != tt.fallback {
				t.Errorf("read through %T", src)
			}
			want, _ := readTyped(t, p, true)
			if len(got) != typedRows || len(want) != typedRows {
				t.Fatalf("%d rows, through pqarrow %d, want %d", len(got), len(want), typedRows)
			}
			for i := range want {
				for j, h := range tt.fields {
					if got[i][j] != want[i][j] {
						t.Errorf("row %d %s: %q, through pqarrow %q", i+1, h.Name, got[i][j], want[i][j])
					}
				}
			}
			if got[2][0] != "Grüße, Nina0" || got[3][0] != "" || want[3][0] != "" {
				t.Errorf("rows 3 and 4: %q %q", got[2][0], got[3][0])
			}
		})
	}
}
