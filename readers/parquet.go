package readers

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// parquetBatch is the rows per record batch. Never 0: pqarrow reads a
// whole file as one batch then (LIBRARIES.md c).
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

// parquetTable yields rows of the projected columns, one record batch at a
// time. Records have one cell per column of the file; unread columns stay "".
type parquetTable struct {
	path   string
	rdr    *file.Reader
	header []string
	rows   int64
	cols   []int // projected columns, ascending
	rr     pqarrow.RecordReader
	batch  arrow.RecordBatch
	at     int // next row of batch
	n      int // rows yielded
	rec    []string
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
	for t.batch == nil || t.at >= int(t.batch.NumRows()) {
		if err := t.nextBatch(); err != nil {
			return nil, 0, err
		}
	}
	if t.rec == nil {
		t.rec = make([]string, len(t.header))
	}
	for j, c := range t.cols {
		t.rec[c] = cellString(t.batch.Column(j), t.at)
	}
	t.at++
	t.n++
	return t.rec, t.n, nil
}

// nextBatch moves to the next record batch; io.EOF after the last.
func (t *parquetTable) nextBatch() error {
	if t.rr == nil {
		if t.cols == nil {
			return fmt.Errorf("%s: internal error: Parquet columns not chosen", t.path)
		}
		fr, err := pqarrow.NewFileReader(t.rdr, pqarrow.ArrowReadProperties{BatchSize: parquetBatch}, parquetAlloc)
		if err != nil {
			return fmt.Errorf("%s: %w", t.path, err)
		}
		rr, err := fr.GetRecordReader(context.Background(), t.cols, nil)
		if err != nil {
			return fmt.Errorf("%s: cannot read columns %s: %w", t.path, t.colNames(), err)
		}
		t.rr = rr
		fields := rr.Schema().Fields()
		if len(fields) != len(t.cols) {
			return fmt.Errorf("%s: reading %d columns gave %d; bsmaudit reads flat Parquet files", t.path, len(t.cols), len(fields))
		}
		for j, c := range t.cols {
			if fields[j].Name != t.header[c] {
				return fmt.Errorf("%s: column %d is %q, expected %q; bsmaudit reads flat Parquet files", t.path, j, fields[j].Name, t.header[c])
			}
		}
	}
	t.batch, t.at = nil, 0
	if t.rr.Next() {
		t.batch = t.rr.RecordBatch() // owned by rr until the next Next
		return nil
	}
	if err := t.rr.Err(); err != nil && err != io.EOF {
		return fmt.Errorf("%s: reading after row %d: %w", t.path, t.n, err)
	}
	if int64(t.n) != t.rows {
		return fmt.Errorf("%s: the footer promises %d rows but %d were read; the file is damaged: copy or export it again", t.path, t.rows, t.n)
	}
	return io.EOF
}

func (t *parquetTable) colNames() string {
	names := make([]string, len(t.cols))
	for j, c := range t.cols {
		names[j] = t.header[c]
	}
	return quoteList(names)
}

// close releases the record reader (and with it the last batch) and the file.
func (t *parquetTable) close() error {
	if t.rr != nil {
		t.rr.Release()
		t.rr = nil
	}
	t.batch = nil
	return t.rdr.Close()
}
