package policy

import (
	"math/bits"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Phone numbers: international (+country code), North American
// ((415) 555-0199, 1-800-555-0199) and national numbers with a trunk 0
// (040 1234 5678). A candidate that is part of a longer digit sequence (a
// tracking number in groups), lies on an order ID, or follows a word that
// names another kind of number (tracking, VAT, serial...) is not a phone.
var (
	phoneIntl     = regexp.MustCompile(`\+\d{1,3}(?:[ .\-]?\(?\d{1,4}\)?){2,6}`)
	phoneNA       = regexp.MustCompile(`(?:\b1[ .\-])?(?:\(\d{3}\)|\b\d{3})[ .\-]\d{3}[ .\-]\d{4}\b`)
	phoneNational = regexp.MustCompile(`\b0\d{1,4}(?:[ /\-]\d{2,8}){1,4}\b`)
)

// The words that, up to 25 characters before a number on its line, say it
// is another kind of number (notPhoneWords) unless they say it is a phone
// (phoneWords).
var (
	notPhoneWords = []string{"track", "tracking", "trknbr", "pro number", "pro #", "sendungsnummer", "suivi", "seguimiento", "tracciamento", "spårning", "przesyłki", "takip", "伝票", "order", "invoice", "vat", "tax", "serial", "model", "sku", "asin", "isbn", "iban", "ust", "nif", "cif", "p.iva", "siret", "ein", "id"}
	phoneWords    = []string{"call", "phone", "tel", "text", "fax", "whatsapp", "mobile", "ring", "reach", "llam", "anruf", "telefon", "appel", "chiama", "bel", "ring"}
)

// cueReach is how many characters may follow a cue word before the number.
const cueReach = 25

// phonePatterns are the phone patterns in order, each with its gate
// (detect_gate.go), asked about a run of phone characters.
var phonePatterns = [...]struct {
	re   *regexp.Regexp
	gate func(string) bool
	key  windowKey
}{
	{phoneIntl, mayIntlPhone, keyIntlPhone},
	{phoneNA, mayNAPhone, keyNAPhone},
	{phoneNational, mayNational7, keyNationalPhone},
}

// findPhones runs the phone patterns in order, each on the runs of phone
// characters with 7 digits or more (phoneRuns) its gate lets through:
// every match lies within a run of phone characters, and findPhones keeps
// only the matches with 7 digits or more, so no other run can give one.
func findPhones(t *Text) [][2]int {
	s := t.folded
	var buf [8][2]int
	runs := phoneRuns(s, buf[:0])
	if len(runs) == 0 {
		return nil
	}
	p := phoneFinder{s: s}
	for _, pp := range phonePatterns {
		for _, r := range runs {
			lo, hi := max(r[0]-1, 0), min(r[1]+1, len(s))
			if !pp.gate(s[lo:hi]) {
				continue // cannot match (detect_gate.go)
			}
			p.run = r
			windowMatches(pp.re, s, r[0], r[1], pp.key, p.add)
		}
	}
	return p.out
}

// phoneFinder collects one text's phone numbers.
type phoneFinder struct {
	s   string
	run [2]int // the run of phone characters being searched
	out [][2]int
}

// add takes a match of a phone pattern in p.run unless it is not a phone
// number after all.
func (p *phoneFinder) add(start, end int) {
	s := p.s
	for end > start && !isDigit(s[end-1]) { // ")" or "." after the number
		end--
	}
	if orderIDOverlaps(s, p.run, start, end) || longerNumber(s, start, end) {
		return
	}
	if n := digits(s[start:end]); n < 7 || n > 15 {
		return
	}
	before := s[max(0, start-30):start]
	if cueBefore(before, notPhoneWords) && !cueBefore(before, phoneWords) {
		return
	}
	p.out = addSpan(p.out, start, end)
}

// phoneClass classes the bytes a match of the phone patterns is made of
// ("0123456789 +()./-"): 2 for a digit, 1 for the others, 0 for the rest.
var phoneClass = func() (c [256]uint8) {
	for _, b := range []byte(" +()./-") {
		c[b] = 1
	}
	for b := '0'; b <= '9'; b++ {
		c[b] = 2
	}
	return c
}()

// phoneRuns appends to dst the maximal runs [start, end) of phone
// characters holding 7 digits or more, in order.
func phoneRuns(s string, dst [][2]int) [][2]int {
	for i := nextDigit(s, 0); i < len(s); i = nextDigit(s, i) {
		// The run holding this digit starts after the last byte that is
		// not a phone character (the previous run ended before it).
		a := i
		for a > 0 && phoneClass[s[a-1]] != 0 {
			a--
		}
		n := 0
		for ; i < len(s) && phoneClass[s[i]] != 0; i++ {
			n += int(phoneClass[s[i]] >> 1)
		}
		if n >= 7 {
			dst = append(dst, [2]int{a, i})
		}
	}
	return dst
}

// nextDigit returns the offset of the first ASCII digit in s from i on,
// or len(s). Most of a message is words: it tests 8 bytes at a time.
func nextDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := digitBytes(load64(s[i : i+8])); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return i
		}
	}
	return len(s)
}

