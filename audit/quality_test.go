package audit

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// The labelled corpora live beside the repository (../shared/corpus).
var (
	devCorpus  = filepath.Join("..", "..", "shared", "corpus", "dev_messages.csv")
	realCorpus = filepath.Join("..", "..", "shared", "corpus", "real_templates.csv")
)

// labelled is one outbound corpus row with its expected labels.
type labelled struct {
	id       string
	lang     string // buyer language or template language, e.g. en-US, de
	rec      readers.Record
	ctx      Context
	class    Class
	reason   string // empty when the corpus gives none
	findings []string
	// contentOnly rows are scored on contentCodes only (held-out sets).
	contentOnly bool
}

// TestQuality measures the default policy on the labelled development
// corpus and fails below the floor on English rows: class accuracy
// 0.90, prohibited recall 0.95. All rows, each language and the real
// templates are reported, not enforced. Run: go test ./audit -run Quality -v
func TestQuality(t *testing.T) {
	rows, err := readDevCorpus(devCorpus)
	if errors.Is(err, os.ErrNotExist) && os.Getenv("CI") == "" {
		// CI lays ../shared beside the clone: there a missing corpus is a failure.
		t.Skipf("labelled corpus %s not found (it lives in the shared checkout beside the repo)", devCorpus)
	}
	if err != nil {
		t.Fatal(err)
	}
	p := policy.Default()
	isEN := func(l labelled) bool { return l.lang == "en-US" || l.lang == "en-GB" }
	en := evaluate(p, filter(rows, isEN))
	t.Logf("English rows (en-US, en-GB):\n%s", en.report())
	t.Logf("All rows:\n%s", evaluate(p, rows).report())
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
	t.Logf("Per language:\n%s", b.String())
	if en.classAcc() < 0.90 {
		t.Errorf("English class accuracy %.3f < 0.90", en.classAcc())
	}
	if en.recall(Prohibited) < 0.95 {
		t.Errorf("English prohibited recall %.3f < 0.95", en.recall(Prohibited))
	}
}

// TestQualityRealTemplates reports (never fails on) the published real
// templates: real text is messier than the written corpus.
func TestQualityRealTemplates(t *testing.T) {
	rows, err := readRealCorpus(realCorpus)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("real templates %s not found", realCorpus)
	}
	if err != nil {
		t.Fatal(err)
	}
	p := policy.Default()
	t.Logf("Real templates, English:\n%s", evaluate(p, filter(rows, func(l labelled) bool { return l.lang == "en" })).report())
	t.Logf("Real templates, all:\n%s", evaluate(p, rows).report())
}

func filter(rows []labelled, keep func(labelled) bool) []labelled {
	var out []labelled
	for _, r := range rows {
		if keep(r) {
			out = append(out, r)
		}
	}
	return out
}

// readDevCorpus reads dev_messages.csv in file order. Context.Thread is
// computed by replaying the rows: the last earlier message on the same
// order ID was inbound (the corpus has no buyer IDs, so rows without an
// order have no thread). SentAt is synthetic and increasing, and there are
// no purchase dates, so late_proactive never fires.
func readDevCorpus(path string) ([]labelled, error) {
	recs, col, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	last := map[string]string{} // order ID -> direction of its last message
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var out []labelled
	for i, rec := range recs {
		get := func(name string) string { return rec[col[name]] }
		dir, order := get("direction"), strings.TrimSpace(get("order_id"))
		thread := order != "" && last[order] == "inbound"
		if order != "" {
			last[order] = dir
		}
		if dir != "outbound" {
			continue
		}
		out = append(out, labelled{
			id: get("id"), lang: get("buyer_language"),
			rec: readers.Record{
				MessageID: get("id"), SentAt: base.Add(time.Duration(i) * time.Hour), Direction: readers.Outbound,
				OrderID: order, BuyerLanguage: get("buyer_language"), Subject: get("subject"), Body: get("body"),
				ContactReason: get("contact_reason"), OptedOut: get("buyer_opted_out") == "true",
			},
			ctx:      Context{Thread: thread},
			class:    Class(get("expected_class")),
			reason:   get("expected_reason"),
			findings: splitCodes(get("expected_findings")),
		})
	}
	return out, nil
}

// readRealCorpus reads real_templates.csv: no order IDs, contact reasons,
// threads or opt-outs; labels are a class and issue codes.
func readRealCorpus(path string) ([]labelled, error) {
	recs, col, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	var out []labelled
	for _, rec := range recs {
		get := func(name string) string { return rec[col[name]] }
		out = append(out, labelled{
			id: get("id"), lang: get("language"),
			rec:      readers.Record{MessageID: get("id"), Direction: readers.Outbound, Subject: get("subject"), Body: get("body")},
			class:    Class(get("expected_class")),
			findings: splitCodes(get("expected_issues")),
		})
	}
	return out, nil
}

func readCSV(path string) ([][]string, map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: header: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	var recs [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return recs, col, nil
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		recs = append(recs, rec)
	}
}

func splitCodes(s string) []string {
	var out []string
	for _, c := range strings.Split(s, ";") {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}
