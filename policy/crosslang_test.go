package policy

import "testing"

// TestNoCrossLanguageHits: a rule written for one language must not fire on
// another language's benign text. Every language's rules run on the other
// languages' no_match examples (English and the language-free rules'
// included); a word shared by two languages ("postcode", "review") belongs
// in a phrase, not alone.
func TestNoCrossLanguageHits(t *testing.T) {
	p := Default()
	type ex struct{ lang, text string }
	var benign []ex
	for _, r := range p.Rules {
		for _, s := range r.examples.noMatch {
			benign = append(benign, ex{r.Language, s})
		}
	}
	for _, r := range p.Rules {
		if r.Language == "" || r.Class == "" && r.Code == "" {
			continue
		}
		for _, b := range benign {
			if b.lang == r.Language || b.lang == "" {
				continue
			}
			if h, ok := r.Match(NewText("", b.text)); ok {
				t.Errorf("rule %s (%s) hits %s text %q at %q", r.ID, r.Language, b.lang, Clip(b.text, 60), h.Evidence)
			}
		}
	}
}
