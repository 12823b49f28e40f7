package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
	"github.com/bsmaudit/bsmaudit/report"
)

// auditFlags are the flags of `bsmaudit audit` (CLI.md "audit flags").
type auditFlags struct {
	out          string
	noReport     bool
	orders       []string
	avgOrders    float64
	ordersWindow int
	perMarket    bool
	tz           string
	policy       string
	maps         []string
	sheet        string
	json         string
	export       string
	failOn       string
	quiet        bool
	noProgress   bool
	redact       bool
}

func runAudit(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var f auditFlags
	fs := newFlagSet("audit", "bsmaudit audit [flags] INPUT...\n\nINPUT is a message log (.csv, .tsv, .txt) or a directory of them (read recursively).", stderr)
	fs.StringVarP(&f.out, "out", "o", "bsmaudit-report.xlsx", "the Excel `report` to write")
	fs.BoolVar(&f.noReport, "no-report", false, "write no Excel report (with --json or --export)")
	fs.StringArrayVar(&f.orders, "orders", nil, "orders export (Amazon All Orders Report, or CSV with an order id and a purchase date); repeatable")
	fs.Float64Var(&f.avgOrders, "avg-daily-orders", 0, "a fixed average daily order volume instead of an orders export")
	fs.IntVar(&f.ordersWindow, "orders-window", 0, "`days` in the rolling orders average (default: the policy's, 30)")
	fs.BoolVar(&f.perMarket, "per-marketplace", false, "count days and limits per account and marketplace")
	fs.StringVar(&f.tz, "tz", "UTC", "IANA time `zone` for calendar days and for timestamps without an offset")
	fs.StringVar(&f.policy, "policy", "", "a policy `file` instead of the embedded default")
	fs.StringArrayVar(&f.maps, "map", nil, "map a log column to a field, `FIELD=COLUMN`; repeatable")
	fs.StringVar(&f.sheet, "sheet", "", "the XLSX `sheet` to read")
	fs.StringVar(&f.json, "json", "", "write the summary as JSON to `file` (- for stdout)")
	fs.StringVar(&f.export, "export", "", "write one row per message with its verdict to `file` (.csv, .jsonl or .parquet)")
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 when a finding is at or above `level`: error, warning or info")
	fs.BoolVarP(&f.quiet, "quiet", "q", false, "no progress or summary on stderr")
	fs.BoolVar(&f.noProgress, "no-progress", false, "no progress bar")
	fs.BoolVar(&f.redact, "redact", false, "mask emails, phones, addresses and buyer names in the report and exports")
	if code, done := parse(fs, args); done {
		return code
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		return usageError(fs, "no INPUT: name at least one message log or directory")
	}
	if fs.Changed("avg-daily-orders") && len(f.orders) > 0 {
		return usageError(fs, "--orders and --avg-daily-orders exclude each other: give one")
	}
	if fs.Changed("avg-daily-orders") && f.avgOrders < 0 {
		return usageError(fs, "--avg-daily-orders must be 0 or more, not %v", f.avgOrders)
	}
	if fs.Changed("orders-window") && f.ordersWindow < 1 {
		return usageError(fs, "--orders-window must be at least 1 day, not %d", f.ordersWindow)
	}
	failRank := 0
	if f.failOn != "" {
		failRank = policy.Severity(f.failOn).Rank()
		if failRank == 0 {
			return usageError(fs, "--fail-on takes error, warning or info, not %q", f.failOn)
		}
	}
	loc, err := time.LoadLocation(f.tz)
	if err != nil {
		return usageError(fs, "--tz %q is not an IANA time zone (e.g. UTC, Europe/Berlin, America/New_York)", f.tz)
	}
	maps, err := readers.ParseMap(f.maps)
	if err != nil {
		return usageError(fs, "%v", err)
	}

	pol, err := loadPolicy(f.policy)
	if err != nil {
		return fatal(stderr, err)
	}
	ropt := readers.Options{Map: maps, Location: loc, Sheet: f.sheet}
	set, err := readers.Open(inputs, ropt)
	if err != nil {
		return fatal(stderr, err)
	}
	opt := audit.Options{Location: loc, OrdersWindow: f.ordersWindow, PerMarketplace: f.perMarket, Redact: f.redact}
	if fs.Changed("avg-daily-orders") {
		opt.AvgDailyOrders = &f.avgOrders
	}
	if len(f.orders) > 0 {
		// Orders files have their own columns: --map applies to the logs only.
		orders, err := readers.OpenOrders(f.orders, readers.Options{Location: loc})
		if err != nil {
			return fatal(stderr, err)
		}
		opt.Orders = orders
	}

	all := append(append([]string{}, inputs...), f.orders...)
	if f.json != "" && f.json != "-" {
		if err := report.CheckOutput(f.json, all); err != nil {
			return fatal(stderr, err)
		}
	}
	var sinks []audit.Sink
	var xlsx *report.XLSX
	if !f.noReport {
		xlsx, err = report.NewXLSX(f.out, report.XLSXOptions{Inputs: all, TimeZone: loc.String(), Tool: tool()})
		if err != nil {
			return fatal(stderr, err)
		}
		sinks = append(sinks, xlsx)
	}
	var export *report.Export
	if f.export != "" {
		if export, err = report.NewExport(f.export, all...); err != nil {
			if xlsx != nil {
				xlsx.Abort()
			}
			return fatal(stderr, err)
		}
		sinks = append(sinks, export)
	}
	abort := func() {
		if xlsx != nil {
			xlsx.Abort()
		}
		if export != nil {
			export.Abort()
		}
	}

	prog := newProgress(stderr, !f.quiet && !f.noProgress)
	if prog != nil {
		opt.Progress = func(pr audit.Progress) { prog.update(pr, set.Progress()) }
	}
	start := time.Now()
	sum, err := audit.Run(ctx, pol, set, opt, audit.Tee(sinks...))
	prog.clear()
	if err != nil {
		abort()
		if ctx.Err() != nil {
			return interrupted(ctx, stderr)
		}
		return fatal(stderr, err)
	}
	// Every output or none: a failure while writing one (a full disk)
	// removes those already written by this run.
	var written []string
	failed := func(err error) int {
		abort()
		for _, p := range written {
			os.Remove(p)
		}
		return fatal(stderr, err)
	}
	if export != nil {
		if err := export.Close(); err != nil {
			return failed(err)
		}
		written = append(written, f.export)
	}
	if f.json != "" {
		if err := writeJSON(f.json, sum, stdout); err != nil {
			return failed(err)
		}
		if f.json != "-" {
			written = append(written, f.json)
		}
	}
	if xlsx != nil {
		if err := xlsx.Close(sum, pol); err != nil {
			return failed(err)
		}
	}
	if !f.quiet {
		report.WriteText(stderr, sum)
		if xlsx != nil {
			fmt.Fprintf(stderr, "report: %s\n", f.out)
		}
		fmt.Fprintln(stderr, timing(sum.Rows.Read, time.Since(start)))
	}
	if failRank > 0 && reached(sum, failRank) {
		return exitFail
	}
	return exitOK
}

