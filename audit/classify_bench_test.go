package audit

import (
	"testing"

	"github.com/bsmaudit/bsmaudit/policy"
)

// BenchmarkClassify classifies the development corpus' outbound rows and
// the outbound rows of a log made by `bsmaudit gen` (bodies of ~540 bytes
// on average, the realistic mix), with language detection (the rows carry
// the buyer's language) and without.
func BenchmarkClassify(b *testing.B) {
	p := policy.Default()
	sets := []struct {
		name string
		rows []labelled
	}{{"gen", readGenLog(b, genLogPath)}}
	if rows, err := readDevCorpus(devCorpus); err == nil {
		sets = append(sets, struct {
			name string
			rows []labelled
		}{"corpus", rows})
	}
	for _, set := range sets {
		rows := set.rows
		b.Run(set.name+"/with-language", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				l := rows[i%len(rows)]
				Classify(p, &l.rec, l.ctx)
			}
		})
		b.Run(set.name+"/rules-only", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				l := rows[i%len(rows)]
				rec := l.rec
				rec.BuyerLanguage = ""
				Classify(p, &rec, l.ctx)
			}
		})
	}
}
