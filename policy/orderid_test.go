package policy

import (
	"regexp"
	"slices"
	"testing"
)

// orderIDTexts are texts dense in digits, hyphens, word bytes and
// newlines, where the scanners' edge cases live.
func orderIDTexts() []string {
	pieces := []string{"1", "12", "123", "1234567", "-", "--", "\n", " ", "a", "_", "é", "\xff",
		"114-1234567-1234567", "114-1234567-12345678", "A", "\t"}
	return append(append(gateTexts(), randomTexts(3, 20000, 10, pieces)...),
		"114-1234567-1234567", " 114-1234567-1234567", "114-1234567-1234567 ", "114-1234567-1234567-1234567",
		"x114-1234567-1234567", "114-1234567-1234567x", "114-1234567-1234567\n114-1234567-7654321")
}

// TestAppendMessageOrderIDs: subject and body scanned apart give exactly
// what the policy's pattern finds in the joined text, with the default
// pattern (the scanner) and with a custom one (the regexp on the joined
// text, which may match across the newline).
func TestAppendMessageOrderIDs(t *testing.T) {
	texts := orderIDTexts()
	for _, p := range []*Policy{Default(), {OrderID: regexp.MustCompile(`(?i)\d{3}\s\d{3}`)}} {
		re := regexp.MustCompile(p.OrderID.String())
		for i, subject := range texts {
			body := texts[(i*7919+1)%len(texts)]
			want := re.FindAllString(subject+"\n"+body, -1)
			if got := p.AppendMessageOrderIDs(nil, subject, body); !slices.Equal(got, want) {
				t.Fatalf("%s: AppendMessageOrderIDs(%q, %q) = %q, want %q", re, subject, body, got, want)
			}
			var buf [2]string
			if got := p.AppendMessageOrderIDs(buf[:0], subject, body); !slices.Equal(got, want) {
				t.Fatalf("%s: into an array: AppendMessageOrderIDs(%q, %q) = %q, want %q", re, subject, body, got, want)
			}
			if got := p.OrderIDs(subject); !slices.Equal(got, re.FindAllString(subject, -1)) {
				t.Fatalf("%s: OrderIDs(%q) = %q", re, subject, got)
			}
		}
	}
	if got := (&Policy{}).AppendMessageOrderIDs(nil, "114-1234567-1234567", ""); got != nil {
		t.Errorf("no order_id pattern: %q", got)
	}
}

// TestIsOrderIDFastPath: the default pattern's length check agrees with
// the regexp's whole-string match.
func TestIsOrderIDFastPath(t *testing.T) {
	p := Default()
	re := regexp.MustCompile(defaultOrderID)
	for _, s := range orderIDTexts() {
		loc := re.FindStringIndex(s)
		want := loc != nil && loc[0] == 0 && loc[1] == len(s)
		if got := p.IsOrderID(s); got != want {
			t.Errorf("IsOrderID(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"114-1234567-1234567": true, "114-1234567-123456": false, " 114-1234567-1234567": false, "": false} {
		if got := p.IsOrderID(s); got != want {
			t.Errorf("IsOrderID(%q) = %v, want %v", s, got, want)
		}
	}
}
