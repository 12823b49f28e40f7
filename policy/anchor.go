package policy

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// anchored runs a regex only where it can start: at the occurrences of the
// literals every one of its matches begins with (its prefix set), found by
// the pre-filter's single pass, and only over a window as long as its
// longest possible match (or to the end of the line when it cannot cross
// one). At each candidate the regex is tried anchored, with one rune of
// left context so that \b and ^ see what they would see in the whole text.
// The matches are exactly those of FindAllStringIndex on the whole text
// (leftmost-first, non-overlapping) on every text without a case-fold
// variant rune (variant.go); the others take the plain path.
type anchored struct {
	re     *regexp.Regexp // (?i)p, the plain path
	at0    *regexp.Regexp // (?i)^(?:p), for a match at offset 0
	after  *regexp.Regexp // (?i)^(?s:.)(?:p), after one rune of left context
	prefix []string       // folded literals every match starts with
	ids    []int32        // prefix's ids in the pre-filter (bind)
	maxLen int            // longest possible match in bytes, or -1
	cuts   string         // the bytes of segmentDelims no match contains
	wb     bool           // the regex starts with \b: a candidate must be on a word boundary
	// cond is what the regex's literals say about every match, when it
	// says more than the prefix (anchor_cond.go): a text or a candidate's
	// window that fails it is skipped without running the regexp.
	cond *litCond

	// The segment path (segment.go), when there is no prefix set.
	delims   string   // the delimiters no match contains
	leadStar bool     // the regex starts with a star of all but delims (initLeadStar)
	req      []string // literals one of which every match contains
	reqIDs   []int32  // req's ids in the pre-filter
}

// newAnchored prepares the fast path of pattern p (compiled as re); it
// returns an anchored without prefix (always the plain path) when no
// prefix set can be derived.
func newAnchored(p string, re *regexp.Regexp) *anchored {
	a := &anchored{re: re, maxLen: -1}
	sre, err := syntax.Parse("(?i)"+p, syntax.Perl)
	if err != nil {
		return a
	}
	sre = sre.Simplify()
	if sre.Op == syntax.OpConcat && len(sre.Sub) > 0 && sre.Sub[0].Op == syntax.OpBeginText {
		// Anchored at the start of the text: regexp tries one position
		// only, and a prefix literal ("r" of "^(?:re|r)\s?:") would only
		// add outputs to every message's pre-filter scan.
		return a
	}
	lits, ok := prefixSet(sre)
	if !ok || len(lits) == 0 || len(lits) > 256 {
		a.initSegment(p, sre)
		return a
	}
	at0, err1 := regexp.Compile("(?i)^(?:" + p + ")")
	after, err2 := regexp.Compile("(?i)^(?s:.)(?:" + p + ")")
	if err1 != nil || err2 != nil {
		return a
	}
	a.at0, a.after, a.prefix = at0, after, lits
	if c := condOf(sre); c.says(lits) {
		a.cond = c
	}
	a.maxLen = maxBytes(sre)
	for i := 0; i < len(segmentDelims); i++ {
		if !canMatchByte(sre, segmentDelims[i]) {
			a.cuts += segmentDelims[i : i+1]
		}
	}
	a.wb = sre.Op == syntax.OpConcat && len(sre.Sub) > 0 && sre.Sub[0].Op == syntax.OpWordBoundary
	return a
}

// bind interns the prefix literals in the policy's pre-filter.
func (a *anchored) bind(ls *litSet) {
	if a.prefix != nil {
		a.ids = ls.idsOf(a.prefix)
	}
	if a.cond != nil {
		a.cond.bind(ls)
	}
	if a.req != nil {
		a.reqIDs = ls.idsOf(a.req)
	}
}

// fast reports whether the anchored path applies to t.
func (a *anchored) fast(t *Text) bool {
	return a.ids != nil && !t.variant && t.scan != nil
}

// segments reports whether the segment path applies to t.
func (a *anchored) segments(t *Text) bool {
	return a.reqIDs != nil && !t.variant && t.scan != nil
}

