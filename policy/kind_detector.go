package policy

import (
	"fmt"
	"slices"
	"strings"
)

// KindDetector runs a named detector written in Go, for things a pattern
// list cannot say well: links (also spelled out, but not an email's domain),
// email addresses (also obfuscated) and phone numbers (but not order IDs,
// tracking numbers, prices or dates). The rule names it with `detector:`.
const KindDetector = "detector"

// detectorNames are the named detectors, sorted. Each returns the spans of
// its matches in the folded text; results are cached on the Text.
var detectorNames = []string{"email", "link", "phone"}

// runDetector runs a detector by name (a switch, not a map: findLinks uses
// the email detector through the Text cache).
func runDetector(name string, t *Text) [][2]int {
	switch name {
	case "email":
		return findEmails(t)
	case "link":
		return findLinks(t)
	case "phone":
		return findPhones(t)
	}
	return nil
}

// Detectors lists the detector names, sorted.
func Detectors() []string { return append([]string(nil), detectorNames...) }

type detector struct {
	name string
}

func newDetector(name string) (matcher, error) {
	if !slices.Contains(detectorNames, name) {
		return nil, fmt.Errorf("unknown detector %q (known: %s)", name, strings.Join(Detectors(), ", "))
	}
	return &detector{name: name}, nil
}

func (d *detector) literals() []string { return nil }

func (d *detector) bind(*litSet) {}

func (d *detector) find(t *Text, _ []bool, yield func(start, end int) bool) {
	for _, s := range t.detect(d.name) {
		if !yield(s[0], s[1]) {
			return
		}
	}
}

// detect runs a detector once per Text.
func (t *Text) detect(name string) [][2]int {
	if s, ok := t.spans[name]; ok {
		return s
	}
	if t.spans == nil {
		t.spans = make(map[string][][2]int, 3)
	}
	s := runDetector(name, t)
	t.spans[name] = s
	return s
}
