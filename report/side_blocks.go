package report

import (
	"fmt"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/xuri/excelize/v2"
)

// The blocks of figures beside the Blocked and Response time tables (see
// spool): what a reader of the sheet wants before the rows.

// blockedMeaning explains each diagnosis of POLICY.md "Blocked messages" in
// words a compliance lead can repeat.
var blockedMeaning = map[string]string{
	audit.BlockedOptedOut:      "The buyer opted out of messages that are not critical.",
	audit.BlockedContactReason: "The contact reason allows only critical messages.",
	audit.BlockedContent:       "The text breaks a rule (a finding of severity error).",
	audit.BlockedDailyLimit:    "Sent after the day's message limit was reached.",
	audit.BlockedUnknown:       "No rule explains it: check these messages by hand.",
}

// blockedSideWidths are the widths of the Blocked sheet's block columns.
var blockedSideWidths = []float64{44, 11, 52}

// maxUnknownStatuses bounds the status values listed; the rest are counted.
const maxUnknownStatuses = 20

// blockedSide is the Blocked sheet's block: diagnoses by count, the
// cross-check of the policy against the log, status values not understood.
func blockedSide(st *styles, c *cells, b *audit.BlockedSummary) [][]any {
	hdr := func(names ...string) []any {
		out := make([]any, len(names))
		for i, n := range names {
			out[i] = excelize.Cell{StyleID: st.header, Value: n}
		}
		return out
	}
	rows := [][]any{hdr("Diagnosis", "Messages", "What it means")}
	for _, kv := range sortedCounts(b.Reasons) {
		rows = append(rows, []any{c.text(kv.key), kv.n, c.text(blockedMeaning[kv.key])})
	}
	rows = append(rows, []any{excelize.Cell{StyleID: st.label, Value: "Total blocked"},
		excelize.Cell{StyleID: st.ok, Value: b.Total}}, nil,
		[]any{excelize.Cell{StyleID: st.section, Value: "The policy against the log"}},
		[]any{"Delivered, but the rules would have blocked them", warnCount(st, b.PredictedDelivered),
			"Column Predicted block of Messages names them."})
	for _, kv := range sortedCounts(b.PredictedReasons) {
		rows = append(rows, []any{c.text("    " + kv.key), kv.n, c.text(blockedMeaning[kv.key])})
	}
	rows = append(rows, []any{"Blocked, but no rule explains it", warnCount(st, b.Reasons[audit.BlockedUnknown]),
		"Diagnosis unknown in the table to the left."})
	if len(b.UnknownStatuses) > 0 {
		rows = append(rows, nil, []any{excelize.Cell{StyleID: st.section, Value: "Status values not understood"}},
			hdr("Status (as in the log)", "Rows", "Taken as"))
		for i, kv := range sortedCounts(b.UnknownStatuses) {
			if i == maxUnknownStatuses {
				rows = append(rows, []any{fmt.Sprintf("… %d more values", len(b.UnknownStatuses)-i)})
				break
			}
			rows = append(rows, []any{c.text(kv.key), kv.n, "not blocked"})
		}
	}
	return rows
}

// warnCount shows a count that should be 0 in the warning colour when it is not.
func warnCount(st *styles, n int) any {
	if n == 0 {
		return n
	}
	return excelize.Cell{StyleID: st.warn, Value: n}
}

// responseSideWidths are the widths of the Response time block's columns.
var responseSideWidths = []float64{20, 11, 11, 10, 9, 13, 10}

// responseSide is the Response time sheet's block: the overall share, then
// the same per day and per account, late and unanswered in colour.
func responseSide(st *styles, c *cells, sum *audit.Summary) [][]any {
	rs := &sum.Response
	rows := [][]any{
		{excelize.Cell{StyleID: st.header, Value: "Contact response time"}, excelize.Cell{StyleID: st.header, Value: "All"}},
		{"Needing a response", rs.Inbound},
		{"Within 24 hours", rs.AnsweredWithin24h},
		{"Share within 24h", shareCell(st, rs)},
		{"Late", warnCount(st, rs.Late)},
		{"Unanswered", badCount(st, rs.Unanswered)},
		{"Excluded", rs.Excluded},
		{excelize.Cell{StyleID: st.note, Value: "Amazon's target: over 90% within 24 hours."}},
	}
	groups := func(title string, gs []audit.ResponseGroup, first func(*audit.ResponseGroup) any) {
		if len(gs) == 0 {
			return
		}
		rows = append(rows, nil, []any{excelize.Cell{StyleID: st.section, Value: title}})
		names := []string{"Day", "Needing a response", "Within 24h", "Share", "Late", "Unanswered", "Excluded"}
		if title == "By account" {
			names[0] = "Account"
		}
		hdr := make([]any, len(names))
		for i, n := range names {
			hdr[i] = excelize.Cell{StyleID: st.header, Value: n}
		}
		rows = append(rows, hdr)
		for i := range gs {
			g := &gs[i]
			rows = append(rows, []any{first(g), g.Inbound, g.AnsweredWithin24h, shareCell(st, &g.ResponseSummary),
				warnCount(st, g.Late), badCount(st, g.Unanswered), g.Excluded})
		}
	}
	groups("By day", sum.ResponseByDay, func(g *audit.ResponseGroup) any { return c.date(g.Date) })
	groups("By account", sum.ResponseByAccount, func(g *audit.ResponseGroup) any { return c.text(orNone(g.Account)) })
	return rows
}

// shareCell is a response share: red under Amazon's 90% target, empty when
// no message needed a response.
func shareCell(st *styles, rs *audit.ResponseSummary) any {
	if rs.Inbound == 0 {
		return nil
	}
	if rs.Share < responseTarget {
		return excelize.Cell{StyleID: st.badPct, Value: rs.Share}
	}
	return excelize.Cell{StyleID: st.percent, Value: rs.Share}
}

// responseTarget is Amazon's Contact Response Time target (POLICY.md).
const responseTarget = 0.9

func badCount(st *styles, n int) any {
	if n == 0 {
		return n
	}
	return excelize.Cell{StyleID: st.sevError, Value: n}
}
