package report

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/bsmaudit/bsmaudit/readers"
)

// TestXLSXLarge writes 1,100,000 messages, more than a sheet holds, and
// checks the continuation sheets, that every row landed (counted in the
// sheets' XML: excelize would take minutes to read them back), the links
// across continuation sheets and the Summary's reconciliation and note.
// It takes about a minute: set BSMAUDIT_LARGE_TESTS=1.
func TestXLSXLarge(t *testing.T) {
	if os.Getenv("BSMAUDIT_LARGE_TESTS") == "" {
		t.Skip("set BSMAUDIT_LARGE_TESTS=1 to write 1,100,000 messages")
	}
	const n = 1_100_000
	dir := t.TempDir()
	out := filepath.Join(dir, "large.xlsx")
	x, err := NewXLSX(out, XLSXOptions{TempDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for i := 0; i < n; i++ {
		m := bulkMessage(i, "Your order has shipped.")
		if err := x.Message(m); err != nil {
			t.Fatal(err)
		}
		want["messages"]++
		if m.Record.Direction == readers.Outbound {
			want["findings"] += len(m.Verdict.Findings)
		} else {
			want["response"]++
		}
		if m.Blocked {
			want["blocked"]++
		}
	}
	sum := testSummary()
	sum.Rows.Read, sum.Rows.Audited, sum.Rows.Rejected = n, n, 0
	if err := x.Close(sum, testPolicy()); err != nil {
		t.Fatal(err)
	}
	sheets := countRows(t, out)
	names := make([]string, len(sheets))
	for i, s := range sheets {
		names[i] = s.name
	}
	wantNames := []string{"Summary", "Daily", "Findings", "Findings (2)", "Messages", "Messages (2)",
		"Blocked", "Response time", "Rejected rows", "Policy"}
	if !reflect.DeepEqual(names, wantNames) {
		t.Fatalf("sheets = %q, want %q", names, wantNames)
	}
	rows := map[string]int{}
	for _, s := range sheets {
		rows[s.name] = s.rows - 1 // the header
	}
	for _, c := range []struct {
		what   string
		got    int
		sheets string
	}{
		{"messages", rows["Messages"] + rows["Messages (2)"], "Messages"},
		{"findings", rows["Findings"] + rows["Findings (2)"], "Findings"},
		{"blocked", rows["Blocked"], "Blocked"},
		{"response", rows["Response time"], "Response time"},
	} {
		if c.got != want[c.what] {
			t.Errorf("%s sheets hold %d rows, want %d", c.sheets, c.got, want[c.what])
		}
	}
	if rows["Messages"] != maxDataRows || rows["Findings"] != maxDataRows {
		t.Errorf("first parts hold %d messages and %d findings, want %d each", rows["Messages"], rows["Findings"], maxDataRows)
	}
	// The last finding is of the last outbound message, the last row of
	// Messages (2) (n-1 is outbound: n-1 = 1,099,999, 1,099,999 % 3 = 1).
	last := sheets[slices.Index(names, "Findings (2)")].last
	link := fmt.Sprintf(`#&#39;Messages (2)&#39;!A%d`, n-maxDataRows+1)
	if !bytes.Contains(last, []byte(link)) {
		t.Errorf("last Findings row does not link to %s: %.300s", link, last)
	}
	f := openReport(t, out)
	summary := mustRows(t, f, "Summary")
	if _, r := findRow(t, summary, "Rows listed on Messages"); r[1] != fmt.Sprint(n) || r[2] != "on 2 sheets" {
		t.Errorf("Summary: %q", r)
	}
	if _, r := findRow(t, summary, "Check"); r[1] != "✓ read = audited + rejected" {
		t.Errorf("Summary check: %q", r)
	}
	note := fmt.Sprintf("Messages has %d rows, more than one sheet holds (%d): they continue on Messages (2).", n, maxDataRows)
	findRow(t, summary, note)
	if left := dirEntries(t, dir); !reflect.DeepEqual(left, []string{"large.xlsx"}) {
		t.Errorf("files left: %q", left)
	}
}

type sheetRows struct {
	name string
	rows int
	last []byte // the last <row> element
}

// countRows counts the <row> elements of every sheet of an xlsx, in
// workbook order, streaming through the XML.
func countRows(t *testing.T, p string) []sheetRows {
	t.Helper()
	zr, err := zip.OpenReader(p)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	part := func(name string) []byte {
		rc, err := zr.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		b, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(part("xl/workbook.xml"), &wb); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(part("xl/_rels/workbook.xml.rels"), &rels); err != nil {
		t.Fatal(err)
	}
	var out []sheetRows
	for _, s := range wb.Sheets {
		target := ""
		for _, r := range rels.Rels {
			if r.ID == s.ID {
				target = path.Join("xl", r.Target)
			}
		}
		rc, err := zr.Open(target)
		if err != nil {
			t.Fatalf("sheet %s (%s): %v", s.Name, target, err)
		}
		sr := sheetRows{name: s.Name}
		br := bufio.NewReaderSize(rc, 1<<20)
		var cur []byte
		for {
			chunk, err := br.ReadSlice('>')
			if bytes.HasPrefix(chunk, []byte("<row ")) || bytes.HasSuffix(chunk, []byte("<row>")) ||
				bytes.Contains(chunk, []byte("<row ")) {
				sr.rows++
				cur = append(cur[:0], chunk...)
			} else if len(cur) > 0 && len(cur) < 4096 {
				cur = append(cur, chunk...)
			}
			if err == io.EOF {
				break
			}
			if err != nil && err != bufio.ErrBufferFull {
				t.Fatal(err)
			}
		}
		sr.last = cur
		rc.Close()
		out = append(out, sr)
	}
	return out
}
