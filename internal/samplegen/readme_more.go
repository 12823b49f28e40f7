package main

import (
	"fmt"
	"strings"
	"time"
)

func (s *sample) readmeOther(w writef) {
	langs := map[string]int{}
	optedOut, optedBlocked, late, lateBlast := 0, 0, 0, 0
	var slow, unanswered []string
	first := map[*msg]*msg{} // question -> its answer
	for i, m := range s.msgs {
		if m.Bad != "" {
			continue
		}
		langs[m.O.Buyer.Lang]++
		if m.Inbound {
			first[m] = nil
			for _, x := range s.msgs[i+1:] {
				if !x.Inbound && x.O == m.O && x.Bad == "" {
					first[m] = x
					break
				}
			}
			switch a := first[m]; {
			case a == nil:
				unanswered = append(unanswered, m.ID)
			case a.At.Sub(m.At) > 24*time.Hour:
				slow = append(slow, fmt.Sprintf("%s (%s, %.0f h)", m.ID, a.ID, a.At.Sub(m.At).Hours()))
			}
			continue
		}
		if m.O.Buyer.OptedOut {
			optedOut++
			if m.Status == "Blocked" {
				optedBlocked++
			}
		}
		if m.Purpose != "reply" && m.At.Sub(m.O.Purchased) > 30*day {
			late++
			if m.Purpose == "blast" {
				lateBlast++
			}
		}
	}
	w("## Other things to find\n\n")
	w("- Buyer questions (inbound): %d; answered within 24 h: %d; answered later: %d (%s); unanswered: %d (%s).\n",
		len(first), len(first)-len(slow)-len(unanswered), len(slow), strings.Join(slow, ", "), len(unanswered), strings.Join(unanswered, ", "))
	w("  A reply is the next outbound row on the same order (`Re: ...`, contact reason `reply`).\n")
	w("- Outbound rows to buyers who opted out (`Buyer Opted Out` = true): %d, of which %d `Blocked`\n", optedOut, optedBlocked)
	w("  (replies and critical messages are delivered; plain rows of the plan that hit an opted-out buyer count here too).\n")
	w("- Non-reply outbound rows sent more than 30 days after purchase (late_proactive): %d, of which %d in the blast.\n", late, lateBlast)
	w("- Review requests with an incentive are `Blocked`; so are the blast's last %d rows and blast rows to opted-out buyers.\n", blastBlocked)
	w("- Rows by buyer language:")
	for i, c := range sortedCounts(langs, []string{"en-US", "es-US", "en-GB", "de-DE", "fr-FR", "it-IT", "es-ES"}) {
		sep := ","
		if i == 0 {
			sep = ""
		}
		w("%s %s %d", sep, c.key, c.n)
	}
	w(".\n\n")
}

func (s *sample) readmeBreach(w writef) {
	blast, blocked, first, last := 0, 0, "", ""
	for _, m := range s.msgs {
		if m.Purpose == "blast" {
			blast++
			if m.Status == "Blocked" {
				blocked++
			}
			if first == "" {
				first = m.ID
			}
			last = m.ID
		}
	}
	maxOther, maxDay := 0, ""
	for _, a := range []string{accountUS, accountEU} {
		for d := monthStart; d.Before(monthEnd); d = d.AddDate(0, 0, 1) {
			if a == accountUS && d.Equal(blastDay) {
				continue
			}
			if c := s.dayCount(a, d); c > maxOther {
				maxOther, maxDay = c, a+" "+d.Format(time.DateOnly)
			}
		}
	}
	from := blastDay.AddDate(0, 0, -30)
	live := 0 // the window without cancelled orders
	for _, o := range s.orders {
		if o.Account == accountUS && !o.Cancelled && !o.Purchased.Before(from) && o.Purchased.Before(blastDay) {
			live++
		}
	}
	liveLimit := 5*float64(live)/30 + 600
	w("## The limit breach\n\n")
	w("On %s, \"%s\" runs a review-request blast from an automation tool: %d messages (%s to %s),\n",
		blastDay.Format(time.DateOnly), accountUS, blast, first, last)
	w("one per distinct order purchased %s or earlier, every 20-40 seconds from 12:00 UTC, English to every\n", blastDay.Add(-4*day-time.Second).Format(time.DateOnly))
	w("buyer (so es-US buyers get a wrong-language warning). %d of them are `Blocked` (the last %d, and those to opted-out buyers).\n\n", blocked, blastBlocked)
	w("| | |\n|---|---|\n")
	w("| outbound rows that day, blocked included | %d (blast %d, other %d) |\n", s.breachCount, blast, s.breachCount-blast)
	w("| orders window | %s to %s (30 days): %d distinct order IDs, cancelled ones included |\n",
		from.Format(time.DateOnly), blastDay.AddDate(0, 0, -1).Format(time.DateOnly), s.breachN)
	w("| average daily orders | %.2f |\n", s.breachAvg)
	w("| limit = 5 x average + 600 | %.2f |\n", s.breachLimit)
	w("| over the limit by | %.2f |\n\n", float64(s.breachCount)-s.breachLimit)
	w("Without cancelled orders the window holds %d orders (average %.2f, limit %.2f): a breach either way,\n", live, float64(live)/30, liveLimit)
	w("and also when blocked messages are not counted (%d delivered or not sent).\n\n", s.breachCount-s.blockedOn(accountUS, blastDay))
	w("No other day comes near its limit: the busiest other account-day is %s with %d outbound rows.\n\n", maxDay, maxOther)
}

func (s *sample) readmeBad(w writef) {
	w("## Rows the reader must reject\n\n")
	w("| line | message | problem |\n|---|---|---|\n")
	for _, m := range s.msgs {
		if m.Bad != "" {
			w("| %d | %s | %s |\n", m.Line, m.ID, m.Bad)
		}
	}
	w("\nLines are physical lines of `messages.csv` where the row starts (line 1 is the header). The report's\n")
	w("Rejected rows sheet should list exactly these; every other row is valid.\n")
}

// blockedOn counts an account's blocked outbound rows on a day.
func (s *sample) blockedOn(acct string, d time.Time) int {
	n := 0
	for _, m := range s.msgs {
		if !m.Inbound && m.Bad == "" && m.O.Account == acct && m.Status == "Blocked" && dayStart(m.At).Equal(d) {
			n++
		}
	}
	return n
}
