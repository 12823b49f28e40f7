package policy

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// TagCheck is what the subject says about the [Important] tag.
type TagCheck struct {
	// Valid is true when an accepted form stands where the placement
	// setting allows it (edges: the very start or very end, spaces ignored).
	Valid bool
	// Present is true when an accepted form stands anywhere in the subject:
	// on a non-critical message that is a misuse.
	Present bool
	// Form is the accepted form found, as written ("[IMPORTANT]"), and Where
	// it stands: "start", "end" or "middle".
	Form, Where string
	// Instead describes what was found when there is no valid tag:
	// "IMPORTANT:" (no brackets), "[Important] in the middle of the subject".
	// Empty when nothing like a tag was found.
	Instead string
}

// CheckTag inspects a subject for the [Important] tag.
func (p *Policy) CheckTag(subject string) TagCheck {
	s := strings.TrimSpace(subject)
	// The subject is folded into a buffer on the stack (no garbage for
	// every message) and fs only lives while CheckTag runs: what it returns
	// is cut from s.
	var buf [foldBufSize]byte
	fb, ascii := appendFold(buf[:0], s)
	fs := unsafeString(fb)
	span := func(start, end int) string {
		if ascii { // folding kept every offset
			return s[start:end]
		}
		return originalSpan(s, start, end)
	}
	var tc TagCheck
	for _, form := range p.Tag.folded {
		for from := 0; ; {
			i := strings.Index(fs[from:], form)
			if i < 0 {
				break
			}
			i += from
			where := "middle"
			switch {
			case i == 0:
				where = "start"
			case i+len(form) == len(fs):
				where = "end"
			}
			orig := span(i, i+len(form))
			if !tc.Present || where != "middle" && tc.Where == "middle" {
				tc.Present, tc.Form, tc.Where = true, orig, where
			}
			from = i + len(form)
		}
	}
	switch {
	case tc.Present && (tc.Where != "middle" || p.Tag.Placement == PlacementAnywhere):
		tc.Valid = true
	case tc.Present:
		tc.Instead = tc.Form + " in the middle of the subject"
	case p.Tag.lookalike != nil && containsAny(fs, p.Tag.lookalikeWords):
		// Every look-alike holds one of the words: most subjects skip the
		// regexp. It gets a folded copy of its own, so that the buffer
		// does not escape to the heap.
		if loc := p.Tag.lookalike.FindStringIndex(foldString(s)); loc != nil {
			tc.Instead = strings.TrimSpace(span(loc[0], loc[1]))
		}
	}
	return tc
}

// tagAtStart returns the length in bytes of an accepted tag form at the
// start of s, or 0.
func (p *Policy) tagAtStart(s string) int {
	var buf [foldBufSize]byte
	fb, ascii := appendFold(buf[:0], s)
	fs := unsafeString(fb)
	for _, form := range p.Tag.folded {
		if strings.HasPrefix(fs, form) {
			if ascii {
				return len(form)
			}
			return len(originalSpan(s, 0, len(form)))
		}
	}
	return 0
}

// foldBufSize is the size of the stack buffers subjects are folded into;
// a longer subject folds into the heap, with the same result.
const foldBufSize = 128

// appendFold appends foldString(s) to dst and reports whether s is ASCII
// (then the folded form has the same offsets as s).
func appendFold(dst []byte, s string) ([]byte, bool) {
	ascii := true
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			dst = append(dst, asciiFold[c])
			i++
			continue
		}
		ascii = false
		r, size := utf8.DecodeRuneInString(s[i:]) // invalid UTF-8: RuneError, as a range loop
		dst = utf8.AppendRune(dst, fold(r))
		i += size
	}
	return dst, ascii
}

// originalSpan maps a span of foldString(s) back to s.
func originalSpan(s string, start, end int) string {
	fpos, ostart, oend := 0, -1, len(s)
	for i, r := range s {
		if fpos == start && ostart < 0 {
			ostart = i
		}
		if fpos >= end {
			oend = i
			break
		}
		fpos += len(string(fold(r)))
	}
	if ostart < 0 {
		return ""
	}
	return s[ostart:oend]
}

// compileTag prepares the folded forms and the look-alike pattern that
// names what was found instead of a valid tag.
func compileTag(t *TagSettings) error {
	for _, f := range t.Forms {
		t.folded = append(t.folded, foldString(strings.TrimSpace(f)))
	}
	if len(t.Lookalikes) == 0 {
		return nil
	}
	var words []string
	for _, w := range t.Lookalikes {
		t.lookalikeWords = append(t.lookalikeWords, foldString(w))
		words = append(words, regexp.QuoteMeta(foldString(w)))
	}
	// Longest first: RE2 alternation prefers the earlier branch, and
	// "importante" must not stop at "important".
	slices.SortFunc(words, func(a, b string) int { return len(b) - len(a) })
	re, err := regexp.Compile(`[\[(\{<【「『]?\s*(?:` + strings.Join(words, "|") + `)\s*[\])\}>】」』]?\s*:?`)
	if err != nil {
		return err
	}
	t.lookalike = re
	return nil
}
