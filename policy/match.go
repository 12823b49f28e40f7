package policy

import "regexp"

// matcher is what each rule kind implements (kind_*.go): it yields the
// spans [start, end) of the rule's matches in t's folded text, in order,
// until yield returns false.
type matcher interface {
	// find yields the matches. seen says which of the policy's literals
	// occur in the text (see aho.go), or is nil when no pre-filter ran: then
	// the matcher checks its literals itself.
	find(t *Text, seen []bool, yield func(start, end int) bool)
	// literals are the lower-case strings one of which must occur for the
	// matcher to match, or nil when it cannot say.
	literals() []string
	// bind interns the matcher's literals in the policy's pre-filter.
	bind(ls *litSet)
}

// Hit is one rule matching one message.
type Hit struct {
	Rule *Rule
	// Evidence is the matched original text, on one line, trimmed to ~80 chars.
	Evidence string
	// Start and End are the match's span in the folded text.
	Start, End int
}

// Match runs every rule of the policy on t and returns one hit per matching
// rule, in rule order. It is pure and safe for concurrent use: Text caches
// detector results, so a Text must not be shared between goroutines.
//
// A rule hits when all its Requires patterns match somewhere in the text and
// at least one of its matches is not inside a match of one of its Unless
// patterns. The evidence is that first surviving match.
func (p *Policy) Match(t *Text) []Hit {
	var hits []Hit
	for _, r := range p.Rules {
		if h, ok := r.Match(t); ok {
			hits = append(hits, h)
		}
	}
	return hits
}

// Match runs one rule on t.
func (r *Rule) Match(t *Text) (Hit, bool) {
	seen := t.literalsSeen(r.pre)
	if seen != nil && !anySeen(seen, r.lits) {
		return Hit{}, false // none of the rule's literals occurs
	}
	var exceptions [][]int
	computed := false
	hit, found := Hit{Rule: r}, false
	r.m.find(t, seen, func(start, end int) bool {
		if len(r.unless) > 0 && !computed {
			exceptions, computed = spansOf(r.unless, t.folded), true
		}
		if covered(exceptions, start, end) {
			return true
		}
		hit.Start, hit.End, found = start, end, true
		return false
	})
	if !found {
		return Hit{}, false
	}
	for _, req := range r.requires { // after the match: most rules stop before
		if !req.MatchString(t.folded) {
			return Hit{}, false
		}
	}
	hit.Evidence = t.Evidence(hit.Start, hit.End)
	return hit, true
}

// spansOf returns the matches of every pattern in s.
func spansOf(res []*regexp.Regexp, s string) [][]int {
	var out [][]int
	for _, re := range res {
		out = append(out, re.FindAllStringIndex(s, -1)...)
	}
	return out
}

// covered reports whether [start, end) lies inside one of spans.
func covered(spans [][]int, start, end int) bool {
	for _, s := range spans {
		if s[0] <= start && end <= s[1] {
			return true
		}
	}
	return false
}

// literalsSeen scans the text with a policy's pre-filter once and caches
// which literals occur; nil when the rule has no pre-filter.
func (t *Text) literalsSeen(a *aho) []bool {
	if a == nil {
		return nil
	}
	if t.pre != a {
		t.pre, t.seen = a, a.scan(t.folded)
	}
	return t.seen
}

// buildPrefilter interns every rule's literals and builds the automaton
// that finds them all in one pass (see aho.go).
func (p *Policy) buildPrefilter() {
	var ls litSet
	for _, r := range p.Rules {
		r.m.bind(&ls)
		r.lits = ls.idsOf(r.m.literals())
	}
	a := newAho(ls.list)
	for _, r := range p.Rules {
		r.pre = a
	}
}
