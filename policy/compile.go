package policy

import (
	"fmt"
	"regexp"
	"slices"
)

// compiler turns a rawPolicy into a *Policy (stage two of loading):
// patterns compiled, keywords folded, ids unique, every reference to a
// class, reason or finding code checked. It collects every error instead of
// stopping at the first, so a user fixes a file in one go.
type compiler struct {
	file  string
	lines lines
	errs  []error
	ids   map[string]bool // rule ids seen (rules, engine findings, reply)
	// origin says, for a policy that extends the default, where each of
	// the merged rules was written (nil for a self-contained policy).
	origin []ruleOrigin
}

func (c *compiler) errorf(line int, rule, format string, args ...any) {
	c.errs = append(c.errs, &FileError{File: c.file, Line: line, Rule: rule, Err: fmt.Errorf(format, args...)})
}

// engineCodes are the finding codes the engine produces itself: a policy
// must declare each of them with a rule id.
var engineCodes = []string{
	"missing_important_tag", "important_tag_misuse", "missing_order_id", "order_id_mismatch",
	"wrong_language", "opted_out_noncritical", "late_proactive", "reason_mismatch",
}

func (c *compiler) compile(raw *rawPolicy) *Policy {
	c.ids = map[string]bool{}
	p := &Policy{Name: raw.Name, Version: raw.Version}
	if raw.Name == "" {
		c.errorf(c.lines.of(), "", "missing key name")
	}
	if raw.Version == "" {
		c.errorf(c.lines.of(), "", "missing key version")
	}
	p.Settings = c.settings(&raw.Settings)
	c.classes(p, raw)
	c.findings(p, raw.Findings)
	p.Tag = c.tag(&raw.Tag)
	p.OrderID = c.orderID(&raw.OrderID)
	p.Reply = c.reply(p, &raw.Reply)
	if len(raw.Rules) == 0 {
		c.errorf(c.lines.of("rules"), "", "the policy has no rules")
	}
	for i := range raw.Rules {
		if r := c.rule(p, &raw.Rules[i], i); r != nil {
			p.Rules = append(p.Rules, r)
		}
	}
	p.buildPrefilter()
	return p
}

func (c *compiler) settings(s *rawSettings) Settings {
	line := c.lines.of("settings")
	var out Settings
	need := func(key string, ok bool) {
		if !ok {
			c.errorf(line, "", "settings: missing key %s", key)
		}
	}
	need("limit_multiplier", s.LimitMultiplier != nil)
	need("limit_constant", s.LimitConstant != nil)
	need("orders_window_days", s.OrdersWindowDays != nil)
	need("count_blocked", s.CountBlocked != nil)
	need("proactive_window_days", s.ProactiveWindowDays != nil)
	need("response_hours", s.ResponseHours != nil)
	if s.LimitMultiplier != nil {
		out.LimitMultiplier = *s.LimitMultiplier
		if out.LimitMultiplier < 0 {
			c.errorf(c.lines.of("settings", "limit_multiplier"), "", "settings: limit_multiplier must not be negative")
		}
	}
	positive := func(key string, v *int, dst *int) {
		if v == nil {
			return
		}
		*dst = *v
		if *v <= 0 && key != "limit_constant" || *v < 0 {
			c.errorf(c.lines.of("settings", key), "", "settings: %s must be positive, not %d", key, *v)
		}
	}
	positive("limit_constant", s.LimitConstant, &out.LimitConstant)
	positive("orders_window_days", s.OrdersWindowDays, &out.OrdersWindowDays)
	positive("proactive_window_days", s.ProactiveWindowDays, &out.ProactiveWindowDays)
	positive("response_hours", s.ResponseHours, &out.ResponseHours)
	if s.CountBlocked != nil {
		out.CountBlocked = *s.CountBlocked
	}
	for _, r := range s.CriticalContactReasons {
		out.CriticalContactReasons = append(out.CriticalContactReasons, NormalizeContactReason(r))
	}
	return out
}

func (c *compiler) classes(p *Policy, raw *rawPolicy) {
	p.rank = map[string]int{}
	p.reasons = map[string]reasonPos{}
	seen := map[string]bool{}
	if len(raw.Classes) == 0 {
		c.errorf(c.lines.of("classes"), "", "the policy declares no classes")
	}
	for i, rc := range raw.Classes {
		line := c.lines.of("classes", i)
		switch {
		case rc.Name == "":
			c.errorf(line, "", "classes: a class without a name")
			continue
		case seen[rc.Name]:
			c.errorf(line, "", "classes: duplicate class %q", rc.Name)
			continue
		case len(rc.Reasons) == 0:
			c.errorf(line, "", "classes: class %q has no reasons", rc.Name)
		}
		seen[rc.Name] = true
		p.rank[rc.Name] = len(p.Classes)
		for j, reason := range rc.Reasons {
			if prev, dup := p.reasons[reason]; dup {
				c.errorf(c.lines.of("classes", i, "reasons", j), "", "classes: reason %q is already a reason of class %q", reason, prev.class)
				continue
			}
			p.reasons[reason] = reasonPos{class: rc.Name, index: j}
		}
		p.Classes = append(p.Classes, ClassDef{Name: rc.Name, Reasons: slices.Clone(rc.Reasons)})
	}
	p.Default = ClassReason{Class: raw.Default.Class, Reason: raw.Default.Reason}
	if err := c.classReason(p, raw.Default.Class, raw.Default.Reason); err != nil {
		c.errorf(c.lines.of("default"), "", "default: %v", err)
	} else if raw.Default.Class == "" || raw.Default.Reason == "" {
		c.errorf(c.lines.of("default"), "", "default: needs both class and reason")
	}
}

