package policy

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTextFoldAndEvidence(t *testing.T) {
	tx := NewText("ＲＥ： Ünïcode", "We’d LOVE\u00a0a\treview – thanks")
	if got, want := tx.Folded(), "re: ünïcode\nwe'd love a review - thanks"; got != want {
		t.Errorf("folded %q, want %q", got, want)
	}
	h, ok := Default().Rules[0].Match(NewText("", "Hi!\nWould you mind LEAVING us a quick review?"))
	if !ok || h.Evidence != "LEAVING us a quick review" {
		t.Errorf("evidence %q (ok %v): must be the original text", h.Evidence, ok)
	}
	if got := Clip("a\n b   c", 80); got != "a b c" {
		t.Errorf("Clip = %q", got)
	}
	if got := Clip("abcdefghij", 5); got != "abcd…" {
		t.Errorf("Clip = %q", got)
	}
}

func TestKeywordBoundaries(t *testing.T) {
	m, err := newKeywords([]string{"avis", "leave  a review", "レビュー"})
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]bool{
		"laisser un avis":        true,
		"il a été avisé":         false,
		"please leave\na review": true,
		"商品レビューをお願いします":          true,
		"leave a reviewer":       false,
	}
	for s, want := range cases {
		found := false
		m.find(NewText("", s), nil, func(int, int) bool { found = true; return false })
		if found != want {
			t.Errorf("%q: found %v, want %v", s, found, want)
		}
	}
}

func TestRequiredLiterals(t *testing.T) {
	cases := []struct {
		pattern string
		want    []string
	}{
		{`\b(?:it|order)\b\s+(?:shipped|delivered)\b`, []string{"shipped", "delivered"}},
		{`(?i)Leave a review`, []string{"leave a review"}},
		{`\d+\s?%`, []string{"%"}},
		{`[a-z]+\d`, nil},
	}
	for _, tc := range cases {
		got, _ := requiredLiterals(tc.pattern)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.pattern, got, tc.want)
		}
	}
}

func TestContactReasonsAndReply(t *testing.T) {
	for in, want := range map[string]string{
		"Delivery Scheduling": "delivery_scheduling", "delivery-scheduling": "delivery_scheduling",
		"deliveryScheduling": "delivery_scheduling", " Reply ": "reply", "": "",
	} {
		if got := NormalizeContactReason(in); got != want {
			t.Errorf("NormalizeContactReason(%q) = %q, want %q", in, got, want)
		}
	}
	p := Default()
	for subject, want := range map[string]string{
		"Re: lamp": "Re:", "AW: Rechnung": "AW:", "[Important] Re: Saturday": "Re:",
		"Reorder anytime": "", "Regarding your order": "",
	} {
		if got := p.ReplyPrefix(subject); got != want {
			t.Errorf("ReplyPrefix(%q) = %q, want %q", subject, got, want)
		}
	}
}

func TestCheckTag(t *testing.T) {
	p := Default()
	cases := []struct {
		subject        string
		valid, present bool
		instead        string
	}{
		{"[Important] Delivery", true, true, ""},
		{"  delivery [IMPORTANT] ", true, true, ""},
		{"[Wichtig] Gravur", true, true, ""},
		{"[重要] 住所", true, true, ""},
		{"Re: [Important] fabric", false, true, "[Important] in the middle of the subject"},
		{"IMPORTANT: fabric", false, false, "IMPORTANT:"},
		{"【重要】名入れ", false, false, "【重要】"},
		{"[Importante] Talla", false, false, "[Importante]"},
		{"Fabric choice", false, false, ""},
	}
	for _, tc := range cases {
		got := p.CheckTag(tc.subject)
		if got.Valid != tc.valid || got.Present != tc.present || got.Instead != tc.instead {
			t.Errorf("%q: %+v", tc.subject, got)
		}
	}
}

