package audit

import (
	"sync/atomic"
	"unicode"
)

// runeInfo is what the language scan needs to know of a non-ASCII rune,
// as counts to add to scripts: whether it is white space (it ends a word),
// and how scripts.addRune counts it. Japanese, Chinese and Arabic texts
// are made of such runes, and asking the unicode tables about each (space?
// Latin? kana? Han? letter? Common?) cost more than the rest of their scan.
type runeInfo uint8

const (
	runeLetters runeInfo = 3      // how many letters it counts for: 0, 1 or 3
	runeLatin   runeInfo = 1 << 2 // a Latin letter
	runeKana    runeInfo = 1 << 3
	runeHan     runeInfo = 1 << 4
	runeOther   runeInfo = 1 << 5 // a script other than Latin, Common and Inherited
	runeSpace   runeInfo = 1 << 6
)

// infoOf computes a rune's runeInfo from the unicode tables.
func infoOf(r rune) runeInfo {
	if unicode.IsSpace(r) {
		return runeSpace
	}
	var sc scripts
	sc.addRune(r)
	info := runeInfo(sc.letters)
	if sc.latin > 0 {
		info |= runeLatin
	}
	if sc.kana > 0 {
		info |= runeKana
	}
	if sc.han > 0 {
		info |= runeHan
	}
	if sc.other {
		info |= runeOther
	}
	return info
}

// runePages caches infoOf for the Basic Multilingual Plane, one page of
// 256 runes at a time, filled when a text first needs it: a run touches
// a few dozen pages. Two goroutines may fill the same page at once; both
// compute the same values and either copy is kept.
var runePages [0x10000 >> 8]atomic.Pointer[[256]runeInfo]

// infoOfRune is infoOf, cached.
func infoOfRune(r rune) runeInfo {
	if uint32(r) < 0x10000 {
		if page := runePages[r>>8].Load(); page != nil {
			return page[r&0xff]
		}
	}
	return infoOfNew(r)
}

// infoOfNew is infoOfRune the first time a page is needed, or outside the
// Basic Multilingual Plane.
func infoOfNew(r rune) runeInfo {
	if uint32(r) >= 0x10000 {
		return infoOf(r)
	}
	page := new([256]runeInfo)
	base := r &^ 0xff
	for i := range page {
		page[i] = infoOf(base + rune(i))
	}
	runePages[r>>8].Store(page)
	return page[r&0xff]
}

// addInfo counts a rune of the given info, as scripts.addRune does.
func (sc *scripts) addInfo(info runeInfo) {
	sc.letters += int(info & runeLetters)
	if info&runeLatin != 0 {
		sc.latin++
	}
	if info&runeKana != 0 {
		sc.kana++
	}
	if info&runeHan != 0 {
		sc.han++
	}
	if info&runeOther != 0 {
		sc.other = true
	}
}
