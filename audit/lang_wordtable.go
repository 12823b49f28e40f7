package audit

// wordTable maps words of up to 8 bytes, packed in an integer (packWord),
// to small numbers: a cuckoo hash table, built once. A word has two
// possible slots and is in one of them, so a look-up reads both and
// decides without a branch: function words are about half of a text's
// words, and a branch on "found or not" was mispredicted as often.
type wordTable struct {
	keys [1 << wordTableBits]uint64 // 0: an empty slot (no word packs to 0)
	vals [1 << wordTableBits]uint8
}

const wordTableBits = 10

// wordSlots are the two slots of key, by two multiplicative hashes.
func wordSlots(key uint64) (uint64, uint64) {
	const shift = 64 - wordTableBits
	return key * 0x9e3779b97f4a7c15 >> shift, key * 0xc2b2ae3d27d4eb4f >> shift
}

// put adds key: into a free slot of its two, or into the first, the word
// there moving to its other slot, and so on.
func (t *wordTable) put(key uint64, v uint8) {
	i, j := wordSlots(key)
	if t.keys[i] != 0 {
		i = j
	}
	for range 100 {
		if t.keys[i] == 0 {
			t.keys[i], t.vals[i] = key, v
			return
		}
		t.keys[i], key = key, t.keys[i]
		t.vals[i], v = v, t.vals[i]
		if a, b := wordSlots(key); a == i {
			i = b
		} else {
			i = a
		}
	}
	panic("wordTable: no slot left") // make wordTableBits larger
}

// find returns the number of the word packed in key, 0 if it has none.
func (t *wordTable) find(key uint64) uint8 {
	i, j := wordSlots(key)
	return t.vals[i]&^otherMask(t.keys[i], key) | t.vals[j]&^otherMask(t.keys[j], key)
}

// otherMask is 0 when a == b and 0xff otherwise, without a branch.
func otherMask(a, b uint64) uint8 {
	x := a ^ b
	return uint8(int64(x|-x) >> 63)
}
