package policy

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestAhoFindsEveryLiteral(t *testing.T) {
	lits := []string{"he", "she", "his", "hers", "レビュー", "avis", "vis", "a b"}
	a := newAho(lits)
	tests := []struct {
		text string
		want []string
	}{
		{"ushers", []string{"he", "she", "hers"}},
		{"ahis", []string{"his"}},
		{"よろしければレビューを", []string{"レビュー"}},
		{"un avis", []string{"avis", "vis"}},
		{"a  b", nil},
		{"", nil},
	}
	for _, tt := range tests {
		sc := a.scan(tt.text)
		var got []string
		for i, ok := range sc.seen {
			if ok {
				got = append(got, lits[i])
			}
		}
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("scan(%q) = %v, want %v", tt.text, got, want)
		}
		// Every occurrence, overlapping ones too, with its end offset.
		for id, lit := range lits {
			var at, want []int
			for h := sc.head[id]; h > 0; h = sc.next[h-1] {
				at = append(at, int(sc.end[h-1])-len(lit))
			}
			for i := 0; i+len(lit) <= len(tt.text); i++ {
				if tt.text[i:i+len(lit)] == lit {
					want = append(want, i)
				}
			}
			slices.Sort(at)
			if !slices.Equal(at, want) {
				t.Errorf("scan(%q): %q at %v, want %v", tt.text, lit, at, want)
			}
		}
		a.release(sc) // the next scan reuses it: it must come back clean
	}
}

// TestPrefilterChangesNothing: every rule gives the same hit with and
// without the pre-filter on the development corpus and every example.
func TestPrefilterChangesNothing(t *testing.T) {
	texts := corpusTexts(t)
	for _, r := range Default().Rules {
		texts = append(texts, r.examples.match...)
		texts = append(texts, r.examples.noMatch...)
	}
	p := Default()
	for _, s := range texts {
		for _, r := range p.Rules {
			h1, ok1 := r.Match(NewText("", s))
			plain := *r
			plain.pre, plain.lits = nil, nil
			h2, ok2 := plain.Match(NewText("", s))
			if ok1 != ok2 || h1.Evidence != h2.Evidence {
				t.Fatalf("rule %s on %q: with pre-filter %v %q, without %v %q", r.ID, Clip(s, 60), ok1, h1.Evidence, ok2, h2.Evidence)
			}
		}
	}
}

// BenchmarkMatch runs every rule on the corpus texts with the Aho-Corasick
// pre-filter and without it (each regex then checks its literals with
// strings.Contains, each keyword is searched on its own).
func BenchmarkMatch(b *testing.B) {
	texts := corpusTexts(b)
	p := Default()
	b.Run("prefilter", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			p.Match(NewText("", texts[i%len(texts)]))
		}
	})
	b.Run("none", func(b *testing.B) {
		q := *p
		q.Rules, q.cand = nil, candidates{}
		for _, r := range p.Rules {
			c := *r
			c.pre, c.lits = nil, nil
			q.Rules = append(q.Rules, &c)
		}
		for i := 0; i < b.N; i++ {
			q.Match(NewText("", texts[i%len(texts)]))
		}
	})
}

// BenchmarkScan is the pre-filter's pass alone, per corpus message.
func BenchmarkScan(b *testing.B) {
	texts := corpusTexts(b)
	folded := make([]string, len(texts))
	n := 0
	for i, s := range texts {
		folded[i] = NewText("", s).Folded()
		n += len(folded[i])
	}
	a := Default().cand.pre
	b.SetBytes(int64(n / len(texts)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a.release(a.scan(folded[i%len(folded)]))
	}
}

func corpusTexts(tb testing.TB) []string {
	f, err := os.Open(filepath.Join("..", "..", "shared", "corpus", "dev_messages.csv"))
	if err != nil {
		tb.Skip(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, r := range recs[1:] {
		out = append(out, strings.Join(r[6:8], "\n"))
	}
	return out
}
