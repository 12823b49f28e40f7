package policy

// The reference detectors: the implementation before the fast paths of
// detect_*.go (kept verbatim but for names, with the literal gates asking
// the text itself instead of the pre-filter), which those must equal on
// every text (detect_exact_test.go). linkMatches, tokenMatches and
// phoneMatches keep their names: gate_test.go checks them against the
// whole-text regexps.

import (
	"iter"
	"regexp"
	"slices"
	"strings"
)

// refFindLinks, refFindEmails and refFindPhones are the reference detectors.
func refFindLinks(t *Text) [][2]int {
	s := t.folded
	var emails [][]int
	for _, e := range refFindEmails(t) {
		emails = append(emails, []int{e[0], e[1]})
	}
	var out [][2]int
	bare, word := refMayBareDomain(s)
	for i, lp := range linkPatterns {
		if i == 2 && !bare || i == 3 && !word || lp.lits != nil && !containsAny(t.folded, lp.lits) {
			continue
		}
		for m := range linkMatches(lp.re, s, i == 2 || i == 3) {
			start, end := m[0], m[1]
			for end > start && (s[end-1] == '.' || s[end-1] == ',' || s[end-1] == ':' || s[end-1] == ';' || s[end-1] == '!' || s[end-1] == '?') {
				end-- // sentence punctuation after a link
			}
			if refOverlaps(emails, start, end) || !hasLetter(s[start:end]) {
				continue
			}
			if start > 0 && (s[start-1] == '@' || s[start-1] == '.') {
				continue
			}
			out = addSpan(out, start, end)
		}
	}
	return out
}

// linkMatches yields re's matches in s, like FindAllStringIndex. With
// byToken (the bare-domain patterns, which have no literal to start from)
// the regexp runs only on the tokens that hold a dot before a top-level
// domain (see tokenMatches).
func linkMatches(re *regexp.Regexp, s string, byToken bool) iter.Seq[[]int] {
	if !byToken {
		return func(yield func([]int) bool) {
			for _, m := range re.FindAllStringIndex(s, -1) {
				if !yield(m) {
					return
				}
			}
		}
	}
	return tokenMatches(re, s, func(tok string) bool {
		if strings.IndexByte(tok, '.') < 0 {
			return false
		}
		bare, word := refMayBareDomain(tok)
		return bare || word
	})
}

// tokenMatches yields the matches of re, a pattern none of whose matches
// contains RE2 white space (\s), like FindAllStringIndex on s, running the
// regexp only on the whitespace-separated tokens of s that keep accepts.
// The matches are the same as on the whole text, for a fraction of the
// work: a match lies within one token, and \b sees white space or the
// text's edge on both sides of a token alike.
func tokenMatches(re *regexp.Regexp, s string, keep func(tok string) bool) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		for start := 0; start < len(s); {
			end := start
			for end < len(s) && !isRE2Space(s[end]) {
				end++
			}
			if tok := s[start:end]; tok != "" && keep(tok) {
				for _, m := range re.FindAllStringIndex(tok, -1) {
					if !yield([]int{start + m[0], start + m[1]}) {
						return
					}
				}
			}
			start = end + 1
		}
	}
}

func refFindEmails(t *Text) [][2]int {
	var out [][2]int
	s := t.folded
	for _, re := range []*regexp.Regexp{emailPlain, emailBracket, emailSpelled} {
		switch {
		case re == emailPlain && !strings.Contains(s, "@"),
			re == emailBracket && !containsAny(s, bracketAts),
			re == emailSpelled && (!containsAny(s, spelledDots) || !containsAny(s, spelledAts)):
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

func refFindPhones(t *Text) [][2]int {
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
			if refOverlaps(ids, start, end) || longerNumber(s, start, end) {
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

// refMayBareDomain is mayBareDomain as it was (a map lookup per dot).
func refMayBareDomain(s string) (bare, word bool) {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		if i > 0 && (isDigit(s[i-1]) || 'a' <= s[i-1] && s[i-1] <= 'z') {
			j := i + 1
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			run := s[i+1 : j]
			if tldSet[run] {
				bare = true
			}
			if j < len(s) && s[j] == '/' && wordTLDSet[run] {
				word = true
			}
			if bare && word {
				return
			}
		}
		k := strings.IndexByte(s[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return
}

// orderIDSpan is what refFindPhones takes for an order ID.
var orderIDSpan = regexp.MustCompile(`\d{3}-\d{7}-\d{7}`)

func refOverlaps(spans [][]int, start, end int) bool {
	for _, m := range spans {
		if m[0] < end && start < m[1] {
			return true
		}
	}
	return false
}

func hasAt(tok string) bool { return strings.IndexByte(tok, '@') >= 0 }

// notPhoneCue and phoneCue are what refFindPhones asks about the text
// before a number.
var (
	notPhoneCue = regexp.MustCompile(`(?:track|tracking|trknbr|pro number|pro #|sendungsnummer|suivi|seguimiento|tracciamento|spårning|przesyłki|takip|伝票|order|invoice|vat|tax|serial|model|sku|asin|isbn|iban|ust|nif|cif|p\.iva|siret|ein|id)[^\n]{0,25}$`)
	phoneCue    = regexp.MustCompile(`(?:call|phone|tel|text|fax|whatsapp|mobile|ring|reach|llam|anruf|telefon|appel|chiama|bel|ring)[^\n]{0,25}$`)
)
