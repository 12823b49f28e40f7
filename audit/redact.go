package audit

import (
	"strings"
	"unicode/utf8"

	"github.com/bsmaudit/bsmaudit/policy"
)

// redact masks the personal data of a message for --redact (CLI.md), after
// it was classified, so that the rules saw the real text: email
// addresses, phone numbers, street addresses and names (the log's buyer
// name, and the name a greeting addresses) in the subject and body become
// [email], [phone], [address] and [name], and so do the same strings in
// the evidence of the verdict and its findings, which quote the text. The
// evidence stays readable: "external_contact: [email]".
func redact(m *Message) {
	r := &m.Record
	// The buyer ID is the name when the log has only a name column; an
	// opaque ID masked in the text does no harm.
	names := []string{r.BuyerName, r.BuyerID}
	subject := policy.FindPII(r.Subject, names)
	body := policy.FindPII(r.Body, names)
	// A name greeted in the body is masked in the subject too, and back.
	var more []string
	for _, p := range append(subject, body...) {
		if p.Mask == policy.MaskName {
			more = append(more, p.Text)
		}
	}
	if len(more) > 0 {
		names = append(names, more...)
		subject = policy.FindPII(r.Subject, names)
		body = policy.FindPII(r.Body, names)
	}
	secrets := append(subject, body...)
	r.Subject = policy.Apply(r.Subject, subject)
	r.Body = policy.Apply(r.Body, body)
	if id := policy.Redact(r.BuyerID, nil); id != r.BuyerID {
		r.BuyerID = id // an email address or a phone number
	} else if r.BuyerID != "" {
		r.BuyerID = policy.MaskName
	}
	if r.BuyerName != "" {
		r.BuyerName = policy.MaskName
	}
	v := &m.Verdict
	v.ReasonEvidence = redactEvidence(v.ReasonEvidence, secrets, names)
	for i := range v.Findings {
		f := &v.Findings[i]
		f.Evidence = redactEvidence(f.Evidence, secrets, names)
	}
	m.BlockedEvidence = redactEvidence(m.BlockedEvidence, secrets, names)
	m.PredictedEvidence = redactEvidence(m.PredictedEvidence, secrets, names)
}

// redactEvidence masks the personal data of a piece of evidence: what
// FindPII finds in it, and every secret found in the message, as Clip
// writes it (on one line), even cut short by Clip's "…" at the end.
func redactEvidence(ev string, secrets []policy.PII, names []string) string {
	if ev == "" {
		return ev
	}
	for _, s := range secrets {
		text := strings.Join(strings.Fields(s.Text), " ")
		if text != "" {
			ev = strings.ReplaceAll(ev, text, s.Mask)
		}
	}
	if cut, ok := strings.CutSuffix(ev, "…"); ok {
		ev = maskCutTail(cut, secrets) + "…"
	}
	return policy.Redact(ev, names)
}

// maskCutTail masks the end of ev when it is the start of a secret that
// Clip cut off.
func maskCutTail(ev string, secrets []policy.PII) string {
	for _, s := range secrets {
		text := strings.Join(strings.Fields(s.Text), " ")
		for n := len(text) - 1; n >= 3; n-- { // a cut of 1 or 2 letters tells nothing
			if !utf8.RuneStart(text[n]) {
				continue
			}
			if strings.HasSuffix(ev, text[:n]) {
				return strings.TrimSuffix(ev, text[:n]) + s.Mask
			}
		}
	}
	return ev
}
