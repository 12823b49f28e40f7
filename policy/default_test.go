package policy

import (
	"strings"
	"testing"
)

// TestDefault proves the embedded policy compiles (so Default never panics)
// and that every rule classifies its own examples as declared.
func TestDefault(t *testing.T) {
	p, err := Parse("default.yaml", defaultYAML)
	if err != nil {
		t.Fatalf("embedded default policy: %v", err)
	}
	if p.Name == "" || p.Version == "" || len(p.SHA256) != 64 || len(p.Source) == 0 {
		t.Errorf("identity not set: name %q version %q sha %q", p.Name, p.Version, p.SHA256)
	}
	for _, err := range p.Check() {
		t.Error(err)
	}
	if Default() == nil {
		t.Fatal("Default() is nil")
	}
}

// TestDefaultRulesHaveExamples keeps the rule that every rule is
// self-testing, both ways where a false positive is conceivable.
func TestDefaultRulesHaveExamples(t *testing.T) {
	for _, r := range Default().Rules {
		if len(r.examples.match) == 0 || len(r.examples.noMatch) == 0 {
			t.Errorf("rule %s: needs match and no_match examples", r.ID)
		}
	}
}

// TestDefaultSettings pins the seed guide's numbers (POLICY.md).
func TestDefaultSettings(t *testing.T) {
	s := Default().Settings
	if s.LimitMultiplier != 5 || s.LimitConstant != 600 || s.OrdersWindowDays != 30 ||
		s.ProactiveWindowDays != 30 || s.ResponseHours != 24 || !s.CountBlocked {
		t.Errorf("settings = %+v", s)
	}
	p := Default()
	for _, cr := range []string{"customization", "Delivery Scheduling", "address-issue", "fulfillment_problem", "fulfillmentBlocker"} {
		if !p.IsCriticalContactReason(cr) {
			t.Errorf("%q should be a critical contact reason", cr)
		}
	}
	for _, cr := range []string{"", "other", "reply", "proactive_service"} {
		if p.IsCriticalContactReason(cr) {
			t.Errorf("%q should not be a critical contact reason", cr)
		}
	}
	if got := strings.Join(p.Tag.Forms, " "); got != "[Important] [Wichtig] [重要]" || p.Tag.Placement != PlacementEdges {
		t.Errorf("tag = %q %s", got, p.Tag.Placement)
	}
}
