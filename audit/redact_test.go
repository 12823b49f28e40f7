package audit

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// TestRedact: after redact, no personal data of the message is left
// anywhere in it, the class is the one the real text gave, and the
// evidence still says what was found.
func TestRedact(t *testing.T) {
	p := policy.Default()
	pii := []string{"anna.mueller@example.de", "+49 170 1234567", "Hauptstraße 12", "Anna", "Müller", "Anna Müller"}
	r := readers.Record{Direction: readers.Outbound, OrderID: "114-3941689-8772232", BuyerName: "Anna Müller", BuyerID: "Anna Müller",
		Subject: "Your order 114-3941689-8772232, Anna Müller",
		Body: "Hi Anna,\nplease leave us a review! Questions? Write to anna.mueller@example.de or call +49 170 1234567. " +
			"We ship to Hauptstraße 12, 10115 Berlin. Thanks, Anna"}
	m := &Message{Record: r, Verdict: Classify(p, &r, Context{})}
	class := m.Verdict.Class
	m.BlockedEvidence = "external_contact (rule x): Write to anna.mueller@example.de or call +49 170 1234567. We ship to Hauptst…"
	redact(m)
	all := fmt.Sprintf("%+v", *m)
	for _, s := range append(pii, "Hauptst…") {
		if strings.Contains(all, s) {
			t.Errorf("%q left in %s", s, all)
		}
	}
	if m.Verdict.Class != class || class != Prohibited {
		t.Errorf("class %s after redact, %s before; want prohibited", m.Verdict.Class, class)
	}
	var ev []string
	for _, f := range m.Verdict.Findings {
		ev = append(ev, f.Code+": "+f.Evidence)
	}
	for _, want := range []string{"[email]", "review_request: leave us a review"} {
		if !strings.Contains(strings.Join(ev, "\n"), want) {
			t.Errorf("no finding says %q: %q", want, ev)
		}
	}
	if want := "Hi [name],\nplease leave us a review! Questions? Write to [email] or call [phone]. We ship to [address]. Thanks, [name]"; m.Record.Body != want {
		t.Errorf("body\n got %q\nwant %q", m.Record.Body, want)
	}
	if m.Record.Subject != "Your order 114-3941689-8772232, [name]" || m.Record.BuyerID != "[name]" || m.Record.BuyerName != "[name]" {
		t.Errorf("subject %q, buyer %q %q", m.Record.Subject, m.Record.BuyerID, m.Record.BuyerName)
	}
	if want := "external_contact (rule x): Write to [email] or call [phone]. We ship to [address]…"; m.BlockedEvidence != want {
		t.Errorf("blocked evidence\n got %q\nwant %q", m.BlockedEvidence, want)
	}
}
