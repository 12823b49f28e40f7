package policy

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Text is one message prepared for matching. It is built once per message
// (NewText) and then handed to every rule: the folding work is never repeated
// per rule, which matters at millions of messages.
//
// The folded form is the subject, a newline and the body, with every rune
// lower-cased and a few compatibility forms mapped to their plain equivalents
// (full-width ASCII to ASCII, typographic quotes and dashes to ASCII, exotic
// spaces to a space). That is the part of NFKC that matters for matching
// sellers' text, without a dependency. Patterns are matched against it, and
// evidence is cut from the original text through an offset map.
type Text struct {
	Subject string
	Body    string

	folded string  // the folded form of the original text: subject, newline, body
	index  []int32 // folded byte offset -> original byte offset (len(folded)+1 entries)
	subj   int     // length of the folded subject in folded

	spans    [nDetectors][][2]int // cached detector results (detect)
	detected uint8                // which of spans are computed, a bit per detector
	pre      *aho                 // the pre-filter scan was computed with
	scan     *scanned             // which of pre's literals occur in folded, and where
	variant  bool                 // folded holds a case-fold variant rune (variant.go)
	rm       ruleMatch            // Rule.Match's state (match.go)

	// buf and idxBuf are the memory of folded and index, kept for the next
	// text when this one is released.
	buf    []byte
	idxBuf []int32
}

// textPool recycles released Texts and their buffers: folding allocated
// about 3 KB a message (the offset map is 4 bytes per byte of text), most
// of the classifier's garbage.
var textPool = sync.Pool{New: func() any { return new(Text) }}

// NewText folds subject and body for matching. Release it when done.
//
// The original text is subject, newline and body; it is never built as
// one string (that was a copy of every message): offsets into it map to
// Subject or Body (cut), and evidence cut from those shares their memory,
// which the caller does not write again.
func NewText(subject, body string) *Text {
	t := textPool.Get().(*Text)
	*t = Text{Subject: subject, Body: body, rm: t.rm, buf: t.buf[:0], idxBuf: t.idxBuf[:0]}
	if foldASCII(t) {
		return t
	}
	// One pass, ASCII bytes on a fast path; folding may change a rune's
	// length (full-width letters), so the buffers grow when they must. No
	// rune spans the newline: it is ASCII, and a byte before or after it
	// that does not form a rune alone decodes as an error either way.
	n := len(subject) + 1 + len(body)
	b := slices.Grow(t.buf, n+8)
	t.index = slices.Grow(t.idxBuf, n+9)
	b = t.foldPart(b, subject, 0)
	t.subj = len(b)
	b = t.foldPart(b, "\n", len(subject))
	b = t.foldPart(b, body, len(subject)+1)
	t.index = append(t.index, int32(n))
	t.buf, t.idxBuf = b, t.index
	t.folded = unsafeString(b) // b is not written again until t is released
	return t
}

// foldPart appends the folded form of s, which starts at offset base of
// the original text, to b, and the offsets of its bytes to t.index.
func (t *Text) foldPart(b []byte, s string, base int) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			b = append(b, asciiFold[c])
			t.index = append(t.index, int32(base+i))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError {
			r = ' ' // invalid UTF-8 never reaches a pattern
		}
		f := fold(r)
		if f >= utf8.RuneSelf && isVariant(f) {
			t.variant = true
		}
		n := len(b)
		b = utf8.AppendRune(b, f)
		for j := n; j < len(b); j++ {
			t.index = append(t.index, int32(base+i))
		}
		i += size
	}
	return b
}

// foldASCII is NewText's fast path for a text of plain ASCII, most
// messages: folding keeps every offset, so there is no offset map (index
// stays nil). It reports false, having done nothing, when the text has a
// non-ASCII byte.
func foldASCII(t *Text) bool {
	if !isASCII(t.Subject) || !isASCII(t.Body) {
		return false
	}
	n := len(t.Subject) + 1 + len(t.Body)
	b := slices.Grow(t.buf, n)[:0]
	for i := 0; i < len(t.Subject); i++ {
		b = append(b, asciiFold[t.Subject[i]])
	}
	b = append(b, '\n')
	for i := 0; i < len(t.Body); i++ {
		b = append(b, asciiFold[t.Body[i]])
	}
	t.subj = len(t.Subject)
	t.buf = b
	t.folded = unsafeString(b)
	return true
}

// isASCII reports whether s is plain ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiFold is fold for the ASCII bytes.
var asciiFold = func() (m [utf8.RuneSelf]byte) {
	for c := range m {
		m[c] = byte(fold(rune(c)))
	}
	return m
}()

// Folded is the text rules match against: subject, newline, body, folded.
func (t *Text) Folded() string { return t.folded }

// InSubject reports whether a folded offset lies in the subject.
func (t *Text) InSubject(pos int) bool { return pos < t.subj }

// Original returns the original text of the folded span [start, end).
func (t *Text) Original(start, end int) string {
	if start < 0 {
		start = 0
	}
	if end > len(t.folded) {
		end = len(t.folded)
	}
	if start >= end {
		return ""
	}
	if t.index != nil { // plain ASCII: offsets are the same
		start, end = int(t.index[start]), int(t.index[end])
	}
	return t.cut(start, end)
}

// cut is the original text's [start, end): subject, newline and body.
func (t *Text) cut(start, end int) string {
	n := len(t.Subject)
	switch {
	case end <= n:
		return t.Subject[start:end]
	case start > n:
		return t.Body[start-n-1 : end-n-1]
	}
	return t.Subject[start:] + "\n" + t.Body[:end-n-1] // across the newline: rare
}

// Evidence returns the original text of a span, on one line and trimmed to
// about 80 characters, for a finding's evidence.
func (t *Text) Evidence(start, end int) string {
	return Clip(t.Original(start, end), 80)
}

// Clip puts s on one line and shortens it to at most max runes with "…".
func Clip(s string, max int) string {
	if n, ok := oneLine(s); ok && n <= max {
		return s // most evidence: nothing to change, nothing to allocate
	}
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:max-1])) + "…"
}

// oneLine counts the runes of s and reports whether s is already on one
// line as Clip makes it: no white space but single spaces between words.
func oneLine(s string) (runes int, ok bool) {
	space := true // a leading space is not on one line
	for _, r := range s {
		runes++
		if unicode.IsSpace(r) {
			if r != ' ' || space {
				return 0, false
			}
			space = true
		} else {
			space = false
		}
	}
	return runes, !space || s == ""
}

// fold maps one rune to its matching form.
func fold(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		if r == '\t' || r == '\r' || r == '\f' || r == '\v' {
			return ' '
		}
		return r
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII (NFKC)
		return fold(r - 0xFEE0)
	}
	switch r {
	case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
		'\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000':
		return ' '
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	case '\u2028', '\u2029', '\u0085':
		return '\n'
	}
	return unicode.ToLower(r)
}

// foldString folds a pattern or setting the same way as a message.
func foldString(s string) string {
	if asciiFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(fold(r))
	}
	return b.String()
}

// asciiFolded reports whether s is ASCII that folding leaves as it is.
func asciiFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || asciiFold[c] != c {
			return false
		}
	}
	return true
}

// unsafeString makes a string of b without copying; b must not change after.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
