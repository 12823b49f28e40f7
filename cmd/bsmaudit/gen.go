package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bsmaudit/bsmaudit/internal/gen"
)

const genSynopsis = `bsmaudit gen [flags]

Writes a synthetic message log and the matching All Orders Report. The same
flags always give the same bytes.`

// genFlags are gen's flag values as given.
type genFlags struct {
	rows, accounts, days int
	seed                 uint64
	format, out, orders  string
	start                string
}

func runGen(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	def := gen.Defaults()
	var g genFlags
	fs := newFlagSet("gen", genSynopsis, stderr)
	fs.IntVar(&g.rows, "rows", def.Rows, "message rows to write")
	fs.Uint64Var(&g.seed, "seed", def.Seed, "random seed; the same seed gives the same files")
	fs.StringVar(&g.format, "format", "", "csv, tsv, parquet or xlsx (default: from -o's extension, else csv)")
	fs.StringVarP(&g.out, "out", "o", "bsmaudit-sample.csv", "the message log `FILE`")
	fs.StringVar(&g.orders, "orders", "", "the orders `FILE` (default: <name>-orders.txt beside -o)")
	fs.IntVar(&g.accounts, "accounts", def.Accounts, "seller accounts (1-64)")
	fs.StringVar(&g.start, "start", def.Start.Format(time.DateOnly), "the log's first day, `YYYY-MM-DD`; orders start 30 days earlier")
	fs.IntVar(&g.days, "days", def.Days, "days the log covers")
	if code, done := parse(fs, args); done {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, "unexpected argument %q", fs.Arg(0))
	}
	opt, err := g.options()
	if err != nil {
		return usageError(fs, "%v", err)
	}
	orders := g.orders
	if orders == "" {
		orders = ordersBeside(g.out)
	}
	if filepath.Clean(orders) == filepath.Clean(g.out) {
		return usageError(fs, "--orders and -o name the same file %s", g.out)
	}
	// The two files are independent: write the orders on the other core.
	ordersErr := make(chan error, 1)
	go func() {
		ordersErr <- writeFile(ctx, orders, func(w io.Writer) error { return gen.WriteOrders(w, opt) })
	}()
	err = writeFile(ctx, g.out, func(w io.Writer) error { return gen.WriteMessages(w, opt) })
	if oerr := <-ordersErr; err == nil {
		err = oerr
	}
	if err != nil {
		return genFailed(ctx, stderr, err)
	}
	fmt.Fprintf(stdout, "wrote %s (%d messages, %s) and %s\n", g.out, opt.Rows, opt.Format, orders)
	return exitOK
}

// options checks the flags and turns them into generator options.
func (g genFlags) options() (gen.Options, error) {
	opt := gen.Defaults()
	opt.Rows, opt.Seed, opt.Accounts, opt.Days = g.rows, g.seed, g.accounts, g.days
	start, err := time.Parse(time.DateOnly, g.start)
	if err != nil {
		return opt, fmt.Errorf("--start %q: want a date like 2026-10-01", g.start)
	}
	opt.Start = start
	switch f, ok := gen.FormatFromPath(g.out); {
	case g.format != "":
		if opt.Format, err = gen.ParseFormat(g.format); err != nil {
			return opt, fmt.Errorf("--format: %w", err)
		}
	case ok:
		opt.Format = f
	default:
		opt.Format = gen.CSV
	}
	if err := opt.Validate(); err != nil {
		return opt, err
	}
	return opt, nil
}

// ordersBeside names the orders file after the log: m.csv -> m-orders.txt.
func ordersBeside(out string) string {
	return strings.TrimSuffix(out, filepath.Ext(out)) + "-orders.txt"
}

// writeFile writes a file through fill, removing it when fill fails so that
// no half-written file is left behind. Writes stop when ctx is cancelled.
func writeFile(ctx context.Context, path string, fill func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = fill(ctxWriter{ctx, f})
	if cerr := f.Close(); err == nil && cerr != nil && !errors.Is(cerr, os.ErrClosed) {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// ctxWriter fails writes once its context is cancelled (SIGINT, SIGTERM).
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

func genFailed(ctx context.Context, stderr io.Writer, err error) int {
	if ctx.Err() != nil {
		var sig signalCause
		fmt.Fprintln(stderr, "bsmaudit gen: interrupted; partial file removed")
		if errors.As(context.Cause(ctx), &sig) {
			return 128 + int(sig.sig)
		}
		return 130
	}
	return fatal(stderr, err)
}
