package policy

import (
	"regexp"
	"strings"
)

// Links: URLs with a scheme, www. links, bare domains (shop.de,
// example.com/path) and domains spelled out ("example dot com slash help").
// The domain of an email address is not a link (that is contact_info), so
// email spans are masked first.
//
// Two-letter top-level domains that are also common words (at, be, in, it,
// me, no, so, to, us...) count as bare domains only with a path: otherwise
// "sentence.It" with a missing space would be a link.
const (
	tlds     = `com|net|org|info|biz|io|co|app|shop|store|online|site|website|tech|dev|xyz|club|de|ch|fr|es|nl|pl|se|dk|fi|uk|ie|pt|jp|cn|ca|au|nz|eu|br|mx|tr|ru|gov|edu|ly|tv|gl|gg|ai|cz|gr|hu|ro|sk|si|lt|lv|ee|jp|kr|sg|hk|tw|ae|sa|za|ar|cl`
	wordTLDs = `at|be|in|it|me|no|so|to|us|is|do|my|by|am|as|an|or|on|go`
	spelled  = `dot|point|punkt|punto|pont|kropka|nokta`
)

// The link patterns, each with the literals one of which every match
// contains (nil for the bare domains, which have none).
var linkPatterns = []struct {
	re   *regexp.Regexp
	lits []string
}{
	{regexp.MustCompile(`\b(?:https?|ftp)://[^\s<>"'()\[\]]+`), []string{"://"}},
	{regexp.MustCompile(`\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>"'()\[\]]*`), []string{"www."}},
	{regexp.MustCompile(`\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:` + tlds + `)\b(?:/[^\s<>"'()\[\]]*)?`), nil},
	{regexp.MustCompile(`\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.(?:` + wordTLDs + `)/[^\s<>"'()\[\]]*`), nil},
	{regexp.MustCompile(`\b[a-z0-9-]+ (?:` + spelled + `) (?:` + tlds + `)\b(?: (?:slash|/) [a-z0-9-]+)*`), []string{" dot ", " point ", " punkt ", " punto ", " pont ", " kropka ", " nokta "}},
}

// findLinks runs the link patterns in order, each on its windows (see
// detect_window.go): the URL and www. patterns on the tokens that hold
// their literal, the bare-domain patterns on the tokens that hold a dot
// before one of their top-level domains (mayBareDomain), the spelled-out
// pattern around its " dot " words.
func findLinks(t *Text) [][2]int {
	l := linkFinder{s: t.folded, emails: t.detect(detEmail)}
	if t.has(litScheme) {
		schemeSearch.each(l.s, l.add)
	}
	if t.has(litWWW) {
		wwwSearch.each(l.s, l.add)
	}
	bare, word := mayBareDomain(l.s)
	if bare {
		domainTokens(l.s, false, l.add)
	}
	if word {
		domainTokens(l.s, true, l.add)
	}
	if t.has(litSpelledLink) {
		spelledLinkSearch.each(l.s, l.add)
	}
	return l.out
}

// The windows of the URL, www. and spelled-out patterns: no white space
// in the first two, and a top-level domain after the spelled "dot".
var (
	schemeSearch      = &windowSearch{re: linkPatterns[0].re, lits: linkPatterns[0].lits, set: tokenBytes, key: keyScheme}
	wwwSearch         = &windowSearch{re: linkPatterns[1].re, lits: linkPatterns[1].lits, set: tokenBytes, key: keyWWW}
	spelledLinkSearch = &windowSearch{re: linkPatterns[4].re, lits: linkPatterns[4].lits, set: spelledLinkBytes, key: keySpelledLink, place: tldNext}
)

// tldNext: in a spelled-out link, " dot " is followed by a top-level
// domain, a whole word.
func tldNext(s string, _, j int) bool {
	k := j
	for k < len(s) && isWordByte(s[k]) {
		k++
	}
	return tldSet[s[j:k]]
}

// linkFinder collects one text's links.
type linkFinder struct {
	s      string
	emails [][2]int
	out    [][2]int
}

// add takes a match of a link pattern, trimmed of the sentence's
// punctuation, unless it is (in) an email address or has no letter.
func (l *linkFinder) add(start, end int) {
	s := l.s
	for end > start && (s[end-1] == '.' || s[end-1] == ',' || s[end-1] == ':' || s[end-1] == ';' || s[end-1] == '!' || s[end-1] == '?') {
		end-- // sentence punctuation after a link
	}
	if overlaps(l.emails, start, end) || !hasLetter(s[start:end]) {
		return
	}
	if start > 0 && (s[start-1] == '@' || s[start-1] == '.') {
		return
	}
	l.out = addSpan(l.out, start, end)
}

// domainTokens calls fn with the matches of a bare-domain pattern (the
// word-TLD one with word) in the tokens that hold a dot it may match at.
// No match holds white space, so a token is its window.
func domainTokens(s string, word bool, fn func(start, end int)) {
	re, key := linkPatterns[2].re, keyBareDomain
	if word {
		re, key = linkPatterns[3].re, keyWordDomain
	}
	for i := strings.IndexByte(s, '.'); i >= 0; {
		next := i + 1
		if b, w := domainDot(s, i); word && w || !word && b {
			lo, hi := around(s, i, tokenBytes)
			windowMatches(re, s, lo, hi, key, fn)
			next = hi
		}
		k := strings.IndexByte(s[min(next, len(s)):], '.')
		if k < 0 {
			break
		}
		i = next + k
	}
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}
