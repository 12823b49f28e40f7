package report

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/bsmaudit/bsmaudit/readers"
)

// Tool names the program that wrote a report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// The JSON summary of CLI.md "Outputs". The keys CLI.md lists are a stable
// interface: add keys, never rename one. Maps are written with sorted keys
// (encoding/json), lists in the Summary's order, so output is reproducible.
type jsonSummary struct {
	Tool         Tool              `json:"tool"`
	Policy       jsonPolicy        `json:"policy"`
	TimeZone     string            `json:"time_zone"`
	Period       jsonPeriod        `json:"period"`
	Accounts     []string          `json:"accounts"`
	Inputs       []jsonInput       `json:"inputs"`
	OrdersInputs []jsonInput       `json:"orders_inputs"`
	Rows         jsonRows          `json:"rows"`
	Messages     jsonMessages      `json:"messages"`
	Classes      jsonClasses       `json:"classes"`
	Reasons      map[string]int    `json:"reasons"`
	Findings     map[string]int    `json:"findings"`
	Severities   map[string]int    `json:"severities"`
	OrdersSource string            `json:"orders_source"`
	OrdersWindow int               `json:"orders_window"`
	Days         []jsonDay         `json:"days"`
	Breaches     int               `json:"breaches"`
	Blocked      jsonBlocked       `json:"blocked"`
	ResponseTime jsonResponseTimes `json:"response_time"`
	Notes        []string          `json:"notes"`
}

type jsonPolicy struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	SHA256  string `json:"sha256"`
}

// jsonPeriod is the first and last message time; null when there were none.
type jsonPeriod struct {
	From *string `json:"from"`
	To   *string `json:"to"`
}

type jsonInput struct {
	Path         string `json:"path"`
	Format       string `json:"format"`
	Encoding     string `json:"encoding"`
	RowsRead     int    `json:"rows_read"`
	RowsRejected int    `json:"rows_rejected"`
}

type jsonRows struct {
	Read     int `json:"read"`
	Audited  int `json:"audited"`
	Rejected int `json:"rejected"`
}

type jsonMessages struct {
	Outbound int `json:"outbound"`
	Inbound  int `json:"inbound"`
}

// jsonClasses always carries all three classes, zeros included.
type jsonClasses struct {
	Critical    int `json:"critical"`
	NonCritical int `json:"non-critical"`
	Prohibited  int `json:"prohibited"`
}

type jsonDay struct {
	Date           string      `json:"date"`
	Account        string      `json:"account"`
	Marketplace    string      `json:"marketplace"` // "" unless counted per marketplace
	Outbound       int         `json:"outbound"`
	AvgDailyOrders *float64    `json:"avg_daily_orders"` // null when unknown
	Limit          *int        `json:"limit"`            // null when unknown
	Over           int         `json:"over"`             // 0 when under the limit
	Classes        jsonClasses `json:"classes"`
	Blocked        int         `json:"blocked"`
	WindowFrom     string      `json:"window_from"`
	WindowTo       string      `json:"window_to"`
	WindowCovered  int         `json:"window_covered"` // days of the window with order data
	PartialWindow  bool        `json:"partial_window"`
	FirstOverAt    *string     `json:"first_over_at"`
}

// jsonBlocked carries the diagnoses and the cross-check of the policy
// against the log: predicted_delivered counts delivered messages the rules
// would have blocked (by diagnosis in predicted_reasons); reasons.unknown
// the reverse.
type jsonBlocked struct {
	Total              int            `json:"total"`
	Reasons            map[string]int `json:"reasons"`
	PredictedDelivered int            `json:"predicted_delivered"`
	PredictedReasons   map[string]int `json:"predicted_reasons"`
	UnknownStatuses    map[string]int `json:"unknown_statuses"`
}

type jsonResponse struct {
	Inbound           int     `json:"inbound"`
	AnsweredWithin24h int     `json:"answered_within_24h"`
	ShareWithin24h    float64 `json:"share_within_24h"`
	Late              int     `json:"late"`
	Unanswered        int     `json:"unanswered"`
	Excluded          int     `json:"excluded"`
}

// jsonResponseTimes is the overall response time and the same by day and
// by account.
type jsonResponseTimes struct {
	jsonResponse
	ByDay     []jsonResponseDay     `json:"by_day"`
	ByAccount []jsonResponseAccount `json:"by_account"`
}

type jsonResponseDay struct {
	Date string `json:"date"`
	jsonResponse
}

type jsonResponseAccount struct {
	Account string `json:"account"`
	jsonResponse
}

