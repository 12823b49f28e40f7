package report

import (
	"strings"
	"testing"
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
