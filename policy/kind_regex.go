package policy

import (
	"fmt"
	"regexp"
)

// KindRegex matches RE2 regular expressions (Go regexp syntax) against the
// folded text, case-insensitively. Note that \b is an ASCII word boundary:
// for words with accents or in other scripts use kind keywords.
const KindRegex = "regex"

type regexes struct {
	res []*regexp.Regexp
	// pre[i] are literals one of which a match of res[i] contains, or
	// nil when the pattern must always run (see requiredLiterals).
	pre [][]string
	ids [][]int32   // pre's literal ids in the policy's pre-filter (bind)
	an  []*anchored // res with their fast path (anchor.go)
}

func newRegexes(patterns []string) (matcher, error) {
	m := &regexes{}
	for i, p := range patterns {
		re, err := compileRegex(p)
		if err != nil {
			return nil, &patternError{index: i, err: err}
		}
		m.res = append(m.res, re)
		m.an = append(m.an, newAnchored(p, re))
		lits, _ := requiredLiterals("(?i)" + p)
		m.pre = append(m.pre, lits)
	}
	return m, nil
}

// compileRegex compiles a policy pattern: case-insensitive, and never one
// that matches the empty string (it would match every message).
func compileRegex(p string) (*regexp.Regexp, error) {
	re, err := regexp.Compile("(?i)" + p)
	if err != nil {
		return nil, fmt.Errorf("invalid regex %q: %w", p, err)
	}
	if re.MatchString("") {
		return nil, fmt.Errorf("regex %q matches the empty string", p)
	}
	return re, nil
}

// literals are the union of the patterns' literals, or nil when one
// pattern has none (then the rule cannot be skipped as a whole).
func (m *regexes) literals() []string {
	var all []string
	for _, l := range m.pre {
		if l == nil {
			return nil
		}
		all = append(all, l...)
	}
	return all
}

func (m *regexes) bind(ls *litSet) {
	m.ids = make([][]int32, len(m.pre))
	for i, l := range m.pre {
		m.ids[i] = ls.idsOf(l)
	}
	for _, a := range m.an {
		a.bind(ls)
	}
}

func (m *regexes) find(t *Text, seen []bool, yield func(start, end int) bool) {
	for i := range m.res {
		switch {
		case m.pre[i] == nil:
		case seen != nil && m.ids != nil:
			if !anySeen(seen, m.ids[i]) {
				continue
			}
		case !containsAny(t.folded, m.pre[i]):
			continue
		}
		stop := false
		m.an[i].each(t, func(start, end int) bool {
			stop = !yield(start, end)
			return !stop
		})
		if stop {
			return
		}
	}
}

// patternError names the pattern that failed, so the loader can point at
// its line.
type patternError struct {
	index int
	err   error
}

func (e *patternError) Error() string { return e.err.Error() }
func (e *patternError) Unwrap() error { return e.err }
