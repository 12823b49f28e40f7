package audit

import (
	"slices"
	"strconv"
	"strings"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// The evidence below is built by concatenation, not fmt.Sprintf: these
// checks run on every message. strconv.Quote is what %q does to a string.

// tag: a critical message needs a valid [Important] tag; any other message
// must not carry one.
func (f *findings) tag(subject string, class Class) {
	tc := f.p.CheckTag(subject)
	switch {
	case class == Critical && !tc.Valid:
		f.engine("missing_important_tag", missingTagEvidence(subject, tc))
	case class != Critical && tc.Present:
		f.engine("important_tag_misuse", "subject carries "+tc.Form+" on a "+string(class)+" message")
	}
}

func missingTagEvidence(subject string, tc policy.TagCheck) string {
	switch {
	case strings.TrimSpace(subject) == "":
		return "empty subject"
	case tc.Instead != "":
		return "found " + strconv.Quote(tc.Instead) + " instead of [Important] at the start or end"
	}
	return "no [Important] tag in subject " + strconv.Quote(policy.Clip(subject, 60))
}

// nearOrderID is an order-ID-like number that is not in 3-7-7 form, named
// in the evidence of missing_order_id. findNearOrderID finds its matches
// without the regexp engine (find_nearid.go); the tests hold it to this.
const nearOrderID = `\b\d{3}[ -]?\d{5,9}[ -]?\d{5,9}\b`

// orderID: a critical message must quote a 3-7-7 order ID; an ID in the
// text that is not the row's (and the row's is not also quoted) is a
// mismatch. The text is the subject, a newline and the body; neither
// search builds it.
func (f *findings) orderID(r *readers.Record, class Class) {
	var buf [4]string // room for the IDs of most messages: no allocation
	ids := f.p.AppendMessageOrderIDs(buf[:0], r.Subject, r.Body)
	if class == Critical && len(ids) == 0 {
		ev := "no 3-7-7 order ID in subject or body"
		if near := findNearOrderID(r.Subject, r.Body); near != "" {
			ev = "no order ID; " + strconv.Quote(near) + " is not in 3-7-7 form"
		}
		f.engine("missing_order_id", ev)
	}
	if len(ids) == 0 {
		return
	}
	row := strings.TrimSpace(r.OrderID)
	if f.p.IsOrderID(row) && !slices.Contains(ids, row) {
		f.engine("order_id_mismatch", "text quotes "+ids[0]+", the row's order is "+row)
	}
}
