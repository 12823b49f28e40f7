package gen

import (
	"container/heap"
	"math"
	"time"
	"unicode/utf8"
)

// outbound purposes of new seller messages and their weights (per mille).
var (
	purposes = []string{pCustom, pDelivery, pAddress, pBlocker, pService, pStock, pInvoice,
		pWarranty, pLegal, pOther, pReview, pIncent, pMarket, pShipment}
	purposeW = []float64{50, 45, 40, 40, 170, 25, 90, 55, 30, 55, 120, 20, 60, 60}
	purposeT = sum(purposeW)
)

func sum(w []float64) float64 {
	t := 0.0
	for _, x := range w {
		t += x
	}
	return t
}

// contactReasons is what sellers pick in Seller Central for each purpose;
// prohibited messages hide behind neutral or, worse, critical reasons.
var contactReasons = map[string][]string{
	pCustom: {"Confirm customization details"}, pDelivery: {"Confirm delivery details", "Schedule delivery"},
	pAddress: {"Address issue"}, pBlocker: {"Report an unexpected problem"},
	pService: {"Other"}, pStock: {"Other"}, pInvoice: {"Send invoice"}, pWarranty: {"Other"},
	pLegal: {"Other"}, pOther: {"Other"}, pReview: {"Other", "Confirm delivery details"},
	pIncent: {"Other"}, pMarket: {"Other"}, pShipment: {"Other", "Confirm order details"},
}

// inboundShare is the share of new rows that are buyer questions.
const inboundShare = 0.16

// fresh makes a new row for account a on log day d: a buyer question, a
// blast review request on the account's spike day, or a seller message.
func (s *stream) fresh(rw *row, a, d int, t time.Time) {
	r := s.r
	if s.p.accts[a].Spike == d && chance(r, 0.7) {
		s.outbound(rw, a, d, t, pReview, true)
		return
	}
	if chance(r, inboundShare) {
		s.question(rw, a, d, t)
		return
	}
	s.outbound(rw, a, d, t, purposes[weighted(r, purposeW, purposeT)], false)
}

// question writes a buyer's question and, mostly, queues its answer.
func (s *stream) question(rw *row, a, d int, t time.Time) {
	r := s.r
	o := s.orderFor(a, d, 1+r.IntN(20))
	s.base(rw, &o, t)
	lang := langOf(o.Lang())
	pk := packs[lang]
	ti := r.IntN(len(pk.Q))
	v := s.vals(&o, pk, lang)
	rw.Direction, rw.Reason, rw.Status, rw.kind = "inbound", "", "Delivered", "question"
	rw.Subject = string(fill(s.buf[:0], pk.Q[ti].Q.S, &v))
	b := fill(s.buf[:0], pk.Q[ti].Q.B, &v)
	if chance(r, 0.5) {
		b = append(b, "\n\n"...)
		b = append(b, o.Name...)
	}
	rw.Body = s.finish(b, pk)
	if chance(r, 0.08) {
		return // never answered
	}
	// Most answers come within a day; some are late.
	delay := time.Duration(30+r.IntN(12*60)) * time.Minute
	if chance(r, 0.2) {
		delay = time.Duration(12*60+r.IntN(48*60)) * time.Minute
	}
	heap.Push(&s.pending, pendingReply{due: t.Add(delay), a: a, od: o.Day, k: o.K, thread: ti,
		lang: lang, question: rw.Body, seq: s.seq, reviewAsk: chance(r, 0.05)})
}

// reply writes the seller's answer to a queued question.
func (s *stream) reply(rw *row, pr pendingReply, t time.Time) {
	r := s.r
	o := s.p.orderAt(pr.a, pr.od, pr.k)
	s.base(rw, &o, t)
	pk := packs[pr.lang]
	v := s.vals(&o, pk, pr.lang)
	rw.Direction, rw.Reason, rw.kind = "outbound", "Reply", "reply"
	rw.Status = s.status(&o, false, true)
	rw.Subject = string(fill(s.buf[:0], pk.Q[pr.thread].A.S, &v))
	b := s.open(pk, &v)
	b = fill(b, pk.Q[pr.thread].A.B, &v)
	if pr.reviewAsk {
		b = s.snippet(b, pk, "reviewask", &v)
	}
	b = s.filler(b, pk)
	b = s.close(b, pk, &v)
	if chance(r, 0.3) {
		// Help desks quote the question below the answer.
		b = append(b, "\n\n> "...)
		for _, c := range []byte(pr.question) {
			b = append(b, c)
			if c == '\n' {
				b = append(b, "> "...)
			}
		}
	}
	rw.Body = s.finish(b, pk)
}

// vals draws a message's placeholder values.
func (s *stream) vals(o *order, pk *pack, lang string) vals {
	r := s.r
	acct := &s.p.accts[o.Acct]
	c := pick(r, carriers[o.Market.Country])
	v := vals{name: o.Name, product: o.Product.Short, date: dateIn(pk, o.Purchased.Add(time.Duration(7+r.IntN(8))*day)),
		code: pick(r, codes), carrier: c, track: tracking(r, c), shop: acct.Shop, agent: pick(r, acct.Agents), domain: acct.Domain}
	if lang == "ja" && o.Product.JA != "" {
		v.product = o.Product.JA
	}
	v.order = orderPhrase(pk, o.ID)
	return v
}

func orderPhrase(pk *pack, id string) string {
	b := fill(nil, pk.Order, &vals{})
	return string(fillID(b, id))
}

// fillID replaces the {id} left in an order phrase.
func fillID(b []byte, id string) []byte {
	for i := 0; i+4 <= len(b); i++ {
		if string(b[i:i+4]) == "{id}" {
			return append(append(b[:i:i], id...), b[i+4:]...)
		}
	}
	return b
}

// filler lengthens a body with neutral sentences: most bodies get none or
// a few, a long tail gets many (a power law), never past maxBody less room
// for the sign-off, so long bodies end on whole sentences.
func (s *stream) filler(b []byte, pk *pack) []byte {
	u := 1 - s.r.Float64()
	n := int(math.Pow(u, -1.25)) - 1
	if s.r.IntN(100) < 13 {
		n = 0
	}
	room := maxBody - 200 - utf8.RuneCount(b)
	// Walk the list from a random start so that neighbours differ.
	at := s.r.IntN(len(pk.Filler))
	for i := range n {
		f := pk.Filler[(at+i)%len(pk.Filler)]
		if room -= utf8.RuneCountInString(f) + 1; room < 0 {
			break
		}
		if i%3 == 0 {
			b = append(b, "\n\n"...)
		} else {
			b = append(b, ' ')
		}
		b = append(b, f...)
	}
	return b
}
