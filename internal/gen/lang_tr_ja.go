package gen

func init() { packs["tr"], packs["ja"] = &trPack, &jaPack }

var trPack = pack{
	Hello: []string{"Merhaba {name},", "Sayın {name},"}, Sign: []string{"Saygılarımızla,\n{agent}\n{shop} Müşteri Hizmetleri"},
	Order: "{id} numaralı sipariş", OrderPlain: "siparişiniz", Tag: "[Important]", Date: "02.01.2006",
	T: map[string][]tmpl{
		pCustom:   {{"{product} kişiselleştirme", "{order} için {product} ürününüzü kişiselleştiriyoruz. Yazılacak isim \"{name}\" olarak görünüyor; lütfen yazılışı teyit eder misiniz?"}},
		pDelivery: {{"Teslimat tarihi", "{product} ({order}) ambar ile gönderilecek. Gelecek hafta hangi teslimat tarihi size uygun? Lütfen bildirin."}},
		pAddress:  {{"Adres eksik", "{order} için adres eksik: daire numarası yazılmamış. Lütfen tam adresinizi gönderir misiniz?"}},
		pBlocker:  {{"Gümrük bilgisi gerekli", "{order} yurt dışına gönderiliyor ve gümrük için kimlik numaranız gerekiyor. Lütfen bize iletir misiniz?"}},
		pService:  {{"{product} için ipuçları", "Birkaç ipucu: ilk kullanımdan önce {product} ürününü ılık suyla yıkayın ve iyice kurulayın. Kullanım ipuçları kutunun içinde."}},
		pStock:    {{"{product} hakkında", "Üzgünüz, {product} ({order}) {date} tarihine kadar stokta yok. Siparişi iptal edip tüm tutarı iade ediyoruz."}},
		pInvoice:  {{"Faturanız", "{order} için faturanızı PDF olarak gönderiyoruz."}},
		pWarranty: {{"Garanti bilgisi", "Ürününüz için teslimattan itibaren 2 yıl garanti geçerlidir."}},
		pLegal:    {{"Güvenlik bilgisi", "Ürün güvenliği: {product} ürününü çocukların ulaşamayacağı yerde saklayın."}},
		pOther:    {{"Kısa bilgi", "Depomuz {date} tarihinde resmi tatil nedeniyle kapalıdır; yanıtlarımız biraz gecikebilir."}},
		pReview:   {{"{product} nasıl?", "{product} ürününüzden memnun kaldığınızı umuyoruz. Amazon'da değerlendirme yapmanız bizi çok mutlu eder."}},
		pIncent:   {{"Küçük bir hediye", "5 yıldızlı değerlendirmeniz için size 100 TL hediye çeki gönderiyoruz!"}},
		pMarket:   {{"Yeni ürünler", "Yeni ürünler mağazamızda! {code} koduyla tüm ürünlerde %15 indirim."}},
		pShipment: {{"Siparişiniz kargoya verildi", "{product} bugün {carrier} ile kargoya verildi. Takip numarası: {track}."}},
	},
	Q: []thread{
		{tmpl{"Kargom nerede?", "Merhaba, kargo takibi üç gündür değişmedi. Kontrol edebilir misiniz?"},
			tmpl{"Ynt: Kargom nerede?", "Sabrınız için teşekkürler. Kargo firması paketin yarın teslim edileceğini onayladı."}},
		{tmpl{"{product} hakkında soru", "{product} bulaşık makinesinde yıkanabilir mi?"},
			tmpl{"Ynt: {product} hakkında soru", "Evet, ancak elde yıkamak yüzeyi daha uzun korur."}},
	},
	Filler: []string{"Küçük bir ekibiz ve her siparişi elle paketliyoruz.", "Müşteri hizmetlerimiz hafta içi 09:00-17:00 arası yanıt verir.", "Sabrınız için tekrar teşekkür ederiz.", "Anlaşılmayan bir şey olursa bu mesajı yanıtlamanız yeterli.", "Atölyemiz 1998'den beri hizmet veriyor.", "İyi haftalar dileriz.", "Her mesajı kendimiz okuyoruz."},
	Snip: map[string][]string{
		"link": {"Daha fazla bilgi: https://{domain}/tr"}, "email": {"Bize destek@{domain} adresinden yazın."},
		"phone": {"Telefon: +90 212 123 45 67"}, "optout": {"Mesaj almak istemiyorsanız listeden çıkmak için DUR yazın."},
		"attach": {"Kullanım kılavuzunu ekte bulabilirsiniz."}, "promo": {"Not: {code} koduyla %10 indirim!"},
		"reviewask": {"Memnun kaldıysanız değerlendirme yapmanız bizi mutlu eder!"},
	},
}

