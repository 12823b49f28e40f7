package gen

func init() { packs["nl"], packs["pl"], packs["sv"] = &nlPack, &plPack, &svPack }

var nlPack = pack{
	Hello: []string{"Hallo {name},", "Beste {name},"}, Sign: []string{"Met vriendelijke groet,\n{agent}\nKlantenservice {shop}"},
	Order: "bestelling {id}", OrderPlain: "uw bestelling", Tag: "[Important]", Date: "2-1-2006",
	T: map[string][]tmpl{
		pCustom:   {{"Tekst voor uw {product}", "We gaan uw {product} ({order}) graveren. De tekst voor de gravure is \"{name}\". Kunt u de spelling bevestigen?"}},
		pDelivery: {{"Bezorgmoment voor uw {product}", "Uw {product} ({order}) wordt per vrachtwagen bezorgd. Welk bezorgmoment volgende week past u het beste?"}},
		pAddress:  {{"Huisnummer ontbreekt", "Bij {order} ontbreekt het huisnummer in het adres. Kunt u ons het volledige adres sturen?"}},
		pBlocker:  {{"Informatie voor de douane", "{order} gaat naar het buitenland en de douane vraagt een verklaring. Kunt u ons uw btw-nummer sturen?"}},
		pService:  {{"Tips voor uw {product}", "Een paar tips voor uw {product}: spoel het voor het eerste gebruik af met warm water en droog het goed af."}},
		pStock:    {{"Over uw {product}", "Helaas is de {product} ({order}) uitverkocht tot {date}. We annuleren de bestelling en betalen het volledige bedrag terug."}},
		pInvoice:  {{"Uw factuur", "Hier is de factuur van {order} als PDF."}},
		pWarranty: {{"Garantie op uw {product}", "Uw {product} heeft 2 jaar garantie vanaf de levering."}},
		pLegal:    {{"Afvoer volgens WEEE", "Volgens de WEEE-richtlijn mag dit apparaat niet bij het huisvuil."}},
		pOther:    {{"Even een bericht", "Ons magazijn is op {date} gesloten vanwege een feestdag; antwoorden kunnen iets langer duren."}},
		pReview:   {{"Hoe bevalt uw {product}?", "We hopen dat u blij bent met uw {product}. Zou u een beoordeling willen achterlaten op Amazon?"}},
		pIncent:   {{"Een cadeautje", "Laat een beoordeling van 5 sterren achter en ontvang een cadeaubon van 10 euro!"}},
		pMarket:   {{"Nieuwe producten", "Ontdek onze nieuwe producten met {code}: 15% korting in de hele winkel. Volg ons op Instagram!"}},
		pShipment: {{"Uw bestelling is verzonden", "Uw {product} is verzonden met {carrier}. Track & trace: {track}."}},
	},
	Q: []thread{
		{tmpl{"Waar blijft mijn pakket?", "Hallo, de status staat al drie dagen stil. Kunt u dit nakijken?"},
			tmpl{"Re: Waar blijft mijn pakket?", "Bedankt voor uw geduld. De vervoerder bevestigt dat het pakket morgen wordt bezorgd."}},
		{tmpl{"Vraag over de {product}", "Mag de {product} in de vaatwasser?"},
			tmpl{"Re: Vraag over de {product}", "Ja, maar met de hand afwassen houdt de afwerking langer mooi."}},
	},
	Filler: []string{"We zijn een klein team en pakken elke bestelling met de hand in.", "Onze klantenservice is bereikbaar van maandag tot vrijdag, van 9 tot 17 uur.", "Nogmaals bedankt voor uw geduld.", "Is er iets niet duidelijk, antwoord dan gewoon op dit bericht.", "Onze werkplaats bestaat sinds 1998.", "We wensen u een fijne week.", "We lezen elk bericht zelf."},
	Snip: map[string][]string{
		"link": {"Meer informatie: https://{domain}/nl"}, "email": {"Mail ons op service@{domain}."},
		"phone": {"Bel ons: +31 20 123 4567"}, "optout": {"Wilt u geen berichten meer ontvangen? Dan kunt u zich afmelden met STOP."},
		"attach": {"In de bijlage vindt u de handleiding."}, "promo": {"P.S. 10% korting met de code {code}!"},
		"reviewask": {"En bent u tevreden, laat dan een beoordeling achter!"},
	},
}

