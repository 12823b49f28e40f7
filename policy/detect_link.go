package policy

import (
	"iter"
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

// The link patterns, each with the literals one of which must occur for it
// to be worth running (the regexps are slow; most messages have no link).
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

// The two bare-domain patterns (the third and fourth) run only when
// mayBareDomain finds a dot followed by one of their top-level domains.

func findLinks(t *Text) [][2]int {
	s := t.folded
	var emails [][]int
	for _, e := range t.detect("email") {
		emails = append(emails, []int{e[0], e[1]})
	}
	var out [][2]int
	bare, word := mayBareDomain(s)
	for i, lp := range linkPatterns {
		if i == 2 && !bare || i == 3 && !word || lp.lits != nil && !t.containsAny(lp.lits) {
			continue
		}
		for m := range linkMatches(lp.re, s, i == 2 || i == 3) {
			start, end := m[0], m[1]
			for end > start && (s[end-1] == '.' || s[end-1] == ',' || s[end-1] == ':' || s[end-1] == ';' || s[end-1] == '!' || s[end-1] == '?') {
				end-- // sentence punctuation after a link
			}
			if overlaps(emails, start, end) || !hasLetter(s[start:end]) {
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
		bare, word := mayBareDomain(tok)
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

// isRE2Space is RE2's \s: [\t\n\f\r ].
func isRE2Space(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}
