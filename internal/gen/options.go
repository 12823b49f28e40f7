// Package gen writes synthetic Buyer-Seller Messaging logs and the matching
// All Orders Report, at any size, for benchmarks and demos.
//
// Everything is derived from Options.Seed: the same options give the same
// bytes. Rows are made one at a time and written as they are made, so memory
// does not grow with Options.Rows. Orders are never stored: an order is a
// pure function of (account, day, index), so a message can name one and the
// orders file can list them all without either side keeping a table.
package gen

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// Format is the message log's file format.
type Format string

// The formats Write can produce.
const (
	CSV     Format = "csv"
	TSV     Format = "tsv"
	Parquet Format = "parquet"
	XLSX    Format = "xlsx"
)

// Formats lists every format, for usage texts.
var Formats = []Format{CSV, TSV, Parquet, XLSX}

// FormatFromPath is the format a file name's extension implies, if any.
func FormatFromPath(path string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return CSV, true
	case ".tsv", ".txt":
		return TSV, true
	case ".parquet":
		return Parquet, true
	case ".xlsx":
		return XLSX, true
	}
	return "", false
}

// ParseFormat checks a --format value.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if strings.EqualFold(s, string(f)) {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want csv, tsv, parquet or xlsx)", s)
}

// Options say what to generate.
type Options struct {
	Rows     int       // message rows, exactly
	Seed     uint64    // everything random derives from it
	Format   Format    // of the message log; the orders file is always TSV
	Accounts int       // seller accounts, 1..64
	Start    time.Time // first day of the log (UTC midnight); orders start 30 days earlier
	Days     int       // days the log covers
}

// Defaults are the documented defaults of `bsmaudit gen`.
func Defaults() Options {
	return Options{
		Rows: 10000, Seed: 1, Format: CSV, Accounts: 3,
		Start: time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC), Days: 30,
	}
}

// maxDays and maxRowsPerDay keep day and order indexes inside the
// order-ID encoding (see orderID: fewer than 10^7 orders a day).
const (
	maxDays       = 3000
	maxRowsPerDay = 10_000_000
)

// Validate reports the first option that cannot be used.
func (o Options) Validate() error {
	switch {
	case o.Rows < 0:
		return fmt.Errorf("rows must be 0 or more, not %d", o.Rows)
	case o.Accounts < 1 || o.Accounts > 64:
		return fmt.Errorf("accounts must be between 1 and 64, not %d", o.Accounts)
	case o.Days < 1 || o.Days > maxDays:
		return fmt.Errorf("days must be between 1 and %d, not %d", maxDays, o.Days)
	case o.Days > 0 && o.Rows/o.Days > maxRowsPerDay:
		return fmt.Errorf("%d rows over %d days is more than %d a day; add days", o.Rows, o.Days, maxRowsPerDay)
	case o.Start.IsZero():
		return fmt.Errorf("start date is missing")
	}
	if _, err := ParseFormat(string(o.Format)); err != nil {
		return err
	}
	return nil
}

// ordersBefore is how many days of orders precede Start: the limit's
// averaging window needs them.
const ordersBefore = 30
