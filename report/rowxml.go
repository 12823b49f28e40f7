package report

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"
)

// rowXML encodes the data rows of a streamed table as the sheet XML that
// excelize's StreamWriter.SetRow writes, byte for byte but for one thing
// (TestRowXMLMatchesExcelize compares them), without its per-cell
// allocations and regular expressions: SetRow was most of the report's
// CPU time. The one thing: a cell right after its left neighbour has no
// reference (r="B7"), which the format makes optional (a reader places it
// in the next column; Excel, LibreOffice, openpyxl and excelize do). The
// references are a fifth of a message row's XML and, counting up, the
// part that compresses worst: without them the 1M-message report is a
// third smaller and its deflating a quarter cheaper. Only what our rows hold is supported: nil, string, int, int64,
// float64, bool, time.Time and excelize.Cell wrapping one of those, and the
// pointers a rowArena boxes instead (*string, *cleanText, *time.Time,
// *excelize.Cell), written as the values they point to.
type rowXML struct {
	refs      []string // column letters, "A", "B"...
	colStyles []int    // the column's style, given to unstyled cells
	dateStyle func() (int, error)
}

// newRowXML prepares the encoder for rows of up to width cells whose
// columns have the styles colStyles (the rest have none). dateStyle gives
// the style excelize would add to a date without one.
func newRowXML(width int, colStyles []int, dateStyle func() (int, error)) *rowXML {
	e := &rowXML{colStyles: colStyles, dateStyle: dateStyle}
	e.grow(width)
	return e
}

func (e *rowXML) grow(width int) {
	for c := len(e.refs) + 1; c <= width; c++ {
		name, _ := excelize.ColumnNumberToName(c)
		e.refs = append(e.refs, name)
	}
}

// appendRow appends row r holding values from column A.
func (e *rowXML) appendRow(b []byte, r int, values []any) ([]byte, error) {
	if len(values) > len(e.refs) {
		if len(values) > excelize.MaxColumns {
			return b, fmt.Errorf("row %d has %d cells, more than a sheet's %d columns", r, len(values), excelize.MaxColumns)
		}
		e.grow(len(values))
	}
	var digits [20]byte // the row number, without allocating it
	row := strconv.AppendInt(digits[:0], int64(r), 10)
	b = append(b, `<row r="`...)
	b = append(b, row...)
	b = append(b, `">`...)
	var err error
	next := 0 // the column a cell without a reference lands in
	for i, v := range values {
		if v == nil {
			continue
		}
		ref := e.refs[i]
		if i == next {
			ref = ""
		}
		next = i + 1
		style := 0
		if i < len(e.colStyles) {
			style = e.colStyles[i]
		}
		formula := ""
		switch c := v.(type) {
		case excelize.Cell:
			if c.StyleID > 0 {
				style = c.StyleID
			}
			formula, v = c.Formula, c.Value
		case *excelize.Cell:
			if c != nil {
				if c.StyleID > 0 {
					style = c.StyleID
				}
				formula, v = c.Formula, c.Value
			}
		}
		if b, err = e.appendCell(b, ref, row, style, formula, v); err != nil {
			return b, fmt.Errorf("row %d column %s: %w", r, e.refs[i], err)
		}
	}
	return append(b, `</row>`...), nil
}

// appendCell writes one <c> element the way excelize's writeCell does.
func (e *rowXML) appendCell(b []byte, col string, row []byte, style int, formula string, v any) ([]byte, error) {
	typ, num, text, inline, clean := "", "", "", false, false
	if formula != "" {
		typ = "str"
	}
	switch v := v.(type) {
	case nil:
	case string:
		text, inline = v, true
	case *string:
		if v != nil {
			text, inline = *v, true
		}
	case *cleanText:
		if v != nil {
			text, inline, clean = string(*v), true, true
		}
	case int:
		typ, num = "", strconv.Itoa(v)
	case int64:
		typ, num = "", strconv.FormatInt(v, 10)
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			text, inline = fmt.Sprint(v), true
		} else {
			typ, num = "", formatFloat(v)
		}
	case bool:
		typ, num = "b", "0"
		if v {
			num = "1"
		}
	case time.Time:
		return e.appendTime(b, col, row, style, formula, v)
	case *time.Time:
		if v != nil {
			return e.appendTime(b, col, row, style, formula, *v)
		}
	default:
		return b, fmt.Errorf("cannot write a %T", v)
	}
	if inline && formula != "" {
		// A formula's cached text: excelize's setStr.
		text = truncateUTF16(text)
		typ, num, inline = "str", bstrMarshal(text), false
		b = appendCellStart(b, col, row, style, typ, needsPreserve(text))
		return appendFormulaValue(b, formula, num), nil
	}
	if inline {
		text = truncateUTF16(text)
		b = appendCellStart(b, col, row, style, "inlineStr", false)
		b = append(b, `<is><t`...)
		if needsPreserve(text) {
			b = append(b, ` xml:space="preserve"`...)
		}
		b = append(b, '>')
		b = appendInlineText(b, text, clean)
		return append(b, `</t></is></c>`...), nil
	}
	b = appendCellStart(b, col, row, style, typ, false)
	return appendFormulaValue(b, formula, num), nil
}

