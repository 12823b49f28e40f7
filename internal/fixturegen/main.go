// Command fixturegen writes the binary fixtures of readers/testdata/formats
// from their CSV twins (messages.csv, orders.csv): Parquet files written by
// arrow-go and by parquet-go (a second, independent writer), and a
// password-protected workbook. It is its own module so that parquet-go
// stays out of bsmaudit's go.mod.
//
//	cd internal/fixturegen && go run . ../../readers/testdata/formats
package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: fixturegen DIR (the readers/testdata/formats directory)")
		os.Exit(2)
	}
	dir := os.Args[1]
	if err := run(dir); err != nil {
		fmt.Fprintln(os.Stderr, "fixturegen:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	msgs, err := readCSV(filepath.Join(dir, "messages.csv"))
	if err != nil {
		return err
	}
	orders, err := readCSV(filepath.Join(dir, "orders.csv"))
	if err != nil {
		return err
	}
	if err := writeDatesTwin(filepath.Join(dir, "messages_dates.csv"), msgs); err != nil {
		return err
	}
	for _, v := range arrowVariants {
		if err := writeArrow(filepath.Join(dir, v.file), msgs, v); err != nil {
			return fmt.Errorf("%s: %w", v.file, err)
		}
	}
	if err := writeParquetGo(dir, msgs, orders); err != nil {
		return err
	}
	return writeEncrypted(filepath.Join(dir, "encrypted.xlsx"), msgs)
}

// table is a CSV twin: its header and records.
type table struct {
	header []string
	recs   [][]string
}

func readCSV(path string) (*table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	all, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &table{header: all[0], recs: all[1:]}, nil
}

// col returns the index of a header.
func (t *table) col(name string) int {
	for i, h := range t.header {
		if h == name {
			return i
		}
	}
	panic("no column " + name)
}

// stamp reads a twin's timestamp (no offset) as wall-clock fields in UTC.
func stamp(s string) time.Time {
	t, err := time.Parse(time.DateTime, s)
	if err != nil {
		panic(err)
	}
	return t
}

// writeDatesTwin writes messages.csv with dates only: the twin of the
// DATE32 file.
func writeDatesTwin(path string, t *table) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.Write(t.header)
	sent := t.col("Sent")
	for _, r := range t.recs {
		r = append([]string(nil), r...)
		r[sent] = stamp(r[sent]).Format(time.DateOnly)
		w.Write(r)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return f.Close()
}
