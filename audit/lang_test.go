package audit

import (
	"strings"
	"testing"
)

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

// TestDetectForKanaThenHan: a text whose first words have kana enough for
// Japanese is decided without reading the rest only when the rest cannot
// hold Han letters enough to outweigh them: at the bound and past it, the
// answer is the whole text's.
func TestDetectForKanaThenHan(t *testing.T) {
	kana := "ありがとうございます" // 10 kana: Japanese while there are 40 Han letters at most
	for _, han := range []int{0, 10, 39, 40, 41, 60, 200} {
		for _, body := range []string{
			strings.Repeat("注", han),
			strings.Repeat("注", han/2) + " 123 " + strings.Repeat("文", han-han/2),
			"ご注文 " + strings.Repeat("注", han),
			strings.Repeat("注 ", han),
		} {
			for _, want := range []string{"", "ja", "zh", "en", "de"} {
				exp := refDetectFor(kana, body, []string{want})[0]
				if got := detectFor(kana, body, want); got != exp {
					t.Errorf("detectFor(%q, %q, %q) = %q, reference %q", kana, body, want, got, exp)
				}
			}
		}
	}
	if got := detectFor(kana, strings.Repeat("注", 41), "ja"); got == "ja" {
		t.Errorf("10 kana and 41 Han letters: %q, want not ja", got)
	}
}
