package audit

import (
	"math"
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// An exact reimplementation of whatlanggo's detector for Latin-script
// text (v1.0.1, detect.go and trigrams.go), restricted to the Latin
// marketplace languages: same trigrams, same ranking, same distances, same
// confidence, so the same answer (TestTrigramDetectorIsWhatlanggo) at a
// fraction of the cost. whatlanggo builds a map of trigram strings and
// sorts it through reflection for every message, and looks up each of 300
// trigrams of every language in it; here trigrams are packed in integers,
// counted by sorting them (a radix sort, lang_trigram_sort.go), and each
// text trigram finds the profile entries it scores for in one lookup of a
// table built once (profileIndex). The loops over a text's trigrams take
// no branch that depends on the text where they can help it (issue 7):
// whether a trigram counts, whether a run of equal ones ends, whether a
// trigram is in a profile and in how many were each mispredicted about
// half the time, and cost more than the work they spared.

// Constants of whatlanggo (constants.go).
const (
	maxTrigramDistance = 300
	maxTotalDistance   = 90000
	reliableConfidence = 0.8
)

// packTrigram packs three runes (21 bits each) so that comparing packed
// values compares the trigrams as strings (UTF-8 keeps code point order).
func packTrigram(a, b, c rune) uint64 {
	return uint64(a)<<42 | uint64(b)<<21 | uint64(c)
}

// trigramScratch is the reusable memory of one detection.
type trigramScratch struct {
	keys, tmp []uint64
	// perRune counts the trigrams by each of their runes (the last, the
	// middle, the first) for the radix sort; all zero between detections.
	perRune [3][1 << radixWidth]int32
	list    []trigramCount
	// byCount holds, per count, where its trigrams' ranks start.
	byCount []int
}

type trigramCount struct {
	key   uint64
	count int32
}

var trigramPool = sync.Pool{New: func() any { return new(trigramScratch) }}

// detectLatin is whatlanggo.DetectWithOptions for a text whose script it
// finds Latin, with the whitelist detectLangs: the ISO 639-1 code of a
// reliable answer, or "".
func detectLatin(text string) string {
	sc := trigramPool.Get().(*trigramScratch)
	defer trigramPool.Put(sc)
	dist, distinct := sc.distances(text)
	// Confidence (calculateConfidence): the best two by distance.
	best, second := -1, -1
	for l := range trigramProfiles {
		switch {
		case best < 0 || dist[l] < dist[best]:
			best, second = l, best
		case second < 0 || dist[l] < dist[second]:
			second = l
		}
	}
	score1, score2 := maxTotalDistance-dist[best], maxTotalDistance-dist[second]
	var confidence float64
	switch {
	case score1 == 0:
		return ""
	case score2 == 0:
		confidence = math.Min(float64(score1/500), 1) // integer division, as whatlanggo
	default:
		rate := float64(score1-score2) / float64(score2)
		confidentRate := 12.0/float64(distinct) + 0.05
		confidence = 1
		if rate <= confidentRate {
			confidence = rate / confidentRate
		}
	}
	if confidence <= reliableConfidence {
		return ""
	}
	return trigramProfiles[best].lang
}

// distances returns the distance of text to each profile of
// trigramProfiles and how many distinct trigrams it has.
func (sc *trigramScratch) distances(text string) (dist [16]int, distinct int) {
	// count (trigrams.go): runes lower-cased, stop characters as spaces,
	// one space added at the end; a trigram whose middle is a space counts
	// only between two non-spaces (whatlanggo starts with r1 = ' ', so the
	// first rune only shifts in). Every occurrence is collected, then
	// sorted: equal trigrams end up side by side, which counts them
	// without a map.
	keys := slices.Grow(sc.keys[:0], len(text)+1)[:len(text)+1] // a trigram a rune at most, and the last space
	n := 0
	top := rune(' ')
	r1, r2 := ' ', ' '
	emit := func(r3 rune) {
		// Written always, kept by moving on: whether a trigram counts
		// depends on the spaces around it, a branch often mispredicted.
		counts := notSpace(r2) | notSpace(r1)&notSpace(r3)
		keys[n] = packTrigram(r1, r2, r3)
		n += int(counts)
		sc.perRune[0][min(r3, 1<<radixWidth-1)] += counts
		sc.perRune[1][min(r2, 1<<radixWidth-1)] += counts
		sc.perRune[2][min(r1, 1<<radixWidth-1)] += counts
		r1, r2 = r2, r3
	}
	for _, r := range text {
		if r < utf8.RuneSelf {
			r = asciiTrigram[r]
		} else {
			r = trigramRune(r)
		}
		top |= r // as wide as the widest rune
		emit(r)
	}
	emit(' ')
	sc.keys = keys
	keys = sc.sortTrigrams(keys[:n], bits.Len32(uint32(top)))
	// Counts, greatest trigram first: the end of a run of equal trigrams
	// makes an entry of the list, which is written at every step and kept
	// by moving on, without a branch on whether a run ends (most do, not
	// all: a branch on it was mispredicted often).
	list := slices.Grow(sc.list[:0], n)[:n]
	m, run, maxCount := 0, int32(0), int32(0)
	for i := n - 1; i > 0; i-- {
		run++
		list[m] = trigramCount{keys[i], run}
		ends := int32(0)
		if keys[i-1] != keys[i] {
			ends = 1
		}
		m += int(ends)
		maxCount = max(maxCount, run*ends)
		run *= 1 - ends
	}
	if n > 0 {
		run++
		list[m] = trigramCount{keys[0], run}
		m++
		maxCount = max(maxCount, run)
	}
	list = list[:m]
	sc.list = list
	// Ranks (getTrigramsWithPositions): by count, most frequent first;
	// equal counts by trigram, greatest first. list is by trigram,
	// greatest first, so a stable counting sort by count gives the ranks:
	// byCount[maxCount-c] is where the trigrams counted c start.
	byCount := slices.Grow(sc.byCount[:0], int(maxCount)+1)[:maxCount+1]
	clear(byCount)
	for _, tc := range list {
		byCount[maxCount-tc.count]++
	}
	at := 0
	for c, k := range byCount {
		byCount[c] = at
		at += k
	}
	sc.byCount = byCount
	// Distances (calculateDistance): each profile trigram absent from the
	// text costs the maximum; a present one the difference of ranks.
	for l, p := range trigramProfiles {
		dist[l] = maxTrigramDistance * len(p.trigrams)
	}
	for _, tc := range list {
		slot := &byCount[maxCount-tc.count]
		pos := *slot
		*slot++
		for _, g := range profileIndex.find(tc.key) {
			for _, e := range g {
				d := pos - int(e&profileRank)
				if d < 0 {
					d = -d
				}
				dist[e>>profileLangShift&15] += d - maxTrigramDistance
			}
		}
	}
	return dist, len(list)
}

// notSpace is 1 for a rune other than ' ', 0 for ' '.
func notSpace(r rune) int32 {
	if r != ' ' {
		return 1
	}
	return 0
}

// trigramRune is whatlanggo's toTrigramChar and unicode.ToLower: symbols,
// spaces, punctuation and digits become spaces.
func trigramRune(r rune) rune {
	if r < utf8.RuneSelf {
		return asciiTrigram[r]
	}
	if unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsDigit(r) {
		return ' '
	}
	return unicode.ToLower(r)
}

var asciiTrigram = func() (t [utf8.RuneSelf]rune) {
	for r := range t {
		c := rune(r)
		if unicode.IsSymbol(c) || unicode.IsSpace(c) || unicode.IsPunct(c) || unicode.IsDigit(c) {
			c = ' '
		}
		t[r] = unicode.ToLower(c)
	}
	return t
}()