// each yields the matches of the regex in t's folded text, in order, like
// FindAllStringIndex, until yield returns false.
func (a *anchored) each(t *Text, yield func(start, end int) bool) {
	s := t.folded
	if a.cond != nil && (a.fast(t) || a.segments(t)) && !a.cond.holds(t.scan) {
		return // a literal every match needs is absent
	}
	if a.segments(t) {
		a.eachSegment(t, yield)
		return
	}
	if !a.fast(t) {
		for _, loc := range a.re.FindAllStringIndex(s, -1) {
			if !yield(loc[0], loc[1]) {
				return
			}
		}
		return
	}
	var buf [64]int
	from := 0
	for _, p := range t.starts(a.ids, buf[:0]) {
		if p < from || a.wb && !wordBoundary(s, p) {
			continue
		}
		w := a.window(s, p)
		if a.cond != nil && !a.cond.within(t, p, w) {
			continue
		}
		if end, ok := a.matchIn(s, p, w); ok {
			if !yield(p, end) {
				return
			}
			from = end
		}
	}
}

// any reports whether the regex matches somewhere in t.
func (a *anchored) any(t *Text) bool {
	if !a.fast(t) && !a.segments(t) {
		return a.re.MatchString(t.folded)
	}
	found := false
	a.each(t, func(int, int) bool { found = true; return false })
	return found
}

// matchAt tries the regex anchored at offset p of s.
func (a *anchored) matchAt(s string, p int) (int, bool) { return a.matchIn(s, p, a.window(s, p)) }

// matchIn is matchAt within the window ending at w (window's answer).
func (a *anchored) matchIn(s string, p, w int) (int, bool) {
	if p == 0 {
		loc := a.at0.FindStringIndex(s[:w])
		if loc == nil {
			return 0, false
		}
		return loc[1], true
	}
	_, size := utf8.DecodeLastRuneInString(s[:p])
	q := p - size
	loc := a.after.FindStringIndex(s[q:w])
	if loc == nil {
		return 0, false
	}
	return q + loc[1], true
}

// window is the end of the text a match starting at p can reach: p plus
// the longest match (and one rune of context for \b and $), cut after the
// first delimiter no match contains (a match ends before it), else the end
// of s.
func (a *anchored) window(s string, p int) int {
	w := len(s)
	if a.maxLen >= 0 && p+a.maxLen < w {
		w = p + a.maxLen
		for w < len(s) && !utf8.RuneStart(s[w]) {
			w++
		}
		if w < len(s) {
			_, size := utf8.DecodeRuneInString(s[w:])
			w += size // the rune after: context for \b and $
		}
	}
	if a.cuts != "" {
		if i := strings.IndexAny(s[p:w], a.cuts); i >= 0 {
			w = p + i + 1 // the delimiter: context for \b and $
		}
	}
	return w
}

// subset reports whether every string of a is in b.
func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// prefixSet returns folded literals one of which every match of re starts
// with, or ok false. A literal rune that is a case-fold variant spoils it
// (the regex would match its lower-case twin, which the literal is not).
//
// The literals are made as long as maxPrefixes allows: the parser factors
// alternations ("reviews?|ratings?" becomes "r(?:eviews?|atings?)"), and a
// one-letter prefix would make every "r" of a message a candidate, and an
// output of the pre-filter's scan.
func prefixSet(re *syntax.Regexp) ([]string, bool) {
	lits, _, ok := prefixes(re)
	return lits, ok
}

// maxPrefixes caps the prefix set a concatenation grows by cross product.
const maxPrefixes = 64

