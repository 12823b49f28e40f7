package policy

import (
	"regexp"
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

// findEmails runs the email patterns in order, each on its windows (see
// detect_window.go) and only when the text holds its literals: plain
// addresses on the tokens with an @, the bracketed ones around each
// bracketed "at", the spelled ones around each spelled "at".
func findEmails(t *Text) [][2]int {
	e := emailFinder{s: t.folded}
	if t.has(litAt) {
		plainEmailSearch.each(e.s, e.add)
	}
	if t.has(litBracketAt) {
		bracketEmailSearch.each(e.s, e.add)
	}
	if t.has(litSpelledDot) && t.has(litSpelledAt) {
		spelledEmailSearch.each(e.s, e.addSpelled)
	}
	return e.out
}

// emailFinder collects one text's addresses.
type emailFinder struct {
	s   string
	out [][2]int
}

func (e *emailFinder) add(start, end int) { e.out = addSpan(e.out, start, end) }

// addSpelled is add for emailSpelled's matches.
func (e *emailFinder) addSpelled(start, end int) {
	if notMailbox[e.s[start:strings.Index(e.s[start:], " ")+start]] {
		return // "manuals are at example dot com" is a place, not a mailbox
	}
	e.add(start, end)
}

// The windows of the email patterns: the tokens with an @ (no white
// space in a plain address), and around each "at" between brackets or
// spelled out.
var (
	plainEmailSearch   = &windowSearch{re: emailPlain, lits: []string{"@"}, set: tokenBytes, key: keyPlainEmail}
	bracketEmailSearch = &windowSearch{re: emailBracket, lits: []string{"at"}, set: bracketEmailBytes, key: keyBracketEmail, place: bracketed}
	spelledEmailSearch = &windowSearch{re: emailSpelled, lits: spelledAts, set: spelledEmailBytes, key: keySpelledEmail}
)

// bracketed: in emailBracket, "at" is between brackets, each maybe
// spaced from it: [(\[{<]\s?at\s?[)\]}>].
func bracketed(s string, i, j int) bool {
	if i >= 1 && isRE2Space(s[i-1]) {
		i--
	}
	if j < len(s) && isRE2Space(s[j]) {
		j++
	}
	return i >= 1 && strings.IndexByte("([{<", s[i-1]) >= 0 && j < len(s) && strings.IndexByte(")]}>", s[j]) >= 0
}

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

func overlaps(spans [][2]int, start, end int) bool {
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

// isRE2Space is RE2's \s: [\t\n\f\r ].
func isRE2Space(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}
