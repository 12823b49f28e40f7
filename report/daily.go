package report

import (
	"fmt"
	"strconv"
	"time"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/xuri/excelize/v2"
)

// dailyColumns are the Daily sheet's columns; Marketplace only when limits
// were counted per marketplace. "Over" is the breach flag the conditional
// format looks at.
func dailyColumns(st *styles, perMarketplace bool) []column {
	cols := []column{{"Date", 11, st.date}, {"Account", 14, 0}}
	if perMarketplace {
		cols = append(cols, column{"Marketplace", 12, 0})
	}
	return append(cols,
		column{"Outbound", 10, 0}, column{"Critical", 9, 0}, column{"Non-critical", 11, 0},
		column{"Prohibited", 10, 0}, column{"Blocked", 9, 0}, column{"Avg daily orders", 11, st.decimal},
		column{"Limit", 9, 0}, column{"Over", 8, 0}, column{"Window from", 11, st.date},
		column{"Window to", 11, st.date}, column{"Days with orders", 9, 0},
		column{"Partial window", 9, 0}, column{"First over at", 19, st.dateTime})
}

// colOf is the letter of the column headed name, "" when there is none.
func colOf(cols []column, name string) string {
	for i, c := range cols {
		if c.header == name {
			n, _ := excelize.ColumnNumberToName(i + 1)
			return n
		}
	}
	return ""
}

// perMarketplace reports whether any day is counted per marketplace.
func perMarketplace(days []audit.Day) bool {
	for i := range days {
		if days[i].Marketplace != "" {
			return true
		}
	}
	return false
}

// writeDaily writes one row per day and account (Summary.Days), in normal
// mode: the sheet is small and gets a conditional format, which excelize
// silently drops on a flushed stream (LIBRARIES.md a).
func writeDaily(f *excelize.File, st *styles, sum *audit.Summary, loc *time.Location) error {
	perMkt := perMarketplace(sum.Days)
	cols := dailyColumns(st, perMkt)
	if err := writeHeader(f, sheetDaily, cols, st.header); err != nil {
		return err
	}
	c := &cells{loc: loc, st: st}
	for i := range sum.Days {
		d := &sum.Days[i]
		row := []any{c.date(d.Date), c.text(d.Account)}
		if perMkt {
			row = append(row, c.text(d.Marketplace))
		}
		var avg, limit, over, covered any
		if d.AvgDailyOrders != nil {
			avg = *d.AvgDailyOrders
		}
		if d.Limit != nil {
			limit = *d.Limit
		}
		over = d.Over
		if d.Over > 0 {
			over = excelize.Cell{StyleID: st.bad, Value: d.Over}
		}
		if d.WindowFrom != "" {
			covered = d.WindowCovered
		}
		row = append(row, d.Outbound,
			d.ByClass[audit.Critical], d.ByClass[audit.NonCritical], d.ByClass[audit.Prohibited],
			d.Blocked, avg, limit, over, c.date(d.WindowFrom), c.date(d.WindowTo), covered,
			yesNo(d.PartialWindow), c.at(d.FirstOverAt))
		if err := setRow(f, sheetDaily, i+2, row); err != nil {
			return err
		}
	}
	last := len(sum.Days) + 1
	if last > 1 {
		ref := "A2:" + lastCol(cols) + strconv.Itoa(last)
		err := f.SetConditionalFormat(sheetDaily, ref, []excelize.ConditionalFormatOptions{{
			Type: "formula", Criteria: "$" + colOf(cols, "Over") + "2>0", Format: &st.breach,
		}})
		if err != nil {
			return fmt.Errorf("sheet %s: highlighting breaches: %w", sheetDaily, err)
		}
	}
	return addTable(f, sheetDaily, "Daily", cols, 1, last)
}

// writeHeader sets a normal-mode sheet's column widths and styles, writes
// its header row and freezes it.
func writeHeader(f *excelize.File, sheet string, cols []column, hdr int) error {
	for i, c := range cols {
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, name, name, c.width); err != nil {
			return fmt.Errorf("sheet %s column %s: %w", sheet, name, err)
		}
		if c.style != 0 {
			if err := f.SetColStyle(sheet, name, c.style); err != nil {
				return fmt.Errorf("sheet %s column %s: %w", sheet, name, err)
			}
		}
	}
	row := make([]any, len(cols))
	for i, c := range cols {
		row[i] = excelize.Cell{StyleID: hdr, Value: c.header}
	}
	if err := setRow(f, sheet, 1, row); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, frozenHeader()); err != nil {
		return fmt.Errorf("sheet %s: freezing the header: %w", sheet, err)
	}
	return nil
}

// setRow writes one row of a normal-mode sheet. It takes the same values as
// the stream writer: nil for no cell, excelize.Cell for a styled one.
func setRow(f *excelize.File, sheet string, row int, values []any) error {
	for i, v := range values {
		if v == nil {
			continue
		}
		ref, err := excelize.CoordinatesToCellName(i+1, row)
		if err != nil {
			return err
		}
		style := 0
		if c, ok := v.(excelize.Cell); ok {
			style, v = c.StyleID, c.Value
		}
		if s, ok := v.(string); ok {
			// SetCellStr: a string is always a string, never a formula.
			err = f.SetCellStr(sheet, ref, s)
		} else {
			err = f.SetCellValue(sheet, ref, v)
		}
		if err == nil && style != 0 {
			err = f.SetCellStyle(sheet, ref, ref, style)
		}
		if err != nil {
			return fmt.Errorf("sheet %s cell %s: %w", sheet, ref, err)
		}
	}
	return nil
}

// addTable makes rows first..last a table named name (header on first).
func addTable(f *excelize.File, sheet, name string, cols []column, first, last int) error {
	if last == first {
		last++ // a table needs a data row; Excel accepts an empty one
	}
	ref := fmt.Sprintf("A%d:%s%d", first, lastCol(cols), last)
	if err := f.AddTable(sheet, &excelize.Table{Range: ref, Name: name, StyleName: "TableStyleLight9"}); err != nil {
		return fmt.Errorf("sheet %s: adding table %s: %w", sheet, name, err)
	}
	return nil
}

// lastCol is the letter of the last column.
func lastCol(cols []column) string {
	name, _ := excelize.ColumnNumberToName(len(cols))
	return name
}
