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
		// A second set, written after the first round of fixes.
		{"A small favour", "Hi Sam, hope the blender is treating you well! It would mean the world to us if you could spare a minute to review it on Amazon.", Prohibited, "review_request"},
		{"Thank you!", "Thanks for your order. Once it arrives, we'd love your thoughts - feedback from customers like you helps us grow.", Prohibited, "review_request"},
		{"Quick question", "On a scale of 1 to 5, how satisfied are you with your purchase?", Prohibited, "review_request"},
		{"Your experience", "We hope everything is perfect. If not, please reach out to us first before posting anything publicly.", Prohibited, "review_request"},
		{"Loving it?", "Enjoying your new yoga mat? Head over to Amazon and let other yogis know what you think!", Prohibited, "review_request"},
		{"Request", "Please click the Request a Review button for your order - it only takes a second to share your rating.", Prohibited, "review_request"},
		{"Gift for you", "As a thank-you for your 5 star review we will send you a free ebook.", Prohibited, "review_request"},
		{"Exclusive", "Good news! Members of our VIP club get early access to our spring range. Sign up today.", Prohibited, "marketing"},
		{"Treat yourself", "Complete your kitchen with our matching knife block, now on sale for just $19.99.", Prohibited, "marketing"},
		{"", "Love the candle? Our new lavender scent just arrived in our shop - grab one before they're gone!", Prohibited, "marketing"},
		{"Follow along", "Tag us in your photos on social media using #CozyHome for a chance to be featured!", Prohibited, "marketing"},
		{"Dispatch confirmation", "Good news - your order was handed to Royal Mail this afternoon.", Prohibited, "shipment_notice"},
		{"Order update", "Your order is now in transit and will be with you by Friday.", Prohibited, "shipment_notice"},
		{"Delivered!", "According to the carrier, your parcel has arrived. Enjoy!", Prohibited, "shipment_notice"},
		{"Thanks for ordering", "Thanks for your purchase! Your order is confirmed and we're getting it ready.", Prohibited, "shipment_notice"},
		{"[Important] Engraving " + id, "Hello, your order includes free engraving but no text was entered. What would you like engraved (max 20 characters)?", Critical, "customization"},
		{"[Important] Size check " + id, "Before we cut your custom curtains, please confirm the drop length: 200 cm or 220 cm?", Critical, "customization"},
		{"[Important] Delivery " + id, "The freight company will call to book your delivery. Could you tell us which weekdays you are usually at home?", Critical, "delivery_scheduling"},
		{"[Important] " + id, "Your hot tub needs a crane drop. Please reply with a date in the next two weeks that suits you.", Critical, "delivery_scheduling"},
		{"[Important] Address " + id, "Our courier cannot find house number 14 on Elm Street. Can you double-check the address and reply with any extra directions?", Critical, "address_issue"},
		{"[Important] Address " + id, "The address on your order is a business address that closes at 5pm. Is there a residential address we can use instead?", Critical, "address_issue"},
		{"[Important] " + id, "Your order contains a hazardous material that cannot be shipped to a PO Box. Can you give us a street address?", Critical, "address_issue"},
		{"[Important] " + id, "This chemical requires a signed end-use declaration before we can release it. Please reply with the completed form.", Critical, "fulfillment_blocker"},
		{"[Important] " + id, "The prescription lenses you ordered need your pupillary distance measurement. Could you send it so we can make the glasses?", Critical, "customization"},
		{"Setup guide", "To pair your headphones, hold the power button for 5 seconds until the light flashes blue.", NonCritical, "proactive_service"},
		{"Caring for leather", "Condition the leather every few months and keep it out of direct sunlight.", NonCritical, "proactive_service"},
		{"Sorry", "We're sorry - the item is currently unavailable from our supplier and we've cancelled your order.", NonCritical, "out_of_stock"},
		{"Your receipt", "Here is your VAT invoice as requested.", NonCritical, "invoice"},
		{"Guarantee", "All our watches come with a two-year manufacturer guarantee.", NonCritical, "warranty"},
		{"Safety recall", "We are recalling batch 42 of the baby monitor. Please stop using it and reply for a full refund.", NonCritical, "legal_disclosure"},
		{"Refund processed", "We've issued a partial refund of $5 for the late delivery.", NonCritical, "other_permitted"},
		{"Return", "We received your return and the refund will appear in 3-5 days.", NonCritical, "other_permitted"},
		{"Delay", "Unfortunately our courier is experiencing delays; your parcel should still arrive this week.", NonCritical, "other_permitted"},
		{"Re: wobbly", "Our team reviewed your photos and we're sending a new leg today.", NonCritical, "other_permitted"},
		// A third set, measured before its fixes (see the report).
		{"We need your help", "Small shops like ours live and die by reviews. Would you take 30 seconds to share a few words about the teapot?", Prohibited, "review_request"},
		{"How's it going?", "It's been a week since your rug arrived - how are you finding it? Feel free to post your impressions on the product page.", Prohibited, "review_request"},
		{"One last thing", "Once you've tried the coffee, we'd really value your rating. Just go to Your Orders.", Prohibited, "review_request"},
		{"Be honest!", "Good or bad, tell us what you think by leaving feedback for us as a seller.", Prohibited, "review_request"},
		{"", "If the kettle arrived broken, message us instead of leaving a 1-star review and we'll fix it!", Prohibited, "review_request"},
		{"Thanks + a gift", "Write a review with a photo and we'll send you a 20% discount code for your next order.", Prohibited, "review_request"},
		{"Update your review?", "Now that we've replaced the lamp, would you consider revising your rating?", Prohibited, "review_request"},
		{"Spring sale", "Spring sale is live! Up to 50% off selected items in our Amazon store.", Prohibited, "marketing"},
		{"", "Psst - our best-selling hoodie is back in stock in all sizes. Get yours before it sells out!", Prohibited, "marketing"},
		{"New for you", "Introducing our new bamboo toothbrush line - eco-friendly and only $9.99.", Prohibited, "marketing"},
		{"", "Join 10,000 happy customers on our mailing list and get tips, recipes and exclusive offers.", Prohibited, "marketing"},
		{"Order shipped", "We're happy to let you know that your order left our facility today via USPS Priority Mail.", Prohibited, "shipment_notice"},
		{"Your tracking number", "Here's your tracking number so you can follow your parcel: 9400111899223344556677.", Prohibited, "shipment_notice"},
		{"Thank you for your order", "We have received your order and it will ship within 1 business day.", Prohibited, "shipment_notice"},
		{"[Important] Your custom sign " + id, "The text you entered is 34 characters but the sign fits 25. Could you send a shorter version?", Critical, "customization"},
		{"[Important] Monogram " + id, "Please let us know the three initials you'd like on the cufflinks, in order.", Critical, "customization"},
		{"[Important] Photo quality " + id, "The photo you uploaded is too low resolution to print on canvas. Can you email us - sorry, reply here with a larger file?", Critical, "customization"},
		{"[Important] Delivery booking " + id, "The pallet carrier needs a contact day for your delivery. Are mornings or afternoons better next week?", Critical, "delivery_scheduling"},
		{"[Important] " + id, "Your mattress ships via a two-man team who will call you to book a slot. Which days are you unavailable?", Critical, "delivery_scheduling"},
		{"[Important] Address check " + id, "Your shipping address lists two different cities. Which one is correct?", Critical, "address_issue"},
		{"[Important] " + id, "Royal Mail flagged your postcode as invalid. Please reply with your full postcode.", Critical, "address_issue"},
		{"[Important] " + id, "Your order ships from our EU warehouse and the carrier requires a phone number for the customs form, which Amazon does not share. Please reply with one.", Critical, "fulfillment_blocker"},
		{"[Important] " + id, "The battery in your order can't be shipped by air to your island. Should we send it by sea (3 weeks) or ship the order without it?", Critical, "fulfillment_blocker"},
		{"Getting started", "Thanks for your order! Your smart plug works best on a 2.4 GHz network; the app walks you through pairing.", NonCritical, "proactive_service"},
		{"Your manual", "In case you misplaced the leaflet, here are the steps to reset the timer: hold both buttons for 5 seconds.", NonCritical, "proactive_service"},
		{"Backorder notice", "The desk you ordered is on backorder for 6 weeks; we've cancelled the order and you will be refunded.", NonCritical, "out_of_stock"},
		{"Invoice", "Your invoice is ready - please find it in the attachment.", NonCritical, "invoice"},
		{"Warranty registration", "Your coffee machine is covered for 24 months. Keep this message as proof of purchase.", NonCritical, "warranty"},
		{"WEEE", "Under the WEEE regulations you can return your old appliance free of charge when you buy a new one.", NonCritical, "legal_disclosure"},
		{"Cancellation", "We've cancelled the duplicate order as you asked; Amazon will refund you automatically.", NonCritical, "other_permitted"},
		{"Partial refund", "Sorry the box arrived dented - we have refunded $10 to your card.", NonCritical, "other_permitted"},
		{"Re: assembly", "Hi, the screws for step 4 are in bag C. Sorry for the confusion!", NonCritical, "other_permitted"},
		{"Delay on your order", "Our supplier is running late, so your order will ship next Monday instead of Friday. Sorry!", NonCritical, "other_permitted"},
		{"Replacement", "We are sending a replacement for the cracked mug at no charge.", NonCritical, "other_permitted"},
		{"Return label", "Here is your prepaid return label for the jacket.", NonCritical, "other_permitted"},
	}
	for _, tc := range cases {
		rec := msg(id, "", tc.subject, tc.body)
		v := Classify(p, &rec, Context{})
		if v.Class != tc.class || v.Reason != tc.reason {
			t.Errorf("%q: got %s/%s (%s %q), want %s/%s", tc.body, v.Class, v.Reason, v.ReasonRule, v.ReasonEvidence, tc.class, tc.reason)
		}
	}
}

