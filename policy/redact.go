package policy

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The masks --redact puts in place of personal data (CLI.md --redact).
const (
	MaskEmail   = "[email]"
	MaskPhone   = "[phone]"
	MaskAddress = "[address]"
	MaskName    = "[name]"
)

// PII is one piece of personal data found in a text: its byte span in
// the text, the text itself and the mask that replaces it.
type PII struct {
	Start, End int
	Text, Mask string
}

// Street addresses, matched on the folded (lower-case) text: a house
// number before an English or French street word, a German or Dutch
// street name ending in -straße, -weg, -platz... before its number, and a
// Spanish or Italian street word before a name and a number. Each may be
// followed by a postcode and a town. "Via" is left out: "via DHL 2 days"
// is far more common in sellers' messages than "Via Roma 12".
var (
	postTown    = `(?:,?\s*\d{4,5}\s+[\p{L}-]+)?`
	addrNumber  = regexp.MustCompile(`\b\d{1,5}[a-z]?,?\s+(?:[\p{L}'.-]+\s+){0,3}?(?:street|st\.|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|drive|court|terrace|crescent|highway)\b` + postTown)
	addrFrench  = regexp.MustCompile(`\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allée|allee|impasse|quai|place)\s+(?:[\p{L}'-]+\s+){0,3}[\p{L}'-]+` + postTown)
	addrSuffix  = regexp.MustCompile(`\b[\p{L}-]{2,}(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|pfad|laan|straat|gracht|plein)\s?\d{1,4}\s?[a-z]?\b` + postTown)
	addrPrefix  = regexp.MustCompile(`\b(?:calle|c/|avenida|avda\.|plaza|paseo|viale|piazza|corso)\s+(?:[\p{L}'.-]+\s+){0,3}?[\p{L}'-]+,?\s*(?:n\.?\s?|nº\s?)?\d{1,4}\b` + postTown)
	addressList = []addressRule{
		{addrNumber, []string{"street", "st.", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "court", "terrace", "crescent", "highway"}},
		{addrFrench, []string{"rue", "avenue", "boulevard", "bd", "chemin", "allée", "allee", "impasse", "quai", "place"}},
		{addrSuffix, []string{"straße", "strasse", "str.", "weg", "gasse", "allee", "platz", "ring", "damm", "ufer", "chaussee", "pfad", "laan", "straat", "gracht", "plein"}},
		{addrPrefix, []string{"calle", "c/", "avenida", "avda.", "plaza", "paseo", "viale", "piazza", "corso"}},
	}
)

// addressRule is an address regex and the words one of which it needs:
// the regexes cost about 100 µs a message, the checks a few.
type addressRule struct {
	re   *regexp.Regexp
	need []string
}

// greeting finds the name a message greets: "Hi Anna,", "Hallo Herr
// Müller,", "Bonjour Marie !", "Dear Mr. Smith:". It runs on the original
// text, since a name is told by its capital letter.
var greeting = regexp.MustCompile(`(?m)(?:^|[.!?]\s+)(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|liebe|lieber|sehr geehrte|sehr geehrter|guten tag|moin|servus|bonjour|bonsoir|cher|chère|hola|buenos días|estimado|estimada|querido|querida|ciao|buongiorno|gentile|caro|cara|hej|hoi|beste|dag|olá|witam|merhaba)[ \t]+(?:(?i:herr|frau|mr|mrs|ms|miss|dr|monsieur|madame|mme|mlle|señor|señora|sr|sra|signor|signora|sig|sig\.ra|meneer|mevrouw|pan|pani)\.?[ \t]+)?(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]*[,!:]`)

// notNames are words a greeting names that are not a person.
var notNames = map[string]bool{
	"customer": true, "buyer": true, "sir": true, "madam": true, "team": true, "friend": true,
	"friends": true, "all": true, "there": true, "amazon": true, "valued": true, "kunde": true,
	"kundin": true, "client": true, "cliente": true, "everyone": true, "seller": true,
	"support": true, "shopper": true, "käufer": true, "käuferin": true, "zusammen": true,
}

// FindPII finds the personal data in s: email addresses, phone numbers,
// street addresses, the name a greeting addresses, and every whole-word
// occurrence of those names and of names (a buyer-name column), matched
// as written (case-sensitive: "Will" is masked, "will" is not). Spans are
// in text order and do not overlap; the first kind found wins.
func FindPII(s string, names []string) []PII {
	var out []PII
	add := func(start, end int, mask string) {
		for _, p := range out {
			if p.Start < end && start < p.End {
				return
			}
		}
		out = append(out, PII{Start: start, End: end, Text: s[start:end], Mask: mask})
	}
	if s == "" {
		return nil
	}
	t := NewText("", s) // orig is "\n" + s: offsets shift by one
	orig := func(i int) int {
		if t.index == nil { // plain ASCII: folding kept the offsets
			return i - 1
		}
		return int(t.index[i]) - 1
	}
	span := func(f [2]int) (int, int) { return orig(f[0]), orig(f[1]) }
	for _, f := range findEmails(t) {
		a, b := span(f)
		add(a, b, MaskEmail)
	}
	for _, f := range findPhones(t) {
		a, b := span(f)
		add(a, b, MaskPhone)
	}
	for _, a := range addressList {
		if !strings.ContainsAny(t.folded, "0123456789") || !containsAny(t.folded, a.need) {
			continue
		}
		for _, m := range a.re.FindAllStringIndex(t.folded, -1) {
			a, b := span([2]int{m[0], m[1]})
			add(a, b, MaskAddress)
		}
	}
	names = append([]string(nil), names...)
	for _, m := range greeting.FindAllStringSubmatchIndex(s, -1) {
		name := s[m[2]:m[3]]
		if first, _, _ := strings.Cut(name, " "); notNames[strings.ToLower(first)] {
			continue
		}
		add(m[2], m[3], MaskName)
		names = append(names, name)
	}
	for _, n := range NameParts(names) {
		for i := 0; ; {
			j := strings.Index(s[i:], n)
			if j < 0 {
				break
			}
			a, b := i+j, i+j+len(n)
			if wordEdge(s, a, b) {
				add(a, b, MaskName)
			}
			i = b
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// NameParts returns the names and their words (of two letters or more),
// longest first, so that "Anna Müller" is masked whole before "Anna".
func NameParts(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		for _, p := range append([]string{n}, strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == ',' })...) {
			if utf8.RuneCountInString(p) >= 2 && !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// wordEdge reports whether s[a:b] is a whole word.
func wordEdge(s string, a, b int) bool {
	if a > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:a])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if b < len(s) {
		r, _ := utf8.DecodeRuneInString(s[b:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// Redact returns s with the personal data FindPII finds replaced by its
// masks.
func Redact(s string, names []string) string {
	return Apply(s, FindPII(s, names))
}

// Apply replaces the spans of pii (as FindPII returns them for s) by
// their masks.
func Apply(s string, pii []PII) string {
	if len(pii) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	at := 0
	for _, p := range pii {
		b.WriteString(s[at:p.Start])
		b.WriteString(p.Mask)
		at = p.End
	}
	b.WriteString(s[at:])
	return b.String()
}
