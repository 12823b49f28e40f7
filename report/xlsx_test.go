package report

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/xuri/excelize/v2"
)

var wantSheets = []string{"Summary", "Daily", "Findings", "Messages", "Blocked",
	"Response time", "Rejected rows", "Policy"}

// TestXLSXGolden compares every cell of every sheet (as excelize formats
// it) with testdata/golden/report.json.
func TestXLSXGolden(t *testing.T) {
	dir := t.TempDir()
	f := openReport(t, writeTestReport(t, dir))
	if got := f.GetSheetList(); !reflect.DeepEqual(got, wantSheets) {
		t.Fatalf("sheets = %q, want %q", got, wantSheets)
	}
	type sheet struct {
		Name string
		Rows [][]string
	}
	var all []sheet
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rows { // the 40,000-character body: checked in TestXLSXCellSafety
			for j, c := range r {
				if len(c) > 200 {
					rows[i][j] = c[:20] + "…(" + strconv.Itoa(len(c)) + " bytes)"
				}
			}
		}
		all = append(all, sheet{name, rows})
	}
	golden(t, "report.json", all)
	if left := dirEntries(t, dir); !reflect.DeepEqual(left, []string{"report.xlsx"}) {
		t.Errorf("files left in the directory: %q, want only report.xlsx", left)
	}
}

// TestXLSXTables checks the header row, the table and the frozen header of
// every tabular sheet.
func TestXLSXTables(t *testing.T) {
	f := openReport(t, writeTestReport(t, t.TempDir()))
	tests := []struct {
		sheet, table, ref string
		header            []string
	}{
		{"Daily", "Daily", "A1:O3", []string{"Date", "Account", "Outbound", "Critical", "Non-critical",
			"Prohibited", "Blocked", "Avg daily orders", "Limit", "Over", "Window from", "Window to",
			"Days with orders", "Partial window", "First over at"}},
		{"Findings", "Findings", "A1:J4", []string{"Message ID", "Source", "Sent at", "Account",
			"Order ID", "Code", "Severity", "Rule", "Evidence", "Class"}},
		{"Messages", "Messages", "A1:X6", []string{"Message ID", "Source", "Sent at", "Day",
			"Direction", "Account", "Marketplace", "Order ID", "Buyer language", "Detected language",
			"Class", "Reason", "Reason rule", "Reason evidence", "Findings", "Finding count", "Reply",
			"Status", "Blocked reason", "Over limit", "Predicted block", "Predicted evidence", "Subject", "Body"}},
		{"Blocked", "Blocked", "A1:I2", []string{"Message ID", "Source", "Sent at", "Account",
			"Order ID", "Status", "Diagnosis", "Evidence", "Class"}},
		{"Response time", "ResponseTime", "A1:J3", []string{"Message ID", "Source", "Received at",
			"Account", "Order ID", "Answered at", "Hours", "Within 24h", "Excluded", "Outcome"}},
		{"Rejected rows", "RejectedRows", "A1:B2", []string{"Source", "Reason"}},
		{"Policy", "PolicyRules", "A1:I3", []string{"ID", "Kind", "Class", "Reason", "Code",
			"Severity", "Language", "Description", "Patterns"}},
	}
	for _, tc := range tests {
		t.Run(tc.sheet, func(t *testing.T) {
			rows, err := f.GetRows(tc.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if got := rows[0][:min(len(rows[0]), len(tc.header))]; !reflect.DeepEqual(got, tc.header) {
				t.Errorf("header = %q, want %q", got, tc.header)
			}
			tables, err := f.GetTables(tc.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if len(tables) != 1 || tables[0].Name != tc.table || tables[0].Range != tc.ref {
				t.Errorf("tables = %+v, want one %s over %s", tables, tc.table, tc.ref)
			}
			panes, err := f.GetPanes(tc.sheet)
			if err != nil {
				t.Fatal(err)
			}
			if !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
				t.Errorf("panes = %+v, want the header row frozen", panes)
			}
			if st, _ := f.GetCellStyle(tc.sheet, "A1"); st == 0 {
				t.Error("header cell A1 has no style")
			}
		})
	}
}

// TestXLSXReconciliation checks the Summary's reconciliation block, both
// when the rows add up and when they do not.
func TestXLSXReconciliation(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		read, audited, reject int
		check                 string
	}{
		{"ok", 6, 5, 1, "✓ read = audited + rejected"},
		{"mismatch", 7, 5, 1, "MISMATCH: read 7 ≠ audited 5 + rejected 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := t.TempDir() + "/r.xlsx"
			x, err := NewXLSX(path, XLSXOptions{})
			if err != nil {
				t.Fatal(err)
			}
			sum := testSummary()
			sum.Rows.Read, sum.Rows.Audited, sum.Rows.Rejected = tc.read, tc.audited, tc.reject
			if err := x.Close(sum, nil); err != nil {
				t.Fatal(err)
			}
			f := openReport(t, path)
			rows, err := f.GetRows("Summary")
			if err != nil {
				t.Fatal(err)
			}
			for label, want := range map[string]int{"Rows read": tc.read, "Rows audited": tc.audited, "Rows rejected": tc.reject} {
				r, row := findRow(t, rows, label)
				if row[1] != strconv.Itoa(want) {
					t.Errorf("%s = %q, want %d", label, row[1], want)
				}
				if typ, _ := f.GetCellType("Summary", "B"+strconv.Itoa(r)); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
					t.Errorf("%s is text, want a number", label)
				}
			}
			r, row := findRow(t, rows, "Check")
			if row[1] != tc.check {
				t.Errorf("check = %q, want %q", row[1], tc.check)
			}
			id, _ := f.GetCellStyle("Summary", "B"+strconv.Itoa(r))
			st, _ := f.GetStyle(id)
			wantColor := map[string]string{"ok": "2E7D32", "mismatch": "C62828"}[tc.name]
			if st == nil || st.Font == nil || !strings.EqualFold(st.Font.Color, wantColor) {
				t.Errorf("check style = %+v, want font colour %s", st, wantColor)
			}
		})
	}
}

// TestXLSXDailyBreach checks the breach row of Daily: its numbers, the
// excess in red, and the conditional format over the rows.
func TestXLSXDailyBreach(t *testing.T) {
	f := openReport(t, writeTestReport(t, t.TempDir()))
	rows, err := f.GetRows("Daily")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"2025-01-02", "shop-de", "2", "1", "0", "1", "1", "0.20", "1", "1",
		"2024-12-03", "2025-01-01", "30", "no", "2025-01-02 11:00:00"}
	if !reflect.DeepEqual(rows[1], want) {
		t.Errorf("breach row = %q, want %q", rows[1], want)
	}
	// The day without orders: limit and average left empty, not 0.
	if rows[2][7] != "" || rows[2][8] != "" || rows[2][9] != "0" {
		t.Errorf("unknown-limit row = %q, want empty average and limit, over 0", rows[2])
	}
	id, _ := f.GetCellStyle("Daily", "J2")
	if st, _ := f.GetStyle(id); st == nil || st.Font == nil || !st.Font.Bold {
		t.Errorf("Daily!J2 (the excess) style = %+v, want bold red", st)
	}
	cf, err := f.GetConditionalFormats("Daily")
	if err != nil {
		t.Fatal(err)
	}
	rules := cf["A2:O3"]
	if len(rules) != 1 || rules[0].Type != "formula" || rules[0].Criteria != "$J2>0" {
		t.Errorf("conditional formats = %+v, want one formula $J2>0 over A2:O3", cf)
	}
}

// TestXLSXSummaryLinks checks that the Summary links to every other sheet
// and shows no gridlines.
func TestXLSXSummaryLinks(t *testing.T) {
	f := openReport(t, writeTestReport(t, t.TempDir()))
	for i, name := range wantSheets[1:] {
		cell := "H" + strconv.Itoa(linksRow+1+i)
		ok, target, err := f.GetCellHyperLink("Summary", cell)
		if err != nil || !ok || target != "'"+name+"'!A1" {
			t.Errorf("Summary!%s links to %q (%v, %v), want %s", cell, target, ok, err, name)
		}
	}
	view, err := f.GetSheetView("Summary", 0)
	if err != nil || view.ShowGridLines == nil || *view.ShowGridLines {
		t.Errorf("Summary view = %+v (%v), want no gridlines", view, err)
	}
}

// TestXLSXEmpty writes a report of nothing: every sheet, every table, no error.
func TestXLSXEmpty(t *testing.T) {
	path := t.TempDir() + "/empty.xlsx"
	x, err := NewXLSX(path, XLSXOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Close(&audit.Summary{}, nil); err != nil {
		t.Fatal(err)
	}
	f := openReport(t, path)
	if got := f.GetSheetList(); !reflect.DeepEqual(got, wantSheets) {
		t.Fatalf("sheets = %q", got)
	}
	for _, sheet := range wantSheets[1:] {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		data := 0 // rows with a table cell (Blocked and Response time have a block beside)
		for _, r := range rows[1:] {
			if len(r) > 0 && r[0] != "" {
				data++
			}
		}
		if sheet != "Policy" && data != 0 {
			t.Errorf("%s has %d data rows, want the header only", sheet, data)
		}
		tables, _ := f.GetTables(sheet)
		if len(tables) != 1 || !strings.HasSuffix(tables[0].Range, "2") {
			t.Errorf("%s tables = %+v, want one over the header and an empty row", sheet, tables)
		}
	}
	if !slices.Contains(mustRows(t, f, "Policy")[0], "Policy") {
		t.Error("Policy sheet has no policy block")
	}
}

func mustRows(t *testing.T, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestXLSXActiveSheet checks that the report opens on its Summary.
func TestXLSXActiveSheet(t *testing.T) {
	f := openReport(t, writeTestReport(t, t.TempDir()))
	if i := f.GetActiveSheetIndex(); i != 0 {
		t.Errorf("active sheet = %d (%s), want Summary", i, f.GetSheetName(i))
	}
}

// TestXLSXZoneMismatch checks that a report whose rows were streamed in
// another zone than the Summary's says so.
func TestXLSXZoneMismatch(t *testing.T) {
	path := t.TempDir() + "/z.xlsx"
	x, err := NewXLSX(path, XLSXOptions{}) // UTC, but the summary is Berlin
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Close(testSummary(), nil); err != nil {
		t.Fatal(err)
	}
	rows := mustRows(t, openReport(t, path), "Summary")
	want := "Times on the message sheets are in UTC, not in the audit's time zone Europe/Berlin."
	if last := rows[len(rows)-1]; len(last) == 0 || last[0] != want {
		t.Errorf("last Summary row = %q, want the note %q", last, want)
	}
}

// TestXLSXUniqueHeaders checks that no table has a header twice (Excel
// requires unique column names; excelize does not check in stream mode).
func TestXLSXUniqueHeaders(t *testing.T) {
	st := &styles{}
	for name, cols := range map[string][]column{
		"Messages": messageColumns(st), "Findings": findingColumns(st), "Blocked": blockedColumns(st),
		"Response time": responseColumns(st), "Rejected rows": rejectedColumns(st),
		"Daily": dailyColumns(st, true), "Policy": policyColumns(st),
	} {
		seen := map[string]bool{}
		for _, c := range cols {
			if seen[strings.ToLower(c.header)] {
				t.Errorf("%s: header %q twice", name, c.header)
			}
			seen[strings.ToLower(c.header)] = true
		}
	}
}
