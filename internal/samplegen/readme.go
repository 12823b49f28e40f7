package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// readme describes the generated sample so a reader can check a report against it.
func (s *sample) readme() string {
	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	w("# Sample data\n\n")
	w("A fictional month (October 2026) of Buyer-Seller Messaging for a small home-goods seller with two\n")
	w("seller accounts, \"%s\" (Amazon.com) and \"%s\" (Amazon.de, .fr, .it, .es).\n", accountUS, accountEU)
	w("The README's first command audits it:\n\n")
	w("    go run ./cmd/bsmaudit audit testdata/sample/messages.csv --orders testdata/sample/orders.txt -o report.xlsx\n\n")
	w("Generated, never edited by hand: `go run ./internal/samplegen -o testdata/sample` (fixed seed, math/rand/v2 PCG;\n")
	w("same bytes on every run; `go test ./internal/samplegen` fails when these files and the generator disagree).\n")
	w("Shops, buyers, order IDs, addresses, emails and phone numbers are invented. All times are UTC.\n\n")

	s.readmeFiles(w)
	s.readmePurposes(w)
	s.readmeVariants(w)
	s.readmeOther(w)
	s.readmeBreach(w)
	s.readmeBad(w)
	return b.String()
}

type writef func(format string, a ...any)

func (s *sample) readmeFiles(w writef) {
	rows, in, out := 0, map[string]int{}, map[string]int{}
	status := map[string]int{}
	for _, m := range s.msgs {
		rows++
		if m.Bad != "" {
			continue
		}
		if m.Inbound {
			in[m.O.Account]++
		} else {
			out[m.O.Account]++
			status[m.Status]++
		}
	}
	ids, cancelled := map[string]map[string]bool{accountUS: {}, accountEU: {}}, 0
	for _, o := range s.orders {
		ids[o.Account][o.ID] = true
		if o.Cancelled {
			cancelled++
		}
	}
	w("## Files\n\n")
	w("`messages.csv`: UTF-8, comma-separated, RFC 4180 quoting (bodies span lines inside quotes), LF line ends,\n")
	w("header `%s`. %d data rows, sorted by `Sent At` (`YYYY-MM-DD hh:mm:ss`, no offset: UTC),\n", strings.Join(messagesHeader, ","), rows)
	w("2026-10-01 to 2026-10-31. Message IDs `MSG-00001`... follow the row order. `Direction` is `outbound` or\n")
	w("`inbound`; `Buyer Opted Out` is `true` or `false`; `Contact Reason` uses the dev corpus's codes (`customization`,\n")
	w("`delivery_scheduling`, `address_issue`, `fulfillment_problem`, `reply`, `proactive_service`, `invoice`, `warranty`,\n")
	w("`legal_disclosure`, `other`) and is empty on inbound rows.\n\n")
	w("| account | outbound | inbound |\n|---|---|---|\n")
	for _, a := range []string{accountUS, accountEU} {
		w("| %s | %d | %d |\n", a, out[a], in[a])
	}
	w("\nOutbound `Status` (valid rows): Delivered %d, Blocked %d, Not sent %d. Inbound rows are `Delivered`.\n\n",
		status["Delivered"], status["Blocked"], status["Not sent"])
	w("`orders.txt`: Amazon's All Orders Report (tab-separated, one row per order item, `purchase-date` like\n")
	w("`2026-10-03T14:22:05+00:00`), as an agency exports it for two clients at once: both accounts merged into one\n")
	w("file with an extra last column `account` that Amazon's report does not have. %d rows, %d distinct orders\n", s.orderRows, len(ids[accountUS])+len(ids[accountEU]))
	w("(%s %d, %s %d; %d cancelled), purchased %s to 2026-10-31. Orders start in late August so that October's\n",
		accountUS, len(ids[accountUS]), accountEU, len(ids[accountEU]), cancelled, ordersFrom.Format(time.DateOnly))
	w("30-day windows are full and the blast below finds enough orders. Every order ID in `messages.csv` is in\n")
	w("`orders.txt`, purchased before its first message.\n\n")
}

// count is a label with a number, for sorted tables.
type count struct {
	key string
	n   int
}

func sortedCounts(m map[string]int, order []string) []count {
	var out []count
	for _, k := range order {
		if m[k] > 0 {
			out = append(out, count{k, m[k]})
		}
	}
	return out
}

func (s *sample) readmePurposes(w writef) {
	n := map[string]int{}
	for _, m := range s.msgs {
		if !m.Inbound && m.Bad == "" {
			n[m.Class+"|"+m.Reason]++
		}
	}
	w("## Outbound messages by intended class and reason\n\n")
	w("What POLICY.md should decide for each valid outbound row (the generator's intent; the blast is included in\n")
	w("review_request, see below). Replies with a coupon or a review request count as prohibited.\n\n")
	w("| class | reason | rows |\n|---|---|---|\n")
	var keys []string
	for _, p := range []string{"customization", "delivery_scheduling", "address_issue", "fulfillment_blocker",
		"reply", "proactive_service", "out_of_stock", "invoice", "warranty", "legal_disclosure", "other_permitted",
		"review_request", "marketing", "shipment_notice"} {
		for _, c := range []string{"critical", "non-critical", "prohibited"} {
			keys = append(keys, c+"|"+p)
		}
	}
	for _, c := range sortedCounts(n, keys) {
		cl, r, _ := strings.Cut(c.key, "|")
		w("| %s | %s | %d |\n", cl, r, c.n)
	}
	w("\n")
}

func (s *sample) readmeVariants(w writef) {
	n := map[string]int{}
	var order []string
	for _, j := range plan {
		if j.Variant != "" && !slices.Contains(order, j.Variant) {
			order = append(order, j.Variant)
		}
	}
	for _, m := range s.msgs {
		if m.Bad == "" && m.Variant != "" && (!m.Inbound || m.Variant == "unanswered") {
			n[m.Variant]++
		}
	}
	w("## Deliberate cases (not counting the blast)\n\n")
	w("Most critical messages are correct: `[Important]` at the start of the subject (or at the end, or `[Wichtig]`\n")
	w("in German) and the order ID in the body, often in the subject too. Other cases on purpose:\n\n")
	w("| case | rows |\n|---|---|\n")
	for _, c := range sortedCounts(n, order) {
		w("| %s | %d |\n", variantNotes[c.key], c.n)
	}
	w("\nCritical messages to a de-DE buyer are written in German unless the case says otherwise; their tag is\n")
	w("`[Important]` except in the `[Wichtig]` case. Texts come in English, German, French, Italian and Spanish.\n\n")
}
