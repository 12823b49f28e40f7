package policy

import "strings"

// A litGroup is a list of detector literals whose presence one gate asks
// about: the literal gates of the email and link detectors.
type litGroup uint8

const (
	litAt          litGroup = iota // "@"
	litBracketAt                   // bracketAts
	litSpelledDot                  // spelledDots
	litSpelledAt                   // spelledAts
	litScheme                      // the URL pattern's "://"
	litWWW                         // the www. pattern's "www."
	litSpelledLink                 // the spelled-out link's " dot " words
	nLitGroups
)

// litGroups are the groups' literals.
var litGroups = [nLitGroups][]string{
	litAt:          {"@"},
	litBracketAt:   bracketAts,
	litSpelledDot:  spelledDots,
	litSpelledAt:   spelledAts,
	litScheme:      linkPatterns[0].lits,
	litWWW:         linkPatterns[1].lits,
	litSpelledLink: linkPatterns[4].lits,
}

// detectorLiterals are the literals the detectors test for with
// Text.has: interned in the pre-filter, so that its single scan answers
// instead of a pass over the text per literal.
func detectorLiterals() []string {
	var out []string
	for _, g := range litGroups {
		out = append(out, g...)
	}
	return out
}

// groupIDs are the pre-filter ids of the groups' literals (-1 for a
// literal the pre-filter lacks), resolved once when the pre-filter is
// built (buildPrefilter): looking each literal up in the pre-filter's map
// cost more than the detectors' other work on a message without contact
// details.
type groupIDs [nLitGroups][]int32

func groupIDsOf(ids map[string]int32) *groupIDs {
	var g groupIDs
	for i, lits := range litGroups {
		for _, l := range lits {
			id, ok := ids[l]
			if !ok {
				id = -1
			}
			g[i] = append(g[i], id)
		}
	}
	return &g
}

// has reports whether the folded text contains one of group g's
// literals: from the pre-filter's scan when there was one, else by
// searching.
func (t *Text) has(g litGroup) bool {
	if t.scan == nil {
		return containsAny(t.folded, litGroups[g])
	}
	for i, id := range t.pre.groups[g] {
		if id >= 0 && t.scan.seen[id] || id < 0 && strings.Contains(t.folded, litGroups[g][i]) {
			return true
		}
	}
	return false
}

// Cheap gates for the detectors' regexes: byte checks for what every match
// of a pattern must contain. A pattern whose gate fails on a string cannot
// match in it and is not run; the results are those of running every
// pattern. The gates hold for any string, so the detectors ask them about
// the windows they run a pattern on, not only about the whole text.

// isWordByte is a word character of RE2's ASCII \b.
func isWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// mayIntlPhone: phoneIntl needs a '+' followed by a digit.
func mayIntlPhone(s string) bool {
	for i := strings.IndexByte(s, '+'); i >= 0 && i+1 < len(s); {
		if isDigit(s[i+1]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '+')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// mayNAPhone: phoneNA ends in three digits, a separator, four digits and a
// word boundary.
func mayNAPhone(s string) bool {
	for i := 0; i+8 <= len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		if isDigit(s[i+1]) && isDigit(s[i+2]) && isSep(s[i+3]) && isDigit(s[i+4]) && isDigit(s[i+5]) &&
			isDigit(s[i+6]) && isDigit(s[i+7]) && (i+8 == len(s) || !isWordByte(s[i+8])) {
			return true
		}
	}
	return false
}

func isSep(c byte) bool { return c == ' ' || c == '.' || c == '-' }

// mayNationalPhone: phoneNational starts with a 0 on a word boundary and
// another digit.
func mayNationalPhone(s string) bool {
	for i := strings.IndexByte(s, '0'); i >= 0 && i+1 < len(s); {
		if isDigit(s[i+1]) && (i == 0 || !isWordByte(s[i-1])) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '0')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// mayNational7 is mayNationalPhone for the matches findPhones keeps, those
// with 7 digits or more: in the runs of digits it is asked about (dates,
// order IDs), a 0 on a word boundary is common, a national number is not.
// A match starts with a 0 on a word boundary, 1 to 4 more digits, a
// separator and two digits, and the rest of the run must hold the other
// digits.
func mayNational7(s string) bool {
	for i := strings.IndexByte(s, '0'); i >= 0; {
		if i == 0 || !isWordByte(s[i-1]) {
			j := i + 1
			for j < len(s) && j <= i+5 && isDigit(s[j]) {
				j++
			}
			if j > i+1 && j <= i+5 && j+2 < len(s) && (s[j] == ' ' || s[j] == '/' || s[j] == '-') &&
				isDigit(s[j+1]) && isDigit(s[j+2]) && digits(s[i:]) >= 7 {
				return true
			}
		}
		k := strings.IndexByte(s[i+1:], '0')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// tldSet and wordTLDSet are the top-level domains of the bare-domain
// link patterns; tldLens are the lengths they come in.
var (
	tldSet     = setOf(tlds)
	wordTLDSet = setOf(wordTLDs)
	tldLens    = lengthsOf(tlds + "|" + wordTLDs)
)

func setOf(alternation string) map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Split(alternation, "|") {
		m[t] = true
	}
	return m
}

// lengthsOf is the set of the alternatives' lengths, as bits.
func lengthsOf(alternation string) (bits uint64) {
	for _, t := range strings.Split(alternation, "|") {
		bits |= 1 << min(len(t), 63)
	}
	return bits
}

// mayBareDomain reports whether a bare-domain pattern can match: a letter
// or digit, a dot, and a top-level domain that is a whole word (with a
// path: one of the word TLDs followed by '/'). bare is for the TLD list,
// word for the word-TLD list.
func mayBareDomain(s string) (bare, word bool) {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		b, w := domainDot(s, i)
		bare, word = bare || b, word || w
		if bare && word {
			return
		}
		k := strings.IndexByte(s[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return
}

// domainDot is mayBareDomain for the dot at s[i]. Most dots end a
// sentence: the word after them is empty, and no set is asked.
func domainDot(s string, i int) (bare, word bool) {
	if i == 0 || !isDigit(s[i-1]) && (s[i-1] < 'a' || 'z' < s[i-1]) {
		return false, false
	}
	j := i + 1
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	if n := j - i - 1; n >= 64 || tldLens&(1<<n) == 0 {
		return false, false
	}
	run := s[i+1 : j]
	return tldSet[run], j < len(s) && s[j] == '/' && wordTLDSet[run]
}
