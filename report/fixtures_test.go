package report

import (
	"strings"
	"time"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// The hand-built audit every report test renders. The report shows times
// in Europe/Berlin: 23:30 UTC on 1 January is 00:30 on 2 January there.

const testTZ = "Europe/Berlin"

var (
	injection = `=HYPERLINK("http://evil.example","click")`
	control   = "before\x0Bafter\x00end"
	longBody  = strings.Repeat("ab", 20000) // 40,000 characters
)

func intp(v int) *int { return &v }

func floatp(v float64) *float64 { return &v }

func testMessages() []*audit.Message {
	utc := func(s string) time.Time {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	return []*audit.Message{{
		Pos: readers.Pos{File: "log.csv", Line: 2},
		Record: readers.Record{MessageID: "m1", SentAt: utc("2025-01-01T23:30:00Z"),
			Direction: readers.Outbound, OrderID: "114-3941689-8772232", Account: "shop-de",
			Marketplace: "DE", BuyerLanguage: "de", Subject: "Lieferadresse",
			Body: "Bitte bestätigen Sie Ihre Adresse.", Status: "delivered"},
		Day: "2025-01-02",
		Verdict: audit.Verdict{Class: audit.Critical, Reason: "address_issue", ReasonRule: "critical-address",
			ReasonEvidence: "Adresse", Language: "de", Findings: []audit.Finding{{
				Code: "missing_important_tag", Severity: policy.Error, Rule: "important-tag",
				Evidence: "subject has no [Important] tag"}}},
	}, {
		Pos: readers.Pos{File: "log.csv", Line: 3},
		Record: readers.Record{MessageID: "m2", SentAt: utc("2025-01-02T10:00:00Z"),
			Direction: readers.Outbound, OrderID: "114-0000000-0000001", Account: "shop-de",
			Marketplace: "DE", BuyerLanguage: "de", Subject: injection, Body: control, Status: "blocked"},
		Day: "2025-01-02",
		Verdict: audit.Verdict{Class: audit.Prohibited, Reason: "review_request", ReasonRule: "review",
			ReasonEvidence: "leave a review", Language: "en", Findings: []audit.Finding{
				{Code: "review_request", Severity: policy.Error, Rule: "review", Evidence: "leave a review"},
				{Code: "external_link", Severity: policy.Error, Rule: "links", Evidence: "evil.example"},
			}},
		Blocked: true, BlockedReason: audit.BlockedContent, BlockedEvidence: "review_request", OverLimit: true,
	}, {
		Pos: readers.Pos{File: "log.xlsx", Sheet: "Chat", Row: 7},
		Record: readers.Record{MessageID: "b1", SentAt: utc("2025-01-02T08:00:00Z"),
			Direction: readers.Inbound, OrderID: "114-0000000-0000001", Account: "shop-de",
			Body: "Where is my parcel?"},
		Day:      "2025-01-02",
		Response: &audit.Response{AnsweredAt: utc("2025-01-02T10:00:00Z"), Delay: 2 * time.Hour, WithinTarget: true},
	}, {
		Pos: readers.Pos{File: "log.csv", Line: 5},
		Record: readers.Record{MessageID: "m3", SentAt: utc("2025-01-03T12:00:00Z"),
			Direction: readers.Outbound, Account: "shop-fr", Subject: "Manual", Body: longBody},
		Day:       "2025-01-03",
		Verdict:   audit.Verdict{Class: audit.NonCritical, Reason: "proactive_service"},
		Predicted: audit.BlockedOptedOut, PredictedEvidence: "buyer_opted_out = yes",
	}, {
		Pos: readers.Pos{File: "log.parquet", Row: 9},
		Record: readers.Record{MessageID: "b2", SentAt: utc("2025-01-03T09:00:00Z"),
			Direction: readers.Inbound, Account: "shop-fr", Body: "@channel +1 -5"},
		Day:      "2025-01-03",
		Response: &audit.Response{Delay: 30 * time.Hour},
	}}
}

func testRejections() []*audit.Rejection {
	return []*audit.Rejection{{Pos: readers.Pos{File: "log.csv", Line: 4}, Reason: "sent_at: cannot parse \"yesterday\""}}
}

func testSummary() *audit.Summary {
	return &audit.Summary{
		Policy: audit.PolicyInfo{Name: "default", Version: "2025.1", SHA256: "ab12cd34"},
		Inputs: []readers.Input{
			{Path: "log.csv", Format: "csv", Encoding: "utf-8", RowsRead: 4, RowsRejected: 1},
			{Path: "log.xlsx", Format: "xlsx", Encoding: "", RowsRead: 1},
			{Path: "log.parquet", Format: "parquet", RowsRead: 1, Notes: []string{"no direction column"}},
		},
		Orders:   []readers.Input{{Path: "orders.txt", Format: "orders-tsv", Encoding: "utf-8", RowsRead: 120}},
		TimeZone: testTZ,
		From:     time.Date(2025, 1, 1, 23, 30, 0, 0, time.UTC),
		To:       time.Date(2025, 1, 3, 12, 0, 0, 0, time.UTC),
		Accounts: []string{"shop-de", "shop-fr"},
		Rows:     audit.RowCounts{Read: 6, Audited: 5, Rejected: 1},
		Outbound: 3, Inbound: 2,
		Classes:      map[audit.Class]int{audit.Critical: 1, audit.Prohibited: 1, audit.NonCritical: 1},
		Reasons:      map[string]int{"address_issue": 1, "review_request": 1, "proactive_service": 1},
		Findings:     map[string]int{"missing_important_tag": 1, "review_request": 1, "external_link": 1},
		Severities:   map[string]int{"error": 3},
		OrdersSource: "orders", OrdersWindow: 30,
		Days: []audit.Day{{
			Date: "2025-01-02", Account: "shop-de", Outbound: 2,
			ByClass: map[audit.Class]int{audit.Critical: 1, audit.Prohibited: 1}, Blocked: 1,
			AvgDailyOrders: floatp(0.2), Limit: intp(1), Over: 1,
			WindowFrom: "2024-12-03", WindowTo: "2025-01-01", WindowCovered: 30,
			FirstOverAt: time.Date(2025, 1, 2, 10, 0, 0, 0, time.UTC),
		}, {
			Date: "2025-01-03", Account: "shop-fr", Outbound: 1,
			ByClass: map[audit.Class]int{audit.NonCritical: 1}, PartialWindow: true,
			WindowFrom: "2024-12-04", WindowTo: "2025-01-02", WindowCovered: 12,
		}},
		Breaches: 1,
		Blocked: audit.BlockedSummary{Total: 1, Reasons: map[string]int{audit.BlockedContent: 1},
			PredictedDelivered: 1, PredictedReasons: map[string]int{audit.BlockedOptedOut: 1},
			UnknownStatuses: map[string]int{"queued": 2}},
		Response: audit.ResponseSummary{Inbound: 2, AnsweredWithin24h: 1, Unanswered: 1, Share: 0.5},
		ResponseByDay: []audit.ResponseGroup{
			{Date: "2025-01-02", ResponseSummary: audit.ResponseSummary{Inbound: 1, AnsweredWithin24h: 1, Share: 1}},
			{Date: "2025-01-03", ResponseSummary: audit.ResponseSummary{Inbound: 1, Unanswered: 1}},
		},
		ResponseByAccount: []audit.ResponseGroup{
			{Account: "shop-de", ResponseSummary: audit.ResponseSummary{Inbound: 1, AnsweredWithin24h: 1, Share: 1}},
			{Account: "shop-fr", ResponseSummary: audit.ResponseSummary{Inbound: 1, Unanswered: 1}},
		},
		Notes: []string{"shop-fr has no orders in the export: its limit is unknown."},
	}
}

func testPolicy() *policy.Policy {
	return &policy.Policy{
		Name: "default", Version: "2025.1", SHA256: "ab12cd34",
		Settings: policy.Settings{LimitMultiplier: 5, LimitConstant: 600, OrdersWindowDays: 30,
			CountBlocked: true, ProactiveWindowDays: 30, ResponseHours: 24,
			CriticalContactReasons: []string{"delivery_scheduling", "customization"}},
		Rules: []*policy.Rule{
			{ID: "review", Kind: "keywords", Class: "prohibited", Reason: "review_request",
				Code: "review_request", Severity: policy.Error, Language: "en",
				Description: "asks for a review", Patterns: []string{"leave a review", "=rate us"}},
			{ID: "links", Kind: "detector", Code: "external_link", Severity: policy.Error,
				Description: "a link", Patterns: []string{`https?://\S+`}},
		},
	}
}
