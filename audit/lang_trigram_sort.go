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

// sortTrigrams sorts sc.keys (packTrigram) of runes of width bits at most,
// and returns them sorted (in sc.keys or sc.tmp). A text of Latin letters
// has few distinct runes, all small: a radix sort, one pass per rune from
// the last to the first, does in three linear passes what a comparison
// sort does in n log n steps. sc.perRune holds how many trigrams have
// each rune in each place; sortTrigrams leaves it all zero.
func (sc *trigramScratch) sortTrigrams(width int) []uint64 {
	keys := sc.keys
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

// profileTable maps a trigram (packTrigram) to the profile entries it
// occurs in.
var profileTable = func() *trigramTable {
	byKey := map[uint64][]profileEntry{}
	for l, p := range trigramProfiles {
		for i, tg := range p.trigrams {
			if utf8.RuneCountInString(tg) != 3 {
				panic("trigram profile entry is not three runes: " + tg)
			}
			r := []rune(tg)
			k := packTrigram(r[0], r[1], r[2])
			byKey[k] = append(byKey[k], profileEntry{uint8(l), uint16(i)})
		}
	}
	t := new(trigramTable)
	if len(byKey) > len(t.keys)/2 {
		panic("trigramTable: too many trigrams") // make trigramTableBits larger
	}
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		i := trigramSlot(k)
		for t.keys[i] != 0 {
			i = (i + 1) % uint32(len(t.keys))
		}
		t.keys[i] = k
		t.spans[i] = [2]uint16{uint16(len(t.entries)), uint16(len(byKey[k]))}
		t.entries = append(t.entries, byKey[k]...)
	}
	return t
}()

const trigramTableBits = 12

// trigramTable is an open-addressed hash table of the profiles' trigrams,
// built once; no profile trigram packs to 0, the empty slot.
type trigramTable struct {
	keys    [1 << trigramTableBits]uint64
	spans   [1 << trigramTableBits][2]uint16 // start and length in entries
	entries []profileEntry
}

func trigramSlot(key uint64) uint32 {
	return uint32(key * 0x9e3779b97f4a7c15 >> (64 - trigramTableBits))
}

// find returns the profile entries of the trigram key, none if it is in
// no profile.
func (t *trigramTable) find(key uint64) []profileEntry {
	for i := trigramSlot(key); t.keys[i] != 0; i = (i + 1) % uint32(len(t.keys)) {
		if t.keys[i] == key {
			s := t.spans[i]
			return t.entries[s[0] : s[0]+s[1]]
		}
	}
	return nil
}
