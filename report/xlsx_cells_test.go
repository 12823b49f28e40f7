package report

import (
	"archive/zip"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestXLSXDates checks that times are real dates (numbers) with an explicit
// date format, in the report's time zone.
func TestXLSXDates(t *testing.T) {
	path := writeTestReport(t, t.TempDir())
	f := openReport(t, path)
	raw := openReport(t, path, excelize.Options{RawCellValue: true})
	tests := []struct {
		sheet, cell, shown, format string
	}{
		// 2025-01-01 23:30 UTC is 00:30 the next day in Berlin.
		{"Messages", "C2", "2025-01-02 00:30:00", "yyyy-mm-dd hh:mm:ss"},
		{"Messages", "D2", "2025-01-02", "yyyy-mm-dd"},
		{"Findings", "C2", "2025-01-02 00:30:00", "yyyy-mm-dd hh:mm:ss"},
		{"Response time", "F2", "2025-01-02 11:00:00", "yyyy-mm-dd hh:mm:ss"},
		{"Daily", "A2", "2025-01-02", "yyyy-mm-dd"},
		{"Daily", "O2", "2025-01-02 11:00:00", "yyyy-mm-dd hh:mm:ss"},
	}
	for _, tc := range tests {
		got, err := f.GetCellValue(tc.sheet, tc.cell)
		if err != nil || got != tc.shown {
			t.Errorf("%s!%s shows %q (%v), want %q", tc.sheet, tc.cell, got, err, tc.shown)
		}
		v, _ := raw.GetCellValue(tc.sheet, tc.cell)
		if _, err := strconv.ParseFloat(v, 64); err != nil {
			t.Errorf("%s!%s = %q: not a number, so not a real date", tc.sheet, tc.cell, v)
		}
		if typ, _ := f.GetCellType(tc.sheet, tc.cell); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("%s!%s has cell type %v, want a number", tc.sheet, tc.cell, typ)
		}
		id, _ := f.GetCellStyle(tc.sheet, tc.cell)
		st, err := f.GetStyle(id)
		if err != nil || st.CustomNumFmt == nil || *st.CustomNumFmt != tc.format {
			t.Errorf("%s!%s style %d has format %v (%v), want %q", tc.sheet, tc.cell, id, st.CustomNumFmt, err, tc.format)
		}
	}
	// Numbers stay numbers: the hours to answer.
	if v, _ := raw.GetCellValue("Response time", "G2"); v != "2" {
		t.Errorf("Response time!G2 = %q, want the number 2", v)
	}
}

// TestXLSXCellSafety checks formula-looking text, control characters and
// over-long text.
func TestXLSXCellSafety(t *testing.T) {
	f := openReport(t, writeTestReport(t, t.TempDir()))
	rows, err := f.GetRows("Messages")
	if err != nil {
		t.Fatal(err)
	}
	_, m2 := findRow(t, rows, "m2")
	subject, body := m2[22], m2[23]
	if subject != injection {
		t.Errorf("subject = %q, want the text %q", subject, injection)
	}
	if formula, _ := f.GetCellFormula("Messages", "W3"); formula != "" {
		t.Errorf("subject cell W3 has formula %q: it must stay text", formula)
	}
	if typ, _ := f.GetCellType("Messages", "W3"); typ != excelize.CellTypeInlineString {
		t.Errorf("subject cell type = %v, want an inline string", typ)
	}
	if want := `before\x0Bafter\x00end`; body != want {
		t.Errorf("body = %q, want the control characters shown as %q", body, want)
	}
	_, b2 := findRow(t, rows, "b2")
	if b2[23] != "@channel +1 -5" {
		t.Errorf("body starting with @ = %q", b2[23])
	}
	_, m3 := findRow(t, rows, "m3")
	long := m3[23]
	if n := utf16Len(long); n != maxCellChars {
		t.Errorf("long body has %d UTF-16 units, want %d", n, maxCellChars)
	}
	if !strings.HasSuffix(long, truncMarker) || !strings.HasPrefix(long, "abab") {
		t.Errorf("long body ends %q, want the marker %q", long[len(long)-20:], truncMarker)
	}
	// Policy patterns starting with "=" are text too.
	if formula, _ := f.GetCellFormula("Policy", "I2"); formula != "" {
		t.Errorf("Policy!I2 has formula %q", formula)
	}
}

// zipParts returns the contents of the parts of an xlsx whose names start with prefix.
func zipParts(t *testing.T, path, prefix string) []string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var out []string
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, prefix) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}
