package audit

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
	"unsafe"

	"github.com/bsmaudit/bsmaudit/readers"
)

// spill holds every row of the first pass in a temporary file, so that the
// second pass can decide each message with facts only known at the end
// (replies, day totals, limits) while memory stays flat whatever the log's size.
//
// The format is private and short-lived: per row a kind byte, then
// length-prefixed fields. It is read back in the order it was written.
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
	b := s.buf[:0]
	if row.Err != nil {
		b = append(b, spillReject)
	} else {
		b = append(b, spillRecord)
	}
	b = appendString(b, row.Pos.File)
	b = binary.AppendUvarint(b, uint64(row.Pos.Line))
	b = appendString(b, row.Pos.Sheet)
	b = binary.AppendUvarint(b, uint64(row.Pos.Row))
	if row.Err != nil {
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
	s.buf = b
	s.n++
	_, err := s.w.Write(b)
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
}

// next decodes the next row into row and reports whether there was one.
// Rejected rows carry their reason in reject, since an error value does
// not survive the spill. When sr.light is set, the fields only the last
// pass needs (message ID, language, subject, body, contact reason) are
// skipped, not decoded: the middle passes read the whole spill for a few
// small fields.
func (sr *spillReader) next(row *readers.Row, reject *string) bool {
	kind, err := sr.r.ReadByte()
	if err != nil {
		if !errors.Is(err, io.EOF) {
			sr.err = err
		}
		return false
	}
	*row = readers.Row{}
	*reject = ""
	row.Pos.File = sr.str()
	row.Pos.Line = int(sr.uvarint())
	row.Pos.Sheet = sr.str()
	row.Pos.Row = int(sr.uvarint())
	if kind == spillReject {
		*reject = sr.str()
		row.Err = errRejected
		return sr.err == nil
	}
	r := &row.Record
	r.SentAt = time.Unix(0, sr.varint())
	d, _ := sr.r.ReadByte()
	r.Direction = readers.Direction(d)
	o, _ := sr.r.ReadByte()
	r.OptedOut = o == 1
	for i, f := range [...]*string{&r.MessageID, &r.OrderID, &r.BuyerID, &r.Account,
		&r.Marketplace, &r.BuyerLanguage, &r.Subject, &r.Body, &r.ContactReason, &r.Status, &r.ThreadID, &r.BuyerName} {
		if sr.light && heavyField[i] {
			sr.skip()
			continue
		}
		*f = sr.str()
	}
	return sr.err == nil
}

// heavyField marks, in spill order, the fields a light read skips.
var heavyField = [...]bool{true, false, false, false, false, true, true, true, true, false, false, true}

func (sr *spillReader) skip() {
	n := sr.uvarint()
	if sr.err != nil {
		return
	}
	if _, err := sr.r.Discard(int(n)); err != nil {
		sr.err = fmt.Errorf("reading the temporary spill file: %w", err)
	}
}

var errRejected = errors.New("rejected")

func (sr *spillReader) uvarint() uint64 {
	v, err := binary.ReadUvarint(sr.r)
	if err != nil && sr.err == nil {
		sr.err = fmt.Errorf("reading the temporary spill file: %w", err)
	}
	return v
}

func (sr *spillReader) varint() int64 {
	v, err := binary.ReadVarint(sr.r)
	if err != nil && sr.err == nil {
		sr.err = fmt.Errorf("reading the temporary spill file: %w", err)
	}
	return v
}

func (sr *spillReader) str() string {
	n := sr.uvarint()
	if sr.err != nil {
		return ""
	}
	if n == 0 {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(sr.r, b); err != nil {
		sr.err = fmt.Errorf("reading the temporary spill file: %w", err)
		return ""
	}
	// b is never written again: the string can share its memory.
	return unsafe.String(&b[0], len(b))
}
