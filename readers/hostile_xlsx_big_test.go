package readers

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestHostileXLSXWidest: a workbook with Excel's maximum of 16,384 columns
// (XFD) in its header and every row is read in bounded memory. Skipped
// with -short (5-8 seconds, mostly building the workbook).
func TestHostileXLSXWidest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 16,384-column workbook")
	}
	const cols, rows = 16384, 20
	row := func(w io.Writer, r int, first, second, rest string) {
		fmt.Fprintf(w, `<row r="%d">`, r)
		for c := 1; c <= cols; c++ {
			v := rest + fmt.Sprint(c)
			switch c {
			case 1:
				v = first
			case 2:
				v = second
			}
			name, _ := excelize.CoordinatesToCellName(c, r)
			fmt.Fprintf(w, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, name, v)
		}
		io.WriteString(w, `</row>`)
	}
	p := writeBook(t, "wide.xlsx", bookParts(sheetXML("", func(w io.Writer) {
		row(w, 1, "sent_at", "body", "extra ")
		for r := 2; r <= rows+1; r++ {
			row(w, r, "2024-05-01 10:00", "Your parcel has shipped.", "")
		}
	}), nil))
	o := readHostile(t, p)
	if o.openErr != nil || o.rowsErr != nil || o.read != rows || o.rejected != 0 {
		t.Fatalf("read %d, rejected %d (%q), errors %v %v; want %d rows", o.read, o.rejected, o.reasons, o.openErr, o.rowsErr, rows)
	}
	wantPeak(t, o, xlsxBound)
}

// TestHostileXLSXSharedStrings50MB: a shared-strings table of 50 MB
// (200,000 strings of 256 bytes, every one a message body) is streamed
// from a temporary file, not held in memory. Skipped with -short (about
// 5 seconds).
func TestHostileXLSXSharedStrings50MB(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads a 50 MB shared-strings table")
	}
	const n = 200_000
	pad := strings.Repeat("x", 256-len("message 000000 "))
	sst := func(w io.Writer) {
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><sst %s count="%d" uniqueCount="%d">`, nsMain, n+2, n+2)
		io.WriteString(w, `<si><t>sent_at</t></si><si><t>body</t></si>`)
		for i := range n {
			fmt.Fprintf(w, `<si><t>message %06d %s</t></si>`, i, pad)
		}
		io.WriteString(w, `</sst>`)
	}
	sheet := sheetXML("", func(w io.Writer) {
		io.WriteString(w, `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`)
		for i := range n {
			fmt.Fprintf(w, `<row r="%d"><c r="A%d"><v>45413.5</v></c><c r="B%d" t="s"><v>%d</v></c></row>`, i+2, i+2, i+2, i+2)
		}
	})
	p := writeBook(t, "sst.xlsx", bookParts(sheet, sst))
	o := readHostile(t, p)
	if o.openErr != nil || o.rowsErr != nil || o.read != n || o.rejected != 0 {
		t.Fatalf("read %d, rejected %d (%q), errors %v %v; want %d rows", o.read, o.rejected, o.reasons, o.openErr, o.rowsErr, n)
	}
	if want := "message 000000 x"; !strings.HasPrefix(o.bodies[0], want) {
		t.Errorf("first body %q, want %q...", o.bodies[0], want)
	}
	wantPeak(t, o, xlsxBound)
}
