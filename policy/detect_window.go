package policy

import (
	"hash/maphash"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
)

// The detectors' regexps are slow on a whole message, and most messages
// hold nothing they could match. So each regexp runs only on windows: the
// maximal runs of the bytes its matches are made of (a byteSet) around a
// place where a match could be (a literal it must contain). Every match of
// the regexp on the whole text lies inside one window, and a window is
// searched with one byte of the text on each side, which no match can take
// (it is not in the set) but which \b sees as it sees it in the whole text
// (a byte of a multi-byte rune, alone, is not a word character, nor is the
// rune). FindAllStringIndex on the windows, in order, thus finds what it
// finds on the whole text: where a match can start, and how far it goes,
// depend only on its window.

// byteSet is a set of bytes.
type byteSet [256]bool

// bytesOf is the set of the bytes in chars, plus those ranges adds.
func bytesOf(chars string, ranges ...[2]byte) *byteSet {
	var s byteSet
	for i := 0; i < len(chars); i++ {
		s[chars[i]] = true
	}
	for _, r := range ranges {
		for c := int(r[0]); c <= int(r[1]); c++ {
			s[c] = true
		}
	}
	return &s
}

var (
	lowerDigits = [2]byte{'a', 'z'}
	digitRange  = [2]byte{'0', '9'}
	nonASCII    = [2]byte{0x80, 0xff}

	// tokenBytes are all but RE2's \s: a token is a window for a pattern
	// none of whose matches holds white space.
	tokenBytes = func() *byteSet {
		s := bytesOf("", [2]byte{0, 0xff})
		for _, c := range "\t\n\f\r " {
			s[c] = false
		}
		return s
	}()
	// spelledLinkBytes make up linkPatterns[4]'s matches.
	spelledLinkBytes = bytesOf("-/ ", lowerDigits, digitRange)
	// bracketEmailBytes make up emailBracket's matches.
	bracketEmailBytes = bytesOf("._-\t\n\f\r ([{<)]}>", lowerDigits, digitRange)
	// spelledEmailBytes make up emailSpelled's matches ("małpa" is not
	// ASCII: every non-ASCII byte is in, so no window splits a rune).
	spelledEmailBytes = bytesOf("._- ", lowerDigits, digitRange, nonASCII)
)

// around returns the window of set's bytes around s[i] (empty when s[i] is
// not in set).
func around(s string, i int, set *byteSet) (lo, hi int) {
	lo, hi = i, i
	for lo > 0 && set[s[lo-1]] {
		lo--
	}
	for hi < len(s) && set[s[hi]] {
		hi++
	}
	return lo, hi
}

// windowMatches calls fn with re's matches in the window s[lo:hi], as
// offsets in s, searching it with a byte of context on each side. The
// matches come from windowCache when re searched the same bytes before;
// key tells re's windows from other regexps' windows there.
func windowMatches(re *regexp.Regexp, s string, lo, hi int, key windowKey, fn func(start, end int)) {
	a, b := max(lo-1, 0), min(hi+1, len(s))
	w := s[a:b]
	if len(w) > maxCachedWindow {
		for _, m := range re.FindAllStringIndex(w, -1) {
			fn(a+m[0], a+m[1])
		}
		return
	}
	slot := &windowCache[(maphash.String(cacheSeed, w)+uint64(key)*0x9e3779b97f4a7c15)%uint64(len(windowCache))]
	e := slot.Load()
	if e == nil || e.re != re || e.w != w {
		e = &cachedWindow{re: re, w: strings.Clone(w)}
		for _, m := range re.FindAllStringIndex(w, -1) {
			e.matches = append(e.matches, [2]int{m[0], m[1]})
		}
		slot.Store(e)
	}
	for _, m := range e.matches {
		fn(a+m[0], a+m[1])
	}
}

// windowCache remembers, per slot, the matches of one regexp in one window
// (as searched, context bytes included): a seller's links, addresses and
// phone numbers are mostly the same in message after message, and running
// the regexps took longer than all else the detectors do. A slot is
// replaced, never changed, so readers need no lock. FindAllStringIndex is
// a pure function of the regexp and the window, so a hit gives what a
// search would.
var windowCache [1024]atomic.Pointer[cachedWindow]

// maxCachedWindow bounds the windows (and the memory) the cache keeps.
const maxCachedWindow = 128

var cacheSeed = maphash.MakeSeed()

type cachedWindow struct {
	re      *regexp.Regexp
	w       string
	matches [][2]int // offsets in w
}

// A windowKey spreads each regexp's windows over windowCache's slots: the
// link patterns search the same tokens, and would take each other's slot.
type windowKey uint8

const (
	keyScheme windowKey = iota
	keyWWW
	keyBareDomain
	keyWordDomain
	keySpelledLink
	keyPlainEmail
	keyBracketEmail
	keySpelledEmail
	keyIntlPhone
	keyNAPhone
	keyNationalPhone
)

// A windowSearch is how a detector regexp runs on windows: around the
// occurrences of literals one of which each of its matches contains, in
// the runs of the bytes its matches are made of.
type windowSearch struct {
	re   *regexp.Regexp
	lits []string
	set  *byteSet
	key  windowKey
	// place, when set, tells whether the occurrence s[i:j] of a literal
	// is where a match can be: what must be next to the literal in a
	// match (windows without such a place are not searched).
	place func(s string, i, j int) bool
}

// each calls fn with the matches of w.re in s, all of them, in text order
// (as FindAllStringIndex on s), searching each window once.
func (w *windowSearch) each(s string, fn func(start, end int)) {
	var buf [16]int
	at := buf[:0]
	for _, l := range w.lits {
		for i := 0; ; {
			j := strings.Index(s[i:], l)
			if j < 0 {
				break
			}
			if w.place == nil || w.place(s, i+j, i+j+len(l)) {
				at = append(at, i+j)
			}
			i += j + 1
		}
	}
	if len(w.lits) > 1 {
		slices.Sort(at)
	}
	end := -1
	for _, i := range at {
		if i < end {
			continue // in the last window
		}
		lo, hi := around(s, i, w.set)
		if lo < hi {
			windowMatches(w.re, s, lo, hi, w.key, fn)
		}
		end = max(hi, i+1)
	}
}
