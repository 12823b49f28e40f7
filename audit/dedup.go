package audit

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"slices"
	"strconv"

	"github.com/bsmaudit/bsmaudit/readers"
)

// dedup finds rows that repeat an earlier row: the same message ID, or the
// same time, order and body (a log exported twice, overlapping exports).
// A repeat is counted once; the later rows are rejected as duplicates.
//
// Keys are hashed to 64 bits and written, with their row index and
// position, to a temporary store partitioned by the hash (parts.go); each
// partition is then sorted on its own, and the duplicates it holds go to a
// second store by row range, which the passes read back one range at a
// time (dupList). Memory stays at one partition's worth whatever the log's
// size, even when every row is a repeat. Two different keys sharing a
// 64-bit hash would make a false duplicate: about one chance in 10^6 for
// ten million rows.
type dedup struct {
	seed maphash.Seed
	keys *parts
	buf  []byte
	// names holds the file and sheet names positions refer to: a record
	// stores an index, not the string.
	names interner[string]
}

// Why a row is a duplicate.
const (
	dupByID uint8 = iota + 1
	dupByContent
)

// duplicate is one repeated row: its index, which key matched, and where
// its first occurrence is.
type duplicate struct {
	row   uint32
	why   uint8
	first readers.Pos
}

// A key record: hash uint64, then a duplicate record (dupRecSize).
const (
	dupRecSize = 25 // row uint32, why byte, file uint32, sheet uint32, line uint64, row uint32
	keyRecSize = 8 + dupRecSize
)

func newDedup(dir string) *dedup {
	return &dedup{seed: maphash.MakeSeed(), keys: newParts(dir, hashParts, keyRecSize)}
}

