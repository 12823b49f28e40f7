package readers

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
)

// Hostile and broken inputs (issue 8): each must end in a clear error
// naming the file, or in rejected rows, within a stated memory bound, and
// never in a panic. Big files are generated into t.TempDir at run time.
// The tests measure the peak live heap while the file is read; they do not
// run in parallel, so that the measure is theirs.

// outcome is what reading a hostile file came to.
type outcome struct {
	openErr, rowsErr error
	read, rejected   int
	reasons          []string // the first rejection reasons
	bodies           []string // the first accepted bodies
	peak             uint64   // peak live heap above the heap before, bytes
}

// readHostile opens path and streams every row, measuring the heap.
func readHostile(t *testing.T, path string) outcome {
	t.Helper()
	var o outcome
	o.peak = peakHeap(func() {
		s, err := Open([]string{path}, Options{})
		if err != nil {
			o.openErr = err
			return
		}
		o.rowsErr = s.Rows(context.Background(), func(r *Row) error {
			o.read++
			if r.Err != nil {
				o.rejected++
				if len(o.reasons) < 5 {
					o.reasons = append(o.reasons, r.Err.Error())
				}
			} else if len(o.bodies) < 5 {
				o.bodies = append(o.bodies, clipTest(r.Record.Body))
			}
			return nil
		})
		if in := s.Inputs()[0]; in.RowsRead != o.read || in.RowsRejected != o.rejected {
			t.Errorf("Input counts %d/%d, yielded %d/%d", in.RowsRead, in.RowsRejected, o.read, o.rejected)
		}
	})
	for _, err := range []error{o.openErr, o.rowsErr} {
		if err != nil && !strings.HasPrefix(err.Error(), path) {
			t.Errorf("the error does not start with the file's name: %v", err)
		}
	}
	t.Logf("%s: read %d, rejected %d, open error %v, rows error %v, peak heap %.1f MiB",
		filepath.Base(path), o.read, o.rejected, o.openErr, o.rowsErr, float64(o.peak)/(1<<20))
	return o
}

func clipTest(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

// heapMetric is the live heap (objects not yet swept included).
const heapMetric = "/memory/classes/heap/objects:bytes"

// peakHeap runs fn and returns the highest heap seen while it ran above
// the heap before it, sampled every millisecond (a peak shorter than that
// can be missed; the big buffers live much longer).
func peakHeap(fn func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: heapMetric}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	var (
		peak uint64
		mu   sync.Mutex
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		s := []metrics.Sample{{Name: heapMetric}}
		tk := time.NewTicker(time.Millisecond)
		defer tk.Stop()
		for {
			metrics.Read(s)
			mu.Lock()
			peak = max(peak, s[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-done:
				return
			case <-tk.C:
			}
		}
	}()
	fn()
	close(done)
	wg.Wait()
	peak = max(peak, read())
	if peak < base {
		return 0
	}
	return peak - base
}

// mib is n MiB in bytes.
func mib(n int) uint64 { return uint64(n) << 20 }

// writeBig writes a generated file: fn writes to a buffered writer.
func writeBig(t *testing.T, name string, fn func(w *bufio.Writer)) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	fn(w)
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

// repeat writes n bytes of c.
func repeat(w *bufio.Writer, c byte, n int) {
	chunk := []byte(strings.Repeat(string(c), 64<<10))
	for ; n > len(chunk); n -= len(chunk) {
		w.Write(chunk)
	}
	w.Write(chunk[:n])
}

// wantErr fails unless err is set and says every one of the words.
func wantErr(t *testing.T, err error, words ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one saying %q", words)
	}
	for _, w := range words {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not say %q", err, w)
		}
	}
}

// wantPeak fails when the heap went above bound.
func wantPeak(t *testing.T, o outcome, bound uint64) {
	t.Helper()
	if o.peak > bound {
		t.Errorf("peak heap %.1f MiB, bound %d MiB", float64(o.peak)/(1<<20), bound>>20)
	}
}
