package report

import (
	"fmt"
	"strings"
	"time"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/xuri/excelize/v2"
)

// writeSummary writes the Summary sheet: what was audited, the key numbers
// as tiles, whether the rows reconcile, the details block by block, links
// to every other sheet and the charts.
func (x *XLSX) writeSummary(sum *audit.Summary, loc *time.Location) error {
	f, st := x.f, x.st
	b := &block{f: f, st: st, c: &cells{loc: loc, st: st}, sheet: sheetSummary, r: 1}
	b.row(excelize.Cell{StyleID: st.title, Value: "bsmaudit compliance report"})
	sub := "Period " + period(sum, loc) + " · accounts: " + orNone(strings.Join(sum.Accounts, ", "))
	if t := x.opt.Tool; t.Name != "" {
		sub += " · " + strings.TrimSpace(t.Name+" "+t.Version)
	}
	b.row(excelize.Cell{StyleID: st.note, Value: cellText(sub)})
	if err := writeTiles(f, st, sum); err != nil {
		return err
	}
	b.r = tileRow + 2
	summaryAudit(b, sum)
	x.summaryReconcile(b, sum)
	summaryInputs(b, sum)
	var rg summaryRanges
	rg.classFirst, rg.classLast = summaryMessages(b, sum)
	rg.codeFirst, rg.codeLast = summaryFindings(b, sum)
	summaryLimits(b, sum)
	summaryBlocked(b, sum, x.blocked)
	summaryResponse(b, sum, x.response)
	notes := append(sum.Notes[:len(sum.Notes):len(sum.Notes)], x.spillNotes()...)
	if rowZone := x.cells.loc.String(); rowZone != loc.String() {
		// The row sheets were streamed before the Summary was known: say so
		// rather than show two zones without a word.
		notes = append(notes, fmt.Sprintf(
			"Times on the message sheets are in %s, not in the audit's time zone %s.", rowZone, loc))
	}
	if len(notes) > 0 {
		b.section("Notes")
		for _, n := range notes {
			b.row(b.c.text(n))
		}
	}
	if b.err != nil {
		return fmt.Errorf("sheet %s: %w", sheetSummary, b.err)
	}
	if err := x.summaryLinks(); err != nil {
		return err
	}
	if err := addCharts(f, st, sum, rg); err != nil {
		return err
	}
	return summaryLayout(f)
}

// summaryLayout sets the Summary's widths, hides its gridlines and makes it
// print on one page wide, landscape: it is what gets attached to an audit.
func summaryLayout(f *excelize.File) error {
	for col, w := range map[string]float64{"A": 34, "B": 18, "C": 18, "D": 18, "E": 18, "F": 18, "G": 2, "H": 22, "I": 2} {
		if err := f.SetColWidth(sheetSummary, col, col, w); err != nil {
			return fmt.Errorf("sheet %s column %s: %w", sheetSummary, col, err)
		}
	}
	if err := f.SetSheetView(sheetSummary, 0, &excelize.ViewOptions{ShowGridLines: boolPtr(false)}); err != nil {
		return fmt.Errorf("sheet %s: %w", sheetSummary, err)
	}
	landscape, one, auto := "landscape", 1, 0
	if err := f.SetPageLayout(sheetSummary, &excelize.PageLayoutOptions{Orientation: &landscape,
		FitToWidth: &one, FitToHeight: &auto}); err != nil {
		return fmt.Errorf("sheet %s: page layout: %w", sheetSummary, err)
	}
	if err := f.SetSheetProps(sheetSummary, &excelize.SheetPropsOptions{FitToPage: boolPtr(true)}); err != nil {
		return fmt.Errorf("sheet %s: %w", sheetSummary, err)
	}
	return nil
}

// period is the first to the last message time in loc, or "none".
func period(sum *audit.Summary, loc *time.Location) string {
	if sum.From.IsZero() {
		return "none"
	}
	const layout = "2006-01-02 15:04"
	return sum.From.In(loc).Format(layout) + " to " + sum.To.In(loc).Format(layout) + " (" + loc.String() + ")"
}

// spillNotes say which tables did not fit on one sheet and where they go on.
func (x *XLSX) spillNotes() []string {
	var out []string
	for _, s := range x.streams() {
		names := s.names()
		if len(names) < 2 {
			continue
		}
		out = append(out, fmt.Sprintf("%s has %d rows, more than one sheet holds (%d): they continue on %s.",
			s.base, s.rows, s.maxRows, strings.Join(names[1:], ", ")))
	}
	return out
}

func summaryAudit(b *block, sum *audit.Summary) {
	b.section("Audit")
	b.kv("First message", b.c.at(sum.From))
	b.kv("Last message", b.c.at(sum.To))
	b.kv("Accounts", b.c.text(orNone(strings.Join(sum.Accounts, ", "))))
	b.kv("Time zone", b.c.text(orNone(sum.TimeZone)))
	b.kv("Policy", b.c.text(strings.TrimSpace(sum.Policy.Name+" "+sum.Policy.Version)))
	b.kv("Policy SHA-256", b.c.text(sum.Policy.SHA256))
	b.kv("Orders source", ordersSource(sum.OrdersSource))
	b.kv("Orders window (days)", sum.OrdersWindow)
}

