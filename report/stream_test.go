package report

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
	"github.com/xuri/excelize/v2"
)

// bulkMessage is message i of a large synthetic log: every third one
// inbound, outbound ones with two findings, every tenth one blocked.
func bulkMessage(i int, body string) *audit.Message {
	m := testMessages()[0]
	m.Pos = readers.Pos{File: "big.csv", Line: i + 2}
	m.Record.MessageID = fmt.Sprintf("m%07d", i)
	m.Record.Body = body
	m.Blocked = i%10 == 0
	if m.Blocked {
		m.BlockedReason = audit.BlockedUnknown
	}
	if i%3 == 2 {
		m.Record.Direction = readers.Inbound
		m.Response = &audit.Response{Delay: 90 * 60e9, WithinTarget: true}
	} else {
		m.Verdict.Findings = append(m.Verdict.Findings, audit.Finding{
			Code: "external_link", Severity: policy.Error, Rule: "links", Evidence: body[:min(len(body), 2000)]})
	}
	return m
}

// TestXLSXStreamsInterleaved writes rows to all five streamed sheets in turn,
// enough that at least Messages and Findings have written (compressed) rows
// to their temporary row files (rowFile) while the others stay open, and checks that
// every row lands on its sheet and the temporary files are gone.
// Messages also continues on a second sheet: moving that sheet into place
// once another stream had spilled to disk used to panic inside excelize.
func TestXLSXStreamsInterleaved(t *testing.T) {
	if testing.Short() {
		t.Skip("writes about 60 MB of sheet XML")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "big.xlsx")
	x, err := NewXLSX(path, XLSXOptions{TempDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	const n = 12000
	x.messages.maxRows = n - 100
	body := strings.Repeat("Lorem ipsum dolor sit amet. ", 80) // 2,240 bytes
	want := map[string]int{"Messages": n - 100, "Messages (2)": 100}
	for i := 0; i < n; i++ {
		m := bulkMessage(i, body)
		if err := x.Message(m); err != nil {
			t.Fatal(err)
		}
		if m.Record.Direction == readers.Outbound {
			want["Findings"] += len(m.Verdict.Findings)
		} else {
			want["Response time"]++
		}
		if m.Blocked {
			want["Blocked"]++
		}
		if i%100 == 0 {
			if err := x.Reject(&audit.Rejection{Pos: m.Pos, Reason: "bad row"}); err != nil {
				t.Fatal(err)
			}
			want["Rejected rows"]++
		}
	}
	spills := 0
	for _, e := range dirEntries(t, dir) {
		st, err := os.Stat(filepath.Join(dir, e))
		if strings.HasPrefix(e, "bsmaudit-rows-") && err == nil && st.Size() > 0 {
			spills++
		}
	}
	if spills < 2 {
		t.Errorf("%d row files with rows on disk while streaming, want at least 2 (Messages and Findings)", spills)
	}
	if err := x.Close(testSummary(), nil); err != nil {
		t.Fatal(err)
	}
	f := openReport(t, path, excelize.Options{RawCellValue: true}) // formatting dates is slow
	for sheet, rows := range want {
		it, err := f.Rows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		last := []string(nil)
		for it.Next() {
			got++
			if last, err = it.Columns(); err != nil {
				t.Fatal(err)
			}
		}
		_ = it.Close()
		if got-1 != rows {
			t.Errorf("%s has %d data rows, want %d", sheet, got-1, rows)
		}
		if sheet == "Messages (2)" && (len(last) < 24 || last[0] != fmt.Sprintf("m%07d", n-1) || last[23] != body) {
			t.Errorf("last Messages row is wrong: %.80q", last)
		}
	}
	if left := dirEntries(t, dir); !reflect.DeepEqual(left, []string{"big.xlsx"}) {
		t.Errorf("files left behind: %q", left)
	}
}

// TestXLSXSpillSheets checks that rows beyond a sheet's capacity continue on
// "Messages (2)", "Messages (3)"..., right after Messages, each a table.
func TestXLSXSpillSheets(t *testing.T) {
	path := filepath.Join(t.TempDir(), "spill.xlsx")
	x, err := NewXLSX(path, XLSXOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x.messages.maxRows, x.findings.maxRows = 2, 4
	for i := 0; i < 5; i++ {
		if err := x.Message(bulkMessage(i, "hello")); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Close(testSummary(), nil); err != nil {
		t.Fatal(err)
	}
	f := openReport(t, path)
	want := []string{"Summary", "Daily", "Findings", "Findings (2)", "Messages", "Messages (2)",
		"Messages (3)", "Blocked", "Response time", "Rejected rows", "Policy"}
	if got := f.GetSheetList(); !reflect.DeepEqual(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	for _, tc := range []struct {
		sheet, table string
		ids          []string
	}{
		{"Messages", "Messages", []string{"m0000000", "m0000001"}},
		{"Messages (2)", "Messages_2", []string{"m0000002", "m0000003"}},
		{"Messages (3)", "Messages_3", []string{"m0000004"}},
		{"Findings (2)", "Findings_2", []string{"m0000003", "m0000003", "m0000004", "m0000004"}},
	} {
		rows := mustRows(t, f, tc.sheet)
		if rows[0][0] != "Message ID" {
			t.Errorf("%s header = %q", tc.sheet, rows[0])
		}
		var ids []string
		for _, r := range rows[1:] {
			ids = append(ids, r[0])
		}
		if !reflect.DeepEqual(ids, tc.ids) {
			t.Errorf("%s rows = %q, want %q", tc.sheet, ids, tc.ids)
		}
		tables, _ := f.GetTables(tc.sheet)
		if len(tables) != 1 || tables[0].Name != tc.table {
			t.Errorf("%s tables = %+v, want %s", tc.sheet, tables, tc.table)
		}
	}
	// The Summary links to the continuation sheets too.
	if ok, target, _ := f.GetCellHyperLink("Summary", "H"+itoa(linksRow+5)); !ok || target != "'Messages (2)'!A1" {
		t.Errorf("Summary!H%d links to %q, want Messages (2)", linksRow+5, target)
	}
}

// TestXLSXAbort checks that an aborted report leaves nothing behind.
func TestXLSXAbort(t *testing.T) {
	dir := t.TempDir()
	x, err := NewXLSX(filepath.Join(dir, "r.xlsx"), XLSXOptions{TempDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Repeat("x", 4000)
	for i := 0; i < 6000; i++ { // rows reach the row files and spools in dir
		if err := x.Message(bulkMessage(i, body)); err != nil {
			t.Fatal(err)
		}
	}
	if len(dirEntries(t, dir)) == 0 {
		t.Fatal("expected row files and spools while streaming")
	}
	if err := x.Abort(); err != nil {
		t.Fatal(err)
	}
	if left := dirEntries(t, dir); len(left) != 0 {
		t.Errorf("Abort left %q", left)
	}
	if err := x.Abort(); err != nil {
		t.Errorf("second Abort: %v", err)
	}
	if err := x.Message(bulkMessage(0, "x")); err == nil {
		t.Error("Message after Abort succeeded")
	}
}

// TestXLSXCloseFailure checks that a save that fails leaves no file.
func TestXLSXCloseFailure(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "gone")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	x, err := NewXLSX(filepath.Join(sub, "r.xlsx"), XLSXOptions{TempDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(sub); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(testSummary(), nil); err == nil {
		t.Fatal("Close into a removed directory succeeded")
	}
	if left := dirEntries(t, dir); len(left) != 0 {
		t.Errorf("failed Close left %q", left)
	}
}

// TestNewXLSXRefuses checks the outputs NewXLSX refuses before any work.
func TestNewXLSXRefuses(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.xlsx")
	if err := os.WriteFile(in, []byte("input"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.xlsx")
	if err := os.Symlink(in, link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, out string
		inputs    []string
		want      string
	}{
		{"same path", in, []string{in}, "it is the input"},
		{"unclean path", filepath.Join(dir, "sub", "..", "in.xlsx"), []string{in}, "it is the input"},
		{"symlink to input", link, []string{in}, "it is the input"},
		{"relative input", in, []string{mustRel(t, in)}, "it is the input"},
		{"directory", dir, nil, "is a directory"},
		{"missing directory", filepath.Join(dir, "nope", "r.xlsx"), nil, "cannot be written"},
		{"bad zone", filepath.Join(dir, "r.xlsx"), nil, "time zone"},
		{"bad temp dir", filepath.Join(dir, "r.xlsx"), nil, "temporary directory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opt := XLSXOptions{Inputs: tc.inputs}
			switch tc.name {
			case "bad zone":
				opt.TimeZone = "Mars/Olympus"
			case "bad temp dir":
				opt.TempDir = filepath.Join(dir, "missing")
			}
			x, err := NewXLSX(tc.out, opt)
			if err == nil {
				_ = x.Abort()
				t.Fatalf("NewXLSX(%s) succeeded", tc.out)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
		})
	}
	if b, _ := os.ReadFile(in); string(b) != "input" {
		t.Error("the input was touched")
	}
	if left := dirEntries(t, dir); !reflect.DeepEqual(left, []string{"in.xlsx", "link.xlsx"}) {
		t.Errorf("files left: %q", left)
	}
}

func mustRel(t *testing.T, p string) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(wd, p)
	if err != nil {
		t.Fatal(err)
	}
	return rel
}

// TestXLSXSpillAtExcelLimit writes one row more than a sheet holds at
// Excel's real limit. It takes about 20 s: set BSMAUDIT_LARGE_TESTS=1.
func TestXLSXSpillAtExcelLimit(t *testing.T) {
	if os.Getenv("BSMAUDIT_LARGE_TESTS") == "" {
		t.Skip("set BSMAUDIT_LARGE_TESTS=1 to write 1,048,580 rows")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "big.xlsx")
	x, err := NewXLSX(path, XLSXOptions{TempDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	const n = maxDataRows + 5
	r := &audit.Rejection{Reason: "bad"}
	for i := 0; i < n; i++ {
		r.Pos = readers.Pos{File: "f", Line: i + 2}
		if err := x.Reject(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Close(testSummary(), nil); err != nil {
		t.Fatal(err)
	}
	f := openReport(t, path)
	want := []string{"Summary", "Daily", "Findings", "Messages", "Blocked", "Response time",
		"Rejected rows", "Rejected rows (2)", "Policy"}
	if got := f.GetSheetList(); !reflect.DeepEqual(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	for sheet, ref := range map[string]string{"Rejected rows": "A1:B1048576", "Rejected rows (2)": "A1:B6"} {
		if tb, _ := f.GetTables(sheet); len(tb) != 1 || tb[0].Range != ref {
			t.Errorf("%s tables = %+v, want one over %s", sheet, tb, ref)
		}
	}
	rows := mustRows(t, f, "Rejected rows (2)")
	if len(rows) != 6 || rows[1][0] != fmt.Sprintf("f:%d", maxDataRows+2) {
		t.Errorf("Rejected rows (2) = %q", rows)
	}
}
