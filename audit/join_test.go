package audit

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/bsmaudit/bsmaudit/readers"
)

// joinLog makes a random log with many ties: n rows (at least 50) over
// 300 hours in whole hours, conversations by thread, order or buyer (or
// none) of about 10 messages, some rows repeated, and orders with several
// item rows each.
func joinLog(seed uint64, n int) (rows, orders) {
	rng := rand.New(rand.NewPCG(seed, 7))
	start := utc("2026-10-01 00:00")
	bodies := []string{
		"Hello, thanks for your order. Could you tell us which day next week suits you for the delivery?",
		"Hi! We hope you love your new lamp. A quick review on Amazon would mean the world to us.",
		"Hello, please find attached the invoice for your order. Kind regards, the team.",
	}
	var log rows
	for i := 0; i < n; i++ {
		if i > 0 && rng.IntN(25) == 0 {
			log = append(log, log[rng.IntN(len(log))]) // a repeat
			continue
		}
		r := readers.Record{
			MessageID: fmt.Sprint("m", i), Account: fmt.Sprint("A", rng.IntN(2)),
			SentAt: start.Add(time.Duration(rng.IntN(300)) * time.Hour), Status: "Delivered",
			Subject: "Your order", Body: bodies[rng.IntN(len(bodies))],
		}
		switch rng.IntN(5) {
		case 0:
			r.ThreadID = fmt.Sprint("T", rng.IntN(n/50))
		case 1:
			r.BuyerID = fmt.Sprint("B", rng.IntN(n/50))
		case 2:
			// no conversation at all
		default:
			r.OrderID = fmt.Sprint("O", rng.IntN(3*n/50))
		}
		if rng.IntN(3) == 0 {
			r.Direction = readers.Inbound
		}
		log = append(log, readers.Row{Pos: readers.Pos{File: "join.csv", Line: i + 2}, Record: r})
	}
	var ords orders
	for o := range n / 20 { // the last sixth of the orders are not in the export
		for range 1 + rng.IntN(3) {
			ords = append(ords, readers.Order{ID: fmt.Sprint("O", o), Account: fmt.Sprint("A", rng.IntN(2)),
				PurchasedAt: start.Add(time.Duration(rng.IntN(1400)-1200) * time.Hour)}) // some past the proactive window
		}
	}
	return log, ords
}

// TestJoinMatchesBruteForce checks every message's reply, purchase time
// and answer against a direct reading of their definitions over the whole
// log: the joins on disk must find exactly what a scan finds.
func TestJoinMatchesBruteForce(t *testing.T) {
	p := testPolicy()
	for seed := uint64(1); seed <= 3; seed++ {
		log, ords := joinLog(seed, 2000)
		var got collect
		if _, err := Run(context.Background(), p, log, Options{Orders: ords, TempDir: t.TempDir()}, &got); err != nil {
			t.Fatal(err)
		}
		// Repeats are rejected: the scan sees the first of each message ID.
		var msgs []readers.Record
		seen := map[string]bool{}
		for _, row := range log {
			if !seen[row.Record.MessageID] {
				seen[row.Record.MessageID] = true
				msgs = append(msgs, row.Record)
			}
		}
		if len(got.msgs) != len(msgs) {
			t.Fatalf("seed %d: %d messages, want %d", seed, len(got.msgs), len(msgs))
		}
		purchased := map[string]time.Time{}
		for _, o := range ords {
			if at, ok := purchased[o.ID]; !ok || o.PurchasedAt.Before(at) {
				purchased[o.ID] = o.PurchasedAt
			}
		}
		for i, m := range got.msgs {
			r := &msgs[i]
			if m.Record.MessageID != r.MessageID {
				t.Fatalf("seed %d: message %d is %s, want %s", seed, i, m.Record.MessageID, r.MessageID)
			}
			if r.Direction == readers.Inbound {
				want, ok := scanAnswer(msgs, r)
				if ok != !m.Response.AnsweredAt.IsZero() || (ok && !m.Response.AnsweredAt.Equal(want)) {
					t.Errorf("seed %d: %s answered at %v, want %v (%v)", seed, r.MessageID, m.Response.AnsweredAt, want, ok)
				}
				continue
			}
			c := Context{Thread: scanReply(msgs, r), PurchasedAt: purchased[r.OrderID]}
			if m.Reply != c.Thread {
				t.Errorf("seed %d: %s reply %v, want %v", seed, r.MessageID, m.Reply, c.Thread)
			}
			if want := Classify(p, r, c); fmt.Sprint(want) != fmt.Sprint(m.Verdict) {
				t.Errorf("seed %d: %s verdict\n got %+v\nwant %+v", seed, r.MessageID, m.Verdict, want)
			}
		}
	}
}

