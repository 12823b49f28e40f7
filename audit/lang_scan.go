package audit

import (
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// langScan is one pass over a message for language detection: the words
// langText keeps, the script counts of their letters, and, when the
// buyer's language has a function-word list, the function words
// (lang_stopwords.go), so that the text is read once.
//
// The scan is most of the cost of language detection (issue 7), so each
// byte is looked at once: ASCII letters 8 at a time (letterRun), other
// ASCII bytes through a class table, a non-ASCII rune decoded once to
// learn from a cache both whether it is white space and how it counts
// (lang_runes.go); kept words are copied in runs, and function words
// found without a Go map (lang_stopwords.go). TestDetectForIsReference
// holds it to a straightforward reference built on strings.FieldsFunc.
type langScan struct {
	buf      []byte
	sc       scripts
	words    wordCount
	counting bool
}

var langScans = sync.Pool{New: func() any { return &langScan{buf: make([]byte, 0, maxLangBytes+64)} }}

func (l *langScan) reset(counting bool) {
	*l = langScan{buf: l.buf[:0], counting: counting}
}

// What a byte tells of the word it is in.
const (
	byteLetter = 1 << iota // an ASCII letter, counted by scripts
	byteDot                // a word with a dot inside is a domain ("shop.de")
	byteBad                // '@' '/' '[' ']' and digits: addresses, links, tags, codes
	byteSpace              // ends the word, as strings.Fields splits
	byteWide               // starts or continues a non-ASCII rune: decode it
)

var byteFlags = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = byteWide
		case asciiSpace[c]:
			t[c] = byteSpace
		case isASCIILetter(byte(c)):
			t[c] = byteLetter
		case c == '.':
			t[c] = byteDot
		case c == '@' || c == '/' || c == '[' || c == ']' || '0' <= c && c <= '9':
			t[c] = byteBad
		}
	}
	return t
}()

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// add appends langText(s) to the scan, each word followed by a space,
// until it holds maxLangBytes. Words are split as strings.Fields splits
// (unicode.IsSpace).
func (l *langScan) add(s string) {
	// Kept words followed by one ' ' in s are the same bytes in buf: they
	// are copied a run at a time, s[run:end], rather than a word at a time.
	run, end := 0, 0
	for i := 0; i < len(s) && len(l.buf)+end-run < maxLangBytes; {
		start, space := i, 0 // space: the width of the white space ending the word
		flags, letters, dots := 0, 0, 0
		var wide scripts // what the word's non-ASCII runes count for
		isWide := false
		for i < len(s) {
			// Most bytes are letters in runs: 8 at a time.
			for i+8 <= len(s) {
				n := letterRun(load64(s, i))
				letters += n
				i += n
				if n < 8 {
					break
				}
			}
			if i == len(s) {
				break
			}
			f := int(byteFlags[s[i]])
			if f&(byteSpace|byteWide) == 0 {
				flags |= f
				letters += f & byteLetter
				dots += (f & byteDot) / byteDot
				i++
				continue
			}
			if f&byteSpace != 0 {
				space = 1
				break
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			info := infoOfRune(r)
			if info&runeSpace != 0 {
				space = n
				break
			}
			wide.addInfo(info)
			isWide = true
			i += n
		}
		w := s[start:i]
		i += space
		// Not language: addresses, links, codes, tags, and words with a dot
		// inside ("shop.de"), not only at their edges ("end." "...").
		if w == "" || flags&byteBad != 0 || dots > 1 || dots == 1 && innerDot(w) {
			continue
		}
		switch {
		case space == 1 && s[i-1] == ' ' && end == start:
			end = i // the run goes on
		case space == 1 && s[i-1] == ' ':
			l.buf = append(l.buf, s[run:end]...)
			run, end = start, i
		default:
			l.buf = append(l.buf, s[run:end]...)
			l.buf = append(l.buf, w...)
			l.buf = append(l.buf, ' ')
			run, end = i, i
		}
		l.sc.letters += letters
		l.sc.latin += letters
		if isWide {
			l.sc.merge(wide)
		}
		switch {
		case !l.counting:
		case isWide:
			l.words.add(w)
		default:
			l.words.addASCII(s, start, i-space)
		}
	}
	l.buf = append(l.buf, s[run:end]...)
}

// letterRun returns how many of the 8 bytes packed in x, from the lowest,
// are ASCII letters before another byte. A byte b is a letter when b|0x20
// is in 'a'..'z'; the test is made on all 8 at once, on their low 7 bits
// (so that no sum carries into the next byte) and without the high bit.
func letterRun(x uint64) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	y := x | ones*0x20
	low := y &^ high
	fromA := low + ones*(0x80-'a')
	pastZ := low + ones*(0x80-'z'-1)
	letter := fromA &^ pastZ &^ y & high
	return bits.TrailingZeros64(^letter&high) / 8
}

// innerDot reports whether the one dot of w has something other than
// ".,;:!?" on both sides, as strings.Contains(strings.Trim(w, ".,;:!?"),
// ".") does, without building the cut set for every word.
func innerDot(w string) bool {
	d := strings.IndexByte(w, '.')
	before, after := false, false
	for i := 0; i < d && !before; i++ {
		before = !isEdgePunct(w[i])
	}
	for i := d + 1; i < len(w) && !after; i++ {
		after = !isEdgePunct(w[i])
	}
	return before && after
}

func isEdgePunct(c byte) bool {
	return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?'
}

// scripts counts what DetectLanguage needs to know of a text's letters.
type scripts struct {
	letters, latin, kana, han int
	// other: some rune belongs to a script other than Latin (Han, kana,
	// Arabic, Cyrillic...), so whatlanggo.DetectScript has to decide.
	other bool
}

// addRune counts a non-ASCII rune by the unicode tables (kana and Han
// three times each, see minLetters); the scan asks infoOfRune, which
// caches this.
func (sc *scripts) addRune(r rune) {
	switch {
	case unicode.Is(unicode.Latin, r):
		sc.letters++
		sc.latin++
	case unicode.In(r, unicode.Hiragana, unicode.Katakana):
		sc.kana++
		sc.letters += 3
		sc.other = true
	case unicode.Is(unicode.Han, r):
		sc.han++
		sc.letters += 3
		sc.other = true
	default:
		if unicode.IsLetter(r) {
			sc.letters++
		}
		// Common and Inherited runes (punctuation, symbols, combining
		// marks) belong to no script whatlanggo counts.
		if !unicode.In(r, unicode.Common, unicode.Inherited) {
			sc.other = true
		}
	}
}

func (sc *scripts) merge(o scripts) {
	sc.letters += o.letters
	sc.latin += o.latin
	sc.kana += o.kana
	sc.han += o.han
	sc.other = sc.other || o.other
}
