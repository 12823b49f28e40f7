package readers

import (
	"fmt"
	"io"
	"time"
)

// opened is one input of any format, opened for reading: its header is
// known and its table is positioned on the first data record.
type opened struct {
	t        table
	header   []string
	format   string // csv, tsv, csv.gz, orders-tsv, xlsx, parquet
	encoding string
	notes    []string
	// pos turns the number a table returns with a record into a Pos.
	pos func(n int) Pos
	// unit names that number in row errors: "line" or "row".
	unit string
	// serial, when set, reads a number in a timestamp column as a
	// spreadsheet date serial (XLSX).
	serial func(v string, loc *time.Location) (time.Time, bool)
	close  func() error
	// done says how much of the file has been read, from 0 to 1, for the
	// progress bar; nil when the format cannot tell (XLSX).
	done func() float64
}

// headerSpec is what a header must map to: it finds the header row of a
// sheet, which need not be the first.
type headerSpec struct {
	idx       synonymIndex
	fields    []Field
	required  []Field
	overrides map[Field]string
	orders    bool // read Amazon's tab-separated flat file without quoting rules
}

// score rates headers as the header of a log: -1 when they lack a required
// field (or a --map column), else the number of fields they map.
func (hs headerSpec) score(h []string) int {
	m, err := mapHeader(h, hs.idx, hs.fields, hs.overrides)
	if err != nil {
		return -1
	}
	for _, f := range hs.required {
		if _, ok := m.col[f]; !ok {
			return -1
		}
	}
	return len(m.col)
}

// projector is a table that can read only some columns (Parquet): project
// is called with the mapped column indexes before the first next.
type projector interface {
	project(cols []int) error
}

// openTable opens path by its extension (content sniffing catches a file
// whose name lies) and reads its header.
func openTable(path, ext string, hs headerSpec, opt Options) (*opened, error) {
	switch ext {
	case ".xlsx", ".xlsm":
		return openXLSX(path, hs, opt)
	case ".parquet":
		return openParquet(path)
	}
	return openDelimited(path, ext, hs.orders)
}

// openDelimited opens a CSV/TSV/TXT file, gzipped or not.
func openDelimited(path, ext string, orders bool) (*opened, error) {
	src, err := openSource(path, ext)
	if err != nil {
		return nil, err
	}
	var t table = newCSVTable(src)
	o := &opened{format: src.format, encoding: src.encoding, unit: "line", close: src.close,
		pos: func(n int) Pos { return Pos{File: path, Line: n} }, done: src.done}
	if head, _ := src.r.Peek(sniffSize); orders && src.comma == '\t' && isAmazonHeader(head) {
		t = &tabTable{src: src, line: src.lineOff}
		o.format = "orders-tsv"
	}
	h, err := readHeader(path, t)
	if err != nil {
		src.close()
		return nil, err
	}
	o.t, o.header = t, h
	if src.note != "" {
		o.notes = append(o.notes, src.note)
	}
	switch {
	case src.sepLine:
		o.notes = append(o.notes, fmt.Sprintf("delimiter %q from the file's sep= first line", src.comma))
	case src.comma == ';':
		o.notes = append(o.notes, "semicolon-separated")
	}
	return o, nil
}

// peekTable lets Open look at the first data record and give it back.
type peekTable struct {
	t      table
	rec    []string
	line   int
	err    error
	peeked bool
}

// peek reads the first record; io.EOF means the file has no data rows.
func (p *peekTable) peek() error {
	rec, line, err := p.t.next()
	p.rec, p.line, p.err, p.peeked = append([]string(nil), rec...), line, err, true
	if err == io.EOF {
		return err
	}
	if _, syn := err.(*syntaxError); syn {
		return nil
	}
	return err
}

func (p *peekTable) next() ([]string, int, error) {
	if p.peeked {
		p.peeked = false
		return p.rec, p.line, p.err
	}
	return p.t.next()
}

// errHeaderOnly is the one-line error for a file with a header and no rows.
func errHeaderOnly(path, what string) error {
	return fmt.Errorf("%s: %s has a header but no rows; export it again with its rows, or leave it out", path, what)
}
