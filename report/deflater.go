package report

import (
	"errors"
	"hash/crc32"
	"io"
	"sync/atomic"

	"github.com/klauspost/compress/flate"
)

// deflater compresses, in a goroutine of its own, the chunks of XML a
// rowFile hands it, so that compressing the rows overlaps encoding them
// (and the audit) on another core. A few chunks circulate between the two
// goroutines: memory stays bounded whatever the report's size.
type deflater struct {
	fw     *flate.Writer
	full   chan []byte // chunks to compress, in order
	free   chan []byte // chunks compressed, to refill
	done   chan struct{}
	closed bool
	failed atomic.Bool

	// Owned by the goroutine until done is closed.
	crc  uint32 // of the XML
	size int64  // of the XML
	err  error
}

const (
	chunkSize   = 256 << 10
	chunkSlack  = 64 << 10 // a row rarely overflows a chunk's capacity
	chunksInUse = 4
)

// newDeflater compresses to w at flate.BestSpeed.
func newDeflater(w io.Writer) (*deflater, error) {
	fw, err := flate.NewWriter(w, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	d := &deflater{fw: fw, full: make(chan []byte, chunksInUse), free: make(chan []byte, chunksInUse),
		done: make(chan struct{})}
	for range chunksInUse - 1 {
		d.free <- make([]byte, 0, chunkSize+chunkSlack)
	}
	go d.run()
	return d, nil
}

func (d *deflater) run() {
	defer close(d.done)
	for b := range d.full {
		if d.err == nil {
			d.crc = crc32.Update(d.crc, crc32.IEEETable, b)
			d.size += int64(len(b))
			if _, d.err = d.fw.Write(b); d.err != nil {
				d.failed.Store(true)
			}
		}
		d.free <- b[:0]
	}
}

// first is the chunk to fill first.
func (d *deflater) first() []byte { return make([]byte, 0, chunkSize+chunkSlack) }

// swap hands over a full chunk and returns an empty one.
func (d *deflater) swap(b []byte) ([]byte, error) {
	if d.failed.Load() {
		return b[:0], errors.New("compressing the rows failed")
	}
	d.full <- b
	return <-d.free, nil
}

// finish compresses b, the last chunk, waits for the goroutine and ends
// the compressed stream with a sync flush (more deflate blocks may
// follow). It returns the uncompressed size and CRC-32.
func (d *deflater) finish(b []byte) (int64, uint32, error) {
	if len(b) > 0 {
		d.full <- b
	}
	d.stop()
	if d.err != nil {
		return 0, 0, d.err
	}
	return d.size, d.crc, d.fw.Flush()
}

// stop ends the goroutine; safe to call twice.
func (d *deflater) stop() {
	if !d.closed {
		d.closed = true
		close(d.full)
	}
	<-d.done
}
