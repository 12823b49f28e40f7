package audit

import (
	"slices"
	"testing"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// FuzzClassify: any subject, body and contact reason gives exactly one
// known class with a reason of that class, findings with declared codes and
// rule ids, and never a panic.
func FuzzClassify(f *testing.F) {
	f.Add("[Important] Engraving 114-3941689-8772232", "Which font would you like?", "customization", false, false)
	f.Add("Re: lamp", "Yes! Leave us a review at www.shop.com, call +1 512-555-0147.", "reply", true, true)
	f.Add("", "", "", false, false)
	p := policy.Default()
	f.Fuzz(func(t *testing.T, subject, body, reason string, optedOut, thread bool) {
		r := readers.Record{Direction: readers.Outbound, OrderID: "114-3941689-8772232",
			Subject: subject, Body: body, ContactReason: reason, OptedOut: optedOut}
		v := Classify(p, &r, Context{Thread: thread})
		if !slices.Contains(Classes, v.Class) {
			t.Fatalf("class %q is not one of %v", v.Class, Classes)
		}
		if class, _, ok := p.ReasonRank(v.Reason); !ok || class != string(v.Class) {
			t.Fatalf("reason %q does not belong to class %s", v.Reason, v.Class)
		}
		for _, fd := range v.Findings {
			if _, ok := p.Finding(fd.Code); !ok || fd.Rule == "" || fd.Severity.Rank() == 0 {
				t.Fatalf("bad finding %+v", fd)
			}
		}
	})
}