// foldReference is NewText's folding written the plain way (a range loop,
// a strings.Builder): the fast path must give the same folded text,
// offset map, subject length and variant flag.
func foldReference(subject, body string) (folded string, index []int32, subj int, variant bool) {
	orig := subject + "\n" + body
	var b strings.Builder
	for i, r := range orig {
		if i == len(subject) {
			subj = b.Len()
		}
		if r == utf8.RuneError {
			r = ' '
		}
		f := fold(r)
		if f >= utf8.RuneSelf && isVariant(f) {
			variant = true
		}
		n := b.Len()
		b.WriteRune(f)
		for j := n; j < b.Len(); j++ {
			index = append(index, int32(i))
		}
	}
	return b.String(), append(index, int32(len(orig))), subj, variant
}

func TestNewTextMatchesReference(t *testing.T) {
	pieces := []string{"a", "Z", " ", "\t", "é", "É", "ß", "ẞ", "Ｋ", "ｘ", "\u00a0", "’", "“", "重要", "\xff", "\ufffd", "İ", "K", "ſ", "1", "\n", "Ω", "ﬁ"}
	r := rand.New(rand.NewSource(5))
	for i := 0; i < 20000; i++ {
		var sb, bb strings.Builder
		for n := r.Intn(6); n > 0; n-- {
			sb.WriteString(pieces[r.Intn(len(pieces))])
		}
		for n := r.Intn(20); n > 0; n-- {
			bb.WriteString(pieces[r.Intn(len(pieces))])
		}
		subject, body := sb.String(), bb.String()
		tx := NewText(subject, body)
		folded, index, subj, variant := foldReference(subject, body)
		if tx.folded != folded || tx.subj != subj || tx.variant != variant {
			t.Fatalf("NewText(%q, %q): folded %q subj %d variant %v, want %q %d %v", subject, body, tx.folded, tx.subj, tx.variant, folded, subj, variant)
		}
		if tx.index != nil && !slices.Equal(tx.index, index) {
			t.Fatalf("NewText(%q, %q): index %v, want %v", subject, body, tx.index, index)
		}
	}
}

// Clip's shortcut for text already on one line gives what the long way
// gives, on every kind of white space, invalid UTF-8 and every length.
func TestClipShortcut(t *testing.T) {
	long := func(s string, max int) string {
		s = strings.Join(strings.Fields(s), " ")
		if utf8.RuneCountInString(s) <= max {
			return s
		}
		r := []rune(s)
		return strings.TrimSpace(string(r[:max-1])) + "…"
	}
	pieces := []string{"a", "bc", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "é", "日本", "\xff", "\x85", ".", "order 123"}
	for _, s := range randomTexts(7, 20000, 12, pieces) {
		for _, max := range []int{1, 3, 8, 80} {
			if got, want := Clip(s, max), long(s, max); got != want {
				t.Fatalf("Clip(%q, %d) = %q, want %q", s, max, got, want)
			}
		}
	}
}

// TestOriginalFromParts: a folded span's original text, cut from subject
// or body or across the newline between them, is that span of the joined
// text, on ASCII and non-ASCII texts (with invalid UTF-8 at the seam).
func TestOriginalFromParts(t *testing.T) {
	for _, m := range [][2]string{
		{"Re: Order", "Hello there"}, {"", "body only"}, {"subject only", ""}, {"", ""},
		{"Ünïcode ＦＵＬＬ", "Grüße, ſtraße"}, {"cut \xe2\x80", "\x80 continuation"}, {"日本語", "ok"},
	} {
		joined := m[0] + "\n" + m[1]
		tx := NewText(m[0], m[1])
		at := func(i int) int {
			if tx.index == nil {
				return i
			}
			return int(tx.index[i])
		}
		for start := 0; start <= len(tx.folded); start++ {
			for end := start; end <= len(tx.folded); end++ {
				want := joined[at(start):at(end)]
				if start == end {
					want = ""
				}
				if got := tx.Original(start, end); got != want {
					t.Fatalf("%q: Original(%d, %d) = %q, want %q", joined, start, end, got, want)
				}
			}
		}
		if tx.Original(0, len(tx.folded)) != joined {
			t.Errorf("%q: the whole text is not the joined text", joined)
		}
		tx.Release()
	}
}
