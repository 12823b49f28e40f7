package audit

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// The held-out sets (testdata/heldout*.csv) were written before the policy
// was tuned for issue 4, as varied paraphrases of how sellers write in each
// marketplace language, and are kept as tests so a later edit cannot
// quietly overfit the development corpus. Their labels cover class, reason
// and the content finding codes; the engine's own checks (tag, order ID,
// opt-out, reason mismatch) are not labelled there and not scored.
var heldoutSets = []string{"heldout.csv", "heldout_traps.csv", "heldout_language.csv", "heldout2.csv"}

// contentCodes are the finding codes a held-out row is scored on.
var contentCodes = map[string]bool{
	"review_request": true, "incentive": true, "marketing": true, "shipment_notice": true,
	"out_of_stock_notice": true, "opt_out_language": true, "attachment_reference": true,
	"external_link": true, "contact_info": true, "wrong_language": true,
}

// replyPolicy decides which subjects carry a reply prefix.
var replyPolicy = policy.Default()

func readHeldout(t *testing.T, name string) []labelled {
	t.Helper()
	recs, col, err := readCSV(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []labelled
	for _, rec := range recs {
		get := func(k string) string { return rec[col[k]] }
		lang := get("lang")
		if lang == "" {
			lang = get("buyer_language")
		}
		out = append(out, labelled{
			id: get("id"), lang: lang, contentOnly: true,
			rec: readers.Record{
				MessageID: get("id"), Direction: readers.Outbound, BuyerLanguage: get("buyer_language"),
				Subject: get("subject"), Body: get("body"),
				// A row whose subject carries a reply prefix of the policy
				// ("Re:", "AW:", "SV:", "回复:") was sent as a reply.
				ContactReason: map[bool]string{true: "reply"}[replyPolicy.ReplyPrefix(get("subject")) != ""],
			},
			class: Class(get("expected_class")), reason: get("expected_reason"),
			findings: splitCodes(get("expected_findings")),
		})
	}
	return out
}

// TestHeldout scores the default policy on the held-out sets and fails
// below floors a little under the development corpus's: these rows were
// never used to write the rules, so they stand for real-world accuracy.
func TestHeldout(t *testing.T) {
	p := policy.Default()
	var all []labelled
	for _, name := range heldoutSets {
		rows := readHeldout(t, name)
		s := evaluate(p, rows)
		t.Logf("%s:\n%s", name, s.report())
		all = append(all, rows...)
	}
	s := evaluate(p, all)
	t.Logf("Held-out per language:\n%s", perLanguage(p, all))
	if s.classAcc() < heldoutFloorClass {
		t.Errorf("held-out class accuracy %.3f < %.2f", s.classAcc(), heldoutFloorClass)
	}
	if s.recall(Prohibited) < heldoutFloorProhibited {
		t.Errorf("held-out prohibited recall %.3f < %.2f", s.recall(Prohibited), heldoutFloorProhibited)
	}
}

// perLanguage reports class accuracy per language of a set of rows.
func perLanguage(p *policy.Policy, rows []labelled) string {
	langs := map[string]bool{}
	for _, r := range rows {
		langs[r.lang] = true
	}
	keys := make([]string, 0, len(langs))
	for l := range langs {
		keys = append(keys, l)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, l := range keys {
		s := evaluate(p, filter(rows, func(r labelled) bool { return r.lang == l }))
		fmt.Fprintf(&b, "  %-6s n=%3d class %.3f reason %.3f prohibited recall %.3f critical precision %.3f\n",
			l, s.n, s.classAcc(), s.reasonAcc(), s.recall(Prohibited), s.precision(Critical))
	}
	return b.String()
}

// Floors of the held-out test.
const (
	heldoutFloorClass      = 0.90
	heldoutFloorProhibited = 0.90
)
