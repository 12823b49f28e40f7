package report

import (
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// maxDataRows is how many data rows fit on a sheet under its header
// (excelize.TotalRows is 1,048,576 rows in all).
const maxDataRows = excelize.TotalRows - 1

// part is one sheet of a streamed table.
type part struct {
	name string
	sw   *excelize.StreamWriter
	row  int // the last row written
}

// column is one column of a table: its header, width and default style.
type column struct {
	header string
	width  float64
	style  int // the column's style (date, wrap...), 0 for none
}

// streamSheet writes one streamed table. A sheet holds at most maxRows data
// rows; the rows after that continue on "Name (2)", "Name (3)"... each with
// the same header and its own table ("Name_2"...).
//
// A full part is not flushed until finish: excelize's MoveSheet (needed to
// put a continuation sheet next to its first part) panics once a flushed
// stream has spilled to its temporary file, because it re-reads every sheet
// (UngroupSheets ignores the read error). Unflushed streams are still blank
// worksheets to excelize, so moving sheets is safe (and cheap) before finish.
type streamSheet struct {
	f       *excelize.File
	base    string // the first part's sheet name, e.g. "Messages"
	table   string // the first part's table name, e.g. "Messages"
	cols    []column
	header  int // the header row's style
	maxRows int

	parts []part // every part, in order; the last one is being written
	rows  int    // data rows written on all parts
}

// newStreamSheet starts the table on the sheet base, which must exist.
// Column widths, styles and the frozen header are set here: excelize
// rejects them once a row is written.
func newStreamSheet(f *excelize.File, base, table string, cols []column, header int) (*streamSheet, error) {
	s := &streamSheet{f: f, base: base, table: table, cols: cols, header: header, maxRows: maxDataRows}
	if err := s.open(base); err != nil {
		return nil, err
	}
	return s, nil
}

// open starts a part on the existing sheet name and writes its header.
func (s *streamSheet) open(name string) error {
	sw, err := s.f.NewStreamWriter(name)
	if err != nil {
		return fmt.Errorf("sheet %s: %w", name, err)
	}
	for i, c := range s.cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return fmt.Errorf("sheet %s column %d width: %w", name, i+1, err)
		}
		if c.style != 0 {
			if err := sw.SetColStyle(i+1, i+1, c.style); err != nil {
				return fmt.Errorf("sheet %s column %d style: %w", name, i+1, err)
			}
		}
	}
	if err := sw.SetPanes(frozenHeader()); err != nil {
		return fmt.Errorf("sheet %s: freezing the header: %w", name, err)
	}
	hdr := make([]any, len(s.cols))
	for i, c := range s.cols {
		hdr[i] = excelize.Cell{StyleID: s.header, Value: c.header}
	}
	if err := sw.SetRow("A1", hdr, excelize.RowOpts{StyleID: s.header}); err != nil {
		return fmt.Errorf("sheet %s: header: %w", name, err)
	}
	s.parts = append(s.parts, part{name: name, sw: sw, row: 1})
	return nil
}

// write appends one data row, starting a new part when the sheet is full.
// values may be reused by the caller: excelize serialises it at once.
func (s *streamSheet) write(values []any) error {
	p := &s.parts[len(s.parts)-1]
	if p.row-1 >= s.maxRows {
		name := fmt.Sprintf("%s (%d)", s.base, len(s.parts)+1)
		if _, err := s.f.NewSheet(name); err != nil {
			return fmt.Errorf("adding sheet %s: %w", name, err)
		}
		if err := s.open(name); err != nil {
			return err
		}
		p = &s.parts[len(s.parts)-1]
	}
	p.row++
	s.rows++
	if err := p.sw.SetRow("A"+strconv.Itoa(p.row), values); err != nil {
		return fmt.Errorf("sheet %s row %d: %w", p.name, p.row, err)
	}
	return nil
}

// names lists the parts' sheet names, in order.
func (s *streamSheet) names() []string {
	out := make([]string, len(s.parts))
	for i, p := range s.parts {
		out[i] = p.name
	}
	return out
}

// finish adds each part's table and flushes it. With no data row excelize
// stretches the table over one empty row, which Excel accepts (it does the
// same for a table made from a lone header).
func (s *streamSheet) finish() error {
	for i := range s.parts {
		p := &s.parts[i]
		if p.sw == nil {
			continue
		}
		last, err := excelize.CoordinatesToCellName(len(s.cols), p.row)
		if err != nil {
			return fmt.Errorf("sheet %s: %w", p.name, err)
		}
		tbl := s.table
		if i > 0 {
			tbl = s.table + "_" + strconv.Itoa(i+1)
		}
		if err := p.sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: tbl, StyleName: "TableStyleLight9"}); err != nil {
			return fmt.Errorf("sheet %s: adding table %s: %w", p.name, tbl, err)
		}
		if err := p.sw.Flush(); err != nil {
			return fmt.Errorf("sheet %s: %w", p.name, err)
		}
		p.sw = nil
	}
	return nil
}

// frozenHeader freezes the first row.
func frozenHeader() *excelize.Panes {
	return &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}
}