// summaryReconcile shows that every row read was audited or rejected, and
// that the row sheets list every one of them.
func (x *XLSX) summaryReconcile(b *block, sum *audit.Summary) {
	rc := sum.Rows
	b.section("Reconciliation")
	b.kv("Rows read", rc.Read)
	b.kv("Rows audited", rc.Audited)
	b.kv("Rows rejected", rc.Rejected)
	if rc.Read == rc.Audited+rc.Rejected {
		b.kv("Check", excelize.Cell{StyleID: b.st.ok, Value: "✓ read = audited + rejected"})
	} else {
		b.kv("Check", excelize.Cell{StyleID: b.st.bad, Value: fmt.Sprintf(
			"MISMATCH: read %d ≠ audited %d + rejected %d", rc.Read, rc.Audited, rc.Rejected)})
	}
	listed, rejected := x.messages.rows, x.rejected.rows
	b.kv("Rows listed on Messages", listed, b.c.text(sheetsNote(x.messages)))
	b.kv("Rows listed on Rejected rows", rejected, b.c.text(sheetsNote(x.rejected)))
}

// sheetsNote says over how many sheets a table runs, "" for one.
func sheetsNote(s *streamSheet) string {
	if n := len(s.parts); n > 1 {
		return fmt.Sprintf("on %d sheets", n)
	}
	return ""
}

func summaryInputs(b *block, sum *audit.Summary) {
	b.section("Inputs")
	b.header("Path", "Format", "Encoding", "Rows read", "Rejected", "Notes")
	for _, in := range sum.Inputs {
		b.row(b.c.text(in.Path), b.c.text(in.Format), b.c.text(in.Encoding), in.RowsRead,
			in.RowsRejected, b.c.text(strings.Join(in.Notes, "; ")))
	}
	if len(sum.Orders) == 0 {
		return
	}
	b.section("Orders exports")
	b.header("Path", "Format", "Encoding", "Rows read", "Rejected", "Notes")
	for _, in := range sum.Orders {
		b.row(b.c.text(in.Path), b.c.text(in.Format), b.c.text(in.Encoding), in.RowsRead,
			in.RowsRejected, b.c.text(strings.Join(in.Notes, "; ")))
	}
}

// summaryMessages returns the rows of the class counts, for the chart.
func summaryMessages(b *block, sum *audit.Summary) (first, last int) {
	b.section("Messages")
	b.kv("Outbound (seller to buyer)", sum.Outbound)
	b.kv("Inbound (buyer to seller)", sum.Inbound)
	b.header("Class", "Messages", "% of outbound")
	first = b.r
	for _, cl := range audit.Classes {
		n := sum.Classes[cl]
		last = b.row(string(cl), n, excelize.Cell{StyleID: b.st.percent, Value: share(n, sum.Outbound)})
	}
	if len(sum.Reasons) > 0 {
		b.header("Reason", "Messages")
		for _, kv := range sortedCounts(sum.Reasons) {
			b.row(b.c.text(kv.key), kv.n)
		}
	}
	return first, last
}

// summaryFindings returns the rows of the counts by code, for the chart.
func summaryFindings(b *block, sum *audit.Summary) (first, last int) {
	b.section("Findings")
	b.header("Severity", "Findings")
	for _, sev := range []string{"error", "warning", "info"} {
		b.row(excelize.Cell{StyleID: b.st.severity(sev), Value: sev}, sum.Severities[sev])
	}
	b.header("Code", "Findings")
	for i, kv := range sortedCounts(sum.Findings) {
		r := b.row(b.c.text(kv.key), kv.n)
		if i == 0 {
			first = r
		}
		last = r
	}
	return first, last
}

// maxSummaryBreaches is how many breach days the Summary lists; Daily has all.
const maxSummaryBreaches = 20

func summaryLimits(b *block, sum *audit.Summary) {
	b.section("Daily message limit")
	b.kv("Days over the limit", sum.Breaches)
	listed := 0
	for i := range sum.Days {
		d := &sum.Days[i]
		if d.Over <= 0 {
			continue
		}
		if listed == 0 {
			b.header("Date", "Account", "Outbound", "Limit", "Excess")
		}
		if listed++; listed > maxSummaryBreaches {
			b.row(fmt.Sprintf("… %d more on the Daily sheet", sum.Breaches-maxSummaryBreaches))
			break
		}
		var limit any
		if d.Limit != nil {
			limit = *d.Limit
		}
		b.row(b.c.date(d.Date), b.c.text(d.Account), d.Outbound, limit,
			excelize.Cell{StyleID: b.st.bad, Value: d.Over})
	}
}

func summaryBlocked(b *block, sum *audit.Summary, sheet *streamSheet) {
	bs := &sum.Blocked
	b.section("Blocked messages")
	b.kv("Blocked", bs.Total)
	if len(bs.Reasons) > 0 {
		b.header("Diagnosis", "Messages")
		for _, kv := range sortedCounts(bs.Reasons) {
			b.row(b.c.text(kv.key), kv.n)
		}
	}
	b.kv("Delivered, but predicted blocked", bs.PredictedDelivered)
	b.kv("Blocked, no rule explains it", bs.Reasons[audit.BlockedUnknown])
	if len(bs.UnknownStatuses) > 0 {
		b.kv("Status values not understood", len(bs.UnknownStatuses))
	}
	b.link("Diagnoses and cross-check", sheetBlocked, sideCell(sheet))
}

func summaryResponse(b *block, sum *audit.Summary, sheet *streamSheet) {
	rs := sum.Response
	b.section("Response time")
	b.kv("Buyer messages needing a response", rs.Inbound)
	b.kv("Answered within 24h", rs.AnsweredWithin24h)
	b.kv("Share answered within 24h", shareCell(b.st, &rs))
	b.kv("Answered late", rs.Late)
	b.kv("Unanswered", rs.Unanswered)
	b.kv("Excluded (no response needed)", rs.Excluded)
	b.link("By day and by account", sheetResponse, sideCell(sheet))
}

// sideCell is the top-left cell of a sheet's side block, "A1" without one.
func sideCell(s *streamSheet) string {
	if s == nil || s.sideCol == 0 {
		return "A1"
	}
	col, _ := excelize.ColumnNumberToName(s.sideCol)
	return col + "1"
}
