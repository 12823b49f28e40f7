package report

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeTestExport exports the fixture messages (and a rejection) to name.
func writeTestExport(t *testing.T, name string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	e, err := NewExport(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range testMessages() {
		if err := e.Message(m); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Reject(testRejections()[0]); err != nil {
		t.Fatal(err)
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	if left := dirEntries(t, filepath.Dir(path)); !reflect.DeepEqual(left, []string{name}) {
		t.Errorf("files in the directory: %q, want only %s", left, name)
	}
	return path
}

var wantExportRows = [][]string{
	{"m1", "log.csv:2", "2025-01-01T23:30:00Z", "outbound", "shop-de", "114-3941689-8772232",
		"critical", "address_issue", "missing_important_tag", "de", ""},
	{"m2", "log.csv:3", "2025-01-02T10:00:00Z", "outbound", "shop-de", "114-0000000-0000001",
		"prohibited", "review_request", "review_request;external_link", "en", "content_violation"},
	{"b1", "log.xlsx:Chat!7", "2025-01-02T08:00:00Z", "inbound", "shop-de", "114-0000000-0000001",
		"", "", "", "", ""},
	{"m3", "log.csv:5", "2025-01-03T12:00:00Z", "outbound", "shop-fr", "",
		"non-critical", "proactive_service", "", "", ""},
	{"b2", "log.parquet#9", "2025-01-03T09:00:00Z", "inbound", "shop-fr", "", "", "", "", "", ""},
}

func TestExportCSV(t *testing.T) {
	f, err := os.Open(writeTestExport(t, "out.CSV"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := append([][]string{{"message_id", "source", "sent_at", "direction", "account", "order_id",
		"class", "reason", "findings", "detected_language", "blocked_reason"}}, wantExportRows...)
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("CSV rows:\n got %q\nwant %q", rows, want)
	}
}

func TestExportJSONL(t *testing.T) {
	b, err := os.ReadFile(writeTestExport(t, "out.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) != len(wantExportRows) {
		t.Fatalf("%d lines, want %d", len(lines), len(wantExportRows))
	}
	// Keys in column order, HTML characters not escaped.
	if !strings.HasPrefix(lines[0], `{"message_id":"m1","source":"log.csv:2","sent_at":`) {
		t.Errorf("first line = %s", lines[0])
	}
	for i, line := range lines {
		var obj map[string]string
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		for j, k := range exportColumns {
			if obj[k] != wantExportRows[i][j] {
				t.Errorf("line %d %s = %q, want %q", i+1, k, obj[k], wantExportRows[i][j])
			}
		}
	}
}

func TestNewExportFormats(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, want string }{
		{"out.xlsx", `unknown format ".xlsx"`},
		{"out", `unknown format ""`},
	} {
		_, err := NewExport(filepath.Join(dir, tc.name))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("NewExport(%s) = %v, want an error saying %q", tc.name, err, tc.want)
		}
	}
	if left := dirEntries(t, dir); len(left) != 0 {
		t.Errorf("files left: %q", left)
	}
	in := filepath.Join(dir, "in.csv")
	if err := os.WriteFile(in, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := NewExport(in, in); err == nil || !strings.Contains(err.Error(), "it is the input") {
		t.Errorf("NewExport over an input = %v, want a refusal", err)
	}
}

// TestExportAbort checks that an aborted export leaves nothing, and that an
// existing file is replaced only by Close.
func TestExportAbort(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	e, err := NewExport(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Message(testMessages()[0]); err != nil {
		t.Fatal(err)
	}
	if err := e.Abort(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("aborted export changed the existing file to %q", b)
	}
	if left := dirEntries(t, dir); !reflect.DeepEqual(left, []string{"out.csv"}) {
		t.Errorf("files left: %q", left)
	}
}
