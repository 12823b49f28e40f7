package main

// enService are the English permitted, non-critical texts.
var enService = map[string][]tmpl{
	"proactive_service": {
		{"@textile Getting started with your {product}", "Hi {name},\n\nYour {product}{oid} should be with you by now. A few tips: wash it once before first use, skip the fabric softener, and dry on low heat. It gets softer with every wash."},
		{"@castiron Care tips for your {product}", "Hello {name},\n\nA quick note on caring for your {product}{oid}: season it with a thin layer of oil before the first use, avoid the dishwasher, and let it cool down before you rinse it. That keeps the enamel looking new for years."},
		{"@shelf How to mount your {product}", "Hi {name},\n\nSome buyers asked how to hang the {product}, so here is the short version: use the two included anchors for drywall, keep the brackets 16 inches apart, and tighten the screws by hand. Each shelf holds up to 33 lbs."},
		{"@diffuser Setting up your {product}", "Hi {name},\n\nThanks again for your order{oid}. The diffuser works best with 10 drops of oil per 100 ml of water; fill only to the MAX line and clean it with a dry cloth every two weeks."},
		{"Your {product}: good to know", "Hi {name},\n\nThanks for your order{oid}! If anything about the {product} isn't quite right when it arrives, just reply to this message: we answer within a day, weekends included."},
		{"@fragile Unpacking your {product}", "Hello {name},\n\nYour {product}{oid} is packed in molded pulp. Please unpack it on a soft surface and keep the box for a few days in case anything needs to go back."},
		{"A few tips for your {product}", "Hello {name},\n\nThe {product} you ordered{oid} may smell a little of the packaging when you first unpack it. Air it out for a day near an open window and the smell disappears."},
	},
	"invoice": {
		{"Invoice for your order", "Hi {name},\n\nAs requested, please find the invoice for your order{oid} attached as a PDF. Sales tax is listed separately."},
		{"Your invoice", "Hello {name},\n\nHere is the VAT invoice for your {product}{oid}. We have attached it to this message as a PDF."},
		{"Invoice {order}", "Hi {name},\n\nThe invoice for your purchase of the {product} is attached. Let us know if you need a different billing name on it."},
	},
	"warranty": {
		{"Your 2-year warranty", "Hi {name},\n\nYour {product}{oid} comes with our 2-year warranty against manufacturing defects. You don't need to register anything; your Amazon order is your proof of purchase."},
		{"Warranty information for your {product}", "Hello {name},\n\nJust so you have it: the {product} is covered for 24 months. If the finish cracks or a seam comes loose in normal use, reply to this message with a photo and we'll replace it."},
		{"@lamp About the warranty on your order", "Hi {name},\n\nThe lamp's electrical parts in your order{oid} are covered for 3 years, the shade for 1 year. Please keep the original bulb socket cover, we need it for warranty claims."},
	},
	"legal_disclosure": {
		{"@us Important safety and legal information", "Hi {name},\n\nCalifornia law requires us to tell you: WARNING: the {product}{oid} can expose you to chemicals including lead, which is known to the State of California to cause cancer and birth defects or other reproductive harm."},
		{"@eu Your right of withdrawal", "Hello {name},\n\nFor your records, our withdrawal notice for order{oid}: you may withdraw from this contract within 14 days without giving any reason. The period starts on the day you received the goods."},
		{"@diffuser Product safety notice", "Hello {name},\n\nThe {product} in your order{oid} contains a lithium coin cell. Keep it away from children, and recycle the battery at a battery drop-off point, not with household waste."},
	},
	"out_of_stock": {
		{"Your {product} is out of stock", "Hi {name},\n\nWe're sorry: the {product} you ordered{oid} sold out faster than we expected and our next delivery arrives on {date}. Would you like to wait, or should we cancel the order?"},
		{"Update on your order: item unavailable", "Hello {name},\n\nUnfortunately our warehouse miscounted and the {product}{oid} is out of stock. We expect new stock in about three weeks. Let us know if you'd rather cancel."},
		{"Backorder notice", "Hi {name},\n\nThe {product} from your order{oid} is on backorder. It should ship on {date}. We apologize for the wait."},
	},
	"other_permitted": {
		{"We received your return", "Hi {name},\n\nYour returned {product}{oid} arrived at our warehouse today. The refund goes back to your original payment method within 3 to 5 business days."},
		{"Replacement on its way", "Hello {name},\n\nAs promised, we sent a replacement for the damaged {product}{oid}. You don't need to return the broken one; please recycle it."},
	},
}

// enThreads are buyer questions with the seller's answers.
var enThreads = []thread{
	{tmpl{"@lamp Size question", "Hi, what are the exact dimensions of the {product}? I want to make sure it fits on my nightstand. Thanks"},
		tmpl{"", "Hi {name},\n\nThanks for asking! The {product} is 18 inches tall and the base is 6 inches wide, the shade is 12 inches across."}},
	{tmpl{"Where is my package?", "Hello, my order{oid} was supposed to arrive yesterday and the tracking hasn't moved in 3 days. Can you check?"},
		tmpl{"", "Hello {name},\n\nSorry about the delay. We checked with the carrier: your package is at the {city} depot and is scheduled for delivery tomorrow. If it doesn't arrive by Friday, reply here and we'll send a replacement."}},
	{tmpl{"@furniture Missing screws", "The {product} arrived but the bag with the screws is missing. What should I do?"},
		tmpl{"", "Hi {name},\n\nSo sorry about that! We've shipped a new hardware bag by first-class mail today, it should arrive in 2-3 days. No need to send anything back."}},
	{tmpl{"@textile Can I wash this in the machine?", "hi is the {product} machine washable? the tag is in another language"},
		tmpl{"", "Hi {name},\n\nYes, it is: 30 °C (86 °F) on a gentle cycle, no bleach, and tumble dry on low."}},
	{tmpl{"Return", "I ordered the wrong color. How can I return the {product}?"},
		tmpl{"", "Hi {name},\n\nNo problem. Open Your Orders on Amazon, choose \"Return or replace items\" next to the {product}, and pick \"No longer needed\". Amazon gives you a prepaid label; the refund follows once it arrives."}},
	{tmpl{"Gift", "Is it possible to add a gift note to my order? It's a birthday present."},
		tmpl{"", "Hi {name},\n\nOf course! Reply with the text you'd like (up to 200 characters) and we'll print it on a card and tuck it into the box."}},
	{tmpl{"@fragile Damaged item", "The {product} arrived with a crack on the side. Very disappointed."},
		tmpl{"", "Hi {name},\n\nWe're really sorry. Could you reply with a photo of the crack and of the box? Then we'll send you a replacement right away or refund you, whichever you prefer."}},
	{tmpl{"Invoice please", "Hello, I need an invoice with my company name for my order{oid}. Company: Brightline Dental LLC."},
		tmpl{"", "Hello {name},\n\nHere you go: the invoice made out to Brightline Dental LLC is attached as a PDF."}},
}

// enSign are English sign-offs.
var enSign = []string{
	"Best regards,\nNorthwind Home",
	"Thanks,\nMia at Northwind Home",
	"Kind regards,\nThe Northwind Home team",
	"Warmly,\nDaniel\nNorthwind Home Customer Care",
}
