package gen

// product is a catalog item. Short is how messages name it; JA is its
// Japanese name where the account sells in Japan.
type product struct {
	Title, Short, JA, SKU, ASIN string
	Price                       float64 // in the base currency (USD, EUR or GBP alike)
	Custom                      bool    // personalised: customization questions fit
	Bulky                       bool    // freight: delivery appointments fit
}

// catalogs are indexed like kinds: home goods for the first two, tea for the third.
var catalogs = [][]product{homeGoods, homeGoods, teaGoods}

var homeGoods = []product{
	{"Northwind Home Enameled Cast Iron Dutch Oven, 5.5 qt, Slate Blue", "Dutch Oven", "", "NWH-DO-CI-55", "B0C1M8WQ3T", 89.00, false, false},
	{"Northwind Home Ceramic Table Lamp with Linen Shade, White", "Ceramic Table Lamp", "", "NWH-LAMP-CER-WHT", "B0CQ2KJ8VN", 64.99, false, false},
	{"Northwind Home Personalized Walnut Cutting Board, Engraved", "Engraved Cutting Board", "", "NWH-CB-WAL-ENG", "B0B7TQ4LMC", 49.50, true, false},
	{"Northwind Home Monogrammed Linen Napkins, Set of 4", "Monogrammed Napkins", "", "NWH-NAP-MONO-4", "B0D2HX7KRP", 34.00, true, false},
	{"Northwind Home Solid Oak Sideboard, 160 cm", "Oak Sideboard", "", "NWH-SB-OAK-160", "B0BZ5W1NQE", 749.00, false, true},
	{"Northwind Home 3-Seat Linen Sofa, Oatmeal", "Linen Sofa", "", "NWH-SOFA-3-OAT", "B0CJ6PD2XA", 1290.00, false, true},
	{"Northwind Home Chunky Knit Throw Blanket, 130x170 cm, Cream", "Knit Throw", "", "NWH-THR-KNIT-CRM", "B0CW9Y3MTB", 59.90, false, false},
	{"Northwind Home Stoneware Mug Set, 4 x 350 ml, Speckled", "Stoneware Mugs", "", "NWH-MUG-STN-4", "B0C8R2VKJD", 36.00, false, false},
	{"Northwind Home Custom Name Door Mat, Coir, 60x40 cm", "Custom Door Mat", "", "NWH-MAT-COIR-NAME", "B0D5LKQ8WS", 42.00, true, false},
	{"Northwind Home Stainless Steel Kettle, 1.7 l", "Kettle", "", "NWH-KTL-SS-17", "B0BR7N4DFC", 54.99, false, false},
}

var teaGoods = []product{
	{"Sakura Tea Ceremonial Matcha, Uji, 30 g", "Ceremonial Matcha", "抹茶", "SKT-MAT-UJI-30", "B0C4P7XQ2M", 32.00, false, false},
	{"Sakura Tea Tokoname Kyusu Teapot, 300 ml", "Kyusu Teapot", "急須", "SKT-KYU-TOK-300", "B0CH3W8NVL", 78.00, false, false},
	{"Sakura Tea Name-Engraved Tea Caddy, Cherry Bark", "Engraved Tea Caddy", "名入れ茶筒", "SKT-CAD-ENG", "B0B9YD5RKT", 65.00, true, false},
	{"Sakura Tea Sencha Gift Box, 3 x 100 g", "Sencha Gift Box", "煎茶ギフト", "SKT-SEN-GIFT-3", "B0D1MF6TZC", 45.00, false, false},
	{"Sakura Tea Hinoki Tea Cabinet, 90 cm", "Tea Cabinet", "茶箪笥", "SKT-CAB-HIN-90", "B0CT2QJ7LB", 540.00, false, true},
	{"Sakura Tea Bamboo Whisk and Holder Set", "Whisk Set", "茶筅セット", "SKT-WSK-SET", "B0BX8KN3PE", 28.00, false, false},
}
