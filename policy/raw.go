package policy

// The raw* types are the policy file as decoded from YAML, before any
// checking: stage one of loading (see compile.go for stage two). Their yaml
// tags are the file format documented in README.md; the decoder rejects any
// other key.

type rawPolicy struct {
	Extends     string        `yaml:"extends"`
	Overrides   []rawOverride `yaml:"overrides"`
	Name        string        `yaml:"name"`
	Version     string        `yaml:"version"`
	Description string        `yaml:"description"`
	Settings    rawSettings   `yaml:"settings"`
	Classes     []rawClass    `yaml:"classes"`
	Default     rawDefault    `yaml:"default"`
	Findings    []rawFinding  `yaml:"findings"`
	Tag         rawTag        `yaml:"important_tag"`
	OrderID     rawOrderID    `yaml:"order_id"`
	Reply       rawReply      `yaml:"reply"`
	Rules       []rawRule     `yaml:"rules"`
}

type rawSettings struct {
	LimitMultiplier        *float64 `yaml:"limit_multiplier"`
	LimitConstant          *int     `yaml:"limit_constant"`
	OrdersWindowDays       *int     `yaml:"orders_window_days"`
	CountBlocked           *bool    `yaml:"count_blocked"`
	ProactiveWindowDays    *int     `yaml:"proactive_window_days"`
	ResponseHours          *int     `yaml:"response_hours"`
	CriticalContactReasons []string `yaml:"critical_contact_reasons"`
}

type rawClass struct {
	Name    string   `yaml:"name"`
	Reasons []string `yaml:"reasons"`
}

type rawDefault struct {
	Class  string `yaml:"class"`
	Reason string `yaml:"reason"`
}

type rawFinding struct {
	Code        string `yaml:"code"`
	Severity    string `yaml:"severity"`
	Rule        string `yaml:"rule"`
	Description string `yaml:"description"`
}

type rawTag struct {
	Forms      []string `yaml:"forms"`
	Placement  string   `yaml:"placement"`
	Lookalikes []string `yaml:"lookalikes"`
}

type rawOrderID struct {
	Pattern string `yaml:"pattern"`
}

type rawReply struct {
	Rule            string   `yaml:"rule"`
	ContactReasons  []string `yaml:"contact_reasons"`
	SubjectPrefixes []string `yaml:"subject_prefixes"`
	KeepReasons     []string `yaml:"keep_reasons"`
	IgnoreReasons   []string `yaml:"ignore_reasons"`
}

type rawRule struct {
	ID          string      `yaml:"id"`
	Description string      `yaml:"description"`
	Kind        string      `yaml:"kind"`
	Language    string      `yaml:"language"`
	Class       string      `yaml:"class"`
	Reason      string      `yaml:"reason"`
	Code        string      `yaml:"code"`
	Severity    string      `yaml:"severity"`
	Detector    string      `yaml:"detector"`
	Patterns    []string    `yaml:"patterns"`
	Unless      []string    `yaml:"unless"`
	Requires    []string    `yaml:"requires"`
	Fallback    bool        `yaml:"fallback"`
	Examples    rawExamples `yaml:"examples"`
}

type rawExamples struct {
	Match   []string `yaml:"match"`
	NoMatch []string `yaml:"no_match"`
}

// rawOverride changes one rule of the policy a file extends (extend.go).
type rawOverride struct {
	ID          string      `yaml:"id"`
	Disabled    bool        `yaml:"disabled"`
	Severity    string      `yaml:"severity"`
	AddPatterns []string    `yaml:"add_patterns"`
	AddUnless   []string    `yaml:"add_unless"`
	AddExamples rawExamples `yaml:"add_examples"`
}
