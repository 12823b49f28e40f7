package policy

import "regexp"

// Severity ranks a finding: error > warning > info.
type Severity string

const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Rank orders severities for --fail-on: info 1, warning 2, error 3, unknown 0.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Info:
		return 1
	}
	return 0
}

// Policy is a loaded, validated, immutable policy. The engine never sees an
// invalid one: Load and Parse compile every pattern and check every reference.
type Policy struct {
	Name    string
	Version string
	// SHA256 is the hex digest of the policy file's bytes (for a policy that
	// extends the default: of both files), named in every report so an audit
	// can be reproduced.
	SHA256 string
	// Source is the policy file as written, for `policy show` and the report's
	// Policy sheet.
	Source []byte

	Settings Settings
	Rules    []*Rule

	// Classes lists the classes from least to most severe, each with its
	// reason codes in precedence order (the first listed wins a tie).
	Classes []ClassDef
	// Default is the class and reason of a message no class rule matched.
	Default ClassReason
	// Findings declares every finding code a rule or the engine may
	// produce, with its severity and, for the engine's own checks, rule id.
	Findings []FindingDef
	// Tag is the [Important] subject tag setting.
	Tag TagSettings
	// OrderID is the Amazon order ID pattern (3-7-7 digits by default).
	OrderID *regexp.Regexp
	// Reply says which messages count as replies without a thread.
	Reply ReplySettings

	// cand says which rules can match once the pre-filter has run (match.go).
	cand candidates

	file     string // the file name given to Parse, for Check's errors
	findings map[string]*FindingDef
	rank     map[string]int // class -> position in Classes
	reasons  map[string]reasonPos
}

// Settings are the numbers and vocabularies of POLICY.md that sources
// disagree on or that users tune: never constants in code.
type Settings struct {
	// LimitMultiplier and LimitConstant: limit = multiplier × avg daily orders + constant.
	LimitMultiplier float64
	LimitConstant   int
	// OrdersWindowDays is N in "orders in the N days before D divided by N".
	OrdersWindowDays int
	// CountBlocked counts blocked messages towards the daily limit.
	CountBlocked bool
	// ProactiveWindowDays: a non-reply sent later than this after purchase is late_proactive.
	ProactiveWindowDays int
	// ResponseHours is the Contact Response Time target (24).
	ResponseHours int
	// CriticalContactReasons are the log contact reasons Amazon treats as
	// critical (normalised: lower case, '_' for spaces and dashes).
	CriticalContactReasons []string
}

// Rule is one rule of the policy. The fields below are stable (the report's
// Policy sheet lists them); the matching machinery is private.
type Rule struct {
	ID          string
	Description string
	// Kind is the rule kind (a closed set, documented in policy/README.md).
	Kind string
	// A rule either decides a class (Class and Reason set) or produces a
	// finding (Code and Severity set), or both.
	Class    string
	Reason   string
	Code     string
	Severity Severity
	// Language is the ISO 639-1 code the rule's patterns are written in, or
	// "" for every language.
	Language string
	// Patterns are the rule's keywords and regular expressions as written.
	Patterns []string
	// Detector names the Go detector of a rule of kind detector.
	Detector string
	// Unless are exceptions (regular expressions): a match that lies inside
	// a match of one of them does not count ("we will never ask for a review").
	Unless []string
	// Requires are regular expressions that must all match somewhere in the
	// message for the rule to hit (a customization topic AND a question).
	Requires []string
	// Fallback rules decide a class only when no other class rule matched
	// (weak signals such as "tips" or "refund").
	Fallback bool
	// Line is the rule's line in its policy file.
	Line int

	file     string // the file the rule was written in (Check's errors)
	m        matcher
	pre      *aho    // the policy's pre-filter (aho.go)
	lits     []int32 // ids of the literals one of which must occur; nil: always run
	unless   []*regexp.Regexp
	requires []*regexp.Regexp
	// unlessA and requiresA are unless and requires with their fast path
	// (anchor.go), built with the pre-filter.
	unlessA   []*anchored
	requiresA []*anchored
	examples  examples
}
