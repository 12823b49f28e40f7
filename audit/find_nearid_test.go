package audit

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// TestFindNearOrderID: the hand-written matcher on subject and body finds
// exactly what nearOrderID's regexp finds in subject + "\n" + body.
func TestFindNearOrderID(t *testing.T) {
	re := regexp.MustCompile(nearOrderID)
	pieces := []string{"1", "12", "123", "1234", "12345", "123456789", "1234567890", "-", " ", "--", "  ",
		"\n", "a", "_", "é", "\xff", "114-1234567-1234567", "114 12345 12345", "1141234567891234"}
	rnd := rand.New(rand.NewSource(7))
	text := func() string {
		var b strings.Builder
		for k := rnd.Intn(14); k >= 0; k-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		return b.String()
	}
	fixed := [][2]string{
		{"", ""}, {"order 123-45678-12345", ""}, {"", "order 12345678901234"}, {"123456789012345678901", ""},
		{"1234567890123456789012", ""}, {"x123-45678-12345", "123 45678 12345x"}, {"123 45678", "12345"},
		{"123-456789-123456789 12", ""}, {"123 1234567890 12345", ""}, {"123-12345-", "-12345"},
	}
	matched := 0
	for n := 0; n < 60000; n++ {
		var subject, body string
		if n < len(fixed) {
			subject, body = fixed[n][0], fixed[n][1]
		} else {
			subject, body = text(), text()
		}
		want := re.FindString(subject + "\n" + body)
		if got := findNearOrderID(subject, body); got != want {
			t.Fatalf("findNearOrderID(%q, %q) = %q, want %q", subject, body, got, want)
		}
		if want != "" {
			matched++
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d texts with a match: the test texts are too easy", matched)
	}
}
