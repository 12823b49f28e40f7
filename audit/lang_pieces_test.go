package audit

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// Tests of the fast pieces of language detection one at a time, each
// against the plain code it replaces.

// TestRuneInfoIsUnicode: the cached rune information counts every rune
// (and the RuneError of invalid UTF-8) as the unicode tables say.
func TestRuneInfoIsUnicode(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		var got, want scripts
		info := infoOfRune(r)
		got.addInfo(info &^ runeSpace)
		if info&runeSpace == 0 {
			want.addRune(r)
		}
		if got != want || info&runeSpace != 0 != unicode.IsSpace(r) {
			t.Fatalf("rune %U: info %b counts %+v, unicode %+v (space %v)", r, info, got, want, unicode.IsSpace(r))
		}
	}
}

// refNormalizeLanguage is NormalizeLanguage by the book.
func refNormalizeLanguage(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_. @"); i >= 0 {
		s = s[:i]
	}
	switch len(s) {
	case 2:
		if s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' {
			return s
		}
	case 3:
		if code, ok := iso6392[s]; ok {
			return code
		}
	}
	return languageNames[s]
}

// TestNormalizeLanguageIsReference: the allocation-free NormalizeLanguage
// answers as the reference on random codes, names and junk.
func TestNormalizeLanguageIsReference(t *testing.T) {
	pieces := []string{"en", "EN", "En", "de", "zh", "pt", "eng", "GER", "dut", "Chi", "German", "english", "ARABIC",
		"-", "_", ".", " ", "@", "US", "Hans", "K", "İ", "ı", "é", "\xff", "\t", "\u00a0", "1", "x", "zz", ""}
	r := rand.New(rand.NewSource(5))
	for i := 0; i < 100000; i++ {
		var b strings.Builder
		for n := r.Intn(5); n >= 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		if got, want := NormalizeLanguage(b.String()), refNormalizeLanguage(b.String()); got != want {
			t.Fatalf("NormalizeLanguage(%q) = %q, reference %q", b.String(), got, want)
		}
	}
}

// TestLetterRun: the 8-at-a-time count of leading letters is the count
// one byte at a time, for every byte at every place.
func TestLetterRun(t *testing.T) {
	r := rand.New(rand.NewSource(9))
	for i := 0; i < 300000; i++ {
		var b [8]byte
		for k := range b {
			b[k] = byte(r.Intn(256))
			if r.Intn(2) == 0 {
				b[k] = "aZzAmQ"[r.Intn(6)]
			}
		}
		if i < 256*8 { // every byte value at every place, after letters
			b = [8]byte{'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'}
			b[i/256] = byte(i % 256)
		}
		want := 0
		for want < 8 && isASCIILetter(b[want]) {
			want++
		}
		if got := letterRun(load64(string(b[:]), 0)); got != want {
			t.Fatalf("letterRun(%q) = %d, want %d", b, got, want)
		}
	}
}

// TestStopwordOf: every function word of one language is found with its
// language, and in any case by the ASCII path; words of two languages and
// other words are not.
func TestStopwordOf(t *testing.T) {
	all := map[string]bool{}
	for _, lang := range stopwordLangs {
		for _, w := range strings.Fields(stopwords[lang]) {
			all[w] = true
		}
	}
	for w := range all {
		if want, got := refStopwords[w], int(stopwordOf([]byte(w))); got != want {
			t.Errorf("stopwordOf(%q) = %d, want %d", w, got, want)
		}
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !isASCII(v) {
				continue
			}
			var got, want wordCount
			got.addASCII(v, 0, len(v))
			want.words = 1
			want.count[refStopwords[strings.ToLower(v)]]++
			if got.words != 1 || [15]int(got.count[1:]) != [15]int(want.count[1:]) {
				t.Errorf("addASCII(%q) counts %v, want %v", v, got.count, want.count)
			}
		}
		for _, v := range []string{w + "x", "x" + w, w[:len(w)-1]} {
			if _, ok := refStopwords[v]; !ok && stopwordOf([]byte(v)) != 0 {
				t.Errorf("stopwordOf(%q) = %d, want 0", v, stopwordOf([]byte(v)))
			}
		}
	}
}

// TestLowerRunes: the table of lower cases is unicode.ToLower.
func TestLowerRunes(t *testing.T) {
	for r := range rune(len(lowerRunes)) {
		if got, want := rune(lowerRunes[r]), unicode.ToLower(r); got != want {
			t.Fatalf("lowerRunes[%U] = %U, unicode.ToLower %U", r, got, want)
		}
	}
}

// TestProfileIndex: every trigram of every profile that a text can hold
// finds exactly its entries (language and rank), whatever padding comes
// with them; other trigrams find padding only.
func TestProfileIndex(t *testing.T) {
	want := map[uint64]map[uint16]bool{}
	for l, p := range trigramProfiles {
		for i, tg := range p.trigrams {
			r := []rune(tg)
			if trigramRune(r[0]) != r[0] || trigramRune(r[1]) != r[1] || trigramRune(r[2]) != r[2] {
				continue // never in a text: made of runes trigramRune does not give
			}
			key := packTrigram(r[0], r[1], r[2])
			if want[key] == nil {
				want[key] = map[uint16]bool{}
			}
			want[key][uint16(l)<<profileLangShift|uint16(i)] = true
		}
	}
	found := func(key uint64) map[uint16]bool {
		got := map[uint16]bool{}
		for _, g := range profileIndex.find(key) {
			for _, e := range g {
				if lang := e >> profileLangShift; lang < profileSpare {
					got[e] = true
				} else if lang > profileSpare+3 {
					t.Fatalf("entry of language %d", lang)
				}
			}
		}
		return got
	}
	for key, entries := range want {
		if got := found(key); len(got) != len(entries) {
			t.Errorf("%x: %d entries, want %d", key, len(got), len(entries))
		} else {
			for e := range entries {
				if !got[e] {
					t.Errorf("%x: entry %x missing", key, e)
				}
			}
		}
	}
	r := rand.New(rand.NewSource(13))
	runes := []rune(" abcxyzéüßłşı’ωあ\u0200\u01ff")
	for range 100000 {
		key := packTrigram(runes[r.Intn(len(runes))], runes[r.Intn(len(runes))], runes[r.Intn(len(runes))])
		if _, ok := want[key]; !ok && len(found(key)) != 0 {
			t.Fatalf("%x found in no profile has entries %v", key, found(key))
		}
	}
}
