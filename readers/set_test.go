package readers

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.csv", "date,body\n2026-10-03,x\n")
	tests := []struct {
		name  string
		paths []string
		opt   Options
		want  string
	}{
		{"missing file", []string{good, filepath.Join(dir, "nope.csv")}, Options{}, "nope.csv: no such file or directory; check the path"},
		{"empty file", []string{write("empty.csv", "")}, Options{}, "empty.csv: the file is empty (no header line)"},
		{"blank lines only", []string{write("blank.csv", "\n\n\r\n")}, Options{}, "blank.csv: the file is empty"},
		{"unknown extension", []string{write("log.json", "{}")}, Options{}, `log.json: unknown format ".json"; bsmaudit reads .csv, .tsv and .txt files (optionally .gz)`},
		{"no extension", []string{write("messages", "date,body\n")}, Options{}, `messages: no file extension; bsmaudit reads`},
		{"csv named xlsx", []string{write("log.xlsx", "date,body\n")}, Options{}, "log.xlsx: this is a text file (CSV?), not an .xlsx workbook; rename it to .csv or .tsv"},
		{"header only", []string{write("h.csv", "date,body\n\n")}, Options{}, "h.csv: the log has a header but no rows; export it again with its rows, or leave it out"},
		{"old xls", []string{write("old.xls", "x")}, Options{}, "old.xls: .xls files cannot be read; save the sheet as .xlsx or CSV"},
		{"zip named csv", []string{write("zip.csv", "PK\x03\x04....")}, Options{}, "zip.csv: this is a ZIP or XLSX file"},
		{"missing required", []string{write("when.csv", "When,Text\n")}, Options{},
			`when.csv: no column for sent_at (required). Headers found: "When", "Text". Use --map sent_at=COLUMN, e.g. --map sent_at="When".`},
		{"--map column absent", []string{good}, Options{Map: map[Field]string{FieldSubject: "Title"}},
			`good.csv: --map subject="Title": no such column; headers found: "date", "body"`},
		{"missing directory", []string{filepath.Join(dir, "nodir")}, Options{}, "no such file or directory"},
		{"no inputs", nil, Options{}, "no input files"},
	}
	os.Mkdir(filepath.Join(dir, "nologs"), 0o755)
	write("nologs/README.md", "x")
	tests = append(tests, struct {
		name  string
		paths []string
		opt   Options
		want  string
	}{"dir without logs", []string{filepath.Join(dir, "nologs")}, Options{}, "nologs: no .csv, .tsv, .txt, .xlsx or .parquet files in this directory"})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(tt.paths, tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

func TestOpenDirectory(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b/2.csv":        "date,body\n2026-10-03,b2\n",
		"b/10.tsv":       "date\tbody\n2026-10-03\tb10\n",
		"a.csv":          "date,body\n2026-10-03,a\n",
		"c/d/e.txt":      "date\tbody\n2026-10-03\te\n",
		"notes.md":       "not a log",
		".hidden/x.csv":  "garbage",
		"~$lock.csv":     "garbage",
		".DS_Store":      "garbage",
		"b/.partial.csv": "garbage",
		"z_last.csv":     "date,body\n2026-10-03,z\n2026-10-04,z2\n",
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(content), 0o644)
	}
	// The directory and one of its files: the file is read once.
	got, inputs, err := readLog(t, []string{dir, filepath.Join(dir, "a.csv")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, in := range inputs {
		rel, _ := filepath.Rel(dir, in.Path)
		paths = append(paths, rel)
	}
	wantPaths := []string{"a.csv", "b/10.tsv", "b/2.csv", "c/d/e.txt", "z_last.csv"}
	if !reflect.DeepEqual(paths, wantPaths) {
		t.Errorf("files %v, want %v", paths, wantPaths)
	}
	want := []string{
		`2||2026-10-03T00:00:00Z|outbound|"a"|false`,
		`2||2026-10-03T00:00:00Z|outbound|"b10"|false`,
		`2||2026-10-03T00:00:00Z|outbound|"b2"|false`,
		`2||2026-10-03T00:00:00Z|outbound|"e"|false`,
		`2||2026-10-03T00:00:00Z|outbound|"z"|false`,
		`3||2026-10-04T00:00:00Z|outbound|"z2"|false`,
	}
	diffLines(t, got, want)
	if inputs[4].RowsRead != 2 || inputs[0].RowsRead != 1 {
		t.Errorf("counts: %+v", inputs)
	}
	if inputs[0].Notes[0] != "no direction column: every message is read as outbound" {
		t.Errorf("notes: %q", inputs[0].Notes)
	}
}

// TestWeakDirection: a "From" or "Type" column is direction only when its
// values say so.
func TestWeakDirection(t *testing.T) {
	tests := []struct {
		name, content string
		opt           Options
		column        string // the direction column, "" when dropped
		note          string
		rows          []string
	}{
		{"From with addresses", "Date,From,Body\n2026-10-03,nina@example.com,hi\n2026-10-03,buyer,yo\n2026-10-03,ivy@example.com,x\n", Options{}, "",
			`column "From" is not read as direction: its values (e.g. "nina@example.com") are not directions such as outbound/inbound or seller/buyer; use --map direction="From" to read it anyway`,
			[]string{`2||2026-10-03T00:00:00Z|outbound|"hi"|false`, `3||2026-10-03T00:00:00Z|outbound|"yo"|false`, `4||2026-10-03T00:00:00Z|outbound|"x"|false`}},
		{"From with parties", "Date,From,Body\n2026-10-03,Seller,hi\n2026-10-03,Buyer,yo\n2026-10-03,ivy,x\n", Options{}, "From", "",
			[]string{`2||2026-10-03T00:00:00Z|outbound|"hi"|false`, `3||2026-10-03T00:00:00Z|inbound|"yo"|false`,
				`4|ERR direction "ivy": not a direction (expected outbound/inbound, seller/buyer, sent/received)`}},
		{"Type with message types", "Date,Type,Body\n2026-10-03,question,hi\n", Options{}, "",
			`column "Type" is not read as direction: its values (e.g. "question") are not directions such as outbound/inbound or seller/buyer; use --map direction="Type" to read it anyway`,
			[]string{`2||2026-10-03T00:00:00Z|outbound|"hi"|false`}},
		{"Type empty", "Date,Type,Body\n2026-10-03,,hi\n", Options{}, "",
			`column "Type" is not read as direction: its values (e.g. (empty)) are not directions such as outbound/inbound or seller/buyer; use --map direction="Type" to read it anyway`,
			[]string{`2||2026-10-03T00:00:00Z|outbound|"hi"|false`}},
		{"Type with directions", "Date,Type,Body\n2026-10-03,Inbound,hi\n", Options{}, "Type", "",
			[]string{`2||2026-10-03T00:00:00Z|inbound|"hi"|false`}},
		{"--map is obeyed", "Date,From,Body\n2026-10-03,nina@example.com,hi\n", Options{Map: map[Field]string{FieldDirection: "From"}}, "From", "",
			[]string{`2|ERR direction "nina@example.com": not a direction (expected outbound/inbound, seller/buyer, sent/received)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, inputs, err := readLog(t, []string{writeFile(t, "w.csv", tt.content)}, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			diffLines(t, got, tt.rows)
			in := inputs[0]
			if in.Columns[FieldDirection] != tt.column {
				t.Errorf("direction column %q, want %q", in.Columns[FieldDirection], tt.column)
			}
			if tt.note != "" && !slices.Contains(in.Notes, tt.note) {
				t.Errorf("notes %q\nwant %q", in.Notes, tt.note)
			}
		})
	}
}
