package policy

import "fmt"

// Check runs every rule's examples: each match example must make the rule
// hit and each no_match example must not. An example is a message body
// (the subject is empty). The errors name the file, line and rule, like
// loading errors; none means the policy does what its examples say.
func (p *Policy) Check() []error {
	var errs []error
	for _, r := range p.Rules {
		for _, ex := range r.examples.match {
			if _, ok := r.Match(NewText("", ex)); !ok {
				errs = append(errs, &FileError{File: r.file, Line: r.Line, Rule: r.ID,
					Err: fmt.Errorf("match example %q does not match", Clip(ex, 100))})
			}
		}
		for _, ex := range r.examples.noMatch {
			if h, ok := r.Match(NewText("", ex)); ok {
				errs = append(errs, &FileError{File: r.file, Line: r.Line, Rule: r.ID,
					Err: fmt.Errorf("no_match example %q matches at %q", Clip(ex, 100), h.Evidence)})
			}
		}
	}
	return errs
}
