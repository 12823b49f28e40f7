package audit

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/bsmaudit/bsmaudit/readers"
)

// discard is a Sink that keeps nothing.
type discard struct{}

func (discard) Message(*Message) error  { return nil }
func (discard) Reject(*Rejection) error { return nil }

// benchRows makes n rows: a buyer question every tenth row, replies,
// review requests and critical messages, over a month and three accounts.
func benchRows(n int) rows {
	bodies := []string{
		"Hello, thanks for your order. Could you tell us which day next week suits you for the delivery of your table? The carrier needs a signature.",
		"Hi! We hope you love your new lamp. If you have a minute, a quick review on Amazon would mean the world to our small shop.",
		"Hello, please find attached the invoice for your order. Kind regards, the team.",
		"Hi, the engraving text you entered is 'Anna & Tom 2026' - could you confirm the spelling before we cut the wood?",
	}
	out := make(rows, n)
	start := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	for i := range out {
		r := readers.Record{
			MessageID: fmt.Sprint("m", i), SentAt: start.Add(time.Duration(i) * 13 * time.Second),
			OrderID: fmt.Sprintf("111-%07d-%07d", i/3, i/3), Account: fmt.Sprint("Acct", i%3),
			Subject: "Your order", Body: bodies[i%len(bodies)], Status: "Delivered",
		}
		if i%10 == 0 {
			r.Direction = readers.Inbound
		}
		out[i] = readers.Row{Pos: readers.Pos{File: "bench.csv", Line: i + 2}, Record: r}
	}
	return out
}

// BenchmarkRun measures the whole engine (spill, duplicates, aggregates,
// classification, ordering) on 20,000 rows, without any report.
func BenchmarkRun(b *testing.B) {
	log := benchRows(20000)
	p := testPolicy()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := Run(context.Background(), p, log, Options{TempDir: b.TempDir()}, discard{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(log))/b.Elapsed().Seconds(), "rows/s")
}
