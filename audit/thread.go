package audit

import (
	"sort"

	"github.com/bsmaudit/bsmaudit/readers"
)

// threads answers the two questions that need a message's neighbours on
// the same order (or buyer): is an outbound message a reply, and when was an
// inbound message answered. Logs need not be sorted, so the first pass
// collects inbound times per conversation, a second one the outbound times
// of only those conversations; memory grows with the conversations that
// have buyer messages, not with the log.
type threads struct {
	inbound  map[string][]int64
	outbound map[string][]int64
}

func newThreads() *threads {
	return &threads{inbound: map[string][]int64{}, outbound: map[string][]int64{}}
}

// threadKey names a conversation: the account and the log's thread id
// when it has one, else the order, else the buyer. "" means the row cannot
// be threaded.
func threadKey(r *readers.Record) string {
	switch {
	case r.ThreadID != "":
		return r.Account + "\x00t\x00" + r.ThreadID
	case r.OrderID != "":
		return r.Account + "\x00o\x00" + r.OrderID
	case r.BuyerID != "":
		return r.Account + "\x00b\x00" + r.BuyerID
	}
	return ""
}

func (t *threads) addInbound(key string, at int64) {
	if key != "" {
		t.inbound[key] = append(t.inbound[key], at)
	}
}

// addOutbound records an outbound time for a conversation that has buyer messages.
func (t *threads) addOutbound(key string, at int64) {
	if _, ok := t.inbound[key]; ok {
		t.outbound[key] = append(t.outbound[key], at)
	}
}

func (t *threads) sort() {
	for _, m := range []map[string][]int64{t.inbound, t.outbound} {
		for _, v := range m {
			sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
		}
	}
}

// isReply reports whether the last message before at on the conversation
// was inbound: a buyer message came after the seller's previous one.
func (t *threads) isReply(key string, at int64) bool {
	in := t.inbound[key]
	i := sort.Search(len(in), func(i int) bool { return in[i] >= at }) - 1
	if i < 0 {
		return false
	}
	lastIn := in[i]
	out := t.outbound[key]
	// Any outbound message strictly between the buyer's and this one?
	j := sort.Search(len(out), func(j int) bool { return out[j] > lastIn })
	return j >= len(out) || out[j] >= at
}

// answeredAt returns the first outbound time after an inbound message, or
// false when there is none.
func (t *threads) answeredAt(key string, at int64) (int64, bool) {
	out := t.outbound[key]
	j := sort.Search(len(out), func(j int) bool { return out[j] > at })
	if j >= len(out) {
		return 0, false
	}
	return out[j], true
}
