package audit

import (
	"fmt"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// language: a text confidently detected in a language other than the
// buyer's language of preference is wrong_language, an error on a critical
// message and a warning otherwise (POLICY.md). It returns the detected
// language for Verdict.Language. Detection runs only when the buyer's
// language is known: no finding depends on it otherwise.
func (f *findings) language(r *readers.Record, class Class) string {
	want := NormalizeLanguage(r.BuyerLanguage)
	if want == "" {
		return ""
	}
	got := detectFor(r.Subject, r.Body, want)
	if got == "" || got == want {
		return got
	}
	d, ok := f.p.Finding("wrong_language")
	if !ok {
		return got
	}
	sev := d.Severity
	if class != Critical && sev == policy.Error {
		sev = policy.Warning
	}
	f.add("wrong_language", sev, d.Rule, fmt.Sprintf("text is in %s, the buyer's language is %s", languageName(got), r.BuyerLanguage))
	return got
}

// languageName names a detected language for evidence: "German (de)".
func languageName(code string) string {
	for name, c := range languageNames {
		if c == code {
			return fmt.Sprintf("%s%s (%s)", string(name[0]-32), name[1:], code)
		}
	}
	return code
}
