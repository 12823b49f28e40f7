package main

import "github.com/xuri/excelize/v2"

// writeEncrypted writes the messages to a password-protected workbook
// (password "secret"): bsmaudit must refuse it with a clear error.
func writeEncrypted(path string, t *table) error {
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range append([][]string{t.header}, t.recs...) {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		vals := make([]any, len(r))
		for j, v := range r {
			vals[j] = v
		}
		if err := f.SetSheetRow("Sheet1", cell, &vals); err != nil {
			return err
		}
	}
	return f.SaveAs(path, excelize.Options{Password: "secret"})
}
