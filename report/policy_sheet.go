package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/xuri/excelize/v2"
)

// policyColumns are the rules table's columns (policy.Rule's stable fields).
func policyColumns(st *styles) []column {
	return []column{
		{"ID", 24, 0}, {"Kind", 12, 0}, {"Class", 12, 0}, {"Reason", 18, 0},
		{"Code", 22, 0}, {"Severity", 9, 0}, {"Language", 9, 0},
		{"Description", 50, st.wrap}, {"Patterns", 60, st.wrap},
	}
}

// writePolicy lists the policy's rules as a table from A1 (so the header
// can be frozen) and its name and settings in a block to the right (K:L).
func writePolicy(f *excelize.File, st *styles, pol *policy.Policy) error {
	cols := policyColumns(st)
	if err := writeHeader(f, sheetPolicy, cols, st.header); err != nil {
		return err
	}
	c := &cells{st: st}
	var rules []*policy.Rule
	if pol != nil {
		rules = pol.Rules
	}
	for i, r := range rules {
		row := []any{
			c.text(r.ID), c.text(r.Kind), c.text(r.Class), c.text(r.Reason), c.text(r.Code),
			c.text(string(r.Severity)), c.text(r.Language), c.text(r.Description),
			c.text(strings.Join(r.Patterns, "\n")),
		}
		if err := setRow(f, sheetPolicy, i+2, row); err != nil {
			return err
		}
	}
	if err := addTable(f, sheetPolicy, "PolicyRules", cols, 1, len(rules)+1); err != nil {
		return err
	}
	return writeSettings(f, st, pol)
}

// writeSettings writes the policy's identity and settings as key/value rows.
func writeSettings(f *excelize.File, st *styles, pol *policy.Policy) error {
	const sheet = sheetPolicy
	for col, w := range map[string]float64{"J": 3, "K": 26, "L": 40} {
		if err := f.SetColWidth(sheet, col, col, w); err != nil {
			return fmt.Errorf("sheet %s column %s: %w", sheet, col, err)
		}
	}
	rows := [][]any{{excelize.Cell{StyleID: st.section, Value: "Policy"}}}
	if pol == nil {
		rows = append(rows, []any{"No policy was given to the report."})
	} else {
		s := pol.Settings
		c := &cells{st: st}
		rows = append(rows,
			[]any{"Name", c.text(pol.Name)},
			[]any{"Version", c.text(pol.Version)},
			[]any{"SHA-256", c.text(pol.SHA256)},
			[]any{"Rules", len(pol.Rules)},
			nil,
			[]any{excelize.Cell{StyleID: st.section, Value: "Settings"}},
			[]any{"Limit multiplier", s.LimitMultiplier},
			[]any{"Limit constant", s.LimitConstant},
			[]any{"Orders window (days)", s.OrdersWindowDays},
			[]any{"Count blocked messages", yesNo(s.CountBlocked)},
			[]any{"Proactive window (days)", s.ProactiveWindowDays},
			[]any{"Response target (hours)", s.ResponseHours},
			[]any{"Critical contact reasons", c.text(strings.Join(s.CriticalContactReasons, ", "))},
		)
	}
	for i, row := range rows {
		if row == nil {
			continue
		}
		if err := setRowAt(f, sheet, "K", i+1, row); err != nil {
			return err
		}
	}
	return nil
}

// setRowAt writes values from column col of row.
func setRowAt(f *excelize.File, sheet, col string, row int, values []any) error {
	first, err := excelize.ColumnNameToNumber(col)
	if err != nil {
		return err
	}
	padded := make([]any, first-1, first-1+len(values))
	return setRow(f, sheet, row, append(padded, values...))
}

// itoa is strconv.Itoa, short for cell references.
func itoa(n int) string { return strconv.Itoa(n) }
