package policy

// An Aho-Corasick automaton over the literals of every rule: the keyword
// pre-filter. A message's folded text is scanned once, whatever the number
// of rules, and records which literals occur; a rule (or one regex of a
// rule) whose literals are all absent is skipped without running. So the
// cost of matching grows with the text's length, not with the rule count.

import "sync"

// aho is the automaton. It is built once per policy and read-only after.
type aho struct {
	next    [][]edge // per state: its goto edges, sorted by byte
	root    [256]int32
	fail    []int32
	out     [][]int32 // per state: the literal ids ending here (suffixes merged); nil once built
	outFlat []int32   // out in one piece: state s's ids are outFlat[outOff[s]:outOff[s+1]]
	outOff  []int32
	count   int              // number of literals
	lens    []int32          // each literal's length in bytes
	longest int              // the longest literal's length
	ids     map[string]int32 // the literals' ids
	// The dense automaton (buildDFA): delta[state*nclass+class[b]] is the
	// next state, complemented (negative) when literals end there; nil when
	// the policy is too big for it.
	delta  []int32
	class  [256]uint8
	nclass int
	pool   sync.Pool // of *scanned, sized for this automaton
	groups *groupIDs // the detectors' literal groups (detect_gate.go)
}

type edge struct {
	b  byte
	to int32
}

// litSet interns literals and hands out their ids.
type litSet struct {
	ids  map[string]int32
	list []string
}

func (s *litSet) id(lit string) int32 {
	if id, ok := s.ids[lit]; ok {
		return id
	}
	if s.ids == nil {
		s.ids = map[string]int32{}
	}
	id := int32(len(s.list))
	s.ids[lit] = id
	s.list = append(s.list, lit)
	return id
}

func (s *litSet) idsOf(lits []string) []int32 {
	if lits == nil {
		return nil
	}
	out := make([]int32, 0, len(lits))
	for _, l := range lits {
		out = append(out, s.id(l))
	}
	return out
}

func newAho(lits []string) *aho {
	a := &aho{next: [][]edge{nil}, fail: []int32{0}, out: [][]int32{nil}, count: len(lits)}
	a.ids = make(map[string]int32, len(lits))
	for id, lit := range lits {
		a.ids[lit] = int32(id)
		a.lens = append(a.lens, int32(len(lit)))
		a.longest = max(a.longest, len(lit))
		s := int32(0)
		for i := 0; i < len(lit); i++ {
			t := a.step(s, lit[i])
			if t < 0 {
				t = int32(len(a.next))
				a.next = append(a.next, nil)
				a.fail = append(a.fail, 0)
				a.out = append(a.out, nil)
				a.addEdge(s, lit[i], t)
			}
			s = t
		}
		a.out[s] = append(a.out[s], int32(id))
	}
	// Breadth-first failure links; outputs of the failure state are merged.
	var queue []int32
	for _, e := range a.next[0] {
		queue = append(queue, e.to)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for _, e := range a.next[s] {
			f := a.fail[s]
			for f > 0 && a.step(f, e.b) < 0 {
				f = a.fail[f]
			}
			if t := a.step(f, e.b); t >= 0 && t != e.to {
				a.fail[e.to] = t
			}
			a.out[e.to] = append(a.out[e.to], a.out[a.fail[e.to]]...)
			queue = append(queue, e.to)
		}
	}
	for b := 0; b < 256; b++ {
		a.root[b] = max(a.step(0, byte(b)), 0)
	}
	a.buildDFA(queueOrder(a))
	// One array for the outputs: a scan looks a state's up per hit, and
	// 25,000 slice headers are colder than one offset each.
	for _, ids := range a.out {
		a.outOff = append(a.outOff, int32(len(a.outFlat)))
		a.outFlat = append(a.outFlat, ids...)
	}
	a.outOff = append(a.outOff, int32(len(a.outFlat)))
	a.out = nil
	a.groups = groupIDsOf(a.ids)
	return a
}

// maxDFA caps the dense transition table (entries of 4 bytes): beyond it,
// for a huge policy, the scan follows goto and failure links instead.
const maxDFA = 1 << 24

