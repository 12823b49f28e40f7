package gen

import (
	"container/heap"
	"math"
	"math/rand/v2"
	"strconv"
	"time"
)

// row is one message of the log, as every writer needs it.
type row struct {
	ID, Direction, OrderID, Buyer, Account, Market, Lang string
	Subject, Body, Reason, Status                        string
	At                                                   time.Time
	OptedOut                                             bool
	kind                                                 string // the purpose, "question" or "reply": for tests
}

// header is the log's column names, in row order; the readers map them.
var header = []string{
	"Message ID", "Sent At", "Direction", "Order ID", "Buyer ID", "Account", "Marketplace",
	"Buyer Language", "Subject", "Body", "Contact Reason", "Status", "Buyer Opted Out",
}

// pendingReply is a buyer question waiting for the seller's answer.
type pendingReply struct {
	due       time.Time
	a, od, k  int
	thread    int
	lang      string
	question  string // the buyer's text, quoted in long answers
	seq       int    // tie-break, so the heap order is deterministic
	reviewAsk bool
}

type replyHeap []pendingReply

func (h replyHeap) Len() int { return len(h) }
func (h replyHeap) Less(i, j int) bool {
	if !h[i].due.Equal(h[j].due) {
		return h[i].due.Before(h[j].due)
	}
	return h[i].seq < h[j].seq
}
func (h replyHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *replyHeap) Push(x any)   { *h = append(*h, x.(pendingReply)) }
func (h *replyHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// stream makes the log's rows in time order, one at a time.
type stream struct {
	p       *plan
	r       *rand.Rand
	seq     int
	pending replyHeap
	w       []float64 // account weights of the current day
	buf     []byte
	gb      bool // the current row's buyer reads British English
}

func newStream(p *plan) *stream {
	return &stream{p: p, r: keyed(p.opt.Seed, 0x5eed), w: make([]float64, len(p.accts))}
}

// each calls emit for every row, in order; the row is reused between calls.
func (s *stream) each(emit func(*row) error) error {
	var rw row
	for d, n := range s.p.dayRows {
		total := 0.0
		for a := range s.w {
			s.w[a] = s.p.acctWeight(a, d)
			total += s.w[a]
		}
		dayStart := s.p.opt.Start.AddDate(0, 0, d)
		for j := range n {
			t := dayStart.Add(slotOffset(j, n, s.r.Float64()))
			if len(s.pending) > 0 && !s.pending[0].due.After(t) {
				pr := heap.Pop(&s.pending).(pendingReply)
				s.reply(&rw, pr, t)
			} else {
				a := weighted(s.r, s.w, total)
				s.fresh(&rw, a, d, t)
			}
			if err := emit(&rw); err != nil {
				return err
			}
		}
	}
	return nil
}

// slotOffset spreads n messages over a day, denser in the afternoon than
// at night, always increasing with j so the log comes out sorted.
func slotOffset(j, n int, u float64) time.Duration {
	f := (float64(j) + u) / float64(n)
	secs := 86399 * (f + 0.3*math.Sin(2*math.Pi*f)/(2*math.Pi))
	return time.Duration(secs) * time.Second
}

// base fills the columns every row has from its order.
func (s *stream) base(rw *row, o *order, t time.Time) {
	s.seq++
	rw.ID = "M" + strconv.Itoa(1_000_000_000 + s.seq)[1:]
	rw.At = t
	rw.OrderID, rw.Buyer, rw.Account = o.ID, o.Buyer, o.Account
	rw.Market, rw.Lang, rw.OptedOut = o.Market.Name, o.Market.Lang, o.OptedOut
	s.gb = o.Market.Lang == "en-GB"
}

// orderFor picks an order of account a placed age days before log day d
// (clamped to the orders file's first day).
func (s *stream) orderFor(a, d, age int) order {
	od := max(d+ordersBefore-age, 0)
	return s.p.orderAt(a, od, s.r.IntN(s.p.counts[a][od]))
}
