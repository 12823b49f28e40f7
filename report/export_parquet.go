package report

import (
	"fmt"
	"io"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// parquetBatch is how many rows a record batch (and so a row group) holds:
// memory stays bounded and readers can skip through the file.
const parquetBatch = 64 << 10

// exportSentAt is the index of sent_at in exportColumns: in Parquet it is
// a timestamp (UTC, microseconds), null when unknown; every other column is
// a string, as in the CSV.
const exportSentAt = 2

// parquetSchema is exportColumns as an Arrow schema.
func parquetSchema() *arrow.Schema {
	fields := make([]arrow.Field, len(exportColumns))
	for i, name := range exportColumns {
		fields[i] = arrow.Field{Name: name, Type: arrow.BinaryTypes.String}
		if i == exportSentAt {
			fields[i] = arrow.Field{Name: name, Type: &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "UTC"}, Nullable: true}
		}
	}
	return arrow.NewSchema(fields, nil)
}

// parquetEncoder streams rows to a Parquet file in record batches of
// parquetBatch rows, snappy-compressed.
type parquetEncoder struct {
	fw   *pqarrow.FileWriter
	b    *array.RecordBuilder
	strs []*array.StringBuilder // by column; nil for sent_at
	ts   *array.TimestampBuilder
	n    int
}

func newParquetEncoder(w io.Writer) (*parquetEncoder, error) {
	schema := parquetSchema()
	props := parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Snappy),
		parquet.WithMaxRowGroupLength(parquetBatch))
	// w is a bufio.Writer, not a Closer: the atomic file is ours to close.
	fw, err := pqarrow.NewFileWriter(schema, w, props, pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
	if err != nil {
		return nil, err
	}
	p := &parquetEncoder{fw: fw, b: array.NewRecordBuilder(memory.DefaultAllocator, schema)}
	p.strs = make([]*array.StringBuilder, len(exportColumns))
	for i := range exportColumns {
		if i == exportSentAt {
			p.ts = p.b.Field(i).(*array.TimestampBuilder)
		} else {
			p.strs[i] = p.b.Field(i).(*array.StringBuilder)
		}
	}
	return p, nil
}

func (p *parquetEncoder) write(row []string, sentAt time.Time) error {
	for i, s := range p.strs {
		if s != nil {
			s.Append(row[i])
		}
	}
	if sentAt.IsZero() {
		p.ts.AppendNull()
	} else {
		p.ts.Append(arrow.Timestamp(sentAt.UnixMicro()))
	}
	if p.n++; p.n == parquetBatch {
		return p.writeBatch()
	}
	return nil
}

// writeBatch writes the rows built so far as one row group.
func (p *parquetEncoder) writeBatch() error {
	if p.n == 0 {
		return nil
	}
	rec := p.b.NewRecordBatch()
	defer rec.Release()
	p.n = 0
	if err := p.fw.Write(rec); err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	return nil
}

func (p *parquetEncoder) flush() error {
	err := p.writeBatch()
	p.b.Release()
	if cerr := p.fw.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("parquet: %w", cerr)
	}
	return err
}
