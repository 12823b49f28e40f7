package audit

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// TestTrigramDetectorIsWhatlanggo: the reimplementation gives whatlanggo's
// answer on every Latin-script text of the equivalence set (messages,
// their single lines, and their language-detection input), on the
// generated log, and on random mixtures of words, digits, symbols, accents
// and invalid UTF-8.
func TestTrigramDetectorIsWhatlanggo(t *testing.T) {
	var texts []string
	for _, c := range readEquivCases(t) {
		s := c.rec.Subject + "\n" + c.rec.Body
		texts = append(texts, s, langText(s))
		texts = append(texts, strings.Split(c.rec.Body, "\n")...)
	}
	for _, l := range readGenLog(t, genLogPath) {
		texts = append(texts, langText(l.rec.Body))
	}
	words := strings.Fields("日本 ありがとう 谢谢 مرحبا привет ’ – … ́ the und le la de que è ü ß ø ł ş ç ã 12 €5 !! ? , ... — a b I Ä \xff the the ciao hej tack dziękuję teşekkür obrigado")
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		for n := r.Intn(40); n >= 0; n-- {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteString([]string{" ", "", "  ", "\n"}[r.Intn(4)])
		}
		texts = append(texts, b.String())
	}
	latin := 0
	for _, s := range texts {
		script := whatlanggo.DetectScript(s)
		// DetectLanguage skips DetectScript for text of Latin letters only.
		if sc := scanScripts(s); !sc.other && sc.latin > 0 && script != unicode.Latin {
			t.Errorf("scanScripts finds Latin letters only, whatlanggo.DetectScript %v: %q", script, s)
		}
		if script != unicode.Latin {
			continue
		}
		latin++
		if got, want := detectLatin(s), detectTrigrams(s); got != want {
			t.Errorf("detectLatin = %q, whatlanggo %q: %q", got, want, s)
		}
	}
	if latin < 10000 {
		t.Errorf("only %d Latin-script texts compared", latin)
	}
	t.Logf("%d Latin-script texts compared", latin)
}
