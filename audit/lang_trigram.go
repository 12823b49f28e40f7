package audit

import (
	"math"
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
// counted in a reused map, and each text trigram finds the profile entries
// it scores for in one lookup.

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

// profileIndex maps a packed trigram to the profile entries it occurs in.
var profileIndex = func() map[uint64][]profileEntry {
	m := map[uint64][]profileEntry{}
	for l, p := range trigramProfiles {
		for i, tg := range p.trigrams {
			var r [3]rune
			n := 0
			for _, c := range tg {
				if n < 3 {
					r[n] = c
				}
				n++
			}
			if n != 3 {
				panic("trigram profile entry is not three runes: " + tg)
			}
			k := packTrigram(r[0], r[1], r[2])
			m[k] = append(m[k], profileEntry{uint8(l), uint16(i)})
		}
	}
	return m
}()

// packTrigram packs three runes (21 bits each) so that comparing packed
// values compares the trigrams as strings (UTF-8 keeps code point order).
func packTrigram(a, b, c rune) uint64 {
	return uint64(a)<<42 | uint64(b)<<21 | uint64(c)
}

// trigramScratch is the reusable memory of one detection.
type trigramScratch struct {
	keys []uint64
	list []trigramCount
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
	// only between two non-spaces. Every occurrence is collected, then
	// sorted: equal trigrams end up side by side, which counts them
	// without a map.
	sc.keys = sc.keys[:0]
	r1, r2, first := ' ', rune(0), true
	step := func(r3 rune) {
		if first {
			r2, first = r3, false
			return
		}
		if !(r2 == ' ' && (r1 == ' ' || r3 == ' ')) {
			sc.keys = append(sc.keys, packTrigram(r1, r2, r3))
		}
		r1, r2 = r2, r3
	}
	for _, r := range text {
		step(trigramRune(r))
	}
	step(' ')
	slices.Sort(sc.keys)
	sc.list = sc.list[:0]
	maxCount := int32(0)
	for i := len(sc.keys) - 1; i >= 0; { // greatest trigram first
		j := i
		for j > 0 && sc.keys[j-1] == sc.keys[i] {
			j--
		}
		c := int32(i - j + 1)
		sc.list = append(sc.list, trigramCount{sc.keys[i], c})
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
		for _, e := range profileIndex[key] {
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
