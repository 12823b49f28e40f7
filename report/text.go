package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/bsmaudit/bsmaudit/audit"
)

// Limits of the text summary: it is read on a terminal, the report has the rest.
const (
	textTopFindings = 5
	textTopBreaches = 3
)

// WriteText writes the short human summary for stderr: rows, messages by
// class, the top findings, the days over the limit, blocked messages and
// the response share. Plain text, aligned, about a dozen lines.
func WriteText(w io.Writer, sum *audit.Summary) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	p := func(format string, args ...any) { fmt.Fprintf(tw, format+"\n", args...) }

	rc := sum.Rows
	check := "ok"
	if rc.Read != rc.Audited+rc.Rejected {
		check = "MISMATCH"
	}
	p("rows\t%d read = %d audited + %d rejected (%s)", rc.Read, rc.Audited, rc.Rejected, check)
	p("messages\t%d outbound, %d inbound", sum.Outbound, sum.Inbound)
	var cls []string
	for _, c := range audit.Classes {
		n := sum.Classes[c]
		cls = append(cls, fmt.Sprintf("%s %d (%.1f%%)", c, n, 100*share(n, sum.Outbound)))
	}
	p("classes\t%s", strings.Join(cls, ", "))

	total := 0
	for _, n := range sum.Findings {
		total += n
	}
	p("findings\t%d (error %d, warning %d, info %d)", total,
		sum.Severities["error"], sum.Severities["warning"], sum.Severities["info"])
	for i, kv := range sortedCounts(sum.Findings) {
		if i == textTopFindings {
			break
		}
		p("  %s\t%d", kv.key, kv.n)
	}

	if sum.Breaches > textTopBreaches {
		p("days over limit\t%d (the first %d; %d more in the report)", sum.Breaches,
			textTopBreaches, sum.Breaches-textTopBreaches)
	} else {
		p("days over limit\t%d", sum.Breaches)
	}
	shown := 0
	for _, d := range sum.Days {
		if d.Over <= 0 {
			continue
		}
		if shown == textTopBreaches {
			break
		}
		shown++
		limit := "?"
		if d.Limit != nil {
			limit = fmt.Sprint(*d.Limit)
		}
		p("  %s %s\t%d sent, limit %s, +%d", d.Date, d.Account, d.Outbound, limit, d.Over)
	}

	p("blocked\t%d", sum.Blocked.Total)
	rs := sum.Response
	p("response\t%d of %d answered within 24h (%.1f%%)", rs.AnsweredWithin24h, rs.Inbound, 100*rs.Share)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing the summary: %w", err)
	}
	return nil
}
