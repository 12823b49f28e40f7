package report

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bsmaudit/bsmaudit/audit"
)

// BenchmarkXLSX writes a 100,000-message report, Close (save) included.
// It reports messages per second; a third of the messages are inbound,
// outbound ones carry two findings. BSMAUDIT_BENCH_MESSAGES sets another
// size (docs/performance.md measures 1,000,000 and 5,000,000 under
// /usr/bin/time -v for the peak RSS).
func BenchmarkXLSX(b *testing.B) {
	n := benchMessages(b, 100_000)
	body := strings.Repeat("Your order has shipped, thank you! ", 9) // 315 bytes
	msgs := make([]*audit.Message, 1000)
	for i := range msgs {
		msgs[i] = bulkMessage(i, body)
	}
	benchReport(b, n, msgs)
}

// benchMessages is BSMAUDIT_BENCH_MESSAGES, or def when it is not set.
func benchMessages(b *testing.B, def int) int {
	v := os.Getenv("BSMAUDIT_BENCH_MESSAGES")
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		b.Fatalf("BSMAUDIT_BENCH_MESSAGES=%q: want a positive number of messages", v)
	}
	return n
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

// BenchmarkExportParquet writes 100,000 export rows to Parquet. As in a
// real log, message_id, order_id, source and sent_at differ on every row
// while direction, class, account... repeat; it also reports the file's
// size.
func BenchmarkExportParquet(b *testing.B) {
	const n = 100_000
	msgs := make([]*audit.Message, 1000)
	for i := range msgs {
		msgs[i] = bulkMessage(i, "body")
	}
	ids, orders := make([]string, n), make([]string, n)
	for j := range n {
		ids[j] = fmt.Sprintf("m%08d", j)
		orders[j] = fmt.Sprintf("%03d-%07d-%07d", j%1000, j*7919%10_000_000, j)
	}
	start := msgs[0].Record.SentAt
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		path := filepath.Join(b.TempDir(), "out.parquet")
		e, err := NewExport(path)
		if err != nil {
			b.Fatal(err)
		}
		for j := 0; j < n; j++ {
			m := msgs[j%len(msgs)]
			m.Record.MessageID, m.Record.OrderID, m.Pos.Line = ids[j], orders[j], j+2
			m.Record.SentAt = start.Add(time.Duration(j) * 37 * time.Second)
			if err := e.Message(m); err != nil {
				b.Fatal(err)
			}
		}
		if err := e.Close(); err != nil {
			b.Fatal(err)
		}
		if st, err := os.Stat(path); err == nil {
			b.ReportMetric(float64(st.Size())/1e6, "MB")
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkXLSXMixed is BenchmarkXLSX with bodies closer to real logs: 20 to
// 2,000 characters with a long tail, in several scripts, with quotes,
// ampersands and line breaks that need escaping.
func BenchmarkXLSXMixed(b *testing.B) {
	n := benchMessages(b, 100_000)
	msgs := make([]*audit.Message, 1000)
	for i := range msgs {
		msgs[i] = bulkMessage(i, mixedBody(i))
	}
	benchReport(b, n, msgs)
}

// mixedBody is the i-th body of BenchmarkXLSXMixed.
func mixedBody(i int) string {
	texts := []string{
		"Hello \"Sam\", your order #123-456 & gift wrap shipped today.\nTracking follows. ",
		"Guten Tag, Ihre Bestellung wurde heute verschickt. Grüße aus München & Köln! ",
		"ご注文ありがとうございます。本日発送いたしました。到着まで今しばらくお待ちください。",
		"Dzień dobry, zamówienie zostało wysłane. Dziękujemy za zakupy! ",
		"مرحبا، تم شحن طلبك اليوم. شكرا لتسوقك معنا. ",
	}
	lengths := []int{20, 60, 120, 200, 300, 450, 650, 900, 1400, 2000}
	want := lengths[(i*7)%len(lengths)]
	var sb strings.Builder
	for t := i; sb.Len() < want; t++ {
		for _, r := range texts[t%len(texts)] {
			if sb.Len() >= want {
				break
			}
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// benchReport writes a whole report of n messages, cycling through msgs,
// b.N times, and reports messages per second and the file's size.
func benchReport(b *testing.B, n int, msgs []*audit.Message) {
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
