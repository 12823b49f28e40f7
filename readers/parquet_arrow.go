package readers

import (
	"context"
	"fmt"
	"io"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// arrowBatches reads the projected columns through pqarrow record batches
// and renders every cell with cellString. It is the path for column types
// the chunk readers of parquet_columns.go do not render themselves
// (decimals, times of day, fixed-size binary, extension types...): slower,
// but every type arrow knows is read as arrow renders it.
type arrowBatches struct {
	path  string
	rr    pqarrow.RecordReader
	cells [][]string
}

func newArrowBatches(path string, rdr *file.Reader, cols []int, names []string) (*arrowBatches, error) {
	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{BatchSize: parquetBatch}, parquetAlloc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	rr, err := fr.GetRecordReader(context.Background(), cols, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read columns %s: %w", path, quoteList(names), err)
	}
	fields := rr.Schema().Fields()
	if len(fields) != len(cols) {
		rr.Release()
		return nil, fmt.Errorf("%s: reading %d columns gave %d; bsmaudit reads flat Parquet files", path, len(cols), len(fields))
	}
	for j := range cols {
		if fields[j].Name != names[j] {
			rr.Release()
			return nil, fmt.Errorf("%s: column %d is %q, expected %q; bsmaudit reads flat Parquet files", path, j, fields[j].Name, names[j])
		}
	}
	return &arrowBatches{path: path, rr: rr, cells: make([][]string, len(cols))}, nil
}

// next renders the next record batch; io.EOF after the last.
func (b *arrowBatches) next(done int) ([][]string, int, error) {
	if !b.rr.Next() {
		if err := b.rr.Err(); err != nil && err != io.EOF {
			return nil, 0, fmt.Errorf("%s: reading after row %d: %w", b.path, done, err)
		}
		return nil, 0, io.EOF
	}
	batch := b.rr.RecordBatch() // owned by rr until the next Next
	rows := int(batch.NumRows())
	for j := range b.cells {
		b.cells[j] = renderArrow(b.cells[j], batch.Column(j), rows)
	}
	return b.cells, rows, nil
}

// renderArrow renders the first rows values of a into out, reused.
func renderArrow(out []string, a arrow.Array, rows int) []string {
	out = out[:0]
	for i := range rows {
		out = append(out, cellString(a, i))
	}
	return out
}

// close releases the record reader and with it the last batch.
func (b *arrowBatches) close() {
	b.rr.Release()
}
