package main

import (
	"slices"
	"strings"
)

// product is one listing of the fictional seller. Names are the short names a
// seller writes in a message, per language; the orders report uses Title.
type product struct {
	SKU, ASIN string
	// Kinds lists what the product is (textile, lamp, ceramic ...): a text
	// written for a kind ("@textile" in its subject) only goes with such a product.
	Kinds    string
	Title    string  // US listing title
	TitleEU  string  // EU listing title (the merged export keeps one EU title)
	USD, EUR float64 // unit prices
	Names    map[string]string
	// Custom products are made to order (engraving, embroidery): customization messages.
	Custom bool
	// Freight products go by a freight carrier that needs a delivery appointment.
	Freight bool
}

func (p *product) is(kind string) bool {
	return kind == "" || slices.Contains(strings.Split(p.Kinds, ","), kind)
}

func (p *product) name(lang string) string {
	if n, ok := p.Names[lang]; ok {
		return n
	}
	return p.Names["en"]
}

// catalog is a small home-goods range. Order matters: it is indexed by the
// random source, so appending changes the sample.
var catalog = []*product{
	{SKU: "NWH-DUV-Q-LIN", Kinds: "textile", ASIN: "B0CX7HLM2Q", Title: "Northwind Home Linen Duvet Cover Set, Queen, Sage", TitleEU: "Northwind Home Leinen Bettwäsche-Set 200x200, Salbei", USD: 129.00, EUR: 119.00,
		Names: map[string]string{"en": "linen duvet cover set", "de": "Leinen-Bettwäsche", "fr": "parure de lit en lin", "it": "set copripiumino in lino", "es": "juego de funda nórdica de lino"}},
	{SKU: "NWH-LAMP-CER-WHT", Kinds: "lamp,ceramic,fragile", ASIN: "B0CQ2KJ8VN", Title: "Northwind Home Ceramic Table Lamp with Linen Shade, White", TitleEU: "Northwind Home Keramik-Tischlampe mit Leinenschirm, Weiß", USD: 64.99, EUR: 59.90,
		Names: map[string]string{"en": "ceramic table lamp", "de": "Keramik-Tischlampe", "fr": "lampe de table en céramique", "it": "lampada da tavolo in ceramica", "es": "lámpara de mesa de cerámica"}},
	{SKU: "NWH-MAT-BAM-01", Kinds: "bath", ASIN: "B0BZ4TQ1RS", Title: "Northwind Home Bamboo Bath Mat, Non-Slip", TitleEU: "Northwind Home Badematte aus Bambus, rutschfest", USD: 29.99, EUR: 27.50,
		Names: map[string]string{"en": "bamboo bath mat", "de": "Bambus-Badematte", "fr": "tapis de bain en bambou", "it": "tappetino da bagno in bambù", "es": "alfombrilla de baño de bambú"}},
	{SKU: "NWH-DO-CI-55", Kinds: "kitchen,ceramic,castiron,fragile", ASIN: "B0C1M8WQ3T", Title: "Northwind Home Enameled Cast Iron Dutch Oven, 5.5 qt, Slate Blue", TitleEU: "Northwind Home Gusseisen-Bräter emailliert, 5,2 l, Schieferblau", USD: 89.00, EUR: 84.90,
		Names: map[string]string{"en": "cast iron Dutch oven", "de": "Gusseisen-Bräter", "fr": "cocotte en fonte", "it": "casseruola in ghisa", "es": "olla de hierro fundido"}},
	{SKU: "NWH-THR-WOOL-OAT", Kinds: "textile", ASIN: "B0BW9P5KXD", Title: "Northwind Home Merino Wool Throw Blanket, Oatmeal", TitleEU: "Northwind Home Wolldecke aus Merinowolle, Hafer", USD: 79.00, EUR: 74.00,
		Names: map[string]string{"en": "wool throw blanket", "de": "Wolldecke", "fr": "plaid en laine", "it": "plaid in lana", "es": "manta de lana"}},
	{SKU: "NWH-SHELF-OAK-80", Kinds: "shelf,furniture", ASIN: "B0C5RT2LNW", Title: "Northwind Home Solid Oak Floating Shelf, 32 in", TitleEU: "Northwind Home Wandregal aus Eiche massiv, 80 cm", USD: 49.95, EUR: 46.90,
		Names: map[string]string{"en": "oak wall shelf", "de": "Eichen-Wandregal", "fr": "étagère murale en chêne", "it": "mensola in rovere", "es": "estante de roble"}},
	{SKU: "NWH-CUSH-VEL-2", Kinds: "textile", ASIN: "B0BT6YH3ZC", Title: "Northwind Home Velvet Cushion Covers, Set of 2, 18x18, Rust", TitleEU: "Northwind Home Samt-Kissenhüllen 2er Set, 45x45, Rost", USD: 24.99, EUR: 22.90,
		Names: map[string]string{"en": "velvet cushion covers", "de": "Samt-Kissenhüllen", "fr": "housses de coussin en velours", "it": "federe in velluto", "es": "fundas de cojín de terciopelo"}},
	{SKU: "NWH-JAR-GL-6", Kinds: "kitchen,glass,fragile", ASIN: "B0C8KD4PQA", Title: "Northwind Home Glass Storage Jars with Bamboo Lids, Set of 6", TitleEU: "Northwind Home Vorratsgläser mit Bambusdeckel, 6er Set", USD: 34.99, EUR: 31.90,
		Names: map[string]string{"en": "glass storage jars", "de": "Vorratsgläser", "fr": "bocaux en verre", "it": "barattoli in vetro", "es": "tarros de cristal"}},
	{SKU: "NWH-CB-WAL-ENG", Kinds: "kitchen,engrave", ASIN: "B0CJ3WZ7MH", Title: "Northwind Home Personalized Walnut Cutting Board, Engraved", TitleEU: "Northwind Home Schneidebrett aus Walnuss mit Gravur, personalisiert", USD: 59.00, EUR: 54.90, Custom: true,
		Names: map[string]string{"en": "engraved walnut cutting board", "de": "Walnuss-Schneidebrett mit Gravur", "fr": "planche à découper gravée", "it": "tagliere in noce inciso", "es": "tabla de cortar grabada"}},
	{SKU: "NWH-TWL-EMB-SET", Kinds: "textile,embroidery", ASIN: "B0CL8MV2RE", Title: "Northwind Home Custom Embroidered Bath Towel Set, Monogram", TitleEU: "Northwind Home Handtuch-Set mit Monogramm-Stickerei", USD: 69.00, EUR: 64.00, Custom: true,
		Names: map[string]string{"en": "monogrammed towel set", "de": "Handtuch-Set mit Monogramm", "fr": "serviettes brodées avec monogramme", "it": "set di asciugamani ricamati", "es": "juego de toallas bordadas"}},
	{SKU: "NWH-FRM-ENG-5x7", Kinds: "engrave,decor", ASIN: "B0CN2HF5TG", Title: "Northwind Home Engraved Wooden Photo Frame, 5x7", TitleEU: "Northwind Home Bilderrahmen aus Holz mit Gravur, 13x18", USD: 32.00, EUR: 29.90, Custom: true,
		Names: map[string]string{"en": "engraved photo frame", "de": "Bilderrahmen mit Gravur", "fr": "cadre photo gravé", "it": "cornice incisa", "es": "marco de fotos grabado"}},
	{SKU: "NWH-TBL-OAK-180", Kinds: "furniture", ASIN: "B0C9ZP6WJK", Title: "Northwind Home Solid Oak Dining Table, 71 in", TitleEU: "Northwind Home Esstisch aus Eiche massiv, 180 cm", USD: 899.00, EUR: 849.00, Freight: true,
		Names: map[string]string{"en": "oak dining table", "de": "Eichen-Esstisch", "fr": "table à manger en chêne", "it": "tavolo da pranzo in rovere", "es": "mesa de comedor de roble"}},
	{SKU: "NWH-BIS-3PC-TEAK", Kinds: "furniture", ASIN: "B0CB1QX4LU", Title: "Northwind Home Teak Bistro Set, 3 Pieces", TitleEU: "Northwind Home Bistro-Set aus Teak, 3-teilig", USD: 449.00, EUR: 429.00, Freight: true,
		Names: map[string]string{"en": "teak bistro set", "de": "Teak-Bistroset", "fr": "salon de jardin bistrot en teck", "it": "set bistrot in teak", "es": "conjunto bistró de teca"}},
	{SKU: "NWH-MIR-RAT-160", Kinds: "furniture,glass,fragile", ASIN: "B0CF5NA8YB", Title: "Northwind Home Rattan Floor Mirror, 63 in", TitleEU: "Northwind Home Standspiegel mit Rattanrahmen, 160 cm", USD: 229.00, EUR: 219.00, Freight: true,
		Names: map[string]string{"en": "rattan floor mirror", "de": "Rattan-Standspiegel", "fr": "miroir sur pied en rotin", "it": "specchio da terra in rattan", "es": "espejo de pie de ratán"}},
	{SKU: "NWH-CUR-BLK-GRY", Kinds: "textile", ASIN: "B0BV2RM9HC", Title: "Northwind Home Blackout Curtains, 2 Panels, 52x84, Grey", TitleEU: "Northwind Home Verdunkelungsvorhänge, 2 Stück, 140x245, Grau", USD: 45.99, EUR: 42.90,
		Names: map[string]string{"en": "blackout curtains", "de": "Verdunkelungsvorhänge", "fr": "rideaux occultants", "it": "tende oscuranti", "es": "cortinas opacas"}},
	{SKU: "NWH-DIN-STW-16", Kinds: "kitchen,ceramic,fragile", ASIN: "B0C3TW7EKP", Title: "Northwind Home Stoneware Dinnerware Set, 16 Pieces", TitleEU: "Northwind Home Steingut-Geschirrset, 16-teilig", USD: 119.00, EUR: 109.00,
		Names: map[string]string{"en": "stoneware dinnerware set", "de": "Steingut-Geschirr", "fr": "service de table en grès", "it": "servizio di piatti in gres", "es": "vajilla de gres"}},
	{SKU: "NWH-PIL-MEM-STD", Kinds: "textile", ASIN: "B0BX8CL2VF", Title: "Northwind Home Memory Foam Pillow, Standard", TitleEU: "Northwind Home Memory-Schaum Kopfkissen, 40x80", USD: 39.99, EUR: 36.90,
		Names: map[string]string{"en": "memory foam pillow", "de": "Memory-Schaum-Kissen", "fr": "oreiller à mémoire de forme", "it": "cuscino in memory foam", "es": "almohada viscoelástica"}},
	{SKU: "NWH-DIF-CER-OAK", Kinds: "diffuser,ceramic,fragile", ASIN: "B0CH4SJ1DN", Title: "Northwind Home Ceramic Aroma Diffuser with Oak Base", TitleEU: "Northwind Home Aroma-Diffuser aus Keramik mit Eichensockel", USD: 42.00, EUR: 39.90,
		Names: map[string]string{"en": "aroma diffuser", "de": "Aroma-Diffuser", "fr": "diffuseur d'arômes", "it": "diffusore di aromi", "es": "difusor de aromas"}},
}
