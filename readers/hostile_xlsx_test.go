package readers

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// Memory bound of the XLSX reader (issue 8): excelize holds the parts
// under xlsxXMLLimit and the parts that are not sheets in memory, at most
// xlsxMemLimit (128 MiB) together, and streams larger sheets and shared
// strings from temporary files; a row of 16,384 cells is a few MiB.
var xlsxBound = mib(200)

// part is one entry of a hand-built workbook: its content is written by
// fn, so that big parts stream.
type part struct {
	name string
	fn   func(w io.Writer)
}

func text(s string) func(io.Writer) { return func(w io.Writer) { io.WriteString(w, s) } }

const (
	nsMain = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	nsRel  = `xmlns="http://schemas.openxmlformats.org/package/2006/relationships"`
	relDoc = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

// bookParts are the parts of a one-sheet workbook around sheet (and
// sharedStrings, when not nil).
func bookParts(sheet, sharedStrings func(io.Writer)) []part {
	ps := []part{
		{"[Content_Types].xml", text(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`)},
		{"_rels/.rels", text(`<Relationships ` + nsRel + `><Relationship Id="rId1" Type="` + relDoc + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`)},
		{"xl/workbook.xml", text(`<workbook ` + nsMain + ` xmlns:r="` + relDoc + `"><sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>`)},
		{"xl/_rels/workbook.xml.rels", text(`<Relationships ` + nsRel + `><Relationship Id="rId1" Type="` + relDoc + `/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="` + relDoc + `/sharedStrings" Target="sharedStrings.xml"/></Relationships>`)},
		{"xl/worksheets/sheet1.xml", sheet},
	}
	if sharedStrings != nil {
		ps = append(ps, part{"xl/sharedStrings.xml", sharedStrings})
	}
	return ps
}

// sheetXML writes a sheet: the prolog (a DOCTYPE, say), then rows.
func sheetXML(prolog string, rows func(w io.Writer)) func(io.Writer) {
	return func(w io.Writer) {
		io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?>`+prolog+`<worksheet `+nsMain+`><sheetData>`)
		rows(w)
		io.WriteString(w, `</sheetData></worksheet>`)
	}
}

// inlineRow writes a row of inline strings.
func inlineRow(w io.Writer, r int, cells ...string) {
	fmt.Fprintf(w, `<row r="%d">`, r)
	for i, c := range cells {
		name, _ := excelize.CoordinatesToCellName(i+1, r)
		fmt.Fprintf(w, `<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, name, c)
	}
	io.WriteString(w, `</row>`)
}

// writeBook zips the parts (deflate, fastest level) into a workbook.
func writeBook(t *testing.T, name string, parts []part) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	for _, pt := range parts {
		w, err := zw.Create(pt.name)
		if err != nil {
			t.Fatal(err)
		}
		bw := bufio.NewWriterSize(w, 1<<20)
		pt.fn(bw)
		if err := bw.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

// smallRows writes a header and two messages.
func smallRows(w io.Writer) {
	inlineRow(w, 1, "sent_at", "body")
	inlineRow(w, 2, "2024-05-01 10:00", "Your parcel has shipped.")
	inlineRow(w, 3, "2024-05-01 11:00", "Thank you for your order.")
}

// TestHostileXLSXZipBomb: a workbook of about 1 MB whose sheet inflates
// to 1 GiB is refused from its zip directory, before anything is inflated.
func TestHostileXLSXZipBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("compresses 1 GiB")
	}
	p := writeBook(t, "bomb.xlsx", bookParts(sheetXML("", func(w io.Writer) {
		smallRows(w)
		bw := w.(*bufio.Writer)
		repeat(bw, ' ', 1<<30)
	}), nil))
	st, _ := os.Stat(p)
	start := time.Now()
	o := readHostile(t, p)
	t.Logf("%d KiB file refused in %v", st.Size()>>10, time.Since(start))
	wantErr(t, o.openErr, "xl/worksheets/sheet1.xml", "more than 200:1", "zip bomb")
	wantPeak(t, o, mib(16))
}

// rawBook writes a workbook whose sheet part declares size bytes but holds
// data (deflated as given): a zip directory that lies.
func rawBook(t *testing.T, declared uint64, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "lies.xlsx")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, pt := range bookParts(text(""), nil)[:4] {
		w, _ := zw.Create(pt.name)
		pt.fn(w)
	}
	var comp strings.Builder
	fw, _ := flate.NewWriter(&comp, flate.BestSpeed)
	fw.Write(data)
	fw.Close()
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
		CRC32: crc32.ChecksumIEEE(data), CompressedSize64: uint64(comp.Len()), UncompressedSize64: declared})
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, comp.String())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return p
}

