package report

import (
	"strings"
	"testing"
)

// TestXLSXCharts checks the Summary's three charts: the per-day chart of
// the account with the most outbound messages (drawn from the hidden chart
// data, never from Daily, where accounts interleave), the classes and the
// findings by code.
func TestXLSXCharts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		accounts []string
		who      string
		days     []string // the chart data's days, as the axis shows them
	}{
		// shop-de sends 2 messages, shop-fr 1: shop-de is charted.
		{"two accounts", []string{"shop-de", "shop-fr"}, "shop-de", []string{"Jan 02"}},
		{"one account", []string{"shop-de"}, "shop-de", []string{"Jan 02", "Jan 03"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := t.TempDir() + "/c.xlsx"
			x, err := NewXLSX(path, XLSXOptions{})
			if err != nil {
				t.Fatal(err)
			}
			sum := testSummary()
			for i := range sum.Days {
				sum.Days[i].Account = tc.accounts[i%len(tc.accounts)]
			}
			if err := x.Close(sum, nil); err != nil {
				t.Fatal(err)
			}
			charts := zipParts(t, path, "xl/charts/chart")
			all := strings.Join(charts, "\n")
			if strings.Contains(all, "<f>Messages</f>") {
				t.Error("a series is named by a literal, which Excel reads as a broken reference")
			}
			n := len(tc.days) + 1
			for _, w := range []string{
				"Outbound messages per day and the daily limit: " + tc.who,
				"&#39;Summary&#39;!$AB$2:$AB$" + itoa(n), "&#39;Summary&#39;!$AC$2:$AC$" + itoa(n),
				"Outbound messages by class", "Findings by code", "<doughnutChart>", "<lineChart>",
				`<barDir val="bar">`,
			} {
				if !strings.Contains(all, w) {
					t.Errorf("no chart has %q (%d chart parts)", w, len(charts))
				}
			}
			if len(charts) != 3 {
				t.Errorf("%d charts, want 3", len(charts))
			}
			f := openReport(t, path)
			for i, d := range tc.days {
				if v, _ := f.GetCellValue("Summary", "AA"+itoa(i+2)); v != d {
					t.Errorf("chart data AA%d = %q, want %s", i+2, v, d)
				}
			}
			if v, _ := f.GetCellValue("Summary", "AA"+itoa(n+1)); v != "" {
				t.Errorf("chart data has another day %q: another account's?", v)
			}
			if vis, _ := f.GetColVisible("Summary", "AA"); vis {
				t.Error("the chart data column AA is visible")
			}
		})
	}
}
