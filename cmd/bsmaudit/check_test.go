package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
		code  int
		out   []string // substrings of stdout
	}{
		{"review ask", []string{"check", "--body", "Would you mind leaving us a quick review on Amazon?"}, "", exitFail,
			[]string{"class:  prohibited (review_request)", "«leaving us a quick review»"}},
		{"benign", []string{"check", "--subject", "Care tips", "--body", "Wash the cover at 30 degrees and dry it flat."}, "", exitOK,
			[]string{"non-critical (proactive_service)", "findings: none"}},
		{"stdin with subject line", []string{"check", "--language", "fr-FR", "-"},
			"Subject: [Important] Delivery of your table\nThe carrier needs to book a delivery slot for order 403-9999888-7776665. Which day next week suits you?\n",
			exitFail, []string{"critical (delivery_scheduling)", "wrong_language", "English (en)"}},
		{"warning only", []string{"check", "--body", "Unfortunately the lamp you ordered is out of stock, so we cancelled the order."}, "", exitOK,
			[]string{"out_of_stock_notice"}},
		{"nothing to check", []string{"check"}, "", exitUsage, nil},
		{"bad format", []string{"check", "--format", "xml", "--body", "hi"}, "", exitUsage, nil},
		{"two files", []string{"check", "a", "b"}, "", exitUsage, nil},
		{"missing file", []string{"check", "does-not-exist.txt"}, "", exitUsage, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(tt.stdin), &out, &errb)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stdout %q stderr %q", code, tt.code, out.String(), errb.String())
			}
			for _, s := range tt.out {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, out.String())
				}
			}
		})
	}
}

func TestCheckJSON(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"check", "--format", "json", "--body", "Use code SAVE10 for 10% off your next order! Email us at info (at) shop.de"},
		strings.NewReader(""), &out, &errb)
	if code != exitFail {
		t.Fatalf("exit %d, stderr %s", code, errb.String())
	}
	var got struct {
		Class, Reason string
		Findings      []struct{ Code, Severity, Rule, Evidence string }
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if got.Class != "prohibited" || got.Reason != "marketing" {
		t.Errorf("class %s/%s, want prohibited/marketing", got.Class, got.Reason)
	}
	codes := map[string]string{}
	for _, f := range got.Findings {
		codes[f.Code] = f.Evidence
		if f.Rule == "" || f.Severity == "" {
			t.Errorf("finding %+v lacks rule or severity", f)
		}
	}
	if codes["marketing"] == "" || !strings.Contains(codes["contact_info"], "info (at) shop.de") {
		t.Errorf("findings = %+v", got.Findings)
	}
}
