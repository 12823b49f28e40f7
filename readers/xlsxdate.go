package readers

import (
	"math"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"
)

// maxSerial is 9999-12-31 in the 1900 date system.
const maxSerial = 2958465.99999

// excelSerial returns the reader of spreadsheet date serials for a
// workbook's date system. With RawCellValue a date cell is its serial
// (days since 1899-12-30, or since 1904-01-01 in the 1904 system, the day
// fraction being the time), indistinguishable from any other number: only
// timestamp columns are parsed with it. A serial has no zone: it is read in
// the --tz location, like a timestamp without an offset. Text that is not
// a plain number goes on to the text layouts ("dates typed as text").
func excelSerial(date1904 bool) func(string, *time.Location) (time.Time, bool) {
	return func(v string, loc *time.Location) (time.Time, bool) {
		if v == "" || !isNumeric(v) {
			return time.Time{}, false
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f <= 0 || f > maxSerial || math.IsNaN(f) {
			return time.Time{}, false
		}
		t, err := excelize.ExcelDateToTime(f, date1904)
		if err != nil {
			return time.Time{}, false
		}
		// Serials carry about 10 significant digits of the day: round
		// away the float noise (45658.0000115741 is 00:00:01.000).
		t = t.Round(time.Millisecond)
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc), true
	}
}

// isNumeric reports whether v is digits with at most one '.' (and an
// optional exponent, as raw cells may hold "4.5658E4").
func isNumeric(v string) bool {
	dot, digits := false, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.' && !dot:
			dot = true
		case (c == 'E' || c == 'e') && digits && i+1 < len(v):
			return isExponent(v[i+1:])
		default:
			return false
		}
	}
	return digits
}

func isExponent(s string) bool {
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
