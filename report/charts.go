package report

import (
	"fmt"
	"time"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/xuri/excelize/v2"
)

// maxChartDays bounds the per-day chart: beyond a year of days the bars are
// too thin to read and Daily's table is the better view.
const maxChartDays = 400

// The per-day chart reads its data from hidden columns of the Summary
// (chartDataCol...): Daily interleaves accounts, and a chart needs one
// contiguous range per series. Charts plot hidden cells (excelize writes
// plotVisOnly=0).
const (
	chartDataCol  = "AA" // date
	chartDataLast = "AC" // outbound, limit
	chartCol      = "J"  // where the charts go
)

// A series name is written as a cell reference (<c:strRef>) whatever it
// holds, so a literal name such as "Outbound" would be a broken reference:
// every series is named by its header cell instead.

// summaryRanges are the Summary rows the charts draw from (first..last,
// inclusive; the header is the row above first); 0 when absent.
type summaryRanges struct {
	classFirst, classLast int
	codeFirst, codeLast   int
}

// chartAccount picks the account (and marketplace) whose days the per-day
// chart shows: the one with the most outbound messages, the first in the
// Summary's order on a tie. Several accounts would interleave on one axis.
func chartAccount(days []audit.Day) (account, marketplace string) {
	totals := map[[2]string]int{}
	var order [][2]string
	for _, d := range days {
		k := [2]string{d.Account, d.Marketplace}
		if _, ok := totals[k]; !ok {
			order = append(order, k)
		}
		totals[k] += d.Outbound
	}
	best := -1
	for _, k := range order {
		if totals[k] > best {
			best, account, marketplace = totals[k], k[0], k[1]
		}
	}
	return account, marketplace
}

// writeChartData writes the chosen account's days to the hidden columns and
// returns how many there are and whose they are.
func writeChartData(f *excelize.File, st *styles, sum *audit.Summary) (n int, who string, err error) {
	account, mkt := chartAccount(sum.Days)
	who = orNone(account)
	if mkt != "" {
		who += " " + mkt
	}
	hdr := []any{excelize.Cell{StyleID: st.header, Value: "Date"},
		excelize.Cell{StyleID: st.header, Value: "Outbound"}, excelize.Cell{StyleID: st.header, Value: "Limit"}}
	if err := setRowAt(f, sheetSummary, chartDataCol, 1, hdr); err != nil {
		return 0, "", err
	}
	for _, d := range sum.Days {
		if d.Account != account || d.Marketplace != mkt {
			continue
		}
		if n == maxChartDays {
			return 0, who, nil // too many days to draw
		}
		n++
		var limit any
		if d.Limit != nil {
			limit = *d.Limit
		}
		if err := setRowAt(f, sheetSummary, chartDataCol, n+1, []any{axisDay(d.Date), d.Outbound, limit}); err != nil {
			return 0, "", err
		}
	}
	if err := f.SetColVisible(sheetSummary, chartDataCol+":"+chartDataLast, false); err != nil {
		return 0, "", fmt.Errorf("sheet %s: hiding the chart data: %w", sheetSummary, err)
	}
	return n, who, nil
}

// axisDay is a day as the chart's axis shows it ("Oct 01"): text, because
// LibreOffice labels a category axis of dates with their serial numbers.
func axisDay(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return cellText(day)
	}
	return t.Format("Jan 02")
}

// classColors are the doughnut's colours, in audit.Classes order: the
// palette's navy, a light blue, and red for prohibited.
var classColors = []string{colNavy, "9DC3E6", colBadMark}

// addCharts puts the Summary's charts in column J, top to bottom: outbound
// messages per day against the limit, the share of each class, findings by
// code.
func addCharts(f *excelize.File, st *styles, sum *audit.Summary, r summaryRanges) error {
	ref := func(col string, first, last int) string {
		return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", sheetSummary, col, first, col, last)
	}
	name := func(col string, row int) string { return fmt.Sprintf("'%s'!$%s$%d", sheetSummary, col, row) }
	row := 2
	if len(sum.Days) > 0 {
		n, who, err := writeChartData(f, st, sum)
		if err != nil {
			return err
		}
		if n > 0 {
			bars := &excelize.Chart{
				Type: excelize.Col,
				Series: []excelize.ChartSeries{{Name: name("AB", 1), Categories: ref("AA", 2, n+1), Values: ref("AB", 2, n+1),
					Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colNavy}}}},
				Title:        chartTitle("Outbound messages per day and the daily limit: " + who),
				Legend:       excelize.ChartLegend{Position: "bottom"},
				Dimension:    excelize.ChartDimension{Width: 640, Height: 300},
				ShowBlanksAs: "gap",
			}
			line := &excelize.Chart{
				Type: excelize.Line,
				Series: []excelize.ChartSeries{{Name: name("AC", 1), Categories: ref("AA", 2, n+1), Values: ref("AC", 2, n+1),
					Line:   excelize.LineOptions{Width: 2.25, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colBadMark}}},
					Marker: excelize.ChartMarker{Symbol: "none"}}},
			}
			if err := f.AddChart(sheetSummary, chartCol+itoa(row), bars, line); err != nil {
				return fmt.Errorf("sheet %s: daily chart: %w", sheetSummary, err)
			}
			row += 17
		}
	}
	if sum.Outbound > 0 && r.classFirst > 0 {
		err := f.AddChart(sheetSummary, chartCol+itoa(row), &excelize.Chart{
			Type: excelize.Doughnut,
			Series: []excelize.ChartSeries{{Name: name("B", r.classFirst-1), Categories: ref("A", r.classFirst, r.classLast),
				Values: ref("B", r.classFirst, r.classLast), DataPoint: classPoints()}},
			Title:     chartTitle("Outbound messages by class"),
			Legend:    excelize.ChartLegend{Position: "right"},
			HoleSize:  55,
			Dimension: excelize.ChartDimension{Width: 640, Height: 260},
		})
		if err != nil {
			return fmt.Errorf("sheet %s: class chart: %w", sheetSummary, err)
		}
		row += 15
	}
	if r.codeFirst > 0 && r.codeLast >= r.codeFirst {
		height := 120 + 22*(r.codeLast-r.codeFirst+1)
		err := f.AddChart(sheetSummary, chartCol+itoa(row), &excelize.Chart{
			Type: excelize.Bar,
			Series: []excelize.ChartSeries{{Name: name("B", r.codeFirst-1), Categories: ref("A", r.codeFirst, r.codeLast),
				Values: ref("B", r.codeFirst, r.codeLast), Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colNavy}}}},
			Title:     chartTitle("Findings by code"),
			Legend:    excelize.ChartLegend{Position: "none"},
			Dimension: excelize.ChartDimension{Width: 640, Height: uint(min(height, 600))},
			XAxis:     excelize.ChartAxis{ReverseOrder: true}, // largest first, at the top
		})
		if err != nil {
			return fmt.Errorf("sheet %s: findings chart: %w", sheetSummary, err)
		}
	}
	return nil
}

// chartTitle is a plain chart title (excelize v2.11: a ChartTitle struct,
// not the []RichTextRun of older examples).
func chartTitle(s string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: s}}}
}

func classPoints() []excelize.ChartDataPoint {
	out := make([]excelize.ChartDataPoint, len(classColors))
	for i, c := range classColors {
		out[i] = excelize.ChartDataPoint{Index: i, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}}}
	}
	return out
}
