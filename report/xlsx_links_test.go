package report

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

var linkFormula = regexp.MustCompile(`^HYPERLINK\("#('(?:[^']|'')+'|[^!]+)!([A-Z]+[0-9]+)","((?:[^"]|"")*)"\)$`)

// resolve checks that a link target "'Sheet'!A7" names an existing sheet
// and cell, and returns the cell's value.
func resolve(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	sheet = strings.ReplaceAll(strings.Trim(sheet, "'"), "''", "'")
	if !slices.Contains(f.GetSheetList(), sheet) {
		t.Fatalf("link to missing sheet %q", sheet)
	}
	v, err := f.GetCellValue(sheet, cell)
	if err != nil {
		t.Fatalf("link to %s!%s: %v", sheet, cell, err)
	}
	return v
}

// checkFindingLinks checks that every row of the Findings sheets links to
// the Messages row of its message, and returns how many it followed.
func checkFindingLinks(t *testing.T, f *excelize.File) int {
	t.Helper()
	n := 0
	for _, sheet := range f.GetSheetList() {
		if !strings.HasPrefix(sheet, "Findings") {
			continue
		}
		rows := mustRows(t, f, sheet)
		for i := 1; i < len(rows); i++ {
			cell := "A" + itoa(i+1)
			formula, err := f.GetCellFormula(sheet, cell)
			m := linkFormula.FindStringSubmatch(formula)
			if err != nil || m == nil {
				t.Fatalf("%s!%s formula = %q (%v), want a HYPERLINK to a Messages row", sheet, cell, formula, err)
			}
			if !strings.HasPrefix(strings.Trim(m[1], "'"), "Messages") {
				t.Errorf("%s!%s links to sheet %s", sheet, cell, m[1])
			}
			id := rows[i][0]
			if got := resolve(t, f, m[1], m[2]); got != id || m[3] != id {
				t.Errorf("%s!%s (message %q) links to %s!%s holding %q, shown as %q", sheet, cell, id, m[1], m[2], got, m[3])
			}
			n++
		}
	}
	return n
}

// TestXLSXFindingLinks checks the links from Findings to Messages, and
// across continuation sheets, where a finding's message may be on
// "Messages (2)" while the finding is on "Findings (2)".
func TestXLSXFindingLinks(t *testing.T) {
	f := openReport(t, writeTestReport(t, t.TempDir()))
	if n := checkFindingLinks(t, f); n != 3 {
		t.Errorf("followed %d links, want 3", n)
	}
	if id, _ := f.GetCellStyle("Findings", "A2"); id != 0 {
		if st, _ := f.GetStyle(id); st == nil || st.Font == nil || st.Font.Underline != "single" {
			t.Errorf("Findings!A2 style = %+v, want a link", st)
		}
	}

	path := filepath.Join(t.TempDir(), "spill.xlsx")
	x, err := NewXLSX(path, XLSXOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x.messages.maxRows, x.findings.maxRows = 2, 3
	for i := 0; i < 7; i++ {
		if err := x.Message(bulkMessage(i, "hello")); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Close(testSummary(), nil); err != nil {
		t.Fatal(err)
	}
	f = openReport(t, path)
	// Messages 0, 1, 3, 4, 6 are outbound with 2 findings each.
	if n := checkFindingLinks(t, f); n != 10 {
		t.Errorf("followed %d links, want 10", n)
	}
	formula, _ := f.GetCellFormula("Findings (4)", "A2")
	if !strings.Contains(formula, `#'Messages (4)'!A2`) {
		t.Errorf("Findings (4)!A2 = %q, want a link to 'Messages (4)'!A2", formula)
	}
	rows := mustRows(t, f, "Summary")
	want := "Messages has 7 rows, more than one sheet holds (2): they continue on Messages (2), Messages (3), Messages (4)."
	if !slices.ContainsFunc(rows, func(r []string) bool { return len(r) > 0 && r[0] == want }) {
		t.Errorf("the Summary does not say %q", want)
	}
}

// TestXLSXSummaryLinksResolve follows every hyperlink on the Summary.
func TestXLSXSummaryLinksResolve(t *testing.T) {
	f := openReport(t, writeTestReport(t, t.TempDir()))
	want := map[string]string{ // target: its cell's value
		"'Blocked'!K1": "Diagnosis", "'Response time'!L1": "Contact response time", "'Daily'!A1": "Date",
	}
	rows := mustRows(t, f, "Summary")
	found := 0
	for r := range rows {
		for c := range rows[r] {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			ok, target, err := f.GetCellHyperLink("Summary", cell)
			if err != nil || !ok {
				continue
			}
			found++
			i := strings.LastIndex(target, "!")
			got := resolve(t, f, target[:i], target[i+1:])
			if w, ok := want[target]; ok && got != w {
				t.Errorf("Summary!%s links to %s holding %q, want %q", cell, target, got, w)
			}
		}
	}
	if found != len(wantSheets)-1+2 {
		t.Errorf("%d links on the Summary, want one per sheet and two to the side blocks", found)
	}
}

// TestXLSXStyles checks the colours that carry meaning: severities,
// outcomes, the tiles, and the conditional formats of Response time.
func TestXLSXStyles(t *testing.T) {
	f := openReport(t, writeTestReport(t, t.TempDir()))
	for _, tc := range []struct {
		sheet, cell, fill, font string
		size                    float64
	}{
		{"Findings", "G2", colBadFill, colBadFont, 0},        // error
		{"Response time", "J2", colGoodFill, colGoodFont, 0}, // within target
		{"Response time", "J3", colBadFill, colBadFont, 0},   // unanswered
		{"Summary", "A4", colTile, colNavy, 20},              // outbound messages
		{"Summary", "B4", colTile, colBadMark, 20},           // prohibited share > 0
		{"Summary", "F4", colTile, colBadMark, 20},           // 50% answered: under target
	} {
		id, _ := f.GetCellStyle(tc.sheet, tc.cell)
		st, err := f.GetStyle(id)
		if err != nil || st == nil || st.Font == nil {
			t.Errorf("%s!%s has no style (%v)", tc.sheet, tc.cell, err)
			continue
		}
		if len(st.Fill.Color) == 0 || !strings.EqualFold(st.Fill.Color[0], tc.fill) || !strings.EqualFold(st.Font.Color, tc.font) {
			t.Errorf("%s!%s fill %v font %s, want %s on %s", tc.sheet, tc.cell, st.Fill.Color, st.Font.Color, tc.font, tc.fill)
		}
		if tc.size != 0 && st.Font.Size != tc.size {
			t.Errorf("%s!%s font size %v, want %v", tc.sheet, tc.cell, st.Font.Size, tc.size)
		}
	}
	cf, err := f.GetConditionalFormats("Response time")
	if err != nil {
		t.Fatal(err)
	}
	rules := cf["A2:J3"]
	if len(rules) != 2 || rules[0].Criteria != `$J2="unanswered"` || rules[1].Criteria != `$J2="late"` {
		t.Errorf("Response time conditional formats = %+v", cf)
	}
	for _, sheet := range []string{"Blocked", "Response time"} {
		if p, _ := f.GetPanes(sheet); !p.Freeze || p.YSplit != 1 {
			t.Errorf("%s: header not frozen", sheet)
		}
	}
}
