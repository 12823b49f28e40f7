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
// wrapping one of those.
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
		b = binary.AppendUvarint(append(b, tagString), uint64(len(v)))
		return append(b, v...), nil
	case int:
		return binary.AppendVarint(append(b, tagInt), int64(v)), nil
	case float64:
		return binary.LittleEndian.AppendUint64(append(b, tagFloat), math.Float64bits(v)), nil
	case time.Time:
		// The wall clock is what excelize writes: keep it, whatever the zone.
		y, mo, d := v.Date()
		h, mi, sec := v.Clock()
		wall := time.Date(y, mo, d, h, mi, sec, v.Nanosecond(), time.UTC)
		return binary.AppendVarint(append(b, tagTime), wall.UnixNano()), nil
	case excelize.Cell:
		b = binary.AppendUvarint(append(b, tagCell), uint64(v.StyleID))
		b = binary.AppendUvarint(b, uint64(len(v.Formula)))
		b = append(b, v.Formula...)
		if _, nested := v.Value.(excelize.Cell); nested {
			return nil, errors.New("spool: nested cell")
		}
		return appendValue(b, v.Value)
	}
	return nil, fmt.Errorf("spool: cannot hold a %T", v)
}

// replay calls fn with every row, in order; the row passed is reused.
func (s *spool) replay(fn func(row []any) error) error {
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", s.file.Name(), err)
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("reading %s: %w", s.file.Name(), err)
	}
	r := bufio.NewReaderSize(s.file, 64<<10)
	var row []any
	for i := 0; i < s.rows; i++ {
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return fmt.Errorf("reading %s row %d: %w", s.file.Name(), i+1, err)
		}
		row = row[:0]
		for j := uint64(0); j < n; j++ {
			v, err := readValue(r)
			if err != nil {
				return fmt.Errorf("reading %s row %d: %w", s.file.Name(), i+1, err)
			}
			row = append(row, v)
		}
		if err := fn(row); err != nil {
			return err
		}
	}
	return nil
}

func readValue(r *bufio.Reader) (any, error) {
	tag, err := r.ReadByte()
	if err != nil {
		return nil, err
	}
	switch tag {
	case tagNil:
		return nil, nil
	case tagString:
		return readString(r)
	case tagInt:
		n, err := binary.ReadVarint(r)
		return int(n), err
	case tagFloat:
		var b [8]byte
		_, err := io.ReadFull(r, b[:])
		return math.Float64frombits(binary.LittleEndian.Uint64(b[:])), err
	case tagTime:
		n, err := binary.ReadVarint(r)
		return time.Unix(0, n).UTC(), err
	case tagCell:
		style, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		formula, err := readString(r)
		if err != nil {
			return nil, err
		}
		v, err := readValue(r)
		return excelize.Cell{StyleID: int(style), Formula: formula, Value: v}, err
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
