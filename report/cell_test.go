package report

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCellText(t *testing.T) {
	long := strings.Repeat("x", maxCellChars+10)
	emoji := strings.Repeat("😀", 20000) // 2 UTF-16 units each
	tests := []struct {
		name, in, want string
	}{
		{"plain", "hello", "hello"},
		{"formula stays as is", "=1+1", "=1+1"},
		{"tab newline cr kept", "a\tb\nc\rd", "a\tb\nc\rd"},
		{"vertical tab", "a\x0Bb", `a\x0Bb`},
		{"nul and escape", "\x00x\x1b", `\x00x\x1B`},
		{"noncharacter", "a\uFFFEb", `a\uFFFEb`},
		{"invalid utf-8", "a\xffb", `a\xFFb`},
		{"umlaut kept", "Grüße", "Grüße"},
		{"other scripts kept", "ご注文 مرحبا Dzień", "ご注文 مرحبا Dzień"},
		{"noncharacters among other scripts", "日本\uFFFE語\uFFFF", `日本\uFFFE語\uFFFF`},
		{"invalid utf-8 after a rune", "é\xff", `é\xFF`},
		{"control among other scripts", "日本\x0B", `日本\x0B`},
		{"exactly the limit", long[:maxCellChars], long[:maxCellChars]},
		{"over the limit", long, long[:maxCellChars-utf16Len(truncMarker)] + truncMarker},
	}
	for _, tc := range tests {
		if got := cellText(tc.in); got != tc.want {
			t.Errorf("%s: cellText(%.40q) = %.60q, want %.60q", tc.name, tc.in, got, tc.want)
		}
	}
	got := cellText(emoji)
	if n := utf16Len(got); n > maxCellChars || n < maxCellChars-1 || !strings.HasSuffix(got, truncMarker) {
		t.Errorf("emoji text cut to %d units, want %d with the marker", n, maxCellChars)
	}
	if !strings.HasPrefix(got, "😀😀") || strings.ContainsRune(got, '\uFFFD') {
		t.Error("emoji text split a character")
	}
}

// TestCleanWordAtATime checks isCleanShort and xmlClean, which look at
// eight bytes at a time, against a byte-by-byte reading, with each kind of
// byte at every position of the words and of the tail.
func TestCleanWordAtATime(t *testing.T) {
	ctl := func(b byte) bool { return b < 0x20 && b != '\t' && b != '\n' && b != '\r' }
	wantShort := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 || ctl(s[i]) {
				return false
			}
		}
		return len(s) <= maxCellChars
	}
	wantXML := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if ctl(s[i]) {
				return false
			}
		}
		return utf8.ValidString(s) && !hasNonCharacter(s)
	}
	for _, ins := range []string{"\x00", "\x01", "\x1f", "\t", "\n", "\r", " ", "~", "\x7f", "é", "\xff", "\uffff", "日"} {
		for n := 0; n <= 19; n++ {
			for at := 0; at <= n; at++ {
				base := strings.Repeat("a", n)
				s := base[:at] + ins + base[at:]
				if got := isCleanShort(s); got != wantShort(s) {
					t.Errorf("isCleanShort(%q) = %v", s, got)
				}
				if got := xmlClean(s); got != wantXML(s) {
					t.Errorf("xmlClean(%q) = %v", s, got)
				}
			}
		}
	}
	if isCleanShort(strings.Repeat("a", maxCellChars+1)) {
		t.Error("isCleanShort accepts text longer than a cell")
	}
}