func sameConversation(a, b *readers.Record) bool {
	if a.Account != b.Account {
		return false
	}
	switch {
	case a.ThreadID != "":
		return a.ThreadID == b.ThreadID
	case a.OrderID != "":
		return b.ThreadID == "" && a.OrderID == b.OrderID
	case a.BuyerID != "":
		return b.ThreadID == "" && b.OrderID == "" && a.BuyerID == b.BuyerID
	}
	return false
}

// scanReply: the latest buyer message before r, with no seller message
// strictly between it and r.
func scanReply(msgs []readers.Record, r *readers.Record) bool {
	var lastIn time.Time
	found := false
	for i := range msgs {
		m := &msgs[i]
		if m.Direction == readers.Inbound && sameConversation(r, m) && m.SentAt.Before(r.SentAt) &&
			(!found || m.SentAt.After(lastIn)) {
			lastIn, found = m.SentAt, true
		}
	}
	if !found {
		return false
	}
	for i := range msgs {
		m := &msgs[i]
		if m.Direction == readers.Outbound && sameConversation(r, m) && m.SentAt.After(lastIn) && m.SentAt.Before(r.SentAt) {
			return false
		}
	}
	return true
}

// scanAnswer: the first seller message after r.
func scanAnswer(msgs []readers.Record, r *readers.Record) (time.Time, bool) {
	var first time.Time
	found := false
	for i := range msgs {
		m := &msgs[i]
		if m.Direction == readers.Outbound && sameConversation(r, m) && m.SentAt.After(r.SentAt) &&
			(!found || m.SentAt.Before(first)) {
			first, found = m.SentAt, true
		}
	}
	return first, found
}