// TestHostileXLSXLyingSizes: a part declaring 8 GiB is refused by the
// total limit; a part declaring 1 KiB that inflates to 64 MiB is found out
// by verifyParts (excelize would read its first 1 KiB and nothing more).
func TestHostileXLSXLyingSizes(t *testing.T) {
	var sheet strings.Builder
	sheetXML("", smallRows)(&sheet)
	o := readHostile(t, rawBook(t, 8<<30, []byte(sheet.String())))
	wantErr(t, o.openErr, "more than 4096 MiB", "xl/worksheets/sheet1.xml")

	big := []byte(sheet.String() + strings.Repeat(" ", 64<<20))
	o = readHostile(t, rawBook(t, 1<<10, big))
	wantErr(t, o.openErr, "part xl/worksheets/sheet1.xml is damaged (zip: not a valid zip file)")
	wantPeak(t, o, mib(16))
	// A CRC that does not match: one byte of the sheet changed.
	data := []byte(sheet.String())
	p := rawBook(t, uint64(len(data)), data)
	b, _ := os.ReadFile(p)
	i := strings.Index(string(b), "xl/worksheets/sheet1.xml") + len("xl/worksheets/sheet1.xml") + 20
	b[i] ^= 0x01
	os.WriteFile(p, b, 0o644)
	o = readHostile(t, p)
	wantErr(t, o.openErr, "sheet1.xml")
}

// TestHostileXLSXBillionLaughs: entities declared in the sheet's DOCTYPE
// are never expanded (encoding/xml has no DTD support), and the sheet is
// refused as not well-formed: excelize would end the sheet silently at the
// entity and lose the rows after it. A stray "&" does the same.
func TestHostileXLSXBillionLaughs(t *testing.T) {
	dtd := `<!DOCTYPE worksheet [<!ENTITY lol "lol">`
	for i := 1; i <= 9; i++ {
		dtd += fmt.Sprintf(`<!ENTITY lol%d "%s">`, i, strings.Repeat(fmt.Sprintf("&lol%d;", i-1), 10))
	}
	dtd = strings.Replace(dtd, "&lol0;", "&lol;", -1) + `]>`
	for _, body := range []string{"&lol9;", "Tom & Jerry"} {
		p := writeBook(t, "laughs.xlsx", bookParts(sheetXML(dtd, func(w io.Writer) {
			inlineRow(w, 1, "sent_at", "body")
			inlineRow(w, 2, "2024-05-01 10:00", body)
			inlineRow(w, 3, "2024-05-01 11:00", "fine")
		}), nil))
		o := readHostile(t, p)
		wantErr(t, o.openErr, "part xl/worksheets/sheet1.xml is not well-formed XML", "export the workbook again")
		wantPeak(t, o, mib(16))
	}
}

// TestHostileXLSXSmall: an encrypted workbook, a CSV named .xlsx, an
// empty file, a zip that is not a workbook.
func TestHostileXLSXSmall(t *testing.T) {
	csvNamed := writeFile(t, "log.xlsx", "sent_at,body\n2024-05-01,hi\n")
	empty := writeFile(t, "empty.xlsx", "")
	notBook := writeBook(t, "zip.xlsx", []part{{"readme.txt", text("hello")}})
	for _, tc := range []struct{ path, want string }{
		{filepath.Join("testdata", "formats", "encrypted.xlsx"), "password-protected"},
		{csvNamed, "this is a text file (CSV?), not an .xlsx workbook; rename it to .csv"},
		{empty, "the file is empty"},
		{notBook, "cannot be opened as an .xlsx workbook"},
	} {
		o := readHostile(t, tc.path)
		wantErr(t, o.openErr, tc.want)
	}
}
