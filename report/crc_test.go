package report

import (
	"hash/crc32"
	"math/rand/v2"
	"testing"
)

func TestCRC32Combine(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	data := make([]byte, 100_000)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	for _, cut := range [][2]int{{0, 0}, {0, 10}, {10, 10}, {1, 2}, {3, 99_999}, {50_000, 100_000}, {0, 100_000}, {70_000, 70_001}} {
		a, b := data[:cut[0]], data[cut[0]:cut[1]]
		whole := crc32.ChecksumIEEE(data[:cut[1]])
		if got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b))); got != whole {
			t.Errorf("cut %v: combined %08x, want %08x", cut, got, whole)
		}
	}
}
