package audit

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
)

// msg builds an outbound record for the tables below.
func msg(order, reason, subject, body string) readers.Record {
	return readers.Record{Direction: readers.Outbound, OrderID: order, ContactReason: reason, Subject: subject, Body: body}
}

func codes(v Verdict) []string {
	var out []string
	for _, f := range v.Findings {
		out = append(out, f.Code)
	}
	return out
}

const oid = "114-3941689-8772232"

// TestClassifyFindings has one or more cases for every finding code the
// classifier produces (wrong_language is not produced in this slice). Each
// case lists the codes expected; "!code" means the code must be absent.
func TestClassifyFindings(t *testing.T) {
	p := policy.Default()
	opted := func(r readers.Record) readers.Record { r.OptedOut = true; return r }
	sent := func(r readers.Record, at time.Time) readers.Record { r.SentAt = at; return r }
	day := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		rec  readers.Record
		ctx  Context
		want []string
		evid string // substring of the first wanted finding's evidence
	}{
		{"tag missing", msg(oid, "customization", "Engraving text", "Please confirm the engraving text for order "+oid+"?"), Context{}, []string{"missing_important_tag"}, "no [Important] tag"},
		{"tag without brackets", msg(oid, "customization", "IMPORTANT: engraving text", "Please confirm the engraving text for order "+oid+"?"), Context{}, []string{"missing_important_tag"}, `"IMPORTANT:"`},
		{"tag round brackets", msg(oid, "customization", "(Important) engraving text", "Which font for the engraving on order "+oid+"?"), Context{}, []string{"missing_important_tag"}, `"(Important)"`},
		{"tag in the middle", msg(oid, "customization", "Custom [Important] size", "Which size for your custom cut, order "+oid+"?"), Context{}, []string{"missing_important_tag"}, "in the middle"},
		{"tag after Re:", msg(oid, "customization", "Re: [Important] fabric", "We still need the fabric choice for order "+oid+": which colour?"), Context{}, []string{"missing_important_tag"}, "middle"},
		{"tag valid at end", msg(oid, "customization", "Engraving text [important]", "Which font for the engraving on order "+oid+"?"), Context{}, []string{"!missing_important_tag"}, ""},
		{"tag valid with spaces and colon", msg(oid, "customization", "  [IMPORTANT]: engraving ", "Which font for the engraving on order "+oid+"?"), Context{}, []string{"!missing_important_tag"}, ""},
		{"german tag", msg(oid, "customization", "[Wichtig] Gravur", "Which font for the engraving on order "+oid+"?"), Context{}, []string{"!missing_important_tag"}, ""},
		{"tag misuse", msg(oid, "", "[Important] Your invoice", "Your invoice is attached."), Context{}, []string{"important_tag_misuse", "attachment_reference"}, "[Important]"},
		{"order id missing", msg(oid, "customization", "[Important] Engraving", "Which font would you like for the engraving?"), Context{}, []string{"missing_order_id"}, "no 3-7-7 order ID"},
		{"order id malformed", msg(oid, "customization", "[Important] Engraving 114-394168-8772232", "Which font would you like for the engraving?"), Context{}, []string{"missing_order_id", "!order_id_mismatch"}, "is not in 3-7-7 form"},
		{"order id in subject only", msg(oid, "customization", "[Important] Engraving for "+oid, "Which font would you like?"), Context{}, []string{"!missing_order_id"}, ""},
		{"order id mismatch", msg(oid, "", "Re: refund", "I checked order 111-4466032-8762350 and refunded it."), Context{Thread: true}, []string{"order_id_mismatch"}, "111-4466032-8762350"},
		{"order id match", msg(oid, "", "Hello", "About order "+oid+": thanks."), Context{}, []string{"!order_id_mismatch"}, ""},
		{"url", msg(oid, "", "Manual", "The manual is at https://example.com/manual.pdf"), Context{}, []string{"external_link"}, "https://example.com/manual.pdf"},
		{"bare domain", msg(oid, "", "Manual", "See shopname.de for the manual."), Context{}, []string{"external_link"}, "shopname.de"},
		{"spelled domain", msg(oid, "", "Manual", "Manuals are at example dot com slash help."), Context{}, []string{"external_link"}, "example dot com slash help"},
		{"email is not a link", msg(oid, "", "Invoice", "Write to billing@shop.com for another invoice."), Context{}, []string{"contact_info", "!external_link"}, "billing@shop.com"},
		{"obfuscated email", msg(oid, "", "Help", "Write to info (at) shop.de with a photo."), Context{}, []string{"contact_info", "!external_link"}, "info (at) shop.de"},
		{"spelled email", msg(oid, "", "Help", "Email help at shop dot com with a photo."), Context{}, []string{"contact_info", "!external_link"}, "help at shop dot com"},
		{"international phone", msg(oid, "", "Help", "Call us on +44 20 7946 0958 any time."), Context{}, []string{"contact_info"}, "+44 20 7946 0958"},
		{"national phone", msg(oid, "", "Help", "Ring us on 020 7946 0958 any time."), Context{}, []string{"contact_info"}, "020 7946 0958"},
		{"us phone", msg(oid, "", "Help", "Call (512) 555-0147 for help."), Context{}, []string{"contact_info"}, "(512) 555-0147"},
		{"not phones", msg(oid, "", "Refund", "Refund of $1,234.56 for order "+oid+" on 2026-03-01, tracking 1Z 999 AA1 0123 4567 84, VAT DE 298 765 432."), Context{}, []string{"!contact_info"}, ""},
		{"review request", msg(oid, "", "Hi", "If you love your new lamp, please leave us a review!"), Context{}, []string{"review_request"}, "leave us a review"},
		{"incentive", msg(oid, "", "Hi", "Post a 5-star review and we'll send you a $10 gift card."), Context{}, []string{"review_request", "incentive"}, "review"},
		{"marketing", msg(oid, "", "Hi", "Use code SPRING20 for 20% off your next order."), Context{}, []string{"marketing"}, "use code"},
		{"shipment notice", msg(oid, "", "Shipped", "Your order has been shipped with DHL."), Context{}, []string{"shipment_notice"}, "order has been shipped"},
		{"tracking in a reply is no notice", msg(oid, "reply", "Re: where is it", "It shipped Monday, tracking number 1Z999AA10123456784."), Context{Thread: true}, []string{"!shipment_notice"}, ""},
		{"out of stock", msg(oid, "", "Sorry", "The blue kettle is out of stock, so we will cancel the order."), Context{}, []string{"out_of_stock_notice"}, "out of stock"},
		{"opt out language", msg(oid, "", "Tips", "Tips inside. To unsubscribe from these messages reply STOP."), Context{}, []string{"opt_out_language"}, "unsubscribe"},
		{"attachment", msg(oid, "", "Manual", "I have attached the manual as a PDF."), Context{}, []string{"attachment_reference"}, "attached"},
		{"opted out non-critical", opted(msg(oid, "", "Tips", "A few care tips for your skillet.")), Context{}, []string{"opted_out_noncritical"}, "opted out"},
		{"opted out reply exempt", opted(msg(oid, "reply", "Re: size", "Yes, it fits.")), Context{Thread: true}, []string{"!opted_out_noncritical"}, ""},
		{"opted out critical allowed", opted(msg(oid, "customization", "[Important] Font", "Which font for order "+oid+"?")), Context{}, []string{"!opted_out_noncritical"}, ""},
		{"late proactive", sent(msg(oid, "", "Tips", "A few care tips."), day.AddDate(0, 0, 31)), Context{PurchasedAt: day}, []string{"late_proactive"}, "31 days"},
		{"proactive in window", sent(msg(oid, "", "Tips", "A few care tips."), day.AddDate(0, 0, 29)), Context{PurchasedAt: day}, []string{"!late_proactive"}, ""},
		{"late reply is fine", sent(msg(oid, "reply", "Re: tips", "Here you go."), day.AddDate(0, 0, 60)), Context{PurchasedAt: day, Thread: true}, []string{"!late_proactive"}, ""},
		{"reason critical, content not", msg(oid, "Delivery Scheduling", "[Important] Tips", "A few care tips for your new lamp."), Context{}, []string{"reason_mismatch", "important_tag_misuse"}, "is critical"},
		{"reason not critical, content is", msg(oid, "other", "[Important] Font for "+oid, "Which font for your engraving?"), Context{}, []string{"reason_mismatch"}, "not critical"},
		{"critical reasons agree", msg(oid, "fulfillment_problem", "[Important] Flat number for "+oid, "Your address has no flat number. Which flat is it?"), Context{}, []string{"!reason_mismatch"}, ""},
		{"empty reason never mismatches", msg(oid, "", "[Important] Font for "+oid, "Which font for your engraving?"), Context{}, []string{"!reason_mismatch"}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := Classify(p, &tc.rec, tc.ctx)
			got := codes(v)
			for _, w := range tc.want {
				absent := strings.HasPrefix(w, "!")
				if has := slices.Contains(got, strings.TrimPrefix(w, "!")); has == absent {
					t.Errorf("want %s, got %v (%s/%s)", w, got, v.Class, v.Reason)
				}
			}
			if tc.evid == "" || strings.HasPrefix(tc.want[0], "!") {
				return
			}
			for _, f := range v.Findings {
				if f.Code == tc.want[0] {
					if !strings.Contains(strings.ToLower(f.Evidence), strings.ToLower(tc.evid)) {
						t.Errorf("%s evidence %q lacks %q", f.Code, f.Evidence, tc.evid)
					}
					if f.Rule == "" || f.Severity.Rank() == 0 {
						t.Errorf("%s: rule %q severity %q", f.Code, f.Rule, f.Severity)
					}
				}
			}
		})
	}
}

