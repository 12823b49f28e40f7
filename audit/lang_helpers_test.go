package audit

import (
	"strings"
	"unicode/utf8"
)

// The forms of the language stages the tests look at one at a time;
// detectFor does all of them in one pass (langScan).

// scanScripts counts the letters of text as the scan does (kana and Han
// three times each, see minLetters), by the unicode tables.
func scanScripts(text string) scripts {
	var sc scripts
	for _, r := range text {
		if r < utf8.RuneSelf {
			if isASCIILetter(byte(r)) {
				sc.letters++
				sc.latin++
			}
			continue
		}
		sc.addRune(r)
	}
	return sc
}

// langText removes what is not language from a message: URLs and domains,
// email addresses, words with digits (order IDs, codes, prices), bracketed
// tags and reply prefixes.
func langText(s string) string {
	var l langScan
	l.add(s)
	return l.text()
}

// confirmLanguage reports whether text (langText's words) is clearly in
// want, a Latin-script marketplace language. detectFor counts the words as
// it builds the text instead.
func confirmLanguage(text, want string) bool {
	var c wordCount
	for w := range strings.SplitSeq(text, " ") { // langText's separator
		if w != "" {
			c.add(w)
		}
	}
	return c.confirms(stopwordIndex(want))
}
