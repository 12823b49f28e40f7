package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// piiLog is a log full of buyers' personal data: a buyer-name column,
// greetings, email addresses, phone numbers and street addresses in
// bodies, evidence and rejection reasons.
const piiLog = `message_id,sent_at,direction,order_id,customer name,subject,body,status
m1,2026-10-01 09:00,inbound,114-3941689-8772232,Anna Müller,Lamp,"Hello, this is Anna Müller: where is my lamp? Call me on +49 170 1234567 or write to anna.mueller@example.de.",
m2,2026-10-01 10:00,outbound,114-3941689-8772232,Anna Müller,Re: Lamp,"Hi Anna,
your lamp has shipped to Hauptstraße 12, 10115 Berlin. Please leave us a review! Reach us at help.desk@shop-example.com or +1 (415) 555-0199.",blocked
m3,2026-10-01 11:00,outbound,114-3941689-8772232,Anna Müller,[Important] Your order,"Dear Mr. Smithers: we ship to 742 Evergreen Terrace, Springfield today. Write to jo.smithers@mail-example.org.",
m4,2026-10-01 12:00,sideways,114-3941689-8772232,Anna Müller,x,bad direction,
m5,2026-10-01 12:30,outbound,114-3941689-8772232,Anna Müller,Delivery,"Bonjour Marie ! Votre colis part au 12 rue de la Paix, 75002 Paris. Tel +33 6 12 34 56 78",
`

// piiStrings must not appear anywhere in a redacted report or export.
var piiStrings = []string{
	"Anna", "Müller", "+49 170 1234567", "anna.mueller@example.de", "Hauptstraße 12", "10115",
	"help.desk@shop-example.com", "555-0199", "Smithers", "742 Evergreen", "jo.smithers@mail-example.org",
	"Marie", "rue de la Paix", "+33 6 12 34 56 78",
}

// TestRedactLeaksNothing runs the CLI with --redact and reads back every
// cell of every sheet of the report, every line of the CSV and JSONL
// exports and the JSON summary: no personal data is left, and the
// findings' evidence still says what was found ([email], [phone]).
// Without --redact the same strings are there (the test can fail).
func TestRedactLeaksNothing(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "pii.csv")
	if err := os.WriteFile(in, []byte(piiLog), 0o644); err != nil {
		t.Fatal(err)
	}
	texts := func(redact bool) string {
		sub := filepath.Join(dir, map[bool]string{true: "redacted", false: "plain"}[redact])
		os.Mkdir(sub, 0o755)
		args := []string{"audit", in, "-q", "-o", filepath.Join(sub, "r.xlsx"), "--json", filepath.Join(sub, "s.json")}
		if redact {
			args = append(args, "--redact")
		}
		var all strings.Builder
		for _, ext := range []string{"csv", "jsonl"} {
			code, _, stderr := runCmd(t, append(args, "--export", filepath.Join(sub, "rows."+ext))...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			b, _ := os.ReadFile(filepath.Join(sub, "rows."+ext))
			all.Write(b)
		}
		b, _ := os.ReadFile(filepath.Join(sub, "s.json"))
		all.Write(b)
		f, err := excelize.OpenFile(filepath.Join(sub, "r.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		for _, sh := range f.GetSheetList() {
			rows, err := f.GetRows(sh)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				all.WriteString(strings.Join(r, "\t") + "\n")
			}
		}
		return all.String()
	}
	plain, redacted := texts(false), texts(true)
	for _, s := range piiStrings {
		if !strings.Contains(plain, s) {
			t.Errorf("%q is not in the plain report: the test proves nothing for it", s)
		}
		if strings.Contains(redacted, s) {
			i := strings.Index(redacted, s)
			t.Errorf("%q leaks into the redacted report: ...%s...", s, redacted[max(0, i-80):min(len(redacted), i+80)])
		}
	}
	for _, want := range []string{"[email]", "[phone]", "[address]", "[name]", "review_request"} {
		if !strings.Contains(redacted, want) {
			t.Errorf("the redacted report never says %s", want)
		}
	}
}
