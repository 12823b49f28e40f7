package policy

// An Aho-Corasick automaton over the literals of every rule: the keyword
// pre-filter. A message's folded text is scanned once, whatever the number
// of rules, and records which literals occur; a rule (or one regex of a
// rule) whose literals are all absent is skipped without running. So the
// cost of matching grows with the text's length, not with the rule count.

// aho is the automaton. It is built once per policy and read-only after.
type aho struct {
	next  [][]edge // per state: its goto edges, sorted by byte
	root  [256]int32
	fail  []int32
	out   [][]int32 // per state: the literal ids ending here (suffixes merged)
	count int       // number of literals
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
	for id, lit := range lits {
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
	return a
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

// scan returns which literals occur in s.
func (a *aho) scan(s string) []bool {
	seen := make([]bool, a.count)
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
		for _, id := range a.out[st] {
			seen[id] = true
		}
	}
	return seen
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
