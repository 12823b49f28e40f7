package audit

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestConfirmLanguageAgreesWithTrigrams: the function-word stage never
// confirms a wrong language. On the labelled rows (the held-out sets and
// the development corpus) the truth is the label: a row's text is in its
// language unless it carries wrong_language, so confirming another
// language, or the row's own when it carries wrong_language, is an error.
// Every text is tried against every language. On the unlabelled rows (the
// equivalence set and the generated log) the stage is compared with the
// trigram detector, and the share it decides (the work it spares) logged.
func TestConfirmLanguageAgreesWithTrigrams(t *testing.T) {
	var labelledRows []labelled
	names, _ := filepath.Glob(filepath.Join("testdata", "heldout*.csv"))
	for _, name := range names {
		labelledRows = append(labelledRows, readHeldout(t, filepath.Base(name))...)
	}
	if _, err := os.Stat(devCorpus); err == nil {
		dev, err := readDevCorpus(devCorpus)
		if err != nil {
			t.Fatal(err)
		}
		labelledRows = append(labelledRows, dev...)
	}
	latin := func(text string) bool {
		sc := scanScripts(text)
		return !sc.other && sc.latin > 0 && sc.letters >= minLetters
	}
	checked := 0
	for _, l := range labelledRows {
		text := langText(l.rec.Subject + "\n" + l.rec.Body)
		if !latin(text) {
			continue
		}
		checked++
		own := NormalizeLanguage(l.lang)
		wrong := slices.Contains(l.findings, "wrong_language")
		for _, lang := range stopwordLangs {
			if confirmLanguage(text, lang) && (lang == own) == wrong {
				t.Errorf("%s: confirmLanguage(%s), labelled %s (wrong_language %v): %q", l.id, lang, l.lang, wrong, text)
			}
		}
	}
	if checked < 300 {
		t.Errorf("only %d labelled Latin-script texts", checked)
	}

	unlabelled := append(readEquivCases(t), readGenLog(t, genLogPath)...)
	var texts, agree, undecided, disagree int
	for _, l := range unlabelled {
		text := langText(l.rec.Subject + "\n" + l.rec.Body)
		if !latin(text) {
			continue
		}
		texts++
		got := detectLatin(text)
		for _, lang := range stopwordLangs {
			if !confirmLanguage(text, lang) {
				continue
			}
			switch got {
			case lang:
				agree++
			case "":
				undecided++
			default:
				disagree++
			}
		}
	}
	if agree < texts/2 {
		t.Errorf("confirmLanguage decided only %d of %d texts", agree, texts)
	}
	t.Logf("labelled: %d Latin-script texts, no wrong confirmation; unlabelled: %d texts, %d confirmed as the trigrams say, %d where they are undecided, %d against them",
		checked, texts, agree, undecided, disagree)
}

func TestConfirmLanguage(t *testing.T) {
	tests := []struct {
		text, want string
		ok         bool
	}{
		{"Hello John, thank you for your order. We will ship it on Monday and send you the tracking number.", "en", true},
		{"Hello John, thank you for your order. We will ship it on Monday and send you the tracking number.", "de", false},
		{"Hallo Anna, vielen Dank für Ihre Bestellung. Wir werden sie am Montag versenden und Ihnen die Nummer senden.", "de", true},
		{"Hallo Anna, vielen Dank für Ihre Bestellung. Wir werden sie am Montag versenden.", "en", false},
		// Half German, half English: neither dominates, the trigrams decide.
		{"Hallo Anna, vielen Dank für Ihre Bestellung. Thank you for your order, we will ship it with the carrier.", "de", false},
		{"Thanks!", "en", false},                          // too few words
		{"Hello, thank you for your order.", "ja", false}, // not a Latin-script language
	}
	for _, tt := range tests {
		if got := confirmLanguage(tt.text, tt.want); got != tt.ok {
			t.Errorf("confirmLanguage(%q, %s) = %v, want %v", tt.text, tt.want, got, tt.ok)
		}
	}
}

// BenchmarkDetectLanguage is language detection alone on the generated
// log's outbound messages, with the buyer's language (both stages).
func BenchmarkDetectLanguage(b *testing.B) {
	rows := readGenLog(b, genLogPath)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := &rows[i%len(rows)].rec
		detectFor(r.Subject, r.Body, NormalizeLanguage(r.BuyerLanguage))
	}
}

// TestLowerPacked: lowering 8 packed ASCII bytes at once is lowering each.
func TestLowerPacked(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 200000; i++ {
		var key, want uint64
		for k := range 8 {
			c := byte(r.Intn(0x80))
			if i < 0x80*8 { // every byte at every place
				c = byte(i % 0x80)
			}
			key |= uint64(c) << (8 * k)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			want |= uint64(c) << (8 * k)
		}
		if got := lowerPacked(key); got != want {
			t.Fatalf("lowerPacked(%#x) = %#x, want %#x", key, got, want)
		}
	}
}
