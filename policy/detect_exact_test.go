package policy

import (
	"slices"
	"sync"
	"testing"
)

// detectEdgeCases are hand-made texts where the fast paths' windows and
// tokens end: links at the text's edges, emails next to links, phones next
// to order IDs, unicode around, CRLF, brackets and spelled-out forms.
var detectEdgeCases = []string{
	"", " ", ".", "@", "://", "www.", " dot ", "+", "0",
	"https://shop.de", "https://shop.de.", "see https://x.io/a?b=c, then", "(https://x.io/a)", "http://", "ftp://a", "xhttps://a.com", "_https://a.com",
	"www.shop.de", "www.shop", "www..de", "www.a.b/c.", "awww.shop.de", "é www.shop.de é", "www.shop.de\r\nnext",
	"shop.de", "x.shop.de/path?x", "example.it/help", "example.it", "sentence.It", "a.co_uk", "amazon.com.", "1.5.com", "..com", ".com", "a.com.", "a-.com", "-a.com",
	"mail@shop.de", "mail@shop.de/x", "see mail@shop.de or shop.de", "a@b.com.de", "@host.com", "mail@", "x@y", "é@x.com", "ł@x.com",
	"info (at) shop.de", "info(at)shop(dot)de", "dispatch [at] shop [dot] com", "info {at} shop dot com", "a <at> b.de", "a (at\n) b.de", "a [ at ] b . de", "info [at\tshop.de",
	"parts at voltride dot com", "are at example dot com", "write parts chiocciola shop punto it", "kontakt małpa sklep kropka pl", "x snabel-a y prick se", "a at b dot c dot de", "a at b dot c",
	"lumenandco dot com", "lumenandco dot com slash help / x", "lumenandco dot comx", "x dot dot com", "_x dot com", "é dot com", "a dot com\r\n", "shop punkt de slash a slash b",
	"+1 512-555-0147", "+1 (415) 555-0199", "(415) 555-0199", "1-800-555-0199", "040 1234 5678", "+49 40 1234 5678.", "call 040/1234567",
	"order 114-1234567-1234567", "114-1234567-1234567 555-0199", "tel 114-1234567-1234567 +49 40 1234567", "0114-1234567-12345678",
	"tracking 9400 1118 9922 3344", "VAT 040 1234 5678", "call us (vat 040 1234 5678)", "serial: +1 512-555-0147", "伝票番号：4589-1234-5678",
	"Date: 12-06-2021, price $89.99", "2026-10-01 00:08:04", "+12 3", "+1234567890123456789", "0123456", "01 23 45 67 89 01 23",
	"é+1 512-555-0147é", "\u00a0040 1234 5678\u00a0", "ＴＥＬ ０４０ １２３４ ５６７８", "call:+44 20 7946 0958\r\n", "x+44 20 7946 0958x",
	"Hi,\r\nvisit www.shop.de or mail info@shop.de, call +49 40 1234 5678.\r\nOrder 114-1234567-1234567.",
	"Ä https://ä.de ä", "Ünïcödé shop.de/ü", "😀shop.de😀", "mail\u2028shop.de", "\xff shop.de \xff",
}

// detectPieces build random texts around the detectors' grammars, so that
// near misses and neighbours are common.
var detectPieces = []string{
	"https://", "http://", "ftp://", "www.", "shop", ".de", ".com", ".co", ".it/", ".me/x", ".uk", "x", "a-b", "-", "_", "/", "?", ".", ",", ":", ";", "!",
	" dot ", " point ", " punkt ", " slash ", " / ", "com", "de", "@", "(at)", "[at]", " (at) ", "{at}", "<at>", "at )", " at ", " małpa ", " arroba ", "info", "are", "(dot)", " [dot] ",
	"+49", "+1 ", "(415)", " 555-0199", "555", "0199", "114-1234567-1234567", "0", "1", "12", "1234567", "040 ", " ", " ", "\n", "\r\n", "\t",
	"é", "ł", "😀", "\u00a0", "(", ")", "[", "]", "<", ">", "\"", "'", "tel ", "order ", "tracking ", "call ", "vat ",
}

// detectTextsForExactness are the corpus messages, the edge cases (alone,
// as a subject and between words) and random texts of detectPieces.
func detectTextsForExactness(tb testing.TB) [][2]string {
	msgs := detectCorpus(tb)
	for _, c := range detectEdgeCases {
		msgs = append(msgs, [2]string{"", c}, [2]string{c, ""}, [2]string{"", "Hello " + c + " Bye"})
	}
	for _, s := range randomTexts(7, 40000, 14, detectPieces) {
		msgs = append(msgs, [2]string{"", s})
	}
	return msgs
}

// detectorPair is one detector and its reference.
var detectorPairs = []struct {
	name      string
	fast, ref func(*Text) [][2]int
}{
	{"link", findLinks, refFindLinks},
	{"email", findEmails, refFindEmails},
	{"phone", findPhones, refFindPhones},
}

// checkDetectors compares every detector with its reference on one
// message, with the default policy's pre-filter scan (as Policy.Match
// runs them) and without one (as FindPII does).
func checkDetectors(t *testing.T, subject, body string) {
	t.Helper()
	for _, scanned := range []bool{true, false} {
		for _, d := range detectorPairs {
			tx := NewText(subject, body)
			if scanned {
				tx.literalsSeen(defaultPre())
			}
			got, want := d.fast(tx), d.ref(tx)
			if !slices.Equal(got, want) {
				t.Errorf("%s (scanned %v) on %q + %q: fast %v, reference %v", d.name, scanned, subject, body, got, want)
			}
			tx.Release()
		}
	}
}

