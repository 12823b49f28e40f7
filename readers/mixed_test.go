package readers

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	"github.com/xuri/excelize/v2"
)

// copyFixture copies a testdata/formats file to dir/name.
func copyFixture(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata/formats", src))
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(dst), 0o755)
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestMixedDirectory: a directory tree of CSV, XLSX and Parquet logs is
// read file by file, every row tagged with its own position.
func TestMixedDirectory(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, "messages.csv", filepath.Join(dir, "a/messages.csv"))
	copyFixture(t, "messages_openpyxl.xlsx", filepath.Join(dir, "a/b/helpdesk.xlsx"))
	copyFixture(t, "messages_parquetgo_ms_utc_zstd.parquet", filepath.Join(dir, "warehouse.parquet"))
	os.WriteFile(filepath.Join(dir, "README.md"), []byte("notes"), 0o644)
	s, err := Open([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][]string{}
	var order []string
	if err := s.Rows(t.Context(), func(r *Row) error {
		if r.Err != nil {
			t.Errorf("%v: %v", r.Pos, r.Err)
		}
		rel, _ := filepath.Rel(dir, r.Pos.File)
		if len(rows[rel]) == 0 {
			order = append(order, rel)
		}
		rows[rel] = append(rows[rel], strings.TrimPrefix(r.Pos.String(), r.Pos.File))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	wantOrder := []string{"a/b/helpdesk.xlsx", "a/messages.csv", "warehouse.parquet"}
	if strings.Join(order, " ") != strings.Join(wantOrder, " ") {
		t.Errorf("files %v, want %v", order, wantOrder)
	}
	if got := strings.Join(rows["a/messages.csv"], " "); got != ":2 :3 :5 :6 :7 :8 :9" {
		t.Errorf("csv positions %s", got)
	}
	if got := strings.Join(rows["a/b/helpdesk.xlsx"], " "); got != ":Messages!5 :Messages!6 :Messages!7 :Messages!9 :Messages!10 :Messages!11 :Messages!12" {
		t.Errorf("xlsx positions %s", got)
	}
	if got := strings.Join(rows["warehouse.parquet"], " "); got != "#1 #2 #3 #4 #5 #6 #7" {
		t.Errorf("parquet positions %s", got)
	}
	for _, in := range s.Inputs() {
		if in.RowsRead != 7 || in.RowsRejected != 0 || in.Format == "" || in.Encoding == "" {
			t.Errorf("input %+v", in)
		}
	}
}

// writeXLSX writes a workbook with excelize: one sheet per entry, rows of cells.
func writeXLSX(t *testing.T, sheets []string, rows map[string][][]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, name := range sheets {
		if i == 0 {
			f.SetSheetName("Sheet1", name)
		} else {
			f.NewSheet(name)
		}
		for r, cells := range rows[name] {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(name, cell, &cells); err != nil {
				t.Fatal(err)
			}
		}
	}
	p := filepath.Join(t.TempDir(), "book.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestXLSXOpenErrors(t *testing.T) {
	header := []any{"Date", "Message"}
	tests := []struct {
		name   string
		sheets []string
		rows   map[string][][]any
		opt    Options
		want   string
	}{
		{"no header anywhere", []string{"A", "B"}, map[string][][]any{"A": {{"x", "y"}}, "B": {{"1", "2"}}}, Options{},
			`book.xlsx: no sheet has a header row with a date and a message column in its first 50 rows (sheets: "A", "B"); use --sheet NAME and --map FIELD=COLUMN`},
		{"header only", []string{"Log"}, map[string][][]any{"Log": {header, {}, {}}}, Options{},
			"book.xlsx: the log has a header but no rows; export it again with its rows, or leave it out"},
		{"no such sheet", []string{"Log"}, map[string][][]any{"Log": {header}}, Options{Sheet: "Nope"},
			`book.xlsx: no sheet "Nope"; sheets: "Log" (use --sheet NAME)`},
		{"--sheet without the columns", []string{"Log", "Other"}, map[string][][]any{"Log": {header, {"2026-10-01", "hi"}}, "Other": {{"a", "b"}}}, Options{Sheet: "Other"},
			`book.xlsx: no column for sent_at (required). Headers found: "a", "b".`},
		{"--sheet empty", []string{"Log", "Empty"}, map[string][][]any{"Log": {header}}, Options{Sheet: "Empty"},
			`book.xlsx: sheet "Empty" is empty; choose another with --sheet`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open([]string{writeXLSX(t, tt.sheets, tt.rows)}, tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant %q", err, tt.want)
			}
		})
	}
	_, err := Open([]string{"testdata/formats/encrypted.xlsx"}, Options{})
	if want := "encrypted.xlsx: the workbook is password-protected (encrypted) or an old .xls; open it in Excel and save a copy as .xlsx without a password"; err == nil || err.Error() != "testdata/formats/"+want {
		t.Errorf("encrypted: %v", err)
	}
}

// TestXLSXCells: what excelize writes (the other writer) reads as the CSV
// would: date serials with seconds, ragged rows, extra cells rejected.
func TestXLSXCells(t *testing.T) {
	p := writeXLSX(t, []string{"Log"}, map[string][][]any{"Log": {
		{"Sent", "Message", "Opted out", "Direction"},
		{45658.0000115741, "serial", true, "out"},
		{"2025-01-01 00:00:02", "text date", nil, "in"},
		{45658.5, "", nil, "out"},
		{45658.5, "noon", nil, "out", nil, "stray"},
	}})
	got, _, err := readLog(t, []string{p}, Options{Location: mustLoc(t, "Europe/Berlin")})
	if err != nil {
		t.Fatal(err)
	}
	diffLines(t, got, []string{
		`0||2024-12-31T23:00:01Z|outbound|"serial"|true`,
		`0||2024-12-31T23:00:02Z|inbound|"text date"|false`,
		`0|ERR body is empty`,
		`0|ERR row 5: 6 fields, header has 4`,
	})
}

// TestParquetHeaderOnly: a Parquet file with a schema and no rows.
func TestParquetHeaderOnly(t *testing.T) {
	schema := arrow.NewSchema([]arrow.Field{{Name: "date", Type: arrow.BinaryTypes.String}, {Name: "body", Type: arrow.BinaryTypes.String}}, nil)
	b := array.NewRecordBuilder(memory.NewGoAllocator(), schema)
	rec := b.NewRecordBatch()
	p := filepath.Join(t.TempDir(), "empty.parquet")
	f, _ := os.Create(p)
	if err := pqarrow.WriteTable(array.NewTableFromRecords(schema, []arrow.RecordBatch{rec}), f, 1024, nil, pqarrow.DefaultWriterProps()); err != nil {
		t.Fatal(err)
	}
	f.Close()
	checkedAlloc(t)
	_, err := Open([]string{p}, Options{})
	if want := "empty.parquet: the log has a header but no rows"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("err = %v, want %q", err, want)
	}
}
