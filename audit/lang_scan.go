package audit

import (
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
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
// (lang_runes.go); function words are found without a Go map
// (lang_stopwords.go). The kept text is not copied as it is read: most
// texts are decided without it, by their function words or their kana,
// so the scan notes which pieces of the message it is made of, and text
// copies them out when the trigram detector needs them.
// TestDetectForIsReference holds it to a straightforward reference built
// on strings.FieldsFunc.
type langScan struct {
	sc       scripts
	words    wordCount
	counting bool
	parts    [2]string   // the texts read (subject and body)
	reads    uint8       // how many of parts add has read
	pieces   []textPiece // the kept text
	size     int         // its length
	buf      []byte      // the kept text, once text has made it
	// early lets the scan stop as soon as the text is surely Japanese
	// (scripts.surelyKana), unread being how many bytes are still to
	// come after the text add reads; kana tells that it stopped so.
	// detectFor sets early; the tests see whole scans.
	early  bool
	unread int
	kana   bool
}

// textPiece is a piece of the kept text: parts[part][start:end], then a
// space if space is set.
type textPiece struct {
	start, end int
	part       uint8
	space      bool
}

var langScans = sync.Pool{New: func() any {
	return &langScan{buf: make([]byte, 0, maxLangBytes+64), pieces: make([]textPiece, 0, 64)}
}}

func (l *langScan) reset(counting bool) {
	*l = langScan{buf: l.buf[:0], pieces: l.pieces[:0], counting: counting}
}

// text returns the kept text: langText of what add read, each word
// followed by a space, once add has read all. It is valid while l is held
// (it is l's memory).
func (l *langScan) text() string {
	if len(l.buf) == 0 {
		for _, p := range l.pieces {
			l.buf = append(l.buf, l.parts[p.part][p.start:p.end]...)
			if p.space {
				l.buf = append(l.buf, ' ')
			}
		}
	}
	return unsafe.String(unsafe.SliceData(l.buf), len(l.buf))
}

// piece adds s[start:end] (the part-th text read), and a space if space,
// to the kept text.
func (l *langScan) piece(part uint8, start, end int, space bool) {
	if start < end {
		l.pieces = append(l.pieces, textPiece{start, end, part, space})
		l.size += end - start
		if space {
			l.size++
		}
	}
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
	// Kept words followed by one ' ' in s are the same bytes in the kept
	// text: they make one piece, s[run:end], rather than one a word.
	part := l.reads
	l.parts[part] = s // a third text would be an error: out of range
	l.reads++
	run, end := 0, 0
	for i := 0; i < len(s) && l.size+end-run < maxLangBytes; {
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
			l.piece(part, run, end, false)
			run, end = start, i
		case end == start:
			l.piece(part, run, i-space, true)
			run, end = i, i
		default:
			l.piece(part, run, end, false)
			l.piece(part, start, i-space, true)
			run, end = i, i
		}
		l.sc.letters += letters
		l.sc.latin += letters
		if isWide {
			l.sc.merge(wide)
			if l.early && l.sc.surelyKana(len(s)-i+l.unread) {
				l.kana = true
				break
			}
		}
		switch {
		case !l.counting:
		case isWide:
			l.words.add(w)
		default:
			l.words.addASCII(s, start, i-space)
		}
	}
	l.piece(part, run, end, false)
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

// surelyKana reports whether detectFor will find kana enough for
// Japanese (see there) in a text of these letters and then at most more
// bytes: the letters and kana can only grow, and Han letters take 3 bytes
// at least, so at most more/3 of them follow.
func (sc *scripts) surelyKana(more int) bool {
	return sc.letters >= minLetters && sc.kana > 0 && sc.kana*4 >= sc.han+more/3
}

func (sc *scripts) merge(o scripts) {
	sc.letters += o.letters
	sc.latin += o.latin
	sc.kana += o.kana
	sc.han += o.han
	sc.other = sc.other || o.other
}
