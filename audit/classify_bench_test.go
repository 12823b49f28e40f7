package audit

import (
	"testing"

	"github.com/bsmaudit/bsmaudit/policy"
)

// BenchmarkClassify classifies the development corpus' outbound rows, with
// language detection (the rows carry the buyer's language) and without.
func BenchmarkClassify(b *testing.B) {
	rows, err := readDevCorpus(devCorpus)
	if err != nil {
		b.Skip(err)
	}
	p := policy.Default()
	b.Run("with-language", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			l := rows[i%len(rows)]
			Classify(p, &l.rec, l.ctx)
		}
	})
	b.Run("rules-only", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			l := rows[i%len(rows)]
			rec := l.rec
			rec.BuyerLanguage = ""
			Classify(p, &rec, l.ctx)
		}
	})
}
