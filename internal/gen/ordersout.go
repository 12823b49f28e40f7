package gen

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"time"
)

// ordersHeader is the All Orders Report's header (the columns filled here)
// plus the agency's own account column.
var ordersHeader = "amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\t" +
	"fulfillment-channel\tsales-channel\torder-channel\tship-service-level\tproduct-name\tsku\tasin\t" +
	"item-status\tquantity\tcurrency\titem-price\tship-country\taccount\n"

const reportTime = "2006-01-02T15:04:05-07:00"

// WriteOrders writes the All Orders Report (tab-separated, one row per
// order) for the 30 days before Start and the log's days: every order ID a
// message names is in it.
func WriteOrders(w io.Writer, opt Options) error {
	if err := opt.Validate(); err != nil {
		return err
	}
	return newPlan(opt).writeOrders(w)
}

func (p *plan) writeOrders(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	bw.WriteString(ordersHeader)
	var b []byte
	for od := range p.orderDays() {
		for a := range p.accts {
			for k := range p.counts[a][od] {
				o := p.orderAt(a, od, k)
				b = appendOrder(b[:0], &o)
				if _, err := bw.Write(b); err != nil {
					return fmt.Errorf("writing orders: %w", err)
				}
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing orders: %w", err)
	}
	return nil
}

func appendOrder(b []byte, o *order) []byte {
	channel, item := "Merchant", "Unshipped"
	if o.K%3 == 0 {
		channel = "Amazon"
	}
	switch o.Status {
	case "Shipped":
		item = "Shipped"
	case "Cancelled":
		item = "Cancelled"
	}
	updated := o.Purchased.Add(time.Duration(20+o.K%50) * time.Hour)
	b = append(b, o.ID...)
	b = append(b, '\t', '\t')
	b = o.Purchased.AppendFormat(b, reportTime)
	b = append(b, '\t')
	b = updated.AppendFormat(b, reportTime)
	for _, s := range []string{o.Status, channel, o.Market.Name, "", "Standard", o.Product.Title, o.Product.SKU, o.Product.ASIN, item} {
		b = append(b, '\t')
		b = append(b, s...)
	}
	b = append(b, '\t')
	b = strconv.AppendInt(b, int64(o.Qty), 10)
	b = append(b, '\t')
	b = append(b, o.Market.Currency...)
	b = append(b, '\t')
	b = strconv.AppendFloat(b, o.Product.Price*float64(o.Qty)*currencyRate[o.Market.Currency], 'f', 2, 64)
	b = append(b, '\t')
	b = append(b, o.Market.Country...)
	b = append(b, '\t')
	b = append(b, o.Account...)
	return append(b, '\n')
}

// currencyRate turns catalog prices into the marketplace's currency.
var currencyRate = map[string]float64{"USD": 1, "EUR": 1, "GBP": 0.85, "PLN": 4.3, "SEK": 11, "TRY": 35, "JPY": 150}
