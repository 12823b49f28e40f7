package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// runCmd runs the CLI in-process and returns its exit code and output.
func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	cases := []struct {
		args     []string
		code     int
		inStderr string
		inStdout string
	}{
		{nil, 2, "usage:", ""},
		{[]string{"--help"}, 0, "", "bsmaudit audit"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`, ""},
		{[]string{"audit", "--help"}, 0, "--orders", ""},
		{[]string{"audit"}, 2, "no INPUT", ""},
		{[]string{"audit", "--bogus", "x.csv"}, 2, "unknown flag: --bogus", ""},
		{[]string{"audit", "--tz", "Mars/Olympus", "x.csv"}, 2, "not an IANA time zone", ""},
		{[]string{"audit", "--fail-on", "fatal", "x.csv"}, 2, "--fail-on takes error, warning or info", ""},
		{[]string{"audit", "--orders", "o.txt", "--avg-daily-orders", "5", "x.csv"}, 2, "exclude each other", ""},
		{[]string{"audit", "--orders-window", "0", "x.csv"}, 2, "at least 1 day", ""},
		{[]string{"audit", "--map", "nonsense", "x.csv"}, 2, "nonsense", ""},
		{[]string{"audit", "does-not-exist.csv"}, 2, "does-not-exist.csv", ""},
		{[]string{"policy"}, 2, "policy show", ""},
		{[]string{"policy", "show", "--help"}, 0, "policy show", ""},
		{[]string{"policy", "check"}, 2, "name one policy FILE", ""},
		{[]string{"policy", "check", "missing.yaml"}, 2, "missing.yaml", ""},
		{[]string{"version"}, 0, "", "bsmaudit "},
		{[]string{"version", "--help"}, 0, "bsmaudit version", ""},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, stdout, stderr := runCmd(t, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d\nstderr: %s", code, c.code, stderr)
			}
			if !strings.Contains(stderr, c.inStderr) {
				t.Errorf("stderr lacks %q:\n%s", c.inStderr, stderr)
			}
			if !strings.Contains(stdout, c.inStdout) {
				t.Errorf("stdout lacks %q:\n%s", c.inStdout, stdout)
			}
			if strings.Contains(stderr, "goroutine ") || strings.Contains(stderr, "panic") {
				t.Errorf("stack trace on stderr:\n%s", stderr)
			}
		})
	}
}

func TestPolicyShow(t *testing.T) {
	code, stdout, stderr := runCmd(t, "policy", "show")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"missing_important_tag", "review_request", "[Important]"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("policy show lacks %q", want)
		}
	}
}
