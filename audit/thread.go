package audit

import (
	"context"
	"encoding/binary"
	"hash/maphash"
	"slices"
	"sort"

	"github.com/bsmaudit/bsmaudit/readers"
)

// Two questions need a message's neighbours in its conversation: is an
// outbound message a reply, and when was an inbound message answered.
// Logs need not be sorted, so the second pass writes every message's
// conversation hash, time and direction to a temporary store partitioned by
// the hash (addThreadRec); joinThreads then takes one partition at a time,
// sorts it into conversations, and writes each message's answer to the
// facts. Memory holds one partition, not the log's conversations.

// threadHash names a conversation: the account and the log's thread id
// when it has one, else the order, else the buyer. false means the row
// cannot be threaded. Two conversations sharing a 64-bit hash would be
// taken for one: about one chance in 10^6 for ten million of them.
func threadHash(seed maphash.Seed, r *readers.Record) (uint64, bool) {
	var tag, id string
	switch {
	case r.ThreadID != "":
		tag, id = "\x00t\x00", r.ThreadID
	case r.OrderID != "":
		tag, id = "\x00o\x00", r.OrderID
	case r.BuyerID != "":
		tag, id = "\x00b\x00", r.BuyerID
	default:
		return 0, false
	}
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString(r.Account)
	h.WriteString(tag)
	h.WriteString(id)
	return h.Sum64(), true
}

// threadRec is one message of a conversation in the store: hash uint64,
// time int64, row index uint32, direction byte.
type threadRec struct {
	hash uint64
	at   int64
	row  uint32
	dir  readers.Direction
}

const threadRecSize = 21

// addThreadRec records a threaded message for joinThreads.
func addThreadRec(store *parts, t threadRec) error {
	var rec [threadRecSize]byte
	binary.LittleEndian.PutUint64(rec[0:], t.hash)
	binary.LittleEndian.PutUint64(rec[8:], uint64(t.at))
	binary.LittleEndian.PutUint32(rec[16:], t.row)
	rec[20] = byte(t.dir)
	return store.add(hashPart(t.hash), rec[:])
}

// joinThreads writes, for every message in store, whether it is a reply
// (outbound) or when it was answered (inbound) to facts.
func joinThreads(ctx context.Context, store *parts, facts *factStore) error {
	var (
		recs    []threadRec
		in, out []int64
	)
	for p := range store.count() {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := store.read(p)
		if err != nil {
			return err
		}
		recs = recs[:0]
		for ; len(b) >= threadRecSize; b = b[threadRecSize:] {
			recs = append(recs, threadRec{
				hash: binary.LittleEndian.Uint64(b), at: int64(binary.LittleEndian.Uint64(b[8:])),
				row: binary.LittleEndian.Uint32(b[16:]), dir: readers.Direction(b[20]),
			})
		}
		slices.SortFunc(recs, func(a, b threadRec) int {
			if a.hash != b.hash {
				if a.hash < b.hash {
					return -1
				}
				return 1
			}
			if a.at != b.at {
				if a.at < b.at {
					return -1
				}
				return 1
			}
			return 0
		})
		for len(recs) > 0 {
			n := 1
			for n < len(recs) && recs[n].hash == recs[0].hash {
				n++
			}
			in, out = conversation(recs[:n], in[:0], out[:0])
			if err := answer(recs[:n], in, out, facts); err != nil {
				return err
			}
			recs = recs[n:]
		}
	}
	return nil
}

// conversation splits one conversation's messages, sorted by time, into
// the buyer's and the seller's send times.
func conversation(c []threadRec, in, out []int64) ([]int64, []int64) {
	for _, r := range c {
		if r.dir == readers.Inbound {
			in = append(in, r.at)
		} else {
			out = append(out, r.at)
		}
	}
	return in, out
}

// answer writes the facts of one conversation's messages.
func answer(c []threadRec, in, out []int64, facts *factStore) error {
	if len(in) == 0 {
		return nil // no buyer message: no replies, nothing to answer
	}
	for _, r := range c {
		var err error
		if r.dir == readers.Inbound {
			if ans, ok := answeredAt(out, r.at); ok {
				err = facts.add(r.row, factAnswered, ans)
			}
		} else if isReply(in, out, r.at) {
			err = facts.add(r.row, factReply, 0)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// isReply reports whether the last message before at on the conversation
// was inbound: a buyer message came after the seller's previous one. in
// and out are the conversation's sorted inbound and outbound times.
func isReply(in, out []int64, at int64) bool {
	i := sort.Search(len(in), func(i int) bool { return in[i] >= at }) - 1
	if i < 0 {
		return false
	}
	lastIn := in[i]
	// Any outbound message strictly between the buyer's and this one?
	j := sort.Search(len(out), func(j int) bool { return out[j] > lastIn })
	return j >= len(out) || out[j] >= at
}

// answeredAt returns the first outbound time after an inbound message, or
// false when there is none.
func answeredAt(out []int64, at int64) (int64, bool) {
	j := sort.Search(len(out), func(j int) bool { return out[j] > at })
	if j >= len(out) {
		return 0, false
	}
	return out[j], true
}
