package audit

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The cheap first stage of language detection (issue 7): most messages
// are written in the buyer's language, and their function words say so.
// confirmLanguage counts the words that belong to one marketplace language
// only ("the", "und", "vous", "het", "och"...); when the buyer's language
// clearly dominates, the text is in it and wrong_language cannot apply, so
// the trigram detector (the second, costlier stage) is skipped. Anything
// less clear goes to the trigram detector, as before: this stage only ever
// answers "the buyer's language", never another one, so it cannot make a
// finding, only spare the work of ruling one out.

// stopwords are frequent function words per Latin-script marketplace
// language. A word listed for two languages ("de", "la", "en") is dropped
// by stopwordLang: it tells nothing apart.
var stopwords = map[string]string{
	"en": "the and to of is are you your we our for with this that have has will would be been it " +
		"please thank thanks order hello hi dear regards if can could should from not any about was " +
		"were which what when there their they them just also kind best team us my me an at by",
	"de": "der die das und ist sind sie ihr ihre ihren ihnen wir unser unsere uns für mit dies diese " +
		"dass haben hat wird würde werden nicht bitte vielen dank bestellung hallo liebe lieber grüße " +
		"freundlichen von auf dem den des ein eine einen einem zu auch noch wenn oder wie bei nach " +
		"können kann gerne ich",
	"fr": "le les et est sont vous votre vos nous notre nos pour avec dans cette ce qui que ne pas " +
		"merci commande bonjour cordialement une du au aux sur par êtes avons sera serait si plus " +
		"très bien je",
	"es": "el los las y es son usted su sus nosotros nuestro nuestra para con este esta que no por " +
		"gracias pedido hola saludos una del al muy si más cuando está puede podemos le nos lo",
	"it": "il lo gli è sono lei suo sua nostro nostra per con questo questa che non grazie ordine " +
		"ciao cordiali saluti di della delle dei una del al sul nel siamo può possiamo ci ti",
	"nl": "het een en is zijn u uw wij we ons onze voor met dit deze dat niet bedankt bestelling " +
		"hallo beste groeten vriendelijke van op aan te ook wel als kunt kunnen wordt naar bij",
	"sv": "och att det är ett du din ditt dina vi vår våra för med detta som inte tack beställning " +
		"hej hälsningar vänliga på av till om kan vill har eller från",
	"pl": "i w na z że nie jest są się do to pan pani państwa dziękujemy zamówienie dzień dobry " +
		"pozdrawiamy jak dla przez może prosimy czy oraz już tym",
	"pt": "o os as e é são você seu sua seus nós nosso nossa para com este esta que não por obrigado " +
		"pedido olá atenciosamente um uma do da dos das no na ao pelo pela muito",
	"tr": "ve bir bu için ile siz sizin biz bizim çok teşekkür sipariş siparişiniz merhaba saygılarımızla " +
		"olarak ederiz en daha ama veya gibi ise",
}

// stopwordLangs are stopwords' languages in order.
var stopwordLangs = slices.Sorted(maps.Keys(stopwords))

// shortStopwords and longStopwords find the language (index plus one) of
// a function word of up to 8 bytes, and of a longer one. They replace a Go
// map, whose lookups were a quarter of language detection (issue 7): most
// words are short, and a short word packed in an integer (packWord) is
// found in a wordTable without hashing a string. A longer word is looked
// up only when its first 8 bytes are those of a long function word
// (longPrefixes), which few are.
var shortStopwords, longPrefixes, longStopwords = func() (*wordTable, *wordTable, map[string]uint8) {
	owners := map[string][]int{}
	for i, lang := range stopwordLangs {
		for _, w := range strings.Fields(stopwords[lang]) {
			owners[w] = append(owners[w], i)
		}
	}
	short, prefixes, long := new(wordTable), new(wordTable), map[string]uint8{}
	for _, w := range slices.Sorted(maps.Keys(owners)) {
		if len(w) > maxStopword {
			panic("stopword longer than maxStopword: " + w)
		}
		// A word listed for two languages ("de", "la", "en") tells
		// nothing apart.
		if langs := owners[w]; len(langs) != 1 {
			continue
		} else if len(w) > 8 {
			long[w] = uint8(langs[0] + 1)
			prefixes.put(packWord([]byte(w[:8])), 1)
		} else {
			short.put(packWord([]byte(w)), uint8(langs[0]+1))
		}
	}
	return short, prefixes, long
}()

// maxStopword is the length in bytes of the longest function word: no
// longer word needs looking up.
const maxStopword = 20

// stopwordOf returns the language (index plus one) of w, a word in lower
// case, or 0.
func stopwordOf(w []byte) uint8 {
	if len(w) <= 8 {
		return shortStopwords.find(packWord(w))
	}
	if longPrefixes.find(packWord(w[:8])) == 0 {
		return 0
	}
	return longStopwords[string(w)]
}

// packWord packs a word of up to 8 bytes in an integer, the key of
// wordTable. Words have no NUL byte, so the zero padding is unambiguous.
func packWord(w []byte) uint64 {
	var k uint64
	for i, c := range w {
		k |= uint64(c) << (8 * i)
	}
	return k
}