// classReason checks a class and reason pair (either may be empty).
func (c *compiler) classReason(p *Policy, class, reason string) error {
	if class != "" {
		if _, ok := p.rank[class]; !ok {
			return fmt.Errorf("unknown class %q (declared: %s)", class, classNames(p))
		}
	}
	if reason == "" {
		return nil
	}
	pos, ok := p.reasons[reason]
	switch {
	case !ok:
		return fmt.Errorf("unknown reason %q", reason)
	case class == "":
		return fmt.Errorf("reason %q needs its class (%s)", reason, pos.class)
	case pos.class != class:
		return fmt.Errorf("reason %q belongs to class %q, not %q", reason, pos.class, class)
	}
	return nil
}

func classNames(p *Policy) string {
	var s string
	for i, cl := range p.Classes {
		if i > 0 {
			s += ", "
		}
		s += cl.Name
	}
	return s
}

func (c *compiler) findings(p *Policy, raw []rawFinding) {
	p.findings = map[string]*FindingDef{}
	for i, f := range raw {
		line := c.lines.of("findings", i)
		if f.Code == "" {
			c.errorf(line, "", "findings: an entry without a code")
			continue
		}
		if p.findings[f.Code] != nil {
			c.errorf(line, "", "findings: duplicate code %q", f.Code)
			continue
		}
		sev := Severity(f.Severity)
		if sev.Rank() == 0 {
			c.errorf(line, "", "findings: code %s: severity %q is not error, warning or info", f.Code, f.Severity)
		}
		if f.Rule != "" {
			c.claim(line, f.Rule)
		}
		p.Findings = append(p.Findings, FindingDef{Code: f.Code, Severity: sev, Rule: f.Rule, Description: f.Description})
	}
	for i := range p.Findings {
		p.findings[p.Findings[i].Code] = &p.Findings[i]
	}
	for _, code := range engineCodes {
		f := p.findings[code]
		switch {
		case f == nil:
			c.errorf(c.lines.of("findings"), "", "findings: the engine's code %s is not declared", code)
		case f.Rule == "":
			c.errorf(c.lines.of("findings"), "", "findings: the engine's code %s needs a rule id", code)
		}
	}
}

// claim registers a rule id, reporting duplicates.
func (c *compiler) claim(line int, id string) bool {
	if c.ids[id] {
		c.errorf(line, id, "duplicate rule id")
		return false
	}
	c.ids[id] = true
	return true
}

func (c *compiler) tag(raw *rawTag) TagSettings {
	t := TagSettings{Forms: raw.Forms, Placement: raw.Placement, Lookalikes: raw.Lookalikes}
	line := c.lines.of("important_tag")
	if len(t.Forms) == 0 {
		c.errorf(line, "", "important_tag: no forms")
	}
	for _, f := range t.Forms {
		if len(f) < 3 || !isOpenBracket(f[0]) || !isCloseBracket(f[len(f)-1]) {
			c.errorf(line, "", "important_tag: form %q must be a word in brackets, like [Important]", f)
		}
	}
	if err := compileTag(&t); err != nil {
		c.errorf(c.lines.of("important_tag", "lookalikes"), "", "important_tag: lookalikes: %v", err)
	}
	if t.Placement == "" {
		t.Placement = PlacementEdges
	}
	if t.Placement != PlacementEdges && t.Placement != PlacementAnywhere {
		c.errorf(c.lines.of("important_tag", "placement"), "", "important_tag: placement %q is not %s or %s", t.Placement, PlacementEdges, PlacementAnywhere)
	}
	return t
}

func (c *compiler) orderID(raw *rawOrderID) *regexp.Regexp {
	line := c.lines.of("order_id")
	if raw.Pattern == "" {
		c.errorf(line, "", "order_id: missing key pattern")
		return nil
	}
	re, err := compileRegex(raw.Pattern)
	if err != nil {
		c.errorf(c.lines.of("order_id", "pattern"), "", "order_id: %v", err)
		return nil
	}
	return re
}

func (c *compiler) reply(p *Policy, raw *rawReply) ReplySettings {
	line := c.lines.of("reply")
	r := ReplySettings{Rule: raw.Rule, KeepReasons: raw.KeepReasons, IgnoreReasons: raw.IgnoreReasons}
	if raw.Rule == "" {
		c.errorf(line, "", "reply: missing key rule (the rule id of a reply verdict)")
	} else {
		c.claim(line, raw.Rule)
	}
	for _, cr := range raw.ContactReasons {
		r.ContactReasons = append(r.ContactReasons, NormalizeContactReason(cr))
	}
	for _, s := range raw.SubjectPrefixes {
		if f := foldString(s); f != "" {
			r.SubjectPrefixes = append(r.SubjectPrefixes, f)
		}
	}
	for _, reason := range slices.Concat(raw.KeepReasons, raw.IgnoreReasons) {
		if _, ok := p.reasons[reason]; !ok {
			c.errorf(line, "", "reply: unknown reason %q", reason)
		}
	}
	return r
}

func isOpenBracket(b byte) bool  { return b == '[' || b == '(' || b == '{' || b == '<' || b >= 0x80 }
func isCloseBracket(b byte) bool { return b == ']' || b == ')' || b == '}' || b == '>' || b >= 0x80 }
