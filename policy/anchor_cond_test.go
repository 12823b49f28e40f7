package policy

import (
	"regexp/syntax"
	"strings"
	"testing"
)

// TestCondOf: what a regex's literals say about its matches, as
// "leaf|leaf" for a leaf's literals, "and(...)" and "or(...)".
func TestCondOf(t *testing.T) {
	tests := []struct{ pattern, want string }{
		{`review`, "review"},
		{`\b(?:reviews?|feedback)\b[^.!?\n]{0,100}\b(?:refund|gift)\b`, "and(review|feedback, refund|gift)"},
		{`thank you for (?:your|the) order`, "thank you for your order|thank you for the order"},
		{`(?:erstatt\p{L}*|gratis)[^.]{0,80}(?:bewerten|sterne)`, "and(erstatt|gratis, bewerten|sterne)"},
		{`[^.!?\n]*\b(?:proof of purchase|(?:keep|retain) (?:your )?(?:invoice|receipt))[^.!?\n]*`,
			"or(proof of purchase, and(keep |retain , invoice|receipt))"},
		{`(?:a|an) review`, " review"},               // a(?:n)? is not exact: " review" is joined alone
		{`\?|please reply`, ""},                      // "?" is too short to look for: no condition
		{`(?:ab|cd)`, ""},                            // ditto
		{`\d{3}-\d{7}`, ""},                          // no literal of 3 bytes
		{`(?:quick )?review`, "review"},              // an optional part says nothing
		{`ÉTOILES`, "étoiles"},                       // folded like the text
		{`(?:reviews?)+ left`, "and(review,  left)"}, // a plus still needs its part
		{`x{0,3}review(?:ed)*`, "review"},            // a star or {0,n} does not
		{`(?:refund|gift)\w*`, "refund|gift"},        // a leaf from a non-exact alternation
		{`(?:ship|send)(?:ped|ing)? (?:it|them) today`, "and(ship|send,  it today| them today)"},
	}
	for _, tt := range tests {
		re, err := syntax.Parse("(?i)"+tt.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := condString(condOf(re.Simplify())); got != tt.want {
			t.Errorf("condOf(%s) = %q, want %q", tt.pattern, got, tt.want)
		}
	}
}

// TestCondNecessary: on the rules' examples, every match of every default
// regex with a condition lies where the condition holds (a condition that
// failed a real match would lose a finding).
func TestCondNecessary(t *testing.T) {
	p := Default()
	n := 0
	for _, r := range p.Rules {
		for _, a := range defaultAnchored(&Policy{Rules: []*Rule{r}}) {
			if a.cond == nil {
				continue
			}
			for _, ex := range append(r.examples.match, r.examples.noMatch...) {
				tx := NewText("", ex)
				tx.literalsSeen(r.pre)
				for _, m := range a.re.FindAllStringIndex(tx.folded, -1) {
					n++
					if !a.cond.holds(tx.scan) || !a.cond.within(tx, m[0], m[1]) {
						t.Errorf("%s matches %q in %q, but its condition %s fails",
							a.re, tx.folded[m[0]:m[1]], ex, condString(a.cond))
					}
				}
				tx.Release()
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d matches checked", n)
	}
}

func condString(c *litCond) string {
	switch {
	case c == nil:
		return ""
	case c.lits != nil:
		return strings.Join(c.lits, "|")
	}
	op, subs := "or", c.or
	if c.and != nil {
		op, subs = "and", c.and
	}
	var parts []string
	for _, s := range subs {
		parts = append(parts, condString(s))
	}
	return op + "(" + strings.Join(parts, ", ") + ")"
}
