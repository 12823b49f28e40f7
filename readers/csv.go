package readers

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// sniffSize is how much of a file is looked at to detect its encoding and
// delimiter. A header line longer than this is still read; only the
// delimiter guess falls back to the extension.
const sniffSize = 64 << 10

// source is one opened input, decoded to UTF-8, with its delimiter known.
type source struct {
	path     string
	format   string // csv or tsv, with ".gz" appended when compressed
	encoding string
	comma    rune
	note     string        // how the source was read, if unusual
	sepLine  bool          // the delimiter came from Excel's "sep=;" first line
	lineOff  int           // lines consumed before the table starts (the sep= line)
	r        *bufio.Reader // what tables read: decoded, guarded
	guard    *recordGuard
	close    func() error
	done     func() float64 // share of the file's bytes read (opened.done)
}

// countingReader counts the bytes read from the file, compressed or not,
// for the progress bar.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// openSource opens path and prepares it for reading. ext is the extension
// that was matched (".csv", ".tsv", ".txt").
func openSource(path, ext string) (*source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	cr := &countingReader{r: f}
	s, err := newSource(path, ext, cr)
	if err != nil {
		f.Close()
		return nil, err
	}
	if st, err := f.Stat(); err == nil && st.Size() > 0 {
		size := float64(st.Size())
		s.done = func() float64 { return min(float64(cr.n)/size, 1) }
	}
	inner := s.close
	s.close = func() error {
		if inner != nil {
			inner()
		}
		return f.Close()
	}
	return s, nil
}

// newSource detects compression (gzip by its magic bytes, whatever the
// extension), the encoding (UTF-8 with or without BOM, UTF-16 by BOM or by
// its NUL bytes, Windows-1252 when the start is not UTF-8) and the
// delimiter. Tables read the decoded text through a recordGuard, which
// bounds every record and turns lone CRs into line ends.
func newSource(path, ext string, r io.Reader) (*source, error) {
	s := &source{path: path, encoding: "utf-8"}
	br := bufio.NewReaderSize(r, sniffSize)
	magic, _ := br.Peek(4)
	switch {
	case bytes.HasPrefix(magic, []byte{0x1f, 0x8b}):
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: looks gzip-compressed but cannot be opened: %w", path, err)
		}
		s.close = zr.Close
		br = bufio.NewReaderSize(zr, sniffSize)
		s.format = ".gz"
		magic, _ = br.Peek(4)
	case bytes.HasPrefix(magic, []byte("PK\x03\x04")):
		return nil, fmt.Errorf("%s: this is a ZIP or XLSX file, not %s text; if it is an Excel workbook, rename it to .xlsx", path, ext)
	case bytes.HasPrefix(magic, []byte("PAR1")):
		return nil, fmt.Errorf("%s: this is a Parquet file, not %s text; rename it to .parquet", path, ext)
	case bytes.HasPrefix(magic, oleMagic[:4]):
		return nil, fmt.Errorf("%s: this is an old .xls or a password-protected Excel file, not %s text; save it from Excel as CSV or as .xlsx without a password", path, ext)
	}
	utf16 := func(big bool) {
		br = bufio.NewReaderSize(&utf16Reader{r: br, big: big}, sniffSize)
		s.encoding = "utf-16le"
		if big {
			s.encoding = "utf-16be"
		}
	}
	switch {
	case bytes.HasPrefix(magic, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		s.encoding = "utf-8 (BOM)"
	case bytes.HasPrefix(magic, []byte{0xFF, 0xFE}), bytes.HasPrefix(magic, []byte{0xFE, 0xFF}):
		big := magic[0] == 0xFE
		br.Discard(2)
		utf16(big)
	default:
		head, _ := br.Peek(sniffSize)
		if big, ok := utf16NoBOM(head); ok {
			utf16(big)
			s.note = "no byte order mark: read as " + strings.ToUpper(s.encoding) + " by its NUL bytes"
		} else if !validUTF8Prefix(head) {
			br = bufio.NewReaderSize(&cp1252Reader{r: br}, sniffSize)
			s.encoding, s.note = legacyEncoding(head)
		}
	}
	head, _ := br.Peek(sniffSize)
	if c, n := sepLine(head); n > 0 {
		br.Discard(n)
		s.comma, s.sepLine, s.lineOff = c, true, 1
	} else {
		s.comma = sniffDelimiter(head, ext)
	}
	s.guard = &recordGuard{r: br, delim: byte(s.comma)} // sepLine and sniffDelimiter give ASCII
	s.r = bufio.NewReaderSize(s.guard, sniffSize)
	kind := "csv"
	if s.comma == '\t' {
		kind = "tsv"
	}
	s.format = kind + s.format
	return s, nil
}

// sniffDelimiter counts commas, semicolons and tabs outside quotes in the
// first line of head and returns the most frequent. With none (a
// one-column file) the extension decides: tab for .tsv and .txt, else comma.
func sniffDelimiter(head []byte, ext string) rune {
	var comma, semi, tab int
	quoted := false
scan:
	for _, c := range head {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\n', c == '\r':
			break scan
		case c == ',':
			comma++
		case c == ';':
			semi++
		case c == '\t':
			tab++
		}
	}
	switch {
	case tab > 0 && tab >= comma && tab >= semi:
		return '\t'
	case semi > comma:
		return ';'
	case comma > 0:
		return ','
	case ext == ".tsv" || ext == ".txt":
		return '\t'
	}
	return ','
}

