package audit

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// tag: a critical message needs a valid [Important] tag; any other message
// must not carry one.
func (f *findings) tag(subject string, class Class) {
	tc := f.p.CheckTag(subject)
	switch {
	case class == Critical && !tc.Valid:
		f.engine("missing_important_tag", missingTagEvidence(subject, tc))
	case class != Critical && tc.Present:
		f.engine("important_tag_misuse", fmt.Sprintf("subject carries %s on a %s message", tc.Form, class))
	}
}

func missingTagEvidence(subject string, tc policy.TagCheck) string {
	switch {
	case strings.TrimSpace(subject) == "":
		return "empty subject"
	case tc.Instead != "":
		return fmt.Sprintf("found %q instead of [Important] at the start or end", tc.Instead)
	}
	return "no [Important] tag in subject " + fmt.Sprintf("%q", policy.Clip(subject, 60))
}

// nearOrderID is an order-ID-like number that is not in 3-7-7 form, named
// in the evidence of missing_order_id.
var nearOrderID = regexp.MustCompile(`\b\d{3}[ -]?\d{5,9}[ -]?\d{5,9}\b`)

// orderID: a critical message must quote a 3-7-7 order ID; an ID in the
// text that is not the row's (and the row's is not also quoted) is a
// mismatch.
func (f *findings) orderID(r *readers.Record, class Class) {
	text := r.Subject + "\n" + r.Body
	ids := f.p.OrderIDs(text)
	if class == Critical && len(ids) == 0 {
		ev := "no 3-7-7 order ID in subject or body"
		if near := nearOrderID.FindString(text); near != "" {
			ev = fmt.Sprintf("no order ID; %q is not in 3-7-7 form", near)
		}
		f.engine("missing_order_id", ev)
	}
	row := strings.TrimSpace(r.OrderID)
	if len(ids) > 0 && f.p.IsOrderID(row) && !slices.Contains(ids, row) {
		f.engine("order_id_mismatch", fmt.Sprintf("text quotes %s, the row's order is %s", ids[0], row))
	}
}
