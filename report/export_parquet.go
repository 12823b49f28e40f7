package report

import (
	"fmt"
	"io"
	"math"
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

// parquetUnique are the columns that differ on (nearly) every row:
// dictionary-encoding them only costs time (hashing every value into a
// table that ends up as large as the column, then falling back to plain
// pages), so they are written plain. The other columns repeat a few values
// (direction, account, class, reason, findings, language...) and keep the
// dictionary, which makes them several times smaller.
var parquetUnique = []string{"message_id", "source", "sent_at", "order_id"}

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
// parquetBatch rows, snappy-compressed. It builds the batches' Arrow arrays
// itself, over buffers it reuses from batch to batch: arrow's builders
// start every batch empty and grow by doubling (a fresh, zeroed buffer and
// a copy each time), which cost as much as encoding the file.
type parquetEncoder struct {
	fw     *pqarrow.FileWriter
	schema *arrow.Schema
	strs   []stringColumn // by column; unused for sent_at
	ts     []int64        // sent_at, microseconds
	valid  []byte         // sent_at's validity bitmap
	nulls  int
	n      int
}

// stringColumn is one string column of the batch being built: its values
// end to end and the Arrow offsets into them.
type stringColumn struct {
	data    []byte
	offsets []int32
}

func newParquetEncoder(w io.Writer) (*parquetEncoder, error) {
	schema := parquetSchema()
	opts := []parquet.WriterProperty{parquet.WithCompression(compress.Codecs.Snappy),
		parquet.WithMaxRowGroupLength(parquetBatch)}
	for _, name := range parquetUnique {
		opts = append(opts, parquet.WithDictionaryFor(name, false))
	}
	props := parquet.NewWriterProperties(opts...)
	// w is a bufio.Writer, not a Closer: the atomic file is ours to close.
	fw, err := pqarrow.NewFileWriter(schema, w, props, pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
	if err != nil {
		return nil, err
	}
	p := &parquetEncoder{fw: fw, schema: schema, strs: make([]stringColumn, len(exportColumns)),
		ts: make([]int64, 0, parquetBatch), valid: make([]byte, 0, parquetBatch/8)}
	for i := range p.strs {
		p.strs[i].offsets = append(make([]int32, 0, parquetBatch+1), 0)
	}
	return p, nil
}

func (p *parquetEncoder) write(row []string, sentAt time.Time) error {
	for i := range p.strs {
		if i != exportSentAt {
			c := &p.strs[i]
			if len(c.data)+len(row[i]) > math.MaxInt32 {
				return fmt.Errorf("parquet: column %s holds more than 2 GiB in one batch of %d rows", exportColumns[i], parquetBatch)
			}
			c.data = append(c.data, row[i]...)
			c.offsets = append(c.offsets, int32(len(c.data)))
		}
	}
	if p.n%8 == 0 {
		p.valid = append(p.valid, 0)
	}
	if sentAt.IsZero() {
		p.ts = append(p.ts, 0)
		p.nulls++
	} else {
		p.ts = append(p.ts, sentAt.UnixMicro())
		p.valid[p.n/8] |= 1 << (p.n % 8)
	}
	if p.n++; p.n == parquetBatch {
		return p.writeBatch()
	}
	return nil
}

// writeBatch writes the rows built so far as one row group. FileWriter.Write
// encodes and closes the row group before it returns (statistics copy
// their minimum and maximum), so the buffers are free to reuse after it.
func (p *parquetEncoder) writeBatch() error {
	if p.n == 0 {
		return nil
	}
	cols := make([]arrow.Array, len(exportColumns))
	for i := range cols {
		var d *array.Data
		if i == exportSentAt {
			d = array.NewData(p.schema.Field(i).Type, p.n, []*memory.Buffer{
				memory.NewBufferBytes(p.valid), memory.NewBufferBytes(arrow.Int64Traits.CastToBytes(p.ts))},
				nil, p.nulls, 0)
		} else {
			c := &p.strs[i]
			d = array.NewData(arrow.BinaryTypes.String, p.n, []*memory.Buffer{
				nil, memory.NewBufferBytes(arrow.Int32Traits.CastToBytes(c.offsets)), memory.NewBufferBytes(c.data)},
				nil, 0, 0)
		}
		cols[i] = array.MakeFromData(d)
		d.Release()
	}
	rec := array.NewRecordBatch(p.schema, cols, int64(p.n))
	for _, c := range cols {
		c.Release()
	}
	err := p.fw.Write(rec)
	rec.Release()
	for i := range p.strs {
		p.strs[i].data, p.strs[i].offsets = p.strs[i].data[:0], p.strs[i].offsets[:1]
	}
	p.ts, p.valid, p.nulls, p.n = p.ts[:0], p.valid[:0], 0, 0
	if err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	return nil
}

func (p *parquetEncoder) flush() error {
	err := p.writeBatch()
	if cerr := p.fw.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("parquet: %w", cerr)
	}
	return err
}
