package readers

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/xuri/excelize/v2"
)

// headerScanRows is how far down a sheet the header is looked for (title
// rows, notes and blank rows above it).
const headerScanRows = 50

// oleMagic starts an OLE compound file: a password-protected workbook
// (Excel stores it encrypted inside one) or an old .xls.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// openXLSX opens a workbook, picks the sheet (opt.Sheet, else the first
// with a recognisable header), finds the header row in it and positions a
// row iterator after it. Cells are read raw (RawCellValue): a date cell is
// its serial number, converted by the timestamp column's parser.
func openXLSX(path string, hs headerSpec, opt Options) (*opened, error) {
	if err := sniffXLSX(path); err != nil {
		return nil, err
	}
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true,
		UnzipSizeLimit: xlsxUnzipLimit, UnzipXMLSizeLimit: xlsxXMLLimit})
	if err != nil {
		return nil, xlsxError(path, err)
	}
	o, err := openSheet(path, f, hs, opt)
	if err != nil {
		f.Close()
		return nil, err
	}
	return o, nil
}

// sniffXLSX checks the first bytes: a workbook is a zip.
func sniffXLSX(path string) error {
	fh, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPathError(err))
	}
	defer fh.Close()
	head := make([]byte, 8)
	n, _ := io.ReadFull(fh, head)
	head = head[:n]
	switch {
	case n == 0:
		return fmt.Errorf("%s: the file is empty; export the workbook again", path)
	case bytes.Equal(head, oleMagic):
		return fmt.Errorf("%s: the workbook is password-protected (encrypted) or an old .xls; open it in Excel and save a copy as .xlsx without a password", path)
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return checkZipParts(path)
	case bytes.HasPrefix(head, []byte("PAR1")):
		return fmt.Errorf("%s: this is a Parquet file, not a workbook; rename it to .parquet", path)
	case validUTF8Prefix(head) || bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return fmt.Errorf("%s: this is a text file (CSV?), not an .xlsx workbook; rename it to .csv or .tsv", path)
	}
	return fmt.Errorf("%s: not an .xlsx workbook (it does not start like a zip file); save it from Excel as .xlsx", path)
}

// xlsxError turns excelize's open errors into what the user can do.
func xlsxError(path string, err error) error {
	msg := err.Error()
	switch {
	case errors.Is(err, excelize.ErrWorkbookFileFormat), errors.Is(err, excelize.ErrWorkbookPassword):
		return fmt.Errorf("%s: the workbook is password-protected (encrypted); open it in Excel and save a copy without a password", path)
	case strings.Contains(msg, "unzip size"):
		return fmt.Errorf("%s: the workbook unpacks to more than %d MiB, which bsmaudit refuses (a damaged or hostile file?); export the log as CSV or Parquet", path, xlsxUnzipLimit>>20)
	}
	return fmt.Errorf("%s: cannot be opened as an .xlsx workbook (%v); the file is damaged or not a workbook: export it again", path, err)
}

// openSheet finds the sheet and its header row and returns the table.
func openSheet(path string, f *excelize.File, hs headerSpec, opt Options) (*opened, error) {
	sheets := f.GetSheetList()
	if opt.Sheet != "" {
		name, ok := findSheet(sheets, opt.Sheet)
		if !ok {
			return nil, fmt.Errorf("%s: no sheet %q; sheets: %s (use --sheet NAME)", path, opt.Sheet, quoteList(sheets))
		}
		sheets = []string{name}
	}
	date1904 := false
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil {
		date1904 = *p.Date1904
	}
	for _, sh := range sheets {
		at, header, err := findHeader(f, sh, hs)
		if err != nil {
			return nil, fmt.Errorf("%s: sheet %q: %w", path, sh, err)
		}
		if at == 0 && opt.Sheet == "" {
			continue
		}
		if at == 0 {
			// --sheet given: read its first non-blank row so the usual
			// missing-column error names its headers.
			at, header, err = firstRow(f, sh)
			if err != nil {
				return nil, fmt.Errorf("%s: sheet %q: %w", path, sh, err)
			}
			if at == 0 {
				return nil, fmt.Errorf("%s: sheet %q is empty; choose another with --sheet", path, sh)
			}
		}
		rows, err := f.Rows(sh)
		if err != nil {
			return nil, fmt.Errorf("%s: sheet %q: %w", path, sh, err)
		}
		for n := 0; n < at && rows.Next(); n++ {
		}
		t := &xlsxTable{path: path, sheet: sh, rows: rows, n: at, width: len(header)}
		return &opened{t: t, header: header, format: "xlsx", encoding: "utf-8", unit: "row",
			notes:  []string{fmt.Sprintf("sheet %q, header on row %d", sh, at)},
			pos:    func(n int) Pos { return Pos{File: path, Sheet: sh, Row: n} },
			serial: excelSerial(date1904),
			close: func() error {
				rows.Close()
				return f.Close()
			}}, nil
	}
	return nil, fmt.Errorf("%s: no sheet has a header row with a date and a message column in its first %d rows (sheets: %s); "+
		"use --sheet NAME and --map FIELD=COLUMN", path, headerScanRows, quoteList(f.GetSheetList()))
}

