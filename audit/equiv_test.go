package audit

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// TestClassifyEquivalence pins every verdict of Classify (class, reason,
// its rule and evidence, each finding's code, severity, rule and evidence,
// the detected language) on the development corpus, the held-out sets, a
// log made by `bsmaudit gen` and variants of it (upper case, full-width
// letters, exotic spaces and quotes, invalid UTF-8), against a golden file
// written by the code before it was optimised. The speed work on the
// matcher (issue 7) must change no verdict: any difference fails here.
//
// The messages are stored in testdata/equiv/cases.csv.gz and the policy is
// a snapshot of default.yaml (testdata/equiv/policy.yaml), so that editing
// the corpus readers, the held-out sets or the default policy's lexicons
// does not touch this test. The policy is a snapshot of default.yaml (testdata/equiv/policy.yaml),
// so that editing the default policy's lexicons does not touch this test.
// Regenerate the golden only for an intended change of behaviour:
//
//	go test ./audit -run ClassifyEquivalence -update-equiv
//
// genLogPath is the 3,000-row log made by bsmaudit gen that the
// equivalence test, the language tests and the benchmarks read.
var genLogPath = filepath.Join("testdata", "equiv", "gen3000.csv.gz")

var updateEquiv = flag.Bool("update-equiv", false, "rewrite testdata/equiv/golden.jsonl.gz")

const (
	equivGolden = "testdata/equiv/golden.jsonl.gz"
	equivCases  = "testdata/equiv/cases.csv.gz"
)

// equivRow is one golden line.
type equivRow struct {
	ID string `json:"id"`
	Verdict
}

