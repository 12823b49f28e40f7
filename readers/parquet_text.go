package readers

import (
	"errors"
	"fmt"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/schema"
)

// textKind is how a column's values become text, decided from the arrow
// type pqarrow would read the column as, so that both paths agree with
// cellString.
type textKind uint8

const (
	kindString  textKind = iota // UTF-8 as stored (STRING logical type)
	kindBinary                  // UTF-8 checked, invalid bytes replaced
	kindBool                    // true / false
	kindInt                     // signed integer, narrowed to its arrow width
	kindUint                    // unsigned integer, narrowed to its arrow width
	kindFloat                   // float32 or float64 as arrow's ValueStr
	kindInstant                 // timestamp with a zone, or INT96: RFC 3339 in UTC
	kindLocal                   // timestamp without a zone: no offset
	kindDate                    // DATE32: 2006-01-02
)

// columnText reads one column, a batch at a time, and renders its values.
type columnText struct {
	name   string
	index  int // the file's leaf column
	kind   textKind
	bits   int            // kindInt, kindUint, kindFloat: the arrow width
	unit   arrow.TimeUnit // kindInstant, kindLocal on INT64
	maxDef int16
	cr     file.ColumnChunkReader

	defs  []int16
	bytes []parquet.ByteArray
	i32   []int32
	i64   []int64
	i96   []parquet.Int96
	bools []bool
	f32   []float32
	f64   []float64
	text  arena
	buf   []byte
}

// newColumnText is false for a type it does not render (decimals, times of
// day, fixed-size binary, float16, extension types, nulls...).
func newColumnText(c *schema.Column, dt arrow.DataType, name string, index int) (*columnText, bool) {
	col := &columnText{name: name, index: index, maxDef: c.MaxDefinitionLevel(), buf: make([]byte, 0, 64)}
	phys := c.PhysicalType()
	if d, ok := dt.(*arrow.DictionaryType); ok {
		dt = d.ValueType
	}
	want := parquet.Types.Int32
	switch dt := dt.(type) {
	case *arrow.StringType, *arrow.LargeStringType, *arrow.StringViewType:
		col.kind, want = kindString, parquet.Types.ByteArray
	case *arrow.BinaryType, *arrow.LargeBinaryType, *arrow.BinaryViewType:
		col.kind, want = kindBinary, parquet.Types.ByteArray
	case *arrow.BooleanType:
		col.kind, want = kindBool, parquet.Types.Boolean
	case *arrow.Int8Type, *arrow.Int16Type, *arrow.Int32Type, *arrow.Int64Type:
		col.kind, col.bits, want = kindInt, dt.(arrow.FixedWidthDataType).BitWidth(), intPhysical(phys)
	case *arrow.Uint8Type, *arrow.Uint16Type, *arrow.Uint32Type, *arrow.Uint64Type:
		col.kind, col.bits, want = kindUint, dt.(arrow.FixedWidthDataType).BitWidth(), intPhysical(phys)
	case *arrow.Float32Type:
		col.kind, col.bits, want = kindFloat, 32, parquet.Types.Float
	case *arrow.Float64Type:
		col.kind, col.bits, want = kindFloat, 64, parquet.Types.Double
	case *arrow.TimestampType:
		col.kind, col.unit = kindInstant, dt.Unit
		if dt.TimeZone == "" {
			col.kind = kindLocal
		}
		want = parquet.Types.Int64
		if phys == parquet.Types.Int96 {
			want = parquet.Types.Int96 // pqarrow reads INT96 as nanoseconds
			col.unit = arrow.Nanosecond
		}
	case *arrow.Date32Type:
		col.kind = kindDate
	default:
		return nil, false
	}
	return col, phys == want
}

// intPhysical is the physical type an integer column may have.
func intPhysical(p parquet.Type) parquet.Type {
	if p == parquet.Types.Int64 {
		return p
	}
	return parquet.Types.Int32
}

var errShort = errors.New("the column chunk ends before the row group")

