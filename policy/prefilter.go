package policy

import (
	"regexp/syntax"
	"strings"
)

// requiredLiterals returns literal strings one of which every match of the
// regular expression contains, folded like the text; ok is false when no
// such set can be derived (the pattern is all character classes or optional
// parts).
//
// A rule skips a pattern whose literals are all absent from the text: a
// strings.Contains per literal is far cheaper than running the regexp, and
// most rules have nothing to find in most messages. Of the parts of a
// concatenation the one with the longest shortest literal is chosen
// ("shipped|dispatched|delivered" rather than "it|order"). This is the
// per-rule shape of the keyword pre-filter; an Aho-Corasick pass over all
// rules' literals can replace the Contains calls without changing the rules.
func requiredLiterals(pattern string) (lits []string, ok bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, false
	}
	lits, ok = literalsOf(re.Simplify())
	if !ok || len(lits) == 0 || len(lits) > 64 {
		return nil, false
	}
	return lits, true
}

func literalsOf(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{foldString(string(re.Rune))}, true
	case syntax.OpCapture, syntax.OpPlus:
		return literalsOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return literalsOf(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if l, ok := literalsOf(sub); ok && better(l, best) {
				best = l
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			l, ok := literalsOf(sub)
			if !ok {
				return nil, false
			}
			all = append(all, l...)
		}
		return all, true
	}
	return nil, false
}

// better prefers the literal set whose shortest literal is longer (it
// filters more), then the smaller set.
func better(a, b []string) bool {
	if b == nil {
		return true
	}
	ma, mb := shortest(a), shortest(b)
	return ma > mb || ma == mb && len(a) < len(b)
}

func shortest(l []string) int {
	m := -1
	for _, s := range l {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}

// containsAny reports whether s contains one of lits.
func containsAny(s string, lits []string) bool {
	for _, l := range lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}