func TestClassifyEquivalence(t *testing.T) {
	p, err := policy.Load(filepath.Join("testdata", "equiv", "policy.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if *updateEquiv {
		writeEquivCases(t, equivSources(t))
	}
	cases := readEquivCases(t)
	got := make([]equivRow, len(cases))
	for i, c := range cases {
		got[i] = equivRow{ID: c.id, Verdict: Classify(p, &c.rec, c.ctx)}
		if len(got[i].Findings) == 0 {
			got[i].Findings = nil // no findings: nil or empty alike
		}
	}
	if *updateEquiv {
		writeEquivGolden(t, got)
		return
	}
	want := readEquivGolden(t)
	if len(got) != len(want) {
		t.Fatalf("%d cases, golden has %d", len(got), len(want))
	}
	diffs := 0
	for i, g := range got {
		gj, wj := equivJSON(g), equivJSON(want[i])
		if string(gj) != string(wj) {
			if diffs++; diffs <= 20 {
				t.Errorf("%s:\n got %s\nwant %s", g.ID, gj, wj)
			}
		}
	}
	if diffs > 0 {
		t.Errorf("%d of %d verdicts differ from %s", diffs, len(got), equivGolden)
	}
	t.Logf("%d verdicts compared", len(got))
}

// equivJSON is a verdict as JSON, after a round trip through JSON so that
// invalid UTF-8 in evidence compares like the golden file's U+FFFD.
func equivJSON(r equivRow) string {
	b, _ := json.Marshal(r)
	var back equivRow
	json.Unmarshal(b, &back)
	b, _ = json.Marshal(back)
	return string(b)
}

// equivSources reads the messages of the equivalence test from their
// sources (the corpus beside the repository, the held-out sets, a
// generated log) and adds variants; -update-equiv stores them in
// testdata/equiv/cases.csv.gz, which the test reads from then on.
func equivSources(t *testing.T) []labelled {
	var out []labelled
	dev, err := readDevCorpus(devCorpus)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range dev {
		l.id = "dev/" + l.id
		out = append(out, l)
	}
	real, err := readRealCorpus(realCorpus)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range real {
		l.id = "real/" + l.id
		l.rec.BuyerLanguage = l.lang
		out = append(out, l)
	}
	names, _ := filepath.Glob(filepath.Join("testdata", "heldout*.csv"))
	for _, name := range names {
		for _, l := range readHeldout(t, filepath.Base(name)) {
			l.id = filepath.Base(name) + "/" + l.id
			out = append(out, l)
		}
	}
	gen := readGenLog(t, genLogPath)
	out = append(out, gen...)
	// Variants exercise the non-ASCII folding paths.
	base := out
	for i, l := range base {
		if i%3 != 0 && !strings.HasPrefix(l.id, "dev/") && !strings.HasPrefix(l.id, "heldout") {
			continue
		}
		for _, v := range equivVariants {
			m := l
			m.id = v.name + "/" + l.id
			m.rec.Subject, m.rec.Body = v.f(l.rec.Subject), v.f(l.rec.Body)
			out = append(out, m)
		}
	}
	return out
}

var equivColumns = []string{"id", "subject", "body", "buyer_language", "contact_reason", "order_id", "opted_out", "thread", "sent_at", "purchased_at"}

func writeEquivCases(t *testing.T, cases []labelled) {
	t.Helper()
	f, err := os.Create(equivCases)
	if err != nil {
		t.Fatal(err)
	}
	z := gzip.NewWriter(f)
	w := csv.NewWriter(z)
	w.Write(equivColumns)
	tm := func(x time.Time) string {
		if x.IsZero() {
			return ""
		}
		return x.Format(time.RFC3339)
	}
	for _, c := range cases {
		r := c.rec
		w.Write([]string{c.id, r.Subject, r.Body, r.BuyerLanguage, r.ContactReason, r.OrderID,
			fmt.Sprint(r.OptedOut), fmt.Sprint(c.ctx.Thread), tm(r.SentAt), tm(c.ctx.PurchasedAt)})
	}
	w.Flush()
	for _, err := range []error{w.Error(), z.Close(), f.Close()} {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func readEquivCases(t *testing.T) []labelled {
	t.Helper()
	f, err := os.Open(equivCases)
	if err != nil {
		t.Fatalf("%v (write it with -update-equiv from the reference code)", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(z).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	tm := func(s string) time.Time {
		x, _ := time.Parse(time.RFC3339, s)
		return x
	}
	var out []labelled
	for _, c := range recs[1:] {
		out = append(out, labelled{id: c[0],
			rec: readers.Record{MessageID: c[0], Direction: readers.Outbound, Subject: c[1], Body: c[2],
				BuyerLanguage: c[3], ContactReason: c[4], OrderID: c[5], OptedOut: c[6] == "true", SentAt: tm(c[8])},
			ctx: Context{Thread: c[7] == "true", PurchasedAt: tm(c[9])},
		})
	}
	return out
}

var equivVariants = []struct {
	name string
	f    func(string) string
}{
	{"upper", strings.ToUpper},
	{"fullwidth", func(s string) string { // every 7th ASCII letter or digit full-width
		var b strings.Builder
		for i, r := range s {
			if i%7 == 0 && r < 0x7F && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				r += 0xFEE0
			}
			b.WriteRune(r)
		}
		return b.String()
	}},
	{"spaces", func(s string) string { // exotic spaces, quotes, dashes, a tab, invalid UTF-8
		r := strings.NewReplacer(" a", "\u00a0a", "'", "\u2019", " - ", " \u2013 ", "  ", "\t", "!", "!\xff", "É", "É")
		return r.Replace(s)
	}},
}

// readGenLog reads a log written by `bsmaudit gen` (gzip CSV): outbound
// rows with their buyer language, and Thread when the order's previous
// message was inbound.
func readGenLog(t testing.TB, path string) []labelled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(z)
	head, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	last := map[string]string{}
	var out []labelled
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		get := func(k string) string { return rec[col[k]] }
		dir, order := get("Direction"), get("Order ID")
		thread := last[order] == "inbound"
		last[order] = dir
		if dir != "outbound" {
			continue
		}
		sent, _ := time.Parse("2006-01-02 15:04:05", get("Sent At"))
		out = append(out, labelled{
			id: "gen/" + get("Message ID"),
			rec: readers.Record{
				MessageID: get("Message ID"), SentAt: sent, Direction: readers.Outbound, OrderID: order,
				BuyerLanguage: get("Buyer Language"), Subject: get("Subject"), Body: get("Body"),
				ContactReason: get("Contact Reason"), OptedOut: get("Buyer Opted Out") == "true",
			},
			ctx: Context{Thread: thread, PurchasedAt: sent.Add(-time.Duration(len(get("Body"))%50) * 24 * time.Hour)},
		})
	}
}

func writeEquivGolden(t *testing.T, rows []equivRow) {
	t.Helper()
	f, err := os.Create(equivGolden)
	if err != nil {
		t.Fatal(err)
	}
	z := gzip.NewWriter(f)
	w := bufio.NewWriter(z)
	enc := json.NewEncoder(w)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []io.Closer{flushCloser{w}, z, f} {
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("wrote %d verdicts to %s", len(rows), equivGolden)
}

type flushCloser struct{ w *bufio.Writer }

func (f flushCloser) Close() error { return f.w.Flush() }

func readEquivGolden(t *testing.T) []equivRow {
	t.Helper()
	f, err := os.Open(equivGolden)
	if err != nil {
		t.Fatalf("%v (write it with -update-equiv from the reference code)", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var out []equivRow
	dec := json.NewDecoder(z)
	for {
		var r equivRow
		if err := dec.Decode(&r); err == io.EOF {
			return out
		} else if err != nil {
			t.Fatal(fmt.Errorf("%s: %w", equivGolden, err))
		}
		out = append(out, r)
	}
}