// appendTime writes a date cell the way excelize's writeCell does.
func (e *rowXML) appendTime(b []byte, col string, row []byte, style int, formula string, t time.Time) ([]byte, error) {
	serial, ok := excelSerial(t)
	if !ok {
		// Before 1900: excelize writes RFC 3339 text, unescaped.
		b = appendCellStart(b, col, row, style, "inlineStr", false)
		if formula != "" {
			b = append(b, `<f>`...)
			b = appendEscaped(b, formula, false)
			b = append(b, `</f>`...)
		}
		b = append(b, `<is><t>`...)
		b = append(b, excelText(t)...)
		return append(b, `</t></is></c>`...), nil
	}
	if style == 0 {
		s, err := e.dateStyle()
		if err != nil {
			return b, err
		}
		style = s
	}
	b = appendCellStart(b, col, row, style, "", false)
	if formula != "" {
		b = append(b, `<f>`...)
		b = appendEscaped(b, formula, false)
		b = append(b, `</f>`...)
	}
	// The digits of a float need no escaping.
	b = append(b, `<v>`...)
	b = strconv.AppendFloat(b, serial, 'f', -1, 64)
	return append(b, `</v></c>`...), nil
}

// appendCellStart writes `<c r="A2" s="3" t="str">` for column col of row,
// or `<c s="3" t="str">` when col is "" (the cell after the last one).
func appendCellStart(b []byte, col string, row []byte, style int, typ string, preserve bool) []byte {
	b = append(b, `<c`...)
	if preserve {
		b = append(b, ` xml:space="preserve"`...)
	}
	if col != "" {
		b = append(b, ` r="`...)
		b = append(b, col...)
		b = append(b, row...)
		b = append(b, '"')
	}
	if style != 0 {
		b = append(b, ` s="`...)
		b = strconv.AppendInt(b, int64(style), 10)
		b = append(b, '"')
	}
	if typ != "" {
		b = append(b, ` t="`...)
		b = append(b, typ...)
		b = append(b, '"')
	}
	return append(b, '>')
}

// appendFormulaValue writes the optional <f> and <v> and closes the cell.
func appendFormulaValue(b []byte, formula, value string) []byte {
	if formula != "" {
		b = append(b, `<f>`...)
		b = appendEscaped(b, formula, false)
		b = append(b, `</f>`...)
	}
	if value != "" {
		b = append(b, `<v>`...)
		b = appendEscaped(b, value, false)
		b = append(b, `</v>`...)
	}
	return append(b, `</c>`...)
}

// appendInlineText writes an inline string's text: escaped as XML with
// line feeds kept, then with literal "_xHHHH_" sequences escaped
// (excelize's trimCellValue). clean says s is a cleanText.
func appendInlineText(b []byte, s string, clean bool) []byte {
	start := len(b)
	b, underscoreX := escapeText(b, s, true, clean)
	if !underscoreX {
		return b
	}
	// Escaping neither makes nor breaks an "_x": s has one, so has the
	// escaped text, which bstrMarshal reads.
	esc := string(b[start:])
	return append(b[:start], bstrMarshal(esc)...)
}

// needsPreserve reports whether s starts or ends with white space, which
// excelize marks xml:space="preserve".
func needsPreserve(s string) bool {
	if s == "" {
		return false
	}
	isSpace := func(c byte) bool { return c == 9 || c == 10 || c == 13 || c == 32 }
	return isSpace(s[0]) || isSpace(s[len(s)-1])
}
