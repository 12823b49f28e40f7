package audit

import (
	"time"

	"github.com/bsmaudit/bsmaudit/readers"
)

// Message is one audited log row with everything the engine decided about
// it. The engine hands each Message to the sinks in input order; a sink must
// not keep the pointer after it returns.
type Message struct {
	Pos    readers.Pos
	Record readers.Record
	// Day is the calendar day of SentAt in the audit's time zone (YYYY-MM-DD).
	Day string

	// Verdict is set for outbound messages only.
	Verdict Verdict
	// Reply is true when the message answers the buyer (see Context.Thread
	// and the policy's reply signals).
	Reply bool

	// Blocked is true when the log's status says the message was not delivered.
	Blocked bool
	// BlockedReason is the diagnosis of POLICY.md "Blocked messages" (a
	// BlockedReason constant) with its evidence; empty when not blocked.
	BlockedReason   string
	BlockedEvidence string
	// OverLimit is true when the message was sent after its day's limit was reached.
	OverLimit bool
	// Predicted is, for a delivered outbound message, the diagnosis the
	// rules give for blocking it (a Blocked* constant): Amazon would have
	// been right to block it. Empty when the rules see no reason.
	Predicted         string
	PredictedEvidence string

	// Response is set for inbound messages.
	Response *Response
}

// Response is the seller's answer to an inbound buyer message.
type Response struct {
	// Excluded is true for messages marked "no response needed".
	Excluded bool
	// AnsweredAt is the first outbound message on the same order or buyer
	// after this one; zero when unanswered.
	AnsweredAt time.Time
	// Delay is AnsweredAt - SentAt, or for an unanswered message its age at
	// the end of the log.
	Delay time.Duration
	// WithinTarget is true when answered within the policy's response hours.
	WithinTarget bool
}

// Rejection is a log row that could not be read.
type Rejection struct {
	Pos    readers.Pos
	Reason string
}

// Sink receives the audit's rows as the engine finalises them. The XLSX
// report and the exports are sinks. m and r are valid only during the
// call (the engine reuses their memory for later rows): a sink that keeps
// a row copies it; the strings and slices it holds stay valid.
type Sink interface {
	Message(m *Message) error
	Reject(r *Rejection) error
}

// The diagnoses of a blocked message, first match wins (POLICY.md).
const (
	BlockedOptedOut      = "opted_out"
	BlockedContactReason = "non_critical_contact_reason"
	BlockedContent       = "content_violation"
	BlockedDailyLimit    = "daily_limit"
	BlockedUnknown       = "unknown"
)