var jaPack = pack{
	Hello: []string{"{name}様", "{name}様\nいつもご利用ありがとうございます。"}, Sign: []string{"よろしくお願いいたします。\n{shop} カスタマーサポート\n{agent}"},
	Order: "ご注文（{id}）", OrderPlain: "ご注文", Tag: "[重要]", Date: "1月2日",
	T: map[string][]tmpl{
		pCustom:   {{"{product}の名入れについて", "{order}の{product}への名入れを準備しております。ご指定のお名前「{name}」の表記でよろしいか、ご返信いただけますでしょうか？"}},
		pDelivery: {{"配送日時のご確認", "{order}の{product}は大型商品のため、配送日時の指定が必要です。ご希望の日時をお知らせください。"}},
		pAddress:  {{"ご住所の確認", "{order}のお届け先に部屋番号が記載されておりません。正しいご住所をご連絡いただけますか？"}},
		pBlocker:  {{"税関書類について", "{order}は海外発送のため、税関への申告が必要です。必要事項をご返信ください。"}},
		pService:  {{"{product}の使い方", "{product}の使い方のご案内です。ご使用前にぬるま湯で洗い、よく乾かしてください。取扱説明書は箱に同梱しております。"}},
		pStock:    {{"{product}について", "誠に申し訳ございません。{order}の{product}は在庫切れとなり、{date}まで入荷の予定がございません。ご注文をキャンセルし、全額返金いたします。"}},
		pInvoice:  {{"領収書の送付", "{order}の領収書をPDFでお送りいたします。"}},
		pWarranty: {{"保証について", "{product}にはお届け日から1年間の保証がございます。"}},
		pLegal:    {{"安全に関するお知らせ", "製品安全に関するお知らせ：{product}は小さなお子様の手の届かない場所に保管してください。"}},
		pOther:    {{"お知らせ", "{date}は祝日のため倉庫が休業となります。ご返信までお時間をいただく場合がございます。"}},
		pReview:   {{"{product}はいかがですか", "{product}はお気に召しましたでしょうか。よろしければ、商品レビューにご感想をお聞かせいただけますと幸いです。"}},
		pIncent:   {{"ささやかなお礼", "星5のレビューを書いていただいた方に、500円分のクーポンをお送りします！"}},
		pMarket:   {{"新商品のご案内", "この度、新しい抹茶セットを発売いたしました。クーポンコード{code}で10%割引になります。"}},
		pShipment: {{"発送完了のお知らせ", "ご注文いただいた{product}を本日発送いたしました。{carrier}の伝票番号は{track}です。"}},
	},
	Q: []thread{
		{tmpl{"荷物が届きません", "こんにちは。追跡の状況が3日間変わっていません。確認していただけますか？"},
			tmpl{"Re: 荷物が届きません", "お待たせして申し訳ございません。配送業者に確認したところ、明日お届け予定とのことです。"}},
		{tmpl{"{product}について質問", "{product}は食洗機で洗えますか？"},
			tmpl{"Re: {product}について質問", "はい、洗えますが、手洗いの方が長持ちします。"}},
	},
	Filler: []string{"当店は小さなチームで、一つひとつ手作業で梱包しております。", "カスタマーサポートは平日9時から17時まで対応しております。", "今後ともよろしくお願いいたします。", "ご不明な点がございましたら、このメッセージにご返信ください。", "当店は1998年創業の茶舗です。", "素敵な一週間をお過ごしください。", "すべてのメッセージをスタッフが拝読しております。"},
	Snip: map[string][]string{
		"link": {"詳しくは https://{domain}/ja をご覧ください。"}, "email": {"お問い合わせは support@{domain} まで。"},
		"phone": {"お電話：03-1234-5678"}, "optout": {"配信停止をご希望の場合は「停止」とご返信ください。"},
		"attach": {"取扱説明書を添付いたします。"}, "promo": {"追伸：クーポンコード{code}で10%割引！"},
		"reviewask": {"よろしければレビューをお願いいたします！"},
	},
}

// names are buyers' first names by language.
var names = map[string][]string{
	"en": {"Emily", "James", "Olivia", "Noah", "Sophie", "Liam", "Grace", "Harry"},
	"de": {"Felix", "Anna", "Lukas", "Marie", "Jonas", "Lea"},
	"fr": {"Camille", "Louis", "Chloé", "Hugo", "Manon"},
	"es": {"Lucía", "Mateo", "Sofía", "Pablo", "Carmen"},
	"it": {"Giulia", "Marco", "Chiara", "Luca", "Elena"},
	"nl": {"Sanne", "Daan", "Eva", "Bram"},
	"pl": {"Zofia", "Jakub", "Maja", "Antoni"},
	"sv": {"Elsa", "Oskar", "Alva", "Lars"},
	"tr": {"Elif", "Mehmet", "Zeynep", "Emre"},
	"ja": {"佐藤", "鈴木", "高橋", "田中", "伊藤"},
}
