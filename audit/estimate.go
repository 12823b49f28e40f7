package audit

import (
	"context"
	"encoding/binary"
	"hash/maphash"
)

// logOrders counts the distinct order IDs per account in the log's
// outbound messages, for estimating the average daily orders when there is
// no orders export. The IDs go to a temporary store partitioned by their
// hash, and count takes one partition at a time: memory holds one
// partition's IDs, not the log's.
type logOrders struct {
	seed     maphash.Seed
	store    *parts
	accounts interner[string] // the records' account indexes
}

// logOrderSize is one (order hash uint64, account index uint32) record.
const logOrderSize = 12

func newLogOrders(seed maphash.Seed, dir string) *logOrders {
	return &logOrders{seed: seed, store: newParts(dir, hashParts, logOrderSize)}
}

func (l *logOrders) add(account, orderID string) error {
	a := l.accounts.id(account)
	h := orderHash(l.seed, orderID)
	var rec [logOrderSize]byte
	binary.LittleEndian.PutUint64(rec[0:], h)
	binary.LittleEndian.PutUint32(rec[8:], a)
	return l.store.add(hashPart(h), rec[:])
}

// count returns the number of distinct order IDs per account, and removes
// the store.
func (l *logOrders) count(ctx context.Context) (map[string]int, error) {
	defer l.store.Close()
	if err := l.store.seal(); err != nil {
		return nil, err
	}
	type pair struct {
		hash    uint64
		account uint32
	}
	counts := make([]int, len(l.accounts.list))
	seen := map[pair]struct{}{}
	for p := range l.store.count() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		b, err := l.store.read(p)
		if err != nil {
			return nil, err
		}
		clear(seen)
		for ; len(b) >= logOrderSize; b = b[logOrderSize:] {
			k := pair{binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint32(b[8:])}
			if _, dup := seen[k]; !dup {
				seen[k] = struct{}{}
				counts[k.account]++
			}
		}
	}
	out := make(map[string]int, len(counts))
	for a, n := range counts {
		out[l.accounts.list[a]] = n
	}
	return out, nil
}

// Close removes the temporary store.
func (l *logOrders) Close() { l.store.Close() }
