package audit

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// rows is a Source over rows built in the test.
type rows []readers.Row

func (s rows) Rows(ctx context.Context, yield func(*readers.Row) error) error {
	for i := range s {
		if err := yield(&s[i]); err != nil {
			return err
		}
	}
	return nil
}

func (s rows) Inputs() []readers.Input { return []readers.Input{{Path: "test.csv", RowsRead: len(s)}} }

// orders is an OrderSource over orders built in the test.
type orders []readers.Order

func (s orders) Orders(ctx context.Context, yield func(*readers.OrderRow) error) error {
	for _, o := range s {
		if err := yield(&readers.OrderRow{Order: o}); err != nil {
			return err
		}
	}
	return nil
}

func (s orders) Inputs() []readers.Input { return []readers.Input{{Path: "orders.txt"}} }

// collect is a Sink that keeps copies of what it is given.
type collect struct {
	msgs    []Message
	rejects []Rejection
}

func (c *collect) Message(m *Message) error  { c.msgs = append(c.msgs, *m); return nil }
func (c *collect) Reject(r *Rejection) error { c.rejects = append(c.rejects, *r); return nil }

func (c *collect) byID(t *testing.T, id string) Message {
	t.Helper()
	for _, m := range c.msgs {
		if m.Record.MessageID == id {
			return m
		}
	}
	t.Fatalf("message %s not in the output", id)
	return Message{}
}

func utc(s string) time.Time {
	t, err := time.Parse("2006-01-02 15:04", s)
	if err != nil {
		panic(err)
	}
	return t
}

func out(id, acct, order, at, subject, body string) readers.Row {
	return readers.Row{Pos: readers.Pos{File: "test.csv", Line: 1}, Record: readers.Record{
		MessageID: id, Account: acct, OrderID: order, SentAt: utc(at), Subject: subject, Body: body, Status: "Delivered"}}
}

func in(id, acct, order, at, body string) readers.Row {
	r := out(id, acct, order, at, "Question", body)
	r.Record.Direction = readers.Inbound
	return r
}

const invoiceBody = "Hello, please find your invoice for order 111-1111111-1111111 attached as a PDF. Kind regards."

// TestLimits: account A has 3 orders a day through September, so on
// 2026-10-01 its 30-day window (09-01..09-30) averages 90/30 = 3 orders and
// the limit is 5×3 + 600 = 615. It sends 620 messages that day: 5 over,
// the first over being the 616th by time. On 2026-09-15 the window
// (08-16..09-14) covers only 14 days of order data: 42 orders / 30 = 1.4,
// limit floor(607) = 607, partial. Account B has no orders: limit unknown.
func TestLimits(t *testing.T) {
	var ords orders
	for d := 1; d <= 30; d++ {
		for i := 0; i < 3; i++ {
			ords = append(ords, readers.Order{ID: fmt.Sprintf("A-%d-%d", d, i), Account: "A",
				PurchasedAt: time.Date(2026, 9, d, 10, 0, 0, 0, time.UTC)})
		}
	}
	ords = append(ords, ords[0]) // an item row repeating an order counts once
	var log rows
	// Logged in reverse time order: the engine must not rely on sorting.
	for i := 619; i >= 0; i-- {
		at := utc("2026-10-01 08:00").Add(time.Duration(i) * time.Minute)
		r := out(fmt.Sprintf("m%d", i), "A", "", "2026-10-01 00:00", "Invoice", invoiceBody)
		r.Record.SentAt = at
		log = append(log, r)
	}
	log = append(log, out("early", "A", "", "2026-09-15 12:00", "Invoice", invoiceBody))
	log = append(log, out("b1", "B", "", "2026-10-01 12:00", "Invoice", invoiceBody))
	var sink collect
	sum, err := Run(context.Background(), testPolicy(), log, Options{Orders: ords}, &sink)
	if err != nil {
		t.Fatal(err)
	}
	day := func(date, acct string) Day {
		for _, d := range sum.Days {
			if d.Date == date && d.Account == acct {
				return d
			}
		}
		t.Fatalf("no day %s %s", date, acct)
		return Day{}
	}
	d := day("2026-10-01", "A")
	if d.Outbound != 620 || d.Limit == nil || *d.Limit != 615 || d.Over != 5 || *d.AvgDailyOrders != 3 {
		t.Errorf("10-01 A: outbound %d limit %v over %d avg %v; want 620, 615, 5, 3", d.Outbound, deref(d.Limit), d.Over, deref(d.AvgDailyOrders))
	}
	if want := utc("2026-10-01 08:00").Add(615 * time.Minute); !d.FirstOverAt.Equal(want) {
		t.Errorf("first over at %v, want %v", d.FirstOverAt, want)
	}
	if d.WindowFrom != "2026-09-01" || d.WindowTo != "2026-09-30" || d.PartialWindow {
		t.Errorf("10-01 window %s..%s partial %v", d.WindowFrom, d.WindowTo, d.PartialWindow)
	}
	if sink.byID(t, "m614").OverLimit || !sink.byID(t, "m615").OverLimit || !sink.byID(t, "m619").OverLimit {
		t.Error("OverLimit must start at the 616th message by time")
	}
	e := day("2026-09-15", "A")
	if e.Limit == nil || *e.Limit != 607 || !e.PartialWindow || e.WindowFrom != "2026-08-16" {
		t.Errorf("09-15 A: limit %v partial %v from %s; want 607, true, 2026-08-16", deref(e.Limit), e.PartialWindow, e.WindowFrom)
	}
	if b := day("2026-10-01", "B"); b.Limit != nil || b.Over != 0 {
		t.Errorf("B has no orders: limit %v over %d, want unknown and 0", deref(b.Limit), b.Over)
	}
	if sum.Breaches != 1 {
		t.Errorf("breaches %d, want 1", sum.Breaches)
	}
	if !hasNote(sum, `Account "B" has no orders`) || !hasNote(sum, "partial window") {
		t.Errorf("notes lack the uncovered account or the partial window: %q", sum.Notes)
	}
}

