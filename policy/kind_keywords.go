package policy

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// KindKeywords matches literal phrases. Keywords are folded like the text
// (case-insensitive); a keyword edge that is a letter or digit must sit on a
// word boundary, except for scripts written without spaces (Han, Hiragana,
// Katakana, Hangul, Thai), so "avis" does not match "avisé" but "レビュー"
// matches inside a Japanese sentence. Spaces in a keyword match any run of
// spaces (and a newline). A keyword ending in "*" is a stem: it matches any
// word that starts with it ("bewert*" matches "bewerten", "Bewertung"), so
// one entry covers a word family in languages that inflect.
const KindKeywords = "keywords"

type keywords struct {
	words []string
	stem  []bool   // words[i] ended in "*": match to the end of the word
	lit   []string // per word: its longest part without spaces (pre-filter)
	ids   []int32  // lit's ids in the policy's pre-filter (bind)
	// before are, per phrase, its words before the literal's (see each).
	before [][]string
}

func newKeywords(patterns []string) (matcher, error) {
	k := &keywords{}
	for i, p := range patterns {
		w := strings.Join(strings.Fields(foldString(p)), " ")
		stem := strings.HasSuffix(w, "*")
		w = strings.TrimSpace(strings.TrimSuffix(w, "*"))
		if w == "" {
			return nil, &patternError{index: i, err: fmt.Errorf("empty keyword")}
		}
		k.words = append(k.words, w)
		k.stem = append(k.stem, stem)
		lit := longestPart(w)
		k.lit = append(k.lit, lit)
		parts := strings.Split(w, " ")
		k.before = append(k.before, parts[:slices.Index(parts, lit)])
	}
	return k, nil
}

// literals are the words' longest space-free parts: a space in a keyword
// matches a newline too, so the whole phrase may not occur literally.
func (k *keywords) literals() []string { return k.lit }

func (k *keywords) bind(ls *litSet) { k.ids = ls.idsOf(k.lit) }

// longestPart is the longest part of w between spaces.
func longestPart(w string) string {
	best := ""
	for _, p := range strings.Fields(w) {
		if len(p) > len(best) {
			best = p
		}
	}
	return best
}

func (k *keywords) find(t *Text, seen []bool, yield func(start, end int) bool) {
	s := t.folded
	for i, w := range k.words {
		if seen != nil && k.ids != nil && !seen[k.ids[i]] {
			continue
		}
		if seen != nil && k.ids != nil {
			// The pre-filter's scan has every occurrence of the literal:
			// a word without spaces is its own literal, a phrase is found
			// around its literal.
			if !k.each(t, i, yield) {
				return
			}
			continue
		}
		for from := 0; from < len(s); {
			start, end := indexSpaced(s, w, from)
			if start < 0 {
				break
			}
			if k.stem[i] {
				end = wordEnd(s, end)
			}
			if boundary(s, start, end) && !yield(start, end) {
				return
			}
			_, size := utf8.DecodeRuneInString(s[start:])
			from = start + size
		}
	}
}

// indexSpaced finds w in s from offset from, letting each single space of w
// match a run of white space in s. It returns -1, -1 when there is none.
func indexSpaced(s, w string, from int) (int, int) {
	first, _, _ := strings.Cut(w, " ")
	for from < len(s) {
		i := strings.Index(s[from:], first)
		if i < 0 {
			return -1, -1
		}
		start := from + i
		if end, ok := matchSpaced(s, w, start); ok {
			return start, end
		}
		_, size := utf8.DecodeRuneInString(s[start:])
		from = start + size
	}
	return -1, -1
}

// matchSpaced matches w at s[pos:], spaces in w matching runs of space.
func matchSpaced(s, w string, pos int) (int, bool) {
	i := pos
	for j := 0; j < len(w); j++ {
		if w[j] == ' ' {
			n := i
			for n < len(s) && (s[n] == ' ' || s[n] == '\n') {
				n++
			}
			if n == i {
				return 0, false
			}
			i = n
			continue
		}
		if i >= len(s) || s[i] != w[j] {
			return 0, false
		}
		i++
	}
	return i, true
}

// boundary reports whether s[start:end] starts and ends at word edges.
func boundary(s string, start, end int) bool {
	first, _ := utf8.DecodeRuneInString(s[start:])
	last, _ := utf8.DecodeLastRuneInString(s[:end])
	if wordy(first) && start > 0 {
		prev, _ := utf8.DecodeLastRuneInString(s[:start])
		if wordy(prev) {
			return false
		}
	}
	if wordy(last) && end < len(s) {
		next, _ := utf8.DecodeRuneInString(s[end:])
		if wordy(next) {
			return false
		}
	}
	return true
}

// wordEnd extends a stem's match to the end of its word.
func wordEnd(s string, end int) int {
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !wordy(r) {
			break
		}
		end += size
	}
	return end
}

// wordy is a letter or digit of a script that separates words with spaces.
func wordy(r rune) bool {
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	return !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
}

// each yields the matches of keyword i from the occurrences of its literal
// found by the pre-filter; false when yield asked to stop. For a phrase,
// the literal is one of its words: the phrase's start is found by walking
// back over the words before it (each space of the phrase matching a run
// of white space, as matchSpaced does), then the whole phrase is checked
// from there. The starts come in order, so the matches are those of the
// search from the left.
func (k *keywords) each(t *Text, i int, yield func(start, end int) bool) bool {
	s, w := t.folded, k.words[i]
	lit, before := k.lit[i], k.before[i]
	var buf [32]int
	last := -1
	for _, o := range t.starts(k.ids[i:i+1], buf[:0]) {
		start, end := o, o+len(w)
		if lit != w {
			var ok bool
			if start, ok = phraseStart(s, o, before); !ok || start <= last {
				continue
			}
			if end, ok = matchSpaced(s, w, start); !ok {
				continue
			}
		}
		last = start
		if k.stem[i] {
			end = wordEnd(s, end)
		}
		if boundary(s, start, end) && !yield(start, end) {
			return false
		}
	}
	return true
}

// phraseStart walks back from offset o over the words before (the nearest
// last), each preceded by a run of spaces or newlines, and returns where
// the first of them starts.
func phraseStart(s string, o int, before []string) (int, bool) {
	pos := o
	for j := len(before) - 1; j >= 0; j-- {
		n := pos
		for n > 0 && (s[n-1] == ' ' || s[n-1] == '\n') {
			n--
		}
		if n == pos || !strings.HasSuffix(s[:n], before[j]) {
			return 0, false
		}
		pos = n - len(before[j])
	}
	return pos, true
}
