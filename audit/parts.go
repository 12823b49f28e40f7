package audit

import (
	"fmt"
	"os"
)

// parts spreads fixed-size records over a number of partitions kept in
// one temporary file, so that a later stage can take the records one
// partition at a time: the joins that need a whole log's worth of orders
// or conversations (orders.go, thread.go, facts.go) hold one partition in
// memory, not the log. Records are keyed by the caller (a hash's top bits,
// a row range); a partition reads back in the order its records were added.
//
// Each partition fills a small chunk in memory that is appended to the file
// when full, so writing costs one system call per chunk and memory is at
// most one chunk per partition, whatever the number of records. The file is
// created on the first flush: a run that adds nothing leaves nothing.
type parts struct {
	dir     string
	recSize int
	f       *os.File
	end     int64
	pending [][]byte  // per partition, the records not yet in the file
	chunks  [][]chunk // per partition, where its flushed records lie
	buf     []byte    // read buffer, reused from partition to partition
	sealed  bool
}

// chunk is one flushed run of a partition's records.
type chunk struct {
	off int64
	n   int
}

// partChunk is the size of a partition's write buffer. 256 partitions
// buffer at most 2 MB.
const partChunk = 8 << 10

// hashParts is the partition count of the hash-keyed stores: with 256, a
// partition of a 5M-message log holds about 20,000 records.
const hashParts = 256

// hashPart picks a hash-keyed record's partition from the hash's top bits
// (the low bits stay useful to the maps the partitions are loaded into).
func hashPart(h uint64) int { return int(h >> 56) }

func newParts(dir string, n, recSize int) *parts {
	return &parts{dir: dir, recSize: recSize, pending: make([][]byte, n), chunks: make([][]chunk, n)}
}

// add appends one record (recSize bytes) to partition i.
func (p *parts) add(i int, rec []byte) error {
	if p.sealed {
		return fmt.Errorf("internal error: record added to a sealed temporary store")
	}
	b := p.pending[i]
	if b == nil {
		b = make([]byte, 0, partChunk-partChunk%p.recSize)
	}
	b = append(b, rec...)
	p.pending[i] = b
	if len(b)+p.recSize > cap(b) {
		return p.flush(i)
	}
	return nil
}

func (p *parts) flush(i int) error {
	b := p.pending[i]
	if len(b) == 0 {
		return nil
	}
	if p.f == nil {
		f, err := os.CreateTemp(p.dir, "bsmaudit-join-*")
		if err != nil {
			return fmt.Errorf("creating a temporary file: %w", err)
		}
		p.f = f
	}
	if _, err := p.f.Write(b); err != nil {
		return fmt.Errorf("writing the temporary file %s: %w", p.f.Name(), err)
	}
	p.chunks[i] = append(p.chunks[i], chunk{off: p.end, n: len(b)})
	p.end += int64(len(b))
	p.pending[i] = b[:0]
	return nil
}

// seal writes out every partition's last chunk and frees the write
// buffers: the store is read-only from then on.
func (p *parts) seal() error {
	for i := range p.pending {
		if err := p.flush(i); err != nil {
			return err
		}
	}
	p.pending, p.sealed = nil, true
	return nil
}

// count is the number of partitions.
func (p *parts) count() int { return len(p.chunks) }

// read returns the records of partition i, back to back. The slice is
// reused by the next read. The store must be sealed.
func (p *parts) read(i int) ([]byte, error) {
	if !p.sealed {
		return nil, fmt.Errorf("internal error: temporary store read before it was sealed")
	}
	size := 0
	for _, c := range p.chunks[i] {
		size += c.n
	}
	if cap(p.buf) < size {
		p.buf = make([]byte, size)
	}
	b := p.buf[:size]
	at := 0
	for _, c := range p.chunks[i] {
		if _, err := p.f.ReadAt(b[at:at+c.n], c.off); err != nil {
			return nil, fmt.Errorf("reading the temporary file %s: %w", p.f.Name(), err)
		}
		at += c.n
	}
	return b, nil
}

// Close removes the temporary file. It is safe to call more than once, and
// on a nil store.
func (p *parts) Close() {
	if p == nil || p.f == nil {
		return
	}
	name := p.f.Name()
	p.f.Close()
	os.Remove(name)
	p.f, p.buf = nil, nil
}
