package audit

import "strings"

// Delivery statuses vary by exporter. These phrases, matched on the
// lower-cased status, say that a message was not delivered.
var blockedStatuses = []string{
	"blocked", "not sent", "not delivered", "undelivered", "rejected",
	"failed", "opted out", "suppressed", "was not sent",
}

// noResponseMarks say that an inbound message needs no answer; Amazon
// excludes those from the Contact Response Time.
var noResponseMarks = []string{
	"no response needed", "no reply needed", "no response required",
	"no answer needed", "nrn",
}

// isBlocked interprets an exporter's status value.
func isBlocked(status string) bool {
	s := foldStatus(status)
	if s == "" {
		return false
	}
	for _, p := range blockedStatuses {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// needsNoResponse reports whether an inbound message was marked "no
// response needed" in its status or contact reason.
func needsNoResponse(status, reason string) bool {
	for _, v := range [...]string{status, reason} {
		s := foldStatus(v)
		if s == "" {
			continue
		}
		for _, p := range noResponseMarks {
			if s == p || strings.Contains(s, p) && len(p) > 3 {
				return true
			}
		}
	}
	return false
}

// foldStatus lower-cases a status and turns '_' and '-' into spaces, so
// "NOT_SENT", "not-sent" and "Not sent" compare equal.
func foldStatus(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' {
			return ' '
		}
		return r
	}, s)
}
