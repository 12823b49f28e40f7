package policy

import (
	"slices"
	"testing"
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
