package gen

// Purposes of outbound messages, named like POLICY.md's reason codes; the
// generator uses them to pick texts and the contact reason column.
const (
	pCustom   = "customization"
	pDelivery = "delivery_scheduling"
	pAddress  = "address_issue"
	pBlocker  = "fulfillment_blocker"
	pService  = "proactive_service"
	pStock    = "out_of_stock"
	pInvoice  = "invoice"
	pWarranty = "warranty"
	pLegal    = "legal_disclosure"
	pOther    = "other_permitted"
	pReview   = "review_request"
	pIncent   = "incentive"
	pMarket   = "marketing"
	pShipment = "shipment_notice"
)

// critical says whether a purpose is one of POLICY.md's critical reasons.
func critical(p string) bool {
	return p == pCustom || p == pDelivery || p == pAddress || p == pBlocker
}

// tmpl is a subject and body with {placeholders}: {name} {product} {order}
// {date} {code} {track} {carrier} {shop} {agent} {domain}. {order} becomes
// the pack's Order phrase with the ID, or OrderPlain when the ID is left out.
type tmpl struct{ S, B string }

// thread is a buyer's question and the seller's answer.
type thread struct{ Q, A tmpl }

// pack is one language's texts.
type pack struct {
	Hello, Sign       []string
	Order, OrderPlain string // "order {id}", "your order"
	Tag               string // the [Important] form Amazon documents for the language
	Date              string // Go layout for {date}
	T                 map[string][]tmpl
	Q                 []thread
	Filler            []string            // neutral sentences that lengthen a body
	Snip              map[string][]string // sentences added for a finding
}

// packs by language code; "en-GB" uses "en" with British spellings.
var packs = map[string]*pack{}

// langOf is the pack key of a buyer language ("de-DE" -> "de").
func langOf(tag string) string {
	if len(tag) >= 2 {
		return tag[:2]
	}
	return "en"
}

// Languages lists the eleven buyer languages the generator writes.
var Languages = []string{"en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "ja-JP", "nl-NL", "pl-PL", "sv-SE", "tr-TR"}
