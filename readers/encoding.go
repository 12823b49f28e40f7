package readers

import (
	"bufio"
	"bytes"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// validUTF8Prefix reports whether b is UTF-8, allowing a rune cut off at
// the end (b is a prefix of a file).
func validUTF8Prefix(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return len(b)-i < utf8.UTFMax && !utf8.FullRune(b[i:])
		}
		i += n
	}
	return true
}

// legacyEncoding names the 8-bit encoding assumed for a file that is not
// UTF-8, judging by its first bytes, and the note that says so. Both are
// decoded alike (Windows-1252 is ISO-8859-1 plus printable characters in
// 0x80-0x9F, where ISO-8859-1 has only unused control codes): the name only
// tells the user what was assumed.
func legacyEncoding(head []byte) (name, note string) {
	for _, b := range head {
		if b >= 0x80 && b < 0xA0 {
			return "windows-1252", "not UTF-8: read as Windows-1252 (save the file as UTF-8 to be sure)"
		}
	}
	return "iso-8859-1", "not UTF-8: read as ISO-8859-1 (Latin-1; Windows-1252 would read the same here); save the file as UTF-8 to be sure"
}

// sepLine recognises the "sep=;" first line Excel writes and reads to fix
// the delimiter: it returns the delimiter and the length of the line, or
// 0 when head does not start with one.
func sepLine(head []byte) (rune, int) {
	if len(head) < 5 || !bytes.EqualFold(head[:4], []byte("sep=")) {
		return 0, 0
	}
	c := head[4]
	if c == '\n' || c == '\r' || c == '"' || c >= utf8.RuneSelf {
		return 0, 0
	}
	rest := head[5:]
	switch {
	case len(rest) == 0:
		return rune(c), 5
	case rest[0] == '\n':
		return rune(c), 6
	case len(rest) > 1 && rest[0] == '\r' && rest[1] == '\n':
		return rune(c), 7
	case rest[0] == '\r':
		return rune(c), 6 // a classic Mac line end
	}
	return 0, 0
}

// utf16Reader decodes UTF-16 (the BOM already consumed) to UTF-8: Excel's
// "Unicode Text" export is UTF-16LE and tab-separated. Unpaired surrogates
// and a trailing odd byte become U+FFFD.
type utf16Reader struct {
	r    *bufio.Reader
	big  bool
	out  []byte
	high rune // a pending high surrogate, or 0
	err  error
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 {
		if u.err != nil {
			if u.high != 0 {
				u.high = 0
				u.out = utf8.AppendRune(u.out, utf8.RuneError)
				continue
			}
			return 0, u.err
		}
		u.fill(len(p))
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	return n, nil
}

// fill decodes up to about max bytes of output.
func (u *utf16Reader) fill(max int) {
	u.out = u.out[:0]
	for len(u.out) < max {
		var b [2]byte
		n, err := io.ReadFull(u.r, b[:])
		if err != nil {
			if n == 1 {
				u.out = utf8.AppendRune(u.out, utf8.RuneError)
			}
			if err == io.ErrUnexpectedEOF {
				err = io.EOF
			}
			u.err = err
			return
		}
		c := rune(b[0]) | rune(b[1])<<8
		if u.big {
			c = rune(b[1]) | rune(b[0])<<8
		}
		switch {
		case u.high != 0 && utf16.IsSurrogate(c) && c >= 0xDC00:
			u.out = utf8.AppendRune(u.out, utf16.DecodeRune(u.high, c))
			u.high = 0
			continue
		case u.high != 0:
			u.out = utf8.AppendRune(u.out, utf8.RuneError)
			u.high = 0
		}
		switch {
		case c >= 0xD800 && c < 0xDC00:
			u.high = c
		case utf16.IsSurrogate(c):
			u.out = utf8.AppendRune(u.out, utf8.RuneError)
		default:
			u.out = utf8.AppendRune(u.out, c)
		}
	}
}

// cp1252Reader decodes Windows-1252 (what Excel on Windows writes for "CSV")
// to UTF-8.
type cp1252Reader struct {
	r   io.Reader
	buf []byte
	out []byte
}

// cp1252 maps 0x80-0x9F; the other bytes are Latin-1.
var cp1252 = [32]rune{
	0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
	0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
}

func (c *cp1252Reader) Read(p []byte) (int, error) {
	if len(c.out) == 0 {
		if cap(c.buf) < len(p) {
			c.buf = make([]byte, len(p))
		}
		n, err := c.r.Read(c.buf[:len(p)/3+1])
		c.out = c.out[:0]
		for _, b := range c.buf[:n] {
			switch {
			case b < 0x80:
				c.out = append(c.out, b)
			case b < 0xA0:
				c.out = utf8.AppendRune(c.out, cp1252[b-0x80])
			default:
				c.out = utf8.AppendRune(c.out, rune(b))
			}
		}
		if n == 0 {
			return 0, err
		}
	}
	n := copy(p, c.out)
	c.out = c.out[n:]
	return n, nil
}

// utf16NoBOM recognises UTF-16 text written without a byte order mark by
// its NUL bytes: the high byte of every ASCII character. It reports
// whether the text is big-endian and whether it is UTF-16 at all: at
// least 16 bytes, NULs in at least 40% of the odd (LE) or even (BE)
// positions and in under 5% of the others. A UTF-8 or 8-bit file with
// a few NUL bytes is left alone.
func utf16NoBOM(head []byte) (big, ok bool) {
	if len(head) < 16 {
		return false, false
	}
	var even, odd int
	for i, b := range head {
		if b == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(head) / 2
	switch {
	case odd*5 >= half*2 && even*20 < half:
		return false, true
	case even*5 >= half*2 && odd*20 < half:
		return true, true
	}
	return false, false
}
