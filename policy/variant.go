package policy

import (
	"sort"
	"sync"
	"unicode"
)

// Case-fold variants: the few runes that are lower case already and yet
// have another lower-case rune in their case-folding orbit (ſ and s, ς and
// σ, ϑ and θ, some Cyrillic and Greek forms). A case-insensitive regex
// matches either, while a literal found byte for byte in the folded text
// is only one of them. The fast matching paths (anchor.go) rely on "the
// regex can match here only where one of its literals occurs byte for
// byte", which holds for every text without such a rune; a text with one
// (Text.variant) takes the plain path instead, so verdicts never depend on
// which path ran.

var (
	variantOnce  sync.Once
	variantRunes []rune // sorted
)

func loadVariants() {
	for r := rune(0x80); r <= 0x1FFFF; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		lower := unicode.ToLower(r)
		if unicode.ToLower(lower) != lower {
			variantRunes = append(variantRunes, r)
			continue
		}
		fixed := 0
		for o := unicode.SimpleFold(r); ; o = unicode.SimpleFold(o) {
			if unicode.ToLower(o) == o {
				fixed++
			}
			if o == r {
				break
			}
		}
		if fixed >= 2 {
			variantRunes = append(variantRunes, r)
		}
	}
}

// isVariant reports whether r (not ASCII) is a case-fold variant.
func isVariant(r rune) bool {
	variantOnce.Do(loadVariants)
	i := sort.Search(len(variantRunes), func(i int) bool { return variantRunes[i] >= r })
	return i < len(variantRunes) && variantRunes[i] == r
}
