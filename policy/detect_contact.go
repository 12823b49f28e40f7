package policy

import (
	"iter"
	"regexp"
	"slices"
	"strings"
)

// Email addresses: plain, bracket-obfuscated ("info (at) shop.de",
// "dispatch [at] shop [dot] com") and spelled out ("parts at shop dot com";
// the spelled form needs a spelled "dot" so that "look at amazon.com" is not
// an address).
var (
	emailPlain   = regexp.MustCompile(`[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`)
	emailBracket = regexp.MustCompile(`[a-z0-9][a-z0-9._-]*\s?[(\[{<]\s?at\s?[)\]}>]\s?[a-z0-9-]+(?:\s?(?:\.|[(\[{<]\s?dot\s?[)\]}>]| dot )\s?[a-z0-9-]+)+`)
	emailSpelled = regexp.MustCompile(`[a-z0-9][a-z0-9._-]* (?:at|chiocciola|arroba|arobase|klammeraffe|małpa|snabel-a) [a-z0-9-]+(?: (?:dot|punto|punkt|point|kropka|nokta|ponto|prick) [a-z0-9-]+)* (?:dot|punto|punkt|point|kropka|nokta|ponto|prick) [a-z]{2,}\b`)
)

func findEmails(t *Text) [][2]int {
	var out [][2]int
	s := t.folded
	for _, re := range []*regexp.Regexp{emailPlain, emailBracket, emailSpelled} {
		switch {
		case re == emailPlain && !t.contains("@"),
			re == emailBracket && !t.containsAny(bracketAts),
			re == emailSpelled && (!t.containsAny(spelledDots) || !t.containsAny(spelledAts)):
			continue
		}
		var matches iter.Seq[[]int]
		if re == emailPlain { // no white space in a match: only the tokens with an @
			matches = tokenMatches(re, s, hasAt)
		} else {
			matches = slices.Values(re.FindAllStringIndex(s, -1))
		}
		for m := range matches {
			if re == emailSpelled && notMailbox[s[m[0]:strings.Index(s[m[0]:], " ")+m[0]]] {
				continue // "manuals are at example dot com" is a place, not a mailbox
			}
			out = addSpan(out, m[0], m[1])
		}
	}
	return out
}

func hasAt(tok string) bool { return strings.IndexByte(tok, '@') >= 0 }

// bracketAts are what a bracket-obfuscated address contains.
var bracketAts = []string{"at)", "at]", "at}", "at>", "at )", "at ]"}

// spelledAts are the words for "at" a spelled-out address holds, one of
// which every match of emailSpelled contains.
var spelledAts = []string{" at ", " chiocciola ", " arroba ", " arobase ", " klammeraffe ", " małpa ", " snabel-a "}

// spelledDots are the words for "dot" a spelled-out address uses.
var spelledDots = []string{" dot ", " punto ", " punkt ", " point ", " kropka ", " nokta ", " ponto ", " prick "}

// notMailbox are words that end "X at Y dot com" phrases naming a place
// rather than a mailbox; the link detector reports those instead.
var notMailbox = map[string]bool{
	"are": true, "is": true, "am": true, "be": true, "been": true, "was": true, "were": true,
	"us": true, "me": true, "them": true, "it": true, "him": true, "her": true, "you": true,
	"look": true, "find": true, "found": true, "here": true, "there": true, "online": true,
	"available": true, "located": true, "visit": true, "shop": true, "buy": true, "order": true,
	"get": true, "sold": true, "see": true, "website": true, "site": true, "store": true,
	"page": true, "link": true, "only": true, "also": true, "now": true, "directly": true,
	"manuals": true, "manual": true, "guide": true, "instructions": true, "details": true,
}

