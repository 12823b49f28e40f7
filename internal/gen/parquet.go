package gen

import (
	"fmt"
	"io"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// batchRows is the rows per record batch and per row group (LIBRARIES.md c:
// one Write call makes at least one row group).
const batchRows = 64 * 1024

// parquetSchema uses snake_case names (readers normalise headers) and real
// types where exporters use them: a UTC timestamp and a boolean.
var parquetSchema = arrow.NewSchema([]arrow.Field{
	{Name: "message_id", Type: arrow.BinaryTypes.String},
	{Name: "sent_at", Type: &arrow.TimestampType{Unit: arrow.Millisecond, TimeZone: "UTC"}},
	{Name: "direction", Type: arrow.BinaryTypes.String},
	{Name: "order_id", Type: arrow.BinaryTypes.String},
	{Name: "buyer_id", Type: arrow.BinaryTypes.String},
	{Name: "account", Type: arrow.BinaryTypes.String},
	{Name: "marketplace", Type: arrow.BinaryTypes.String},
	{Name: "buyer_language", Type: arrow.BinaryTypes.String},
	{Name: "subject", Type: arrow.BinaryTypes.String},
	{Name: "body", Type: arrow.BinaryTypes.String},
	{Name: "contact_reason", Type: arrow.BinaryTypes.String},
	{Name: "status", Type: arrow.BinaryTypes.String},
	{Name: "buyer_opted_out", Type: arrow.FixedWidthTypes.Boolean},
}, nil)

func writeParquet(w io.Writer, st *stream) error {
	props := parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Snappy),
		parquet.WithMaxRowGroupLength(batchRows), parquet.WithCreatedBy("bsmaudit gen"))
	fw, err := pqarrow.NewFileWriter(parquetSchema, w, props, pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
	if err != nil {
		return fmt.Errorf("starting parquet: %w", err)
	}
	b := array.NewRecordBuilder(memory.DefaultAllocator, parquetSchema)
	defer b.Release()
	strs := make([]*array.StringBuilder, 0, 11)
	for i, f := range parquetSchema.Fields() {
		if f.Type.ID() == arrow.STRING {
			strs = append(strs, b.Field(i).(*array.StringBuilder))
		}
	}
	ts := b.Field(1).(*array.TimestampBuilder)
	opted := b.Field(12).(*array.BooleanBuilder)
	n := 0
	flush := func() error {
		rec := b.NewRecordBatch()
		defer rec.Release()
		if err := fw.Write(rec); err != nil {
			return fmt.Errorf("writing parquet row group: %w", err)
		}
		n = 0
		return nil
	}
	err = st.each(func(rw *row) error {
		for i, v := range []string{rw.ID, rw.Direction, rw.OrderID, rw.Buyer, rw.Account, rw.Market,
			rw.Lang, rw.Subject, rw.Body, rw.Reason, rw.Status} {
			strs[i].Append(v)
		}
		ts.Append(arrow.Timestamp(rw.At.UnixMilli()))
		opted.Append(rw.OptedOut)
		if n++; n == batchRows {
			return flush()
		}
		return nil
	})
	if err == nil && n > 0 {
		err = flush()
	}
	if err != nil {
		fw.Close()
		return err
	}
	if err := fw.Close(); err != nil {
		return fmt.Errorf("closing parquet: %w", err)
	}
	return nil
}
