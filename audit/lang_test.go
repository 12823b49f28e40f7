package audit

import "testing"

func TestNormalizeLanguage(t *testing.T) {
	for in, want := range map[string]string{
		"en-US": "en", "en_US": "en", "EN": "en", " de-DE ": "de", "zh-CN": "zh", "zh_Hans": "zh",
		"pt-BR": "pt", "eng": "en", "ger": "de", "German": "de", "": "", "x": "", "1234": "",
	} {
		if got := NormalizeLanguage(in); got != want {
			t.Errorf("NormalizeLanguage(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ subject, body, want string }{
		{"Thanks", "Thanks!", ""}, // too short to decide
		{"", "OK", ""},
		{"[Important] Delivery", "The carrier needs to book a delivery slot for your order. Which day next week suits you?", "en"},
		{"[Wichtig] Lieferung", "Ihr Schrank wird per Spedition geliefert. An welchem Tag sind Sie nächste Woche zu Hause?", "de"},
		{"", "Bonjour, il manque le numéro de rue dans votre adresse de livraison. Pouvez-vous nous l'indiquer ?", "fr"},
		{"", "Para el pedido no nos indicó el texto del grabado. ¿Qué nombre desea grabar en la pulsera?", "es"},
		{"", "ご注文番号の家具は配送業者による日時指定が必要です。ご希望の配達日をお知らせください。", "ja"},
		{"", "订单的收货地址缺少门牌号，请回复完整地址。", "zh"},
		{"", "شركة الشحن تحتاج إلى تحديد موعد لتوصيل الطلب. ما هو اليوم المناسب لك الأسبوع القادم؟", "ar"},
		// Links, IDs and tags are not language.
		{"[Important] 114-1234567-1234567", "https://www.example.com/track?id=114-1234567-1234567 info@example.com", ""},
	}
	for _, tt := range tests {
		if got := DetectLanguage(tt.subject, tt.body); got != tt.want {
			t.Errorf("DetectLanguage(%q, %q) = %q, want %q", tt.subject, tt.body, got, tt.want)
		}
	}
}
