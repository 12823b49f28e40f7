package readers

import (
	"strings"
	"testing"
)

// TestXLSXTwins reads the openpyxl workbooks and compares every row with
// the CSV twin, read in the same zone (date cells have no zone).
func TestXLSXTwins(t *testing.T) {
	opt := Options{Location: mustLoc(t, "America/New_York")}
	twin, _ := readRows(t, "testdata/formats/messages.csv", opt)
	tests := []struct {
		name, path, sheet string
		want              []Row
		positions         []string // the Pos of each row
	}{
		{"header on row 4, merged, title row", "testdata/formats/messages_openpyxl.xlsx", "", twin,
			[]string{"Messages!5", "Messages!6", "Messages!7", "Messages!9", "Messages!10", "Messages!11", "Messages!12"}},
		{"--sheet", "testdata/formats/messages_openpyxl.xlsx", "archive", twin[:2],
			[]string{"Archive!2", "Archive!3"}},
		{"1904 date system", "testdata/formats/messages_1904.xlsx", "", twin,
			[]string{"Log!2", "Log!3", "Log!4", "Log!5", "Log!6", "Log!7", "Log!8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := opt
			o.Sheet = tt.sheet
			got, in := readRows(t, tt.path, o)
			sameRecords(t, got, tt.want)
			for i, r := range got {
				if i < len(tt.positions) && r.Pos.String() != tt.path+":"+tt.positions[i] {
					t.Errorf("row %d at %v, want %s", i, r.Pos, tt.positions[i])
				}
			}
			if in.Format != "xlsx" || in.RowsRead != len(tt.want) || in.RowsRejected != 0 {
				t.Errorf("input %+v", in)
			}
			if in.Columns[FieldThreadID] != "Ticket ID" || in.Columns[FieldSubject] != "Subject" || in.Columns[FieldBody] != "Message" {
				t.Errorf("columns %v", in.Columns)
			}
		})
	}
}

func TestXLSXOrdersTwin(t *testing.T) {
	twin, _ := readOrderRows(t, "testdata/formats/orders.csv", Options{})
	got, in := readOrderRows(t, "testdata/formats/orders_openpyxl.xlsx", Options{})
	sameOrders(t, got, twin)
	if in.Format != "xlsx" || in.RowsRead != 4 {
		t.Errorf("input %+v", in)
	}
	if got[2].Order.Status != "Cancelled" || got[2].Pos.String() != "testdata/formats/orders_openpyxl.xlsx:All Orders!4" {
		t.Errorf("row 3: %+v", got[2])
	}
}

func TestXLSXErrors(t *testing.T) {
	tests := []struct {
		name, file, content string
		opt                 Options
		want                string
	}{
		{"csv renamed", "a.xlsx", "date,body\n2026-10-01,hi\n", Options{}, "a.xlsx: this is a text file (CSV?), not an .xlsx workbook; rename it to .csv or .tsv"},
		{"empty", "a.xlsx", "", Options{}, "a.xlsx: the file is empty; export the workbook again"},
		{"encrypted", "a.xlsx", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", Options{}, "a.xlsx: the workbook is password-protected (encrypted) or an old .xls; open it in Excel and save a copy as .xlsx without a password"},
		{"corrupt zip", "a.xlsx", "PK\x03\x04 broken", Options{}, "a.xlsx: cannot be opened as an .xlsx workbook (zip: not a valid zip file); the file is damaged or not a workbook: export it again"},
		{"binary", "a.xlsx", "\x00\x01\x02\xff\xfe", Options{}, "a.xlsx: not an .xlsx workbook (it does not start like a zip file)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open([]string{writeFile(t, tt.file, tt.content)}, tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant %q", err, tt.want)
			}
		})
	}
}
