package report

import (
	"bytes"
	"fmt"

	"github.com/xuri/excelize/v2"
)

// excelize's stream writer declares every sheet's used range as A1 (it
// writes the declaration before the rows it has not seen yet). Readers
// that trust it see one cell: openpyxl in read-only mode, and others that
// size their grid from it. reportZip writes the real range instead, from
// the cells of the sheet's XML and its spliced rows (rowFile.extent).

// dimensionA1 is the declaration excelize writes.
var dimensionA1 = []byte(`<dimension ref="A1"></dimension>`)

// extent is a used range: the last row and the last column (1-based); 0
// for none.
type extent struct{ rows, cols int }

// add widens e to hold o.
func (e *extent) add(o extent) {
	e.rows, e.cols = max(e.rows, o.rows), max(e.cols, o.cols)
}

// cellsExtent is the range of the cells of sheet XML b (their r="B12"
// references).
func cellsExtent(b []byte) extent {
	var e extent
	for {
		i := bytes.Index(b, []byte(`<c r="`))
		if i < 0 {
			return e
		}
		b = b[i+len(`<c r="`):]
		col, row, k := 0, 0, 0
		for ; k < len(b) && 'A' <= b[k] && b[k] <= 'Z'; k++ {
			col = col*26 + int(b[k]-'A'+1)
		}
		for ; k < len(b) && '0' <= b[k] && b[k] <= '9'; k++ {
			row = row*10 + int(b[k]-'0')
		}
		if k < len(b) && b[k] == '"' && col > 0 && row > 0 {
			e.add(extent{rows: row, cols: col})
		}
		b = b[k:]
	}
}

// withDimension returns sheet with its A1 declaration replaced by e's
// range; sheet as it is when it has no such declaration or e is empty.
func withDimension(sheet []byte, e extent) []byte {
	i := bytes.Index(sheet, dimensionA1)
	if i < 0 || e.rows == 0 || e.cols == 0 || e.rows == 1 && e.cols == 1 {
		return sheet
	}
	last, err := excelize.CoordinatesToCellName(e.cols, e.rows)
	if err != nil {
		return sheet
	}
	out := make([]byte, 0, len(sheet)+16)
	out = append(out, sheet[:i]...)
	out = fmt.Appendf(out, `<dimension ref="A1:%s"></dimension>`, last)
	return append(out, sheet[i+len(dimensionA1):]...)
}