// table yields the records of a delimited source.
type table interface {
	// next returns the next record and the line it starts on. The error is
	// io.EOF at the end, a *syntaxError for a record that could not be
	// parsed (reading may go on), or a fatal error. The slice is reused.
	next() (rec []string, line int, err error)
}

// syntaxError is a record encoding/csv could not parse; the rows after it
// can still be read.
type syntaxError struct {
	line   int
	reason string
}

func (e *syntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.reason) }

// csvTable reads RFC 4180 records: quoted fields may hold delimiters,
// doubled quotes and line breaks.
type csvTable struct {
	src  *source
	cr   *csv.Reader
	last int // the line of the last record read
}

func newCSVTable(s *source) *csvTable {
	cr := csv.NewReader(s.r)
	cr.Comma = s.comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	return &csvTable{src: s, cr: cr}
}

func (t *csvTable) next() ([]string, int, error) {
	t.src.guard.reset()
	rec, err := t.cr.Read()
	if err == nil {
		t.last, _ = t.cr.FieldPos(0)
		t.last += t.src.lineOff
		return rec, t.last, nil
	}
	if err == io.EOF {
		return nil, 0, io.EOF
	}
	if err := t.src.guardError(err, t.last); err != nil {
		return nil, 0, err
	}
	var pe *csv.ParseError
	if !errors.As(err, &pe) || (pe.Err != csv.ErrQuote && pe.Err != csv.ErrBareQuote) {
		return nil, 0, fmt.Errorf("%s: reading at byte %d: %w", t.src.path, t.cr.InputOffset(), err)
	}
	pe.StartLine += t.src.lineOff
	pe.Line += t.src.lineOff
	if _, perr := t.src.r.Peek(1); perr == io.EOF && pe.Err == csv.ErrQuote && pe.Line > pe.StartLine {
		// The quoted field ran to the end of the file: encoding/csv
		// swallowed every line after it and cannot resynchronise.
		return nil, 0, fmt.Errorf("%s line %d: a quoted field starts here and is never closed, so lines %d to %d cannot be read; "+
			"fix the quoting (a quote inside a field must be doubled: \"\")", t.src.path, pe.StartLine, pe.StartLine, pe.Line)
	}
	reason := `bare " in a field that is not quoted (quote the field and double the quote: "")`
	if pe.Err == csv.ErrQuote {
		reason = `stray " in a quoted field (a quote inside a field must be doubled: "")`
	}
	if pe.Line != pe.StartLine {
		reason += fmt.Sprintf(", at line %d", pe.Line)
	}
	return nil, pe.StartLine, &syntaxError{line: pe.StartLine, reason: reason}
}

// tabTable reads Amazon flat files: tab-separated, one record per line, no
// quoting, so a product name like 12" pan is read as written.
type tabTable struct {
	src  *source
	line int
	rec  []string
}

func (t *tabTable) next() ([]string, int, error) {
	for {
		t.src.guard.reset()
		l, err := t.src.r.ReadString('\n')
		if err := t.src.guardError(err, t.line); err != nil {
			return nil, 0, err
		}
		if err != nil && err != io.EOF {
			return nil, 0, fmt.Errorf("%s: reading line %d: %w", t.src.path, t.line+1, err)
		}
		if l == "" && err == io.EOF {
			return nil, 0, io.EOF
		}
		t.line++
		l = strings.TrimRight(l, "\r\n")
		if strings.TrimSpace(l) == "" {
			continue // blank lines are skipped, as encoding/csv does
		}
		t.rec = t.rec[:0]
		for f := range strings.SplitSeq(l, "\t") {
			t.rec = append(t.rec, unquote(f))
		}
		return t.rec, t.line, nil
	}
}

// unquote removes one pair of surrounding double quotes, if any.
func unquote(f string) string {
	if len(f) >= 2 && f[0] == '"' && f[len(f)-1] == '"' {
		return strings.ReplaceAll(f[1:len(f)-1], `""`, `"`)
	}
	return f
}

// readHeader reads the first record of t as the header.
func readHeader(path string, t table) ([]string, error) {
	rec, _, err := t.next()
	switch {
	case err == io.EOF:
		return nil, fmt.Errorf("%s: the file is empty (no header line); export the log with a header row", path)
	case err != nil:
		var se *syntaxError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("%s: cannot read the header: %v", path, se)
		}
		return nil, err
	}
	h := make([]string, len(rec))
	for i, c := range rec {
		h[i] = strings.TrimSpace(strings.TrimPrefix(c, "\ufeff"))
	}
	return h, nil
}

// guardError turns the recordGuard's errors into what the user can do;
// last is the line of the last record read (0 before the header). Other
// errors give nil.
func (s *source) guardError(err error, last int) error {
	where := "the header"
	if last > 0 {
		where = fmt.Sprintf("the record after line %d", last)
	}
	switch {
	case errors.Is(err, errRecordTooLarge):
		return fmt.Errorf("%s: %s is larger than %d MiB: a quote that is never closed, or a field far larger than any message; "+
			"fix the quoting (a quote inside a field must be doubled: \"\") or remove the field", s.path, where, maxRecordBytes>>20)
	case errors.Is(err, errTooManyFields):
		return fmt.Errorf("%s: %s has more than %d fields (delimiter %q), which bsmaudit refuses: a damaged export? Export the log again", s.path, where, maxRecordFields, s.comma)
	}
	return nil
}
