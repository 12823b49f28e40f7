package main

import (
	"fmt"
	"strings"
	"time"
)

// textLang is the language a message is written in: the buyer's, unless the
// variant deliberately writes English to someone else.
func textLang(o *order, variant string) string {
	switch variant {
	case "en_to_de", "en_to_fr", "en_to_es":
		return "en"
	}
	return o.lang()
}

// snippetKey is the snippet a variant adds to the body, if any.
func snippetKey(variant string) string {
	switch variant {
	case "link_https", "link_www", "link_bare", "link_dot", "email", "email_obf",
		"phone", "phone_obf", "optout", "attach", "promo", "review_ask":
		return variant
	case "notsent":
		return "attach"
	}
	return ""
}

// outbound writes the subject and body of a seller message.
func (g *gen) outbound(o *order, at time.Time, purpose, variant string) (string, string) {
	lang := textLang(o, variant)
	p := packs[lang]
	c := pick(g.r, choices(p.T[purpose], o, needs(o, purpose)))
	v := g.vars(o, at, lang, c.p, variant)
	subj, body := v.fill(c.t.Subj), v.fill(c.t.Body)
	if purposes[purpose].Class == "critical" {
		if variant != "no_id" && g.r.IntN(10) < 4 {
			subj += fmt.Sprintf(p.SubjID, v.order)
		}
		subj = tagged(subj, variant)
	}
	if variant == "tag_misuse" {
		subj = "[Important] " + subj
	}
	return subj, g.finish(body, lang, variant)
}

// tagged puts the [Important] tag where the variant wants it.
func tagged(subj, variant string) string {
	switch variant {
	case "no_tag":
		return subj
	case "bare_tag":
		return "IMPORTANT: " + subj
	case "paren_tag":
		return "(Important) " + subj
	case "mid_tag":
		w := strings.Fields(subj)
		k := min(2, len(w))
		return strings.Join(w[:k], " ") + " [Important] " + strings.Join(w[k:], " ")
	case "tag_end":
		return subj + " [Important]"
	case "tag_upper":
		return "[IMPORTANT] " + subj
	case "wichtig":
		return "[Wichtig] " + subj
	}
	return "[Important] " + subj
}

// finish adds the variant's snippet and a sign-off.
func (g *gen) finish(body, lang, variant string) string {
	p := packs[lang]
	if k := snippetKey(variant); k != "" {
		body += "\n\n" + pick(g.r, p.S[k])
	}
	return body + "\n\n" + pick(g.r, p.Sign)
}

// vars fills a text's placeholders for an order.
func (g *gen) vars(o *order, at time.Time, lang string, prod *product, variant string) vars {
	p := packs[lang]
	id := o.ID
	if variant == "id_mismatch" {
		id = g.otherOrder(o).ID
	}
	oid := fmt.Sprintf(p.OID, id)
	word := strings.TrimPrefix(strings.Fields(p.OID)[0], "(")
	dup, undup := word+oid, word+" "+id
	if variant == "no_id" {
		oid, dup, undup = "", "", ""
	}
	d := at.AddDate(0, 0, 2+g.r.IntN(4))
	if d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	carrier, track := g.tracking(o.Place.Country)
	return vars{
		name: o.Buyer.First, product: prod.name(lang), order: id, oid: oid,
		date: p.date(d), code: pick(g.r, coupons), track: track, carrier: carrier, city: o.Place.City,
		dup: dup, undup: undup,
	}
}

var coupons = []string{"AUTUMN15", "COZY15", "NWH15OFF", "HERBST15", "WELCOME15"}

// otherOrder is a different order of the same account, for an ID mismatch.
func (g *gen) otherOrder(o *order) *order {
	os := g.byAcct[o.Account]
	for {
		x := pick(g.r, os)
		if x != o {
			return x
		}
	}
}

// tracking returns a carrier and a tracking number in that carrier's format.
func (g *gen) tracking(country string) (string, string) {
	digits := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte(byte('0' + g.r.IntN(10)))
		}
		return b.String()
	}
	switch country {
	case "US":
		switch g.r.IntN(3) {
		case 0:
			return "UPS", "1Z" + strings.ToUpper(fmt.Sprintf("%06x", g.r.IntN(1<<24))) + "03" + digits(8)
		case 1:
			return "USPS", "9400" + digits(18)
		}
		return "FedEx", digits(12)
	case "DE":
		if g.r.IntN(2) == 0 {
			return "DHL", "00340434" + digits(12)
		}
		return "Hermes", "H" + digits(19)
	case "FR":
		return "Colissimo", "6A" + digits(11)
	case "IT":
		return "BRT", digits(15)
	}
	return "SEUR", digits(14)
}