var defaultPre = sync.OnceValue(func() *aho { return Default().cand.pre })

// TestDetectorsEqualReference: the detectors find exactly the spans of the
// reference implementation on the corpus, the edge cases and random texts.
func TestDetectorsEqualReference(t *testing.T) {
	found := map[string]int{}
	for _, m := range detectTextsForExactness(t) {
		checkDetectors(t, m[0], m[1])
		tx := NewText(m[0], m[1])
		for _, d := range detectorPairs {
			if len(d.ref(tx)) > 0 {
				found[d.name]++
			}
		}
		tx.Release()
		if t.Failed() {
			return
		}
	}
	// The comparison means something only if the texts hold matches.
	for _, d := range detectorPairs {
		if found[d.name] < 100 {
			t.Errorf("only %d texts with a %s", found[d.name], d.name)
		}
	}
	t.Logf("texts with matches: %v", found)
}

// FuzzDetect: the detectors equal their reference on any text. Seeds:
// testdata/fuzz/FuzzDetect (replayed by plain go test).
func FuzzDetect(f *testing.F) {
	f.Add("", "Visit www.shop.de or mail info@shop.de, call +49 40 1234 5678; order 114-1234567-1234567")
	f.Fuzz(func(t *testing.T, subject, body string) {
		if len(subject)+len(body) > 4096 {
			return // the reference's whole-text regexps are slow; long inputs add nothing
		}
		checkDetectors(t, subject, body)
	})
}

// TestDetectEdgeCasesHoldMatches: the edge cases exercise every detector
// (a list of texts nothing matches in would prove little).
func TestDetectEdgeCasesHoldMatches(t *testing.T) {
	n := map[string]int{}
	for _, c := range detectEdgeCases {
		tx := NewText("", c)
		for _, d := range detectorPairs {
			if len(d.ref(tx)) > 0 {
				n[d.name]++
			}
		}
		tx.Release()
	}
	for _, d := range detectorPairs {
		if n[d.name] < 10 {
			t.Errorf("only %d edge cases with a %s", n[d.name], d.name)
		}
	}
}

// TestDigitBytes: the 8-byte digit test flags exactly the digits, every
// byte value in every lane, next to every kind of neighbour.
func TestDigitBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for _, fill := range []byte{0, '0', '9', 0x7f, 0x80, 0xff, '/', ':'} {
			for lane := 0; lane < 8; lane++ {
				b := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				b[lane] = byte(c)
				m := digitBytes(load64(string(b)))
				for k := 0; k < 8; k++ {
					if got, want := m>>(8*k+7)&1 == 1, isDigit(b[k]); got != want || m&^0x8080808080808080 != 0 {
						t.Fatalf("digitBytes(%q) = %#x: byte %d flagged %v", b, m, k, got)
					}
				}
			}
		}
	}
}

// TestCueBefore: the cue scan answers as the regexps it replaces, on
// random text around the cue words (newlines, multi-byte runes, bytes of
// cut runes, lengths about the 25-character reach).
func TestCueBefore(t *testing.T) {
	pieces := append([]string{" ", "x", "é", "伝", "\n", "\xe4", "\x9c", "1234567890", "-", ":"}, notPhoneWords...)
	pieces = append(pieces, phoneWords...)
	for _, s := range randomTexts(8, 30000, 12, pieces) {
		for _, before := range []string{s, s[max(0, len(s)-30):]} {
			if got, want := cueBefore(before, notPhoneWords), notPhoneCue.MatchString(before); got != want {
				t.Fatalf("not-phone cue in %q: %v, regexp %v", before, got, want)
			}
			if got, want := cueBefore(before, phoneWords), phoneCue.MatchString(before); got != want {
				t.Fatalf("phone cue in %q: %v, regexp %v", before, got, want)
			}
		}
	}
}

// TestNational7Gate: where mayNational7 says no, phoneNational has no
// match with 7 digits or more.
func TestNational7Gate(t *testing.T) {
	pieces := []string{"0", "00", "01", "012", "0123", "01234", "1", "12", "123", "4567", "12345678", " ", "-", "/", ".", "(", ")", "+", "a", "_", "é"}
	texts := append(gateTexts(), randomTexts(9, 40000, 10, pieces)...)
	n := 0
	for _, s := range texts {
		if mayNational7(s) {
			n++
			continue
		}
		for _, m := range phoneNational.FindAllStringIndex(s, -1) {
			if digits(s[m[0]:m[1]]) >= 7 {
				t.Fatalf("gate says no for %q, phoneNational matches %q", s, s[m[0]:m[1]])
			}
		}
	}
	if n < 1000 {
		t.Errorf("the gate let only %d texts through", n)
	}
}

// TestDetectorsConcurrently: texts on several goroutines share the window
// cache (detect_window.go); each still gets its own text's spans (run it
// with -race too).
func TestDetectorsConcurrently(t *testing.T) {
	msgs := detectCorpus(t)
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range msgs {
				m := msgs[(i*7+g*997)%len(msgs)] // each goroutine in its own order
				tx := NewText(m[0], m[1])
				tx.literalsSeen(defaultPre())
				for _, d := range detectorPairs {
					if got, want := d.fast(tx), d.ref(tx); !slices.Equal(got, want) {
						errs <- d.name + " on " + m[1]
						tx.Release()
						return
					}
				}
				tx.Release()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
