package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// The report's palette: one navy for titles, links and key numbers, and one
// fill/font pair per meaning (bad, warning, good, info), used for severities,
// outcomes, breaches and tiles alike so that a colour means one thing.
const (
	colNavy     = "1F4E79"
	colHeader   = "D9E1F2"
	colTile     = "F2F5FA"
	colGrey     = "595959"
	colBadFont  = "9C0006"
	colBadFill  = "FDE2E1"
	colBadMark  = "C62828"
	colWarnFont = "9C5700"
	colWarnFill = "FFF2CC"
	colGoodFont = "2E7D32"
	colGoodFill = "E2EFDA"
	colInfoFill = "DDEBF7"
)

// styles are the cell styles of the report, created once per workbook, so
// that a row only ever names a style ID (never a per-cell lookup).
// Dates always get an explicit format: excelize's automatic one shows the
// first day of a month as "Jan-25" even with a time of day (LIBRARIES.md a).
type styles struct {
	header   int // bold on grey, bottom border, wrapped
	dateTime int // yyyy-mm-dd hh:mm:ss
	date     int // yyyy-mm-dd
	wrap     int // wrapped text, top-aligned (subject, body, evidence)
	hours    int // 0.0
	decimal  int // 0.00
	percent  int // 0.0%
	badPct   int // 0.0%, bold red: a share under its target
	title    int // the Summary's title
	section  int // a block heading on Summary and Policy
	label    int // a key in a key/value block
	note     int // a plain sentence, wrapped
	ok       int // the reconciliation check mark
	bad      int // MISMATCH, a breach's excess
	link     int // a hyperlink to another sheet or row

	// Severity of a finding and outcome of a buyer's message, by meaning.
	sevError, sevWarning, sevInfo int
	good, warn                    int // an outcome within target / late

	// Summary tiles: the number, the number as a share, a number that is
	// bad news, and the caption under it.
	tile, tilePct, tileBad, tileBadPct, tileLabel int

	breach  int // conditional format of a Daily row over the limit; unanswered
	lateRow int // conditional format of a late answer
}

// newStyles registers the report's styles with f.
func newStyles(f *excelize.File) (*styles, error) {
	var st styles
	border := []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}
	fill := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }
	center := &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	tile := func(color string, pct bool) excelize.Style {
		s := excelize.Style{Font: &excelize.Font{Bold: true, Size: 20, Color: color}, Fill: fill(colTile),
			Alignment: center, NumFmt: 3, // #,##0
			Border: []excelize.Border{{Type: "top", Color: colNavy, Style: 2}}}
		if pct {
			s.NumFmt, s.CustomNumFmt = 0, strPtr("0.0%")
		}
		return s
	}
	defs := []struct {
		dst   *int
		style excelize.Style
	}{
		{&st.header, excelize.Style{
			Font: &excelize.Font{Bold: true}, Fill: fill(colHeader), Border: border,
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
		}},
		{&st.dateTime, excelize.Style{CustomNumFmt: strPtr("yyyy-mm-dd hh:mm:ss")}},
		{&st.date, excelize.Style{CustomNumFmt: strPtr("yyyy-mm-dd")}},
		{&st.wrap, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.hours, excelize.Style{CustomNumFmt: strPtr("0.0")}},
		{&st.decimal, excelize.Style{CustomNumFmt: strPtr("0.00")}},
		{&st.percent, excelize.Style{CustomNumFmt: strPtr("0.0%")}},
		{&st.badPct, excelize.Style{CustomNumFmt: strPtr("0.0%"), Font: &excelize.Font{Bold: true, Color: colBadMark}}},
		{&st.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 16, Color: colNavy}}},
		{&st.section, excelize.Style{Font: &excelize.Font{Bold: true, Size: 12, Color: colNavy}, Border: border}},
		{&st.label, excelize.Style{Font: &excelize.Font{Color: "404040"}}},
		{&st.note, excelize.Style{Font: &excelize.Font{Color: colGrey}}},
		{&st.ok, excelize.Style{Font: &excelize.Font{Bold: true, Color: colGoodFont}}},
		{&st.bad, excelize.Style{Font: &excelize.Font{Bold: true, Color: colBadMark}}},
		{&st.link, excelize.Style{Font: &excelize.Font{Color: colNavy, Underline: "single"}}},
		{&st.sevError, excelize.Style{Font: &excelize.Font{Bold: true, Color: colBadFont}, Fill: fill(colBadFill)}},
		{&st.sevWarning, excelize.Style{Font: &excelize.Font{Color: colWarnFont}, Fill: fill(colWarnFill)}},
		{&st.sevInfo, excelize.Style{Font: &excelize.Font{Color: colNavy}, Fill: fill(colInfoFill)}},
		{&st.good, excelize.Style{Font: &excelize.Font{Color: colGoodFont}, Fill: fill(colGoodFill)}},
		{&st.warn, excelize.Style{Font: &excelize.Font{Color: colWarnFont}, Fill: fill(colWarnFill)}},
		{&st.tile, tile(colNavy, false)},
		{&st.tilePct, tile(colNavy, true)},
		{&st.tileBad, tile(colBadMark, false)},
		{&st.tileBadPct, tile(colBadMark, true)},
		{&st.tileLabel, excelize.Style{Font: &excelize.Font{Size: 9, Color: colGrey}, Fill: fill(colTile),
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top", WrapText: true}}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return nil, fmt.Errorf("creating a cell style: %w", err)
		}
		*d.dst = id
	}
	for _, c := range []struct {
		dst        *int
		font, fill string
	}{{&st.breach, colBadFont, colBadFill}, {&st.lateRow, colWarnFont, colWarnFill}} {
		id, err := f.NewConditionalStyle(&excelize.Style{Fill: fill(c.fill), Font: &excelize.Font{Color: c.font}})
		if err != nil {
			return nil, fmt.Errorf("creating a conditional style: %w", err)
		}
		*c.dst = id
	}
	return &st, nil
}

// severity is the style of a finding's severity cell.
func (st *styles) severity(sev string) int {
	switch sev {
	case "error":
		return st.sevError
	case "warning":
		return st.sevWarning
	case "info":
		return st.sevInfo
	}
	return 0
}

func strPtr(s string) *string { return &s }

func boolPtr(b bool) *bool { return &b }
