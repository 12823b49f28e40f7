package policy

import (
	"slices"
	"testing"
)

// FuzzAnchored: on any text, every regex of the default policy (patterns,
// unless and requires) yields by its fast paths (prefix candidates and
// their literal conditions and windows, or segments) exactly the matches
// of FindAllStringIndex on the whole folded text. The seeds
// (testdata/fuzz/FuzzAnchored) are texts on which conditions and window
// cuts decide: review and gift words in and across sentences, a match
// next to a delimiter, a variant rune.
func FuzzAnchored(f *testing.F) {
	f.Add("Your gift card is here. Please leave a review!")
	p := Default()
	all := defaultAnchored(p)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2048 {
			return // the whole-text regexps are slow; long inputs add nothing
		}
		tx := NewText("", s)
		defer tx.Release()
		tx.literalsSeen(p.Rules[0].pre)
		for _, a := range all {
			var got [][]int
			a.each(tx, func(start, end int) bool {
				got = append(got, []int{start, end})
				return true
			})
			if want := a.re.FindAllStringIndex(tx.folded, -1); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
				t.Fatalf("%s on %q:\n got %v\nwant %v", a.re, tx.folded, got, want)
			}
		}
	})
}

// defaultAnchored lists every anchored regex of p's rules.
func defaultAnchored(p *Policy) []*anchored {
	var all []*anchored
	for _, r := range p.Rules {
		if m, ok := r.m.(*regexes); ok {
			all = append(all, m.an...)
		}
		all = append(all, r.unlessA...)
		all = append(all, r.requiresA...)
	}
	return all
}
