package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"
)

// summaryLinks lists every other sheet, each a link, in column H.
func (x *XLSX) summaryLinks() error {
	f := x.f
	if err := setRow(f, sheetSummary, 1, []any{nil, nil, nil, nil, nil, nil, nil,
		excelize.Cell{StyleID: x.st.section, Value: "Sheets"}}); err != nil {
		return err
	}
	for i, name := range x.sheetOrder()[1:] {
		ref := "H" + itoa(i+2)
		if err := f.SetCellStr(sheetSummary, ref, name); err != nil {
			return fmt.Errorf("sheet %s cell %s: %w", sheetSummary, ref, err)
		}
		loc := "'" + strings.ReplaceAll(name, "'", "''") + "'!A1"
		if err := f.SetCellHyperLink(sheetSummary, ref, loc, "Location"); err != nil {
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
