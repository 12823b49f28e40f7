package audit

// nearOrderIDAt is nearOrderID's match starting at s[i], as its leftmost-first
// (backtracking) semantics choose it: `\b\d{3}[ -]?\d{5,9}[ -]?\d{5,9}\b`.
// It returns the match's end, or -1. The optional separators are greedy
// (tried present first), the counted runs greedy (longest first).
func nearOrderIDAt(s string, i int) int {
	if i > 0 && isWordByte(s[i-1]) || digitRun(s, i) < 3 {
		return -1
	}
	p1 := skipSeparator(s, i+3)
	for k2 := min(9, digitRun(s, p1)); k2 >= 5; k2-- {
		p3 := skipSeparator(s, p1+k2)
		// The last run must end where the digits do: a shorter one stops
		// before a digit, a word byte, and fails the \b.
		if k3 := digitRun(s, p3); 5 <= k3 && k3 <= 9 {
			if e := p3 + k3; e == len(s) || !isWordByte(s[e]) {
				return e
			}
		}
	}
	return -1
}

// skipSeparator is where a digit run may start after an optional [ -] at
// s[p]. The regexp tries the separator taken first, then not taken; but
// not taken, a digit would have to stand at p where the separator is, so
// only one branch can match.
func skipSeparator(s string, p int) int {
	if p < len(s) && (s[p] == ' ' || s[p] == '-') {
		return p + 1
	}
	return p
}

// digitRun counts the ASCII digits from s[p], up to 10 (enough to tell a
// run longer than 9).
func digitRun(s string, p int) int {
	n := 0
	for p+n < len(s) && n < 10 && '0' <= s[p+n] && s[p+n] <= '9' {
		n++
	}
	return n
}

// findNearOrderID is nearOrderID.FindString(subject + "\n" + body)
// without the regexp and without joining: a match holds only digits,
// spaces and hyphens, so no match crosses the newline, which bounds a word
// as the start or end of a text does.
func findNearOrderID(subject, body string) string {
	if m := findNearOrderIDIn(subject); m != "" {
		return m
	}
	return findNearOrderIDIn(body)
}

func findNearOrderIDIn(s string) string {
	for i := 0; i+13 <= len(s); i++ { // a match has at least 13 bytes
		if '0' <= s[i] && s[i] <= '9' {
			if e := nearOrderIDAt(s, i); e >= 0 {
				return s[i:e]
			}
		}
	}
	return ""
}

// isWordByte: \b's ASCII word characters.
func isWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}
