package audit

import (
	"testing"

	"github.com/bsmaudit/bsmaudit/policy"
)

// TestClassifyPhrasing checks the English lexicons on phrasings written for
// this test, not taken from the corpus: the policy is judged on real
// messages, so rules must generalise beyond the corpus wording.
func TestClassifyPhrasing(t *testing.T) {
	p := policy.Default()
	const id = "112-4417826-5531904"
	cases := []struct {
		subject, body string
		class         Class
		reason        string
	}{
		{"", "Thanks again for choosing us! If you have a spare moment, we'd be grateful for your honest review of the garlic press.", Prohibited, "review_request"},
		{"", "Your feedback helps small businesses like ours grow. Click Leave Seller Feedback in Your Orders.", Prohibited, "review_request"},
		{"", "Did the sheets arrive okay? We'd love to know what you think - reviews help other customers decide!", Prohibited, "review_request"},
		{"", "Could you spare 60 seconds to tell other shoppers about your experience?", Prohibited, "review_request"},
		{"", "Happy with your purchase? Let the world know with a quick star rating!", Prohibited, "review_request"},
		{"", "We noticed you haven't reviewed your recent purchase yet.", Prohibited, "review_request"},
		{"", "Please consider sharing a review of your headphones.", Prohibited, "review_request"},
		{"", "We would appreciate it if you could take a minute to rate the product.", Prohibited, "review_request"},
		{"", "How would you rate your experience with our store?", Prohibited, "review_request"},
		{"", "Mind leaving a quick product review?", Prohibited, "review_request"},
		{"", "Send us a screenshot of your review and we'll refund the full purchase price.", Prohibited, "review_request"},
		{"", "Don't miss out - our holiday bundle is 40% cheaper this week only!", Prohibited, "marketing"},
		{"", "We just launched a matching pillow set. Grab yours in our storefront.", Prohibited, "marketing"},
		{"", "As a thank you, enjoy free shipping on your next purchase with code FREESHIP.", Prohibited, "marketing"},
		{"", "Stay in the loop: sign up for our newsletter for exclusive deals.", Prohibited, "marketing"},
		{"", "Buy 2 get 1 free on all candles until Sunday!", Prohibited, "marketing"},
		{"", "Your order has been dispatched and should be with you in 2-3 working days.", Prohibited, "shipment_notice"},
		{"", "We've shipped your items! Here's your tracking: 1Z12345E0205271688", Prohibited, "shipment_notice"},
		{"", "Thank you for your order! We're preparing it for shipment now.", Prohibited, "shipment_notice"},
		{"", "Your package is expected to arrive on Thursday.", Prohibited, "shipment_notice"},
		{"", "This is to confirm we have received your order and it is being processed.", Prohibited, "shipment_notice"},
		{"[Important] Pet tag " + id, "You entered Maxx for the name on your custom pet tag. Is the double x intentional? Please reply before we engrave.", Critical, "customization"},
		{"[Important] Photo needed " + id, "We need the photo you'd like printed on your custom puzzle. Please reply with a high-resolution image.", Critical, "customization"},
		{"[Important] Delivery " + id, "Our courier needs to arrange a delivery time for your sofa. Are you free Monday or Wednesday afternoon?", Critical, "delivery_scheduling"},
		{"[Important] Delivery " + id, "Please let us know a convenient date for the delivery of your bed; the carrier requires someone to be home to sign.", Critical, "delivery_scheduling"},
		{"[Important] Address " + id, "The address you provided seems to be missing a street number. Please reply with the complete address.", Critical, "address_issue"},
		{"[Important] Address " + id, "The courier returned your parcel as address unknown. Could you confirm your address?", Critical, "address_issue"},
		{"[Important] " + id, "The item you ordered requires age verification before we can dispatch. Please reply to confirm you are over 18.", Critical, "fulfillment_blocker"},
		{"", "Quick reminder: charge the battery fully before first use to extend its life.", NonCritical, "proactive_service"},
		{"", "Unfortunately we've run out of the large size and can't restock in time.", NonCritical, "out_of_stock"},
		{"", "Attached is the invoice for your order " + id + ".", NonCritical, "invoice"},
		{"", "Register your product to activate your 2-year warranty.", NonCritical, "warranty"},
		{"", "We've processed your return and issued a full refund.", NonCritical, "other_permitted"},
		{"", "Your order is delayed by 2 days due to a supplier issue. We apologise for the inconvenience.", NonCritical, "other_permitted"},
		{"", "We're reviewing your return request and will update you within 24 hours.", NonCritical, "other_permitted"},
		{"", "Our team will review your warranty claim and get back to you.", NonCritical, "warranty"},
	}
	for _, tc := range cases {
		rec := msg(id, "", tc.subject, tc.body)
		v := Classify(p, &rec, Context{})
		if v.Class != tc.class || v.Reason != tc.reason {
			t.Errorf("%q: got %s/%s (%s %q), want %s/%s", tc.body, v.Class, v.Reason, v.ReasonRule, v.ReasonEvidence, tc.class, tc.reason)
		}
	}
}