// TestOrderBookJoin: an order counts once, on its earliest item row, for
// the account of that row; cancelled once; and the accounts are those of
// every row that was the earliest when it was read.
func TestOrderBookJoin(t *testing.T) {
	dir := t.TempDir()
	d := func(s string) time.Time { return utc(s + " 12:00") }
	src := orders{
		{ID: "1", Account: "A", PurchasedAt: d("2026-09-02")},
		{ID: "1", Account: "B", PurchasedAt: d("2026-09-01"), Status: "Cancelled"}, // earlier: counts for B
		{ID: "1", Account: "C", PurchasedAt: d("2026-09-03"), Status: "canceled"},  // later: C not counted
		{ID: "2", Account: "A", PurchasedAt: d("2026-09-02")},
		{ID: "2", Account: "B", PurchasedAt: d("2026-09-02")}, // a tie: the first row wins
		{ID: "3", Account: "A", PurchasedAt: d("2026-09-05")},
	}
	b := newOrderBook(time.UTC, testSeed, dir)
	defer b.Close()
	if err := b.load(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	needs := newParts(dir, hashParts, orderNeedSize)
	defer needs.Close()
	for i, id := range []string{"1", "3", "9"} {
		if err := addOrderNeed(needs, orderHash(testSeed, id), uint32(i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := needs.seal(); err != nil {
		t.Fatal(err)
	}
	facts := newFactStore(dir, 3)
	defer facts.p.Close()
	if err := b.join(context.Background(), false, needs, facts); err != nil {
		t.Fatal(err)
	}
	if b.cancelled != 1 {
		t.Errorf("cancelled = %d, want 1", b.cancelled)
	}
	if fmt.Sprint(b.accounts) != "map[A:true B:true]" {
		t.Errorf("accounts = %v, want A and B", b.accounts)
	}
	want := map[string]string{"A": "map[2026-09-02:1 2026-09-05:1] 2026-09-02..2026-09-05", "B": "map[2026-09-01:1] 2026-09-01..2026-09-01"}
	for acct, w := range want {
		s := b.series[seriesKey{acct, ""}]
		if s == nil || fmt.Sprintf("%v %s..%s", s.perDay, s.first, s.last) != w {
			t.Errorf("series %s = %+v, want %s", acct, s, w)
		}
	}
	if first, last := b.span(); first != "2026-09-01" || last != "2026-09-05" {
		t.Errorf("span %s..%s", first, last)
	}
	if err := facts.p.seal(); err != nil {
		t.Fatal(err)
	}
	r := newFactReader(facts)
	wantFacts := []fact{{t: d("2026-09-01").UnixNano(), flags: factPurchased}, {t: d("2026-09-05").UnixNano(), flags: factPurchased}, {}}
	for i, w := range wantFacts {
		if got, err := r.at(uint32(i)); err != nil || got != w {
			t.Errorf("row %d: facts %+v (%v), want %+v", i, got, err, w)
		}
	}
	if b.rows.f != nil {
		t.Error("the orders store is still there after the join")
	}
}

var testSeed = maphash.MakeSeed()

// TestAggregateOnce: a log without duplicates is aggregated in the first
// pass, one with duplicates is aggregated again without them; both ways
// give the same run. The log with repeats must give what the same log
// without them gives, but for the row counts and the duplicates' note.
func TestAggregateOnce(t *testing.T) {
	p := testPolicy()
	for seed := uint64(11); seed <= 13; seed++ {
		log, ords := joinLog(seed, 3000)
		var unique rows
		seen := map[string]bool{}
		for _, row := range log {
			if !seen[row.Record.MessageID] {
				seen[row.Record.MessageID] = true
				unique = append(unique, row)
			}
		}
		if len(unique) == len(log) {
			t.Fatalf("seed %d: the log has no repeats to test with", seed)
		}
		for _, o := range []Options{{Orders: ords}, {}} { // orders export, estimate
			o.TempDir = t.TempDir()
			var withDups, without collect
			a, err := Run(context.Background(), p, log, o, &withDups)
			if err != nil {
				t.Fatal(err)
			}
			b, err := Run(context.Background(), p, unique, o, &without)
			if err != nil {
				t.Fatal(err)
			}
			if a.Rows.Duplicates == 0 || b.Rows.Duplicates != 0 || a.Rows.Audited != b.Rows.Audited {
				t.Fatalf("seed %d: rows %+v and %+v", seed, a.Rows, b.Rows)
			}
			a.Rows, a.Notes, a.Inputs = b.Rows, nil, nil
			b.Notes, b.Inputs = nil, nil
			if !reflect.DeepEqual(a, b) {
				t.Errorf("seed %d, orders %v: the runs differ:\n%+v\n%+v", seed, o.Orders != nil, a, b)
			}
			if !reflect.DeepEqual(withDups.msgs, without.msgs) {
				t.Errorf("seed %d, orders %v: the messages differ", seed, o.Orders != nil)
			}
		}
	}
}

// brokenOrders fails after its first orders, as an export cut short does.
type brokenOrders struct{ orders }

func (s brokenOrders) Orders(ctx context.Context, yield func(*readers.OrderRow) error) error {
	for _, o := range s.orders[:10] {
		if err := yield(&readers.OrderRow{Order: o}); err != nil {
			return err
		}
	}
	return errors.New("orders.txt line 12: damaged")
}

// TestOrdersErrorStopsRun: the orders load beside the log's first pass;
// when they cannot be read, the run ends with their error and leaves no
// temporary file, whichever of the two was further.
func TestOrdersErrorStopsRun(t *testing.T) {
	log, ords := joinLog(5, 3000)
	dir := t.TempDir()
	_, err := Run(context.Background(), testPolicy(), log, Options{Orders: brokenOrders{ords}, TempDir: dir}, &collect{})
	if err == nil || err.Error() != "orders.txt line 12: damaged" {
		t.Errorf("err %v, want the orders' error", err)
	}
	if left, _ := os.ReadDir(dir); len(left) > 0 {
		t.Errorf("%d temporary files left, %s first", len(left), left[0].Name())
	}
}
