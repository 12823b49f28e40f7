package gen

func init() { packs["en"] = &enPack }

var enPack = pack{
	Hello: []string{"Hi {name},", "Hello {name},", "Dear {name},", "Hi there,"},
	Sign:  []string{"Best regards,\n{agent}\n{shop} Customer Care", "Thanks,\n{agent}", "Kind regards,\n{agent} | {shop}"},
	Order: "order {id}", OrderPlain: "your order", Tag: "[Important]", Date: "January 2",
	T: map[string][]tmpl{
		pCustom: {
			{"Engraving text for your {product}", "We are about to engrave your {product} for {order}. The name you entered reads \"{name}\" - could you confirm the spelling before we start?"},
			{"Question about your personalization", "Which font would you like for {order}: Classic Serif or Modern Script? Please reply and we will start right away."},
		},
		pDelivery: {
			{"Delivery appointment for your {product}", "Your {product} ({order}) travels by freight and the carrier needs an appointment. Which days next week work for you? Someone needs to be home to sign."},
			{"Scheduling your delivery", "The freight carrier can deliver {order} on {date} or the day after. Please reply with the time slot that suits you."},
		},
		pAddress: {
			{"Address problem with your order", "The shipping address on {order} is missing a house number, so the carrier cannot deliver it. Could you reply with the full address?"},
			{"Please confirm your address", "The courier returned {order} as address unknown. Could you confirm your address, including the apartment number?"},
		},
		pBlocker: {
			{"A problem with your {product}", "During final inspection we found a crack in the {product} for {order}. Should we send a replacement next week or refund the order? Please reply so we can proceed."},
			{"Customs information needed", "{order} is going abroad and needs a customs declaration. Could you reply with your tax ID number? We cannot ship it until we have it."},
		},
		pService: {
			{"Getting started with your {product}", "A few tips for your new {product}: before first use, wash it in warm water and dry it thoroughly. Keep it out of direct sunlight."},
			{"Care instructions for your {product}", "Here are the care instructions for your {product}. The quick-start guide in the box shows how to set it up in five minutes."},
		},
		pStock: {{"About your {product}", "We are sorry: the {product} you ordered ({order}) is out of stock and will not be back before {date}. We will cancel the order and refund you in full."}},
		pInvoice: {
			{"Your invoice", "Please find the invoice for {order} attached as a PDF. It shows the VAT for your records."},
			{"Invoice for your order", "As requested, here is the invoice for your {product}. Let us know if the billing name should be different."},
		},
		pWarranty: {{"Warranty for your {product}", "Your {product} comes with a 2-year warranty from the date of delivery. Keep your Amazon order details as proof of purchase."}},
		pLegal: {
			{"Safety notice for your {product}", "Product safety notice: a small batch of {product} units has a loose handle screw. This recall notice is required by law; please stop using the item until it is fixed."},
			{"Battery disposal information", "As required by law, we remind you that batteries must not go in household waste. Return them to a collection point near you."},
		},
		pOther: {
			{"A note about your order", "Just a short note: our warehouse is closed on {date} for a public holiday, so answers may take a little longer."},
			{"Thank you", "A colleague passed on your kind words about the {product}. That made our day."},
		},
		pReview: {
			{"How are you enjoying your {product}?", "We hope your {product} arrived safely and that you love it! As a small family business, reviews mean everything to us. Would you take a minute to leave a review on Amazon?"},
			{"Quick favor?", "Now that you've had your {product} for a week, could you leave us seller feedback? It only takes 30 seconds and helps a small shop like ours a lot."},
			{"How did we do?", "Your {product} was delivered a few days ago. How did we do? Tell other shoppers what you think on the product page."},
		},
		pIncent: {
			{"A little thank-you from us", "Leave a 5-star review for your {product} and send us a screenshot, and we'll email you a $10 gift card as a thank-you!"},
			{"About your review", "We saw your 2-star review of the {product}. If you change or remove the review, we'll send you a free replacement."},
		},
		pMarket: {
			{"15% off your next order", "As a thank-you, here is 15% off everything in our store with code {code}. Our new autumn collection just landed!"},
			{"Follow us!", "Loving your {product}? Follow us on Instagram and Facebook for styling ideas, giveaways and sneak peeks of new products."},
		},
		pShipment: {
			{"Your order has shipped!", "Good news: your {product} is on its way! It shipped today with {carrier}, tracking number {track}."},
			{"Order confirmation", "Thank you for your order! We have received {order} and will pack your {product} within 24 hours."},
		},
	},
	Q: []thread{
		{tmpl{"Where is my package?", "Hi, my {product} was supposed to arrive on {date} but the tracking hasn't moved for three days. Can you check?"},
			tmpl{"Re: Where is my package?", "Thanks for your patience. I checked with the carrier: your parcel is at the local depot and should arrive tomorrow."}},
		{tmpl{"Question about the {product}", "Is the {product} dishwasher safe? The box doesn't say."},
			tmpl{"Re: Question about the {product}", "Yes, it can go in the dishwasher, but washing by hand keeps the finish longer."}},
		{tmpl{"Return", "The {product} is not the color I expected. How do I return it?"},
			tmpl{"Re: Return", "I'm sorry it isn't what you hoped. You can start a return from Your Orders on Amazon; the label is free."}},
		{tmpl{"Damaged item", "My {product} arrived with a chip on the rim. What can I do?"},
			tmpl{"Re: Damaged item", "I'm so sorry about that! A replacement is on the way at no cost, and there is no need to return the damaged one."}},
	},
	Filler: []string{
		"We are a small team and every order is packed by hand.",
		"Our customer care team answers messages Monday to Friday, 9 am to 5 pm.",
		"Thank you again for your patience.",
		"If anything is unclear, just reply to this message.",
		"We have been making homeware in the same workshop since 1998.",
		"Have a lovely week.",
		"We read every message ourselves, so there is no bot on the other end.",
		"Our workshop team sends their best wishes.",
		"We hope the weather is kind to you this week.",
		"It is always a pleasure to hear from our customers.",
	},
	Snip: map[string][]string{
		"link":      {"You'll find the full manual at https://{domain}/manuals", "More on our website: www.{domain}/faq", "Visit {domain} for more."},
		"email":     {"Questions? Write to us at care@{domain}.", "You can also email us: care (at) {domain}"},
		"phone":     {"Or call us at (512) 555-0147, Mon-Fri 9-5.", "Call or text us: +1 512 555 0147."},
		"optout":    {"If you'd rather not hear from us, reply STOP and we'll unsubscribe you."},
		"attach":    {"I've attached a PDF with the instructions.", "Please see the attached photo."},
		"promo":     {"P.S. As a returning customer you get 10% off your next order with code {code}!"},
		"reviewask": {"And if you're happy with the help, we'd love a 5-star review!"},
	},
}
