package main

// enProhibited are English texts Amazon does not allow.
var enProhibited = map[string][]tmpl{
	"review_request": {
		{"How are you enjoying your {product}?", "Hi {name},\n\nWe hope your {product} arrived safely and that you love it! As a small family business, reviews mean everything to us. Would you take a minute to leave a review on Amazon?"},
		{"Would you mind leaving a review?", "Hello {name},\n\nThank you for choosing Northwind Home for your {product}{oid}. If you have a moment, please rate your purchase on Amazon. Positive or negative, your honest feedback helps other shoppers."},
		{"Quick favor?", "Hi {name}! Now that you've had your {product} for a week, could you leave us seller feedback? It only takes 30 seconds and helps a small shop like ours a lot."},
		{"Thank you for your order", "Hi {name},\n\nThanks for shopping with us{oid}. If you're happy with the {product}, a 5-star review would make our whole team's day."},
	},
	"review_disguised": {
		{"How did we do?", "Hi {name},\n\nYour {product} was delivered a few days ago. How did we do? Click \"Write a customer review\" on the product page and tell us and other buyers what you think."},
		{"Share your experience", "Hello {name},\n\nWe'd love to hear about your experience with the {product}. Other shoppers would too! Share your experience on the product page whenever you have a moment."},
		{"Checking in on your {product}", "Hi {name},\n\nJust checking in: is everything OK with your {product}{oid}? If yes, we'd be grateful if you let other customers know on Amazon. If not, reply here first so we can fix it."},
		{"Your opinion matters", "Hello {name},\n\nEvery piece we sell is designed in our studio, and your opinion shapes the next collection. Tell us about your {product} in a short review on Amazon."},
	},
	"review_incentive": {
		{"A little thank-you from us", "Hi {name},\n\nLeave a 5-star review for your {product} and send us a screenshot, and we'll email you a $10 Amazon gift card as a thank-you!"},
		{"Get your money back", "Hello {name},\n\nWe'll refund the full price of your {product}{oid} if you post a review with a photo. Just reply with the link to your review."},
		{"About your review", "Hi {name},\n\nWe saw your 2-star review of the {product}. We'd like to make it right: if you change or remove the review, we'll send you a free replacement and a 20% refund."},
	},
	"marketing": {
		{"15% off your next order", "Hi {name},\n\nThanks for being a Northwind Home customer! As a thank-you, here is 15% off everything in our store with code {code}. Our new autumn collection just landed: chunky knit throws, stoneware mugs and more."},
		{"New arrivals you'll love", "Hello {name},\n\nSince you bought the {product}, we thought you'd like our new matching pieces. Check out the full collection in our Amazon storefront, now 20% off for a limited time!"},
		{"Join our newsletter", "Hi {name},\n\nWant first access to new products and exclusive deals? Sign up for the Northwind Home newsletter and get a welcome coupon."},
		{"Follow us!", "Hi {name},\n\nLoving your {product}? Follow us on Instagram and Facebook @northwindhome for styling ideas, giveaways and sneak peeks of new products."},
		{"Black Friday starts early", "Hello {name},\n\nOur Black Friday sale starts early for returning customers: up to 40% off bedding and table linen. Use code {code} at checkout."},
	},
	"shipment_notice": {
		{"Your order has shipped!", "Hi {name},\n\nGood news: your {product}{oid} is on its way! It shipped today with {carrier}, tracking number {track}."},
		{"Order confirmation", "Hello {name},\n\nThank you for your order{oid}! We have received it and will pack your {product} within 24 hours."},
		{"Tracking information for your order", "Hi {name},\n\nHere is your tracking number: {track} ({carrier}). Expected delivery: {date}."},
		{"Out for delivery", "Hi {name},\n\nYour {product} is out for delivery today! Keep an eye on your doorstep."},
	},
	// blast is the automation tool's review request, sent to every order at once.
	"blast": {
		{"Your feedback matters to us", "Hi {name},\n\nThank you for your recent Northwind Home order{oid}. We hope you love your {product}! Would you take a moment to leave a review? It helps our small team more than you know."},
		{"Quick question about your {product}", "Hello {name},\n\nHow is your {product} working out? We'd really appreciate it if you could rate it on Amazon. Thank you for supporting a small business!"},
		{"Enjoying your {product}?", "Hi {name},\n\nWe hope your {product} is everything you wanted. If you have a minute, please leave a product review on Amazon. Thank you!"},
	},
}

// enSnippets are sentences the generator adds to a body for a finding.
var enSnippets = map[string][]string{
	"link_https": {"You'll find the full manual at https://northwindhome.com/manuals", "Video instructions: https://northwindhome.com/care/video"},
	"link_www":   {"More tips on our website: www.northwindhome.com/care", "See www.northwindhome.com/faq for our FAQ."},
	"link_bare":  {"The PDF manual is also on northwindhome.com under Support.", "Our full range is at northwindhome.shop"},
	"link_dot":   {"Visit northwindhome dot com for the care guide.", "You can find it on northwind home dot com slash care."},
	"email":      {"Questions? Write to us at care@northwindhome.com.", "Our team is reachable at support@northwindhome.com."},
	"email_obf":  {"You can also email us: care (at) northwindhome (dot) com", "Write to mia at northwindhome dot com if anything is unclear."},
	"phone":      {"Or call us at (512) 555-0147, Mon-Fri 9-5 CT.", "Call or text us: +1 512 555 0147."},
	"phone_obf":  {"Text us at five one two - five five five - zero one four seven.", "Our number: 512 555 O147 (call anytime)."},
	"optout":     {"If you'd rather not hear from us, reply STOP and we'll unsubscribe you.", "To unsubscribe from these messages, reply with \"unsubscribe\"."},
	"attach":     {"I've attached a PDF with the instructions.", "Please see the attached photo."},
	"promo":      {"P.S. As a returning customer you get 10% off your next order with code THANKYOU10!", "P.S. Our matching cushion covers are 25% off this week in our Amazon store."},
	"review_ask": {"And if you're happy with the help, we'd love a 5-star review!", "If we solved your problem, please consider leaving positive feedback."},
}