// TestClassifyClasses covers every class and reason, worst-purpose-wins and
// the reply rules, with messages written for this test (not corpus rows).
func TestClassifyClasses(t *testing.T) {
	p := policy.Default()
	cases := []struct {
		name   string
		rec    readers.Record
		ctx    Context
		class  Class
		reason string
	}{
		{"customization", msg(oid, "", "[Important] Monogram for "+oid, "What initials should we embroider on the robe?"), Context{}, Critical, "customization"},
		{"delivery scheduling", msg(oid, "", "[Important] Delivery "+oid, "Your wardrobe needs a two-person delivery. Which day next week suits you?"), Context{}, Critical, "delivery_scheduling"},
		{"address issue", msg(oid, "", "[Important] Address "+oid, "The carrier says your street address is incomplete. Could you reply with the full address?"), Context{}, Critical, "address_issue"},
		{"fulfillment blocker", msg(oid, "", "[Important] "+oid, "Customs needs your tax ID number before we can ship. Could you send it?"), Context{}, Critical, "fulfillment_blocker"},
		{"reply by thread", msg(oid, "", "about the lamp", "Yes, it is dimmable."), Context{Thread: true}, NonCritical, "reply"},
		{"reply by signals", msg(oid, "Reply", "RE: lamp", "Yes, it is dimmable."), Context{}, NonCritical, "reply"},
		{"prefix alone is no reply", msg(oid, "customization", "Re: [Important] font for "+oid, "We still need your font choice: serif or script?"), Context{}, Critical, "customization"},
		{"critical content in a reply is a reply", msg(oid, "", "Re: colour", "No problem, which colour would you like instead?"), Context{Thread: true}, NonCritical, "reply"},
		{"invoice stays invoice in a reply", msg(oid, "invoice", "Re: invoice", "Please find your invoice attached."), Context{Thread: true}, NonCritical, "invoice"},
		{"review in a reply is prohibited", msg(oid, "reply", "Re: lamp", "Glad it works! A quick review would really help us."), Context{Thread: true}, Prohibited, "review_request"},
		{"marketing in a reply is prohibited", msg(oid, "reply", "Re: lamp", "Yes. Also check out our new collection in our store!"), Context{Thread: true}, Prohibited, "marketing"},
		{"proactive service", msg(oid, "", "Care tips", "A few care tips: oil the board monthly."), Context{}, NonCritical, "proactive_service"},
		{"out of stock", msg(oid, "", "Sorry", "The mug you ordered is sold out; we have cancelled the order."), Context{}, NonCritical, "out_of_stock"},
		{"out of stock beats critical", msg(oid, "", "[Important] "+oid, "The red one is out of stock. Would you like blue instead, or should we cancel?"), Context{}, NonCritical, "out_of_stock"},
		{"invoice", msg(oid, "", "Invoice", "Here is the invoice for your order."), Context{}, NonCritical, "invoice"},
		{"warranty", msg(oid, "", "Warranty", "Your drill has a 2-year warranty."), Context{}, NonCritical, "warranty"},
		{"legal disclosure", msg(oid, "", "Notice", "WARNING: contains small parts. Choking hazard."), Context{}, NonCritical, "legal_disclosure"},
		{"other permitted", msg(oid, "", "Refund", "We have refunded the shipping cost."), Context{}, NonCritical, "other_permitted"},
		{"review request", msg(oid, "", "Hi", "How are you enjoying the kettle? Please rate your purchase on Amazon."), Context{}, Prohibited, "review_request"},
		{"marketing", msg(oid, "", "Sale", "Our summer sale starts today: 30% off everything."), Context{}, Prohibited, "marketing"},
		{"shipment notice", msg(oid, "", "Shipped", "Good news: your parcel is on its way!"), Context{}, Prohibited, "shipment_notice"},
		{"review beats marketing", msg(oid, "", "Hi", "Leave a review! And use code SAVE5 for 5% off."), Context{}, Prohibited, "review_request"},
		{"marketing beats critical", msg(oid, "", "[Important] "+oid, "Which font for the engraving? PS: use code SAVE10 for 10% off."), Context{}, Prohibited, "marketing"},
		{"negated review", msg(oid, "", "Tips", "Tips for your paddle. We will never ask you for a review."), Context{}, NonCritical, "proactive_service"},
		{"review of a proof", msg(oid, "", "[Important] Proof "+oid, "Please review the engraving proof and reply to confirm."), Context{}, Critical, "customization"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := Classify(p, &tc.rec, tc.ctx)
			if v.Class != tc.class || v.Reason != tc.reason {
				t.Errorf("got %s/%s (%s %q), want %s/%s", v.Class, v.Reason, v.ReasonRule, v.ReasonEvidence, tc.class, tc.reason)
			}
			if v.Language != "" {
				t.Errorf("Language = %q, want empty (not detected in this slice)", v.Language)
			}
			if v.Reason != p.Default.Reason && v.ReasonRule == "" {
				t.Errorf("reason %s without ReasonRule", v.Reason)
			}
		})
	}
}