// findSheet matches --sheet exactly, else ignoring case and surrounding spaces.
func findSheet(sheets []string, want string) (string, bool) {
	for _, s := range sheets {
		if s == want {
			return s, true
		}
	}
	for _, s := range sheets {
		if strings.EqualFold(strings.TrimSpace(s), strings.TrimSpace(want)) {
			return s, true
		}
	}
	return "", false
}

// findHeader looks at the first rows of a sheet for the best header: the
// row (or a row whose blank cells are filled from the row above, as a
// two-row header with vertically merged cells reads) that maps the most
// fields with every required one. It returns the 1-based row number and
// the header, or 0 when there is none.
func findHeader(f *excelize.File, sheet string, hs headerSpec) (int, []string, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return 0, nil, err
	}
	defer rows.Close()
	var prev []string
	best, bestAt := -1, 0
	var bestHeader []string
	for n := 1; n <= headerScanRows && rows.Next(); n++ {
		cells, err := rows.Columns()
		if err != nil {
			return 0, nil, err
		}
		h := trimHeader(cells)
		for _, cand := range [][]string{h, fillFromAbove(h, prev)} {
			if cand == nil {
				continue
			}
			if s := hs.score(cand); s > best {
				best, bestAt, bestHeader = s, n, cand
			}
		}
		prev = h
	}
	if err := rows.Error(); err != nil {
		return 0, nil, err
	}
	return bestAt, bestHeader, nil
}

// firstRow returns the first non-blank row of a sheet as a header.
func firstRow(f *excelize.File, sheet string) (int, []string, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return 0, nil, err
	}
	defer rows.Close()
	for n := 1; n <= headerScanRows && rows.Next(); n++ {
		cells, err := rows.Columns()
		if err != nil {
			return 0, nil, err
		}
		if !allEmpty(cells) {
			return n, trimHeader(cells), nil
		}
	}
	return 0, nil, rows.Error()
}

// trimHeader trims the cells of a header row.
func trimHeader(cells []string) []string {
	h := make([]string, len(cells))
	for i, c := range cells {
		h[i] = strings.TrimSpace(strings.TrimPrefix(c, "\ufeff"))
	}
	return h
}

// fillFromAbove returns h with its blank cells taken from the row above,
// or nil when that changes nothing. A header cell merged over two rows
// holds its text in the upper row only.
func fillFromAbove(h, above []string) []string {
	var out []string
	for i := range max(len(h), len(above)) {
		var v string
		if i < len(h) {
			v = h[i]
		}
		if v == "" && i < len(above) && above[i] != "" {
			if out == nil {
				out = make([]string, max(len(h), len(above)))
				copy(out, h)
			}
			out[i] = above[i]
		}
	}
	return out
}

// xlsxTable streams the rows of a sheet after its header; blank rows are
// skipped (as blank lines of a CSV are).
type xlsxTable struct {
	path, sheet string
	rows        *excelize.Rows
	n           int // the sheet row last read
	width       int // header cells
}

func (t *xlsxTable) next() ([]string, int, error) {
	for t.rows.Next() {
		t.n++
		cells, err := t.rows.Columns()
		if err != nil {
			return nil, 0, fmt.Errorf("%s: sheet %q row %d: %w", t.path, t.sheet, t.n, err)
		}
		if allEmpty(cells) {
			continue
		}
		for len(cells) < t.width {
			cells = append(cells, "") // trailing empty cells are not stored
		}
		return cells, t.n, nil
	}
	if err := t.rows.Error(); err != nil {
		return nil, 0, fmt.Errorf("%s: sheet %q after row %d: %w", t.path, t.sheet, t.n, err)
	}
	return nil, 0, io.EOF
}
