package gen

import (
	"io"
	"testing"
)

// BenchmarkWriteCSV measures the message log alone, 100,000 rows per op.
func BenchmarkWriteCSV(b *testing.B) {
	opt := small(100_000, CSV)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteMessages(io.Discard, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteOrders measures the orders file for a 100,000-row log.
func BenchmarkWriteOrders(b *testing.B) {
	opt := small(100_000, CSV)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteOrders(io.Discard, opt); err != nil {
			b.Fatal(err)
		}
	}
}
