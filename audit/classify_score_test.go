package audit

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/bsmaudit/bsmaudit/policy"
)

// scores are the measured numbers of one set of rows.
type scores struct {
	n, classOK, reasonOK, reasonN int
	confusion                     map[[2]Class]int
	tp, fp, fn                    map[string]int
	misses                        []string
}

func evaluate(p *policy.Policy, rows []labelled) *scores {
	s := &scores{confusion: map[[2]Class]int{}, tp: map[string]int{}, fp: map[string]int{}, fn: map[string]int{}}
	for _, l := range rows {
		v := Classify(p, &l.rec, l.ctx)
		s.n++
		s.confusion[[2]Class{l.class, v.Class}]++
		if v.Class == l.class {
			s.classOK++
		}
		if l.reason != "" {
			s.reasonN++
			if v.Reason == l.reason {
				s.reasonOK++
			}
		}
		var got []string
		for _, f := range v.Findings {
			if !l.contentOnly || contentCodes[f.Code] {
				got = append(got, f.Code)
			}
		}
		want := l.findings
		for _, c := range got {
			if slices.Contains(want, c) {
				s.tp[c]++
			} else {
				s.fp[c]++
			}
		}
		for _, c := range want {
			if !slices.Contains(got, c) {
				s.fn[c]++
			}
		}
		if v.Class != l.class || l.reason != "" && v.Reason != l.reason || !sameSet(got, want) {
			s.misses = append(s.misses, fmt.Sprintf("%s %s: want %s/%s %v, got %s/%s %v (%s: %q)",
				l.id, l.lang, l.class, l.reason, want, v.Class, v.Reason, got, v.ReasonRule, v.ReasonEvidence))
		}
	}
	return s
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s *scores) classAcc() float64  { return ratio(s.classOK, s.n) }
func (s *scores) reasonAcc() float64 { return ratio(s.reasonOK, s.reasonN) }

// recall of a class: expected c and classified c / expected c.
func (s *scores) recall(c Class) float64 {
	var hit, all int
	for k, n := range s.confusion {
		if k[0] == c {
			all += n
			if k[1] == c {
				hit += n
			}
		}
	}
	return ratio(hit, all)
}

// precision of a class: classified c and expected c / classified c.
func (s *scores) precision(c Class) float64 {
	var hit, all int
	for k, n := range s.confusion {
		if k[1] == c {
			all += n
			if k[0] == c {
				hit += n
			}
		}
	}
	return ratio(hit, all)
}

func (s *scores) report() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  rows %d: class accuracy %.3f, reason accuracy %.3f (of %d), prohibited recall %.3f, critical precision %.3f\n",
		s.n, s.classAcc(), s.reasonAcc(), s.reasonN, s.recall(Prohibited), s.precision(Critical))
	fmt.Fprintf(&b, "  confusion (rows expected, columns got): %14s %14s %14s\n", Critical, NonCritical, Prohibited)
	for _, want := range Classes {
		fmt.Fprintf(&b, "  %38s", want)
		for _, got := range Classes {
			fmt.Fprintf(&b, " %14d", s.confusion[[2]Class{want, got}])
		}
		b.WriteString("\n")
	}
	for _, c := range s.codes() {
		fmt.Fprintf(&b, "  %-22s precision %.3f recall %.3f (tp %d fp %d fn %d)\n",
			c, ratio(s.tp[c], s.tp[c]+s.fp[c]), ratio(s.tp[c], s.tp[c]+s.fn[c]), s.tp[c], s.fp[c], s.fn[c])
	}
	if len(s.misses) > 0 {
		fmt.Fprintf(&b, "  rows with any difference (%d):\n", len(s.misses))
		for _, m := range s.misses {
			b.WriteString("    " + m + "\n")
		}
	}
	return b.String()
}

// codes are the finding codes expected or produced, sorted.
func (s *scores) codes() []string {
	seen := map[string]bool{}
	for _, m := range []map[string]int{s.tp, s.fp, s.fn} {
		for c := range m {
			seen[c] = true
		}
	}
	keys := make([]string, 0, len(seen))
	for c := range seen {
		keys = append(keys, c)
	}
	sort.Strings(keys)
	return keys
}
