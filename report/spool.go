package report

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"time"

	"github.com/xuri/excelize/v2"
)

// spool holds a streamed table's rows in a temporary file until Close. The
// Blocked and Response time sheets carry a block of figures beside their
// first rows, and those figures are only known from the Summary at Close,
// while excelize writes a sheet strictly top to bottom: so their rows wait
// on disk (memory stays bounded), then are written in one go.
//
// A row is a list of cell values as the stream writer takes them: nil,
// string, int, float64, time.Time, or an excelize.Cell (style and formula)
// wrapping one of those; or the pointers a rowArena boxes instead, stored
// as the values they point to.
type spool struct {
	file *os.File
	w    *bufio.Writer
	buf  []byte
	rows int
}

// Value tags of the spool's encoding.
const (
	tagNil byte = iota
	tagString
	tagInt
	tagFloat
	tagTime
	tagCell
)

func newSpool(dir string) (*spool, error) {
	f, err := os.CreateTemp(dir, "bsmaudit-spool-")
	if err != nil {
		return nil, fmt.Errorf("creating a temporary file: %w", err)
	}
	return &spool{file: f, w: bufio.NewWriterSize(f, 64<<10)}, nil
}

// put appends one row.
func (s *spool) put(row []any) error {
	b := binary.AppendUvarint(s.buf[:0], uint64(len(row)))
	var err error
	for _, v := range row {
		if b, err = appendValue(b, v); err != nil {
			return err
		}
	}
	s.buf = b
	s.rows++
	if _, err := s.w.Write(b); err != nil {
		return fmt.Errorf("writing %s: %w", s.file.Name(), err)
	}
	return nil
}

func appendValue(b []byte, v any) ([]byte, error) {
	switch v := v.(type) {
	case nil:
		return append(b, tagNil), nil
	case string:
		return appendString(b, v), nil
	case *string:
		return appendString(b, *v), nil
	case *cleanText:
		return appendString(b, string(*v)), nil
	case int:
		return binary.AppendVarint(append(b, tagInt), int64(v)), nil
	case float64:
		return binary.LittleEndian.AppendUint64(append(b, tagFloat), math.Float64bits(v)), nil
	case time.Time:
		return appendTime(b, v), nil
	case *time.Time:
		return appendTime(b, *v), nil
	case excelize.Cell:
		return appendCell(b, &v)
	case *excelize.Cell:
		return appendCell(b, v)
	}
	return nil, fmt.Errorf("spool: cannot hold a %T", v)
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(append(b, tagString), uint64(len(s)))
	return append(b, s...)
}

func appendTime(b []byte, t time.Time) []byte {
	// The wall clock is what excelize writes: keep it, whatever the zone.
	y, mo, d := t.Date()
	h, mi, sec := t.Clock()
	wall := time.Date(y, mo, d, h, mi, sec, t.Nanosecond(), time.UTC)
	return binary.AppendVarint(append(b, tagTime), wall.UnixNano())
}

func appendCell(b []byte, c *excelize.Cell) ([]byte, error) {
	b = binary.AppendUvarint(append(b, tagCell), uint64(c.StyleID))
	b = binary.AppendUvarint(b, uint64(len(c.Formula)))
	b = append(b, c.Formula...)
	switch c.Value.(type) {
	case excelize.Cell, *excelize.Cell:
		return nil, errors.New("spool: nested cell")
	}
	return appendValue(b, c.Value)
}

// replay calls fn with every row, in order; the row passed is reused, and
// its values are a rowArena's pointers (see rowArena), valid until fn
// returns.
func (s *spool) replay(fn func(row []any) error) error {
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", s.file.Name(), err)
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("reading %s: %w", s.file.Name(), err)
	}
	r := bufio.NewReaderSize(s.file, 64<<10)
	var row []any
	c := &cells{arena: new(rowArena)} // fn encodes a row before the next
	for i := 0; i < s.rows; i++ {
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return fmt.Errorf("reading %s row %d: %w", s.file.Name(), i+1, err)
		}
		row = row[:0]
		for j := uint64(0); j < n; j++ {
			v, err := readValue(r, c)
			if err != nil {
				return fmt.Errorf("reading %s row %d: %w", s.file.Name(), i+1, err)
			}
			row = append(row, v)
		}
		if err := fn(row); err != nil {
			return err
		}
		c.arena.reset()
	}
	return nil
}

// readValue reads one value, boxed by c.
func readValue(r *bufio.Reader, c *cells) (any, error) {
	tag, err := r.ReadByte()
	if err != nil {
		return nil, err
	}
	switch tag {
	case tagNil:
		return nil, nil
	case tagString:
		s, err := readString(r)
		return c.str(s), err
	case tagInt:
		n, err := binary.ReadVarint(r)
		return int(n), err
	case tagFloat:
		var b [8]byte
		_, err := io.ReadFull(r, b[:])
		return math.Float64frombits(binary.LittleEndian.Uint64(b[:])), err
	case tagTime:
		n, err := binary.ReadVarint(r)
		return c.timeValue(time.Unix(0, n).UTC()), err
	case tagCell:
		style, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		formula, err := readString(r)
		if err != nil {
			return nil, err
		}
		v, err := readValue(r, c)
		return c.cell(int(style), formula, v), err
	}
	return nil, fmt.Errorf("unknown value tag %d", tag)
}

func readString(r *bufio.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	_, err = io.ReadFull(r, b)
	return string(b), err
}

// remove deletes the file; safe to call twice.
func (s *spool) remove() error {
	if s == nil || s.file == nil {
		return nil
	}
	name := s.file.Name()
	_ = s.file.Close()
	s.file = nil
	if err := os.Remove(name); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("removing %s: %w", name, err)
	}
	return nil
}
