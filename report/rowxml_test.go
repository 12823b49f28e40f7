package report

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// TestRowXMLMatchesExcelize writes the same rows with excelize's
// StreamWriter.SetRow and with rowXML and compares the sheet XML byte for
// byte: rowXML must be a faster SetRow, not a different one.
func TestRowXMLMatchesExcelize(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	colStyles := []int{0, 7, 0, 9}
	rows := [][]any{
		{"plain", "styled by column", nil, 42},
		{" lead", "trail ", "\ttab", "line\nfeed\r\n"},
		{`<a href="x">&'</a>`, "é ü 日本語 🎉", "ctl\x01\x0b\x7f", "bad\xffutf8\ufffe"},
		{"日本\ufffe語", "end\uffff", "cut\xef\xbf", "ok日本語\xef\xbf\xbd"},
		{"_x000D_ literal", "_x005F_x0041_ twice", "_x005F_ alone", "_xZZZZ_ not hex"},
		{"", nil, "", nil},
		{1.5, 0.1 + 0.2, 123456789.123456789, -0.0},
		{math.NaN(), math.Inf(1), 1e21, 3.0},
		{true, false, int64(-7), 0},
		{time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC), time.Date(2025, 3, 30, 2, 30, 0, 0, berlin),
			time.Date(1899, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 6, 1, 8, 15, 30, 123e6, berlin)},
		{excelize.Cell{StyleID: 3, Value: "cell"}, excelize.Cell{StyleID: 0, Value: 5},
			excelize.Cell{StyleID: 4}, excelize.Cell{StyleID: 2, Value: time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)}},
		{excelize.Cell{StyleID: 5, Value: "m1", Formula: `HYPERLINK("#'Messages'!A7","m1")`},
			excelize.Cell{Value: " sp ", Formula: `"a"&"b"`}, excelize.Cell{Value: 2.5, Formula: "1+1.5"},
			&excelize.Cell{StyleID: 6, Value: "pointer"}},
		{strings.Repeat("x", 32770), strings.Repeat("🎉", 16400), nil, nil, "beyond the columns", nil, 7},
		{time.Date(2025, 5, 5, 10, 0, 0, 0, time.UTC)}, // unstyled date: excelize adds NumFmt 22
	}

	f := excelize.NewFile()
	defer f.Close()
	for i := 1; i <= 9; i++ { // style IDs 1..9 for the cells above
		if _, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Size: float64(8 + i)}}); err != nil {
			t.Fatal(err)
		}
	}
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range colStyles {
		if s != 0 {
			if err := sw.SetColStyle(i+1, i+1, s); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, r); err != nil {
			t.Fatalf("row %d: %v", i+2, err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	want := dropSequentialRefs(sheetData(t, buf.Bytes()))

	enc := newRowXML(len(colStyles), colStyles, func() (int, error) { return f.NewStyle(&excelize.Style{NumFmt: 22}) })
	var got []byte
	for i, r := range rows {
		if got, err = enc.appendRow(got, i+2, r); err != nil {
			t.Fatalf("row %d: %v", i+2, err)
		}
	}
	if !bytes.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				lo := max(0, i-200)
				t.Fatalf("rowXML differs from excelize at byte %d:\n got  %.400q\n want %.400q", i, got[lo:], want[lo:])
			}
		}
		t.Fatalf("rowXML wrote %d bytes, excelize %d", len(got), len(want))
	}
}

// dropSequentialRefs removes from sheet XML the reference of every cell
// that follows its left neighbour in its row, as rowXML writes them.
func dropSequentialRefs(xml []byte) []byte {
	rows := regexp.MustCompile(`(?s)<row [^>]*>.*?</row>`)
	refs := regexp.MustCompile(`<c((?: xml:space="preserve")?) r="([A-Z]+)[0-9]+"`)
	return rows.ReplaceAllFunc(xml, func(row []byte) []byte {
		prev := 0
		return refs.ReplaceAllFunc(row, func(c []byte) []byte {
			m := refs.FindSubmatch(c)
			col, err := excelize.ColumnNameToNumber(string(m[2]))
			if err != nil {
				panic(err)
			}
			sequential := col == prev+1
			prev = col
			if sequential {
				return append([]byte("<c"), m[1]...)
			}
			return c
		})
	})
}

// TestRowXMLRejectsUnknownValues: a value rowXML does not know is an
// error, not a silently different cell.
func TestRowXMLRejectsUnknownValues(t *testing.T) {
	enc := newRowXML(1, nil, func() (int, error) { return 1, nil })
	if _, err := enc.appendRow(nil, 2, []any{time.Second}); err == nil || !strings.Contains(err.Error(), "time.Duration") {
		t.Errorf("err = %v, want one naming time.Duration", err)
	}
}

// sheetData is the content of sheet1's <sheetData> in an xlsx.
func sheetData(t *testing.T, xlsx []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(xlsx), int64(len(xlsx)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	i, j := bytes.Index(b, []byte("<sheetData>")), bytes.Index(b, []byte("</sheetData>"))
	if i < 0 || j < i {
		t.Fatalf("no sheetData in %.300s", b)
	}
	return b[i+len("<sheetData>") : j]
}
