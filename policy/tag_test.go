package policy

import (
	"strings"
	"testing"
)

// checkTagReference is CheckTag as it was before the subject was folded
// into a stack buffer: foldString, then originalSpan for every span.
func checkTagReference(p *Policy, subject string) TagCheck {
	s := strings.TrimSpace(subject)
	fs := foldString(s)
	var tc TagCheck
	for _, form := range p.Tag.folded {
		for from := 0; ; {
			i := strings.Index(fs[from:], form)
			if i < 0 {
				break
			}
			i += from
			where := "middle"
			switch {
			case i == 0:
				where = "start"
			case i+len(form) == len(fs):
				where = "end"
			}
			orig := originalSpan(s, i, i+len(form))
			if !tc.Present || where != "middle" && tc.Where == "middle" {
				tc.Present, tc.Form, tc.Where = true, orig, where
			}
			from = i + len(form)
		}
	}
	switch {
	case tc.Present && (tc.Where != "middle" || p.Tag.Placement == PlacementAnywhere):
		tc.Valid = true
	case tc.Present:
		tc.Instead = tc.Form + " in the middle of the subject"
	case p.Tag.lookalike != nil && containsAny(fs, p.Tag.lookalikeWords):
		if loc := p.Tag.lookalike.FindStringIndex(fs); loc != nil {
			tc.Instead = strings.TrimSpace(originalSpan(s, loc[0], loc[1]))
		}
	}
	return tc
}

// tagAtStartReference is tagAtStart before the stack buffer.
func tagAtStartReference(p *Policy, s string) int {
	fs := foldString(s)
	for _, form := range p.Tag.folded {
		if strings.HasPrefix(fs, form) {
			return len(originalSpan(s, 0, len(form)))
		}
	}
	return 0
}

// tagSubjects are subjects made of tag forms, look-alikes, case and
// width variants, exotic spaces, invalid UTF-8 and padding long enough to
// outgrow the stack buffer.
func tagSubjects() []string {
	pieces := []string{"[Important]", "[IMPORTANT]", "[ｉｍｐｏｒｔａｎｔ]", "［Important］", "[Wichtig]", "[重要]", "【重要】",
		"important", "IMPORTANT:", "Importante", "wichtig", "ważne", "ÖNEMLI", "belangrijk", "[", "]", ":", "(", ")",
		" ", "  ", "\t", "\u00a0", "\u3000", "\u2028", "\u0085", "\xff", "\xe2\x80", "\ufffd", "Re: ", "Delivery",
		"é", "İ", "K", "ſ", strings.Repeat("x", 70), strings.Repeat("Ä", 40)}
	return append(randomTexts(4, 30000, 8, pieces), "", " ", "[Important]", " [important] ",
		"Re: [Important] fabric", "IMPORTANT: fabric", "【重要】名入れ", "[Importante] Talla")
}

func TestCheckTagFastPath(t *testing.T) {
	edges := Default()
	anywhere := *edges // a copy: Default is shared
	anywhere.Tag.Placement = PlacementAnywhere
	for _, p := range []*Policy{edges, &anywhere} {
		for _, s := range tagSubjects() {
			if got, want := p.CheckTag(s), checkTagReference(p, s); got != want {
				t.Fatalf("%s: CheckTag(%q) = %+v, want %+v", p.Tag.Placement, s, got, want)
			}
			if got, want := p.tagAtStart(s), tagAtStartReference(p, s); got != want {
				t.Fatalf("tagAtStart(%q) = %d, want %d", s, got, want)
			}
		}
	}
}

func TestAppendFold(t *testing.T) {
	for _, s := range tagSubjects() {
		got, ascii := appendFold(nil, s)
		if string(got) != foldString(s) {
			t.Fatalf("appendFold(%q) = %q, want %q", s, got, foldString(s))
		}
		if want := !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x80 }); ascii != want {
			t.Fatalf("appendFold(%q) says ASCII %v", s, ascii)
		}
	}
}
