package policy

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The segment path, for a regex without a prefix set whose matches never
// contain one of the delimiters . ! ? or newline, such as the "sentence
// containing X" exceptions `[^.!?\n]*(?:never|jamais)[^.!?\n]*`. Each of
// its matches lies inside one delimiter-free segment and contains one of
// its required literals (prefilter.go), so the regex runs only on the
// segments where such a literal occurs, each with its delimiters on both
// sides as context; the matches are those of the whole text.

// segmentDelims are the bytes a segment path may cut at.
const segmentDelims = ".!?\n"

// initSegment sets up the segment path of a, if the regex allows one.
func (a *anchored) initSegment(p string, sre *syntax.Regexp) {
	if hasTextAnchor(sre) || minRunes(sre) == 0 {
		return
	}
	a.initLeadStar(p, sre)
	if a.delims == "" {
		for i := 0; i < len(segmentDelims); i++ {
			if !canMatchByte(sre, segmentDelims[i]) {
				a.delims += segmentDelims[i : i+1]
			}
		}
	}
	if a.delims == "" {
		return
	}
	lits, ok := requiredLiterals("(?i)" + p)
	if !ok || !segmentLiterals(lits, a.delims) {
		a.delims, a.at0, a.after, a.leadStar = "", nil, nil, false
		return
	}
	a.req = lits
	if c := condOf(sre); c.says(lits) {
		a.cond = c
	}
}

// segmentLiterals reports whether lits can find a regex's segments: none
// holds a delimiter, or a rune with case-fold variants (the pre-filter
// scans the folded text).
func segmentLiterals(lits []string, delims string) bool {
	for _, l := range lits {
		if strings.ContainsAny(l, delims) {
			return false
		}
		for _, r := range l {
			if r >= utf8.RuneSelf && isVariant(r) {
				return false
			}
		}
	}
	return true
}

// initLeadStar recognises the sentence patterns `[^.!?\n]*...`: a regex
// that starts with a star of every rune but a few punctuation marks (E)
// that no match contains. In a segment free of E, a match starting
// anywhere can be extended back to the segment's start by the star, so
// the leftmost match starts at the segment's start (and the next one at
// the end of the previous): one anchored try each, instead of a search.
// E becomes the segment delimiters.
func (a *anchored) initLeadStar(p string, sre *syntax.Regexp) {
	if sre.Op != syntax.OpConcat || len(sre.Sub) < 2 || sre.Sub[0].Op != syntax.OpStar ||
		sre.Sub[0].Sub[0].Op != syntax.OpCharClass {
		return
	}
	var except []rune // the runes the star's class leaves out
	cls, next := sre.Sub[0].Sub[0].Rune, rune(0)
	for i := 0; i+1 < len(cls); i += 2 {
		for r := next; r < cls[i]; r++ {
			if len(except) == 16 {
				return
			}
			except = append(except, r)
		}
		next = cls[i+1] + 1
	}
	for r := next; r <= unicode.MaxRune; r++ {
		if len(except) == 16 {
			return
		}
		except = append(except, r)
	}
	if len(except) == 0 {
		return
	}
	for _, r := range except {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || canMatchRune(sre, r) {
			return
		}
	}
	at0, err1 := regexp.Compile("(?i)^(?:" + p + ")")
	after, err2 := regexp.Compile("(?i)^(?s:.)(?:" + p + ")")
	if err1 != nil || err2 != nil {
		return
	}
	a.at0, a.after, a.delims, a.leadStar = at0, after, string(except), true
}

// eachSegment yields the matches of the regex in the segments holding one
// of its required literals, in order.
func (a *anchored) eachSegment(t *Text, yield func(start, end int) bool) {
	s := t.folded
	var buf [64]int
	last := -1 // end of the last segment searched
	for _, o := range t.starts(a.reqIDs, buf[:0]) {
		if o < last {
			continue
		}
		from := strings.LastIndexAny(s[:o], a.delims) // the delimiter before, or -1
		start := 0                                    // the segment's first byte
		if from >= 0 {
			_, size := utf8.DecodeRuneInString(s[from:])
			start = from + size
		}
		to := len(s)
		if i := strings.IndexAny(s[o:], a.delims); i >= 0 {
			_, size := utf8.DecodeRuneInString(s[o+i:])
			to = o + i + size // the delimiter after, included as context
		}
		last = to
		if a.cond != nil && !a.cond.within(t, start, to) {
			continue // the segment lacks a literal every match needs
		}
		if a.leadStar {
			if !a.eachAnchored(s, start, to, yield) {
				return
			}
			continue
		}
		base := max(from, 0)
		for _, loc := range a.re.FindAllStringIndex(s[base:to], -1) {
			if !yield(base+loc[0], base+loc[1]) {
				return
			}
		}
	}
}

// eachAnchored yields the matches of a lead-star regex in the segment
// that starts at start (after its delimiter) and whose window ends at to;
// false when yield asked to stop.
func (a *anchored) eachAnchored(s string, start, to int, yield func(start, end int) bool) bool {
	for pos := start; pos < to; {
		end, ok := a.matchAt(s[:to], pos)
		if !ok {
			return true
		}
		if !yield(pos, end) {
			return false
		}
		pos = end
	}
	return true
}

// hasTextAnchor reports whether re uses ^ or $ of the whole text, which a
// segment would see at its edges.
func hasTextAnchor(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginText || re.Op == syntax.OpEndText {
		return true
	}
	for _, sub := range re.Sub {
		if hasTextAnchor(sub) {
			return true
		}
	}
	return false
}

// minRunes is the fewest runes a match of re has.
func minRunes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minRunes(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minRunes(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minRunes(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if m := minRunes(sub); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	}
	return 0
}

// canMatchByte reports whether a match of re may contain the ASCII byte c.
func canMatchByte(re *syntax.Regexp, c byte) bool { return canMatchRune(re, rune(c)) }

// canMatchRune reports whether a match of re may contain r, a rune
// without case variants (punctuation).
func canMatchRune(re *syntax.Regexp, r rune) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return strings.ContainsRune(string(re.Rune), r)
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] <= r && r <= re.Rune[i+1] {
				return true
			}
		}
		return false
	case syntax.OpAnyChar:
		return true
	case syntax.OpAnyCharNotNL:
		return r != '\n'
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return false
	case syntax.OpCapture, syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat,
		syntax.OpConcat, syntax.OpAlternate:
		for _, sub := range re.Sub {
			if canMatchRune(sub, r) {
				return true
			}
		}
		return false
	}
	return true // unknown: assume it can
}
