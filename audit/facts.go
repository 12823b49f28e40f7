package audit

import (
	"encoding/binary"
)

// Facts are what a message's verdict needs from other rows: whether an
// outbound message answers the buyer, its order's purchase time, and when
// an inbound message was answered. The joins (orders.go, thread.go) find
// them one hash partition at a time, so in no useful order; they are
// stored by row index in row-range partitions, and the last pass loads one
// range at a time as it reads the spill. Memory: one range, not the log.
type fact struct {
	t     int64 // Unix ns: the purchase time (factPurchased) or the answer (factAnswered)
	flags uint8
}

const (
	factReply     uint8 = 1 << iota // the outbound message answers the buyer
	factPurchased                   // t is the order's purchase time
	factAnswered                    // t is the inbound message's first answer
)

// A facts partition covers 1<<factShift rows: 65,536 rows, a 1 MB table.
const (
	factShift   = 16
	factMask    = 1<<factShift - 1
	factRecSize = 13 // row uint32, flags uint8, t int64
)

// factStore collects the facts the joins find, by row index.
type factStore struct{ p *parts }

func newFactStore(dir string, rows int) *factStore {
	return &factStore{p: newParts(dir, rows>>factShift+1, factRecSize)}
}

// add records facts for a row. A row may get facts from several joins
// (reply and purchase time): they are merged when read.
func (s *factStore) add(row uint32, flags uint8, t int64) error {
	var rec [factRecSize]byte
	binary.LittleEndian.PutUint32(rec[0:], row)
	rec[4] = flags
	binary.LittleEndian.PutUint64(rec[5:], uint64(t))
	return s.p.add(int(row>>factShift), rec[:])
}

// factReader reads the facts back by row index; rows asked for in
// increasing order load each range once.
type factReader struct {
	p     *parts
	part  int
	dense []fact
}

func newFactReader(s *factStore) *factReader { return &factReader{p: s.p, part: -1} }

func (r *factReader) at(row uint32) (fact, error) {
	part := int(row >> factShift)
	if part >= r.p.count() {
		return fact{}, nil
	}
	if part != r.part {
		if err := r.load(part); err != nil {
			return fact{}, err
		}
	}
	return r.dense[row&factMask], nil
}

func (r *factReader) load(part int) error {
	if r.dense == nil {
		r.dense = make([]fact, factMask+1)
	} else {
		clear(r.dense)
	}
	r.part = -1
	b, err := r.p.read(part)
	if err != nil {
		return err
	}
	for ; len(b) >= factRecSize; b = b[factRecSize:] {
		f := &r.dense[binary.LittleEndian.Uint32(b)&factMask]
		f.flags |= b[4]
		if b[4]&(factPurchased|factAnswered) != 0 {
			f.t = int64(binary.LittleEndian.Uint64(b[5:]))
		}
	}
	r.part = part
	return nil
}
