package report

import (
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxCellChars is Excel's limit on the text of one cell, in UTF-16 units.
// excelize silently cuts longer text at this length (LIBRARIES.md a), so we
// cut it ourselves and say so.
const maxCellChars = 32767

// truncMarker ends a cell whose text was cut at maxCellChars.
const truncMarker = "… [truncated]"

// cellText makes s safe and honest for a spreadsheet cell: characters XML
// cannot hold are shown as visible escapes ("\x0B") instead of the U+FFFD
// excelize would silently put there, and text longer than a cell can hold is
// cut with a visible marker. Text starting with = + - @ needs nothing: we
// only ever write strings as strings, never as formulas.
func cellText(s string) string {
	if isCleanShort(s) {
		return s
	}
	return truncateCell(escapeControl(s))
}

// isCleanShort is the fast path: short text of plain printable bytes. It
// looks at eight bytes at a time (a body is scanned here for every row).
func isCleanShort(s string) bool {
	if len(s) > maxCellChars {
		return false
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := load8(s, i)
		if w&highBits != 0 {
			return false
		}
		if hasControl(w) && !allowedControls(s[i:i+8]) {
			return false
		}
	}
	for ; i < len(s); i++ {
		b := s[i]
		if b >= 0x80 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
			return false
		}
	}
	return true
}

const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// load8 is s[i:i+8] as a little-endian word (one load once compiled).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasControl reports whether a byte of w is below 0x20: the classic "has
// a byte less than n" test, exact as an any-test whatever the other bytes.
func hasControl(w uint64) bool {
	return (w-0x20*lowBits)&^w&highBits != 0
}

// allowedControls reports whether the C0 controls of s are all tab, LF or
// CR.
func allowedControls(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b < 0x20 && b != '\t' && b != '\n' && b != '\r' {
			return false
		}
	}
	return true
}

// escapeControl replaces every rune XML 1.0 forbids (C0 controls other than
// tab, LF and CR; U+FFFE, U+FFFF) and every invalid UTF-8 byte with a
// visible \xNN or \uNNNN escape.
func escapeControl(s string) string {
	if xmlClean(s) {
		return s
	}
	var b strings.Builder
	clean := 0 // s[:clean] is copied to b lazily, at the first bad rune
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		bad := r == utf8.RuneError && size == 1
		if bad || !xmlAllowed(r) {
			if b.Len() == 0 {
				b.Grow(len(s) + 8)
			}
			b.WriteString(s[clean:i])
			switch {
			case bad:
				fmt.Fprintf(&b, `\x%02X`, s[i])
			case r < 0x100:
				fmt.Fprintf(&b, `\x%02X`, r)
			default:
				fmt.Fprintf(&b, `\u%04X`, r)
			}
			clean = i + size
		}
		i += size
	}
	if clean == 0 {
		return s
	}
	b.WriteString(s[clean:])
	return b.String()
}

// xmlClean reports whether s is valid UTF-8 that XML can hold as it is:
// no C0 control but tab, LF and CR, no U+FFFE or U+FFFF. It is the fast
// path of escapeControl for text in other scripts than Latin.
func xmlClean(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if hasControl(load8(s, i)) && !allowedControls(s[i:i+8]) {
			return false
		}
	}
	return allowedControls(s[i:]) && utf8.ValidString(s) && !hasNonCharacter(s)
}

// xmlAllowed reports whether r is a character XML 1.0 can hold.
func xmlAllowed(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return false
	}
	return r <= utf8.MaxRune
}

// truncateCell cuts s so that it and the marker fit maxCellChars UTF-16
// units, never splitting a rune.
func truncateCell(s string) string {
	if len(s) <= maxCellChars {
		return s // bytes >= UTF-16 units
	}
	units := 0
	for _, r := range s {
		units += utf16.RuneLen(r)
	}
	if units <= maxCellChars {
		return s
	}
	budget := maxCellChars - utf16Len(truncMarker)
	units = 0
	for i, r := range s {
		n := utf16.RuneLen(r)
		if units+n > budget {
			return s[:i] + truncMarker
		}
		units += n
	}
	return s
}

// utf16Len counts s in UTF-16 units, as Excel does.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
