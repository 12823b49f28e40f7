package policy

import "strings"

// detectorLiterals are the literals the detectors test for with
// Text.contains: interned in the pre-filter, so that its single scan
// answers instead of a pass over the text per literal.
func detectorLiterals() []string {
	var out []string
	out = append(out, "@")
	out = append(out, bracketAts...)
	out = append(out, spelledDots...)
	out = append(out, spelledAts...)
	for _, lp := range linkPatterns {
		out = append(out, lp.lits...)
	}
	return out
}

// contains reports whether the folded text contains lit: from the
// pre-filter's scan when lit is one of its literals, else by searching.
func (t *Text) contains(lit string) bool {
	if t.scan != nil {
		if id, ok := t.pre.ids[lit]; ok {
			return t.scan.seen[id]
		}
	}
	return strings.Contains(t.folded, lit)
}

// containsAny reports whether the folded text contains one of lits.
func (t *Text) containsAny(lits []string) bool {
	for _, l := range lits {
		if t.contains(l) {
			return true
		}
	}
	return false
}

// Cheap gates for the detectors' regexes: byte checks for what every match
// of a pattern must contain. A pattern whose gate fails cannot match and
// is not run; the results are those of running every pattern.

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

// tldSet and wordTLDSet are the top-level domains of the bare-domain
// link patterns.
var (
	tldSet     = setOf(tlds)
	wordTLDSet = setOf(wordTLDs)
)

func setOf(alternation string) map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Split(alternation, "|") {
		m[t] = true
	}
	return m
}

// mayBareDomain reports whether a bare-domain pattern can match: a letter
// or digit, a dot, and a top-level domain that is a whole word (with a
// path: one of the word TLDs followed by '/'). bare is for the TLD list,
// word for the word-TLD list.
func mayBareDomain(s string) (bare, word bool) {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		if i > 0 && (isDigit(s[i-1]) || 'a' <= s[i-1] && s[i-1] <= 'z') {
			j := i + 1
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			run := s[i+1 : j]
			if tldSet[run] {
				bare = true
			}
			if j < len(s) && s[j] == '/' && wordTLDSet[run] {
				word = true
			}
			if bare && word {
				return
			}
		}
		k := strings.IndexByte(s[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return
}
