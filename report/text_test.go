package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/bsmaudit/bsmaudit/audit"
)

func TestWriteTextGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteText(&buf, testSummary()); err != nil {
		t.Fatal(err)
	}
	goldenBytes(t, "summary.txt", buf.Bytes())
}

// TestWriteTextLimits checks that long lists are cut and the text stays short.
func TestWriteTextLimits(t *testing.T) {
	sum := testSummary()
	sum.Findings = map[string]int{}
	for i := 0; i < 9; i++ {
		sum.Findings[fmt.Sprintf("code_%d", i)] = i + 1
	}
	sum.Days, sum.Breaches = nil, 8
	for i := 0; i < 8; i++ {
		sum.Days = append(sum.Days, audit.Day{Date: fmt.Sprintf("2025-02-%02d", i+1), Account: "a",
			Outbound: 700, Limit: intp(600), Over: 100})
	}
	sum.Rows.Read = 99
	var buf bytes.Buffer
	if err := WriteText(&buf, sum); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	lines := strings.Count(out, "\n")
	if lines > 15 {
		t.Errorf("%d lines, want at most 15:\n%s", lines, out)
	}
	for _, want := range []string{"code_8", "code_4", "5 more", "MISMATCH", "+100"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "code_3 ") {
		t.Errorf("summary lists more than 5 findings:\n%s", out)
	}
}
