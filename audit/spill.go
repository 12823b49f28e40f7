package audit

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"time"
	"unsafe"

	"github.com/bsmaudit/bsmaudit/readers"
)

// spill holds every row of the first pass in a temporary file, so that the
// second pass can decide each message with facts only known at the end
// (replies, day totals, limits) while memory stays flat whatever the log's size.
//
// The format is private and short-lived: per row a kind byte, the length
// of the rest, then length-prefixed fields. It is read back in the order it was written.
type spill struct {
	f *os.File
	w *bufio.Writer
	n int
	// buf is reused for every row's encoding.
	buf []byte
}

const (
	spillRecord byte = 1
	spillReject byte = 2
)

func newSpill(dir string) (*spill, error) {
	f, err := os.CreateTemp(dir, "bsmaudit-spill-*")
	if err != nil {
		return nil, fmt.Errorf("creating the temporary spill file: %w", err)
	}
	return &spill{f: f, w: bufio.NewWriterSize(f, 1<<20)}, nil
}

// Close removes the spill file.
func (s *spill) Close() error {
	name := s.f.Name()
	s.f.Close()
	return os.Remove(name)
}

func (s *spill) write(row *readers.Row) error {
	// The payload is encoded after room for its length, which is then
	// written just before it: the reader takes a row in one piece.
	const room = 1 + binary.MaxVarintLen64
	b := append(s.buf[:0], make([]byte, room)...)
	b = appendString(b, row.Pos.File)
	b = binary.AppendUvarint(b, uint64(row.Pos.Line))
	b = appendString(b, row.Pos.Sheet)
	b = binary.AppendUvarint(b, uint64(row.Pos.Row))
	kind := spillRecord
	if row.Err != nil {
		kind = spillReject
		b = appendString(b, row.Err.Error())
	} else {
		r := &row.Record
		b = binary.AppendVarint(b, r.SentAt.UnixNano())
		b = append(b, byte(r.Direction))
		if r.OptedOut {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
		for _, f := range [...]string{r.MessageID, r.OrderID, r.BuyerID, r.Account,
			r.Marketplace, r.BuyerLanguage, r.Subject, r.Body, r.ContactReason, r.Status, r.ThreadID, r.BuyerName} {
			b = appendString(b, f)
		}
	}
	var head [room]byte
	head[0] = kind
	h := binary.PutUvarint(head[1:], uint64(len(b)-room)) + 1
	start := room - h
	copy(b[start:], head[:h])
	s.buf = b
	s.n++
	_, err := s.w.Write(b[start:])
	return err
}

// rewind flushes what was written and returns a reader over it from the start.
func (s *spill) rewind() (*spillReader, error) {
	if err := s.w.Flush(); err != nil {
		return nil, fmt.Errorf("writing the temporary spill file: %w", err)
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return &spillReader{r: bufio.NewReaderSize(s.f, 1<<20)}, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

type spillReader struct {
	r     *bufio.Reader
	err   error
	light bool
	buf   []byte // a light read's row, reused
	// The last file and sheet names: every row of a file repeats them, so
	// the rows share one string.
	file, sheet string
}

// next decodes the next row into row and reports whether there was one.
// Rejected rows carry their reason in reject, since an error value does
// not survive the spill. When sr.light is set, the fields only the last
// pass needs (message ID, language, subject, body, contact reason) are
// skipped, not decoded: the middle passes read the whole spill for a few
// small fields.
//
// A row's strings share one allocation: the row's bytes as read for a
// full read (a message is handled whole, then dropped whole), the light
// fields copied out of a reused buffer for a light read.
func (sr *spillReader) next(row *readers.Row, reject *string) bool {
	kind, err := sr.r.ReadByte()
	if err != nil {
		if !errors.Is(err, io.EOF) {
			sr.err = err
		}
		return false
	}
	n := sr.uvarint()
	if sr.err != nil {
		return false
	}
	var p []byte
	if sr.light {
		p = slices.Grow(sr.buf[:0], int(n))[:n]
		sr.buf = p
	} else {
		p = make([]byte, n)
	}
	if _, err := io.ReadFull(sr.r, p); err != nil {
		sr.err = fmt.Errorf("reading the temporary spill file: %w", err)
		return false
	}
	d := rowDecoder{p: p}
	*row = readers.Row{}
	*reject = ""
	row.Pos.File = sr.same(&sr.file, d.bytes())
	row.Pos.Line = int(d.uvarint())
	row.Pos.Sheet = sr.same(&sr.sheet, d.bytes())
	row.Pos.Row = int(d.uvarint())
	if kind == spillReject {
		*reject = string(d.bytes())
		row.Err = errRejected
		return sr.check(&d)
	}
	r := &row.Record
	r.SentAt = time.Unix(0, d.varint())
	r.Direction = readers.Direction(d.byte())
	r.OptedOut = d.byte() == 1
	fields := [...]*string{&r.MessageID, &r.OrderID, &r.BuyerID, &r.Account,
		&r.Marketplace, &r.BuyerLanguage, &r.Subject, &r.Body, &r.ContactReason, &r.Status, &r.ThreadID, &r.BuyerName}
	if !sr.light {
		for _, f := range fields {
			*f = alias(d.bytes())
		}
		return sr.check(&d)
	}
	// Light: find the fields kept, then copy them into one allocation.
	var kept [len(fields)][]byte
	size := 0
	for i := range fields {
		kept[i] = d.bytes()
		if !heavyField[i] {
			size += len(kept[i])
		}
	}
	if !sr.check(&d) {
		return false
	}
	out := make([]byte, 0, size)
	for i, f := range fields {
		if !heavyField[i] && len(kept[i]) > 0 {
			at := len(out)
			out = append(out, kept[i]...)
			*f = alias(out[at:])
		}
	}
	return true
}

// heavyField marks, in spill order, the fields a light read skips.
var heavyField = [...]bool{true, false, false, false, false, true, true, true, true, false, false, true}

var errRejected = errors.New("rejected")

func (sr *spillReader) uvarint() uint64 {
	v, err := binary.ReadUvarint(sr.r)
	if err != nil && sr.err == nil {
		sr.err = fmt.Errorf("reading the temporary spill file: %w", err)
	}
	return v
}

// same returns *last when b holds the same text, and else a copy of b,
// remembered in *last.
func (sr *spillReader) same(last *string, b []byte) string {
	if string(b) != *last {
		*last = string(b)
	}
	return *last
}

// check records a damaged row as the reader's error.
func (sr *spillReader) check(d *rowDecoder) bool {
	if d.bad {
		sr.err = errors.New("reading the temporary spill file: a row is damaged")
	}
	return sr.err == nil
}

// alias is b as a string without a copy: b is never written again (its
// owner hands out each byte once).
func alias(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// rowDecoder reads the fields of one row's bytes; past the end it
// returns zero values and sets bad.
type rowDecoder struct {
	p   []byte
	bad bool
}

func (d *rowDecoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.p)
	if n <= 0 {
		d.bad, d.p = true, nil
		return 0
	}
	d.p = d.p[n:]
	return v
}

func (d *rowDecoder) varint() int64 {
	v, n := binary.Varint(d.p)
	if n <= 0 {
		d.bad, d.p = true, nil
		return 0
	}
	d.p = d.p[n:]
	return v
}

func (d *rowDecoder) byte() byte {
	if len(d.p) == 0 {
		d.bad = true
		return 0
	}
	b := d.p[0]
	d.p = d.p[1:]
	return b
}

// bytes returns the next length-prefixed field, sharing d's memory.
func (d *rowDecoder) bytes() []byte {
	n := d.uvarint()
	if n > uint64(len(d.p)) {
		d.bad, d.p = true, nil
		return nil
	}
	b := d.p[:n:n]
	d.p = d.p[n:]
	return b
}
