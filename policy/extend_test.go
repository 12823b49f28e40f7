package policy

import (
	"path/filepath"
	"testing"
)

// TestExtends: a policy extending the default keeps its rules, applies the
// overrides and adds its own rules.
func TestExtends(t *testing.T) {
	p, err := Load(filepath.Join("testdata", "valid", "extends.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "acme-policy" || p.Settings.ProactiveWindowDays != 14 || p.Settings.LimitConstant != 600 {
		t.Errorf("identity/settings: %s %+v", p.Name, p.Settings)
	}
	if p.SHA256 == Default().SHA256 {
		t.Error("an extending policy must not have the default's digest")
	}
	rules := map[string]*Rule{}
	for _, r := range p.Rules {
		rules[r.ID] = r
	}
	if len(p.Rules) != len(Default().Rules) {
		t.Errorf("%d rules, want %d (one disabled, one added)", len(p.Rules), len(Default().Rules))
	}
	if rules["attachment-en"] != nil {
		t.Error("attachment-en should be disabled")
	}
	if r := rules["out-of-stock-en"]; r == nil || r.Severity != Error {
		t.Errorf("out-of-stock-en severity not overridden: %+v", r)
	}
	if _, ok := rules["review-de"].Match(NewText("", "Besuchen Sie unser Bewertungsportal.")); !ok {
		t.Error("added keyword of review-de does not match")
	}
	if r := rules["review-de"]; r.file != "default.yaml" {
		t.Errorf("review-de should still point into default.yaml, not %s", r.file)
	}
	if r := rules["acme-competitor"]; r == nil || r.file != "extends.yaml" || r.Line != 17 {
		t.Errorf("acme-competitor origin: %+v", r)
	}
}
