package policy

import (
	"compress/gzip"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// detectCorpus are realistic messages for the detectors: the outbound
// messages of the engine's generated test log and of the labelled corpus,
// as [subject, body] pairs. Missing files are skipped (the corpus lives
// outside the module).
func detectCorpus(tb testing.TB) [][2]string {
	tb.Helper()
	var out [][2]string
	out = append(out, readMessages(tb, filepath.Join("..", "audit", "testdata", "equiv", "gen3000.csv.gz"), "Direction", "Subject", "Body")...)
	out = append(out, readMessages(tb, "/work/shared/corpus/dev_messages.csv", "direction", "subject", "body")...)
	if len(out) == 0 {
		tb.Skip("no message files")
	}
	return out
}

// readMessages reads the outbound subjects and bodies of a CSV log
// (gzipped when its name ends in .gz).
func readMessages(tb testing.TB, path, dirCol, subjCol, bodyCol string) [][2]string {
	f, err := os.Open(path)
	if err != nil {
		tb.Logf("skipping %s: %v", path, err)
		return nil
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatalf("reading %s: %v", path, err)
		}
		r = z
	}
	recs, err := csv.NewReader(r).ReadAll()
	if err != nil {
		tb.Fatalf("reading %s: %v", path, err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	var out [][2]string
	for _, rec := range recs[1:] {
		if rec[col[dirCol]] == "outbound" {
			out = append(out, [2]string{rec[col[subjCol]], rec[col[bodyCol]]})
		}
	}
	return out
}

// detectTexts folds the messages and scans them with a pre-filter of
// the detectors' literals alone: the default policy's would do, but its
// scans, one per text (4.5 KB of flags each), would be cold in the
// benchmark, while in a run the one pooled scan is warm.
func detectTexts(tb testing.TB, msgs [][2]string) []*Text {
	var ls litSet
	ls.idsOf(detectorLiterals())
	pre := newAho(ls.list)
	out := make([]*Text, len(msgs))
	for i, m := range msgs {
		out[i] = NewText(m[0], m[1])
		out[i].literalsSeen(pre)
	}
	return out
}

// BenchmarkDetect runs the detectors on every outbound message of the
// test log and the corpus (one op is all of them), the detector cache
// cleared before each text: "all" runs the three, the others one. Each
// text is read first ("touch" does only that, to subtract), as in a run,
// where the pre-filter's scan has just read it: else the first detector
// to read it would pay for fetching it from memory.
func BenchmarkDetect(b *testing.B) {
	texts := detectTexts(b, detectCorpus(b))
	for i, name := range append([]string{"touch", "all"}, detectorNames...) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			sum := 0
			for b.Loop() {
				for _, t := range texts {
					t.detected = 0
					s := t.folded
					for i := 0; i < len(s); i += 64 {
						sum += int(s[i])
					}
					switch name {
					case "touch":
					case "all":
						t.detect(detLink) // and email, which it asks for
						t.detect(detPhone)
					default:
						runDetector(detectorID(i-2), t)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)), "ns/text")
			benchSink = sum
		})
	}
}

var benchSink int