var plPack = pack{
	Hello: []string{"Dzień dobry {name},"}, Sign: []string{"Pozdrawiamy,\n{agent}\nObsługa klienta {shop}"},
	Order: "zamówienie {id}", OrderPlain: "zamówienie", Tag: "[Important]", Date: "2.01.2006",
	T: map[string][]tmpl{
		pCustom:   {{"Grawer na {product}", "Przygotowujemy grawer na {product} ({order}). Podane imię to „{name}”. Prosimy o potwierdzenie pisowni."}},
		pDelivery: {{"Termin dostawy", "{product} ({order}) dostarczy firma spedycyjna. Prosimy o wskazanie dogodnego terminu dostawy w przyszłym tygodniu."}},
		pAddress:  {{"Brak numeru mieszkania", "W adresie dla {order} brakuje numeru mieszkania. Prosimy o przesłanie pełnego adresu."}},
		pBlocker:  {{"Dane do odprawy celnej", "Przesyłka {order} jedzie za granicę i wymaga deklaracji celnej. Prosimy o podanie numeru NIP."}},
		pService:  {{"Porady dotyczące {product}", "Kilka porad: przed pierwszym użyciem umyj {product} w ciepłej wodzie. Instrukcja jest w pudełku."}},
		pStock:    {{"Informacja o {product}", "Niestety {product} ({order}) jest wyprzedany do {date}. Anulujemy zamówienie i zwrócimy pełną kwotę."}},
		pInvoice:  {{"Faktura", "Przesyłamy fakturę do {order} w formacie PDF."}},
		pWarranty: {{"Gwarancja", "{product} jest objęty 2-letnią gwarancją od dnia dostawy."}},
		pLegal:    {{"Informacja WEEE", "Zgodnie z dyrektywą WEEE zużytego sprzętu nie wolno wyrzucać do odpadów domowych."}},
		pOther:    {{"Krótka informacja", "Nasz magazyn jest zamknięty {date} z powodu święta; odpowiedzi mogą potrwać dłużej."}},
		pReview:   {{"Jak się sprawdza {product}?", "Mamy nadzieję, że {product} się podoba. Będziemy wdzięczni za wystawienie opinii na Amazon."}},
		pIncent:   {{"Mały prezent", "Za ocenę z 5 gwiazdkami wyślemy kartę podarunkową o wartości 40 zł!"}},
		pMarket:   {{"Nowości", "Sprawdź nasze nowości z kodem rabatowym {code}: 15% rabatu na cały sklep."}},
		pShipment: {{"Zamówienie zostało wysłane", "{product} zostało wysłane dziś przez {carrier}. Numer przesyłki: {track}."}},
	},
	Q: []thread{
		{tmpl{"Gdzie jest moja paczka?", "Dzień dobry, status przesyłki nie zmienia się od trzech dni. Czy mogą Państwo sprawdzić?"},
			tmpl{"Odp: Gdzie jest moja paczka?", "Dziękujemy za cierpliwość. Przewoźnik potwierdza, że paczka dotrze jutro."}},
		{tmpl{"Pytanie o {product}", "Czy {product} można myć w zmywarce?"},
			tmpl{"Odp: Pytanie o {product}", "Tak, ale mycie ręczne lepiej chroni powierzchnię."}},
	},
	Filler: []string{"Jesteśmy małym zespołem i każde zamówienie pakujemy ręcznie.", "Nasz dział obsługi klienta odpowiada od poniedziałku do piątku w godzinach 9-17.", "Jeszcze raz dziękujemy za cierpliwość.", "Jeśli coś jest niejasne, prosimy po prostu odpowiedzieć na tę wiadomość.", "Nasza pracownia istnieje od 1998 roku.", "Życzymy udanego tygodnia.", "Każdą wiadomość czytamy osobiście."},
	Snip: map[string][]string{
		"link": {"Więcej informacji: https://{domain}/pl"}, "email": {"Napisz do nas: serwis@{domain}."},
		"phone": {"Tel. +48 22 123 45 67"}, "optout": {"Jeśli nie chcesz otrzymywać wiadomości, możesz się wypisać, odpowiadając STOP."},
		"attach": {"W załączniku przesyłamy instrukcję."}, "promo": {"P.S. 10% rabatu z kodem {code}!"},
		"reviewask": {"Będziemy wdzięczni za wystawienie opinii na Amazon!"},
	},
}

