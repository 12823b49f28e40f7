package audit

import (
	"testing"
	"time"

	"github.com/bsmaudit/bsmaudit/readers"
)

func TestThreads(t *testing.T) {
	at := func(h int) int64 { return time.Date(2026, 10, 1, h, 0, 0, 0, time.UTC).UnixNano() }
	th := newThreads()
	// Conversation k: buyer at 9, seller at 10 and 11, buyer at 12, seller at 15.
	// Logged out of order on purpose.
	th.addInbound("k", at(12))
	th.addInbound("k", at(9))
	for _, h := range []int{15, 10, 11} {
		th.addOutbound("k", at(h))
	}
	th.addOutbound("other", at(10)) // no buyer messages: not kept
	th.sort()
	if _, ok := th.outbound["other"]; ok {
		t.Error("outbound times kept for a conversation without buyer messages")
	}
	replies := []struct {
		h    int
		want bool
	}{
		{8, false},  // before any buyer message
		{10, true},  // first answer to the 9 o'clock question
		{11, false}, // a follow-up: the last message (10) was the seller's
		{15, true},  // answers the 12 o'clock question
		{16, false}, // after the 15 o'clock answer
	}
	for _, c := range replies {
		if got := th.isReply("k", at(c.h)); got != c.want {
			t.Errorf("isReply at %d:00 = %v, want %v", c.h, got, c.want)
		}
	}
	if th.isReply("unknown", at(10)) {
		t.Error("isReply on an unknown conversation")
	}
	if ans, ok := th.answeredAt("k", at(9)); !ok || ans != at(10) {
		t.Errorf("answeredAt(9:00) = %v, %v; want 10:00", ans, ok)
	}
	if ans, ok := th.answeredAt("k", at(12)); !ok || ans != at(15) {
		t.Errorf("answeredAt(12:00) = %v, %v; want 15:00", ans, ok)
	}
	if _, ok := th.answeredAt("k", at(15)); ok {
		t.Error("answeredAt after the last outbound message found an answer")
	}
}

func TestThreadKey(t *testing.T) {
	cases := []struct {
		rec  readers.Record
		want string
	}{
		{readers.Record{Account: "A", OrderID: "1", BuyerID: "b", ThreadID: "T"}, "A\x00t\x00T"},
		{readers.Record{Account: "A", OrderID: "1", BuyerID: "b"}, "A\x00o\x001"},
		{readers.Record{Account: "A", BuyerID: "b"}, "A\x00b\x00b"},
		{readers.Record{Account: "A"}, ""},
	}
	for _, c := range cases {
		if got := threadKey(&c.rec); got != c.want {
			t.Errorf("threadKey(%+v) = %q, want %q", c.rec, got, c.want)
		}
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
