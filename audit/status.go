package audit

import "strings"

// Delivery statuses vary by exporter. A status is read by looking for
// these phrases in its folded form (lower case, '_' and '-' as spaces).
// Blocked phrases are tried first: "not delivered" contains "delivered".
var blockedStatuses = []string{
	"blocked", "not sent", "not delivered", "undelivered", "rejected",
	"failed", "failure", "opted out", "suppressed", "bounced", "declined",
}

// deliveredStatuses mean the message reached the buyer (or at least left
// the seller without being stopped).
var deliveredStatuses = []string{
	"delivered", "sent", "read", "opened", "success", "successful", "ok",
	"done", "completed", "answered", "replied", "received",
}

// noResponseMarks say that an inbound message needs no answer; Amazon
// excludes those from the Contact Response Time.
var noResponseMarks = []string{
	"no response needed", "no reply needed", "no response required",
	"no answer needed", "no action needed", "no response necessary",
}

// statusKind is what a status value says about delivery.
type statusKind uint8

const (
	statusDelivered statusKind = iota // also: no status at all
	statusBlocked
	statusUnknown // a value bsmaudit does not understand: reported, counted as delivered
)

// readStatus interprets an exporter's status value.
func readStatus(status string) statusKind {
	s := foldStatus(status)
	if s == "" {
		return statusDelivered
	}
	for _, p := range blockedStatuses {
		if strings.Contains(s, p) {
			return statusBlocked
		}
	}
	for _, p := range deliveredStatuses {
		if hasWord(s, p) {
			return statusDelivered
		}
	}
	if needsNoResponse(s, "") {
		return statusDelivered
	}
	return statusUnknown
}

// isBlocked reports whether a status says the message was not delivered.
func isBlocked(status string) bool { return readStatus(status) == statusBlocked }

// needsNoResponse reports whether an inbound message was marked "no
// response needed" in its status or contact reason.
func needsNoResponse(status, reason string) bool {
	for _, v := range [...]string{status, reason} {
		s := foldStatus(v)
		if s == "" {
			continue
		}
		if s == "nrn" {
			return true
		}
		for _, p := range noResponseMarks {
			if strings.Contains(s, p) {
				return true
			}
		}
	}
	return false
}

// foldStatus lower-cases a status, turns '_' and '-' into spaces and
// squeezes runs of spaces, so "NOT_SENT", "not-sent" and "Not  sent" compare
// equal.
func foldStatus(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.Map(func(r rune) rune {
		if r == '_' || r == '-' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// hasWord reports whether w occurs in s as whole words.
func hasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		if (start == 0 || !isLetter(s[start-1])) && (end == len(s) || !isLetter(s[end])) {
			return true
		}
		i = start + 1
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }
