package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The sample's facts, from testdata/sample/README.md (written by its
// generator): 1,672 data rows, 3 of them broken; the US account's
// review-request blast on 2026-10-20 sends 800 messages against a limit of
// floor(5 × 484/30 + 600) = 680.
const (
	sampleRead     = 1672
	sampleRejected = 3
	sampleOutbound = 1454
	sampleInbound  = 215
	breachDate     = "2026-10-20"
	breachAccount  = "Northwind Home US"
	breachCount    = 800
	breachLimit    = 680
)

var sampleArgs = []string{"audit", "../../testdata/sample/messages.csv", "--orders", "../../testdata/sample/orders.txt"}

// TestSampleReport runs the README's first command and reads the report
// back: sheets, headers, row counts, the reconciliation and the breach day.
func TestSampleReport(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report.xlsx")
	code, _, stderr := runCmd(t, append(sampleArgs, "-o", out, "--json", filepath.Join(dir, "s.json"), "--export", filepath.Join(dir, "r.csv"))...)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, want := range []string{"1672 read = 1669 audited + 3 rejected", breachDate + " " + breachAccount} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr summary lacks %q:\n%s", want, stderr)
		}
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	wantSheets := []string{"Summary", "Daily", "Findings", "Messages", "Blocked", "Response time", "Rejected rows", "Policy"}
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(wantSheets, ",") {
		t.Fatalf("sheets %q, want %q", got, wantSheets)
	}
	headers := map[string][]string{
		"Daily":         {"Date", "Account", "Outbound", "Critical", "Non-critical", "Prohibited", "Blocked", "Avg daily orders", "Limit", "Over"},
		"Findings":      {"Message ID", "Source", "Sent at", "Account", "Order ID", "Code", "Severity", "Rule", "Evidence"},
		"Messages":      {"Message ID", "Source", "Sent at", "Day", "Direction", "Account"},
		"Blocked":       {"Message ID", "Source", "Sent at", "Account", "Order ID", "Status", "Diagnosis", "Evidence"},
		"Response time": {"Message ID", "Source", "Received at", "Account", "Order ID", "Answered at"},
		"Rejected rows": {"Source", "Reason"},
	}
	rows := map[string][][]string{}
	for sheet, want := range headers {
		r, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		rows[sheet] = r
		if len(r) == 0 || len(r[0]) < len(want) || strings.Join(r[0][:len(want)], "|") != strings.Join(want, "|") {
			t.Errorf("%s header %q, want it to start with %q", sheet, r[0], want)
		}
	}
	if n := len(rows["Messages"]) - 1; n != sampleRead-sampleRejected {
		t.Errorf("Messages has %d rows, want %d", n, sampleRead-sampleRejected)
	}
	if n := len(rows["Rejected rows"]) - 1; n != sampleRejected {
		t.Errorf("Rejected rows has %d rows, want %d", n, sampleRejected)
	}
	if n := len(rows["Response time"]) - 1; n != sampleInbound {
		t.Errorf("Response time has %d rows, want %d", n, sampleInbound)
	}
	for _, line := range []string{":905", ":2400", ":8712"} {
		if !containsCell(rows["Rejected rows"], line) {
			t.Errorf("Rejected rows lacks the row at line %s", line)
		}
	}

	// The reconciliation block on Summary.
	summary, _ := f.GetRows("Summary")
	for label, want := range map[string]int{"Rows read": sampleRead, "Rows audited": sampleRead - sampleRejected, "Rows rejected": sampleRejected} {
		if got := valueRight(summary, label); got != strconv.Itoa(want) {
			t.Errorf("Summary %q = %q, want %d", label, got, want)
		}
	}
	if got := valueRight(summary, "Check"); !strings.HasPrefix(got, "✓") {
		t.Errorf("Summary reconciliation check = %q", got)
	}

	// The breach day on Daily, and only that one.
	var breaches int
	for _, r := range rows["Daily"][1:] {
		over, _ := strconv.Atoi(r[9])
		if over == 0 {
			continue
		}
		breaches++
		if r[0] != breachDate || r[1] != breachAccount || r[2] != strconv.Itoa(breachCount) || r[8] != strconv.Itoa(breachLimit) || over != breachCount-breachLimit {
			t.Errorf("breach row %q, want %s %s %d over %d", r, breachDate, breachAccount, breachCount, breachLimit)
		}
	}
	if breaches != 1 {
		t.Errorf("%d breach rows on Daily, want 1", breaches)
	}
	// A real date, not text.
	if typ, _ := f.GetCellType("Daily", "A2"); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("Daily!A2 is text, want a date")
	}

	// The JSON summary says the same.
	var sum struct {
		Rows     struct{ Read, Audited, Rejected int }
		Messages struct{ Outbound, Inbound int }
		Breaches int
		Days     []struct {
			Date, Account  string
			Outbound, Over int
			Limit          *int
			AvgDailyOrders *float64 `json:"avg_daily_orders"`
		}
		Classes map[string]int
	}
	b, err := os.ReadFile(filepath.Join(dir, "s.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Rows.Read != sampleRead || sum.Rows.Audited+sum.Rows.Rejected != sum.Rows.Read || sum.Messages.Outbound != sampleOutbound || sum.Messages.Inbound != sampleInbound || sum.Breaches != 1 {
		t.Errorf("JSON summary: %+v", sum)
	}
	if total := sum.Classes["critical"] + sum.Classes["non-critical"] + sum.Classes["prohibited"]; total != sampleOutbound {
		t.Errorf("classes add up to %d, want %d", total, sampleOutbound)
	}
	export, err := os.ReadFile(filepath.Join(dir, "r.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(export)), "\n")
	if lines[0] != "message_id,source,sent_at,direction,account,order_id,class,reason,findings,detected_language,blocked_reason" {
		t.Errorf("export header %q", lines[0])
	}
	if len(lines)-1 != sampleRead-sampleRejected {
		t.Errorf("export has %d rows, want one per audited message, %d", len(lines)-1, sampleRead-sampleRejected)
	}
}

// TestSampleExitCodes: --fail-on turns findings into exit 1; --no-report
// writes nothing but what was asked for.
func TestSampleExitCodes(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := runCmd(t, append(sampleArgs, "--no-report", "--json", "-", "-q", "--fail-on", "error")...)
	if code != 1 {
		t.Errorf("--fail-on error: exit %d, want 1\n%s", code, stderr)
	}
	if stderr != "" {
		t.Errorf("-q printed %q", stderr)
	}
	if !strings.HasPrefix(stdout, "{") || !strings.Contains(stdout, `"breaches": 1`) {
		t.Errorf("--json - printed %.200q", stdout)
	}
	code, _, stderr = runCmd(t, append(sampleArgs, "-o", filepath.Join(dir, "r.xlsx"), "-q")...)
	if code != 0 {
		t.Errorf("without --fail-on: exit %d\n%s", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the report's directory holds %d entries, want just the report (no temporary files)", len(entries))
	}
}

func valueRight(rows [][]string, label string) string {
	for _, r := range rows {
		for i, c := range r {
			if c == label && i+1 < len(r) {
				return r[i+1]
			}
		}
	}
	return ""
}

func containsCell(rows [][]string, part string) bool {
	for _, r := range rows {
		for _, c := range r {
			if strings.Contains(c, part) {
				return true
			}
		}
	}
	return false
}
