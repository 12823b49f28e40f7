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

// detectorNames are the named detectors, sorted, indexed by detectorID.
// Each returns the spans of its matches in the folded text; results are
// cached on the Text.
var detectorNames = []string{detEmail: "email", detLink: "link", detPhone: "phone"}

// A detectorID names a detector inside the package.
type detectorID uint8

const (
	detEmail detectorID = iota
	detLink
	detPhone
	nDetectors
)

// runDetector runs a detector (findLinks uses the email detector through
// the Text cache).
func runDetector(id detectorID, t *Text) [][2]int {
	switch id {
	case detEmail:
		return findEmails(t)
	case detLink:
		return findLinks(t)
	case detPhone:
		return findPhones(t)
	}
	return nil
}

// Detectors lists the detector names, sorted.
func Detectors() []string { return append([]string(nil), detectorNames...) }

type detector struct {
	id detectorID
}

func newDetector(name string) (matcher, error) {
	i := slices.Index(detectorNames, name)
	if i < 0 {
		return nil, fmt.Errorf("unknown detector %q (known: %s)", name, strings.Join(Detectors(), ", "))
	}
	return &detector{id: detectorID(i)}, nil
}

func (d *detector) literals() []string { return nil }

func (d *detector) bind(*litSet) {}

func (d *detector) find(t *Text, _ []bool, yield func(start, end int) bool) {
	for _, s := range t.detect(d.id) {
		if !yield(s[0], s[1]) {
			return
		}
	}
}

// detect runs a detector once per Text.
func (t *Text) detect(id detectorID) [][2]int {
	if t.detected&(1<<id) == 0 {
		t.spans[id] = runDetector(id, t)
		t.detected |= 1 << id
	}
	return t.spans[id]
}
