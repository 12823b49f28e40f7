package policy

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestFastPathsAreFindAll: for every regex of the default policy (patterns,
// unless and requires), the anchored and segment paths yield exactly the
// matches of FindAllStringIndex on the whole folded text, on the rules'
// examples and on random joins of them (sentence ends in several scripts,
// newlines, case and width changes, a case-fold variant rune).
func TestFastPathsAreFindAll(t *testing.T) {
	p := Default()
	var pieces []string
	for _, r := range p.Rules {
		pieces = append(pieces, r.examples.match...)
		pieces = append(pieces, r.examples.noMatch...)
	}
	seps := []string{" ", ". ", "\n", "。", "！", "? ", "؟ ", ", ", ""}
	texts := slices.Clone(pieces)
	rnd := rand.New(rand.NewSource(3))
	for i := 0; i < 250; i++ {
		var b strings.Builder
		for n := 1 + rnd.Intn(3); n > 0; n-- {
			piece := pieces[rnd.Intn(len(pieces))]
			switch rnd.Intn(6) {
			case 0:
				piece = strings.ToUpper(piece)
			case 1:
				piece = piece[rnd.Intn(len(piece)/2+1):] // a cut, maybe inside a rune
			case 2:
				piece = strings.ReplaceAll(piece, "s", "ſ") // a variant: the plain path
			}
			b.WriteString(piece)
			b.WriteString(seps[rnd.Intn(len(seps))])
		}
		texts = append(texts, b.String())
	}
	all := defaultAnchored(p)
	fast := 0
	for _, s := range texts {
		tx := NewText("", s)
		tx.literalsSeen(p.Rules[0].pre)
		for _, a := range all {
			if a.fast(tx) || a.segments(tx) {
				fast++
			}
			var got [][]int
			a.each(tx, func(start, end int) bool {
				got = append(got, []int{start, end})
				return true
			})
			want := a.re.FindAllStringIndex(tx.folded, -1)
			if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
				t.Errorf("%s on %q:\n got %v\nwant %v", a.re, tx.folded, got, want)
			}
			if a.any(tx) != (want != nil) {
				t.Errorf("%s on %q: any is %v", a.re, tx.folded, a.any(tx))
			}
		}
		tx.Release()
	}
	t.Logf("%d texts x %d regexes, %d on a fast path", len(texts), len(all), fast)
	if fast < len(texts)*len(all)/2 {
		t.Errorf("only %d of %d runs took a fast path", fast, len(texts)*len(all))
	}
}
