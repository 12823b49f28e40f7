package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// block writes a normal-mode sheet top to bottom, one row at a time; the
// first error sticks and ends the writing.
type block struct {
	f     *excelize.File
	st    *styles
	c     *cells
	sheet string
	r     int // the next row
	err   error
}

// row writes values from column A on the next row and returns its number.
func (b *block) row(values ...any) int {
	r := b.r
	b.r++
	if b.err == nil {
		b.err = setRow(b.f, b.sheet, r, values)
	}
	return r
}

// kv writes a labelled value.
func (b *block) kv(label string, values ...any) int {
	return b.row(append([]any{excelize.Cell{StyleID: b.st.label, Value: label}}, values...)...)
}

// section leaves a blank row and writes a heading.
func (b *block) section(title string) {
	b.r++
	b.row(excelize.Cell{StyleID: b.st.section, Value: title})
}

// header writes a table header row.
func (b *block) header(names ...string) {
	vals := make([]any, len(names))
	for i, n := range names {
		vals[i] = excelize.Cell{StyleID: b.st.header, Value: n}
	}
	b.row(vals...)
}

// link writes a labelled link to cell of sheet, shown as "sheet ›".
func (b *block) link(label, sheet, cell string) {
	r := b.kv(label, excelize.Cell{StyleID: b.st.link, Value: sheet + " ›"})
	if b.err != nil {
		return
	}
	ref := "B" + itoa(r)
	if err := b.f.SetCellHyperLink(b.sheet, ref, quoteSheet(sheet)+"!"+cell, "Location"); err != nil {
		b.err = fmt.Errorf("cell %s: link to %s: %w", ref, sheet, err)
	}
}
