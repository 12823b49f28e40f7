package policy

import (
	bits64 "math/bits"
	"regexp"
	"slices"
)

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
	if p.cand.pre == nil {
		for _, r := range p.Rules {
			if h, ok := r.Match(t); ok {
				hits = append(hits, h)
			}
		}
		return hits
	}
	t.literalsSeen(p.cand.pre)
	var bits [8]uint64
	set := p.cand.of(t.scan, bits[:0])
	for w, word := range set {
		for word != 0 {
			i := w*64 + bits64.TrailingZeros64(word)
			word &= word - 1
			// A candidate has one of its literals in the text already.
			if h, ok := p.Rules[i].match(t, true); ok {
				hits = append(hits, h)
			}
		}
	}
	return hits
}

// candidates finds the rules worth running on a text from the literals
// its pre-filter scan found: a rule whose literals are all absent cannot
// match, and with a few hundred rules and a few dozen literals found per
// message, going from the literals to their rules beats asking every rule.
type candidates struct {
	pre    *aho
	always []uint64  // bit set of the rules without literals
	rules  [][]int32 // per literal id: the rules it is a literal of
}

// of returns the bit set of the rules to run (in dst's memory when it is
// large enough): the rules without literals and those of the literals seen.
func (c *candidates) of(sc *scanned, dst []uint64) []uint64 {
	dst = append(dst[:0], c.always...)
	for _, id := range sc.touched {
		for _, r := range c.rules[id] {
			dst[r/64] |= 1 << (r % 64)
		}
	}
	return dst
}

// build indexes the rules by their literals.
func (c *candidates) build(pre *aho, rules []*Rule) {
	c.pre = pre
	c.always = make([]uint64, (len(rules)+63)/64)
	c.rules = make([][]int32, pre.count)
	for i, r := range rules {
		if r.lits == nil {
			c.always[i/64] |= 1 << (i % 64)
			continue
		}
		for _, id := range r.lits {
			if n := len(c.rules[id]); n == 0 || c.rules[id][n-1] != int32(i) {
				c.rules[id] = append(c.rules[id], int32(i))
			}
		}
	}
}

// Match runs one rule on t.
func (r *Rule) Match(t *Text) (Hit, bool) { return r.match(t, false) }

// match is Match; candidate says that one of the rule's literals is known
// to occur in t (Policy.Match runs only such rules), which spares the check.
func (r *Rule) match(t *Text, candidate bool) (Hit, bool) {
	seen := t.literalsSeen(r.pre)
	if !candidate && seen != nil && !anySeen(seen, r.lits) {
		return Hit{}, false // none of the rule's literals occurs
	}
	m := t.matching(r)
	r.m.find(t, seen, m.yield)
	if !m.found {
		return Hit{}, false
	}
	hit := Hit{Rule: r, Start: m.start, End: m.end}
	for _, req := range r.requiresA { // after the match: most rules stop before
		if !req.any(t) {
			return Hit{}, false
		}
	}
	hit.Evidence = t.Evidence(hit.Start, hit.End)
	return hit, true
}

// ruleMatch is the state of one Rule.Match while its matcher yields
// matches: kept on the Text with its yield function, so that matching a
// rule allocates nothing (a closure passed to an interface method would
// escape, with everything it captures, for every rule of every message).
type ruleMatch struct {
	t          *Text
	r          *Rule
	exceptions [][2]int // the unless matches, once computed
	computed   bool
	found      bool
	start, end int
	yield      func(start, end int) bool // m.onMatch, bound once per Text
}

// matching resets t's rule-match state for r.
func (t *Text) matching(r *Rule) *ruleMatch {
	m := &t.rm
	if m.yield == nil {
		m.t, m.yield = t, m.onMatch
	}
	m.r, m.exceptions, m.computed, m.found = r, m.exceptions[:0], false, false
	return m
}

// onMatch takes the first match not covered by an unless exception.
func (m *ruleMatch) onMatch(start, end int) bool {
	if len(m.r.unless) > 0 && !m.computed {
		m.exceptions, m.computed = spansOf(m.r.unlessA, m.t, m.exceptions[:0]), true
	}
	if covered(m.exceptions, start, end) {
		return true
	}
	m.start, m.end, m.found = start, end, true
	return false
}

// spansOf appends to out the matches of every pattern in t.
func spansOf(res []*anchored, t *Text, out [][2]int) [][2]int {
	for _, re := range res {
		re.each(t, func(start, end int) bool {
			out = append(out, [2]int{start, end})
			return true
		})
	}
	return out
}

// covered reports whether [start, end) lies inside one of spans.
func covered(spans [][2]int, start, end int) bool {
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
		t.pre, t.scan = a, a.scan(t.folded)
	}
	return t.scan.seen
}

// Release gives the text and its scratch memory back for the next text:
// t, and any string Folded returned, must not be used after, and Release
// is called once. Calling it is optional (the garbage collector reclaims
// an unreleased Text), but it saves allocations at scale. Strings cut from
// the original text (Original, Evidence, hits' evidence) stay valid.
func (t *Text) Release() {
	if t.scan != nil {
		t.pre.release(t.scan)
		t.scan, t.pre = nil, nil
	}
	t.folded, t.index, t.Subject, t.Body = "", nil, "", ""
	textPool.Put(t)
}

// starts appends to dst the start offsets of the occurrences of literals
// ids (of the pre-filter last scanned), sorted and without duplicates.
func (t *Text) starts(ids []int32, dst []int) []int {
	sc := t.scan
	for _, id := range ids {
		n := int(t.pre.lens[id])
		for h := sc.head[id]; h > 0; h = sc.next[h-1] {
			dst = append(dst, int(sc.end[h-1])-n)
		}
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

// buildPrefilter interns every rule's literals and builds the automaton
// that finds them all in one pass (see aho.go).
func (p *Policy) buildPrefilter() {
	var ls litSet
	for _, r := range p.Rules {
		r.m.bind(&ls)
		r.lits = ls.idsOf(r.m.literals())
		r.unlessA = anchoredList(r.Unless, r.unless, &ls)
		r.requiresA = anchoredList(r.Requires, r.requires, &ls)
	}
	ls.idsOf(detectorLiterals())
	a := newAho(ls.list)
	for _, r := range p.Rules {
		r.pre = a
	}
	p.cand.build(a, p.Rules)
}

// anchoredList prepares the fast path of a rule's unless or requires
// patterns (as written, and compiled).
func anchoredList(patterns []string, res []*regexp.Regexp, ls *litSet) []*anchored {
	var out []*anchored
	for i, re := range res {
		a := newAnchored(patterns[i], re)
		a.bind(ls)
		out = append(out, a)
	}
	return out
}
