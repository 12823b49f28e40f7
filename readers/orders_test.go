package readers

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

func readOrders(t *testing.T, paths []string, opt Options) ([]string, []Input, error) {
	t.Helper()
	s, err := OpenOrders(paths, opt)
	if err != nil {
		return nil, nil, err
	}
	var got []string
	err = s.Orders(context.Background(), func(r *OrderRow) error {
		if r.Err != nil {
			got = append(got, fmt.Sprintf("%d|ERR %v", r.Pos.Line, r.Err))
			return nil
		}
		o := r.Order
		got = append(got, fmt.Sprintf("%d|%s|%s|%s|%s|%s", r.Pos.Line, o.ID,
			o.PurchasedAt.UTC().Format(time.RFC3339), o.Account, o.Marketplace, o.Status))
		return nil
	})
	return got, s.Inputs(), err
}

func TestAllOrdersReport(t *testing.T) {
	got, inputs, err := readOrders(t, []string{"testdata/all_orders.tsv"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	diffLines(t, got, []string{
		"2|114-2653813-7008029|2026-10-03T14:22:05Z||Amazon.com|Shipped",
		"3|114-2653813-7008029|2026-10-03T14:22:05Z||Amazon.com|Shipped", // second item of the same order
		"4|303-7372779-4016144|2026-10-04T09:01:00Z||Amazon.de|Cancelled",
		"5|406-4560866-2240657|2026-04-10T00:00:00Z||Amazon.se|Shipped",
		`6|ERR purchase_date "yesterday": ` + notTS,
	})
	in := inputs[0]
	if in.Format != "orders-tsv" || in.RowsRead != 5 || in.RowsRejected != 1 {
		t.Errorf("input %+v", in)
	}
	if in.Columns[FieldOrderID] != "amazon-order-id" || in.Columns[fieldPurchase] != "purchase-date" ||
		in.Columns[FieldStatus] != "order-status" || in.Columns[FieldMarketplace] != "sales-channel" {
		t.Errorf("columns %v", in.Columns)
	}
}

func TestPlainOrders(t *testing.T) {
	got, inputs, err := readOrders(t, []string{"testdata/orders_plain.csv"}, Options{Location: mustLoc(t, "Europe/Berlin")})
	if err != nil {
		t.Fatal(err)
	}
	diffLines(t, got, []string{
		"2|111-0000001-0000001|2026-10-01T08:00:00Z|Cozy Loom|Amazon.com|Shipped",
		"3|111-0000002-0000002|2026-10-01T09:30:00Z|Cozy Loom|Amazon.com|Shipped",
		"4|ERR order id is empty",
		"5|ERR purchase_date is empty",
	})
	if inputs[0].Format != "csv" || inputs[0].Columns[FieldAccount] != "Store" {
		t.Errorf("input %+v", inputs[0])
	}
}

func TestOrdersErrors(t *testing.T) {
	tests := []struct{ name, file, content, want string }{
		{"no date", "o.csv", "Order ID,Total\n1,2\n", `o.csv: no column for purchase_date (required) in this orders export. Headers found: "Order ID", "Total".`},
		{"no id", "o.tsv", "purchase-date\tx\n", `o.tsv: no column for order_id (required)`},
		{"empty", "o.tsv", "", "o.tsv: the file is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := OpenOrders([]string{writeFile(t, tt.file, tt.content)}, Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

// TestAmazonQuotes: Amazon's flat file is not CSV: a bare quote in a
// product name must not swallow the following lines.
func TestAmazonQuotes(t *testing.T) {
	content := "amazon-order-id\tpurchase-date\tproduct-name\n" +
		"1\t2026-10-03T14:22:05+00:00\t\"Pan 12\" deep\n" +
		"2\t2026-10-03T14:22:05+00:00\tLid\r\n" +
		"3\t2026-10-03T14:22:05+00:00\n"
	got, _, err := readOrders(t, []string{writeFile(t, "r.txt", content)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	diffLines(t, got, []string{
		"2|1|2026-10-03T14:22:05Z|||",
		"3|2|2026-10-03T14:22:05Z|||",
		"4|ERR line 4: 2 fields, header has 3",
	})
}

// TestOrdersSeveralFiles: orders exports in three formats read as one
// stream, Cancelled item rows included with their status.
func TestOrdersSeveralFiles(t *testing.T) {
	paths := []string{"testdata/formats/orders.csv", "testdata/formats/orders_openpyxl.xlsx", "testdata/formats/orders_parquetgo_snappy.parquet"}
	s, err := OpenOrders(paths, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := s.Orders(context.Background(), func(r *OrderRow) error {
		if r.Err != nil {
			t.Errorf("%v: %v", r.Pos, r.Err)
		}
		got = append(got, r.Pos.String()+" "+r.Order.ID+" "+r.Order.Status)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 12 || got[6] != "testdata/formats/orders_openpyxl.xlsx:All Orders!4 303-7372779-4016144 Cancelled" ||
		got[10] != "testdata/formats/orders_parquetgo_snappy.parquet#3 303-7372779-4016144 Cancelled" {
		t.Errorf("got %q", got)
	}
	for i, in := range s.Inputs() {
		if in.RowsRead != 4 || in.RowsRejected != 0 {
			t.Errorf("input %d: %+v", i, in)
		}
	}
}

// TestOrdersReportVariations: the All Orders Report without its status and
// channel columns, or with columns added, still reads; header only is an error.
func TestOrdersReportVariations(t *testing.T) {
	minimal := writeFile(t, "min.txt", "amazon-order-id\tpurchase-date\n114-1\t2026-10-01T08:00:00+00:00\n")
	extra := writeFile(t, "extra.txt", "amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\tship-country\tis-business-order\n"+
		"114-2\tM2\t2026-10-02T08:00:00+00:00\t2026-10-05T08:00:00+00:00\tCancelled\tAmazon\tAmazon.com\tUS\tfalse\n")
	got, _, err := readOrders(t, []string{minimal, extra}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	diffLines(t, got, []string{
		"2|114-1|2026-10-01T08:00:00Z|||",
		"2|114-2|2026-10-02T08:00:00Z||Amazon.com|Cancelled",
	})
	_, err = OpenOrders([]string{writeFile(t, "h.txt", "amazon-order-id\tpurchase-date\n")}, Options{})
	if want := "h.txt: the orders export has a header but no rows"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("header only: %v", err)
	}
}
