package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"time"
)

// msg is one row of messages.csv.
type msg struct {
	ID      string
	At      time.Time
	RawAt   string // when set, written instead of At (a bad row)
	Inbound bool
	O       *order
	Subj    string
	Body    string
	Contact string
	Status  string
	// Purpose and Variant are the plan entry the row came from; Class and
	// Reason are what POLICY.md should decide (outbound rows only).
	Purpose, Variant, Class, Reason string
	Bad                             string // why the reader must reject the row
	Short                           bool   // written without the Marketplace column
	Line                            int    // the line the row starts on, once written
}

// gen holds the generator's state: one random source drives everything, so
// the order of calls is part of the output.
type gen struct {
	r      *rand.Rand
	orders []*order
	byAcct map[string][]*order
	msgs   []*msg
}

var (
	monthStart = time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	monthEnd   = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
)

// when is a random sending time in October (on day dom when dom > 0), in the
// account's working hours; buyers write at any hour.
func (g *gen) when(acct string, inbound bool, dom int) time.Time {
	d := monthStart.AddDate(0, 0, g.r.IntN(31))
	if dom > 0 {
		d = monthStart.AddDate(0, 0, dom-1)
	}
	h := 7 + g.r.IntN(12)
	switch {
	case inbound:
		h = g.r.IntN(24)
	case acct == accountUS:
		h = 13 + g.r.IntN(11)
	}
	return d.Add(time.Duration(h)*time.Hour + time.Duration(g.r.IntN(3600))*time.Second)
}

// place finds an order and a time for one message of a job; span is how
// long after the time the scenario still needs (a reply's delay).
func (g *gen) place(j job, span time.Duration, dom int) (*order, time.Time, error) {
	info := purposes[j.Purpose]
	minA, maxA := info.MinAge, info.MaxAge
	if j.Variant == "late" {
		minA, maxA = 31*day, 50*day
	}
	for try := range 400 {
		acct := accountUS
		if g.r.IntN(10) < 4 || j.Variant == "wichtig" || j.Variant == "en_to_de" || j.Variant == "en_to_fr" {
			acct = accountEU
		}
		at := g.when(acct, j.Purpose == "reply", dom)
		if !at.Add(span).Before(monthEnd) {
			continue
		}
		os := g.byAcct[acct]
		lo := sort.Search(len(os), func(i int) bool { return !os[i].Purchased.Before(at.Add(-maxA)) })
		hi := sort.Search(len(os), func(i int) bool { return !os[i].Purchased.Before(at.Add(-minA)) })
		var cands []*order
		for _, o := range os[lo:hi] {
			if o.uses <= try/150 && g.fits(o, j.Purpose, j.Variant) {
				cands = append(cands, o)
			}
		}
		if len(cands) > 0 {
			o := pick(g.r, cands)
			o.uses++
			return o, at, nil
		}
	}
	return nil, time.Time{}, fmt.Errorf("no order fits %s/%s", j.Purpose, j.Variant)
}

// fits says whether an order can carry a message of this purpose and variant.
func (g *gen) fits(o *order, purpose, variant string) bool {
	if o.Cancelled {
		return false
	}
	lang := textLang(o, variant)
	if (purpose == "customization" || purpose == "delivery_scheduling") && needs(o, purpose) == nil {
		return false
	}
	if purpose == "reply" {
		if len(threadChoices(packs[lang].Threads, o)) == 0 {
			return false
		}
	} else if len(choices(packs[lang].T[purpose], o, needs(o, purpose))) == 0 {
		return false
	}
	if k := snippetKey(variant); k != "" && !has(lang, k) {
		return false
	}
	switch variant {
	case "wichtig", "en_to_de":
		return o.Buyer.Lang == "de-DE"
	case "en_to_fr":
		return o.Buyer.Lang == "fr-FR"
	case "en_to_es":
		return o.lang() == "es"
	case "opted_out":
		return o.Buyer.OptedOut
	}
	return true
}

// runPlan makes the month's normal messages.
func (g *gen) runPlan() error {
	for _, j := range plan {
		for range j.N {
			var err error
			if j.Purpose == "reply" {
				err = g.thread(j)
			} else {
				err = g.single(j, 0)
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *gen) single(j job, dom int) error {
	o, at, err := g.place(j, 0, dom)
	if err != nil {
		return err
	}
	m := g.newOut(o, at, j)
	m.Subj, m.Body = g.outbound(o, at, j.Purpose, j.Variant)
	g.msgs = append(g.msgs, m)
	return nil
}

// newOut is an outbound row with its contact reason and intended verdict.
func (g *gen) newOut(o *order, at time.Time, j job) *msg {
	info := purposes[j.Purpose]
	m := &msg{At: at, O: o, Purpose: j.Purpose, Variant: j.Variant, Class: info.Class, Reason: info.Reason, Contact: info.Contact}
	switch j.Variant {
	case "reason_other":
		m.Contact = "other"
	case "reason_critical":
		m.Contact = "delivery_scheduling"
		if j.Purpose == "out_of_stock" {
			m.Contact = "fulfillment_problem"
		}
	case "promo":
		m.Class, m.Reason = "prohibited", "marketing"
	case "review_ask":
		m.Class, m.Reason = "prohibited", "review_request"
	}
	return m
}

// thread makes a buyer question and, unless unanswered, the seller's reply.
func (g *gen) thread(j job) error {
	delay := time.Duration(8+g.r.IntN(170)) * time.Minute
	switch {
	case j.Variant == "late_reply":
		delay = time.Duration(25*60+g.r.IntN(27*60)) * time.Minute
	case g.r.IntN(10) < 3:
		delay = time.Duration(3*60+g.r.IntN(13*60)) * time.Minute
	}
	o, at, err := g.place(j, delay, 0)
	if err != nil {
		return err
	}
	lang := textLang(o, j.Variant)
	th := pick(g.r, threadChoices(packs[lang].Threads, o))
	v := g.vars(o, at, lang, th.p, j.Variant)
	v.oid = " " + o.ID
	q := &msg{At: at, Inbound: true, O: o, Purpose: "question", Variant: j.Variant,
		Subj: v.fill(th.t.Subj), Body: v.fill(th.t.Body)}
	if g.r.IntN(2) == 0 {
		q.Body += "\n\n" + o.Buyer.First
	}
	g.msgs = append(g.msgs, q)
	// no other message of the plan may land between question and answer
	o.uses = reserved
	if j.Variant == "unanswered" {
		o.unanswered = true
		return nil
	}
	a := g.newOut(o, at.Add(delay), j)
	a.Subj = "Re: " + q.Subj
	a.Body = g.finish(v.fill(th.a.Body), lang, j.Variant)
	g.msgs = append(g.msgs, a)
	return nil
}

// reserved marks an order that carries a buyer thread.
const reserved = 1000

// status is what the exporter says happened to a row.
func status(m *msg) string {
	switch {
	case m.Inbound:
		return "Delivered"
	case m.Variant == "notsent":
		return "Not sent"
	case m.Purpose == "review_incentive":
		return "Blocked"
	case m.O.Buyer.OptedOut && m.Class != "critical" && m.Purpose != "reply":
		return "Blocked"
	}
	return "Delivered"
}

// finalize sorts the rows by time and numbers them.
func (g *gen) finalize() {
	slices.SortStableFunc(g.msgs, func(a, b *msg) int { return a.At.Compare(b.At) })
	for i, m := range g.msgs {
		m.ID = fmt.Sprintf("MSG-%05d", i+1)
		if m.Status == "" {
			m.Status = status(m)
		}
	}
}
