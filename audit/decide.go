package audit

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// decide is the last pass: every row is read back from the spill, given
// its final verdict with everything the earlier passes learnt, counted, and
// handed to the sink in input order.
func (e *engine) decide(ctx context.Context, sp *spill, sink Sink) (*Summary, error) {
	sum := e.newSummary()
	var (
		rej Rejection
		// Response time per day the buyer wrote and per account.
		byDay, byAccount = responseGroups{}, responseGroups{}
	)
	done := 0
	err := e.pipeline(ctx, sp, e.prepare, func(it *item) error {
		if done++; e.opt.Progress != nil && done%progressEvery == 0 {
			e.opt.Progress(Progress{Stage: StageAuditing, Rows: done, Total: e.rows.Read})
		}
		if it.reject != "" || it.dup != nil {
			rej = Rejection{Pos: it.msg.Pos, Reason: it.reject}
			if it.dup != nil {
				rej.Reason = e.duplicateReason(it.dup)
			}
			return sink.Reject(&rej)
		}
		m := &it.msg
		if m.Record.Direction == readers.Inbound {
			sum.Inbound++
			sum.Response.add(m.Response)
			byDay.group(m.Day).add(m.Response)
			byAccount.group(m.Record.Account).add(m.Response)
		} else {
			sum.Outbound++
			e.judge(m, sum)
		}
		return sink.Message(m)
	})
	if err != nil {
		return nil, err
	}
	sum.ResponseByDay = byDay.list(func(g *ResponseGroup, k string) { g.Date = k })
	sum.ResponseByAccount = byAccount.list(func(g *ResponseGroup, k string) { g.Account = k })
	e.finish(sum)
	return sum, nil
}

// prepare does the per-message work that needs no other message's result
// (the joins found what it needs of the others: its facts): the calendar
// day and, for an outbound message, its verdict, for an inbound one its
// response time. It runs in the worker pool, so it only reads the engine's
// state and the row's facts, which the pipeline's reader attached.
func (e *engine) prepare(it *item) {
	if it.reject != "" || it.dup != nil {
		if e.opt.Redact {
			it.reject = policy.Redact(it.reject, nil)
		}
		return
	}
	m := &it.msg
	r := &m.Record
	r.SentAt = r.SentAt.In(e.loc)
	m.Day = r.SentAt.Format(dayLayout)
	f := it.facts
	if r.Direction == readers.Outbound {
		c := Context{Thread: f.flags&factReply != 0}
		if f.flags&factPurchased != 0 {
			c.PurchasedAt = time.Unix(0, f.t)
		}
		m.Verdict = Classify(e.pol, r, c)
		m.Reply, _ = IsReply(e.pol, r, c)
	} else {
		m.Response = e.respond(f, r)
	}
	if e.opt.Redact {
		redact(m) // after classification: the rules see the real text
	}
}

// judge counts one classified outbound message and diagnoses it if it was
// blocked.
func (e *engine) judge(m *Message, sum *Summary) {
	r := &m.Record
	v := &m.Verdict
	sum.Classes[v.Class]++
	sum.Reasons[v.Reason]++
	for _, f := range v.Findings {
		sum.Findings[f.Code]++
		sum.Severities[string(f.Severity)]++
	}
	d := e.days[e.dayKey(r)]
	if e.counts(r) {
		d.byClass[v.Class]++
		m.OverLimit = !d.firstOver.IsZero() && !r.SentAt.Before(d.firstOver)
	}
	switch readStatus(r.Status) {
	case statusBlocked:
		m.Blocked = true
		d.blocked++
		m.BlockedReason, m.BlockedEvidence = e.diagnose(m, d)
		sum.Blocked.Total++
		sum.Blocked.Reasons[m.BlockedReason]++
		return
	case statusUnknown:
		sum.Blocked.UnknownStatuses[r.Status]++
	}
	// Delivered: would the rules have blocked it?
	if m.Predicted, m.PredictedEvidence = e.predict(m, d); m.Predicted != "" {
		sum.Blocked.PredictedDelivered++
		sum.Blocked.PredictedReasons[m.Predicted]++
	}
}

// respond measures the seller's answer to one buyer message, from its
// facts. An unanswered message's delay is its age at the end of the log.
func (e *engine) respond(f fact, r *readers.Record) *Response {
	resp := &Response{Excluded: needsNoResponse(r.Status, r.ContactReason)}
	target := time.Duration(e.pol.Settings.ResponseHours) * time.Hour
	at := r.SentAt.UnixNano()
	if f.flags&factAnswered != 0 {
		resp.AnsweredAt = time.Unix(0, f.t).In(e.loc)
		resp.Delay = time.Duration(f.t - at)
		resp.WithinTarget = resp.Delay <= target
	} else {
		resp.Delay = time.Duration(e.to.UnixNano() - at)
	}
	return resp
}

// responseGroups accumulates response time by a key (a day, an account).
type responseGroups map[string]*ResponseSummary

func (g responseGroups) group(k string) *ResponseSummary {
	rs := g[k]
	if rs == nil {
		rs = &ResponseSummary{}
		g[k] = rs
	}
	return rs
}

// list returns the groups sorted by key, with their shares computed; name
// sets the key on each group.
func (g responseGroups) list(name func(*ResponseGroup, string)) []ResponseGroup {
	out := make([]ResponseGroup, 0, len(g))
	for _, k := range sortedKeys(g) {
		rg := ResponseGroup{ResponseSummary: *g[k]}
		rg.setShare()
		name(&rg, k)
		out = append(out, rg)
	}
	return out
}

// setShare computes the share answered within the target.
func (rs *ResponseSummary) setShare() {
	if rs.Inbound > 0 {
		rs.Share = float64(rs.AnsweredWithin24h) / float64(rs.Inbound)
	}
}

func (rs *ResponseSummary) add(r *Response) {
	if r.Excluded {
		rs.Excluded++
		return
	}
	rs.Inbound++
	switch {
	case r.WithinTarget:
		rs.AnsweredWithin24h++
	case r.AnsweredAt.IsZero():
		rs.Unanswered++
	default:
		rs.Late++
	}
}

func (e *engine) newSummary() *Summary {
	return &Summary{
		Policy:       PolicyInfo{Name: e.pol.Name, Version: e.pol.Version, SHA256: e.pol.SHA256},
		TimeZone:     e.loc.String(),
		Rows:         e.rows,
		Classes:      map[Class]int{},
		Reasons:      map[string]int{},
		Findings:     map[string]int{},
		Severities:   map[string]int{},
		OrdersSource: e.ordersSource,
		OrdersWindow: e.window,
		Blocked: BlockedSummary{Reasons: map[string]int{}, PredictedReasons: map[string]int{},
			UnknownStatuses: map[string]int{}},
	}
}

// finish fills in what is known only after the last row.
func (e *engine) finish(sum *Summary) {
	if !e.from.IsZero() {
		sum.From, sum.To = e.from.In(e.loc), e.to.In(e.loc)
	}
	sum.Accounts = sortedKeys(e.accounts)
	sum.Days = e.summaryDays()
	for _, d := range sum.Days {
		if d.Over > 0 {
			sum.Breaches++
		}
	}
	sum.Response.setShare()
	if n := sum.Rows.Duplicates; n > 0 {
		e.notes = append(e.notes, fmt.Sprintf("%d rows repeat an earlier row (same message ID, or same time, order and body): each message is counted once, and the repeats are listed on Rejected rows.", n))
	}
	sum.Notes = append(sum.Notes, e.notes...)
	sort.Strings(sum.Accounts)
}
