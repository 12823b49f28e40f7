package gen

import (
	"bytes"
	"crypto/sha256"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestSameSeedSameBytes(t *testing.T) {
	for _, f := range Formats {
		t.Run(string(f), func(t *testing.T) {
			opt := small(1500, f)
			m1, o1 := generate(t, opt)
			m2, o2 := generate(t, opt)
			if sha256.Sum256(m1) != sha256.Sum256(m2) {
				t.Errorf("two %s runs with seed %d differ", f, opt.Seed)
			}
			if !bytes.Equal(o1, o2) {
				t.Errorf("two orders files with seed %d differ", opt.Seed)
			}
			opt.Seed = 2
			m3, _ := generate(t, opt)
			if bytes.Equal(m1, m3) {
				t.Errorf("seeds 1 and 2 give the same %s log", f)
			}
		})
	}
}

func TestRowCounts(t *testing.T) {
	for _, n := range []int{0, 1, 7, 2500} {
		for _, f := range []Format{CSV, TSV} {
			comma := ','
			if f == TSV {
				comma = '\t'
			}
			m, _ := generate(t, small(n, f))
			hdr, recs := parseLog(t, m, comma)
			if !slices.Equal(hdr, header) {
				t.Errorf("%s header = %q", f, hdr)
			}
			if len(recs) != n {
				t.Errorf("%s with --rows %d: %d rows", f, n, len(recs))
			}
		}
	}
}

func TestBodiesAndTimes(t *testing.T) {
	m, _ := generate(t, small(4000, CSV))
	_, recs := parseLog(t, m, ',')
	multi, long := 0, 0
	prev := ""
	ids := map[string]bool{}
	for _, r := range recs {
		n := utf8.RuneCountInString(r[9])
		if n < minBody || n > maxBody {
			t.Errorf("%s: body of %d characters", r[0], n)
		}
		if strings.Contains(r[9], "\n") {
			multi++
		}
		if n > 1000 {
			long++
		}
		if r[1] < prev {
			t.Errorf("%s: sent %s before the previous row's %s", r[0], r[1], prev)
		}
		prev = r[1]
		if ids[r[0]] {
			t.Errorf("duplicate message ID %s", r[0])
		}
		ids[r[0]] = true
		if _, err := time.Parse(sentLayout, r[1]); err != nil {
			t.Errorf("%s: %v", r[0], err)
		}
	}
	if multi < len(recs)/2 {
		t.Errorf("%d of %d bodies span lines; want most", multi, len(recs))
	}
	if long == 0 || long > len(recs)/10 {
		t.Errorf("%d of %d bodies over 1,000 characters; want a thin long tail", long, len(recs))
	}
}

func TestOrdersCoverEveryMessage(t *testing.T) {
	m, o := generate(t, small(3000, CSV))
	lines := strings.Split(strings.TrimSuffix(string(o), "\n"), "\n")
	if !strings.HasPrefix(lines[0], "amazon-order-id\tmerchant-order-id\tpurchase-date\t") || !strings.HasSuffix(lines[0], "\taccount") {
		t.Fatalf("orders header = %q", lines[0])
	}
	purchased := map[string]string{}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != strings.Count(lines[0], "\t")+1 {
			t.Fatalf("orders row with %d columns: %q", len(f), l)
		}
		if _, dup := purchased[f[0]]; dup {
			t.Errorf("order %s listed twice", f[0])
		}
		purchased[f[0]] = f[2]
	}
	first := Defaults().Start.AddDate(0, 0, -ordersBefore).Format("2006-01-02")
	if got := purchased[strings.Split(lines[1], "\t")[0]][:10]; got != first {
		t.Errorf("orders start on %s, want %s (30 days before --start)", got, first)
	}
	_, recs := parseLog(t, m, ',')
	for _, r := range recs {
		p, ok := purchased[r[3]]
		if !ok {
			t.Fatalf("%s: order %s is not in the orders file", r[0], r[3])
		}
		if pt, _ := time.Parse(reportTime, p); !pt.Before(mustTime(t, r[1])) {
			t.Errorf("%s sent %s, before its order was placed (%s)", r[0], r[1], p)
		}
	}
	// One order per 2-3 messages over the log's own days.
	inLog := 0
	for _, p := range purchased {
		if p >= "2026-10-01" {
			inLog++
		}
	}
	if ratio := float64(len(recs)) / float64(inLog); ratio < 2 || ratio > 3 {
		t.Errorf("%.2f messages per order, want 2 to 3", ratio)
	}
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(sentLayout, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