var svPack = pack{
	Hello: []string{"Hej {name},"}, Sign: []string{"Vänliga hälsningar,\n{agent}\nKundtjänst {shop}"},
	Order: "order {id}", OrderPlain: "din order", Tag: "[Important]", Date: "2/1 2006",
	T: map[string][]tmpl{
		pCustom:   {{"Gravyr på din {product}", "Vi ska snart göra gravyren på din {product} ({order}). Namnet är \"{name}\" - kan du bekräfta stavningen?"}},
		pDelivery: {{"Leveranstid för din {product}", "Din {product} ({order}) levereras med speditör. Vilken dag nästa vecka passar dig?"}},
		pAddress:  {{"Ofullständig adress", "Adressen för {order} saknar lägenhetsnummer, det är en ofullständig adress. Kan du skicka den fullständiga adressen?"}},
		pBlocker:  {{"Tulluppgifter behövs", "Paketet för {order} skickas utomlands och tullen kräver en deklaration. Kan du skicka ditt personnummer?"}},
		pService:  {{"Tips för din {product}", "Några tips för din {product}: diska den i varmt vatten före första användningen."}},
		pStock:    {{"Om din {product}", "Tyvärr är {product} ({order}) slut i lager till {date}. Vi avbryter ordern och återbetalar hela beloppet."}},
		pInvoice:  {{"Din faktura", "Här kommer fakturan för {order} som PDF."}},
		pWarranty: {{"Garanti för din {product}", "Din {product} har 2 års garanti från leveransdagen."}},
		pLegal:    {{"Information om WEEE", "Enligt WEEE-direktivet får produkten inte slängas i hushållsavfallet."}},
		pOther:    {{"Kort information", "Vårt lager är stängt den {date} på grund av helgdag; svaren kan dröja lite."}},
		pReview:   {{"Hur gillar du din {product}?", "Vi hoppas att du är nöjd med din {product}. Vi skulle bli jätteglada om du ville skriva en recension på Amazon."}},
		pIncent:   {{"En liten present", "Skriv en recension med 5 stjärnor så skickar vi ett presentkort på 100 kr!"}},
		pMarket:   {{"Nya kollektionen", "Upptäck vår nya kollektion med rabattkod {code}: 15 % på hela butiken. Följ oss på Instagram!"}},
		pShipment: {{"Din order har skickats", "Din {product} har skickats i dag med {carrier}. Spårningsnummer: {track}."}},
	},
	Q: []thread{
		{tmpl{"Var är mitt paket?", "Hej, spårningen har stått still i tre dagar. Kan ni kolla?"},
			tmpl{"SV: Var är mitt paket?", "Tack för ditt tålamod. Transportören bekräftar att paketet kommer i morgon."}},
		{tmpl{"Fråga om {product}", "Tål {product} diskmaskin?"},
			tmpl{"SV: Fråga om {product}", "Ja, men handdisk bevarar ytan längre."}},
	},
	Filler: []string{"Vi är ett litet team och packar varje order för hand.", "Vår kundtjänst svarar måndag till fredag, kl. 9-17.", "Tack igen för ditt tålamod.", "Om något är oklart är det bara att svara på det här meddelandet.", "Vår verkstad har funnits sedan 1998.", "Vi önskar dig en fin vecka.", "Vi läser varje meddelande själva."},
	Snip: map[string][]string{
		"link": {"Mer information: https://{domain}/se"}, "email": {"Mejla oss på kundtjanst@{domain}."},
		"phone": {"Ring oss: +46 8 123 456 78"}, "optout": {"Vill du inte få fler meddelanden kan du avregistrera dig genom att svara STOPP."},
		"attach": {"Bruksanvisningen finns som PDF-bilaga."}, "promo": {"P.S. 10 % rabatt med rabattkod {code}!"},
		"reviewask": {"Skriv gärna en recension på Amazon!"},
	},
}