// load64 is the first 8 bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// digitBytes sets the top bit of each byte of x that is an ASCII digit,
// and no other bit ("hasbetween" of Bit Twiddling Hacks: no carry crosses
// a byte, so each byte's bit is exact).
func digitBytes(x uint64) uint64 {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	const below, above = '0' - 1, '9' + 1
	low := x & (ones * 127)
	return (ones*(127+above) - low) & ^x & (low + ones*(127-below)) & tops
}

// orderIDOverlaps reports whether [start, end) overlaps a match of
// `\d{3}-\d{7}-\d{7}` in s, found (left to right, not overlapping, as
// FindAllStringIndex would) in the run of phone characters holding the
// span: an order ID is made of phone characters, so one that overlaps the
// span lies in its run.
func orderIDOverlaps(s string, run [2]int, start, end int) bool {
	for i := run[0]; i+19 <= run[1] && i < end; {
		if !orderIDShape(s[i : i+19]) {
			i++
			continue
		}
		if i < end && start < i+19 {
			return true
		}
		i += 19
	}
	return false
}

// orderIDShape reports whether the 19 bytes of s are 3-7-7 digits.
func orderIDShape(s string) bool {
	for k := 0; k < 19; k++ {
		if k == 3 || k == 11 {
			if s[k] != '-' {
				return false
			}
		} else if !isDigit(s[k]) {
			return false
		}
	}
	return true
}

// longerNumber reports whether the span is glued to more digits: "9400 1118
// 9922 3344" holds several phone-shaped pieces but is one tracking number.
func longerNumber(s string, start, end int) bool {
	i := start - 1
	if i >= 0 && isDigit(s[i]) {
		return true
	}
	if i >= 1 && strings.ContainsRune(" -./", rune(s[i])) && isDigit(s[i-1]) {
		return true
	}
	if end < len(s) && isDigit(s[end]) {
		return true
	}
	if end+1 < len(s) && strings.ContainsRune(" -./", rune(s[end])) && isDigit(s[end+1]) {
		return true
	}
	return false
}

// cueBefore reports whether one of words occurs in before with at most
// cueReach characters (runes, a stray byte counting as one), none a
// newline, after it: what `(?:words)[^\n]{0,25}$` matches, without the
// regexp engine (which took longer than the rest of findPhones).
func cueBefore(before string, words []string) bool {
	if k := strings.LastIndexByte(before, '\n'); k >= 0 {
		before = before[k+1:]
	}
	for _, w := range words {
		// The last occurrence leaves the fewest characters after it.
		if i := strings.LastIndex(before, w); i >= 0 {
			if rest := before[i+len(w):]; len(rest) <= cueReach || utf8.RuneCountInString(rest) <= cueReach {
				return true
			}
		}
	}
	return false
}
