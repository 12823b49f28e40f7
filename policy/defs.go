package policy

import "regexp"

// ClassDef is one class of POLICY.md with its reason codes. The order of
// Reasons is the precedence among the class's reasons: when a message matches
// rules of several reasons of its class, the first listed wins
// (review_request before marketing before shipment_notice).
type ClassDef struct {
	Name    string
	Reasons []string
}

// ClassReason is a class with one of its reasons.
type ClassReason struct {
	Class  string
	Reason string
}

// FindingDef declares a finding code. Codes produced by content rules take
// their severity from here unless the rule overrides it; codes produced by the
// engine's own checks (missing_important_tag, reason_mismatch...) also carry
// the rule id the engine reports them under.
type FindingDef struct {
	Code        string
	Severity    Severity
	Rule        string // rule id of an engine check; "" for codes of content rules
	Description string
}

// TagSettings is the [Important] subject tag (POLICY.md missing_important_tag).
type TagSettings struct {
	// Forms are the accepted tags as written, e.g. "[Important]", "[Wichtig]",
	// "[重要]"; compared case-insensitively.
	Forms []string
	// Placement is "edges" (the very start or very end of the subject,
	// surrounding spaces ignored) or "anywhere".
	Placement string
	// Lookalikes are words that, found in the subject without a valid tag,
	// are named in the evidence ("IMPORTANT:" without brackets).
	Lookalikes []string

	folded    []string
	lookalike *regexp.Regexp
	// lookalikeWords are the folded look-alike words, one of which every
	// match of lookalike contains.
	lookalikeWords []string
}

// Tag placements.
const (
	PlacementEdges    = "edges"
	PlacementAnywhere = "anywhere"
)

// ReplySettings say when a message answers the buyer although the log has
// no earlier inbound message in its thread.
type ReplySettings struct {
	// ContactReasons are the (normalised) contact reasons that mark a reply,
	// e.g. "reply".
	ContactReasons []string
	// SubjectPrefixes are reply prefixes such as "Re:" or "AW:", compared
	// case-insensitively after an optional leading [Important] tag.
	SubjectPrefixes []string
	// KeepReasons are non-critical reasons that stay the reason of a reply
	// instead of "reply" (an invoice sent on request is an invoice).
	KeepReasons []string
	// IgnoreReasons are reasons whose rules are ignored in a reply, class and
	// finding alike: tracking details given because the buyer asked are not a
	// shipment notice.
	IgnoreReasons []string
	// Rule is the rule id reported as ReasonRule when a reply is classified.
	Rule string
}

// reasonPos places a reason in its class.
type reasonPos struct {
	class string
	index int
}

// examples are a rule's self-test texts (see Check).
type examples struct {
	match, noMatch []string
}

// Finding returns the declaration of a finding code.
func (p *Policy) Finding(code string) (FindingDef, bool) {
	f, ok := p.findings[code]
	if !ok {
		return FindingDef{}, false
	}
	return *f, true
}

// ClassRank orders classes from least (0) to most severe; -1 when unknown.
func (p *Policy) ClassRank(class string) int {
	r, ok := p.rank[class]
	if !ok {
		return -1
	}
	return r
}

// ReasonRank is the precedence of a reason within its class (0 first) and
// the class it belongs to; ok is false for an unknown reason.
func (p *Policy) ReasonRank(reason string) (class string, rank int, ok bool) {
	r, ok := p.reasons[reason]
	return r.class, r.index, ok
}
