package main

import (
	"fmt"
	"slices"
	"time"
)

// The blast: on one afternoon an automation tool sends a review request to
// every recent US order, far more messages than the account's daily limit.
var (
	blastDay     = time.Date(2026, 10, 20, 0, 0, 0, 0, time.UTC)
	blastStart   = blastDay.Add(12 * time.Hour)
	blastSize    = 780
	blastBlocked = 40 // the last ones Amazon stopped
)

func (g *gen) blast() error {
	var cands []*order
	for _, o := range g.byAcct[accountUS] {
		if !o.Cancelled && !o.unanswered && o.Purchased.Before(blastDay.Add(-4*day)) {
			cands = append(cands, o)
		}
	}
	if len(cands) < blastSize {
		return fmt.Errorf("blast: only %d US orders before %s, need %d", len(cands), blastDay.Format(time.DateOnly), blastSize)
	}
	g.r.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	cands = cands[:blastSize]
	// the tool walks its order list oldest first
	slices.SortStableFunc(cands, func(a, b *order) int { return a.Purchased.Compare(b.Purchased) })
	at := blastStart
	for i, o := range cands {
		at = at.Add(time.Duration(20+g.r.IntN(21)) * time.Second)
		m := g.newOut(o, at, job{Purpose: "blast"})
		// the tool writes English to everyone
		t := pick(g.r, packs["en"].T["blast"])
		v := g.vars(o, at, "en", o.Items[g.r.IntN(len(o.Items))].P, "")
		m.Subj, m.Body = v.fill(t.Subj), v.fill(t.Body)+"\n\n"+enSign[0]
		if i >= blastSize-blastBlocked || o.Buyer.OptedOut {
			m.Status = "Blocked"
		}
		g.msgs = append(g.msgs, m)
	}
	return nil
}

// badRows adds rows the reader must reject, on three different days.
func (g *gen) badRows() error {
	bad := []struct {
		dom  int
		job  job
		what string
	}{
		{7, job{Purpose: "proactive_service"}, "unparseable timestamp `31/31/2026 25:00`"},
		{16, job{Purpose: "invoice"}, "12 fields instead of 13 (the Marketplace column is missing)"},
		{26, job{Purpose: "warranty"}, "empty body"},
	}
	for i, b := range bad {
		if err := g.single(b.job, b.dom); err != nil {
			return fmt.Errorf("bad row %d: %w", i+1, err)
		}
		m := g.msgs[len(g.msgs)-1]
		m.Bad = b.what
		switch i {
		case 0:
			m.RawAt = "31/31/2026 25:00"
		case 1:
			m.Short = true
		case 2:
			m.Body = ""
		}
	}
	return nil
}

// dayLimit is POLICY.md's limit for an account on a day, from the orders:
// distinct orders in the 30 days before the day, divided by 30.
func dayLimit(orders []*order, acct string, d time.Time) (n int, avg, limit float64) {
	from := d.AddDate(0, 0, -30)
	for _, o := range orders {
		if o.Account == acct && !o.Purchased.Before(from) && o.Purchased.Before(d) {
			n++
		}
	}
	avg = float64(n) / 30
	return n, avg, 5*avg + 600
}

// dayCount counts an account's outbound rows on a day, blocked ones included.
func (g *gen) dayCount(acct string, d time.Time) int {
	n := 0
	for _, m := range g.msgs {
		if !m.Inbound && m.O.Account == acct && m.Bad == "" && dayStart(m.At).Equal(d) {
			n++
		}
	}
	return n
}
