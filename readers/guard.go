package readers

import (
	"bufio"
	"bytes"
	"errors"
)

// maxRecordBytes bounds one record. encoding/csv holds a whole record in
// memory, and a quote that is never closed makes the rest of the file one
// record: past this size reading stops with an error instead.
var maxRecordBytes int64 = 32 << 20

// maxRecordFields bounds the fields of one record. encoding/csv makes a
// string per field: a 32 MiB line of commas would be 32 million strings
// (over 2 GiB). The guard counts delimiters as it passes bytes on, which
// includes the read-ahead of the buffer above it (at most sniffSize bytes
// of the next records), so a record is refused a little before it has
// this many fields; no message log comes near either number.
const maxRecordFields = 100_000

var (
	errRecordTooLarge = errors.New("record too large")
	errTooManyFields  = errors.New("too many fields")
)

// recordGuard counts the bytes and delimiters read since the last reset
// (the start of a record) and fails past maxRecordBytes or
// maxRecordFields. It also turns a lone CR into a line feed, so that a
// file saved with classic Mac line ends, or with a mix of CR, LF and CRLF,
// reads line by line (encoding/csv knows only LF and CRLF).
type recordGuard struct {
	r      *bufio.Reader
	n      int64
	fields int
	delim  byte // the delimiter counted
}

func (g *recordGuard) reset() { g.n, g.fields = 0, 0 }

func (g *recordGuard) Read(p []byte) (int, error) {
	if g.n >= maxRecordBytes {
		return 0, errRecordTooLarge
	}
	if g.fields > maxRecordFields {
		return 0, errTooManyFields
	}
	if room := maxRecordBytes - g.n; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := g.r.Read(p)
	b := p[:n]
	for i := bytes.IndexByte(b, '\r'); i >= 0; {
		var next byte
		if i+1 < n {
			next = b[i+1]
		} else if nb, perr := g.r.Peek(1); perr == nil {
			next = nb[0]
		}
		if next != '\n' {
			b[i] = '\n'
		}
		j := bytes.IndexByte(b[i+1:], '\r')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	if g.delim != 0 {
		g.fields += bytes.Count(b, []byte{g.delim})
	}
	g.n += int64(n)
	return n, err
}
