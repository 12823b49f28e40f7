package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/pflag"
)

// newFlagSet makes a sub-command's flag set that reports errors instead of
// exiting, keeps flags in declaration order and prints its own usage.
func newFlagSet(name, synopsis string, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: %s\n", synopsis)
		if u := fs.FlagUsages(); u != "" {
			fmt.Fprintf(fs.Output(), "\nflags:\n%s", u)
		}
	}
	return fs
}

// parse parses args; done is true when the command should stop with code
// (help asked for: 0; a bad flag: 2).
func parse(fs *pflag.FlagSet, args []string) (code int, done bool) {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return 0, false
	case errors.Is(err, pflag.ErrHelp):
		return exitOK, true // pflag has printed the usage already
	}
	fmt.Fprintf(fs.Output(), "bsmaudit %s: %v\nRun 'bsmaudit %s --help' for usage.\n", fs.Name(), err, fs.Name())
	return exitUsage, true
}

// usageError prints a usage error for a command and returns exit code 2.
func usageError(fs *pflag.FlagSet, format string, a ...any) int {
	fmt.Fprintf(fs.Output(), "bsmaudit %s: %s\nRun 'bsmaudit %s --help' for usage.\n", fs.Name(), fmt.Sprintf(format, a...), fs.Name())
	return exitUsage
}
