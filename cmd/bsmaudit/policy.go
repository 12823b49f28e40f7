package main

import (
	"fmt"
	"io"

	"github.com/bsmaudit/bsmaudit/policy"
)

const policyUsage = `usage:
  bsmaudit policy show          print the embedded default policy
  bsmaudit policy check FILE    validate a policy file and run its rules' examples
`

func runPolicy(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, policyUsage)
		return exitUsage
	}
	switch args[0] {
	case "show":
		fs := newFlagSet("policy show", "bsmaudit policy show\n\nPrints the embedded default policy (YAML); copy it to start a custom one.", stderr)
		if code, done := parse(fs, args[1:]); done {
			return code
		}
		if fs.NArg() > 0 {
			return usageError(fs, "unexpected argument %q", fs.Arg(0))
		}
		stdout.Write(policy.Default().Source)
		return exitOK
	case "check":
		fs := newFlagSet("policy check", "bsmaudit policy check FILE\n\nValidates a policy file and runs every rule's examples; exit 1 when an example fails, 2 when the file is invalid.", stderr)
		if code, done := parse(fs, args[1:]); done {
			return code
		}
		if fs.NArg() != 1 {
			return usageError(fs, "name one policy FILE")
		}
		p, err := policy.Load(fs.Arg(0))
		if err != nil {
			return fatal(stderr, err)
		}
		if errs := p.Check(); len(errs) > 0 {
			for _, err := range errs {
				fmt.Fprintf(stderr, "%v\n", err)
			}
			fmt.Fprintf(stderr, "%s: %d example(s) failed\n", fs.Arg(0), len(errs))
			return exitFail
		}
		fmt.Fprintf(stdout, "%s: ok (%s %s, %d rules, every example passes)\n", fs.Arg(0), p.Name, p.Version, len(p.Rules))
		return exitOK
	case "-h", "--help", "help":
		fmt.Fprint(stdout, policyUsage)
		return exitOK
	}
	fmt.Fprintf(stderr, "bsmaudit policy: unknown command %q\n\n%s", args[0], policyUsage)
	return exitUsage
}