// Thresholds of confirmLanguage, set on the equivalence set and the
// generated log (TestConfirmLanguageAgreesWithTrigrams): the buyer's
// language must own at least confirmMin function words of the text, at
// least confirmRatio times as many as any other language, and one word in
// confirmShare.
const (
	confirmMin   = 4
	confirmRatio = 4
	confirmShare = 8
)

// wordCount counts the function words of a text, per stopword language.
type wordCount struct {
	words int
	count [16]int // per index in stopwordLangs, plus one; [0]: no language
}

// add counts one word of langText; the scan calls it for words with
// non-ASCII bytes, addASCII for the others.
func (c *wordCount) add(w string) {
	c.words++
	var lower [32]byte
	if k, ok := wordKey(lower[:0], w); ok {
		c.count[stopwordOf(k)]++
	}
}

// addASCII is add for the word s[start:end] of ASCII bytes only, most
// words: a short one is loaded, packed and lowered in an integer at once.
func (c *wordCount) addASCII(s string, start, end int) {
	c.words++
	i, j := start, end
	for i < j && !isASCIILetter(s[i]) {
		i++
	}
	for j > i && !isASCIILetter(s[j-1]) {
		j--
	}
	switch n := j - i; {
	case n == 0:
	case n <= 8:
		var key uint64
		if i+8 <= len(s) {
			key = load64(s, i) & (^uint64(0) >> (64 - 8*n)) // bytes past the word masked out
		} else {
			for k := range n {
				key |= uint64(s[i+k]) << (8 * k)
			}
		}
		c.count[shortStopwords.find(lowerPacked(key))]++
	case n <= maxStopword:
		// Long: first its 8-byte prefix, which rules out most words.
		if longPrefixes.find(lowerPacked(load64(s, i))) == 0 {
			return
		}
		var lower [maxStopword]byte
		for k := range n {
			lower[k] = s[i+k]
			if 'A' <= lower[k] && lower[k] <= 'Z' {
				lower[k] += 'a' - 'A'
			}
		}
		c.count[longStopwords[string(lower[:n])]]++
	}
}

// load64 returns the 8 bytes of s at i, little-endian (one load: the
// compiler combines the bytes).
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// lowerPacked lowers the ASCII letters of up to 8 packed ASCII bytes all
// at once: a byte b of the 8 is an upper-case letter when b+(0x80-'A') has
// its high bit set and b+(0x80-'Z'-1) has not. No byte is above 0x7f, so
// no sum carries into the next byte.
func lowerPacked(key uint64) uint64 {
	const ones = 0x0101010101010101
	fromA := key + ones*(0x80-'A')
	pastZ := key + ones*(0x80-'Z'-1)
	upper := fromA &^ pastZ & (ones * 0x80)
	return key | upper>>2 // 0x80>>2 is 'a'-'A'
}

// confirms reports whether the counted text is clearly in the language of
// index wantIdx (stopwordLangs' index plus one).
func (c *wordCount) confirms(wantIdx int) bool {
	own := c.count[wantIdx]
	if wantIdx == 0 || own < confirmMin || own*confirmShare < c.words {
		return false
	}
	for i, n := range c.count[1:] {
		if i+1 != wantIdx && own < n*confirmRatio {
			return false
		}
	}
	return true
}

// stopwordIndex is want's index in stopwordLangs plus one, 0 when want
// has no function-word list (not a Latin-script language).
func stopwordIndex(want string) int { return slices.Index(stopwordLangs, want) + 1 }

// wordKey puts w in lower case without the punctuation around it, into
// dst (which has room for 32 bytes) without allocating; ok is false when
// nothing is left or it would not fit.
func wordKey(dst []byte, w string) ([]byte, bool) {
	// ASCII edges are trimmed here; other edges by TrimFunc.
	for len(w) > 0 && w[0] < utf8.RuneSelf && !isASCIILetter(w[0]) {
		w = w[1:]
	}
	for len(w) > 0 && w[len(w)-1] < utf8.RuneSelf && !isASCIILetter(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	if len(w) > 0 && (w[0] >= utf8.RuneSelf || w[len(w)-1] >= utf8.RuneSelf) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	}
	if w == "" || len(w) > cap(dst) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return lowerInto(dst[:0], w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// lowerInto appends w in lower case to dst (which has room for 32 bytes)
// without allocating; ok is false when it would not fit.
func lowerInto(dst []byte, w string) ([]byte, bool) {
	for _, r := range w {
		if uint32(r) < uint32(len(lowerRunes)) {
			r = rune(lowerRunes[r]) // unicode.ToLower, without its search
		} else {
			r = unicode.ToLower(r)
		}
		if len(dst)+utf8.RuneLen(r) > cap(dst) {
			return nil, false
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst, true
}

// lowerRunes is unicode.ToLower of the runes of one or two bytes in
// UTF-8, the letters of the Latin-script marketplace languages (issue 7:
// ToLower's search of the case tables was most of counting the function
// words of a text with accents).
var lowerRunes = func() (t [0x800]uint16) {
	for r := range t {
		lower := unicode.ToLower(rune(r))
		if lower >= 1<<16 {
			panic("lowerRunes: a lower case past 16 bits")
		}
		t[r] = uint16(lower)
	}
	return t
}()
