package audit

import (
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// A straightforward reference of detectFor, written from what it means
// rather than how it is made fast: strings.FieldsFunc for the words,
// unicode tables for every rune, Go maps and strings for the function
// words, and whatlanggo itself for the trigrams. The fast scanner
// (lang_scan.go), the function-word table (lang_stopwords.go) and the
// trigram detector (lang_trigram.go) must give the same answer, and the
// same intermediate state, on every text (TestDetectForIsReference).

// refScan is langScan by the book: the kept words, each followed by a
// space, the script counts of their letters, and the function-word counts.
type refScan struct {
	text  string
	sc    scripts
	words int
	count [16]int
}

// refStopwords maps each function word listed for one language only to its
// stopwordLangs index plus one.
var refStopwords = func() map[string]int {
	owners := map[string][]int{}
	for i, lang := range stopwordLangs {
		for _, w := range strings.Fields(stopwords[lang]) {
			owners[w] = append(owners[w], i+1)
		}
	}
	m := map[string]int{}
	for w, langs := range owners {
		if len(langs) == 1 {
			m[w] = langs[0]
		}
	}
	return m
}()

func refScanText(subject, body string) refScan {
	var r refScan
	var b strings.Builder
	for _, s := range []string{subject, body} {
		for _, w := range strings.FieldsFunc(s, unicode.IsSpace) {
			if b.Len() >= maxLangBytes {
				break
			}
			dots := strings.Count(w, ".")
			if strings.ContainsAny(w, "@/[]0123456789") || dots > 1 ||
				dots == 1 && strings.Contains(strings.Trim(w, ".,;:!?"), ".") {
				continue
			}
			b.WriteString(w)
			b.WriteByte(' ')
			for _, c := range w {
				r.sc.addRune(c) // the plain count, by the unicode tables
			}
			r.words++
			key := strings.ToLower(strings.TrimFunc(w, func(c rune) bool { return !unicode.IsLetter(c) }))
			r.count[refStopwords[key]]++
		}
	}
	r.text = b.String()
	return r
}

// refConfirms is wordCount.confirms by the book.
func (r *refScan) refConfirms(want string) bool {
	idx := refStopwordIndex(want)
	if idx == 0 {
		return false
	}
	own := r.count[idx]
	if own < confirmMin || own*confirmShare < r.words {
		return false
	}
	for i := 1; i < len(r.count); i++ {
		if i != idx && own < r.count[i]*confirmRatio {
			return false
		}
	}
	return true
}

func refStopwordIndex(want string) int {
	for i, lang := range stopwordLangs {
		if lang == want {
			return i + 1
		}
	}
	return 0
}

// refDetectFor is detectFor by the book, for each of wants.
func refDetectFor(subject, body string, wants []string) []string {
	r := refScanText(subject, body)
	answer := func(want string) string {
		if r.sc.letters < minLetters {
			return ""
		}
		if r.sc.kana > 0 && r.sc.kana*4 >= r.sc.han {
			return "ja"
		}
		switch whatlanggo.DetectScript(r.text) {
		case unicode.Latin:
			if r.refConfirms(want) {
				return want
			}
		case unicode.Arabic:
			return "ar"
		}
		info := whatlanggo.DetectWithOptions(r.text, whatlanggo.Options{Whitelist: detectLangs})
		if !info.IsReliable() || info.Lang < 0 {
			return ""
		}
		return info.Lang.Iso6391()
	}
	out := make([]string, len(wants))
	other := "" // the answer for every want that refConfirms does not confirm
	for i, want := range wants {
		if r.refConfirms(want) {
			out[i] = answer(want)
			continue
		}
		if other == "" {
			other = answer(want) + "."
		}
		out[i] = other[:len(other)-1]
	}
	return out
}

// langSamples are texts for the exactness tests: every message of the
// equivalence set (with its variants: upper case, full-width letters,
// exotic spaces, invalid UTF-8), the held-out sets and the generated log,
// plus random mixtures of words of every script, function words, digits,
// links, tags, punctuation, exotic spaces and broken UTF-8.
func langSamples(t *testing.T, random int) [][2]string {
	var out [][2]string
	rows := readEquivCases(t)
	rows = append(rows, readGenLog(t, genLogPath)...)
	names, _ := filepath.Glob(filepath.Join("testdata", "heldout*.csv"))
	for _, name := range names {
		rows = append(rows, readHeldout(t, filepath.Base(name))...)
	}
	for _, l := range rows {
		out = append(out, [2]string{l.rec.Subject, l.rec.Body})
	}
	r := rand.New(rand.NewSource(11))
	pieces := strings.Fields("the and you order thank THANKS Thank-you der und für Bestellung FREUNDLICHEN " +
		"freundlichen bestellung vous très merci l'adresse commande cordialement gracias pedido él más " +
		"grazie ordine och tack beställning hälsningar dziękujemy zamówienie się teşekkür siparişiniz " +
		"saygılarımızla obrigado você não atenciosamente het een bedankt vriendelijke İstanbul ǅemal " +
		"ありがとう ご注文 注文番号 谢谢 订单 مرحبا الطلب привет ελληνικά עברית ไทย 한국어 " +
		"www.shop.de info@x.com https://a.b/c [Important] 114-1234567-1234567 €5 12 3.50 ... end. " +
		"e.g. U.S. ok, yes! why? ¿qué? «oui» “quoted” (paren) don't it's ’ – … ́ \xff \xe2\x80 \xc3 a I x")
	spaces := []string{" ", " ", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\u2028", "\u0085", "", "\r\n"}
	for i := 0; i < random; i++ {
		var b [2]strings.Builder
		for j := range b {
			for n := r.Intn(120); n > 0; n-- {
				p := pieces[r.Intn(len(pieces))]
				if r.Intn(8) == 0 { // cut a piece anywhere, even inside a rune
					p = p[:r.Intn(len(p)+1)]
				}
				b[j].WriteString(p)
				b[j].WriteString(spaces[r.Intn(len(spaces))])
			}
		}
		out = append(out, [2]string{b[0].String(), b[1].String()})
	}
	// Long messages: the 600-byte cut falls anywhere, also inside long
	// words and runs without spaces.
	for i := 0; i+3 < len(rows); i += 3 {
		body := rows[i].rec.Body + " " + rows[i+1].rec.Body + rows[i+2].rec.Body
		out = append(out, [2]string{"", body}, [2]string{"", strings.ReplaceAll(body, " ", "")})
	}
	return out
}

// TestDetectForIsReference: detectFor answers as refDetectFor for every
// buyer language (and none) on every sample, and its scan keeps the same
// text, script counts and function-word counts.
func TestDetectForIsReference(t *testing.T) {
	wants := append([]string{"", "ja", "zh", "ar", "xx"}, stopwordLangs...)
	samples := langSamples(t, 8000)
	for _, s := range samples {
		ref := refScanText(s[0], s[1])
		l := langScans.Get().(*langScan)
		l.reset(true)
		l.add(s[0])
		l.add(s[1])
		if l.text() != ref.text || l.sc != ref.sc || l.words.words != ref.words || [15]int(l.words.count[1:]) != [15]int(ref.count[1:]) {
			t.Errorf("scan of %q %q:\n got %q %+v %v\nwant %q %+v %v", s[0], s[1],
				l.text(), l.sc, l.words.count, ref.text, ref.sc, ref.count)
		}
		langScans.Put(l)
		for i, exp := range refDetectFor(s[0], s[1], wants) {
			if got := detectFor(s[0], s[1], wants[i]); got != exp {
				t.Errorf("detectFor(%q, %q, %q) = %q, reference %q", s[0], s[1], wants[i], got, exp)
			}
		}
	}
	if len(samples) < 15000 {
		t.Errorf("only %d samples", len(samples))
	}
	t.Logf("%d samples", len(samples))
}

// FuzzDetectFor: detectFor answers as refDetectFor on any text, for every
// buyer language. FuzzClassify does not reach language detection (its
// records have no buyer language).
//
//	go test ./audit -run '^$' -fuzz '^FuzzDetectFor$' -fuzztime 3m
func FuzzDetectFor(f *testing.F) {
	f.Add("[Important] Lieferung", "Vielen Dank für Ihre Bestellung. Wir werden sie am Montag versenden.")
	f.Add("", "ご注文番号の家具は配送業者による日時指定が必要です。")
	f.Add("Re: order", "Hello, thank you for your order!\u00a0We ship it at shop.de… \xff")
	f.Add("ありがとうございます", "注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注注")
	wants := append([]string{"", "ja", "zh"}, stopwordLangs...)
	f.Fuzz(func(t *testing.T, subject, body string) {
		for i, want := range refDetectFor(subject, body, wants) {
			if got := detectFor(subject, body, wants[i]); got != want {
				t.Fatalf("detectFor(%q, %q, %q) = %q, reference %q", subject, body, wants[i], got, want)
			}
		}
		ref := refScanText(subject, body)
		var l langScan
		l.reset(true)
		l.add(subject)
		l.add(body)
		if l.text() != ref.text || l.sc != ref.sc || l.words.words != ref.words || [15]int(l.words.count[1:]) != [15]int(ref.count[1:]) {
			t.Fatalf("scan of %q %q differs from the reference", subject, body)
		}
	})
}
