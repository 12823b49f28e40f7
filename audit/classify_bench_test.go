package audit

import (
	"testing"

	"github.com/bsmaudit/bsmaudit/policy"
)

// BenchmarkClassify classifies the development corpus' outbound rows.
func BenchmarkClassify(b *testing.B) {
	rows, err := readDevCorpus(devCorpus)
	if err != nil {
		b.Skip(err)
	}
	p := policy.Default()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l := rows[i%len(rows)]
		Classify(p, &l.rec, l.ctx)
	}
}
