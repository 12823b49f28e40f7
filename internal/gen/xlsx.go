package gen

import (
	"archive/zip"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// sheetRows is how many data rows fit on a sheet under the header
// (Excel's 1,048,576 rows); longer logs continue on "Messages 2" etc.
const sheetRows = 1_048_575

// widths of the log's columns, in characters.
var widths = []float64{13, 19, 10, 21, 16, 20, 14, 10, 40, 80, 28, 10, 10}

func writeXLSX(w io.Writer, st *stream) error {
	f := excelize.NewFile()
	defer f.Close()
	// excelize zips into a bytes.Buffer the size of the file before it
	// writes anything; a zip writer of our own streams the parts to w
	// instead, so memory stays flat. (Its zip64 header patch only matters
	// for parts over 4 GB; a sheet is capped at sheetRows, far below.)
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(w) })
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 22})
	if err != nil {
		return fmt.Errorf("xlsx style: %w", err)
	}
	var sw *excelize.StreamWriter
	sheet, n := 0, sheetRows // starts a sheet on the first message
	vals := make([]any, len(header))
	next := func() error {
		if sw != nil {
			if err := sw.Flush(); err != nil {
				return fmt.Errorf("xlsx sheet %d: %w", sheet, err)
			}
		}
		sheet++
		name := "Messages"
		if sheet > 1 {
			name = fmt.Sprintf("Messages %d", sheet)
			if _, err := f.NewSheet(name); err != nil {
				return fmt.Errorf("xlsx sheet %s: %w", name, err)
			}
		} else if err := f.SetSheetName("Sheet1", name); err != nil {
			return fmt.Errorf("xlsx sheet %s: %w", name, err)
		}
		var err error
		if sw, err = f.NewStreamWriter(name); err != nil {
			return fmt.Errorf("xlsx sheet %s: %w", name, err)
		}
		for i, wd := range widths {
			if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
				return fmt.Errorf("xlsx sheet %s: %w", name, err)
			}
		}
		hdr := make([]any, len(header))
		for i, h := range header {
			hdr[i] = h
		}
		n = 0
		return sw.SetRow("A1", hdr)
	}
	if err := next(); err != nil {
		return err
	}
	err = st.each(func(rw *row) error {
		if n == sheetRows {
			if err := next(); err != nil {
				return err
			}
		}
		n++
		vals[0], vals[1], vals[2], vals[3] = rw.ID, excelize.Cell{StyleID: dateStyle, Value: rw.At}, rw.Direction, rw.OrderID
		vals[4], vals[5], vals[6], vals[7] = rw.Buyer, rw.Account, rw.Market, rw.Lang
		vals[8], vals[9], vals[10], vals[11], vals[12] = rw.Subject, rw.Body, rw.Reason, rw.Status, rw.OptedOut
		cell, _ := excelize.CoordinatesToCellName(1, n+1)
		if err := sw.SetRow(cell, vals); err != nil {
			return fmt.Errorf("xlsx row %d: %w", n+1, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("xlsx sheet %d: %w", sheet, err)
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("writing xlsx: %w", err)
	}
	return nil
}