func tool() report.Tool { return report.Tool{Name: "bsmaudit", Version: toolVersion()} }

func loadPolicy(path string) (*policy.Policy, error) {
	if path == "" {
		return policy.Default(), nil
	}
	return policy.Load(path)
}

// writeJSON writes the JSON summary to a file (atomically) or to stdout.
func writeJSON(path string, sum *audit.Summary, stdout io.Writer) error {
	if path == "-" {
		return report.WriteJSON(stdout, sum, tool())
	}
	return report.WriteFileAtomic(path, func(w io.Writer) error {
		return report.WriteJSON(w, sum, tool())
	})
}

// reached reports whether any finding is at or above the --fail-on rank.
func reached(sum *audit.Summary, rank int) bool {
	for sev, n := range sum.Severities {
		if n > 0 && policy.Severity(sev).Rank() >= rank {
			return true
		}
	}
	return false
}

// fatal prints an error that ends the run and returns exit code 2.
func fatal(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "bsmaudit: %s\n", strings.TrimSpace(err.Error()))
	return exitUsage
}

// interrupted reports a run stopped by SIGINT or SIGTERM and returns the
// shell's code for it, 128 + the signal number (130, 143).
func interrupted(ctx context.Context, stderr io.Writer) int {
	fmt.Fprintln(stderr, "bsmaudit: interrupted; no report written")
	var sig signalCause
	if errors.As(context.Cause(ctx), &sig) {
		return 128 + int(sig.sig)
	}
	return 130
}
