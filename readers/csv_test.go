package readers

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

const notTS = "not a timestamp (expected RFC 3339, YYYY-MM-DD HH:MM[:SS], MM/DD/YYYY HH:MM, DD.MM.YYYY HH:MM)"

// TestMessagesFixture reads testdata/messages.csv: every rejected-row path
// with its exact position, a multi-line quoted field, and --tz.
func TestMessagesFixture(t *testing.T) {
	got, inputs, err := readLog(t, []string{"testdata/messages.csv"}, Options{Location: mustLoc(t, "Europe/Berlin")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`2|m1|2026-10-03T14:22:05Z|outbound|"Hi, which day suits you?"|false`,
		`3|m2|2026-10-03T13:00:00Z|inbound|"Tuesday works.\n\nThanks, \"Nina\""|false`,
		`6|ERR sent_at "31/31/2026": ` + notTS,
		`7|ERR direction "sideways": not a direction (expected outbound/inbound, seller/buyer, sent/received); buyer_opted_out "maybe": not a yes/no value (expected true/false, yes/no, 1/0, y/n, x or empty)`,
		`8|ERR body is empty`,
		`9|ERR line 9: 5 fields, header has 13`,
		`10|ERR direction is empty`,
		`11|ERR line 11: bare " in a field that is not quoted (quote the field and double the quote: "")`,
		`12|m9|2026-10-04T11:05:00Z|inbound|"Body"|true`,
	}
	diffLines(t, got, want)
	in := inputs[0]
	if in.RowsRead != 9 || in.RowsRejected != 6 || in.Format != "csv" || in.Encoding != "utf-8" {
		t.Errorf("input = %+v", in)
	}
	wantCols := map[Field]string{
		FieldMessageID: "Message ID", FieldSentAt: "Sent At", FieldDirection: "Direction",
		FieldOrderID: "Order ID", FieldBuyerID: "Buyer", FieldAccount: "Seller",
		FieldMarketplace: "Sales Channel", FieldBuyerLanguage: "Language", FieldSubject: "Subject",
		FieldBody: "Message", FieldContactReason: "Contact Reason", FieldStatus: "Status",
		FieldOptedOut: "Opted Out",
	}
	for f, c := range wantCols {
		if in.Columns[f] != c {
			t.Errorf("Columns[%s] = %q, want %q", f, in.Columns[f], c)
		}
	}
}

// TestFormats covers delimiters, BOM, CRLF, encodings and compression.
func TestFormats(t *testing.T) {
	const body = "2|1|2026-10-03T14:22:05Z|outbound|\"a;b,c\"|false"
	utf16le := func(s string) string {
		var b bytes.Buffer
		b.Write([]byte{0xFF, 0xFE})
		for _, u := range utf16.Encode([]rune(s)) {
			b.WriteByte(byte(u))
			b.WriteByte(byte(u >> 8))
		}
		return b.String()
	}
	utf16be := func(s string) string {
		var b bytes.Buffer
		b.Write([]byte{0xFE, 0xFF})
		for _, u := range utf16.Encode([]rune(s)) {
			b.WriteByte(byte(u >> 8))
			b.WriteByte(byte(u))
		}
		return b.String()
	}
	gz := func(s string) string {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.String()
	}
	tests := []struct {
		name, file, content, format, encoding string
		want                                  []string
	}{
		{"comma", "a.csv", "id,date,body\n1,2026-10-03T14:22:05Z,\"a;b,c\"\n", "csv", "utf-8", []string{body}},
		{"semicolon", "a.csv", "id;date;body\n1;2026-10-03T14:22:05Z;\"a;b,c\"\n", "csv", "utf-8", []string{body}},
		{"tab", "a.txt", "id\tdate\tbody\n1\t2026-10-03T14:22:05Z\ta;b,c\n", "tsv", "utf-8", []string{body}},
		{"tab in .csv", "a.csv", "id\tdate\tbody\n1\t2026-10-03T14:22:05Z\ta;b,c\n", "tsv", "utf-8", []string{body}},
		{"quoted commas do not count", "a.csv", "\"x,y,z\";date;body\n1;2026-10-03T14:22:05Z;a;b,c\n", "csv", "utf-8",
			[]string{"2|ERR line 2: 4 fields, header has 3"}},
		{"BOM and CRLF", "a.csv", "\ufeffid,date,body\r\n1,2026-10-03T14:22:05Z,\"a;b,c\"\r\n", "csv", "utf-8 (BOM)", []string{body}},
		{"multi-line CRLF", "a.csv", "id,date,body\r\n1,2026-10-03T14:22:05Z,\"x\r\ny\"\r\n2,2026-10-03T14:22:05Z,z\r\n", "csv", "utf-8",
			[]string{`2|1|2026-10-03T14:22:05Z|outbound|"x\ny"|false`, `4|2|2026-10-03T14:22:05Z|outbound|"z"|false`}},
		{"blank lines skipped", "a.csv", "id,date,body\n\n1,2026-10-03T14:22:05Z,x\n\n\n2,2026-10-03T14:22:05Z,y", "csv", "utf-8",
			[]string{`3|1|2026-10-03T14:22:05Z|outbound|"x"|false`, `6|2|2026-10-03T14:22:05Z|outbound|"y"|false`}},
		{"trailing empty field accepted", "a.csv", "id,date,body\n1,2026-10-03T14:22:05Z,x,\n2,2026-10-03T14:22:05Z,x,y\n", "csv", "utf-8",
			[]string{`2|1|2026-10-03T14:22:05Z|outbound|"x"|false`, "3|ERR line 3: 4 fields, header has 3"}},
		{"iso-8859-1", "a.csv", "id,date,body\n1,2026-10-03T14:22:05Z,Gr\xfc\xdfe\n", "csv", "iso-8859-1",
			[]string{`2|1|2026-10-03T14:22:05Z|outbound|"Grüße"|false`}},
		{"sep= line", "a.csv", "sep=;\r\nid;date;body\r\n1;2026-10-03T14:22:05Z;\"a;b,c\"\r\n", "csv", "utf-8",
			[]string{`3|1|2026-10-03T14:22:05Z|outbound|"a;b,c"|false`}},
		{"sep= line, comma in header text", "a.csv", "SEP=,\nid,date,body\n1,2026-10-03T14:22:05Z,\"a;b;c\"\n2,2026-10-03T14:22:05Z,\"x\" y\n", "csv", "utf-8",
			[]string{`3|1|2026-10-03T14:22:05Z|outbound|"a;b;c"|false`, "4|ERR line 4: stray \" in a quoted field (a quote inside a field must be doubled: \"\")"}},
		{"utf-16le", "a.txt", utf16le("id\tdate\tbody\r\n1\t2026-10-03T14:22:05Z\tGrüße 👋\r\n"), "tsv", "utf-16le",
			[]string{`2|1|2026-10-03T14:22:05Z|outbound|"Grüße 👋"|false`}},
		{"utf-16be", "a.csv", utf16be("id,date,body\n1,2026-10-03T14:22:05Z,\"a;b,c\"\n"), "csv", "utf-16be", []string{body}},
		{"windows-1252", "a.csv", "id,date,body\n1,2026-10-03T14:22:05Z,Gr\xfc\xdfe \x80\n", "csv", "windows-1252",
			[]string{`2|1|2026-10-03T14:22:05Z|outbound|"Grüße €"|false`}},
		{"gzip", "a.csv.gz", gz("id,date,body\n1,2026-10-03T14:22:05Z,\"a;b,c\"\n"), "csv.gz", "utf-8", []string{body}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, inputs, err := readLog(t, []string{writeFile(t, tt.file, tt.content)}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			diffLines(t, got, tt.want)
			if inputs[0].Format != tt.format || inputs[0].Encoding != tt.encoding {
				t.Errorf("format %q encoding %q, want %q %q", inputs[0].Format, inputs[0].Encoding, tt.format, tt.encoding)
			}
		})
	}
}

// TestSyntaxErrors checks that encoding/csv errors become rejected rows at
// the record's first line and that reading continues after them.
func TestSyntaxErrors(t *testing.T) {
	content := "id,date,body\n" +
		"1,2026-10-03T14:22:05Z,say \"hi\"\n" + // line 2: bare quote
		"2,2026-10-03T14:22:05Z,\"ok\"\n" + // line 3
		"3,2026-10-03T14:22:05Z,\"multi\nline \"bad\" x\"\n" + // lines 4-5: stray quote
		"4,2026-10-03T14:22:05Z,fine\n" // line 6
	got, _, err := readLog(t, []string{writeFile(t, "s.csv", content)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	diffLines(t, got, []string{
		`2|ERR line 2: bare " in a field that is not quoted (quote the field and double the quote: "")`,
		`3|2|2026-10-03T14:22:05Z|outbound|"ok"|false`,
		`4|ERR line 4: stray " in a quoted field (a quote inside a field must be doubled: ""), at line 5`,
		`6|4|2026-10-03T14:22:05Z|outbound|"fine"|false`,
	})
}

// TestUnclosedQuote: a quoted field that runs to the end of the file
// swallows every later line; that stops Rows with an error naming the line.
func TestUnclosedQuote(t *testing.T) {
	content := "id,date,body\n1,2026-10-03T14:22:05Z,ok\n2,2026-10-03T14:22:05Z,\"never closed\n3,2026-10-03T14:22:05Z,x\n4,2026-10-03T14:22:05Z,y\n"
	p := writeFile(t, "u.csv", content)
	got, _, err := readLog(t, []string{p}, Options{})
	if err == nil || !strings.Contains(err.Error(), "u.csv line 3: a quoted field starts here and is never closed, so lines 3 to 5 cannot be read") {
		t.Fatalf("err = %v", err)
	}
	diffLines(t, got, []string{`2|1|2026-10-03T14:22:05Z|outbound|"ok"|false`})

	// On the last line alone it is one rejected row.
	got, _, err = readLog(t, []string{writeFile(t, "v.csv", "id,date,body\n1,2026-10-03T14:22:05Z,\"open")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	diffLines(t, got, []string{`2|ERR line 2: stray " in a quoted field (a quote inside a field must be doubled: "")`})
}

func TestSniffDelimiter(t *testing.T) {
	tests := []struct {
		head, ext string
		want      rune
	}{
		{"a,b,c\n1;2;3;4;5", ".csv", ','},
		{"a;b;c\n", ".csv", ';'},
		{"a\tb;c\n", ".csv", '\t'},
		{"a\tb,c\n", ".txt", '\t'},
		{"\"a;b;c\",d\n", ".csv", ','},
		{"\"a,\nb\";c\n", ".csv", ';'},
		{"onecolumn\n", ".csv", ','},
		{"onecolumn\n", ".tsv", '\t'},
		{"", ".txt", '\t'},
	}
	for _, tt := range tests {
		if got := sniffDelimiter([]byte(tt.head), tt.ext); got != tt.want {
			t.Errorf("sniffDelimiter(%q, %s) = %q, want %q", tt.head, tt.ext, got, tt.want)
		}
	}
}

func TestRowsStops(t *testing.T) {
	p := writeFile(t, "a.csv", "date,body\n2026-10-03,a\n2026-10-03,b\n2026-10-03,c\n")
	s, err := Open([]string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop")
	n := 0
	err = s.Rows(context.Background(), func(*Row) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("yield error: err=%v after %d rows", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Rows(ctx, func(*Row) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled ctx: err=%v", err)
	}
}

// TestRunawayRecord: a record larger than maxRecordBytes (an unclosed
// quote in a big file) stops Rows instead of filling memory.
func TestRunawayRecord(t *testing.T) {
	old := maxRecordBytes
	maxRecordBytes = 1 << 10
	t.Cleanup(func() { maxRecordBytes = old })
	content := "date,body\n2026-10-03,ok\n2026-10-03,\"open\n" + strings.Repeat("2026-10-03,x\n", 200)
	got, _, err := readLog(t, []string{writeFile(t, "big.csv", content)}, Options{})
	if err == nil || !strings.Contains(err.Error(), "big.csv: the record after line 2 is larger than 0 MiB: a quote that is never closed") {
		t.Fatalf("err = %v", err)
	}
	diffLines(t, got, []string{`2||2026-10-03T00:00:00Z|outbound|"ok"|false`})
}

// TestRejectedValues covers the value checks one by one, with positions.
func TestRejectedValues(t *testing.T) {
	content := "sent_at,direction,buyer_opted_out,body\n" +
		",in,no,a\n" + // 2
		"  ,in,no,a\n" + // 3
		"2026-10-03,in,no,\"  \"\n" + // 4
		"2026-10-03,in,perhaps,a\n" + // 5
		"2026-10-03, Received ,Yes,a\n" // 6
	got, _, err := readLog(t, []string{writeFile(t, "v.csv", content)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	diffLines(t, got, []string{
		"2|ERR sent_at is empty",
		"3|ERR sent_at is empty",
		"4|ERR body is empty",
		`5|ERR buyer_opted_out "perhaps": not a yes/no value (expected true/false, yes/no, 1/0, y/n, x or empty)`,
		`6||2026-10-03T00:00:00Z|inbound|"a"|true`,
	})
}
