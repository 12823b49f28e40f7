package report

import (
	"errors"
	"fmt"

	"github.com/xuri/excelize/v2"
)

// The workbook's sheets as a whole: their order, the spools, the
// conditional formats set on streamed sheets before they are flushed.

// removeSpools deletes the spools of sheets never released.
func (x *XLSX) removeSpools() error {
	return errors.Join(x.blocked.discard(), x.response.discard(), x.files.removeAll())
}

// streams lists the streamed tables in sheet order.
func (x *XLSX) streams() []*streamSheet {
	return []*streamSheet{x.findings, x.messages, x.blocked, x.response, x.rejected}
}

// sheetOrder is every sheet in report order, each streamed table's
// continuation sheets right after its first.
func (x *XLSX) sheetOrder() []string {
	names := []string{sheetSummary, sheetDaily}
	for _, s := range x.streams() {
		names = append(names, s.names()...)
	}
	return append(names, sheetPolicy)
}

// orderSheets moves continuation sheets, which excelize appends at the end
// of the workbook, next to their first part.
func (x *XLSX) orderSheets() error {
	for i, name := range x.sheetOrder() {
		list := x.f.GetSheetList()
		if i < len(list) && list[i] != name {
			if err := x.f.MoveSheet(name, list[i]); err != nil {
				return fmt.Errorf("ordering sheet %s: %w", name, err)
			}
		}
	}
	return nil
}

// highlightResponses colours the rows of late and unanswered buyer
// messages on every part of Response time. Conditional formats must be set
// before the stream is flushed (excelize drops them silently after).
func (x *XLSX) highlightResponses() error {
	col := lastCol(x.response.cols) // Outcome
	for _, p := range x.response.parts {
		if p.row < 2 {
			continue
		}
		ref := "A2:" + col + itoa(p.row)
		err := x.f.SetConditionalFormat(p.name, ref, []excelize.ConditionalFormatOptions{
			{Type: "formula", Criteria: `$` + col + `2="unanswered"`, Format: &x.st.breach},
			{Type: "formula", Criteria: `$` + col + `2="late"`, Format: &x.st.lateRow},
		})
		if err != nil {
			return fmt.Errorf("sheet %s: highlighting late answers: %w", p.name, err)
		}
	}
	return nil
}