// TestFixedAndEstimatedOrders: --avg-daily-orders 20 gives 700 every day;
// without orders, 4 distinct order IDs over a 2-day log give 2 a day: 610.
func TestFixedAndEstimatedOrders(t *testing.T) {
	log := rows{
		out("1", "A", "111-0000001-0000001", "2026-10-01 10:00", "Invoice", invoiceBody),
		out("2", "A", "111-0000001-0000002", "2026-10-01 11:00", "Invoice", invoiceBody),
		out("3", "A", "111-0000001-0000003", "2026-10-02 10:00", "Invoice", invoiceBody),
		out("4", "A", "111-0000001-0000004", "2026-10-02 11:00", "Invoice", invoiceBody),
		out("5", "A", "111-0000001-0000004", "2026-10-02 12:00", "Invoice", invoiceBody),
	}
	avg := 20.0
	sum, err := Run(context.Background(), testPolicy(), log, Options{AvgDailyOrders: &avg}, &collect{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.OrdersSource != "fixed" || *sum.Days[0].Limit != 700 {
		t.Errorf("fixed: source %s limit %d, want fixed 700", sum.OrdersSource, *sum.Days[0].Limit)
	}
	sum, err = Run(context.Background(), testPolicy(), log, Options{}, &collect{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.OrdersSource != "estimate" || *sum.Days[1].Limit != 610 || !hasNote(sum, "lower bound") {
		t.Errorf("estimate: source %s limit %d notes %q, want estimate 610 and a lower-bound note", sum.OrdersSource, *sum.Days[1].Limit, sum.Notes)
	}
}

// TestDaysInZone: days are calendar days in the audit's zone, whatever the
// offset a timestamp was written with, across the end of summer time.
func TestDaysInZone(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	plus5 := time.FixedZone("+05", 5*3600)
	cases := []struct {
		at   time.Time
		loc  *time.Location
		want string
	}{
		// 2026-10-02 01:30 at +05:00 is 2026-10-01 20:30 UTC.
		{time.Date(2026, 10, 2, 1, 30, 0, 0, plus5), time.UTC, "2026-10-01"},
		// Summer time ends 2026-10-25 01:00 UTC. 21:59 UTC on the 24th is
		// 23:59 CEST (the 24th); 22:30 UTC is 00:30 CEST (the 25th); 23:30
		// UTC is 01:30 CEST; 01:30 UTC is 02:30 CET (the 25th); 23:30 UTC on
		// the 25th is 00:30 CET on the 26th.
		{time.Date(2026, 10, 24, 21, 59, 0, 0, time.UTC), berlin, "2026-10-24"},
		{time.Date(2026, 10, 24, 22, 30, 0, 0, time.UTC), berlin, "2026-10-25"},
		{time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC), berlin, "2026-10-25"},
		{time.Date(2026, 10, 25, 22, 59, 0, 0, time.UTC), berlin, "2026-10-25"},
		{time.Date(2026, 10, 25, 23, 30, 0, 0, time.UTC), berlin, "2026-10-26"},
	}
	for _, c := range cases {
		r := out("x", "A", "", "2026-01-01 00:00", "Invoice", invoiceBody)
		r.Record.SentAt = c.at
		var sink collect
		sum, err := Run(context.Background(), testPolicy(), rows{r}, Options{Location: c.loc}, &sink)
		if err != nil {
			t.Fatal(err)
		}
		if got := sum.Days[0].Date; got != c.want || sink.msgs[0].Day != c.want {
			t.Errorf("%v in %v: day %s / %s, want %s", c.at, c.loc, got, sink.msgs[0].Day, c.want)
		}
	}
}

// TestResponseTime: Q1 answered after 23h59 (in time), Q2 after 24h01
// (late), Q3 never (its age at the end of the log, 10-05 09:00, is 72h),
// Q4 marked "no response needed" (excluded). Share: 1 of 3.
func TestResponseTime(t *testing.T) {
	log := rows{
		in("q1", "A", "o1", "2026-10-02 09:00", "Where is my parcel?"),
		in("q2", "A", "o2", "2026-10-02 09:00", "Can I change the colour?"),
		in("q3", "A", "o3", "2026-10-02 09:00", "Is this dishwasher safe?"),
		in("q4", "A", "o4", "2026-10-02 09:00", "Thanks, all good!"),
		out("r1", "A", "o1", "2026-10-03 08:59", "Re: parcel", "It is on its way, it should arrive tomorrow."),
		out("r2", "A", "o2", "2026-10-03 09:01", "Re: colour", "Yes, we can send the blue one instead."),
		out("late", "A", "o9", "2026-10-05 09:00", "Invoice", invoiceBody),
	}
	log[3].Record.Status = "No response needed"
	var sink collect
	sum, err := Run(context.Background(), testPolicy(), log, Options{}, &sink)
	if err != nil {
		t.Fatal(err)
	}
	want := ResponseSummary{Inbound: 3, Excluded: 1, AnsweredWithin24h: 1, Late: 1, Unanswered: 1, Share: 1.0 / 3}
	if sum.Response != want {
		t.Errorf("response %+v, want %+v", sum.Response, want)
	}
	if r := sink.byID(t, "q1").Response; !r.WithinTarget || r.Delay != 23*time.Hour+59*time.Minute {
		t.Errorf("q1 %+v", r)
	}
	if r := sink.byID(t, "q2").Response; r.WithinTarget || r.Delay != 24*time.Hour+time.Minute {
		t.Errorf("q2 %+v", r)
	}
	if r := sink.byID(t, "q3").Response; !r.AnsweredAt.IsZero() || r.Delay != 72*time.Hour {
		t.Errorf("q3 %+v", r)
	}
	if !sink.byID(t, "r1").Reply || !sink.byID(t, "r2").Reply || sink.byID(t, "late").Reply {
		t.Error("r1 and r2 answer buyer messages; 'late' does not")
	}
	if sum.Inbound != 4 || sum.Outbound != 3 {
		t.Errorf("inbound %d outbound %d, want 4 and 3", sum.Inbound, sum.Outbound)
	}
}

// TestBlocked: each diagnosis of POLICY.md, first match wins.
func TestBlocked(t *testing.T) {
	review := "Hi! If you enjoy your lamp, please leave us a 5-star review on Amazon."
	log := rows{
		out("optout", "A", "111-0000001-0000001", "2026-10-01 10:00", "Invoice", invoiceBody),
		out("reason", "A", "111-0000001-0000002", "2026-10-01 10:00", "Thanks", review),
		out("content", "A", "111-0000001-0000003", "2026-10-01 10:00", "Thanks", review),
		out("unknown", "A", "111-0000001-0000004", "2026-10-01 10:00", "Invoice", invoiceBody),
		{Pos: readers.Pos{File: "test.csv", Line: 9}, Err: errors.New("sent_at \"x\": not a timestamp")},
	}
	log[0].Record.OptedOut = true
	log[1].Record.ContactReason = "other"
	for i := 0; i < 4; i++ {
		log[i].Record.Status = "Blocked"
	}
	var sink collect
	sum, err := Run(context.Background(), testPolicy(), log, Options{}, &sink)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"optout": BlockedOptedOut, "reason": BlockedContactReason, "content": BlockedContent, "unknown": BlockedUnknown} {
		m := sink.byID(t, id)
		if !m.Blocked || m.BlockedReason != want || m.BlockedEvidence == "" {
			t.Errorf("%s: blocked %v reason %q evidence %q, want %q", id, m.Blocked, m.BlockedReason, m.BlockedEvidence, want)
		}
	}
	if sum.Blocked.Total != 4 || sum.Blocked.Reasons[BlockedContent] != 1 {
		t.Errorf("blocked %+v", sum.Blocked)
	}
	if sum.Rows != (RowCounts{Read: 5, Audited: 4, Rejected: 1}) || len(sink.rejects) != 1 || !strings.Contains(sink.rejects[0].Reason, "not a timestamp") {
		t.Errorf("rows %+v rejects %+v", sum.Rows, sink.rejects)
	}
}

func testPolicy() *policy.Policy { return policy.Default() }

func hasNote(s *Summary, part string) bool {
	for _, n := range s.Notes {
		if strings.Contains(n, part) {
			return true
		}
	}
	return false
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestBreachOnPartialWindow: orders start on 2026-10-01 with 30 a day. On
// 10-11 the window 09-11..10-10 has 10 days of data: 300 orders / 30 = 10,
// limit 650, partial. 651 messages that day are 1 over.
func TestBreachOnPartialWindow(t *testing.T) {
	var ords orders
	for d := 1; d <= 10; d++ {
		for i := 0; i < 30; i++ {
			ords = append(ords, readers.Order{ID: fmt.Sprintf("O-%d-%d", d, i), PurchasedAt: time.Date(2026, 10, d, 9, 0, 0, 0, time.UTC)})
		}
	}
	var log rows
	for i := 0; i < 651; i++ {
		r := out(fmt.Sprint(i), "A", "", "2026-10-11 06:00", "Invoice", invoiceBody)
		r.Record.SentAt = r.Record.SentAt.Add(time.Duration(i) * time.Second)
		log = append(log, r)
	}
	sum, err := Run(context.Background(), testPolicy(), log, Options{Orders: ords}, &collect{})
	if err != nil {
		t.Fatal(err)
	}
	d := sum.Days[0]
	if *d.Limit != 650 || d.Over != 1 || !d.PartialWindow || d.WindowCovered != 10 || sum.Breaches != 1 {
		t.Errorf("limit %d over %d partial %v covered %d breaches %d; want 650 1 true 10 1", *d.Limit, d.Over, d.PartialWindow, d.WindowCovered, sum.Breaches)
	}
	if want := utc("2026-10-11 06:00").Add(650 * time.Second); !d.FirstOverAt.Equal(want) {
		t.Errorf("first over at %v, want %v", d.FirstOverAt, want)
	}
}

// TestPerMarketplace: one account on two marketplaces. Orders name the
// marketplace as Amazon's ID or country, the log as a domain. US has 60
// orders in the 30 days before 10-01 (avg 2, limit 610), DE has 30 (avg 1,
// limit 605). Without --per-marketplace both count together: avg 3, 615.
func TestPerMarketplace(t *testing.T) {
	var ords orders
	for d := 1; d <= 30; d++ {
		at := time.Date(2026, 9, d, 9, 0, 0, 0, time.UTC)
		ords = append(ords,
			readers.Order{ID: fmt.Sprintf("US-%d-a", d), Account: "A", Marketplace: "ATVPDKIKX0DER", PurchasedAt: at},
			readers.Order{ID: fmt.Sprintf("US-%d-b", d), Account: "A", Marketplace: "US", PurchasedAt: at},
			readers.Order{ID: fmt.Sprintf("DE-%d", d), Account: "A", Marketplace: "Amazon.de", PurchasedAt: at})
	}
	log := rows{
		out("us", "A", "", "2026-10-01 10:00", "Invoice", invoiceBody),
		out("de", "A", "", "2026-10-01 10:00", "Rechnung", invoiceBody),
	}
	log[0].Record.Marketplace = "Amazon.com"
	log[1].Record.Marketplace = "www.amazon.de"
	sum, err := Run(context.Background(), testPolicy(), log, Options{Orders: ords, PerMarketplace: true}, &collect{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, d := range sum.Days {
		got[d.Marketplace] = *d.Limit
	}
	if len(got) != 2 || got["US"] != 610 || got["DE"] != 605 {
		t.Errorf("per marketplace limits %v, want US 610 and DE 605", got)
	}
	sum, err = Run(context.Background(), testPolicy(), log, Options{Orders: ords}, &collect{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Days) != 1 || *sum.Days[0].Limit != 615 || sum.Days[0].Outbound != 2 {
		t.Errorf("per account: %+v, want one day, limit 615, 2 messages", sum.Days)
	}
}

// TestPredictedAndUnknownStatus: a delivered message to an opted-out buyer
// that is not critical is one Amazon should have blocked; a status nobody
// knows is reported as written.
func TestPredictedAndUnknownStatus(t *testing.T) {
	log := rows{
		out("optout", "A", "111-0000001-0000001", "2026-10-01 10:00", "Invoice", invoiceBody),
		out("fine", "A", "111-0000001-0000002", "2026-10-01 10:00", "Invoice", invoiceBody),
		out("odd", "A", "111-0000001-0000003", "2026-10-01 10:00", "Invoice", invoiceBody),
	}
	log[0].Record.OptedOut = true
	log[1].Record.ContactReason = "other" // a non-critical reason alone predicts nothing
	log[2].Record.Status = "Held for review (code 7)"
	var sink collect
	sum, err := Run(context.Background(), testPolicy(), log, Options{}, &sink)
	if err != nil {
		t.Fatal(err)
	}
	if m := sink.byID(t, "optout"); m.Blocked || m.Predicted != BlockedOptedOut || m.PredictedEvidence == "" {
		t.Errorf("optout: blocked %v predicted %q %q", m.Blocked, m.Predicted, m.PredictedEvidence)
	}
	if m := sink.byID(t, "fine"); m.Predicted != "" {
		t.Errorf("fine: predicted %q", m.Predicted)
	}
	if sum.Blocked.PredictedDelivered != 1 || sum.Blocked.PredictedReasons[BlockedOptedOut] != 1 {
		t.Errorf("predicted %+v", sum.Blocked)
	}
	if sum.Blocked.UnknownStatuses["Held for review (code 7)"] != 1 || len(sum.Blocked.UnknownStatuses) != 1 {
		t.Errorf("unknown statuses %v", sum.Blocked.UnknownStatuses)
	}
}

// TestResponseGroups: two accounts. A answers its 10-01 question in 2h and
// its 10-02 one never; B answers its 10-01 question after 30h. By day:
// 10-01 has 2 questions, 1 in time (0.5); 10-02 has 1, none in time. By
// account: A 1 of 2, B 0 of 1.
func TestResponseGroups(t *testing.T) {
	log := rows{
		in("a1", "A", "o1", "2026-10-01 08:00", "Question?"),
		out("a1r", "A", "o1", "2026-10-01 10:00", "Re: Question", "Here is the answer."),
		in("a2", "A", "o2", "2026-10-02 08:00", "Question?"),
		in("b1", "B", "o1", "2026-10-01 08:00", "Question?"), // same order ID, other account: another conversation
		out("b1r", "B", "o1", "2026-10-02 14:00", "Re: Question", "Here is the answer."),
	}
	sum, err := Run(context.Background(), testPolicy(), log, Options{}, &collect{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.ResponseByDay) != 2 || sum.ResponseByDay[0].Date != "2026-10-01" || sum.ResponseByDay[0].Inbound != 2 || sum.ResponseByDay[0].Share != 0.5 ||
		sum.ResponseByDay[1].Inbound != 1 || sum.ResponseByDay[1].Unanswered != 1 {
		t.Errorf("by day %+v", sum.ResponseByDay)
	}
	if len(sum.ResponseByAccount) != 2 || sum.ResponseByAccount[0].Account != "A" || sum.ResponseByAccount[0].Share != 0.5 ||
		sum.ResponseByAccount[1].Account != "B" || sum.ResponseByAccount[1].Late != 1 {
		t.Errorf("by account %+v", sum.ResponseByAccount)
	}
}

// failing is a Sink that fails on its n-th message, as a full disk would.
type failing struct{ n int }

func (f *failing) Message(*Message) error {
	if f.n--; f.n == 0 {
		return errors.New("disk full")
	}
	return nil
}
func (f *failing) Reject(*Rejection) error { return nil }

// TestSinkErrorAndCancel: an error from a sink, or a cancelled context,
// stops the run with that error (no hang, whatever the batch it falls in).
func TestSinkErrorAndCancel(t *testing.T) {
	var log rows
	for i := 0; i < 5000; i++ {
		r := out(fmt.Sprint(i), "A", "", "2026-10-01 00:00", "Invoice", invoiceBody)
		r.Record.SentAt = r.Record.SentAt.Add(time.Duration(i) * time.Second)
		log = append(log, r)
	}
	for _, n := range []int{1, 300, 4999} {
		if _, err := Run(context.Background(), testPolicy(), log, Options{}, &failing{n: n}); err == nil || err.Error() != "disk full" {
			t.Errorf("failing at %d: err %v, want disk full", n, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, testPolicy(), log, Options{}, &collect{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
}
