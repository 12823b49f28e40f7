package audit

import (
	"time"

	"github.com/bsmaudit/bsmaudit/readers"
)

// Summary is what an audit found, in aggregate. Its shape follows the JSON
// summary of CLI.md; report renders it.
type Summary struct {
	Policy PolicyInfo
	Inputs []readers.Input
	// Orders are the orders exports read, if any.
	Orders []readers.Input

	// TimeZone is the IANA name calendar days are counted in.
	TimeZone string
	// From and To are the first and last message times.
	From, To time.Time
	Accounts []string

	Rows     RowCounts
	Outbound int
	Inbound  int
	// Classes, Reasons and Findings count outbound messages by class, by
	// reason code and by finding code; Severities counts findings by severity.
	Classes    map[Class]int
	Reasons    map[string]int
	Findings   map[string]int
	Severities map[string]int

	// OrdersSource says where the average daily orders came from: "orders"
	// (an export), "fixed" (--avg-daily-orders) or "estimate" (distinct order
	// IDs in the log: a lower bound).
	OrdersSource string
	OrdersWindow int
	Days         []Day
	Breaches     int

	Blocked  BlockedSummary
	Response ResponseSummary
	// ResponseByDay and ResponseByAccount split Response by the calendar day
	// the buyer wrote and by account, sorted.
	ResponseByDay     []ResponseGroup
	ResponseByAccount []ResponseGroup

	// Notes are plain sentences a reader of the report should know
	// (findings not produced, accounts without orders...).
	Notes []string
}

// PolicyInfo names the policy an audit applied.
type PolicyInfo struct {
	Name, Version, SHA256 string
}

// RowCounts reconciles: Read == Audited + Rejected, always. Duplicates
// (rows repeating an earlier one) are among the rejected.
type RowCounts struct {
	Read, Audited, Rejected int
	Duplicates              int
}

// Day is one calendar day of one account.
type Day struct {
	Date    string // YYYY-MM-DD in the audit's time zone
	Account string
	// Marketplace is set when limits are counted per marketplace
	// (Options.PerMarketplace); "" otherwise.
	Marketplace string
	// Outbound counts the messages that count towards the limit; ByClass
	// splits them.
	Outbound int
	ByClass  map[Class]int
	Blocked  int
	// AvgDailyOrders and Limit are nil when unknown.
	AvgDailyOrders *float64
	Limit          *int
	// Over is the excess over the limit, 0 when under it.
	Over int
	// WindowFrom and WindowTo are the orders window used (inclusive);
	// PartialWindow is true when it reaches before the first order data.
	WindowFrom, WindowTo string
	// WindowCovered is how many days of the window have order data;
	// PartialWindow is true when that is fewer than the window's length.
	WindowCovered int
	PartialWindow bool
	// FirstOverAt is the time of the first message over the limit, and
	// AfterLimit how many were sent from then on (= Over).
	FirstOverAt time.Time
}

// BlockedSummary counts blocked messages by diagnosis, and cross-checks the
// policy against what really happened.
type BlockedSummary struct {
	Total   int
	Reasons map[string]int
	// PredictedDelivered counts messages that were delivered although the
	// rules say Amazon should have blocked them (Message.Predicted set);
	// Reasons[BlockedUnknown] counts the reverse: blocked with no rule to
	// explain it.
	PredictedDelivered int
	PredictedReasons   map[string]int
	// UnknownStatuses counts the status values bsmaudit did not understand
	// (neither delivered nor blocked), as written in the log.
	UnknownStatuses map[string]int
}

// ResponseGroup is the Contact Response Time of one day or one account.
type ResponseGroup struct {
	Date    string // set in ResponseByDay
	Account string // set in ResponseByAccount
	ResponseSummary
}

// ResponseSummary is Amazon's Contact Response Time over the log.
type ResponseSummary struct {
	Inbound           int // inbound messages that need a response
	Excluded          int // marked "no response needed"
	AnsweredWithin24h int
	Late              int
	Unanswered        int
	// Share is AnsweredWithin24h / Inbound, or 0 when there are none.
	Share float64
}
