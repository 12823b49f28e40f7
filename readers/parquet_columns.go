package readers

import (
	"fmt"
	"io"

	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// Reading Parquet with the column chunk readers of parquet/file rather
// than pqarrow record batches: pqarrow builds a fresh arrow array per
// column and batch, and the cells were then copied out of it one string at
// a time, about 2.8 kB of garbage per row of a 14-column log. Here every
// buffer (values, definition levels, the batch of cells) is reused from one
// batch to the next; what is allocated per batch is only the text that
// must outlive it (readers.Row's strings are kept by the caller after the
// batch: audit holds a few thousand rows in flight between its reader and
// its spill, and the orders book keeps account names), once per page read
// (see columnText.read).

// columnBatch is the rows per batch of columnBatches: enough for the
// chunk readers to decode a run of values per call, few enough that the
// batch's values and cells stay in the CPU cache (and a small file does
// not pay for buffers of 8192 rows).
const columnBatch = 1024

// columnBatches reads the projected columns row group by row group, with
// one column chunk reader per column.
type columnBatches struct {
	path  string
	rdr   *file.Reader
	cols  []*columnText
	rg    int   // the next row group
	left  int64 // rows of the current row group not yet read
	cells [][]string
}

// newColumnBatches prepares to read cols; ok is false when a column has a
// type that columnText does not render like cellString (the caller then
// reads through pqarrow).
func newColumnBatches(path string, rdr *file.Reader, cols []int, names []string) (*columnBatches, bool) {
	manifest, err := pqarrow.NewSchemaManifest(rdr.MetaData().Schema, rdr.MetaData().KeyValueMetadata(), &pqarrow.ArrowReadProperties{})
	if err != nil {
		return nil, false // pqarrow then says why, in the words of its own error
	}
	b := &columnBatches{path: path, rdr: rdr, cells: make([][]string, len(cols))}
	for j, c := range cols {
		f, err := manifest.GetColumnField(c)
		if err != nil || f.Field == nil {
			return nil, false
		}
		col, ok := newColumnText(rdr.MetaData().Schema.Column(c), f.Field.Type, names[j], c)
		if !ok {
			return nil, false
		}
		b.cols = append(b.cols, col)
	}
	return b, true
}

// next reads up to columnBatch rows of the current row group, moving to
// the next row group when it is done; io.EOF after the last.
func (b *columnBatches) next(done int) ([][]string, int, error) {
	for b.left == 0 {
		if b.rg >= b.rdr.NumRowGroups() {
			return nil, 0, io.EOF
		}
		if err := b.openRowGroup(done); err != nil {
			return nil, 0, err
		}
	}
	n := int(min(b.left, columnBatch))
	for j, col := range b.cols {
		if cap(b.cells[j]) < n {
			b.cells[j] = make([]string, n)
		}
		b.cells[j] = b.cells[j][:n]
		if err := col.read(b.cells[j]); err != nil {
			return nil, 0, fmt.Errorf("%s: column %q after row %d cannot be read (%v): the file is damaged; copy or export it again", b.path, col.name, done, err)
		}
	}
	b.left -= int64(n)
	return b.cells, n, nil
}

// openRowGroup gives every column the chunk reader of the next row group.
func (b *columnBatches) openRowGroup(done int) error {
	rg := b.rdr.RowGroup(b.rg)
	b.rg++
	b.left = rg.NumRows()
	if b.left < 0 {
		return fmt.Errorf("%s: row group %d claims %d rows: the file is damaged; copy or export it again", b.path, b.rg, b.left)
	}
	for _, col := range b.cols {
		col.closeChunk()
		cr, err := rg.Column(col.index)
		if err != nil {
			return fmt.Errorf("%s: column %q of row group %d after row %d cannot be read (%v): the file is damaged; copy or export it again", b.path, col.name, b.rg, done, err)
		}
		col.cr = cr
	}
	return nil
}

// close releases every column chunk reader and with it its pages.
func (b *columnBatches) close() {
	for _, col := range b.cols {
		col.closeChunk()
	}
}
