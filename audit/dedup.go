package audit

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"slices"
	"strconv"

	"github.com/bsmaudit/bsmaudit/readers"
)

// dedup finds rows that repeat an earlier row: the same message ID, or the
// same time, order and body (a log exported twice, overlapping exports).
// A repeat is counted once; the later rows are rejected as duplicates.
//
// Keys are hashed to 64 bits and written, with their row index, to one of
// dedupBuckets temporary files by the hash's top bits; each bucket is then
// sorted on its own. Memory stays at one bucket's worth (about 1/64 of
// 16 bytes per row per key) whatever the log's size. Two different keys
// sharing a 64-bit hash would make a false duplicate: about one chance in
// 10^6 for ten million rows.
type dedup struct {
	dir   string
	seed  maphash.Seed
	files [dedupBuckets]*os.File
	w     [dedupBuckets]*bufio.Writer
	buf   []byte
}

const dedupBuckets = 64

// Why a row is a duplicate.
const (
	dupByID uint8 = iota + 1
	dupByContent
)

// duplicate is one repeated row: its index, its first occurrence's index,
// and which key matched.
type duplicate struct {
	row, first uint32
	why        uint8
}

func newDedup(dir string) *dedup { return &dedup{dir: dir, seed: maphash.MakeSeed()} }

// add records the key of the audited row with index i: its message ID
// when it has one (two rows with different IDs are different messages,
// however alike), else its time, order and body.
func (d *dedup) add(i uint32, r *readers.Record) error {
	var h maphash.Hash
	h.SetSeed(d.seed)
	if r.MessageID != "" {
		h.WriteString("id\x00")
		h.WriteString(r.Account)
		h.WriteByte(byte(r.Direction))
		h.WriteString(r.MessageID)
		return d.put(h.Sum64(), i, dupByID)
	}
	h.WriteString("content\x00")
	h.WriteString(r.Account)
	h.WriteString(r.Marketplace)
	h.WriteByte(byte(r.Direction))
	d.buf = strconv.AppendInt(d.buf[:0], r.SentAt.UnixNano(), 10)
	h.Write(d.buf)
	h.WriteString(r.OrderID)
	h.WriteByte(0)
	h.WriteString(r.Body)
	return d.put(h.Sum64(), i, dupByContent)
}

func (d *dedup) put(hash uint64, i uint32, why uint8) error {
	b := hash >> 58 // the top 6 bits pick one of 64 buckets
	if d.w[b] == nil {
		f, err := os.CreateTemp(d.dir, "bsmaudit-dedup-*")
		if err != nil {
			return fmt.Errorf("creating a temporary file: %w", err)
		}
		d.files[b], d.w[b] = f, bufio.NewWriterSize(f, 64<<10)
	}
	var rec [13]byte
	binary.LittleEndian.PutUint64(rec[:8], hash)
	binary.LittleEndian.PutUint32(rec[8:12], i)
	rec[12] = why
	_, err := d.w[b].Write(rec[:])
	return err
}

// resolve returns every duplicate sorted by row index.
func (d *dedup) resolve() ([]duplicate, error) {
	type entry struct {
		hash uint64
		row  uint32
		why  uint8
	}
	var out []duplicate
	var entries []entry
	for b, w := range d.w {
		if w == nil {
			continue
		}
		if err := w.Flush(); err != nil {
			return nil, err
		}
		f := d.files[b]
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, err
		}
		entries = entries[:0]
		r := bufio.NewReaderSize(f, 64<<10)
		var rec [13]byte
		for {
			if _, err := io.ReadFull(r, rec[:]); err != nil {
				if errors.Is(err, io.EOF) {
					break
				}
				return nil, fmt.Errorf("reading a temporary file: %w", err)
			}
			entries = append(entries, entry{binary.LittleEndian.Uint64(rec[:8]), binary.LittleEndian.Uint32(rec[8:12]), rec[12]})
		}
		slices.SortFunc(entries, func(a, b entry) int {
			if a.hash != b.hash {
				if a.hash < b.hash {
					return -1
				}
				return 1
			}
			return int(a.row) - int(b.row)
		})
		// In each run of equal hashes, every row after the first repeats it.
		for i, start := 1, 0; i < len(entries); i++ {
			e, first := entries[i], entries[start]
			if e.hash != first.hash {
				start = i
				continue
			}
			out = append(out, duplicate{row: e.row, first: first.row, why: e.why})
		}
	}
	slices.SortFunc(out, func(a, b duplicate) int { return int(a.row) - int(b.row) })
	return out, nil
}

// Close removes the temporary files.
func (d *dedup) Close() {
	for _, f := range d.files {
		if f != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}
}

// dupCursor walks the sorted duplicates alongside the spill's row index.
type dupCursor struct {
	dups []duplicate
	next int
}

// at returns the duplicate entry for row i, if row i is one. Rows must be
// asked for in increasing order.
func (c *dupCursor) at(i uint32) (duplicate, bool) {
	for c.next < len(c.dups) && c.dups[c.next].row < i {
		c.next++
	}
	if c.next < len(c.dups) && c.dups[c.next].row == i {
		return c.dups[c.next], true
	}
	return duplicate{}, false
}

// duplicateReason says which earlier row a duplicate repeats, and why.
func (e *engine) duplicateReason(d *duplicate) string {
	why := "same time, order and body"
	if d.why == dupByID {
		why = "same message ID"
	}
	return fmt.Sprintf("duplicate of %s (%s): counted once", e.firstPos[d.first], why)
}

// withDuplicates adds each file's duplicate rows to its rejected count, so
// that every input reconciles on its own.
func (e *engine) withDuplicates(ins []readers.Input) []readers.Input {
	for i := range ins {
		ins[i].RowsRejected += e.dupFiles[ins[i].Path]
	}
	return ins
}
