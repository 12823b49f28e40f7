package readers

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
)

// Layouts a Parquet timestamp is written in for the timestamp parser: an
// instant (a zone in the schema, or INT96) as RFC 3339 in UTC; a local
// time (isAdjustedToUTC=false) without an offset, so that it is read in
// the --tz location like any other timestamp without one.
const (
	instantLayout = "2006-01-02T15:04:05.999999999Z07:00"
	localLayout   = "2006-01-02T15:04:05.999999999"
)

// cellString renders one value of a pqarrow column (parquet_arrow.go) as
// the text a CSV would hold; columnText.value (parquet_value.go) renders
// the same text from the column chunk readers:
// null is "", strings and UTF-8 binary are copied out of the batch (whose
// memory is reused), booleans are true/false, timestamps and dates go
// through the layouts above, and anything else through arrow's ValueStr.
func cellString(a arrow.Array, i int) string {
	if a.IsNull(i) {
		return ""
	}
	switch a := a.(type) {
	case *array.String:
		return strings.Clone(a.Value(i))
	case *array.LargeString:
		return strings.Clone(a.Value(i))
	case *array.StringView:
		return strings.Clone(a.Value(i))
	case *array.Binary:
		return binaryString(a.Value(i))
	case *array.LargeBinary:
		return binaryString(a.Value(i))
	case *array.Dictionary:
		return cellString(a.Dictionary(), a.GetValueIndex(i))
	case *array.Boolean:
		return strconv.FormatBool(a.Value(i))
	case *array.Timestamp:
		tt := a.DataType().(*arrow.TimestampType)
		t := a.Value(i).ToTime(tt.Unit)
		if tt.TimeZone == "" {
			return t.Format(localLayout)
		}
		return t.UTC().Format(instantLayout)
	case *array.Date32:
		return a.Value(i).ToTime().Format(time.DateOnly)
	case *array.Date64:
		return a.Value(i).ToTime().Format(time.DateOnly)
	}
	return a.ValueStr(i)
}

// binaryString reads a binary value as UTF-8, replacing invalid bytes with
// U+FFFD rather than passing them on.
func binaryString(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}
