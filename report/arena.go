package report

import (
	"time"

	"github.com/xuri/excelize/v2"
)

// rowArena holds the values of the streamed row being built, so that its
// cells are boxed in their []any as pointers: boxing a string, a time or an
// excelize.Cell in an interface allocates, boxing a pointer does not, and
// the report boxes some twenty values a message (most of its allocations).
//
// A row is encoded (rowXML) or copied (spool) as soon as it is built, and
// the arena is reset after each row (XLSX.put). Only rowXML and the spool
// know these pointers (*string, *cleanText, *time.Time, *excelize.Cell): a
// row built with an arena must never reach excelize. A row needing more
// slots than the arena has gets plain values for the rest.
type rowArena struct {
	strs       [48]string
	times      [4]time.Time
	cells      [8]excelize.Cell
	ns, nt, nc int
}

// cleanText is text cellText made safe: valid UTF-8 that XML can hold.
// rowXML escapes it without checking its runes again (it checks any other
// string: the check was a tenth of the report's time on non-Latin text).
type cleanText string

// reset frees the slots for the next row.
func (a *rowArena) reset() { a.ns, a.nt, a.nc = 0, 0, 0 }

// str is s as a cell value.
func (c *cells) str(s string) any {
	if a := c.arena; a != nil && a.ns < len(a.strs) {
		a.strs[a.ns] = s
		a.ns++
		return &a.strs[a.ns-1]
	}
	return s
}

// clean is s, a result of cellText, as a cell value.
func (c *cells) clean(s string) any {
	if a := c.arena; a != nil && a.ns < len(a.strs) {
		a.strs[a.ns] = s
		a.ns++
		return (*cleanText)(&a.strs[a.ns-1])
	}
	return s
}

// timeValue is t as a cell value.
func (c *cells) timeValue(t time.Time) any {
	if a := c.arena; a != nil && a.nt < len(a.times) {
		a.times[a.nt] = t
		a.nt++
		return &a.times[a.nt-1]
	}
	return t
}

// cell is an excelize.Cell as a cell value.
func (c *cells) cell(style int, formula string, v any) any {
	if a := c.arena; a != nil && a.nc < len(a.cells) {
		a.cells[a.nc] = excelize.Cell{StyleID: style, Formula: formula, Value: v}
		a.nc++
		return &a.cells[a.nc-1]
	}
	return excelize.Cell{StyleID: style, Formula: formula, Value: v}
}
