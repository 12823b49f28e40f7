package policy

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	"go.yaml.in/yaml/v3"
)

// A policy file with `extends: default` starts from the embedded default
// instead of copying it (README.md "Extending"):
//   - name and version are the file's own; description, settings (key by
//     key), classes, default, findings, important_tag, order_id and reply
//     replace the default's when given;
//   - a rule with the id of a default rule replaces it; a new id is added;
//   - overrides change a default rule in place: disabled, severity,
//     add_patterns, add_unless, add_examples.
//
// Errors in the file's own rules point into the file; the default's rules
// keep pointing into default.yaml.

// extend merges the default policy under raw (the extending file).
func (c *compiler) extend(raw *rawPolicy) error {
	if raw.Extends != "default" {
		return &FileError{File: c.file, Line: c.lines.of("extends"), Err: fmt.Errorf("extends: %q is not a policy this version knows (only \"default\")", raw.Extends)}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(defaultYAML, &doc); err != nil {
		return fmt.Errorf("embedded default policy: %w", err)
	}
	var base rawPolicy
	dec := yaml.NewDecoder(bytes.NewReader(defaultYAML))
	dec.KnownFields(true)
	if err := dec.Decode(&base); err != nil {
		return fmt.Errorf("embedded default policy: %w", err)
	}
	baseLines := newLines(&doc)

	if raw.Description == "" {
		raw.Description = base.Description
	}
	mergeSettings(&raw.Settings, &base.Settings)
	if len(raw.Classes) == 0 {
		raw.Classes = base.Classes
	}
	if raw.Default == (rawDefault{}) {
		raw.Default = base.Default
	}
	if len(raw.Findings) == 0 {
		raw.Findings = base.Findings
	}
	if len(raw.Tag.Forms) == 0 && raw.Tag.Placement == "" && len(raw.Tag.Lookalikes) == 0 {
		raw.Tag = base.Tag
	}
	if raw.OrderID.Pattern == "" {
		raw.OrderID = base.OrderID
	}
	if raw.Reply.Rule == "" {
		raw.Reply = base.Reply
	}

	own := map[string]int{} // the file's rule ids -> index in the file
	for i, r := range raw.Rules {
		own[r.ID] = i
	}
	var rules []rawRule
	var origin []ruleOrigin
	known := map[string]int{} // merged rule id -> index in rules
	for i, r := range base.Rules {
		if _, replaced := own[r.ID]; replaced {
			continue
		}
		known[r.ID] = len(rules)
		rules = append(rules, r)
		origin = append(origin, ruleOrigin{file: "default.yaml", lines: baseLines, index: i})
	}
	for i, r := range raw.Rules {
		known[r.ID] = len(rules)
		rules = append(rules, r)
		origin = append(origin, ruleOrigin{file: c.file, lines: c.lines, index: i})
	}
	var errs []error
	drop := map[int]bool{}
	for j, o := range raw.Overrides {
		line := c.lines.of("overrides", j)
		k, ok := known[o.ID]
		if !ok {
			errs = append(errs, &FileError{File: c.file, Line: line, Rule: o.ID, Err: errors.New("overrides: no rule with this id in the default policy or this file")})
			continue
		}
		r := &rules[k]
		if o.Disabled {
			drop[k] = true
		}
		if o.Severity != "" {
			r.Severity = o.Severity
		}
		r.Patterns = slices.Concat(r.Patterns, o.AddPatterns)
		r.Unless = slices.Concat(r.Unless, o.AddUnless)
		r.Examples.Match = slices.Concat(r.Examples.Match, o.AddExamples.Match)
		r.Examples.NoMatch = slices.Concat(r.Examples.NoMatch, o.AddExamples.NoMatch)
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	raw.Rules, c.origin = nil, nil
	for k := range rules {
		if !drop[k] {
			raw.Rules = append(raw.Rules, rules[k])
			c.origin = append(c.origin, origin[k])
		}
	}
	return nil
}

// mergeSettings fills the settings the file leaves out from the default's.
func mergeSettings(s, base *rawSettings) {
	if s.LimitMultiplier == nil {
		s.LimitMultiplier = base.LimitMultiplier
	}
	if s.LimitConstant == nil {
		s.LimitConstant = base.LimitConstant
	}
	if s.OrdersWindowDays == nil {
		s.OrdersWindowDays = base.OrdersWindowDays
	}
	if s.CountBlocked == nil {
		s.CountBlocked = base.CountBlocked
	}
	if s.ProactiveWindowDays == nil {
		s.ProactiveWindowDays = base.ProactiveWindowDays
	}
	if s.ResponseHours == nil {
		s.ResponseHours = base.ResponseHours
	}
	if s.CriticalContactReasons == nil {
		s.CriticalContactReasons = base.CriticalContactReasons
	}
}