// add records the key of the audited row with index i: its message ID
// when it has one (two rows with different IDs are different messages,
// however alike), else its time, order and body.
func (d *dedup) add(i uint32, row *readers.Row) error {
	r := &row.Record
	var h maphash.Hash
	h.SetSeed(d.seed)
	if r.MessageID != "" {
		h.WriteString("id\x00")
		h.WriteString(r.Account)
		h.WriteByte(byte(r.Direction))
		h.WriteString(r.MessageID)
		return d.put(h.Sum64(), i, dupByID, &row.Pos)
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
	return d.put(h.Sum64(), i, dupByContent, &row.Pos)
}

func (d *dedup) put(hash uint64, i uint32, why uint8, pos *readers.Pos) error {
	var rec [keyRecSize]byte
	binary.LittleEndian.PutUint64(rec[:8], hash)
	b := rec[8:]
	binary.LittleEndian.PutUint32(b[0:], i)
	b[4] = why
	binary.LittleEndian.PutUint32(b[5:], d.names.id(pos.File))
	binary.LittleEndian.PutUint32(b[9:], d.names.id(pos.Sheet))
	binary.LittleEndian.PutUint64(b[13:], uint64(pos.Line))
	binary.LittleEndian.PutUint32(b[21:], uint32(pos.Row))
	return d.keys.add(hashPart(hash), rec[:])
}

// resolve finds every duplicate, stores them by row range for the passes,
// and removes the key store.
func (d *dedup) resolve(dir string, rows int) (*dupList, error) {
	defer d.keys.Close()
	if err := d.keys.seal(); err != nil {
		return nil, fmt.Errorf("storing the duplicate keys: %w", err)
	}
	type entry struct {
		hash uint64
		rec  []byte // the duplicate record, inside the partition's bytes
	}
	out := &dupList{store: newParts(dir, rows>>factShift+1, dupRecSize), names: d.names.list}
	var entries []entry
	for p := range d.keys.count() {
		b, err := d.keys.read(p)
		if err != nil {
			out.Close()
			return nil, err
		}
		entries = entries[:0]
		for ; len(b) >= keyRecSize; b = b[keyRecSize:] {
			entries = append(entries, entry{binary.LittleEndian.Uint64(b), b[8:keyRecSize]})
		}
		// By hash, then by row: the first of a run of equal hashes is the
		// first occurrence.
		slices.SortFunc(entries, func(a, b entry) int {
			if a.hash != b.hash {
				return cmp.Compare(a.hash, b.hash)
			}
			return cmp.Compare(binary.LittleEndian.Uint32(a.rec), binary.LittleEndian.Uint32(b.rec))
		})
		for i, start := 1, 0; i < len(entries); i++ {
			e, first := entries[i], entries[start]
			if e.hash != first.hash {
				start = i
				continue
			}
			// The repeat's row and why, the first occurrence's position.
			var rec [dupRecSize]byte
			copy(rec[:5], e.rec)
			copy(rec[5:], first.rec[5:])
			row := binary.LittleEndian.Uint32(rec[:])
			if err := out.store.add(int(row>>factShift), rec[:]); err != nil {
				out.Close()
				return nil, err
			}
			out.n++
		}
	}
	if err := out.store.seal(); err != nil {
		out.Close()
		return nil, fmt.Errorf("storing the duplicates: %w", err)
	}
	return out, nil
}

// Close removes the temporary files. It is safe to call more than once.
func (d *dedup) Close() { d.keys.Close() }

// dupList is the duplicates of a run, by row range.
type dupList struct {
	store *parts
	names []string
	n     int // how many
}

// len is the number of duplicates; 0 on a nil list.
func (l *dupList) len() int {
	if l == nil {
		return 0
	}
	return l.n
}

// Close removes the temporary file; safe on a nil list.
func (l *dupList) Close() {
	if l != nil {
		l.store.Close()
	}
}

// dupCursor walks the duplicates alongside the spill's row index, one row
// range in memory at a time.
type dupCursor struct {
	list *dupList
	part int
	dups []duplicate // the loaded range's, sorted by row
	next int
	err  error
}

func (l *dupList) cursor() *dupCursor { return &dupCursor{list: l, part: -1} }

// at returns the duplicate entry for row i, if row i is one. Rows must be
// asked for in increasing order.
func (c *dupCursor) at(i uint32) (duplicate, bool) {
	if c.list == nil || c.err != nil {
		return duplicate{}, false
	}
	if part := int(i >> factShift); part != c.part {
		c.load(part)
	}
	for c.next < len(c.dups) && c.dups[c.next].row < i {
		c.next++
	}
	if c.next < len(c.dups) && c.dups[c.next].row == i {
		return c.dups[c.next], true
	}
	return duplicate{}, false
}

func (c *dupCursor) load(part int) {
	c.part, c.dups, c.next = part, c.dups[:0], 0
	if part >= c.list.store.count() {
		return
	}
	b, err := c.list.store.read(part)
	if err != nil {
		c.err = err
		return
	}
	names := c.list.names
	for ; len(b) >= dupRecSize; b = b[dupRecSize:] {
		c.dups = append(c.dups, duplicate{
			row: binary.LittleEndian.Uint32(b), why: b[4],
			first: readers.Pos{
				File: names[binary.LittleEndian.Uint32(b[5:])], Sheet: names[binary.LittleEndian.Uint32(b[9:])],
				Line: int(binary.LittleEndian.Uint64(b[13:])), Row: int(binary.LittleEndian.Uint32(b[21:])),
			},
		})
	}
	slices.SortFunc(c.dups, func(a, b duplicate) int { return cmp.Compare(a.row, b.row) })
}

// duplicateReason says which earlier row a duplicate repeats, and why.
func (e *engine) duplicateReason(d *duplicate) string {
	why := "same time, order and body"
	if d.why == dupByID {
		why = "same message ID"
	}
	return fmt.Sprintf("duplicate of %s (%s): counted once", d.first, why)
}

// withDuplicates adds each file's duplicate rows to its rejected count, so
// that every input reconciles on its own.
func (e *engine) withDuplicates(ins []readers.Input) []readers.Input {
	for i := range ins {
		ins[i].RowsRejected += e.dupFiles[ins[i].Path]
	}
	return ins
}