// buildDFA fills the dense transition table: one row per state, one
// column per byte class (the bytes that occur in literals, plus one class
// for all others), every failure link already followed. A scan is then one
// table lookup per byte. order lists the states breadth first, so a
// state's failure state has its row before it.
func (a *aho) buildDFA(order []int32) {
	n := 1 // class 0: bytes in no literal
	for s := range a.next {
		for _, e := range a.next[s] {
			if a.class[e.b] == 0 {
				a.class[e.b] = uint8(n)
				n++
			}
		}
	}
	if n > 255 || len(a.next)*n > maxDFA {
		a.class = [256]uint8{}
		return
	}
	a.nclass = n
	a.delta = make([]int32, len(a.next)*n)
	for _, s := range order {
		row := a.delta[int(s)*n : int(s)*n+n]
		if s != 0 {
			copy(row, a.delta[int(a.fail[s])*n:int(a.fail[s])*n+n])
		}
		for _, e := range a.next[s] {
			row[a.class[e.b]] = e.to
			if len(a.out[e.to]) > 0 {
				row[a.class[e.b]] = ^e.to // negative: a state where literals end
			}
		}
	}
}

// queueOrder lists the states breadth first, the root first.
func queueOrder(a *aho) []int32 {
	order := []int32{0}
	for i := 0; i < len(order); i++ {
		for _, e := range a.next[order[i]] {
			order = append(order, e.to)
		}
	}
	return order
}

func (a *aho) step(s int32, b byte) int32 {
	for _, e := range a.next[s] {
		if e.b == b {
			return e.to
		}
	}
	return -1
}

func (a *aho) addEdge(s int32, b byte, t int32) {
	es := append(a.next[s], edge{b, t})
	for i := len(es) - 1; i > 0 && es[i].b < es[i-1].b; i-- {
		es[i], es[i-1] = es[i-1], es[i]
	}
	a.next[s] = es
}

// scan finds every occurrence of every literal in s, in one pass. The
// result comes from a pool; Text.Release gives it back.
func (a *aho) scan(s string) *scanned {
	sc, _ := a.pool.Get().(*scanned)
	if sc == nil {
		sc = &scanned{seen: make([]bool, a.count), head: make([]int32, a.count)}
	}
	if a.delta != nil {
		a.scanDFA(s, sc)
		return sc
	}
	st := int32(0)
	for i := 0; i < len(s); i++ {
		b := s[i]
		for {
			if st == 0 {
				st = a.root[b]
				break
			}
			if t := a.step(st, b); t >= 0 {
				st = t
				break
			}
			st = a.fail[st]
		}
		sc.record(a.outputs(st), i+1)
	}
	return sc
}

// scanDFA is scan with the dense table: in two lanes when the text is
// long enough (aho_lanes.go).
func (a *aho) scanDFA(s string, sc *scanned) {
	if len(s) >= minTwoLanes+2*a.longest {
		a.scanTwoLanes(s, sc)
		return
	}
	a.scanOneLane(s, sc)
}

// scanOneLane is scanDFA in one pass from the first byte to the last.
func (a *aho) scanOneLane(s string, sc *scanned) {
	st, n := int32(0), int32(a.nclass)
	for i := 0; i < len(s); i++ {
		st = a.delta[st*n+int32(a.class[s[i]])]
		if st >= 0 {
			continue // most bytes: no literal ends here
		}
		sc.record(a.outputs(^st), i+1)
		st = ^st
	}
}

// outputs are the ids of the literals that end in state st.
func (a *aho) outputs(st int32) []int32 { return a.outFlat[a.outOff[st]:a.outOff[st+1]] }

// record adds the occurrences of ids ending at end.
func (sc *scanned) record(ids []int32, end int) {
	for _, id := range ids {
		sc.recordOne(id, end)
	}
}

// recordOne adds an occurrence of literal id ending at end.
func (sc *scanned) recordOne(id int32, end int) {
	if !sc.seen[id] {
		sc.seen[id] = true
		sc.touched = append(sc.touched, id)
	}
	sc.end = append(sc.end, int32(end))
	sc.next = append(sc.next, sc.head[id])
	sc.head[id] = int32(len(sc.end))
}

// release resets a scan result and puts it back in the pool.
func (a *aho) release(sc *scanned) {
	for _, id := range sc.touched {
		sc.seen[id], sc.head[id] = false, 0
	}
	sc.touched, sc.end, sc.next = sc.touched[:0], sc.end[:0], sc.next[:0]
	a.pool.Put(sc)
}

// scanned is the result of a scan: which literals occur, and where. The
// occurrences of literal id form a list, latest first: head[id] is the
// number of the last one (its index in end and next, plus one; 0: none),
// next[k-1] the number of the one before occurrence k, end[k-1] its end
// offset.
type scanned struct {
	seen    []bool
	head    []int32
	next    []int32
	end     []int32
	touched []int32 // the ids set in seen and head, to reset them
	lanes   []int32 // scanTwoLanes' scratch
}

// anySeen reports whether one of ids occurs; nil ids means "cannot say".
func anySeen(seen []bool, ids []int32) bool {
	if ids == nil {
		return true
	}
	for _, id := range ids {
		if seen[id] {
			return true
		}
	}
	return false
}
