package audit

import (
	"maps"
	"slices"
	"unicode/utf8"
)

// The two costly steps of detectLatin, made cheap: sorting a text's
// trigram occurrences (half of the detector with slices.Sort) and finding
// the profile entries of each distinct trigram (a third with a Go map).

// radixWidth is the widest rune, in bits, for which sortTrigrams uses a
// radix sort: up to U+07FF, which holds the Latin letters of the
// marketplace languages, and at most 2,048 counters per rune.
const radixWidth = 11

// sortTrigrams sorts keys (packTrigram) of runes of width bits at most,
// and returns them sorted (in keys or sc.tmp). A text of Latin letters
// has few distinct runes, all small: a radix sort, one pass per rune from
// the last to the first, does in three linear passes what a comparison
// sort does in n log n steps. sc.perRune holds how many trigrams have
// each rune in each place; sortTrigrams leaves it all zero.
func (sc *trigramScratch) sortTrigrams(keys []uint64, width int) []uint64 {
	if width > radixWidth {
		for i := range sc.perRune {
			clear(sc.perRune[i][:])
		}
		slices.Sort(keys)
		return keys
	}
	sc.tmp = slices.Grow(sc.tmp[:0], len(keys))[:len(keys)]
	tmp := sc.tmp
	for place := range 3 {
		shift := 21 * place
		at := sc.perRune[place][:1<<width] // how many, then where they go
		sum := int32(0)
		for r, n := range at {
			at[r] = sum
			sum += n
		}
		for _, k := range keys {
			r := k >> shift & (1<<21 - 1)
			tmp[at[r]] = k
			at[r]++
		}
		clear(at)
		keys, tmp = tmp, keys
	}
	return keys
}

// profileIndex maps a trigram (packTrigram) to the profile entries it
// occurs in: a cuckoo hash table (as wordTable) whose slot holds both the
// trigram, in 27 bits, and where its entries are, so that a look-up reads
// two slots and decides without a branch (issue 7: a probe loop over a
// table of keys and a table of spans was over a quarter of the detector).
// The entries come in groups of four, padded with entries of spare
// languages that no profile has (profileSpare), and a trigram in no
// profile finds the first group, all padding: the detector scores a group
// for every trigram without asking whether it found one, or how many
// entries it has, branches it mispredicted about half the time.
//
// A profile trigram of a rune past U+01FF ("l’a", in French) is left out:
// a text's trigrams never hold one, as trigramRune makes punctuation a
// space, so it cannot be found anyway.
var profileIndex = func() *trigramIndex {
	byKey := map[uint64][]uint16{}
	for l, p := range trigramProfiles {
		for i, tg := range p.trigrams {
			if utf8.RuneCountInString(tg) != 3 {
				panic("trigram profile entry is not three runes: " + tg)
			}
			r := []rune(tg)
			if k, ok := indexKey(packTrigram(r[0], r[1], r[2])); ok {
				byKey[k] = append(byKey[k], uint16(l)<<profileLangShift|uint16(i))
			} else if trigramRune(r[0]) == r[0] && trigramRune(r[1]) == r[1] && trigramRune(r[2]) == r[2] {
				// A text's trigrams are made of trigramRune's runes only.
				panic("trigram profile entry left out that a text may hold: " + tg)
			}
		}
	}
	if len(trigramProfiles) > profileSpare || profileSpare+3 >= 16 {
		panic("trigramIndex: no spare language")
	}
	t := &trigramIndex{groups: [][4]uint16{spareGroup}}
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		e := byKey[k]
		start, more := len(t.groups), (len(e)-1)/4
		if start >= 1<<13 || more >= 1<<2 {
			panic("trigramIndex: entries do not fit a slot")
		}
		for len(e) > 0 {
			g := spareGroup
			e = e[copy(g[:], e):]
			t.groups = append(t.groups, g)
		}
		t.put(k<<16 | uint64(start)<<2 | uint64(more))
	}
	return t
}()

// A profile entry: the language (an index in trigramProfiles) and the
// trigram's rank in its profile. The padding's languages are profileSpare
// to profileSpare+3, one for each place in a group: distances detectLatin
// adds to but never reads, one for each place so that the padding's
// additions do not all wait for one another.
const (
	profileLangShift = 9
	profileRank      = 1<<profileLangShift - 1
	profileSpare     = 12
)

var spareGroup = [4]uint16{profileSpare << profileLangShift, (profileSpare + 1) << profileLangShift,
	(profileSpare + 2) << profileLangShift, (profileSpare + 3) << profileLangShift}

const trigramIndexBits = 12

// trigramIndex is a cuckoo hash table of the profiles' trigrams, built
// once: a slot holds a trigram in 27 bits (indexKey), where its entries
// start in groups (13 bits) and how many more groups it has (2 bits); 0 is
// an empty slot.
type trigramIndex struct {
	slots  [1 << trigramIndexBits]uint64
	groups [][4]uint16
}

// indexKey packs a trigram of runes below U+0200 in 27 bits; ok is false
// for another.
func indexKey(key uint64) (k uint64, ok bool) {
	const wide = (1<<21 - 1) &^ (1<<9 - 1) // the bits of a rune past U+01FF
	if key&(wide<<42|wide<<21|wide) != 0 {
		return 0, false
	}
	return key>>42<<18 | key>>21&(1<<9-1)<<9 | key&(1<<9-1), true
}

// indexSlots are the two slots of the trigram k (indexKey).
func indexSlots(k uint64) (uint64, uint64) {
	const shift = 64 - trigramIndexBits
	return k * 0x9e3779b97f4a7c15 >> shift, k * 0xc2b2ae3d27d4eb4f >> shift
}

// put adds slot (a trigram and its entries): into a free slot of its two,
// or into the first, the one there moving to its other slot, and so on.
func (t *trigramIndex) put(slot uint64) {
	i, j := indexSlots(slot >> 16)
	if t.slots[i] != 0 {
		i = j
	}
	for range 500 {
		if t.slots[i] == 0 {
			t.slots[i] = slot
			return
		}
		t.slots[i], slot = slot, t.slots[i]
		if a, b := indexSlots(slot >> 16); a == i {
			i = b
		} else {
			i = a
		}
	}
	panic("trigramIndex: no slot left") // make trigramIndexBits larger
}

// find returns the groups of profile entries of the trigram key
// (packTrigram): the first group, all padding, if it is in no profile.
func (t *trigramIndex) find(key uint64) [][4]uint16 {
	k, ok := indexKey(key)
	i, j := indexSlots(k)
	a, b := t.slots[i], t.slots[j]
	span := a&^nonzero(a>>16^k) | b&^nonzero(b>>16^k) // the slot of k, or 0
	if !ok {
		span = 0
	}
	start := span >> 2 & (1<<13 - 1)
	return t.groups[start : start+span&3+1]
}

// nonzero is 0 when x is 0, all ones otherwise, without a branch.
func nonzero(x uint64) uint64 { return uint64(int64(x|-x) >> 63) }
