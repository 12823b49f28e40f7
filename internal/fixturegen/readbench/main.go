// Command readbench measures bsmaudit's readers on generated logs of any
// size: "gen" writes a log, "read" streams it through readers.Open/Rows
// and prints rows/s and MB/s. Run "read" under /usr/bin/time -v for the
// peak memory:
//
//	go run ./readbench gen csv 1000000 /tmp/big.csv
//	go build -o /tmp/readbench ./readbench && /usr/bin/time -v /tmp/readbench read /tmp/big.csv
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/bsmaudit/bsmaudit/readers"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "readbench:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	switch {
	case len(args) == 4 && args[0] == "gen":
		n, err := strconv.Atoi(args[2])
		if err != nil {
			return err
		}
		return gen(args[1], n, args[3])
	case len(args) >= 2 && args[0] == "read":
		return read(args[1:])
	}
	return fmt.Errorf("usage: readbench gen csv|xlsx|parquet ROWS FILE | readbench read FILE...")
}

func read(paths []string) error {
	start := time.Now()
	s, err := readers.Open(paths, readers.Options{})
	if err != nil {
		return err
	}
	var rows, rejected int
	err = s.Rows(context.Background(), func(r *readers.Row) error {
		rows++
		if r.Err != nil {
			rejected++
		}
		return nil
	})
	if err != nil {
		return err
	}
	d := time.Since(start)
	var size int64
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil {
			size += st.Size()
		}
	}
	fmt.Printf("%d rows (%d rejected), %.1f MB in %.2fs: %.0f rows/s, %.1f MB/s\n",
		rows, rejected, float64(size)/1e6, d.Seconds(), float64(rows)/d.Seconds(), float64(size)/1e6/d.Seconds())
	return nil
}
