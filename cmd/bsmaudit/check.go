package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

const checkSynopsis = `bsmaudit check [flags] [FILE|-]

Checks one message or template before it is sent: prints its class, the
reason and every finding with the matched text in «». The body comes from
--body, from FILE, or from standard input with "-"; a first line
"Subject: ..." in FILE or stdin sets the subject. Exit 1 when a finding of
severity error is found, 2 on a usage error.`

// checkJSON is the `check --format json` output (CLI.md).
type checkJSON struct {
	Class    string             `json:"class"`
	Reason   string             `json:"reason"`
	Rule     string             `json:"rule,omitempty"`
	Evidence string             `json:"evidence,omitempty"`
	Language string             `json:"language,omitempty"`
	Findings []checkFindingJSON `json:"findings"`
}

type checkFindingJSON struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Rule     string `json:"rule"`
	Evidence string `json:"evidence"`
}

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("check", checkSynopsis, stderr)
	subject := fs.String("subject", "", "the message subject")
	body := fs.String("body", "", "the message body (instead of FILE or -)")
	lang := fs.String("language", "", "the buyer's language of preference, e.g. de-DE (enables wrong_language)")
	reason := fs.String("reason", "", "the contact reason the message will be sent with, e.g. delivery_scheduling")
	order := fs.String("order", "", "the order ID the message is about (enables order_id_mismatch)")
	policyFile := fs.String("policy", "", "a policy file instead of the embedded default")
	format := fs.String("format", "text", "output format: text or json")
	if code, done := parse(fs, args); done {
		return code
	}
	if *format != "text" && *format != "json" {
		return usageError(fs, "--format must be text or json, not %q", *format)
	}
	if fs.NArg() > 1 {
		return usageError(fs, "name at most one FILE (or - for standard input)")
	}
	if fs.NArg() == 1 {
		if fs.Changed("body") {
			return usageError(fs, "give the body either with --body or as FILE, not both")
		}
		text, err := readMessage(fs.Arg(0), stdin)
		if err != nil {
			fmt.Fprintf(stderr, "bsmaudit check: %v\n", err)
			return exitUsage
		}
		subj, b := splitSubject(text)
		if !fs.Changed("subject") {
			*subject = subj
		}
		*body = b
	}
	if strings.TrimSpace(*subject) == "" && strings.TrimSpace(*body) == "" {
		return usageError(fs, "nothing to check: give --subject/--body, a FILE, or - for standard input")
	}
	p, err := loadPolicy(*policyFile)
	if err != nil {
		return fatal(stderr, err)
	}
	rec := readers.Record{Direction: readers.Outbound, Subject: *subject, Body: *body,
		BuyerLanguage: *lang, ContactReason: *reason, OrderID: *order}
	v := audit.Classify(p, &rec, audit.Context{})
	if *format == "json" {
		out := checkJSON{Class: string(v.Class), Reason: v.Reason, Rule: v.ReasonRule, Evidence: v.ReasonEvidence,
			Language: v.Language, Findings: []checkFindingJSON{}}
		for _, f := range v.Findings {
			out.Findings = append(out.Findings, checkFindingJSON{Code: f.Code, Severity: string(f.Severity), Rule: f.Rule, Evidence: f.Evidence})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return fatal(stderr, err)
		}
	} else {
		writeCheckText(stdout, v)
	}
	for _, f := range v.Findings {
		if f.Severity == policy.Error {
			return exitFail
		}
	}
	return exitOK
}

// readMessage reads FILE, or standard input for "-".
func readMessage(name string, stdin io.Reader) (string, error) {
	if name == "-" {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return "", fmt.Errorf("reading standard input: %w", err)
		}
		return string(b), nil
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return "", fmt.Errorf("reading message: %w", err)
	}
	return string(b), nil
}

// splitSubject takes a first line "Subject: ..." off a message file.
func splitSubject(text string) (subject, body string) {
	text = strings.TrimPrefix(text, "\ufeff")
	first, rest, _ := strings.Cut(text, "\n")
	if k, v, ok := strings.Cut(first, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "subject") {
		return strings.TrimSpace(v), strings.TrimLeft(rest, "\r\n")
	}
	return "", text
}

// writeCheckText prints a verdict in plain words, evidence in «».
func writeCheckText(w io.Writer, v audit.Verdict) {
	fmt.Fprintf(w, "class:  %s (%s)\n", v.Class, v.Reason)
	switch {
	case v.ReasonRule != "" && v.ReasonEvidence != "":
		fmt.Fprintf(w, "why:    rule %s matched «%s»\n", v.ReasonRule, v.ReasonEvidence)
	case v.ReasonRule != "":
		fmt.Fprintf(w, "why:    rule %s\n", v.ReasonRule)
	default:
		fmt.Fprintln(w, "why:    no rule matched; the policy's default class")
	}
	if v.Language != "" {
		fmt.Fprintf(w, "language: %s\n", v.Language)
	}
	if len(v.Findings) == 0 {
		fmt.Fprintln(w, "findings: none")
		return
	}
	fmt.Fprintf(w, "findings: %d\n", len(v.Findings))
	for _, f := range v.Findings {
		fmt.Fprintf(w, "  %-7s %-22s rule %s: «%s»\n", f.Severity, f.Code, f.Rule, f.Evidence)
	}
}