// prefixes is prefixSet, and whether the set is exact: every match of re
// is one of the literals, so what follows re in a concatenation extends
// them.
func prefixes(re *syntax.Regexp) (lits []string, exact, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf && isVariant(r) {
				return nil, false, false
			}
		}
		if l := foldString(string(re.Rune)); l != "" {
			return []string{l}, true, true
		}
	case syntax.OpCharClass:
		var all []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(all) == 16 {
					return nil, false, false
				}
				all = append(all, foldString(string(r)))
			}
		}
		all = dedupe(all)
		// Folding may merge or drop runes: exact only if each rune stayed one.
		return all, len(all) == runeCount(re.Rune), len(all) > 0
	case syntax.OpCapture:
		return prefixes(re.Sub[0])
	case syntax.OpPlus:
		l, ok := prefixSet(re.Sub[0])
		return l, false, ok
	case syntax.OpRepeat:
		if re.Min >= 1 {
			l, ok := prefixSet(re.Sub[0])
			return l, false, ok
		}
	case syntax.OpAlternate:
		var all []string
		exact = true
		for _, sub := range re.Sub {
			l, ex, ok := prefixes(sub)
			if !ok {
				return nil, false, false
			}
			all, exact = append(all, l...), exact && ex
		}
		return dedupe(all), exact, true
	case syntax.OpConcat:
		return concatPrefixes(re.Sub)
	}
	return nil, false, false
}

// concatPrefixes is prefixes of the concatenation of subs.
func concatPrefixes(subs []*syntax.Regexp) (lits []string, exact, ok bool) {
	var optional []string // prefixes of optional parts before the first required one
	for i, sub := range subs {
		switch {
		case zeroWidth(sub):
			continue // evaluated at the start, with context
		case sub.Op == syntax.OpQuest || sub.Op == syntax.OpStar:
			// optional: a match starts with it or with what follows
			l, ok := prefixSet(sub.Sub[0])
			if !ok {
				return nil, false, false
			}
			optional = append(optional, l...)
			continue
		}
		l, ex, ok := prefixes(sub)
		if !ok {
			return nil, false, false
		}
		if ex && len(optional) == 0 && consumes(subs[i+1:]) {
			// Every match is one of l followed by a match of the rest.
			if rest, restExact, ok := concatPrefixes(subs[i+1:]); ok && len(l)*len(rest) <= maxPrefixes {
				return cross(l, rest), restExact, true
			}
			return l, false, true
		}
		return dedupe(append(optional, l...)), ex && len(optional) == 0 && !consumes(subs[i+1:]), true
	}
	return nil, false, false
}

// consumes reports whether some of subs may match text (not only
// zero-width assertions).
func consumes(subs []*syntax.Regexp) bool {
	for _, sub := range subs {
		if !zeroWidth(sub) {
			return true
		}
	}
	return false
}

// runeCount is the number of runes of a character class's ranges.
func runeCount(ranges []rune) int {
	n := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
	}
	return n
}

// maxBytes is the longest match of re in bytes (4 per rune), or -1 when
// unbounded.
func maxBytes(re *syntax.Regexp) int {
	const huge = 1 << 20
	n := 0
	switch re.Op {
	case syntax.OpLiteral:
		n = len(re.Rune) * utf8.UTFMax
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		n = utf8.UTFMax
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		n = 0
	case syntax.OpCapture, syntax.OpQuest:
		n = maxBytes(re.Sub[0])
	case syntax.OpRepeat:
		if re.Max < 0 {
			return -1
		}
		m := maxBytes(re.Sub[0])
		if m < 0 {
			return -1
		}
		n = m * re.Max
	case syntax.OpConcat, syntax.OpAlternate:
		for _, sub := range re.Sub {
			m := maxBytes(sub)
			if m < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				n += m
			} else {
				n = max(n, m)
			}
		}
	default: // star, plus, anything unknown
		return -1
	}
	if n > huge {
		return -1
	}
	return n
}

// wordBoundary is RE2's \b at offset p of s: ASCII word characters on
// one side only (a byte of a multi-byte rune is never one).
func wordBoundary(s string, p int) bool {
	before := p > 0 && isWordByte(s[p-1])
	after := p < len(s) && isWordByte(s[p])
	return before != after
}
