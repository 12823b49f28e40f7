package policy

import (
	"regexp/syntax"
	"slices"
)

// A litCond is what the literals of a regex say about every one of its
// matches: a match contains one of a leaf's literals, all of an and's
// parts, one of an or's. Where one literal set says "a review word" a
// condition says "a gift word and a review word, in that sentence", so a
// candidate whose window holds a gift word but no review word is skipped
// without running the regexp, and a text with no review word at all never
// runs it (the review-gating patterns of eleven languages were run, and
// failed, on every message naming a refund).
//
// A condition only ever skips work: each part is necessary for a match, so
// a text or window that fails it has no match, and the matches found are
// still the regexp's own.
type litCond struct {
	lits []string   // a leaf's literals, folded like the text
	ids  []int32    // their ids in the pre-filter (bind)
	and  []*litCond // all must hold
	or   []*litCond // one must hold
}

// condMinLen is the shortest literal a leaf may hold: shorter ones ("?",
// "a") occur in nearly every text and would only grow the pre-filter.
const condMinLen = 3

// condMaxLits is the most literals a leaf may hold, and the most joining
// a run of exact parts may make: beyond it the parts stay leaves of their
// own (each literal grows the pre-filter's automaton, which every
// message's scan pays for; 64 adds the fewest).
const condMaxLits = 64

// condOf derives the condition of re (simplified), or nil when its
// literals say nothing.
func condOf(re *syntax.Regexp) *litCond {
	if lits, exact, ok := literalSet(re); ok && exact {
		return leafOf(lits)
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return condOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return condOf(re.Sub[0])
		}
	case syntax.OpConcat:
		return concatCond(re.Sub)
	case syntax.OpAlternate:
		var or []*litCond
		for _, sub := range re.Sub {
			c := condOf(sub)
			if c == nil {
				return nil // that branch needs no literal
			}
			or = append(or, c)
		}
		return orOf(or)
	}
	return nil
}

// concatCond is the and of a concatenation's parts, runs of exact parts
// joined into their longer literals first ("thank you for" rather than
// "thank", "you" and "for").
func concatCond(subs []*syntax.Regexp) *litCond {
	var and []*litCond
	run, inRun := []string{""}, false
	flush := func() {
		if inRun {
			if c := leafOf(run); c != nil {
				and = append(and, c)
			}
		}
		run, inRun = []string{""}, false
	}
	for _, sub := range subs {
		if zeroWidth(sub) {
			continue
		}
		if l, ex, ok := literalSet(sub); ok && ex && len(run)*len(l) <= condMaxLits {
			run, inRun = cross(run, l), true
			continue
		}
		flush()
		if c := condOf(sub); c != nil {
			and = append(and, c)
		}
	}
	flush()
	switch len(and) {
	case 0:
		return nil
	case 1:
		return and[0]
	}
	return &litCond{and: and}
}

// leafOf is the leaf of lits, or nil when they are too many or one is too
// short to be worth looking for.
func leafOf(lits []string) *litCond {
	if len(lits) == 0 || len(lits) > condMaxLits || shortest(lits) < condMinLen {
		return nil
	}
	return &litCond{lits: dedupe(lits)}
}

// orOf is the or of cs; an or of leaves is one leaf.
func orOf(cs []*litCond) *litCond {
	var lits []string
	for _, c := range cs {
		if c.lits == nil {
			return &litCond{or: cs}
		}
		lits = append(lits, c.lits...)
	}
	return leafOf(lits)
}

// says reports whether c says more than "one of prefix starts the match",
// which every candidate of the anchored path already satisfies.
func (c *litCond) says(prefix []string) bool {
	return c != nil && (c.lits == nil || !subset(c.lits, prefix))
}

// bind interns the condition's literals in the policy's pre-filter.
func (c *litCond) bind(ls *litSet) {
	if c.lits != nil {
		c.ids = ls.idsOf(c.lits)
	}
	for _, sub := range c.and {
		sub.bind(ls)
	}
	for _, sub := range c.or {
		sub.bind(ls)
	}
}

// holds reports whether the condition holds anywhere in the scanned text.
func (c *litCond) holds(sc *scanned) bool {
	switch {
	case c.ids != nil:
		return anySeen(sc.seen, c.ids)
	case c.and != nil:
		for _, sub := range c.and {
			if !sub.holds(sc) {
				return false
			}
		}
		return true
	}
	return slices.ContainsFunc(c.or, func(sub *litCond) bool { return sub.holds(sc) })
}

// within reports whether the condition holds in [from, to) of the text t
// was scanned from: for a leaf, one of its literals lies wholly inside.
func (c *litCond) within(t *Text, from, to int) bool {
	switch {
	case c.ids != nil:
		sc := t.scan
		for _, id := range c.ids {
			n := t.pre.lens[id]
			// An id's occurrences are listed by descending end.
			for h := sc.head[id]; h > 0; h = sc.next[h-1] {
				end := int(sc.end[h-1])
				if end-int(n) < from {
					break
				}
				if end <= to {
					return true
				}
			}
		}
		return false
	case c.and != nil:
		for _, sub := range c.and {
			if !sub.within(t, from, to) {
				return false
			}
		}
		return true
	}
	return slices.ContainsFunc(c.or, func(sub *litCond) bool { return sub.within(t, from, to) })
}
