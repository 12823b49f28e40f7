package readers

import (
	"errors"
	"io"
)

// maxRecordBytes bounds one record. encoding/csv holds a whole record in
// memory, and a quote that is never closed makes the rest of the file one
// record: past this size reading stops with an error instead.
var maxRecordBytes int64 = 32 << 20

var errRecordTooLarge = errors.New("record too large")

// recordGuard counts the bytes read since the last reset (the start of a
// record) and fails past maxRecordBytes.
type recordGuard struct {
	r   io.Reader
	n   int64
	off bool
}

func (g *recordGuard) reset() { g.n = 0 }

func (g *recordGuard) Read(p []byte) (int, error) {
	if g.off {
		return g.r.Read(p)
	}
	if g.n >= maxRecordBytes {
		return 0, errRecordTooLarge
	}
	if room := maxRecordBytes - g.n; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := g.r.Read(p)
	g.n += int64(n)
	return n, err
}
