package report

import (
	"fmt"
	"sort"

	"github.com/xuri/excelize/v2"
)

// linksRow is the Summary row of the "Sheets" heading, level with the
// first block under the tiles.
const linksRow = tileRow + 3

// summaryLinks lists every other sheet, each a link, in column H.
func (x *XLSX) summaryLinks() error {
	f := x.f
	if err := setRowAt(f, sheetSummary, "H", linksRow, []any{excelize.Cell{StyleID: x.st.section, Value: "Sheets"}}); err != nil {
		return err
	}
	for i, name := range x.sheetOrder()[1:] {
		ref := "H" + itoa(linksRow+1+i)
		if err := f.SetCellStr(sheetSummary, ref, name); err != nil {
			return fmt.Errorf("sheet %s cell %s: %w", sheetSummary, ref, err)
		}
		if err := f.SetCellHyperLink(sheetSummary, ref, quoteSheet(name)+"!A1", "Location"); err != nil {
			return fmt.Errorf("sheet %s cell %s: link to %s: %w", sheetSummary, ref, name, err)
		}
		if err := f.SetCellStyle(sheetSummary, ref, ref, x.st.link); err != nil {
			return fmt.Errorf("sheet %s cell %s: %w", sheetSummary, ref, err)
		}
	}
	return nil
}

// ordersSource explains Summary.OrdersSource in words.
func ordersSource(s string) string {
	switch s {
	case "orders":
		return "orders export"
	case "fixed":
		return "fixed average (--avg-daily-orders)"
	case "estimate":
		return "estimate: distinct order IDs in the log (a lower bound)"
	case "":
		return "none"
	}
	return s
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// share is n/total, 0 when total is 0.
func share(n, total int) float64 {
	if total == 0 {
		return 0
	}
	return float64(n) / float64(total)
}

type count struct {
	key string
	n   int
}

// sortedCounts orders a count map by count, then key: largest first, stable.
func sortedCounts(m map[string]int) []count {
	out := make([]count, 0, len(m))
	for k, n := range m {
		out = append(out, count{k, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].n != out[j].n {
			return out[i].n > out[j].n
		}
		return out[i].key < out[j].key
	})
	return out
}
