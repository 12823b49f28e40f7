package report

import (
	"fmt"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/xuri/excelize/v2"
)

// maxChartDays bounds the per-day chart: beyond a year of days the bars are
// too thin to read and Daily's table is the better view.
const maxChartDays = 400

// A series name is written as a cell reference (<c:strRef>) whatever it
// holds, so a literal name such as "Outbound" would be a broken reference:
// every series is named by its header cell instead.

// addCharts puts the Summary's charts to the right of its blocks: the share
// of each class (rows first..last of the class block) and, for a log of a
// single account, outbound messages per day against the limit. Several
// accounts would interleave on one axis, so they get no day chart.
func addCharts(f *excelize.File, sum *audit.Summary, first, last int) error {
	if sum.Outbound > 0 {
		ref := func(col string) string { return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", sheetSummary, col, first, col, last) }
		err := f.AddChart(sheetSummary, "J2", &excelize.Chart{
			Type: excelize.Doughnut,
			Series: []excelize.ChartSeries{{Name: fmt.Sprintf("'%s'!$B$%d", sheetSummary, first-1),
				Categories: ref("A"), Values: ref("B")}},
			Title:    chartTitle("Outbound messages by class"),
			Legend:   excelize.ChartLegend{Position: "right"},
			HoleSize: 55,
			Format:   excelize.GraphicOptions{OffsetX: 5, OffsetY: 5},
		})
		if err != nil {
			return fmt.Errorf("sheet %s: class chart: %w", sheetSummary, err)
		}
	}
	n := len(sum.Days)
	if n < 2 || n > maxChartDays || !oneAccount(sum.Days) {
		return nil
	}
	ref := func(col string) string { return fmt.Sprintf("'%s'!$%s$2:$%s$%d", sheetDaily, col, col, n+1) }
	bars := &excelize.Chart{
		Type:      excelize.Col,
		Series:    []excelize.ChartSeries{{Name: "'" + sheetDaily + "'!$C$1", Categories: ref("A"), Values: ref("C")}},
		Title:     chartTitle("Outbound messages per day and the daily limit"),
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 720, Height: 300},
	}
	line := &excelize.Chart{
		Type:   excelize.Line,
		Series: []excelize.ChartSeries{{Name: "'" + sheetDaily + "'!$I$1", Categories: ref("A"), Values: ref("I")}},
	}
	if err := f.AddChart(sheetSummary, "J20", bars, line); err != nil {
		return fmt.Errorf("sheet %s: daily chart: %w", sheetSummary, err)
	}
	return nil
}

// chartTitle is a plain chart title (excelize v2.11: a ChartTitle struct,
// not the []RichTextRun of older examples).
func chartTitle(s string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: s}}}
}

func oneAccount(days []audit.Day) bool {
	for _, d := range days[1:] {
		if d.Account != days[0].Account {
			return false
		}
	}
	return true
}
