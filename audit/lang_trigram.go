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
// text trigram finds the profile entries it scores for in one lookup of an
// open-addressed table.

// Constants of whatlanggo (constants.go).
const (
	maxTrigramDistance = 300
	maxTotalDistance   = 90000
	reliableConfidence = 0.8
)

// profileEntry is one trigram of one language's profile: the language (an
// index in trigramProfiles) and the trigram's rank there.
type profileEntry struct {
	lang uint8
	rank uint16
}

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
	// byCount holds, per count, where its run starts in list.
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
	// count (trigrams.go): runes lower-cased, stop characters as spaces,
	// one space added at the end; a trigram whose middle is a space counts
	// only between two non-spaces (whatlanggo starts with r1 = ' ', so the
	// first rune only shifts in). Every occurrence is collected, then
	// sorted: equal trigrams end up side by side, which counts them
	// without a map.
	sc.keys = sc.keys[:0]
	top := rune(' ')
	r1, r2 := ' ', ' '
	emit := func(r3 rune) {
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			sc.keys = append(sc.keys, packTrigram(r1, r2, r3))
			sc.perRune[0][min(r3, 1<<radixWidth-1)]++
			sc.perRune[1][min(r2, 1<<radixWidth-1)]++
			sc.perRune[2][min(r1, 1<<radixWidth-1)]++
		}
		r1, r2 = r2, r3
	}
	for _, r := range text {
		r = trigramRune(r)
		top = max(top, r)
		emit(r)
	}
	emit(' ')
	keys := sc.sortTrigrams(bits.Len32(uint32(top)))
	sc.list = sc.list[:0]
	maxCount := int32(0)
	for i := len(keys) - 1; i >= 0; { // greatest trigram first
		j := i
		for j > 0 && keys[j-1] == keys[i] {
			j--
		}
		c := int32(i - j + 1)
		sc.list = append(sc.list, trigramCount{keys[i], c})
		maxCount = max(maxCount, c)
		i = j - 1
	}
	// Ranks (getTrigramsWithPositions): by count, most frequent first;
	// equal counts by trigram, greatest first. list is already by trigram,
	// greatest first, so a stable counting sort by count gives the order.
	sc.byCount = slices.Grow(sc.byCount[:0], int(maxCount)+2)[:maxCount+2]
	clear(sc.byCount)
	for _, tc := range sc.list {
		sc.byCount[maxCount-tc.count+1]++
	}
	for c := 1; c < len(sc.byCount); c++ {
		sc.byCount[c] += sc.byCount[c-1]
	}
	sc.keys = slices.Grow(sc.keys[:0], len(sc.list))[:len(sc.list)]
	ranked := sc.keys // reused: the occurrences are no longer needed
	for _, tc := range sc.list {
		slot := &sc.byCount[maxCount-tc.count]
		ranked[*slot] = tc.key
		*slot++
	}
	// Distances (calculateDistance): each profile trigram absent from the
	// text costs the maximum; a present one the difference of ranks.
	var dist [16]int
	for l, p := range trigramProfiles {
		dist[l] = maxTrigramDistance * len(p.trigrams)
	}
	for pos, key := range ranked {
		for _, e := range profileTable.find(key) {
			d := pos - int(e.rank)
			if d < 0 {
				d = -d
			}
			dist[e.lang] += d - maxTrigramDistance
		}
	}
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
		confidentRate := 12.0/float64(len(sc.list)) + 0.05
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
