package audit

import (
	"context"
	"encoding/binary"
	"errors"
	"os"
	"testing"
)

// TestParts writes more records than a chunk holds to a few partitions,
// interleaved, and reads each back whole and in order.
func TestParts(t *testing.T) {
	dir := t.TempDir()
	p := newParts(dir, 4, 8)
	const n = 5000 // about five chunks a partition
	for i := range uint64(n) {
		var rec [8]byte
		binary.LittleEndian.PutUint64(rec[:], i)
		if err := p.add(int(i%3), rec[:]); err != nil { // partition 3 stays empty
			t.Fatal(err)
		}
	}
	if err := p.add(0, make([]byte, 8)); err != nil {
		t.Fatal(err)
	}
	if err := p.seal(); err != nil {
		t.Fatal(err)
	}
	if err := p.add(0, make([]byte, 8)); err == nil {
		t.Error("a sealed store took a record")
	}
	for part := range 4 {
		b, err := p.read(part)
		if err != nil {
			t.Fatal(err)
		}
		var got []uint64
		for ; len(b) >= 8; b = b[8:] {
			got = append(got, binary.LittleEndian.Uint64(b))
		}
		want := 0
		for i := part; i < n && part < 3; i += 3 {
			if want >= len(got) || got[want] != uint64(i) {
				t.Fatalf("partition %d record %d: got %v, want %d", part, want, got[min(want, len(got)-1)], i)
			}
			want++
		}
		if part == 0 {
			want++ // the zero record added last
		}
		if len(got) != want {
			t.Errorf("partition %d: %d records, want %d", part, len(got), want)
		}
	}
	p.Close()
	p.Close() // twice is fine
	if left, _ := os.ReadDir(dir); len(left) > 0 {
		t.Errorf("%s left behind", left[0].Name())
	}
}

// TestRunRemovesTempFiles: the spill, the dedup buckets, the join stores
// and the facts are gone when Run returns, whether it finished, a sink
// failed, or the context was cancelled (while reading or while joining).
func TestRunRemovesTempFiles(t *testing.T) {
	log, ords := joinLog(9, 3000)
	cases := []struct {
		name string
		ctx  func() context.Context
		sink func() Sink
		want error
	}{
		{"finished", context.Background, func() Sink { return &collect{} }, nil},
		{"sink error", context.Background, func() Sink { return &failing{n: 2000} }, errors.New("disk full")},
		{"cancelled", func() context.Context {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			return ctx
		}, func() Sink { return &collect{} }, context.Canceled},
	}
	for _, c := range cases {
		for _, o := range []Options{{Orders: ords}, {}} { // orders export, estimate
			dir := t.TempDir()
			o.TempDir = dir
			_, err := Run(c.ctx(), testPolicy(), log, o, c.sink())
			if (err == nil) != (c.want == nil) || (err != nil && err.Error() != c.want.Error()) {
				t.Errorf("%s: err %v, want %v", c.name, err, c.want)
			}
			if left, _ := os.ReadDir(dir); len(left) > 0 {
				t.Errorf("%s: %d temporary files left, %s first", c.name, len(left), left[0].Name())
			}
		}
	}
}

// BenchmarkJoin measures the join stage alone (orders, conversations,
// distinct orders into facts) on the stores of a 200,000-row log, per row.
func BenchmarkJoin(b *testing.B) {
	log, ords := joinLog(3, 200000)
	for _, mode := range []struct {
		name string
		opt  Options
	}{{"orders", Options{Orders: ords}}, {"estimate", Options{}}} {
		b.Run(mode.name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				b.StopTimer()
				e, sp := joinReady(b, log, mode.opt)
				b.StartTimer()
				if err := e.join(context.Background()); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				e.close()
				sp.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.N*len(log))/b.Elapsed().Seconds(), "rows/s")
		})
	}
}

// joinReady runs an engine up to the join stage: orders loaded, log read,
// duplicates found, second pass done. The caller closes both.
func joinReady(b *testing.B, log rows, opt Options) (*engine, *spill) {
	dir := b.TempDir()
	opt.TempDir = dir
	ctx := context.Background()
	e := newEngine(testPolicy(), opt)
	if e.orders != nil {
		if err := e.orders.load(ctx, opt.Orders); err != nil {
			b.Fatal(err)
		}
	}
	sp, err := newSpill(dir)
	if err != nil {
		b.Fatal(err)
	}
	dd := newDedup(dir)
	defer dd.Close()
	if err := e.read(ctx, log, sp, dd); err != nil {
		b.Fatal(err)
	}
	if e.dups, err = dd.resolve(dir, e.rows.Read); err != nil {
		b.Fatal(err)
	}
	if err := e.aggregate(ctx, sp); err != nil {
		b.Fatal(err)
	}
	return e, sp
}
