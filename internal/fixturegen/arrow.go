package main

import (
	"os"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// arrowVariant is one arrow-go fixture: how Sent is typed and how the file
// is compressed.
type arrowVariant struct {
	file   string
	sent   arrow.DataType
	codec  compress.Compression
	int96  bool
	schema bool // store the arrow schema (large_string and dictionary read back as such)
}

var arrowVariants = []arrowVariant{
	{"messages_arrow_ms_utc_snappy.parquet", &arrow.TimestampType{Unit: arrow.Millisecond, TimeZone: "UTC"}, compress.Codecs.Snappy, false, true},
	{"messages_arrow_us_local_zstd.parquet", &arrow.TimestampType{Unit: arrow.Microsecond}, compress.Codecs.Zstd, false, false},
	{"messages_arrow_ns_berlin_gzip.parquet", &arrow.TimestampType{Unit: arrow.Nanosecond, TimeZone: "Europe/Berlin"}, compress.Codecs.Gzip, false, true},
	{"messages_arrow_int96_none.parquet", &arrow.TimestampType{Unit: arrow.Nanosecond}, compress.Codecs.Uncompressed, true, false},
	{"messages_arrow_date32_snappy.parquet", arrow.FixedWidthTypes.Date32, compress.Codecs.Snappy, false, false},
}

// writeArrow writes the messages with typed columns: Message as
// large_string, From as dictionary<int32, utf8>, Subject as binary, Opted
// out as boolean, an unmapped int64 column, empty values as nulls, row
// groups of 3 rows.
func writeArrow(path string, t *table, v arrowVariant) error {
	fields := []arrow.Field{}
	for _, h := range t.header {
		var dt arrow.DataType = arrow.BinaryTypes.String
		switch h {
		case "Sent":
			dt = v.sent
		case "Message":
			dt = arrow.BinaryTypes.LargeString
		case "From":
			dt = &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}
		case "Subject":
			dt = arrow.BinaryTypes.Binary
		case "Opted out":
			dt = arrow.FixedWidthTypes.Boolean
		}
		fields = append(fields, arrow.Field{Name: h, Type: dt, Nullable: true})
	}
	fields = append(fields, arrow.Field{Name: "Row", Type: arrow.PrimitiveTypes.Int64})
	schema := arrow.NewSchema(fields, nil)
	mem := memory.NewGoAllocator()
	b := array.NewRecordBuilder(mem, schema)
	defer b.Release()
	for n, r := range t.recs {
		for i, s := range r {
			fb := b.Field(i)
			if s == "" && t.header[i] != "Sent" {
				fb.AppendNull()
				continue
			}
			switch fb := fb.(type) {
			case *array.StringBuilder:
				fb.Append(s)
			case *array.LargeStringBuilder:
				fb.Append(s)
			case *array.BinaryDictionaryBuilder:
				fb.AppendString(s)
			case *array.BinaryBuilder:
				fb.Append([]byte(s))
			case *array.BooleanBuilder:
				fb.Append(s == "true")
			case *array.TimestampBuilder:
				ts, err := arrow.TimestampFromTime(stamp(s), v.sent.(*arrow.TimestampType).Unit)
				if err != nil {
					return err
				}
				fb.Append(ts)
			case *array.Date32Builder:
				fb.Append(arrow.Date32FromTime(stamp(s)))
			}
		}
		b.Field(len(r)).(*array.Int64Builder).Append(int64(n + 1))
	}
	rec := b.NewRecordBatch()
	defer rec.Release()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	props := parquet.NewWriterProperties(parquet.WithCompression(v.codec), parquet.WithMaxRowGroupLength(3))
	var aopts []pqarrow.WriterOption
	if v.schema {
		aopts = append(aopts, pqarrow.WithStoreSchema())
	}
	if v.int96 {
		aopts = append(aopts, pqarrow.WithDeprecatedInt96Timestamps(true))
	}
	w, err := pqarrow.NewFileWriter(schema, f, props, pqarrow.NewArrowWriterProperties(aopts...))
	if err != nil {
		return err
	}
	if err := w.Write(rec); err != nil {
		return err
	}
	return w.Close()
}