// TestClassifyBenign guards precision: critical and permitted messages that
// use words the prohibited rules look for (review, feedback, ship, free,
// code, discount, proof) must not become prohibited. Replies run with
// Context.Thread set.
func TestClassifyBenign(t *testing.T) {
	p := policy.Default()
	const id = "111-2093384-7765120"
	cases := []struct {
		subject, body string
		class         Class
		reply         bool
	}{
		{"[Important] Proof " + id, "Here is the digital proof of your invitation. Please check it carefully and reply with any changes - we print only after your approval.", Critical, false},
		{"[Important] " + id, "We noticed the name in your order notes differs from the one in the customization field. Which should we use?", Critical, false},
		{"[Important] Delivery " + id, "Your table has arrived at our local depot. Which day this week can someone be home to receive it?", Critical, false},
		{"[Important] " + id, "The carrier couldn't deliver because nobody was home. When would you like us to rebook the delivery?", Critical, false},
		{"[Important] Engraving " + id, "Free engraving is included. What name would you like on the watch?", Critical, false},
		{"[Important] " + id, "Your address is missing the apartment number; we're holding the parcel. Could you reply with it?", Critical, false},
		{"Re: colour", "Hi! Thanks for your feedback about the colour - we've passed it on to our designers.", NonCritical, true},
		{"Re: broken handle", "So sorry! We'll ship a free replacement today, no need to return the old one.", NonCritical, true},
		{"Re: size question", "The medium fits a 38-40 inch chest. Our size chart is in the product images.", NonCritical, true},
		{"Re: discount?", "Sorry, we can't offer discounts on Amazon orders, but the price includes free shipping.", NonCritical, true},
		{"Re: review", "We're sorry about your experience. We've refunded your order in full - no need to return it.", NonCritical, true},
		{"Your refund", "We've refunded $25 to your original payment method. It may take 3-5 days to show.", NonCritical, false},
		{"Care tips", "Wash the duvet cover at 40 degrees and tumble dry on low. It will get softer with every wash.", NonCritical, false},
		{"Your return", "We received the item you sent back and issued your refund today.", NonCritical, false},
		{"Delay", "Our workshop had a power cut, so your frame will be dispatched two days later than planned. Sorry!", NonCritical, false},
		{"Manual", "Attached is the PDF manual for your sewing machine; threading is on page 8.", NonCritical, false},
		{"Warranty", "If anything goes wrong within 2 years, reply to this message and we'll repair or replace it free of charge.", NonCritical, false},
		{"Invoice", "Please find attached the invoice. For a different billing name, just reply here.", NonCritical, false},
		{"Safety information", "Please read the safety information enclosed in the box before first use.", NonCritical, false},
		{"Re: question", "Yes, it ships in plain packaging, so the gift stays a surprise.", NonCritical, true},
		{"Re: code", "The code on the bottom of the box is the batch number, you don't need it for anything.", NonCritical, true},
		{"Out of stock", "The grey cushion is out of stock, so we have cancelled that item; the rest of your order is unaffected.", NonCritical, false},
	}
	for _, tc := range cases {
		rec := msg(id, "", tc.subject, tc.body)
		v := Classify(p, &rec, Context{Thread: tc.reply})
		if v.Class != tc.class {
			t.Errorf("%q: got %s/%s (%s %q), want %s", tc.body, v.Class, v.Reason, v.ReasonRule, v.ReasonEvidence, tc.class)
		}
	}
}
