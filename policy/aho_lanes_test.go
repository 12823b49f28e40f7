package policy

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestTwoLanesIsOneLane: the two-lane scan finds every occurrence of every
// literal the one-lane scan finds, and lists each literal's in the same
// order, on the corpus and on random joins of literals (which put
// occurrences across the middle, where the lanes meet).
func TestTwoLanesIsOneLane(t *testing.T) {
	a := Default().cand.pre
	texts := corpusTexts(t)
	inv := make([]string, a.count)
	for l, id := range a.ids {
		inv[id] = l
	}
	rnd := rand.New(rand.NewSource(7))
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for b.Len() < 2*a.longest+minTwoLanes+rnd.Intn(400) {
			b.WriteString(inv[rnd.Intn(len(inv))])
			if rnd.Intn(3) == 0 {
				b.WriteByte(" .\n"[rnd.Intn(3)])
			}
		}
		texts = append(texts, b.String())
	}
	two := 0
	for _, s := range texts {
		s = NewText("", s).Folded()
		if len(s) >= minTwoLanes+2*a.longest {
			two++
		}
		compareLanes(t, a, s)
	}
	if two < 1000 {
		t.Errorf("only %d texts long enough for two lanes", two)
	}
}

// compareLanes fails t when the scans of s in one lane and in two differ.
func compareLanes(t *testing.T, a *aho, s string) {
	t.Helper()
	one, two := &scanned{seen: make([]bool, a.count), head: make([]int32, a.count)},
		&scanned{seen: make([]bool, a.count), head: make([]int32, a.count)}
	a.scanOneLane(s, one)
	if len(s) >= 2*a.longest {
		a.scanTwoLanes(s, two)
	} else {
		a.scanOneLane(s, two)
	}
	if !slices.Equal(slices.Sorted(slices.Values(one.touched)), slices.Sorted(slices.Values(two.touched))) {
		t.Fatalf("%q: literals found differ", s)
	}
	for _, id := range one.touched {
		if got, want := ends(two, id), ends(one, id); !slices.Equal(got, want) {
			t.Fatalf("%q: literal %d ends at %v in two lanes, %v in one", s, id, got, want)
		}
	}
	if len(one.end) != len(two.end) {
		t.Fatalf("%q: %d occurrences in one lane, %d in two", s, len(one.end), len(two.end))
	}
}

// ends lists the occurrences of literal id as scanned lists them.
func ends(sc *scanned, id int32) []int32 {
	var out []int32
	for h := sc.head[id]; h > 0; h = sc.next[h-1] {
		out = append(out, sc.end[h-1])
	}
	return out
}

// FuzzScanLanes: on any text, the two-lane scan is the one-lane scan.
func FuzzScanLanes(f *testing.F) {
	f.Add(strings.Repeat("please leave a review of your order. ", 12))
	a := Default().cand.pre
	f.Fuzz(func(t *testing.T, s string) {
		compareLanes(t, a, s)
	})
}
