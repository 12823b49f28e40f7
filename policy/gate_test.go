package policy

import (
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// gateTexts are texts built from the pieces the gates and scanners look
// at (digits, separators, dots, TLDs, plus signs), so that near misses are
// common: a gate must never say "cannot match" when the regex matches.
func gateTexts() []string {
	pieces := []string{"0", "1", "12", "123", "4567", "1234567", "-", " ", ".", "/", "+", "(", ")", "_", "a", "x",
		"com", "co", "it", "de", "uk", "shop", "www", "é", "\n", "114-1234567-1234567", "call ", "tel", "555", "0199", "555-0199", ".it/", ".me/x"}
	return append(randomTexts(1, 20000, 12, pieces), "", "+1 512-555-0147", "(415) 555-0199", "040 1234 5678", "shop.de", "see example.it/help",
		"amazon.com.", "x.co_uk", "order 114-1234567-1234567", "1114-1234567-12345678")
}

// randomTexts makes n texts of 1 to most pieces each, drawn with seed.
func randomTexts(seed int64, n, most int, pieces []string) []string {
	r := rand.New(rand.NewSource(seed))
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		var b strings.Builder
		for k := r.Intn(most); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

func TestGatesNeverMissAMatch(t *testing.T) {
	for _, s := range gateTexts() {
		for _, g := range []struct {
			name string
			gate bool
			re   *regexp.Regexp
		}{
			{"intl", mayIntlPhone(s), phoneIntl},
			{"na", mayNAPhone(s), phoneNA},
			{"national", mayNationalPhone(s), phoneNational},
		} {
			if !g.gate && g.re.MatchString(s) {
				t.Errorf("%s gate says no for %q, the regex matches", g.name, s)
			}
		}
		bare, word := mayBareDomain(s)
		if !bare && linkPatterns[2].re.MatchString(s) || !word && linkPatterns[3].re.MatchString(s) {
			t.Errorf("bare-domain gate says no for %q (bare %v, word %v), a pattern matches", s, bare, word)
		}
	}
}

func TestScanOrderIDs(t *testing.T) {
	re := regexp.MustCompile(defaultOrderID)
	for _, s := range gateTexts() {
		if got, want := scanOrderIDs(s), re.FindAllString(s, -1); !slices.Equal(got, want) {
			t.Errorf("scanOrderIDs(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLinkMatchesByToken: the bare-domain patterns run token by token and
// find exactly what they find on the whole text.
func TestLinkMatchesByToken(t *testing.T) {
	texts := gateTexts()
	pieces := []string{"shop.de", " ", "\t", "\n", "x.com/a b", "é.com", "a-b.co.uk", "www.x.it", "@", "mail@shop.de", ".", "\u00a0", "foo.me/x", "(see.com)"}
	texts = append(texts, randomTexts(2, 5000, 8, pieces)...)
	for _, s := range texts {
		for _, i := range []int{2, 3} {
			var got [][]int
			for m := range linkMatches(linkPatterns[i].re, s, true) {
				got = append(got, m)
			}
			want := linkPatterns[i].re.FindAllStringIndex(s, -1)
			if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
				t.Errorf("pattern %d on %q: by token %v, whole text %v", i, s, got, want)
			}
		}
	}
}

// TestEmailMatchesByToken: plain addresses found token by token are those
// found on the whole text.
func TestEmailMatchesByToken(t *testing.T) {
	texts := gateTexts()
	pieces := []string{"info@shop.de", "a", "@", ".", " ", "\n", "\t", "x.y@z.co.uk", "é@x.com", "mail@", "@host.com", "+", "_", "-", "(", "me@a.b"}
	texts = append(texts, randomTexts(3, 5000, 10, pieces)...)
	for _, s := range texts {
		var got [][]int
		for m := range tokenMatches(emailPlain, s, hasAt) {
			got = append(got, m)
		}
		if want := emailPlain.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal[[]int]) {
			t.Errorf("%q: by token %v, whole text %v", s, got, want)
		}
	}
}

// TestPhoneMatchesByRun: the phone patterns run on runs of phone
// characters find the matches with 7 digits or more (the only ones
// findPhones keeps) that they find on the whole text.
func TestPhoneMatchesByRun(t *testing.T) {
	for _, s := range gateTexts() {
		for _, re := range []*regexp.Regexp{phoneIntl, phoneNA, phoneNational} {
			var got, want [][]int
			for m := range phoneMatches(re, s) {
				if digits(s[m[0]:m[1]]) >= 7 {
					got = append(got, m)
				}
			}
			for _, m := range re.FindAllStringIndex(s, -1) {
				if digits(s[m[0]:m[1]]) >= 7 {
					want = append(want, m)
				}
			}
			if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
				t.Errorf("%s on %q: by run %v, whole text %v", re, s, got, want)
			}
		}
	}
}

// TestSpelledEmailGate: a spelled-out address always holds one of the
// spelled "at" words and one of the spelled "dot" words.
func TestSpelledEmailGate(t *testing.T) {
	pieces := []string{"info", " at ", " arroba ", " małpa ", "shop", " dot ", " punto ", " point ", "com", "de", " ", "at", "dot", ".", "x"}
	for _, s := range randomTexts(4, 20000, 10, pieces) {
		gate := containsAny(s, spelledAts) && containsAny(s, spelledDots)
		if !gate && emailSpelled.MatchString(s) {
			t.Errorf("gate says no for %q, emailSpelled matches", s)
		}
	}
}

// TestKeywordPhrasesFromLiterals: phrases found around their literal's
// occurrences (the pre-filter's path) are those the plain search finds.
func TestKeywordPhrasesFromLiterals(t *testing.T) {
	m, err := newKeywords([]string{"leave a review", "a review", "bla bla", "review*", "we  value your feedback", "x"})
	if err != nil {
		t.Fatal(err)
	}
	k := m.(*keywords)
	var ls litSet
	k.bind(&ls)
	a := newAho(ls.list)
	pieces := []string{"leave", "a", "review", "reviews", "bla", "we", "value", "your", "feedback", " ", "  ", "\n", " \n ", "x", "é", "-"}
	for _, text := range randomTexts(6, 20000, 14, pieces) {
		tx := NewText("", text)
		tx.pre, tx.scan = a, a.scan(tx.folded)
		collect := func(seen []bool) (out [][2]int) {
			k.find(tx, seen, func(s, e int) bool { out = append(out, [2]int{s, e}); return true })
			return out
		}
		if got, want := collect(tx.scan.seen), collect(nil); !slices.Equal(got, want) {
			t.Fatalf("%q: from literals %v, plain search %v", tx.folded, got, want)
		}
	}
}