// read fills out with the text of the next len(out) rows of the chunk
// (nulls are ""). It reads page by page with ReadBatchInPage, whose byte
// array values point into the page, and copies their text into the arena.
// (ReadBatch, which reads across pages, loops forever on a page whose
// levels decode to nothing: a damaged file must end in an error.)
func (c *columnText) read(out []string) error {
	c.grow(len(out))
	for got := 0; got < len(out); {
		if !c.cr.HasNext() {
			if err := c.cr.Err(); err != nil {
				return err
			}
			return errShort
		}
		levels, values, err := c.readPage(len(out) - got)
		if err != nil {
			return err
		}
		if levels <= 0 || levels > len(out)-got {
			return fmt.Errorf("a page yields %d rows", levels)
		}
		if err := c.render(out[got:got+levels], values); err != nil {
			return err
		}
		got += levels
	}
	return nil
}

// readPage reads up to n rows of the current page into the buffers.
func (c *columnText) readPage(n int) (levels, values int, err error) {
	defs := c.defs[:n]
	if c.maxDef == 0 {
		defs = nil
	}
	var lv int64
	switch r := c.cr.(type) {
	case *file.ByteArrayColumnChunkReader:
		lv, values, err = r.ReadBatchInPage(int64(n), c.bytes[:n], defs, nil)
	case *file.BooleanColumnChunkReader:
		lv, values, err = r.ReadBatchInPage(int64(n), c.bools[:n], defs, nil)
	case *file.Int32ColumnChunkReader:
		lv, values, err = r.ReadBatchInPage(int64(n), c.i32[:n], defs, nil)
	case *file.Int64ColumnChunkReader:
		lv, values, err = r.ReadBatchInPage(int64(n), c.i64[:n], defs, nil)
	case *file.Int96ColumnChunkReader:
		lv, values, err = r.ReadBatchInPage(int64(n), c.i96[:n], defs, nil)
	case *file.Float32ColumnChunkReader:
		lv, values, err = r.ReadBatchInPage(int64(n), c.f32[:n], defs, nil)
	case *file.Float64ColumnChunkReader:
		lv, values, err = r.ReadBatchInPage(int64(n), c.f64[:n], defs, nil)
	default:
		return 0, 0, fmt.Errorf("physical type %s has no reader", c.cr.Type())
	}
	return int(lv), values, err
}

// render fills out, one row per level, from the values read: a row whose
// definition level is below the maximum is null, "".
func (c *columnText) render(out []string, values int) error {
	switch c.kind {
	case kindString, kindBinary:
		n := 0
		for _, v := range c.bytes[:values] {
			n += len(v)
		}
		c.text.reserve(n)
	case kindBool:
	default:
		c.text.reserve(values * maxValueText)
	}
	var err error
	if c.maxDef == 0 {
		if values != len(out) {
			return fmt.Errorf("%d values for %d rows", values, len(out))
		}
		for i := range out {
			if out[i], err = c.value(i); err != nil {
				return err
			}
		}
		return nil
	}
	v := 0
	for i, d := range c.defs[:len(out)] {
		if d != c.maxDef {
			out[i] = ""
			continue
		}
		if v >= values {
			return fmt.Errorf("%d values for more non-null rows", values)
		}
		if out[i], err = c.value(v); err != nil {
			return err
		}
		v++
	}
	return nil
}

// grow sizes the value buffer of the column's type and the levels for n
// rows (at most columnBatch); they are kept for the next batches.
func (c *columnText) grow(n int) {
	if len(c.defs) >= n {
		return
	}
	c.defs = make([]int16, n)
	switch c.cr.(type) {
	case *file.ByteArrayColumnChunkReader:
		c.bytes = make([]parquet.ByteArray, n)
	case *file.BooleanColumnChunkReader:
		c.bools = make([]bool, n)
	case *file.Int32ColumnChunkReader:
		c.i32 = make([]int32, n)
	case *file.Int64ColumnChunkReader:
		c.i64 = make([]int64, n)
	case *file.Int96ColumnChunkReader:
		c.i96 = make([]parquet.Int96, n)
	case *file.Float32ColumnChunkReader:
		c.f32 = make([]float32, n)
	case *file.Float64ColumnChunkReader:
		c.f64 = make([]float64, n)
	}
}

// closeChunk releases the chunk reader of the current row group.
func (c *columnText) closeChunk() {
	if c.cr != nil {
		c.cr.Close()
		c.cr = nil
	}
}
