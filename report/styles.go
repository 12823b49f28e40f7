package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// styles are the cell styles of the report, created once per workbook.
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
	title    int // the Summary's title
	section  int // a block heading on Summary and Policy
	label    int // a key in a key/value block
	ok       int // the reconciliation check mark
	bad      int // MISMATCH, a breach's excess
	link     int // a hyperlink to another sheet
	breach   int // conditional format of a Daily row over the limit
}

// newStyles registers the report's styles with f.
func newStyles(f *excelize.File) (*styles, error) {
	var st styles
	border := []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}
	defs := []struct {
		dst   *int
		style excelize.Style
	}{
		{&st.header, excelize.Style{
			Font:      &excelize.Font{Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border:    border,
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
		}},
		{&st.dateTime, excelize.Style{CustomNumFmt: strPtr("yyyy-mm-dd hh:mm:ss")}},
		{&st.date, excelize.Style{CustomNumFmt: strPtr("yyyy-mm-dd")}},
		{&st.wrap, excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&st.hours, excelize.Style{CustomNumFmt: strPtr("0.0")}},
		{&st.decimal, excelize.Style{CustomNumFmt: strPtr("0.00")}},
		{&st.percent, excelize.Style{CustomNumFmt: strPtr("0.0%")}},
		{&st.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 16}}},
		{&st.section, excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}, Border: border}},
		{&st.label, excelize.Style{Font: &excelize.Font{Color: "404040"}}},
		{&st.ok, excelize.Style{Font: &excelize.Font{Bold: true, Color: "2E7D32"}}},
		{&st.bad, excelize.Style{Font: &excelize.Font{Bold: true, Color: "C62828"}}},
		{&st.link, excelize.Style{Font: &excelize.Font{Color: "1F4E79", Underline: "single"}}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return nil, fmt.Errorf("creating a cell style: %w", err)
		}
		*d.dst = id
	}
	id, err := f.NewConditionalStyle(&excelize.Style{
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FDE2E1"}},
		Font: &excelize.Font{Color: "9C0006"},
	})
	if err != nil {
		return nil, fmt.Errorf("creating the breach style: %w", err)
	}
	st.breach = id
	return &st, nil
}

func strPtr(s string) *string { return &s }

func boolPtr(b bool) *bool { return &b }
