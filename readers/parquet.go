package readers

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/file"
)

// parquetBatch is the rows per batch. Never 0: pqarrow reads a whole file
// as one batch then (LIBRARIES.md c).
const parquetBatch = 8192

// parquetAlloc allocates Parquet buffers; tests swap in a checked
// allocator to prove every buffer is released.
var parquetAlloc memory.Allocator = memory.DefaultAllocator

// openParquet opens a Parquet file: the header is its (flat) column names;
// no data is read until project has chosen the columns.
func openParquet(path string) (o *opened, err error) {
	if err := sniffParquet(path); err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			o, err = nil, fmt.Errorf("%s: the Parquet file is damaged (%v); copy or export it again", path, r)
		}
	}()
	rdr, err := file.OpenParquetFile(path, false, file.WithReadProps(parquet.NewReaderProperties(parquetAlloc)))
	if err != nil {
		return nil, fmt.Errorf("%s: the Parquet footer cannot be read (%v): the file is truncated or damaged; copy or export it again", path, err)
	}
	sc := rdr.MetaData().Schema
	header := make([]string, sc.NumColumns())
	for i := range header {
		header[i] = sc.Column(i).Path()
	}
	t := &parquetTable{path: path, rdr: rdr, header: header, rows: rdr.NumRows()}
	o = &opened{t: t, header: header, format: "parquet", encoding: "utf-8", unit: "row",
		pos:   func(n int) Pos { return Pos{File: path, Row: n} },
		close: t.close}
	if t.rows > 0 { // the footer knows the row count
		o.done = func() float64 { return float64(t.n) / float64(t.rows) }
	}
	return o, nil
}

// sniffParquet checks the magic bytes at both ends: "PAR1".
func sniffParquet(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	head := make([]byte, 4)
	n, _ := io.ReadFull(f, head)
	switch {
	case n == 0:
		return fmt.Errorf("%s: the file is empty; export the Parquet file again", path)
	case !bytes.Equal(head[:n], []byte("PAR1")):
		what := "not a Parquet file"
		switch {
		case bytes.HasPrefix(head, []byte("PK")):
			what = "a ZIP or XLSX file, not Parquet; if it is a workbook, rename it to .xlsx"
		case validUTF8Prefix(head[:n]):
			what = "a text file (CSV?), not Parquet; rename it to .csv or .tsv"
		}
		return fmt.Errorf("%s: this is %s", path, what)
	}
	tail := make([]byte, 4)
	if st.Size() < 12 {
		return fmt.Errorf("%s: the Parquet file is truncated (%d bytes); copy or export it again", path, st.Size())
	}
	if _, err := f.ReadAt(tail, st.Size()-4); err != nil || !bytes.Equal(tail, []byte("PAR1")) {
		return fmt.Errorf("%s: the Parquet file has no footer, so it is truncated (an interrupted copy or export); copy or export it again", path)
	}
	return nil
}

// parquetTable yields rows of the projected columns, a batch of rows at a
// time. Records have one cell per column of the file; unread columns stay "".
type parquetTable struct {
	path   string
	rdr    *file.Reader
	header []string
	rows   int64
	cols   []int // projected columns, ascending
	src    cellBatches
	cells  [][]string // the batch: cells[j][i] is row i of column cols[j]
	size   int        // rows in the batch
	at     int        // next row of the batch
	n      int        // rows yielded
	rec    []string
}

// cellBatches yields the projected columns as text, a batch of rows at a
// time: cells[j][i] is the text of row i of the j-th projected column. The
// slices are reused by the next call; the strings are not.
type cellBatches interface {
	// next reads the batch after the done rows already read; io.EOF
	// after the last.
	next(done int) (cells [][]string, rows int, err error)
	close()
}

func (t *parquetTable) project(cols []int) error {
	sc := t.rdr.MetaData().Schema
	for _, c := range cols {
		col := sc.Column(c)
		if col.MaxRepetitionLevel() > 0 || len(col.ColumnPath()) > 1 {
			return fmt.Errorf("%s: column %q is nested or repeated; bsmaudit reads flat columns: flatten it in the export", t.path, t.header[c])
		}
	}
	t.cols = cols
	return nil
}

func (t *parquetTable) next() (rec []string, n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			rec, n, err = nil, 0, fmt.Errorf("%s: the Parquet data after row %d is damaged (%v); copy or export it again", t.path, t.n, r)
		}
	}()
	for t.at >= t.size {
		if err := t.nextBatch(); err != nil {
			return nil, 0, err
		}
	}
	if t.rec == nil {
		t.rec = make([]string, len(t.header))
	}
	for j, c := range t.cols {
		t.rec[c] = t.cells[j][t.at]
	}
	t.at++
	t.n++
	return t.rec, t.n, nil
}

// nextBatch moves to the next batch; io.EOF after the last.
func (t *parquetTable) nextBatch() error {
	if t.src == nil {
		if t.cols == nil {
			return fmt.Errorf("%s: internal error: Parquet columns not chosen", t.path)
		}
		if err := t.open(); err != nil {
			return err
		}
	}
	t.at, t.size = 0, 0
	cells, size, err := t.src.next(t.n)
	if err == nil {
		t.cells, t.size = cells, size
		return nil
	}
	if err != io.EOF {
		return err
	}
	if int64(t.n) != t.rows {
		return fmt.Errorf("%s: the footer promises %d rows but %d were read; the file is damaged: copy or export it again", t.path, t.rows, t.n)
	}
	return io.EOF
}

// open chooses how to read the projected columns: with the column chunk
// readers when bsmaudit renders all their types itself, else through
// pqarrow record batches.
func (t *parquetTable) open() error {
	names := make([]string, len(t.cols))
	for j, c := range t.cols {
		names[j] = t.header[c]
	}
	if src, ok := newColumnBatches(t.path, t.rdr, t.cols, names); ok {
		t.src = src
		return nil
	}
	ab, err := newArrowBatches(t.path, t.rdr, t.cols, names)
	if err != nil {
		return err
	}
	t.src = ab
	return nil
}

// close releases the column readers (and with them the pages) and the file.
func (t *parquetTable) close() error {
	if t.src != nil {
		t.src.close()
		t.src = nil
	}
	t.cells = nil
	return t.rdr.Close()
}
