package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// maxDataRows is how many data rows fit on a sheet under its header
// (excelize.TotalRows is 1,048,576 rows in all).
const maxDataRows = excelize.TotalRows - 1

// part is one sheet of a streamed table.
type part struct {
	name string
	ref  string // "'Name (2)'!A", to link to a row of column A
	sw   *excelize.StreamWriter
	row  int // the last row written
	// body holds the data rows: excelize writes the header and a marker
	// row that is replaced by body when the workbook is saved (rowFile).
	body *rowFile
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

	files *rowFiles // where parts keep their data rows
	enc   *rowXML

	// spool holds the rows until release when the sheet has a side block
	// (see spool); nil for a sheet streamed as it goes.
	spool *spool
	// side is the block written beside the table on the first part's rows
	// 1, 2... from column sideCol (1-based), whose widths are sideWidths.
	side       [][]any
	sideCol    int
	sideWidths []float64
	scratch    []any
}

// newStreamSheet starts the table on the sheet base, which must exist.
// Column widths, styles and the frozen header are set here: excelize
// rejects them once a row is written.
func newStreamSheet(f *excelize.File, files *rowFiles, base, table string, cols []column, header int) (*streamSheet, error) {
	s := &streamSheet{f: f, base: base, table: table, cols: cols, header: header, maxRows: maxDataRows}
	s.useFiles(files)
	if err := s.open(base); err != nil {
		return nil, err
	}
	return s, nil
}

// useFiles makes the sheet keep its data rows in files, encoded with the
// columns' styles.
func (s *streamSheet) useFiles(files *rowFiles) {
	styles := make([]int, len(s.cols))
	for i, c := range s.cols {
		styles[i] = c.style
	}
	dateStyle := func() (int, error) {
		// What excelize gives an unstyled date (LIBRARIES.md a).
		return s.f.NewStyle(&excelize.Style{NumFmt: 22})
	}
	s.files, s.enc = files, newRowXML(len(s.cols), styles, dateStyle)
}

// open starts a part on the existing sheet name and writes its header.
func (s *streamSheet) open(name string) error {
	sw, err := s.f.NewStreamWriter(name)
	if err != nil {
		return fmt.Errorf("sheet %s: %w", name, err)
	}
	for i, w := range s.sideWidths {
		if err := sw.SetColWidth(s.sideCol+i, s.sideCol+i, w); err != nil {
			return fmt.Errorf("sheet %s column %d width: %w", name, s.sideCol+i, err)
		}
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
	if len(s.parts) == 0 {
		hdr = s.withSide(hdr, 1)
	}
	if err := sw.SetRow("A1", hdr); err != nil {
		return fmt.Errorf("sheet %s: header: %w", name, err)
	}
	body, err := s.files.create(s.enc)
	if err != nil {
		return fmt.Errorf("sheet %s: %w", name, err)
	}
	s.parts = append(s.parts, part{name: name, ref: quoteSheet(name) + "!A", sw: sw, row: 1, body: body})
	return nil
}

// withSide returns values followed by the side block's cells of row r of
// the first part, or values unchanged when the block has none.
func (s *streamSheet) withSide(values []any, r int) []any {
	if r > len(s.side) {
		return values
	}
	out := append(s.scratch[:0], values...)
	for len(out) < s.sideCol-1 {
		out = append(out, nil)
	}
	out = append(out, s.side[r-1]...)
	s.scratch = out
	return out
}

// write appends one data row, starting a new part when the sheet is full.
// values may be reused by the caller: excelize serialises it at once (or
// the spool copies it).
func (s *streamSheet) write(values []any) error {
	if s.spool != nil {
		return s.spool.put(values)
	}
	return s.emit(values)
}

// emit writes one data row to the sheet.
func (s *streamSheet) emit(values []any) error {
	p := &s.parts[len(s.parts)-1]
	if p.row-1 >= s.maxRows {
		if err := p.body.end(); err != nil {
			return fmt.Errorf("sheet %s: %w", p.name, err)
		}
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
	if len(s.parts) == 1 {
		values = s.withSide(values, p.row)
	}
	if err := p.body.row(p.row, values); err != nil {
		return fmt.Errorf("sheet %s row %d: %w", p.name, p.row, err)
	}
	return nil
}

// newSpooledSheet prepares a table whose rows wait in a spool under dir
// until release writes them beside a side block; the sheet base must exist.
func newSpooledSheet(f *excelize.File, files *rowFiles, base, table string, cols []column, header int,
	dir string, sideWidths []float64) (*streamSheet, error) {
	sp, err := newSpool(dir)
	if err != nil {
		return nil, fmt.Errorf("sheet %s: %w", base, err)
	}
	s := &streamSheet{f: f, base: base, table: table, cols: cols, header: header, maxRows: maxDataRows,
		spool: sp, sideCol: len(cols) + 2, sideWidths: sideWidths}
	s.useFiles(files)
	return s, nil
}

// release opens the sheet and writes the spooled rows, with side (one
// slice of cells per row, from row 1) beside the first ones.
func (s *streamSheet) release(side [][]any) error {
	sp := s.spool
	if sp == nil {
		return nil
	}
	defer sp.remove()
	s.spool, s.side = nil, side
	if err := s.open(s.base); err != nil {
		return err
	}
	return sp.replay(s.emit)
}

// discard removes the spool of a sheet that is never released.
func (s *streamSheet) discard() error {
	if s == nil {
		return nil
	}
	return s.spool.remove()
}

// lastCell is the reference of column A of the last row written, for a
// link to it: "'Messages (2)'!A7".
func (s *streamSheet) lastCell() string {
	p := &s.parts[len(s.parts)-1]
	return p.ref + strconv.Itoa(p.row)
}

// quoteSheet is a sheet name as a formula or link refers to it.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
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
		if i == 0 {
			// The side block's rows below the table's last row.
			for r := max(p.row, 1) + 1; r <= len(s.side); r++ {
				if err := p.body.row(r, s.withSide(nil, r)); err != nil {
					return fmt.Errorf("sheet %s row %d: %w", p.name, r, err)
				}
			}
		}
		// The marker row, replaced by the data rows when the workbook is saved.
		if err := p.sw.SetRow("A2", []any{p.body.marker}); err != nil {
			return fmt.Errorf("sheet %s: %w", p.name, err)
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
