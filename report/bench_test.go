package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bsmaudit/bsmaudit/audit"
)

// BenchmarkXLSX writes a 100,000-message report, Close (save) included.
// It reports messages per second; a third of the messages are inbound,
// outbound ones carry two findings.
func BenchmarkXLSX(b *testing.B) {
	const n = 100_000
	body := strings.Repeat("Your order has shipped, thank you! ", 9) // 315 bytes
	msgs := make([]*audit.Message, 1000)
	for i := range msgs {
		msgs[i] = bulkMessage(i, body)
	}
	sum := testSummary()
	b.ReportAllocs()
	b.ResetTimer()
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		dir := b.TempDir()
		start := time.Now()
		x, err := NewXLSX(filepath.Join(dir, "bench.xlsx"), XLSXOptions{TempDir: dir, TimeZone: testTZ})
		if err != nil {
			b.Fatal(err)
		}
		for j := 0; j < n; j++ {
			if err := x.Message(msgs[j%len(msgs)]); err != nil {
				b.Fatal(err)
			}
		}
		if err := x.Close(sum, testPolicy()); err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(start)
		if st, err := os.Stat(filepath.Join(dir, "bench.xlsx")); err == nil {
			b.ReportMetric(float64(st.Size())/1e6, "MB")
		}
	}
	b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "msgs/s")
}

// BenchmarkExportCSV writes 100,000 export rows.
func BenchmarkExportCSV(b *testing.B) {
	const n = 100_000
	msgs := make([]*audit.Message, 1000)
	for i := range msgs {
		msgs[i] = bulkMessage(i, "body")
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		e, err := NewExport(filepath.Join(b.TempDir(), "out.csv"))
		if err != nil {
			b.Fatal(err)
		}
		for j := 0; j < n; j++ {
			if err := e.Message(msgs[j%len(msgs)]); err != nil {
				b.Fatal(err)
			}
		}
		if err := e.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "msgs/s")
}
