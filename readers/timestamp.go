package readers

import (
	"errors"
	"strings"
	"time"
)

// timeLayout is one timestamp layout bsmaudit reads. Zoned layouts carry
// their own offset; the others are read in the --tz location.
type timeLayout struct {
	layout string
	zoned  bool
}

// timeLayouts are tried in this order after the one that worked last.
// Parsing accepts fractional seconds after the seconds even when a layout
// does not show them, so RFC 3339 covers "…:05Z" and "…:05.123Z". Day and
// month without a leading zero are accepted for the slash and dot layouts
// ("1/2/2006" matches "3/7/2026" and "03/07/2026").
var timeLayouts = []timeLayout{
	{time.RFC3339, true},                // 2026-10-03T14:22:05+00:00, …Z, …05.123Z
	{"2006-01-02 15:04:05Z07:00", true}, // RFC 3339 with a space
	{"2006-01-02T15:04:05Z0700", true},  // offset without colon: +0000
	{"2006-01-02 15:04:05Z0700", true},  //
	{"2006-01-02 15:04:05 -0700", true}, //
	{"2006-01-02 15:04:05Z07", true},    // PostgreSQL: +00
	{"2006-01-02 15:04:05 UTC", true},   // literal UTC
	{"2006-01-02T15:04Z07:00", true},    // no seconds
	{"2006-01-02 15:04:05", false},      // the spreadsheet default
	{"2006-01-02T15:04:05", false},      //
	{"2006-01-02 15:04", false},         //
	{"2006-01-02T15:04", false},         //
	{"1/2/2006 15:04:05", false},        // US, 24 h
	{"1/2/2006 15:04", false},           //
	{"1/2/2006 3:04:05 PM", false},      // US, 12 h
	{"1/2/2006 3:04 PM", false},         //
	{"2.1.2006 15:04:05", false},        // German
	{"2.1.2006 15:04", false},           //
	{"2006-01-02", false},               // date only: midnight
	{"1/2/2006", false},                 //
	{"2.1.2006", false},                 //
}

// errNotTimestamp is the reason a value is not a timestamp.
var errNotTimestamp = errors.New("not a timestamp (expected RFC 3339, YYYY-MM-DD HH:MM[:SS], MM/DD/YYYY HH:MM, DD.MM.YYYY HH:MM)")

// errDayMonth is the reason for a slash date whose first number cannot be
// a month: most likely DD/MM/YYYY, which bsmaudit refuses to guess.
var errDayMonth = errors.New("not a timestamp: looks like DD/MM/YYYY, which cannot be told apart from MM/DD/YYYY; " +
	"export the column as YYYY-MM-DD HH:MM or DD.MM.YYYY HH:MM")

// timeParser parses the timestamps of one file. It remembers the layout that
// worked last: a file almost always uses one layout, so the hot path is one
// time.Parse call. Not safe for concurrent use.
type timeParser struct {
	loc  *time.Location
	last int
	// serial, when set, reads a number as a spreadsheet date serial first.
	serial func(v string, loc *time.Location) (time.Time, bool)
}

func newTimeParser(loc *time.Location) *timeParser {
	if loc == nil {
		loc = time.UTC
	}
	return &timeParser{loc: loc}
}

// parse reads s (surrounding spaces ignored) in one of timeLayouts.
func (p *timeParser) parse(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if p.serial != nil {
		if t, ok := p.serial(s, p.loc); ok {
			return t, nil
		}
	}
	if n := len(s); n > 2 && (s[n-2:] == "am" || s[n-2:] == "pm" || s[n-2:] == "Am" || s[n-2:] == "Pm") {
		s = s[:n-2] + strings.ToUpper(s[n-2:])
	}
	if t, err := p.try(p.last, s); err == nil {
		return t, nil
	}
	for i := range timeLayouts {
		if i == p.last {
			continue
		}
		if t, err := p.try(i, s); err == nil {
			p.last = i
			return t, nil
		}
	}
	if looksDayFirst(s) {
		return time.Time{}, errDayMonth
	}
	return time.Time{}, errNotTimestamp
}

func (p *timeParser) try(i int, s string) (time.Time, error) {
	l := timeLayouts[i]
	if l.zoned {
		return time.Parse(l.layout, s)
	}
	return time.ParseInLocation(l.layout, s, p.loc)
}

// looksDayFirst reports whether s starts like DD/MM/YYYY with DD > 12.
func looksDayFirst(s string) bool {
	a, rest, ok := strings.Cut(s, "/")
	if !ok || len(a) == 0 || len(a) > 2 {
		return false
	}
	b, _, ok := strings.Cut(rest, "/")
	if !ok || len(b) == 0 || len(b) > 2 {
		return false
	}
	d, m := atoi(a), atoi(b)
	return d > 12 && d <= 31 && m >= 1 && m <= 12
}

func atoi(s string) int {
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}
