package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// item is one line of an order.
type item struct {
	P   *product
	Qty int
}

// order is one Amazon order with its buyer.
type order struct {
	ID        string
	Account   string
	Market    string // sales channel: Amazon.com, Amazon.de ...
	Currency  string
	Purchased time.Time
	Cancelled bool
	FBA       bool
	Ship      string
	Items     []item
	Buyer     buyer
	Place     place
	Updated   time.Time // the report's last-updated-date
	uses      int       // normal (non-blast) scenarios that picked this order
	// unanswered orders carry a buyer question nobody answers: no later message at all.
	unanswered bool
}

// lang is the buyer's language code (en, de, fr, it, es).
func (o *order) lang() string { return o.Buyer.Lang[:2] }

// custom and freight say whether the order has such an item.
func (o *order) custom() *product  { return o.find(func(p *product) bool { return p.Custom }) }
func (o *order) freight() *product { return o.find(func(p *product) bool { return p.Freight }) }

func (o *order) find(f func(*product) bool) *product {
	for _, it := range o.Items {
		if f(it.P) {
			return it.P
		}
	}
	return nil
}

// market is a sales channel of an account with its share of the orders.
type market struct {
	Name, Country, Currency string
	Share                   float64
	VAT                     float64
	Prefixes                []string // order ID prefixes
}

// account is a seller account and its daily order volume (uniform in Min..Max).
type account struct {
	Name     string
	Markets  []market
	Min, Max int
}

const (
	accountUS = "Northwind Home US"
	accountEU = "Northwind Home EU"
)

var accounts = []account{
	{Name: accountUS, Min: 12, Max: 20, Markets: []market{
		{Name: "Amazon.com", Country: "US", Currency: "USD", Share: 1, Prefixes: []string{"111", "112", "113", "114"}}}},
	{Name: accountEU, Min: 5, Max: 10, Markets: []market{
		{Name: "Amazon.de", Country: "DE", Currency: "EUR", Share: 0.5, VAT: 0.19, Prefixes: []string{"302", "303", "304"}},
		{Name: "Amazon.fr", Country: "FR", Currency: "EUR", Share: 0.2, VAT: 0.20, Prefixes: []string{"402", "403"}},
		{Name: "Amazon.it", Country: "IT", Currency: "EUR", Share: 0.15, VAT: 0.22, Prefixes: []string{"404", "405"}},
		{Name: "Amazon.es", Country: "ES", Currency: "EUR", Share: 0.15, VAT: 0.21, Prefixes: []string{"406", "407"}}}},
}

// Orders start 55 days before the blast day so that the blast finds enough
// distinct orders, and so that October's 30-day windows are full.
var (
	ordersFrom = time.Date(2026, 8, 26, 0, 0, 0, 0, time.UTC)
	ordersTo   = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC) // exclusive
	reportedAt = time.Date(2026, 11, 1, 5, 30, 0, 0, time.UTC)
)

// genOrders makes every order of every account, sorted by purchase time.
func genOrders(r *rand.Rand) []*order {
	seen := map[string]bool{}
	var all []*order
	for _, a := range accounts {
		for day := ordersFrom; day.Before(ordersTo); day = day.AddDate(0, 0, 1) {
			n := a.Min + r.IntN(a.Max-a.Min+1)
			for range n {
				all = append(all, genOrder(r, a, day, seen))
			}
		}
	}
	slices.SortStableFunc(all, func(a, b *order) int { return a.Purchased.Compare(b.Purchased) })
	return all
}

func genOrder(r *rand.Rand, a account, day time.Time, seen map[string]bool) *order {
	m := pickMarket(r, a.Markets)
	o := &order{Account: a.Name, Market: m.Name, Currency: m.Currency}
	for o.ID == "" || seen[o.ID] {
		o.ID = fmt.Sprintf("%s-%07d-%07d", pick(r, m.Prefixes), r.IntN(10_000_000), r.IntN(10_000_000))
	}
	seen[o.ID] = true
	o.Purchased = day.Add(time.Duration(r.IntN(86400)) * time.Second)
	o.Cancelled = r.IntN(100) < 3
	o.Buyer = buyer{ID: newBuyerID(r), Lang: buyerLang(r, m.Country), OptedOut: r.IntN(100) < 6}
	o.Buyer.First = pick(r, firstNames[o.Buyer.Lang])
	o.Place = pick(r, places[m.Country])
	n := 1
	switch x := r.IntN(100); {
	case x >= 95:
		n = 3
	case x >= 82:
		n = 2
	}
	for len(o.Items) < n {
		p := pick(r, catalog)
		if (p.Freight && r.IntN(10) < 6) || o.has(p) {
			continue
		}
		o.Items = append(o.Items, item{P: p, Qty: 1 + r.IntN(10)/8})
	}
	o.FBA = r.IntN(10) < 7 && o.custom() == nil && o.freight() == nil
	o.Ship = "Standard"
	switch {
	case o.freight() != nil:
		o.Ship = "Freight"
	case r.IntN(10) == 0:
		o.Ship = "Expedited"
	}
	o.Updated = o.updated(r)
	return o
}

func (o *order) has(p *product) bool {
	return o.find(func(q *product) bool { return q == p }) != nil
}

func pickMarket(r *rand.Rand, ms []market) market {
	x := r.Float64()
	for _, m := range ms {
		if x < m.Share {
			return m
		}
		x -= m.Share
	}
	return ms[len(ms)-1]
}

func buyerLang(r *rand.Rand, country string) string {
	switch country {
	case "US":
		if r.IntN(100) < 15 {
			return "es-US"
		}
		return "en-US"
	case "DE":
		if r.IntN(100) < 8 {
			return "en-GB"
		}
		return "de-DE"
	case "FR":
		return "fr-FR"
	case "IT":
		return "it-IT"
	case "ES":
		if r.IntN(100) < 12 {
			return "en-GB"
		}
		return "es-ES"
	}
	return "en-US"
}

// status is the order and item status as the report would show it on 1 November.
func (o *order) status() (string, string) {
	switch {
	case o.Cancelled:
		return "Cancelled", "Cancelled"
	case o.Purchased.After(time.Date(2026, 10, 31, 0, 0, 0, 0, time.UTC)):
		if o.FBA {
			return "Pending", "Unshipped"
		}
		return "Unshipped", "Unshipped"
	}
	return "Shipped", "Shipped"
}

// updated is the report's last-updated-date.
func (o *order) updated(r *rand.Rand) time.Time {
	d := time.Duration(20+r.IntN(50)) * time.Hour
	if o.Cancelled {
		d = time.Duration(1+r.IntN(6)) * time.Hour
	}
	t := o.Purchased.Add(d + time.Duration(r.IntN(3600))*time.Second)
	if t.After(reportedAt) {
		t = reportedAt
	}
	return t
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }
