package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
)

// ordersHeader is the All Orders Report header (the columns this sample
// fills) plus the agency's own "account" column.
var ordersHeader = []string{
	"amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status",
	"fulfillment-channel", "sales-channel", "order-channel", "ship-service-level", "product-name",
	"sku", "asin", "item-status", "quantity", "currency", "item-price", "item-tax", "shipping-price",
	"shipping-tax", "ship-city", "ship-state", "ship-postal-code", "ship-country", "account",
}

const reportTime = "2006-01-02T15:04:05-07:00"

// writeOrders writes one tab-separated row per order item.
func writeOrders(w io.Writer, orders []*order) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, strings.Join(ordersHeader, "\t"))
	for _, o := range orders {
		st, ist := o.status()
		channel := "Merchant"
		if o.FBA {
			channel = "Amazon"
		}
		for i, it := range o.Items {
			price, vat := o.price(it)
			ship, shipTax := o.shipping(i)
			title := it.P.Title
			if o.Account == accountEU {
				title = it.P.TitleEU
			}
			row := []string{
				o.ID, "", o.Purchased.Format(reportTime), o.Updated.Format(reportTime), st,
				channel, o.Market, "", o.Ship, title,
				it.P.SKU, it.P.ASIN, ist, fmt.Sprint(it.Qty), o.Currency,
				money(price), money(vat), money(ship), money(shipTax),
				o.Place.City, o.Place.State, o.Place.Postal, o.Place.Country, o.Account,
			}
			fmt.Fprintln(bw, strings.Join(row, "\t"))
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing orders: %w", err)
	}
	return nil
}

// price is the line price and its tax: US sales tax on top, EU VAT included.
func (o *order) price(it item) (float64, float64) {
	if o.Currency == "USD" {
		p := it.P.USD * float64(it.Qty)
		return p, round2(p * 0.0725)
	}
	p := it.P.EUR * float64(it.Qty)
	vat := 0.19
	for _, m := range accounts[1].Markets {
		if m.Name == o.Market {
			vat = m.VAT
		}
	}
	return p, round2(p - p/(1+vat))
}

// shipping is charged once per merchant-fulfilled, non-freight order, on its first line.
func (o *order) shipping(line int) (float64, float64) {
	if line > 0 || o.FBA || o.freight() != nil {
		return 0, 0
	}
	if o.Currency == "USD" {
		return 5.99, 0.43
	}
	return 4.90, 0.78
}

func money(x float64) string { return fmt.Sprintf("%.2f", x) }

// dayStart truncates t to its UTC calendar day.
func dayStart(t time.Time) time.Time { return t.UTC().Truncate(24 * time.Hour) }
