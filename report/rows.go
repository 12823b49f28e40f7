package report

import (
	"strings"
	"time"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/bsmaudit/bsmaudit/readers"
)

// cells turns audit values into spreadsheet cells: text made safe
// (cellText), times as real Excel dates in the report's time zone with an
// explicit format, empty values as no cell at all.
type cells struct {
	loc *time.Location
	st  *styles
	// arena, when set, holds the values of the row being built (see
	// rowArena): only for the streamed rows, which excelize never sees.
	arena *rowArena

	// The last calendar day parsed: messages come in log order, so
	// consecutive rows mostly share their day.
	day     string
	dayTime time.Time
}

// text is a text cell, or nothing for "".
func (c *cells) text(s string) any {
	if s == "" {
		return nil
	}
	return c.clean(cellText(s))
}

// at is a date-time cell in the report's zone, or nothing for a zero time.
// excelize writes the wall clock of the time's own location, so convert
// first (LIBRARIES.md a).
func (c *cells) at(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return c.cell(c.st.dateTime, "", c.timeValue(t.In(c.loc)))
}

// date is a YYYY-MM-DD day as a real Excel date; text it cannot parse is
// kept as text so that nothing is lost.
func (c *cells) date(day string) any {
	if day == "" {
		return nil
	}
	if day != c.day {
		t, err := time.Parse(time.DateOnly, day)
		if err != nil {
			return c.clean(cellText(day))
		}
		c.day, c.dayTime = day, t
	}
	return c.cell(c.st.date, "", c.timeValue(c.dayTime))
}

// yesNo renders a flag the way an analyst filters on it.
func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// findingCodes joins the finding codes with ";" (CLI.md --export).
func findingCodes(fs []audit.Finding) string {
	switch len(fs) {
	case 0:
		return ""
	case 1:
		return fs[0].Code
	}
	var b strings.Builder
	for i, f := range fs {
		if i > 0 {
			b.WriteByte(';')
		}
		b.WriteString(f.Code)
	}
	return b.String()
}

// messageRow fills row with the Messages sheet's columns for m.
func (c *cells) messageRow(row []any, m *audit.Message, src string) []any {
	r := &m.Record
	row = append(row,
		c.text(r.MessageID), c.str(src), c.at(r.SentAt), c.date(m.Day),
		c.str(r.Direction.String()), c.text(r.Account), c.text(r.Marketplace), c.text(r.OrderID),
		c.text(r.BuyerLanguage))
	var over any
	if r.Direction == readers.Outbound {
		over = c.str(yesNo(m.OverLimit))
		v := &m.Verdict
		row = append(row, c.text(v.Language), c.text(string(v.Class)), c.text(v.Reason),
			c.text(v.ReasonRule), c.text(v.ReasonEvidence), c.text(findingCodes(v.Findings)),
			len(v.Findings), c.str(yesNo(m.Reply)))
	} else {
		row = append(row, nil, nil, nil, nil, nil, nil, nil, nil)
	}
	return append(row, c.text(r.Status), c.text(m.BlockedReason), over,
		c.text(m.Predicted), c.text(m.PredictedEvidence), c.text(r.Subject), c.text(r.Body))
}

// findingRow fills row with the Findings sheet's columns for one finding;
// its message ID links to the message's row at target ("'Messages'!A7").
func (c *cells) findingRow(row []any, m *audit.Message, src string, f *audit.Finding, target string) []any {
	r := &m.Record
	sev := string(f.Severity)
	return append(row, c.link(r.MessageID, target), c.str(src), c.at(r.SentAt), c.text(r.Account),
		c.text(r.OrderID), c.text(f.Code), c.cell(c.st.severity(sev), "", c.text(sev)),
		c.text(f.Rule), c.text(f.Evidence), c.text(string(m.Verdict.Class)))
}

// maxLinkText bounds the text shown by a link formula (Excel allows 255
// characters in a formula's string literal).
const maxLinkText = 200

// link is a cell showing text that jumps to target, a cell of this
// workbook: a HYPERLINK formula, the only link a streamed sheet can hold
// (excelize's stream writer has no hyperlinks), with text as its cached
// value so that every reader shows it without recalculating. A message
// without an ID shows "(message)".
func (c *cells) link(text, target string) any {
	if text == "" {
		text = "(message)"
	}
	if len(text) > maxLinkText || target == "" {
		return c.text(text)
	}
	shown := cellText(text)
	return c.cell(c.st.link,
		`HYPERLINK("#`+strings.ReplaceAll(target, `"`, `""`)+`","`+strings.ReplaceAll(shown, `"`, `""`)+`")`, c.clean(shown))
}

// blockedRow fills row with the Blocked sheet's columns.
func (c *cells) blockedRow(row []any, m *audit.Message, src string) []any {
	r := &m.Record
	var class any
	if r.Direction == readers.Outbound {
		class = c.text(string(m.Verdict.Class))
	}
	return append(row, c.text(r.MessageID), c.str(src), c.at(r.SentAt), c.text(r.Account),
		c.text(r.OrderID), c.text(r.Status), c.text(m.BlockedReason),
		c.text(m.BlockedEvidence), class)
}

// responseRow fills row with the Response time sheet's columns.
func (c *cells) responseRow(row []any, m *audit.Message, src string) []any {
	r, rt := &m.Record, m.Response
	return append(row, c.text(r.MessageID), c.str(src), c.at(r.SentAt), c.text(r.Account),
		c.text(r.OrderID), c.at(rt.AnsweredAt), rt.Delay.Hours(),
		c.str(yesNo(rt.WithinTarget && !rt.Excluded)), c.str(yesNo(rt.Excluded)), c.outcome(rt))
}

// outcome is the Outcome cell, coloured by its meaning.
func (c *cells) outcome(rt *audit.Response) any {
	o := outcome(rt)
	switch o {
	case "within target":
		return c.cell(c.st.good, "", c.str(o))
	case "late":
		return c.cell(c.st.warn, "", c.str(o))
	case "unanswered":
		return c.cell(c.st.sevError, "", c.str(o))
	}
	return c.str(o)
}

// outcome says in one word what became of a buyer's message.
func outcome(rt *audit.Response) string {
	switch {
	case rt.Excluded:
		return "excluded"
	case rt.WithinTarget:
		return "within target"
	case rt.AnsweredAt.IsZero():
		return "unanswered"
	}
	return "late"
}
