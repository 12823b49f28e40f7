package audit

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	// A Japanese text is decided as soon as what is left of it cannot
	// change the answer (scripts.surelyKana).
	l.early, l.unread = true, len(body)
	l.add(subject)
	l.unread = 0
	if !l.kana {
		l.add(body)
	}
	sc := l.sc
	if l.kana {
		return "ja"
	}
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
		script = whatlanggo.DetectScript(l.text())
	}
	switch script {
	case unicode.Latin:
		if l.words.confirms(wantIdx) {
			return want
		}
		return detectLatin(l.text()) // whatlanggo's answer, faster (lang_trigram.go)
	case unicode.Arabic:
		// Arabic is the only Arabic-script language of the whitelist:
		// whatlanggo would answer it with confidence 1, after scoring
		// trigrams for nothing.
		return "ar"
	}
	return detectTrigrams(l.text())
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

// NormalizeLanguage puts a buyer's language of preference in ISO 639-1
// form: "en-US", "en_US", "EN" and "eng" become "en", "zh-CN" and
// "zh_Hans" become "zh". It returns "" for an empty or unrecognisable value.
func NormalizeLanguage(s string) string {
	// Most often "en-US" or "en": two lower-case letters, then a
	// separator or nothing.
	if len(s) >= 2 && isASCIILower(s[0]) && isASCIILower(s[1]) && (len(s) == 2 || isLanguageSeparator(s[2])) {
		return s[:2]
	}
	s = strings.TrimSpace(s)
	// The common case, an ASCII code such as "en-US", without allocating:
	// it runs for every message.
	if i := strings.IndexAny(s, "-_. @"); i >= 0 {
		s = s[:i]
	}
	var lower [16]byte
	if len(s) > len(lower) || !isASCII(s) {
		return normalizeLanguage(s)
	}
	for i := 0; i < len(s); i++ {
		lower[i] = lowerASCII(s[i])
	}
	code := lower[:len(s)]
	switch len(code) {
	case 2:
		if isASCIILower(code[0]) && isASCIILower(code[1]) {
			if s[0] == code[0] && s[1] == code[1] {
				return s
			}
			return string(code)
		}
	case 3:
		if c, ok := iso6392[string(code)]; ok {
			return c
		}
	}
	return languageNames[string(code)]
}

// normalizeLanguage is NormalizeLanguage for any text.
func normalizeLanguage(s string) string {
	s = strings.ToLower(s)
	if i := strings.IndexAny(s, "-_. @"); i >= 0 {
		s = s[:i]
	}
	switch len(s) {
	case 2:
		if isASCIILower(s[0]) && isASCIILower(s[1]) {
			return s
		}
	case 3:
		if code, ok := iso6392[s]; ok {
			return code
		}
	}
	return languageNames[s]
}

// isLanguageSeparator reports whether c ends the language in a code such
// as "en-US" (see NormalizeLanguage's strings.IndexAny).
func isLanguageSeparator(c byte) bool {
	return c == '-' || c == '_' || c == '.' || c == ' ' || c == '@'
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isASCIILower(c byte) bool { return 'a' <= c && c <= 'z' }

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
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
