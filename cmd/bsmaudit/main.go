// Command bsmaudit audits Amazon Buyer-Seller Messaging logs against a
// messaging policy and writes an Excel compliance report.
//
// main only wires: it parses flags, opens the inputs, runs the engine and
// turns the outcome into an exit code (CLI.md): 0 done, 1 --fail-on level
// reached, 2 usage error or an input that cannot be read.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	// The zone database is embedded so --tz works on machines without one.
	_ "time/tzdata"
)

const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

func main() {
	ctx, stop := withSignals(context.Background())
	endProfile := startProfile(os.Stderr)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	endProfile()
	stop()
	os.Exit(code)
}

// signalCause is the cancellation cause of a run stopped by a signal.
type signalCause struct{ sig syscall.Signal }

func (s signalCause) Error() string { return "received " + s.sig.String() }

// withSignals returns a context cancelled, with a signalCause, on the first
// SIGINT or SIGTERM, so that the run can clean up and exit 130 or 143.
func withSignals(parent context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case s := <-ch:
			cancel(signalCause{s.(syscall.Signal)})
		case <-ctx.Done():
		}
	}()
	return ctx, func() { signal.Stop(ch); cancel(nil) }
}

const usage = `bsmaudit audits Amazon Buyer-Seller Messaging logs.

usage:
  bsmaudit audit [flags] INPUT...   audit message logs, write the Excel report
  bsmaudit check [flags] [FILE|-]   check one message or template before sending
  bsmaudit policy show              print the embedded default policy
  bsmaudit policy check FILE        validate a policy file and run its examples
  bsmaudit gen [flags]              write a synthetic message log and orders file
  bsmaudit version                  print the version

Run 'bsmaudit COMMAND --help' for a command's flags.
`

// run is the whole program behind main, testable without a process.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "audit":
		return runAudit(ctx, args[1:], stdout, stderr)
	case "check":
		return runCheck(args[1:], stdin, stdout, stderr)
	case "policy":
		return runPolicy(args[1:], stdout, stderr)
	case "gen":
		return runGen(ctx, args[1:], stdout, stderr)
	case "version", "--version":
		return runVersion(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "bsmaudit: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}
