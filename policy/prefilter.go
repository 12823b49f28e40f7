package policy

import (
	"regexp/syntax"
	"slices"
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
	l, _, ok := literalSet(re)
	return l, ok
}

// literalSet returns literals one of which every match of re contains, and
// whether they are exact (every match of re is one of them), which lets a
// concatenation join neighbours: g(?:rabad|ravur) gives grabad, gravur.
func literalSet(re *syntax.Regexp) (lits []string, exact, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{foldString(string(re.Rune))}, true, true
	case syntax.OpCapture:
		return literalSet(re.Sub[0])
	case syntax.OpPlus:
		l, _, ok := literalSet(re.Sub[0])
		return l, false, ok
	case syntax.OpRepeat:
		if re.Min >= 1 {
			l, _, ok := literalSet(re.Sub[0])
			return l, false, ok
		}
	case syntax.OpCharClass:
		var all []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(all) == 4 {
					return nil, false, false
				}
				all = append(all, foldString(string(r)))
			}
		}
		return dedupe(all), true, len(all) > 0
	case syntax.OpAlternate:
		var all []string
		exact = true
		for _, sub := range re.Sub {
			l, ex, ok := literalSet(sub)
			if !ok {
				return nil, false, false
			}
			all, exact = append(all, l...), exact && ex
		}
		return dedupe(all), exact, true
	case syntax.OpConcat:
		return concatSet(re.Sub)
	}
	return nil, false, false
}

// concatSet joins runs of exact parts into their cross product and keeps
// the best set of the whole concatenation.
func concatSet(subs []*syntax.Regexp) (best []string, exact, ok bool) {
	run, inRun := []string{""}, false
	exact = true
	consider := func(l []string) {
		if better(l, best) {
			best = l
		}
	}
	for _, sub := range subs {
		if zeroWidth(sub) {
			continue
		}
		l, ex, ok := literalSet(sub)
		if ok && ex && len(run)*len(l) <= 64 {
			run, inRun = cross(run, l), true
			continue
		}
		exact = false
		if inRun {
			consider(run)
		}
		run, inRun = []string{""}, false
		if ok {
			consider(l)
		}
	}
	if inRun {
		consider(run)
	}
	return best, exact && best != nil, best != nil
}

// zeroWidth reports whether re matches the empty string only (an anchor
// or a word boundary): it adds no literal to a concatenation.
func zeroWidth(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEmptyMatch:
		return true
	}
	return false
}

func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

func dedupe(l []string) []string {
	var out []string
	for _, s := range l {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
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
