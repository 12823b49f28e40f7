package audit

import (
	"context"
	"hash/maphash"
	"testing"
	"time"

	"github.com/bsmaudit/bsmaudit/readers"
)

// TestThreads runs the conversation join on a store and reads the facts
// back by row, as the last pass does.
func TestThreads(t *testing.T) {
	at := func(h int) int64 { return time.Date(2026, 10, 1, h, 0, 0, 0, time.UTC).UnixNano() }
	dir := t.TempDir()
	store := newParts(dir, hashParts, threadRecSize)
	defer store.Close()
	const k, other = 0x0123456789abcdef, 0xfedcba9876543210
	// Conversation k: buyer at 9, seller at 10 and 11, buyer at 12, seller
	// at 15 and 16; logged out of order on purpose. Conversation other has
	// no buyer message. Rows: the index in this list.
	msgs := []struct {
		hash uint64
		h    int
		dir  readers.Direction
	}{
		{k, 12, readers.Inbound}, {k, 15, readers.Outbound}, {k, 9, readers.Inbound},
		{k, 10, readers.Outbound}, {k, 11, readers.Outbound}, {other, 10, readers.Outbound},
		{k, 16, readers.Outbound}, {k, 8, readers.Outbound},
	}
	for i, m := range msgs {
		if err := addThreadRec(store, threadRec{hash: m.hash, at: at(m.h), row: uint32(i), dir: m.dir}); err != nil {
			t.Fatal(err)
		}
	}
	if err := store.seal(); err != nil {
		t.Fatal(err)
	}
	facts := newFactStore(dir, len(msgs))
	defer facts.p.Close()
	if err := joinThreads(context.Background(), store, facts); err != nil {
		t.Fatal(err)
	}
	if err := facts.p.seal(); err != nil {
		t.Fatal(err)
	}
	want := []fact{
		{flags: factAnswered, t: at(15)}, // the 12 o'clock question, answered at 15
		{flags: factReply},               // answers the 12 o'clock question
		{flags: factAnswered, t: at(10)}, // the 9 o'clock question, answered at 10
		{flags: factReply},               // first answer to the 9 o'clock question
		{},                               // a follow-up: the last message (10) was the seller's
		{},                               // no buyer messages at all
		{},                               // after the 15 o'clock answer
		{},                               // before any buyer message
	}
	r := newFactReader(facts)
	for i, w := range want {
		got, err := r.at(uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		if got != w {
			t.Errorf("row %d (%d:00): facts %+v, want %+v", i, msgs[i].h, got, w)
		}
	}
}

// TestReplyEdges: a seller message at the same time as the buyer's is
// not between them, and one at the same time as the reply does not break it.
func TestReplyEdges(t *testing.T) {
	in, out := []int64{10, 20}, []int64{10, 20, 25}
	cases := []struct {
		at   int64
		want bool
	}{{10, false}, {11, true}, {20, true}, {21, true}, {25, true}, {26, false}}
	for _, c := range cases {
		if got := isReply(in, out, c.at); got != c.want {
			t.Errorf("isReply at %d = %v, want %v", c.at, got, c.want)
		}
	}
	if ans, ok := answeredAt(out, 10); !ok || ans != 20 {
		t.Errorf("answeredAt(10) = %d, %v; want 20", ans, ok)
	}
	if _, ok := answeredAt(out, 25); ok {
		t.Error("answeredAt after the last outbound message found an answer")
	}
}

// TestThreadHash: a conversation is the account and the thread id, else
// the order, else the buyer.
func TestThreadHash(t *testing.T) {
	seed := maphash.MakeSeed()
	h := func(r readers.Record) uint64 {
		v, ok := threadHash(seed, &r)
		if !ok {
			t.Fatalf("threadHash(%+v) found no conversation", r)
		}
		return v
	}
	same := [][2]readers.Record{
		{{Account: "A", OrderID: "1", ThreadID: "T"}, {Account: "A", OrderID: "2", BuyerID: "c", ThreadID: "T"}},
		{{Account: "A", OrderID: "1", BuyerID: "b"}, {Account: "A", OrderID: "1", BuyerID: "c"}},
		{{Account: "A", BuyerID: "b"}, {Account: "A", BuyerID: "b", BuyerName: "Bo"}},
	}
	for _, c := range same {
		if h(c[0]) != h(c[1]) {
			t.Errorf("%+v and %+v are not one conversation", c[0], c[1])
		}
	}
	differ := [][2]readers.Record{
		{{Account: "A", ThreadID: "T"}, {Account: "B", ThreadID: "T"}},
		{{Account: "A", ThreadID: "1"}, {Account: "A", OrderID: "1"}},
		{{Account: "A", OrderID: "1"}, {Account: "A", BuyerID: "1"}},
		{{Account: "A", OrderID: "1", BuyerID: "b"}, {Account: "A", BuyerID: "b"}},
	}
	for _, c := range differ {
		if h(c[0]) == h(c[1]) {
			t.Errorf("%+v and %+v are one conversation", c[0], c[1])
		}
	}
	if _, ok := threadHash(seed, &readers.Record{Account: "A"}); ok {
		t.Error("a row with no thread, order or buyer was threaded")
	}
}

func TestStatus(t *testing.T) {
	blocked := []string{"Blocked", "not sent", "NOT_SENT", "Undelivered", "rejected",
		"This message was not sent because the buyer opted out", "The buyer opted out of non-critical messages"}
	for _, s := range blocked {
		if !isBlocked(s) {
			t.Errorf("isBlocked(%q) = false", s)
		}
	}
	for _, s := range []string{"", "Delivered", "sent", "read"} {
		if isBlocked(s) {
			t.Errorf("isBlocked(%q) = true", s)
		}
	}
	if !needsNoResponse("No response needed", "") || !needsNoResponse("", "no_response_needed") || !needsNoResponse("NRN", "") {
		t.Error("needsNoResponse missed a mark")
	}
	if needsNoResponse("delivered", "question") {
		t.Error("needsNoResponse on an ordinary message")
	}
}