// Phone numbers: international (+country code), North American
// ((415) 555-0199, 1-800-555-0199) and national numbers with a trunk 0
// (040 1234 5678). A candidate that is part of a longer digit sequence (a
// tracking number in groups), lies on an order ID, or follows a word that
// names another kind of number (tracking, VAT, serial...) is not a phone.
var (
	phoneIntl     = regexp.MustCompile(`\+\d{1,3}(?:[ .\-]?\(?\d{1,4}\)?){2,6}`)
	phoneNA       = regexp.MustCompile(`(?:\b1[ .\-])?(?:\(\d{3}\)|\b\d{3})[ .\-]\d{3}[ .\-]\d{4}\b`)
	phoneNational = regexp.MustCompile(`\b0\d{1,4}(?:[ /\-]\d{2,8}){1,4}\b`)
	orderIDSpan   = regexp.MustCompile(`\d{3}-\d{7}-\d{7}`)
	notPhoneCue   = regexp.MustCompile(`(?:track|tracking|trknbr|pro number|pro #|sendungsnummer|suivi|seguimiento|tracciamento|spårning|przesyłki|takip|伝票|order|invoice|vat|tax|serial|model|sku|asin|isbn|iban|ust|nif|cif|p\.iva|siret|ein|id)[^\n]{0,25}$`)
	phoneCue      = regexp.MustCompile(`(?:call|phone|tel|text|fax|whatsapp|mobile|ring|reach|llam|anruf|telefon|appel|chiama|bel|ring)[^\n]{0,25}$`)
)

func findPhones(t *Text) [][2]int {
	s := t.folded
	if digits(s) < 7 {
		return nil
	}
	gates := [3]bool{mayIntlPhone(s), mayNAPhone(s), mayNationalPhone(s)}
	if !gates[0] && !gates[1] && !gates[2] {
		return nil
	}
	var ids [][]int // order IDs, found at the first phone-shaped match
	idsFound := false
	var out [][2]int
	for i, re := range []*regexp.Regexp{phoneIntl, phoneNA, phoneNational} {
		if !gates[i] {
			continue // cannot match (detect_gate.go)
		}
		for m := range phoneMatches(re, s) {
			start, end := m[0], m[1]
			for end > start && !isDigit(s[end-1]) { // ")" or "." after the number
				end--
			}
			if !idsFound {
				ids, idsFound = orderIDSpan.FindAllStringIndex(s, -1), true
			}
			if overlaps(ids, start, end) || longerNumber(s, start, end) {
				continue
			}
			if n := digits(s[start:end]); n < 7 || n > 15 {
				continue
			}
			before := s[max(0, start-30):start]
			if notPhoneCue.MatchString(before) && !phoneCue.MatchString(before) {
				continue
			}
			out = addSpan(out, start, end)
		}
	}
	return out
}

// phoneChars are the bytes a match of the phone patterns is made of.
const phoneChars = "0123456789 +()./-"

// phoneMatches yields the matches of re, one of the phone patterns, in the
// runs of phone characters that hold at least 7 digits, in order, as
// FindAllStringIndex on s would; the matches with 7 digits or more are all
// there (findPhones drops the others). Every match lies within a run of
// phoneChars, so the regexp runs only on the runs with 7 digits or more,
// with one byte on each side for \b to see what it sees in the whole text
// (that byte is not a phone character, so no match takes it).
func phoneMatches(re *regexp.Regexp, s string) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		for a := 0; a < len(s); {
			if !isPhoneChar(s[a]) {
				a++
				continue
			}
			b, n := a, 0
			for ; b < len(s) && isPhoneChar(s[b]); b++ {
				if isDigit(s[b]) {
					n++
				}
			}
			if n >= 7 {
				lo, hi := max(a-1, 0), min(b+1, len(s))
				for _, m := range re.FindAllStringIndex(s[lo:hi], -1) {
					if !yield([]int{lo + m[0], lo + m[1]}) {
						return
					}
				}
			}
			a = b
		}
	}
}

func isPhoneChar(c byte) bool { return strings.IndexByte(phoneChars, c) >= 0 }

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

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

func overlaps(spans [][]int, start, end int) bool {
	for _, m := range spans {
		if m[0] < end && start < m[1] {
			return true
		}
	}
	return false
}

// addSpan appends a span unless it overlaps one already found (the first,
// more specific pattern wins), keeping the result in text order.
func addSpan(out [][2]int, start, end int) [][2]int {
	for _, o := range out {
		if o[0] < end && start < o[1] {
			return out
		}
	}
	out = append(out, [2]int{start, end})
	for i := len(out) - 1; i > 0 && out[i][0] < out[i-1][0]; i-- {
		out[i], out[i-1] = out[i-1], out[i]
	}
	return out
}
