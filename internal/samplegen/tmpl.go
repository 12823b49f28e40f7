package main

import (
	"fmt"
	"strings"
	"time"
)

// tmpl is a message text with {placeholders}: {name} {product} {order}
// {oid} {date} {shop} {code} {track} {carrier} {city}.
type tmpl struct{ Subj, Body string }

// thread is a buyer question and the seller's answer.
type thread struct{ Q, A tmpl }

// langPack holds one language's texts.
type langPack struct {
	T       map[string][]tmpl   // by purpose
	Threads []thread            // buyer question, seller reply
	S       map[string][]string // snippets added to a body (links, contact data ...)
	Sign    []string            // sign-offs
	OID     string              // " (order %s)": how a body names the order
	SubjID  string              // " - Order %s": how a subject names the order
	Days    [7]string
	Months  [12]string
	Date    string // layout with %[1]s weekday, %[2]d day, %[3]s month
}

var packs = map[string]*langPack{"en": &enPack, "de": &dePack, "fr": &frPack, "it": &itPack, "es": &esPack}

// has says whether a language has texts for a purpose or a snippet.
func has(lang, key string) bool {
	p := packs[lang]
	return len(p.T[key]) > 0 || len(p.S[key]) > 0
}

func (p *langPack) date(t time.Time) string {
	return fmt.Sprintf(p.Date, p.Days[t.Weekday()], t.Day(), p.Months[t.Month()-1])
}

// vars are the values a text is filled with.
type vars struct {
	name, product, order, oid, date, code, track, carrier, city string
	// dup and undup turn "your order (order X)" into "your order X".
	dup, undup string
}

func (v vars) fill(s string) string {
	out := strings.NewReplacer(
		"{name}", v.name, "{product}", v.product, "{order}", v.order, "{oid}", v.oid,
		"{date}", v.date, "{shop}", "Northwind Home", "{code}", v.code, "{track}", v.track,
		"{carrier}", v.carrier, "{city}", v.city,
	).Replace(s)
	if v.dup != "" {
		out = strings.ReplaceAll(out, v.dup, v.undup)
	}
	return out
}

// choice is a text and the product it talks about.
type choice struct {
	t tmpl
	a tmpl // a thread's answer
	p *product
}

// kindOf splits a subject's "@kind " prefix off.
func kindOf(subj string) (string, string) {
	if k, rest, ok := strings.Cut(subj, " "); ok && strings.HasPrefix(k, "@") {
		return k[1:], rest
	}
	return "", subj
}

// needs is the item a message of this purpose must be about, if any.
func needs(o *order, purpose string) *product {
	switch purpose {
	case "customization":
		return o.custom()
	case "delivery_scheduling":
		return o.freight()
	}
	return nil
}

// choices are the texts that fit an order: a text written for a kind of
// product needs an item of that kind; need, when set, is the item to talk about.
func choices(ts []tmpl, o *order, need *product) []choice {
	var out []choice
	for _, t := range ts {
		k, subj := kindOf(t.Subj)
		for _, it := range o.Items {
			if (need == nil || it.P == need) && matches(o, it.P, k) {
				out = append(out, choice{t: tmpl{subj, t.Body}, p: it.P})
			}
		}
	}
	return out
}

// threadChoices are the buyer questions that fit an order.
func threadChoices(ths []thread, o *order) []choice {
	var out []choice
	for _, th := range ths {
		k, subj := kindOf(th.Q.Subj)
		for _, it := range o.Items {
			if matches(o, it.P, k) {
				out = append(out, choice{t: tmpl{subj, th.Q.Body}, a: th.A, p: it.P})
			}
		}
	}
	return out
}

// matches says whether a text written for kind fits an item of an order;
// the kinds "us" and "eu" are about where the order was placed.
func matches(o *order, p *product, kind string) bool {
	switch kind {
	case "us":
		return o.Account == accountUS
	case "eu":
		return o.Account == accountEU
	}
	return p.is(kind)
}
