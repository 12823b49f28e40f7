package gen

import (
	"time"
	"unicode/utf8"
)

// snippet odds (per mille) for a new outbound message: each adds a sentence
// that triggers one finding.
var snippetOdds = []struct {
	key  string
	odds int
}{
	{"link", 40}, {"email", 25}, {"phone", 20}, {"optout", 30}, {"attach", 35}, {"promo", 15}, {"reviewask", 20},
}

// outbound writes a new seller message with the given purpose. blast marks
// the spike day's automated review requests, sent to recent orders at once.
func (s *stream) outbound(rw *row, a, d int, t time.Time, purpose string, blast bool) {
	r := s.r
	age := 1 + r.IntN(3)
	switch {
	case blast:
		age = 3 + r.IntN(12)
	case purpose == pReview || purpose == pIncent || purpose == pMarket:
		age = 5 + r.IntN(16)
	case purpose == pService || purpose == pWarranty || purpose == pInvoice || purpose == pOther || purpose == pLegal:
		age = 1 + r.IntN(10)
	}
	if chance(r, 0.03) {
		age = 31 + r.IntN(15) // late_proactive
	}
	o := s.orderFor(a, d, age)
	// Engraving questions are about personalised items, appointments about
	// freight: look for a fitting order a few times, as a seller would
	// only write these for such orders.
	for try := 0; try < 12 && !fits(&o, purpose); try++ {
		o = s.orderFor(a, d, age)
	}
	s.base(rw, &o, t)
	lang := langOf(o.Lang())
	if lang != "en" && chance(r, 0.04) {
		lang = "en" // wrong_language: an English template sent to everyone
	}
	pk := packs[lang]
	tm := pick(r, pk.T[purpose])
	v := s.vals(&o, pk, lang)
	crit := critical(purpose)
	switch x := r.IntN(100); {
	case x < 8:
		v.order = pk.OrderPlain // missing_order_id when critical
	case x < 12:
		other := s.p.orderAt(o.Acct, o.Day, (o.K+1)%s.p.counts[o.Acct][o.Day])
		v.order = orderPhrase(pk, other.ID) // order_id_mismatch (when the IDs differ)
	}
	rw.Direction, rw.kind = "outbound", purpose
	rw.Subject = s.subject(pk, tm.S, &v, crit, o.ID)
	if s.gb && lang == "en" {
		rw.Subject = british.Replace(rw.Subject)
	}
	b := s.open(pk, &v)
	b = fill(b, tm.B, &v)
	for _, sn := range snippetOdds {
		if r.IntN(1000) < sn.odds || (sn.key == "attach" && purpose == pInvoice && chance(r, 0.5)) {
			b = s.snippet(b, pk, sn.key, &v)
		}
	}
	b = s.filler(b, pk)
	b = s.close(b, pk, &v)
	rw.Body = s.finish(b, pk)
	rw.Reason = pick(r, contactReasons[purpose])
	if chance(r, 0.08) {
		rw.Reason = "" // many exports leave it empty
	}
	rw.Status = s.status(&o, crit, false)
	if prohibited(purpose) && chance(r, 0.1) {
		rw.Status = "Blocked" // Amazon's filters catch some
	}
}

func fits(o *order, purpose string) bool {
	switch purpose {
	case pCustom:
		return o.Product.Custom
	case pDelivery:
		return o.Product.Bulky
	}
	return true
}

func prohibited(p string) bool { return p == pReview || p == pIncent || p == pMarket || p == pShipment }

// subject adds the [Important] tag the way sellers really do: mostly right
// on critical messages, sometimes missing or malformed, rarely misused.
func (s *stream) subject(pk *pack, tmplS string, v *vals, crit bool, id string) string {
	r := s.r
	subj := string(fill(s.buf[:0], tmplS, v))
	if chance(r, 0.15) {
		subj += " - " + id
	}
	if !crit {
		if chance(r, 0.03) {
			return pk.Tag + " " + subj // important_tag_misuse
		}
		return subj
	}
	switch x := r.IntN(100); {
	case x < 62:
		return pk.Tag + " " + subj
	case x < 72:
		return subj + " " + pk.Tag
	case x < 76:
		return "IMPORTANT: " + subj
	case x < 79:
		return subj + " (Important)"
	case x < 81:
		return "Re " + pk.Tag + " " + subj // tag not at an edge
	}
	return subj // missing_important_tag
}

// status is how the message went out: Amazon blocks non-critical messages
// to buyers who opted out, and a few fail for other reasons.
func (s *stream) status(o *order, crit, reply bool) string {
	r := s.r
	if o.OptedOut && !crit && !reply && chance(r, 0.85) {
		return "Blocked"
	}
	switch x := r.IntN(1000); {
	case x < 25:
		return "Blocked"
	case x < 40:
		return "Not sent"
	}
	return "Delivered"
}

// open starts a body with a greeting, except for terse single-line ones.
func (s *stream) open(pk *pack, v *vals) []byte {
	b := s.buf[:0]
	if s.r.IntN(100) < 15 {
		return b
	}
	b = fill(b, pick(s.r, pk.Hello), v)
	return append(b, "\n\n"...)
}

// close ends a body with a sign-off (most do).
func (s *stream) close(b []byte, pk *pack, v *vals) []byte {
	if len(b) > 0 && b[0] != '\n' && s.r.IntN(100) < 12 {
		return b
	}
	b = append(b, "\n\n"...)
	return fill(b, pick(s.r, pk.Sign), v)
}

func (s *stream) snippet(b []byte, pk *pack, key string, v *vals) []byte {
	list := pk.Snip[key]
	if len(list) == 0 {
		return b
	}
	b = append(b, ' ')
	return fill(b, pick(s.r, list), v)
}

// The shortest and longest bodies, in characters.
const (
	minBody = 20
	maxBody = 2000
)

// finish turns a body into a string: British spelling for en-GB texts,
// at least minBody and at most maxBody characters; it keeps the buffer for
// the next row.
func (s *stream) finish(b []byte, pk *pack) string {
	s.buf = b[:0]
	out := string(b)
	if pk == &enPack && s.gb {
		out = british.Replace(out)
	}
	n := utf8.RuneCountInString(out)
	for i := 0; n < minBody; i++ {
		f := pk.Filler[i%len(pk.Filler)]
		out += "\n" + f
		n += 1 + utf8.RuneCountInString(f)
	}
	if n > maxBody {
		n = 0
		for i := range out {
			if n == maxBody {
				return out[:i]
			}
			n++
		}
	}
	return out
}