func responseJSON(rs *audit.ResponseSummary) jsonResponse {
	return jsonResponse{
		Inbound:           rs.Inbound,
		AnsweredWithin24h: rs.AnsweredWithin24h,
		ShareWithin24h:    finite(rs.Share),
		Late:              rs.Late,
		Unanswered:        rs.Unanswered,
		Excluded:          rs.Excluded,
	}
}

func responseByDay(gs []audit.ResponseGroup) []jsonResponseDay {
	out := make([]jsonResponseDay, 0, len(gs))
	for i := range gs {
		out = append(out, jsonResponseDay{gs[i].Date, responseJSON(&gs[i].ResponseSummary)})
	}
	return out
}

func responseByAccount(gs []audit.ResponseGroup) []jsonResponseAccount {
	out := make([]jsonResponseAccount, 0, len(gs))
	for i := range gs {
		out = append(out, jsonResponseAccount{gs[i].Account, responseJSON(&gs[i].ResponseSummary)})
	}
	return out
}

// WriteJSON writes the summary object of CLI.md, indented, to w. Times are
// RFC 3339 in the summary's time zone.
func WriteJSON(w io.Writer, sum *audit.Summary, tool Tool) error {
	loc, err := time.LoadLocation(sum.TimeZone)
	if err != nil {
		loc = time.UTC
	}
	js := jsonSummary{
		Tool:         tool,
		Policy:       jsonPolicy{sum.Policy.Name, sum.Policy.Version, sum.Policy.SHA256},
		TimeZone:     sum.TimeZone,
		Period:       jsonPeriod{jsonTime(sum.From, loc), jsonTime(sum.To, loc)},
		Accounts:     nonNil(sum.Accounts),
		Inputs:       jsonInputs(sum.Inputs),
		OrdersInputs: jsonInputs(sum.Orders),
		Rows:         jsonRows{sum.Rows.Read, sum.Rows.Audited, sum.Rows.Rejected},
		Messages:     jsonMessages{sum.Outbound, sum.Inbound},
		Classes:      classCounts(sum.Classes),
		Reasons:      nonNilMap(sum.Reasons),
		Findings:     nonNilMap(sum.Findings),
		Severities:   map[string]int{"error": 0, "warning": 0, "info": 0},
		OrdersSource: sum.OrdersSource,
		OrdersWindow: sum.OrdersWindow,
		Days:         make([]jsonDay, 0, len(sum.Days)),
		Breaches:     sum.Breaches,
		Blocked: jsonBlocked{sum.Blocked.Total, nonNilMap(sum.Blocked.Reasons), sum.Blocked.PredictedDelivered,
			nonNilMap(sum.Blocked.PredictedReasons), nonNilMap(sum.Blocked.UnknownStatuses)},
		ResponseTime: jsonResponseTimes{responseJSON(&sum.Response),
			responseByDay(sum.ResponseByDay), responseByAccount(sum.ResponseByAccount)},
		Notes: nonNil(sum.Notes),
	}
	for k, n := range sum.Severities {
		js.Severities[k] = n
	}
	for _, d := range sum.Days {
		var avg *float64
		if d.AvgDailyOrders != nil {
			v := finite(*d.AvgDailyOrders)
			avg = &v
		}
		js.Days = append(js.Days, jsonDay{
			Date: d.Date, Account: d.Account, Marketplace: d.Marketplace, Outbound: d.Outbound,
			AvgDailyOrders: avg, Limit: d.Limit, Over: d.Over,
			Classes: classCounts(d.ByClass), Blocked: d.Blocked,
			WindowFrom: d.WindowFrom, WindowTo: d.WindowTo, WindowCovered: d.WindowCovered, PartialWindow: d.PartialWindow,
			FirstOverAt: jsonTime(d.FirstOverAt, loc),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(js); err != nil {
		return fmt.Errorf("writing the JSON summary: %w", err)
	}
	return nil
}

func jsonInputs(ins []readers.Input) []jsonInput {
	out := make([]jsonInput, 0, len(ins))
	for _, in := range ins {
		out = append(out, jsonInput{in.Path, in.Format, in.Encoding, in.RowsRead, in.RowsRejected})
	}
	return out
}

func classCounts(m map[audit.Class]int) jsonClasses {
	return jsonClasses{m[audit.Critical], m[audit.NonCritical], m[audit.Prohibited]}
}

// jsonTime is t in loc as RFC 3339, or null for a zero time.
func jsonTime(t time.Time, loc *time.Location) *string {
	if t.IsZero() {
		return nil
	}
	s := t.In(loc).Format(time.RFC3339)
	return &s
}

// finite keeps NaN and infinities, which JSON cannot hold, out of the output.
func finite(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return v
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nonNilMap(m map[string]int) map[string]int {
	if m == nil {
		return map[string]int{}
	}
	return m
}
