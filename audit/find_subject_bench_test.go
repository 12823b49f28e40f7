package audit

import (
	"testing"

	"github.com/bsmaudit/bsmaudit/policy"
)

// BenchmarkSubjectFindings runs the engine's per-message checks around the
// subject tag, order IDs and contact reason (find_subject.go, find.go) on the
// outbound rows of the generated log, each with the class Classify gives it.
func BenchmarkSubjectFindings(b *testing.B) {
	p := policy.Default()
	rows := readGenLog(b, genLogPath)
	classes := make([]Class, len(rows))
	for i := range rows {
		classes[i] = Classify(p, &rows[i].rec, rows[i].ctx).Class
	}
	checks := []struct {
		name string
		run  func(f *findings, i int)
	}{
		{"tag", func(f *findings, i int) { f.tag(rows[i].rec.Subject, classes[i]) }},
		{"CheckTag", func(f *findings, i int) { p.CheckTag(rows[i].rec.Subject) }},
		{"orderID", func(f *findings, i int) { f.orderID(&rows[i].rec, classes[i]) }},
		{"reasonMismatch", func(f *findings, i int) { f.reasonMismatch(&rows[i].rec, classes[i]) }},
		{"isReply", func(f *findings, i int) { IsReply(p, &rows[i].rec, rows[i].ctx) }},
	}
	for _, c := range checks {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for n := 0; n < b.N; n++ {
				f := findings{p: p}
				c.run(&f, n%len(rows))
			}
		})
	}
}
