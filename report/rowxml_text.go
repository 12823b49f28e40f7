package report

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// The values of rowXML's cells, formatted as excelize formats them: XML
// escaping, the 32,767-unit cut, "_xHHHH_" escapes, dates and floats.

// plainByte marks the bytes appendEscaped copies as they are: printable
// ASCII other than " ' & < > and _ (the start of an "_xHHHH_" escape). The
// rest take the slow path.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = !strings.ContainsRune(`"'&<>_`, rune(c))
	}
	return t
}()

// appendEscaped is encoding/xml.EscapeText appending to b; keepLF leaves
// line feeds as they are.
func appendEscaped(b []byte, s string, keepLF bool) []byte {
	b, _ = escapeText(b, s, keepLF, false)
	return b
}

// escapeText is appendEscaped that also reports whether s holds "_x",
// which an inline string's text then needs escaped (see appendInlineText):
// one pass over the text instead of two. clean says s is a cleanText: its
// non-ASCII runes need no check.
func escapeText(b []byte, s string, keepLF, clean bool) ([]byte, bool) {
	last, underscoreX := 0, false
	for i := 0; i < len(s); {
		for i < len(s) && plainByte[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		var esc string
		width := 1
		if c < utf8.RuneSelf {
			switch c {
			case '"':
				esc = "&#34;"
			case '\'':
				esc = "&#39;"
			case '&':
				esc = "&amp;"
			case '<':
				esc = "&lt;"
			case '>':
				esc = "&gt;"
			case '\t':
				esc = "&#x9;"
			case '\n':
				if !keepLF {
					esc = "&#xA;"
				}
			case '\r':
				esc = "&#xD;"
			case '_':
				if i+1 < len(s) && s[i+1] == 'x' {
					underscoreX = true
				}
			default:
				esc = "\uFFFD" // other C0 controls
			}
		} else {
			// A run of non-ASCII bytes is whole runes: check it at once.
			j := i + 1
			for j < len(s) && s[j] >= utf8.RuneSelf {
				j++
			}
			if run := s[i:j]; clean || utf8.ValidString(run) && !hasNonCharacter(run) {
				i = j
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			width = size
			if (r == utf8.RuneError && size == 1) || !xmlAllowed(r) {
				esc = "\uFFFD"
			}
		}
		if esc != "" {
			b = append(b, s[last:i]...)
			b = append(b, esc...)
			last = i + width
		}
		i += width
	}
	return append(b, s[last:]...), underscoreX
}

// hasNonCharacter reports whether valid UTF-8 s holds U+FFFE or U+FFFF,
// the only runs of valid UTF-8 XML cannot hold (surrogates are not valid
// UTF-8).
func hasNonCharacter(s string) bool {
	for i := strings.IndexByte(s, 0xEF); i >= 0 && i+2 < len(s); {
		if s[i+1] == 0xBF && (s[i+2] == 0xBE || s[i+2] == 0xBF) {
			return true
		}
		k := strings.IndexByte(s[i+1:], 0xEF)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// truncateUTF16 cuts s at excelize's 32,767 UTF-16 units, as it does.
func truncateUTF16(s string) string {
	if len(s) <= excelize.TotalCellChars {
		return s
	}
	n := 0
	for i, r := range s {
		if n += utf16.RuneLen(r); n > excelize.TotalCellChars {
			return s[:i]
		}
	}
	return s
}

// excelize's date arithmetic (date.go), to write the same serial numbers.
var (
	excelEpoch       = time.Date(1899, time.December, 31, 0, 0, 0, 0, time.UTC)
	excelLeapBugFrom = time.Date(1900, time.March, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond)
)

const (
	dayNanos    = 24 * time.Hour
	maxDuration = 290 * 364 * dayNanos
)

// excelSerial is t's wall clock as an Excel serial number, or false for
// a time before 1900, which excelize writes as text (excelText; its
// setCellTime).
func excelSerial(t time.Time) (float64, bool) {
	_, off := t.Zone()
	t = t.Add(time.Duration(off) * time.Second)
	if t.Before(excelEpoch) {
		return 0, false
	}
	tt, diff, result := t, t.Sub(excelEpoch), 0.0
	for diff >= maxDuration {
		result += float64(maxDuration / dayNanos)
		tt = tt.Add(-maxDuration)
		diff = tt.Sub(excelEpoch)
	}
	rem := diff % dayNanos
	result += float64(diff-rem)/float64(dayNanos) + float64(rem)/float64(dayNanos)
	if t.After(excelLeapBugFrom) {
		result++
	}
	return result, result > 0
}

// excelText is a time excelSerial cannot give as a number, as excelize
// writes it: its wall clock in RFC 3339.
func excelText(t time.Time) string {
	_, off := t.Zone()
	return t.Add(time.Duration(off) * time.Second).Format(time.RFC3339Nano)
}

// formatFloat is excelize's formatCellFloat with automatic precision: at
// most 15 significant digits, as Excel keeps.
func formatFloat(v float64) string {
	str := strconv.FormatFloat(v, 'f', -1, 64)
	if math.Abs(v) == math.MaxFloat64 {
		return str
	}
	const maxPrec = 15
	decimal := strings.IndexByte(str, '.')
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		significant++
		if significant <= maxPrec {
			continue
		}
		if decimal >= 0 && idx > decimal {
			return strings.TrimSuffix(str[:idx], ".")
		}
		if decimal < 0 {
			decimal = len(str)
		}
		truncated := []byte(str[:decimal])
		for ; idx < len(truncated); idx++ {
			truncated[idx] = '0'
		}
		return string(truncated)
	}
	return str
}

var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal escapes literal "_xHHHH_" sequences as "_x005F_xHHHH_" so
// that Excel does not read them as escaped characters: excelize's function
// of the same name, rule for rule.
func bstrMarshal(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var out strings.Builder
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, m := range matches {
		out.WriteString(s[cursor:m[0]])
		sub := s[m[0]:m[1]]
		if sub == "_x005F_" {
			cursor = m[1]
			if m[1]+6 <= l && bstrEscapeExp.MatchString(s[m[1]:m[1]+6]) {
				if _, err := strconv.Unquote(`"\u` + s[m[1]+1:m[1]+5] + `"`); err == nil {
					out.WriteString(sub + "x005F" + sub)
					continue
				}
			}
			out.WriteString(sub + "x005F_")
			continue
		}
		cursor = m[1]
		if _, err := strconv.Unquote(`"\u` + s[m[0]+2:m[1]-1] + `"`); err == nil {
			out.WriteString("_x005F" + sub)
		}
	}
	if cursor < l {
		out.WriteString(s[cursor:])
	}
	return out.String()
}
