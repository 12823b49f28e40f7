package main

// enCritical are the English texts necessary to complete an order.
var enCritical = map[string][]tmpl{
	"customization": {
		{"@engrave Engraving text for your {product}", "Hi {name},\n\nThank you for your order{oid}. Your {product} is ready to go to our engraver, but the customization field came through empty. What name or text would you like on it? Up to 30 characters fit nicely.\n\nWe'll hold the order until we hear from you."},
		{"@embroidery Please confirm your monogram", "Hello {name},\n\nBefore we start embroidering your {product}{oid}, could you confirm the monogram? The order shows \"JMK\" but the note says \"J. Miller\". Which one should we use, and in which thread colour (navy, grey or gold)?"},
		{"Customization question about your order", "Hi {name},\n\nWe're about to personalize your {product}{oid}. The date you entered (\"10/11\") could be October 11 or November 10. Could you reply and tell us which one you meant? We want to get it right the first time."},
		{"@engrave Font choice needed for your {product}", "Hi {name},\n\nThanks for ordering the {product}{oid}! You didn't pick a font, so we wanted to ask before engraving: classic serif, modern sans or script? Just reply with your choice and we'll start right away."},
		{"Your personalization is too long", "Hello {name},\n\nThe text you asked for on your {product}{oid} has 46 characters, and only 30 fit on the piece. Could you send us a shorter version? Until then the order is on hold."},
	},
	"delivery_scheduling": {
		{"Delivery appointment for your {product}", "Hi {name},\n\nYour {product}{oid} ships by freight and the carrier needs someone at home to sign for it. They can deliver on {date} between 8 am and 12 pm or between 1 pm and 5 pm. Which window works for you?"},
		{"Scheduling your freight delivery", "Hello {name},\n\nThe freight company has your {product}{oid} at their {city} terminal. To book the delivery slot they need a day that suits you; the earliest is {date}. Please reply with a day and whether there are stairs at the delivery address."},
		{"Please pick a delivery date", "Hi {name},\n\nYour {product}{oid} is too large for parcel delivery, so it comes on a truck with a two-person crew. Would {date} work? If not, tell us two other weekdays and we'll arrange it."},
		{"Curbside or room of choice delivery?", "Hi {name},\n\nThe carrier is ready to deliver your {product}{oid} on {date}. Do you want curbside drop-off, or should they bring it inside? Please reply so we can confirm the appointment."},
	},
	"address_issue": {
		{"Problem with your shipping address", "Hi {name},\n\nWe're getting your {product}{oid} ready, but the carrier rejected the shipping address: the apartment number seems to be missing. Could you reply with the full address so the package doesn't come back to us?"},
		{"Address could not be verified", "Hello {name},\n\nThe ZIP code on your order{oid} doesn't match the city ({city}). Could you double-check it and reply with the correct one? We'll ship as soon as we have it."},
		{"Your address needs a street number", "Hi {name},\n\nThe shipping address for your {product}{oid} has no house number, so the carrier can't accept the package. Please send us the complete address and we'll ship today."},
		{"Delivery address is a PO box", "Hi {name},\n\nYour {product}{oid} ships by freight, and freight carriers can't deliver to a PO box. Could you give us a street address where someone can receive it?"},
	},
	"fulfillment_blocker": {
		{"@ceramic Action needed: your order is on hold", "Hi {name},\n\nWhile packing your {product}{oid} we found a small chip in the glaze. We can send a replacement from the next batch, which arrives on {date}, or ship the item with a partial refund. Which would you prefer? The order is on hold until you reply."},
		{"@textile Question about your order before we ship", "Hello {name},\n\nThe colour you ordered for your {product}{oid} came back from the dye house a shade darker than the photo. We don't want you to be surprised: do you still want it, or should we wait for the next lot on {date}?"},
		{"Your order is missing a part", "Hello {name},\n\nOur supplier shipped the {product} for your order{oid} without one of its parts, and the replacement part reaches us on {date}. Would you like us to wait and send everything together, or cancel the order?"},
		{"Your order can't ship yet", "Hi {name},\n\nThe carrier we normally use for your area has suspended pickups, so your {product}{oid} is stuck with us. We can ship it with another carrier, which takes two days longer. Is that OK for you?"},
	},
}
