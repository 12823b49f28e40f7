package gen

import (
	"strings"
	"testing"
)

// TestEveryFamily checks that a modest log already has every purpose
// (POLICY.md's reason codes), both directions, the statuses and the
// buyers, languages and accounts the issue asks for.
func TestEveryFamily(t *testing.T) {
	rs := rows(t, small(6000, CSV))
	count := func(f func(*row) string) map[string]int {
		m := map[string]int{}
		for i := range rs {
			m[f(&rs[i])]++
		}
		return m
	}
	kinds := count(func(r *row) string { return r.kind })
	for _, k := range append(purposes, "question", "reply") {
		if kinds[k] == 0 {
			t.Errorf("no %s message in 6,000 rows", k)
		}
	}
	langs := count(func(r *row) string { return r.Lang })
	for _, l := range Languages {
		if langs[l] < 10 {
			t.Errorf("%d messages for %s buyers", langs[l], l)
		}
	}
	if top := max(langs["en-US"], langs["de-DE"], langs["ja-JP"]); top > len(rs)/2 {
		t.Errorf("one language has %d of %d rows", top, len(rs))
	}
	for _, st := range []string{"Delivered", "Blocked", "Not sent"} {
		if count(func(r *row) string { return r.Status })[st] == 0 {
			t.Errorf("no message with status %s", st)
		}
	}
	if n := len(count(func(r *row) string { return r.Account })); n != 3 {
		t.Errorf("%d accounts, want 3", n)
	}
	if count(func(r *row) string { return map[bool]string{true: "y"}[r.OptedOut] })["y"] == 0 {
		t.Error("no opted-out buyer")
	}
}

// TestFindingMarkers looks for the text each finding needs.
func TestFindingMarkers(t *testing.T) {
	rs := rows(t, small(6000, CSV))
	markers := map[string]func(r *row) bool{
		"[Important] at the start": func(r *row) bool { return strings.HasPrefix(r.Subject, "[Important] ") },
		"[Important] at the end":   func(r *row) bool { return strings.HasSuffix(r.Subject, " [Important]") },
		"[Wichtig]":                func(r *row) bool { return strings.HasPrefix(r.Subject, "[Wichtig]") },
		"[重要]":                     func(r *row) bool { return strings.HasPrefix(r.Subject, "[重要]") },
		"IMPORTANT: without tag":   func(r *row) bool { return strings.HasPrefix(r.Subject, "IMPORTANT:") },
		"tag in the middle":        func(r *row) bool { return strings.HasPrefix(r.Subject, "Re [") },
		"critical without a tag": func(r *row) bool {
			return critical(r.kind) && !strings.Contains(r.Subject, "mportant") && !strings.Contains(r.Subject, "[")
		},
		"tag on a non-critical":     func(r *row) bool { return !critical(r.kind) && strings.Contains(r.Subject, "[Important]") },
		"critical without order ID": func(r *row) bool { return critical(r.kind) && !strings.Contains(r.Body+r.Subject, r.OrderID) },
		"URL":                       func(r *row) bool { return strings.Contains(r.Body, "https://") },
		"email":                     func(r *row) bool { return strings.Contains(r.Body, "@") },
		"opt-out":                   func(r *row) bool { return strings.Contains(r.Body, "STOP") },
		"quoted question":           func(r *row) bool { return r.kind == "reply" && strings.Contains(r.Body, "\n> ") },
		"English to a German buyer": func(r *row) bool { return r.Lang == "de-DE" && strings.HasPrefix(r.Body, "Hi ") },
		"British spelling":          func(r *row) bool { return r.Lang == "en-GB" && strings.Contains(r.Body, "colour") },
		"contact reason left empty": func(r *row) bool { return r.Direction == "outbound" && r.Reason == "" },
	}
	for name, f := range markers {
		n := 0
		for i := range rs {
			if f(&rs[i]) {
				n++
			}
		}
		if n == 0 {
			t.Errorf("no message with %s in 6,000 rows", name)
		}
	}
}

// TestSpikeDayBreaches checks the plan: at a large size, each account's
// spike day sends more than POLICY.md's limit (5 × average daily orders
// of the 30 days before + 600), and the other days stay under it.
func TestSpikeDayBreaches(t *testing.T) {
	p := newPlan(small(1_000_000, CSV))
	for a := range p.accts {
		total := 0.0
		for d := range p.opt.Days {
			total += p.acctWeight(a, d) * weekday[p.opt.Start.AddDate(0, 0, d).Weekday()]
		}
		over := 0
		for d := range p.opt.Days {
			orders := 0
			for od := d; od < d+ordersBefore; od++ {
				orders += p.counts[a][od]
			}
			limit := 5*float64(orders)/ordersBefore + 600
			msgs := float64(p.opt.Rows) * p.acctWeight(a, d) * weekday[p.opt.Start.AddDate(0, 0, d).Weekday()] / p.totalWeight()
			if msgs > limit {
				over++
				if d != p.accts[a].Spike {
					t.Errorf("account %d day %d: %.0f messages over the limit %.0f on a normal day", a, d, msgs, limit)
				}
			}
		}
		if over != 1 {
			t.Errorf("account %d: %d days over the limit, want its spike day only", a, over)
		}
	}
}
