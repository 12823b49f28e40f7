package audit

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bsmaudit/bsmaudit/policy"
)

// The generalisation sets, <family>_<lang>.csv, each written in every
// policy language by hand, as other sellers and seller tools write, BEFORE
// the policy was measured on it:
//
//   - heldout3: measured (class 0.940, prohibited recall 0.931), then the
//     policy was broadened by phrase families from its misses (pass 1).
//   - heldout4: written after pass 1; untuned it scored class 0.830,
//     prohibited recall 0.709. It was then used for pass 2.
//   - heldout5: written after pass 2; untuned class 0.793, prohibited
//     recall 0.778. It was then used for pass 3.
//   - heldout6: written after pass 3 and NEVER tuned on: class 0.850,
//     prohibited recall 0.853, no false prohibited. It is the honest
//     estimate of accuracy on text the rules have not seen.
//
// heldout3-5 are now tuned-on regression sets. Keep heldout6 untuned: if
// it misses, broaden the policy by families and write a new set to
// measure the fix, rather than fitting heldout6's rows.
var (
	tunedFamilies = []string{"heldout3", "heldout4", "heldout5"}
	untunedFamily = "heldout6"
)

// untunedFloor is a modest floor for the untuned set (class accuracy and
// prohibited recall): it states what the policy is expected to hold on
// unseen text, not what it scores on text it was fitted to.
const untunedFloor = 0.80

// generalSets reads every file of a held-out family (e.g. "heldout3").
func generalSets(t *testing.T, family string) []labelled {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("testdata", family+"_*.csv"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no testdata/%s_*.csv (%v)", family, err)
	}
	var all []labelled
	for _, n := range names {
		all = append(all, readHeldout(t, filepath.Base(n))...)
	}
	return all
}

// falseProhibited counts rows classified prohibited that are not: each is
// a false accusation in a compliance report.
func (s *scores) falseProhibited() int {
	n := 0
	for k, c := range s.confusion {
		if k[1] == Prohibited && k[0] != Prohibited {
			n += c
		}
	}
	return n
}

// langTable prints class accuracy, prohibited recall and false-prohibited
// count per language, then the total.
func langTable(p *policy.Policy, rows []labelled) (string, *scores) {
	var b strings.Builder
	seen := map[string]bool{}
	var langs []string
	for _, r := range rows {
		if !seen[r.lang] {
			seen[r.lang] = true
			langs = append(langs, r.lang)
		}
	}
	for _, l := range langs {
		s := evaluate(p, filter(rows, func(r labelled) bool { return r.lang == l }))
		fmt.Fprintf(&b, "  %-3s n=%3d class %.3f prohibited recall %.3f false-prohibited %d\n",
			l, s.n, s.classAcc(), s.recall(Prohibited), s.falseProhibited())
	}
	s := evaluate(p, rows)
	fmt.Fprintf(&b, "  all n=%3d class %.3f prohibited recall %.3f false-prohibited %d critical precision %.3f\n",
		s.n, s.classAcc(), s.recall(Prohibited), s.falseProhibited(), s.precision(Critical))
	return b.String(), s
}

// TestHeldoutTuned reports the generalisation sets the policy was tuned on
// and holds them at the held-out floor.
func TestHeldoutTuned(t *testing.T) {
	p := policy.Default()
	for _, fam := range tunedFamilies {
		rows := generalSets(t, fam)
		table, s := langTable(p, rows)
		t.Logf("%s (tuned on) per language:\n%s%s", fam, table, s.report())
		if s.classAcc() < heldoutFloorClass {
			t.Errorf("%s class accuracy %.3f < %.2f", fam, s.classAcc(), heldoutFloorClass)
		}
		if s.recall(Prohibited) < heldoutFloorProhibited {
			t.Errorf("%s prohibited recall %.3f < %.2f", fam, s.recall(Prohibited), heldoutFloorProhibited)
		}
	}
}

// TestHeldoutUntuned prints the untuned set's numbers, the estimate of
// real-world accuracy, and fails only below untunedFloor.
func TestHeldoutUntuned(t *testing.T) {
	p := policy.Default()
	rows := generalSets(t, untunedFamily)
	table, s := langTable(p, rows)
	t.Logf("%s (untuned) per language:\n%s%s", untunedFamily, table, s.report())
	if s.classAcc() < untunedFloor {
		t.Errorf("%s class accuracy %.3f < %.2f", untunedFamily, s.classAcc(), untunedFloor)
	}
	if s.recall(Prohibited) < untunedFloor {
		t.Errorf("%s prohibited recall %.3f < %.2f", untunedFamily, s.recall(Prohibited), untunedFloor)
	}
}
