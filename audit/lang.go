package audit

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/abadojack/whatlanggo"
)

// Language detection for wrong_language (POLICY.md): only a confident
// detection makes a finding, and short texts stay undecided.
//
// The detector is whatlanggo restricted to the marketplace languages below,
// chosen by measurement (issue 4, closing note): on the 240 corpus rows plus
// 134 held-out rows it was right on 372 of 374 texts and never confidently
// wrong (its 2 misses were flagged unreliable), at about 9,200 messages/s on
// one core and +0.45 MB of binary. lingua-go in high-accuracy mode got 374/374
// at 2,800 messages/s but embeds 124 MB of models (+131 MB of binary); its
// low-accuracy mode was confidently wrong 3 times. A stronger second stage for
// undecided texts would bring lingua back for a handful of rows, so
// undecided texts simply make no finding.

// detectLangs are the languages of Amazon's marketplaces, the whitelist of
// the detector: a message is always in one of them or undecided.
var detectLangs = func() map[whatlanggo.Lang]bool {
	m := map[whatlanggo.Lang]bool{}
	for _, code := range []string{"eng", "deu", "fra", "spa", "ita", "jpn", "nld", "pol", "swe", "tur", "por", "arb", "cmn"} {
		m[whatlanggo.CodeToLang(code)] = true
	}
	return m
}()

// minLetters is the fewest letters (after removing links, addresses, IDs
// and tags) a text needs before its language is decided: "Thanks!" or "OK"
// say nothing reliable. Scripts without spaces (Han, kana) carry more per
// letter, so each of their letters counts three times.
const minLetters = 24

// maxLangBytes caps the text handed to the detector: a few sentences decide
// a language, and the detector's cost grows with the text.
const maxLangBytes = 600

// DetectLanguage returns the ISO 639-1 code of the language subject and
// body are written in, or "" when the text is too short or the detector is
// not confident. Links, email addresses, numbers and bracketed tags such as
// [Important] are ignored: they are not language.
func DetectLanguage(subject, body string) string { return detectFor(subject, body, "") }

// detectFor is DetectLanguage for a message to a buyer whose language of
// preference is want (ISO 639-1, or ""): a Latin-script text whose
// function words clearly say want is taken to be in it without running the
// trigram detector (lang_stopwords.go).
func detectFor(subject, body, want string) string {
	l := langScans.Get().(*langScan)
	defer langScans.Put(l)
	wantIdx := stopwordIndex(want)
	l.reset(wantIdx > 0)
	l.add(subject)
	l.add(body)
	text := unsafe.String(unsafe.SliceData(l.buf), len(l.buf)) // only while l is held
	sc := l.sc
	if sc.letters < minLetters {
		return ""
	}
	// whatlanggo decides CJK by the dominant script alone: Japanese written
	// mostly in kanji would come out as Chinese. Kana settle it.
	if sc.kana > 0 && sc.kana*4 >= sc.han {
		return "ja"
	}
	script := unicode.Latin // what whatlanggo.DetectScript says of Latin-only text
	if sc.other || sc.latin == 0 {
		script = whatlanggo.DetectScript(text)
	}
	switch script {
	case unicode.Latin:
		if l.words.confirms(wantIdx) {
			return want
		}
		return detectLatin(text) // whatlanggo's answer, faster (lang_trigram.go)
	case unicode.Arabic:
		// Arabic is the only Arabic-script language of the whitelist:
		// whatlanggo would answer it with confidence 1, after scoring
		// trigrams for nothing.
		return "ar"
	}
	return detectTrigrams(text)
}

// scripts counts what DetectLanguage needs to know of a text's letters.
type scripts struct {
	letters, latin, kana, han int
	// other: some rune belongs to a script other than Latin (Han, kana,
	// Arabic, Cyrillic...), so whatlanggo.DetectScript has to decide.
	other bool
}

// add counts the letters of text (kana and Han three times each, see
// minLetters), with ASCII on a fast path: most messages are Latin script,
// and unicode.Is on every rune was a tenth of the run.
func (sc *scripts) add(text string) {
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				sc.letters++
				sc.latin++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
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
}

// detectTrigrams is whatlanggo's trigram detector,
// restricted to the marketplace languages, trusted only when reliable.
func detectTrigrams(text string) string {
	info := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: detectLangs})
	if !info.IsReliable() || info.Lang < 0 {
		return ""
	}
	return info.Lang.Iso6391()
}

// langScan is one pass over a message for language detection: the words
// langText keeps, the script counts of their letters, and, when the
// buyer's language has a function-word list, the function words
// (lang_stopwords.go), so that the text is read once.
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

// add appends langText(s) to the scan, each word followed by a space,
// until it holds maxLangBytes. Words are split as strings.Fields splits
// (unicode.IsSpace), with ASCII on a fast path.
func (l *langScan) add(s string) {
	for i := 0; i < len(s) && len(l.buf) < maxLangBytes; {
		if n := spaceAt(s, i); n > 0 {
			i += n
			continue
		}
		start, bad, dots := i, false, 0
	word:
		for ; i < len(s); i++ {
			switch c := s[i]; {
			case c >= utf8.RuneSelf:
				if spaceAt(s, i) > 0 {
					break word
				}
			case asciiSpace[c]:
				break word
			case c == '.':
				dots++
			case c == '@' || c == '/' || c == '[' || c == ']' || '0' <= c && c <= '9':
				bad = true
			}
		}
		w := s[start:i]
		// Not language: addresses, links, codes, tags, and words with a dot
		// inside ("shop.de"), not only at their edges ("end." "...").
		if bad || dots > 1 || dots == 1 && strings.Contains(strings.Trim(w, ".,;:!?"), ".") {
			continue
		}
		l.buf = append(l.buf, w...)
		l.buf = append(l.buf, ' ')
		l.sc.add(w)
		if l.counting {
			l.words.add(w)
		}
	}
}

// spaceAt returns the length of the white-space rune at s[i], or 0.
func spaceAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if asciiSpace[c] {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// NormalizeLanguage puts a buyer's language of preference in ISO 639-1
// form: "en-US", "en_US", "EN" and "eng" become "en", "zh-CN" and
// "zh_Hans" become "zh". It returns "" for an empty or unrecognisable value.
func NormalizeLanguage(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_. @"); i >= 0 {
		s = s[:i]
	}
	switch len(s) {
	case 2:
		if s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' {
			return s
		}
	case 3:
		if code, ok := iso6392[s]; ok {
			return code
		}
	}
	if code, ok := languageNames[s]; ok {
		return code
	}
	return ""
}

// iso6392 are the three-letter codes (terminological and bibliographic)
// of the marketplace languages, as some exports write them.
var iso6392 = map[string]string{
	"eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it", "jpn": "ja",
	"nld": "nl", "dut": "nl", "pol": "pl", "swe": "sv", "tur": "tr", "por": "pt", "ara": "ar", "arb": "ar",
	"zho": "zh", "chi": "zh", "cmn": "zh",
}

// languageNames are English names of the marketplace languages, as some
// exports write them.
var languageNames = map[string]string{
	"english": "en", "german": "de", "french": "fr", "spanish": "es", "italian": "it", "japanese": "ja",
	"dutch": "nl", "polish": "pl", "swedish": "sv", "turkish": "tr", "portuguese": "pt", "arabic": "ar", "chinese": "zh",
}
