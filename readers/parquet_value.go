package readers

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/apache/arrow-go/v18/arrow"
)

// value renders the v-th (non-null) value read, as cellString renders
// the arrow value pqarrow makes of it.
func (c *columnText) value(v int) (string, error) {
	switch c.kind {
	case kindString:
		return c.text.add(c.bytes[v]), nil
	case kindBinary:
		if b := c.bytes[v]; utf8.Valid(b) {
			return c.text.add(b), nil
		}
		return strings.ToValidUTF8(string(c.bytes[v]), "\uFFFD"), nil
	case kindBool:
		return strconv.FormatBool(c.bools[v]), nil
	case kindInt:
		return c.text.add(strconv.AppendInt(c.buf[:0], c.signed(v), 10)), nil
	case kindUint:
		return c.text.add(strconv.AppendUint(c.buf[:0], c.unsigned(v), 10)), nil
	case kindFloat:
		if c.bits == 32 {
			return c.text.add(strconv.AppendFloat(c.buf[:0], float64(c.f32[v]), 'g', -1, 32)), nil
		}
		return c.text.add(strconv.AppendFloat(c.buf[:0], c.f64[v], 'g', -1, 64)), nil
	case kindDate:
		return c.text.add(arrow.Date32(c.i32[v]).ToTime().AppendFormat(c.buf[:0], time.DateOnly)), nil
	}
	ts := arrow.Timestamp(0)
	if c.i96 != nil {
		var err error
		if ts, err = c.i96[v].ToTimestamp(); err != nil {
			return "", err
		}
	} else {
		ts = arrow.Timestamp(c.i64[v])
	}
	t := ts.ToTime(c.unit)
	if c.kind == kindLocal {
		return c.text.add(t.AppendFormat(c.buf[:0], localLayout)), nil
	}
	return c.text.add(t.UTC().AppendFormat(c.buf[:0], instantLayout)), nil
}

// signed is the v-th integer narrowed to the column's arrow width, as
// pqarrow narrows it.
func (c *columnText) signed(v int) int64 {
	x := int64(0)
	if c.i64 != nil {
		x = c.i64[v]
	} else {
		x = int64(c.i32[v])
	}
	switch c.bits {
	case 8:
		return int64(int8(x))
	case 16:
		return int64(int16(x))
	case 32:
		return int64(int32(x))
	}
	return x
}

func (c *columnText) unsigned(v int) uint64 {
	x := uint64(0)
	if c.i64 != nil {
		x = uint64(c.i64[v])
	} else {
		x = uint64(uint32(c.i32[v]))
	}
	switch c.bits {
	case 8:
		return uint64(uint8(x))
	case 16:
		return uint64(uint16(x))
	case 32:
		return uint64(uint32(x))
	}
	return x
}

// maxValueText is the longest text of a number, date or timestamp:
// 2006-01-02T15:04:05.999999999Z is 30 bytes, a float64 at most 24.
const maxValueText = 32

// arena holds the text of a column: one allocation per block rather than
// one per value. A block is a strings.Builder, only ever appended to: the
// strings handed out are slices of its String(), which stay valid as the
// builder grows, and its buffer is not zeroed before it is written (a
// make([]byte) would clear every byte of the block first). A block lives
// as long as one of its strings.
type arena struct{ block strings.Builder }

// reserve makes room for n bytes in one block, so that the values of a
// page read cost at most one allocation.
func (a *arena) reserve(n int) {
	if a.block.Cap()-a.block.Len() < n {
		a.block = strings.Builder{}
		a.block.Grow(n)
	}
}

func (a *arena) add(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	at := a.block.Len()
	a.block.Write(b) // grows into a new buffer when not reserved: cannot happen
	return a.block.String()[at:]
}
