package policy

import (
	"errors"
	"fmt"
	"regexp"
)

// Kinds are the rule kinds, a closed set: each is one file (kind_*.go).
var Kinds = []string{KindKeywords, KindRegex, KindDetector}

var (
	ruleID   = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	langCode = regexp.MustCompile(`^[a-z]{2}$`)
)

// rule compiles one raw rule, or returns nil after recording its errors.
func (c *compiler) rule(p *Policy, raw *rawRule, i int) *Rule {
	line := c.rl(i)
	id := raw.ID
	bad := false
	fail := func(l int, format string, args ...any) {
		c.errs = append(c.errs, &FileError{File: c.rfile(i), Line: l, Rule: id, Err: fmt.Errorf(format, args...)})
		bad = true
	}
	switch {
	case id == "":
		id = fmt.Sprintf("#%d", i+1)
		fail(line, "missing key id")
	case !ruleID.MatchString(id):
		fail(line, "id must be lower case letters, digits, '-', '_' or '.'")
	case !c.claim(line, id):
		bad = true
	}
	r := &Rule{
		ID: id, Description: raw.Description, Kind: raw.Kind, Class: raw.Class, Reason: raw.Reason,
		Code: raw.Code, Language: raw.Language, Patterns: raw.Patterns, Detector: raw.Detector,
		Unless: raw.Unless, Requires: raw.Requires, Fallback: raw.Fallback, Line: line, file: c.rfile(i),
		examples: examples{match: raw.Examples.Match, noMatch: raw.Examples.NoMatch},
	}
	if r.Language != "" && !langCode.MatchString(r.Language) {
		fail(c.rl(i, "language"), "language %q is not an ISO 639-1 code (two lower-case letters) or empty", r.Language)
	}
	if err := c.classReason(p, r.Class, r.Reason); err != nil {
		fail(c.rl(i, "class"), "%v", err)
	}
	if r.Class != "" && r.Reason == "" {
		fail(c.rl(i, "class"), "class %q needs a reason", r.Class)
	}
	if r.Class == "" && r.Code == "" {
		fail(line, "a rule needs a class and reason, a finding code, or both")
	}
	if r.Fallback && r.Class == "" {
		fail(line, "fallback only makes sense for a rule that decides a class")
	}
	if r.Code != "" {
		f, ok := p.findings[r.Code]
		switch {
		case !ok:
			fail(c.rl(i, "code"), "unknown finding code %q (declare it under findings)", r.Code)
		case f.Rule != "":
			fail(c.rl(i, "code"), "finding code %q is produced by the engine (rule %s), not by rules", r.Code, f.Rule)
		default:
			r.Severity = f.Severity
		}
	}
	if raw.Severity != "" {
		r.Severity = Severity(raw.Severity)
		if r.Severity.Rank() == 0 || r.Code == "" {
			fail(c.rl(i, "severity"), "severity %q: needs a finding code and one of error, warning, info", raw.Severity)
		}
	}
	if m, err := c.matcher(r); err != nil {
		line := c.rl(i, "kind")
		var pe *patternError
		if errors.As(err, &pe) {
			line = c.rl(i, "patterns", pe.index)
		}
		fail(line, "%v", err)
	} else {
		r.m = m
	}
	r.unless = c.regexList(r, i, "unless", raw.Unless, &bad)
	r.requires = c.regexList(r, i, "requires", raw.Requires, &bad)
	if len(raw.Examples.Match) == 0 {
		fail(c.rl(i, "examples"), "examples: needs at least one match example")
	}
	if bad {
		return nil
	}
	return r
}

// matcher builds the rule's kind.
func (c *compiler) matcher(r *Rule) (matcher, error) {
	if r.Kind != KindDetector && r.Detector != "" {
		return nil, fmt.Errorf("key detector is only for kind %s", KindDetector)
	}
	if r.Kind != KindDetector && len(r.Patterns) == 0 {
		return nil, fmt.Errorf("kind %s needs patterns", r.Kind)
	}
	switch r.Kind {
	case KindKeywords:
		return newKeywords(r.Patterns)
	case KindRegex:
		return newRegexes(r.Patterns)
	case KindDetector:
		if len(r.Patterns) > 0 {
			return nil, fmt.Errorf("kind %s takes a detector, not patterns", KindDetector)
		}
		return newDetector(r.Detector)
	case "":
		return nil, fmt.Errorf("missing key kind (one of %v)", Kinds)
	}
	return nil, fmt.Errorf("unknown kind %q (one of %v)", r.Kind, Kinds)
}

func (c *compiler) regexList(r *Rule, i int, key string, patterns []string, bad *bool) []*regexp.Regexp {
	var out []*regexp.Regexp
	for j, pat := range patterns {
		re, err := compileRegex(pat)
		if err != nil {
			c.errs = append(c.errs, &FileError{File: c.rfile(i), Line: c.rl(i, key, j), Rule: r.ID, Err: fmt.Errorf("%s: %v", key, err)})
			*bad = true
			continue
		}
		out = append(out, re)
	}
	return out
}

// ruleOrigin is where a rule of a merged policy (extends: default) was
// written: its file, that file's line finder and its index there.
type ruleOrigin struct {
	file  string
	lines lines
	index int
}

// rl returns the line of rule i (at a path inside it) in its own file.
func (c *compiler) rl(i int, path ...any) int {
	if i < len(c.origin) && c.origin[i].file != "" {
		o := c.origin[i]
		return o.lines.of(append([]any{"rules", o.index}, path...)...)
	}
	return c.lines.of(append([]any{"rules", i}, path...)...)
}

// rfile returns the file rule i was written in.
func (c *compiler) rfile(i int) string {
	if i < len(c.origin) && c.origin[i].file != "" {
		return c.origin[i].file
	}
	return c.file
}
