package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// writeTestReport renders the fixture audit to dir/report.xlsx, with the
// excelize spill files in dir too, so that a test can see what is left.
func writeTestReport(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "report.xlsx")
	x, err := NewXLSX(path, XLSXOptions{TempDir: dir, TimeZone: testTZ, Tool: Tool{"bsmaudit", "0.1.0"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range testMessages() {
		if err := x.Message(m); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range testRejections() {
		if err := x.Reject(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Close(testSummary(), testPolicy()); err != nil {
		t.Fatal(err)
	}
	return path
}

// openReport opens a written report for reading; closed with the test.
func openReport(t *testing.T, path string, opts ...excelize.Options) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path, opts...)
	if err != nil {
		t.Fatalf("reopening %s: %v", path, err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f
}

// golden compares got, as indented JSON, with testdata/golden/name; with
// -update it rewrites the file instead.
func golden(t *testing.T, name string, got any) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	goldenBytes(t, name, append(b, '\n'))
}

// goldenBytes compares got with testdata/golden/name byte for byte.
func goldenBytes(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./report -run %s -update to accept):\n--- got\n%s\n--- want\n%s",
			name, t.Name(), got, want)
	}
}

// findRow returns the 1-based row whose column A is label, or fails.
func findRow(t *testing.T, rows [][]string, label string) (int, []string) {
	t.Helper()
	for i, r := range rows {
		if len(r) > 0 && r[0] == label {
			return i + 1, r
		}
	}
	t.Fatalf("no row labelled %q", label)
	return 0, nil
}

// dirEntries lists the names in dir.
func dirEntries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}
