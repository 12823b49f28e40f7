package audit

import (
	"time"

	"github.com/bsmaudit/bsmaudit/policy"
)

// Class is an outbound message's class (POLICY.md "Classes").
type Class string

const (
	Critical    Class = "critical"
	NonCritical Class = "non-critical"
	Prohibited  Class = "prohibited"
)

// Classes lists the classes from least to most severe: when a message serves
// several purposes the last one that applies wins.
var Classes = []Class{Critical, NonCritical, Prohibited}

// Finding is one rule broken by one message.
type Finding struct {
	Code     string          // a finding code of POLICY.md, e.g. missing_order_id
	Severity policy.Severity // error, warning, info
	Rule     string          // the policy rule id that produced it
	// Evidence is the matched text, or what was missing or found instead
	// ("subject starts with IMPORTANT: without brackets").
	Evidence string
}

// Verdict is the decision on one outbound message.
type Verdict struct {
	Class  Class
	Reason string // a reason code of POLICY.md, e.g. review_request
	// ReasonRule and ReasonEvidence explain the class: the rule id and the
	// matched text that decided it (empty for the default reason).
	ReasonRule     string
	ReasonEvidence string
	Findings       []Finding
	// Language is the detected language of the text (ISO 639-1, e.g. "de"),
	// or "" when it was not detected or could not be decided.
	Language string
}

// Context is what the engine knows about a message beyond its own row.
type Context struct {
	// Thread is true when the last earlier message on the same order (or
	// buyer) was inbound: the message answers the buyer.
	Thread bool
	// PurchasedAt is the order's purchase time from the orders export; zero
	// when unknown.
	PurchasedAt time.Time
}
