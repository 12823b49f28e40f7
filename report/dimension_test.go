package report

import (
	"github.com/xuri/excelize/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestCellsExtent(t *testing.T) {
	for _, c := range []struct {
		xml  string
		want extent
	}{
		{``, extent{}},
		{`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"></c></row>`, extent{1, 3}},
		{`<row r="9"><c r="AB9"></c></row><row r="12"><c r="B12"></c></row>`, extent{12, 28}},
		{`<c r="A1"/><c r="ZZ3"/>`, extent{3, 702}},
		{`<c r="a1"></c><c r="B"></c><c r="7"></c>`, extent{}}, // not references
	} {
		if got := cellsExtent([]byte(c.xml)); got != c.want {
			t.Errorf("cellsExtent(%q) = %+v, want %+v", c.xml, got, c.want)
		}
	}
}

func TestWithDimension(t *testing.T) {
	sheet := `<worksheet><dimension ref="A1"></dimension><sheetData></sheetData></worksheet>`
	for _, c := range []struct {
		e    extent
		want string
	}{
		{extent{1793, 10}, `<dimension ref="A1:J1793"></dimension>`},
		{extent{1, 1}, `<dimension ref="A1"></dimension>`},
		{extent{}, `<dimension ref="A1"></dimension>`},
	} {
		got := string(withDimension([]byte(sheet), c.e))
		if !strings.Contains(got, c.want) || strings.Count(got, "<dimension") != 1 {
			t.Errorf("withDimension(%+v) = %s, want %s in it", c.e, got, c.want)
		}
	}
}

// TestReportDimensions: every sheet of a report declares the range its
// cells use, so that readers sizing their grid from it see every cell.
func TestReportDimensions(t *testing.T) {
	path := writeTestReport(t, t.TempDir())
	dim := regexp.MustCompile(`<dimension ref="([A-Z0-9:]+)"`)
	sheets := 0
	for _, xml := range zipParts(t, path, "xl/worksheets/sheet") {
		b := []byte(xml)
		e := placedExtent(t, b)
		m := dim.FindSubmatch(b)
		want := "A1"
		if e.rows > 1 || e.cols > 1 {
			want = "A1:" + colName(e.cols) + strconv.Itoa(e.rows)
		}
		if m == nil || string(m[1]) != want {
			t.Errorf("sheet %d: dimension %q, its cells span %s", sheets+1, m, want)
		}
		sheets++
	}
	if sheets < 8 {
		t.Errorf("%d sheets checked, want every one of the report's 8", sheets)
	}
}

// placedExtent is the range of the cells of sheet XML b where a reader
// places them: at their reference, or after the previous cell of their
// row when they have none.
func placedExtent(t *testing.T, b []byte) extent {
	rows := regexp.MustCompile(`(?s)<row r="([0-9]+)"[^>]*>(.*?)</row>`)
	cells := regexp.MustCompile(`<c(?: xml:space="preserve")?( r="([A-Z]+)[0-9]+")?[ />]`)
	var e extent
	for _, row := range rows.FindAllSubmatch(b, -1) {
		r, _ := strconv.Atoi(string(row[1]))
		col := 0
		for _, c := range cells.FindAllSubmatch(row[2], -1) {
			col++
			if len(c[1]) > 0 {
				n, err := excelize.ColumnNameToNumber(string(c[2]))
				if err != nil {
					t.Fatal(err)
				}
				col = n
			}
			e.add(extent{rows: r, cols: col})
		}
	}
	return e
}

func colName(n int) string {
	s := ""
	for ; n > 0; n = (n - 1) / 26 {
		s = string(rune('A'+(n-1)%26)) + s
	}
	return s
}
