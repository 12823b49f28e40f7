package readers

import (
	"bufio"
	"strings"
	"testing"
	"unicode/utf16"
)

// Memory bounds of the CSV reader (issue 8): one record is at most
// maxRecordBytes (32 MiB) of text and maxRecordFields fields; encoding/csv
// holds the record and its field strings, so reading any file peaks at a
// few times 32 MiB. csvBound is what the tests allow.
var csvBound = mib(160)

// TestHostileCSVHugeField: a 100 MB field stops at 32 MiB with an error
// naming the file, whether it is quoted or not.
func TestHostileCSVHugeField(t *testing.T) {
	for _, quote := range []string{`"`, ""} {
		p := writeBig(t, "huge.csv", func(w *bufio.Writer) {
			w.WriteString("sent_at,body\n2024-05-01 10:00,ok\n2024-05-01 11:00," + quote)
			repeat(w, 'x', 100<<20)
			w.WriteString(quote + "\n2024-05-01 12:00,after\n")
		})
		o := readHostile(t, p)
		wantErr(t, o.rowsErr, "larger than 32 MiB", "line 2")
		if o.read != 1 {
			t.Errorf("read %d rows before the huge one, want 1", o.read)
		}
		wantPeak(t, o, csvBound)
	}
}

// TestHostileCSVHugeHeader: a 50 MB header line of commas (50 million
// columns) is refused when it passes maxRecordFields, long before
// encoding/csv has built 50 million strings.
func TestHostileCSVHugeHeader(t *testing.T) {
	p := writeBig(t, "wide.csv", func(w *bufio.Writer) {
		w.WriteString("sent_at,body")
		repeat(w, ',', 50<<20)
		w.WriteString("\n2024-05-01 10:00,hi\n")
	})
	o := readHostile(t, p)
	wantErr(t, o.openErr, "more than 100000 fields")
	wantPeak(t, o, csvBound)
}

// TestHostileCSVSmall: small broken files, each read to the rows and
// reasons a user can act on.
func TestHostileCSVSmall(t *testing.T) {
	utf16le := func(s string) string {
		var b strings.Builder
		for _, c := range utf16.Encode([]rune(s)) {
			b.WriteByte(byte(c))
			b.WriteByte(byte(c >> 8))
		}
		return b.String()
	}
	valid := strings.Repeat("2024-05-01 10:00,Grüße aus Köln – danke für Ihre Bestellung\n", 2000) // > 64 KiB
	tests := []struct {
		name, content string
		openErr       string   // the error Open gives, or ""
		read, rej     int      // rows read and rejected
		bodies        []string // the first bodies accepted
		reasons       []string // the first rejection reasons
	}{
		{name: "header only, no newline", content: "sent_at,body", openErr: "has a header but no rows"},
		{name: "one row, no newline", content: "sent_at,body\n2024-05-01 10:00,hi", read: 1, bodies: []string{"hi"}},
		{name: "nothing but a newline", content: "\n", openErr: "empty"},
		{name: "NUL bytes in a field", content: "sent_at,body\n2024-05-01 10:00,a\x00b\n2024-05-01 11:00,\x00\n",
			read: 2, bodies: []string{"a\x00b", "\x00"}},
		{name: "NUL bytes make the header unreadable", content: "sent\x00at,bo\x00dy\n2024-05-01 10:00,hi\n",
			openErr: "no column for sent_at"},
		{name: "UTF-16LE without a byte order mark", content: utf16le("sent_at,body\n2024-05-01 10:00,Grüße\n"),
			read: 1, bodies: []string{"Grüße"}},
		{name: "invalid UTF-8 after 64 KiB of valid UTF-8",
			content: "sent_at,body\n" + valid + "2024-05-01 11:00,bad \xff\xfe byte\n2024-05-01 12:00,after\n",
			read:    2002, bodies: []string{"Grüße aus Köln – danke für Ihre Bestellung"}},
		{name: "mixed line endings", content: "sent_at,body\r\n2024-05-01 10:00,crlf\n2024-05-01 11:00,lf\r2024-05-01 12:00,cr\r\n",
			read: 3, bodies: []string{"crlf", "lf", "cr"}},
		{name: "classic Mac line endings", content: "sent_at,body\r2024-05-01 10:00,one\r2024-05-01 11:00,two\r",
			read: 2, bodies: []string{"one", "two"}},
		{name: "a quote never closed", content: "sent_at,body\n2024-05-01 10:00,\"open\n2024-05-01 11:00,b\n",
			openErr: "never closed"},
		{name: "ragged rows", content: "sent_at,body\n2024-05-01 10:00\n2024-05-01 11:00,b,c\nxx,d\n",
			read: 3, rej: 3, reasons: []string{"line 2: 1 fields, header has 2", "line 3: 3 fields, header has 2", `sent_at "xx"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := readHostile(t, writeFile(t, "in.csv", tc.content))
			if tc.openErr != "" {
				wantErr(t, o.openErr, tc.openErr)
				return
			}
			if o.openErr != nil || o.rowsErr != nil {
				t.Fatalf("errors %v, %v", o.openErr, o.rowsErr)
			}
			if o.read != tc.read || o.rejected != tc.rej {
				t.Errorf("read %d, rejected %d; want %d, %d (reasons %q)", o.read, o.rejected, tc.read, tc.rej, o.reasons)
			}
			for i, b := range tc.bodies {
				if i >= len(o.bodies) || o.bodies[i] != b {
					t.Errorf("bodies %q, want %q first", o.bodies, tc.bodies)
					break
				}
			}
			for i, r := range tc.reasons {
				if i >= len(o.reasons) || !strings.Contains(o.reasons[i], r) {
					t.Errorf("reasons %q, want %q", o.reasons, tc.reasons)
					break
				}
			}
		})
	}
}

// TestHostileCSVInvalidUTF8Kept: invalid bytes after the sniffed start
// are kept as read (the report shows them as \xNN escapes), not dropped.
func TestHostileCSVInvalidUTF8Kept(t *testing.T) {
	valid := strings.Repeat("2024-05-01 10:00,Grüße aus Köln\n", 4000)
	p := writeFile(t, "in.csv", "sent_at,body\n"+valid+"2024-05-01 11:00,bad \xff byte\n")
	got, _, err := readLog(t, []string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if last := got[len(got)-1]; !strings.Contains(last, `"bad \xff byte"`) {
		t.Errorf("last row %s", last)
	}
}
