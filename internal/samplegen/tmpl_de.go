package main

// dePack holds the German texts.
var dePack = langPack{
	OID: " (Bestellung %s)", SubjID: " – Bestellung %s", Date: "%[1]s, %[2]d. %[3]s",
	Days:   [7]string{"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"},
	Months: [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	Sign:   []string{"Viele Grüße\nIhr Northwind Home Team", "Mit freundlichen Grüßen\nJonas Weber\nNorthwind Home Kundenservice", "Beste Grüße\nLena von Northwind Home"},
	T: map[string][]tmpl{
		"customization": {
			{"@engrave Gravurtext für Ihre Bestellung", "Hallo {name},\n\nvielen Dank für Ihre Bestellung{oid}. Im Feld für die Personalisierung ist leider kein Text angekommen. Welcher Name oder Text soll auf den Artikel „{product}“ graviert werden? Es passen bis zu 30 Zeichen.\n\nWir halten die Bestellung so lange zurück."},
			{"@embroidery Rückfrage zu Ihrem Monogramm", "Guten Tag {name},\n\nbevor wir Ihre Handtücher{oid} besticken: In der Bestellung steht \"MKS\", in der Notiz aber \"M. Schulz\". Welche Variante sollen wir verwenden, und in welcher Garnfarbe (Marine, Grau oder Gold)?"},
			{"@engrave Schriftart für Ihre Gravur", "Hallo {name},\n\nfür die Gravur Ihrer Bestellung{oid} („{product}“) haben Sie noch keine Schriftart gewählt. Möchten Sie eine klassische Serifenschrift, eine moderne Schrift oder Schreibschrift? Antworten Sie einfach kurz, dann legen wir los."},
			{"Datum für Ihre Personalisierung", "Hallo {name},\n\nSie haben als Datum \"10/11\" angegeben. Meinen Sie den 10. November oder den 11. Oktober? Bitte antworten Sie kurz, damit wir Ihre Bestellung{oid} richtig personalisieren."},
		},
		"delivery_scheduling": {
			{"Liefertermin für Ihre Bestellung", "Hallo {name},\n\nIhre Bestellung{oid} („{product}“) wird per Spedition geliefert, und der Fahrer braucht jemanden, der die Lieferung annimmt. Möglich ist {date} zwischen 8 und 12 Uhr oder zwischen 13 und 17 Uhr. Welches Zeitfenster passt Ihnen?"},
			{"Terminvereinbarung Speditionslieferung", "Guten Tag {name},\n\ndie Spedition hat Ihre Sendung{oid} im Lager {city} und möchte einen Liefertermin vereinbaren. Der früheste Termin ist {date}. Bitte nennen Sie uns einen passenden Tag und ob es an der Lieferadresse Treppen gibt."},
		},
		"address_issue": {
			{"Problem mit Ihrer Lieferadresse", "Hallo {name},\n\nwir möchten Ihre Bestellung{oid} versenden, aber der Paketdienst lehnt die Adresse ab: Es fehlt die Hausnummer. Können Sie uns die vollständige Adresse schicken?"},
			{"Adresse konnte nicht geprüft werden", "Guten Tag {name},\n\ndie Postleitzahl in Ihrer Bestellung{oid} passt nicht zu {city}. Bitte prüfen Sie die Angabe und antworten Sie mit der richtigen Postleitzahl, dann versenden wir sofort."},
			{"@furniture Packstation nicht möglich", "Hallo {name},\n\nIhre Bestellung{oid} ist zu groß für eine Packstation. Bitte nennen Sie uns eine Hausadresse, an die wir liefern können."},
		},
		"fulfillment_blocker": {
			{"@ceramic Ihre Bestellung ist angehalten", "Hallo {name},\n\nbeim Verpacken Ihrer Bestellung{oid} haben wir eine kleine Macke in der Glasur entdeckt. Wir können Ihnen {date} ein einwandfreies Stück aus der nächsten Lieferung schicken oder das Stück jetzt mit Preisnachlass versenden. Was ist Ihnen lieber?"},
			{"@textile Rückfrage vor dem Versand", "Guten Tag {name},\n\ndie Farbe Ihres Artikels „{product}“{oid} ist aus der Färberei etwas dunkler zurückgekommen als auf dem Foto. Möchten Sie den Artikel trotzdem, oder sollen wir auf die nächste Charge warten?"},
		},
		"proactive_service": {
			{"@textile Pflegetipps für Ihre Bestellung", "Hallo {name},\n\nIhre Bestellung{oid} sollte inzwischen angekommen sein. Ein paar Tipps: vor dem ersten Gebrauch einmal waschen, keinen Weichspüler verwenden und bei niedriger Temperatur trocknen."},
			{"@shelf So montieren Sie Ihr Wandregal", "Guten Tag {name},\n\nfür die Montage Ihres Wandregals: Verwenden Sie die beiliegenden Dübel, halten Sie 40 cm Abstand zwischen den Haltern und ziehen Sie die Schrauben von Hand an. Das Regal trägt bis zu 15 kg."},
			{"@diffuser Erste Schritte mit Ihrem Aroma-Diffuser", "Hallo {name},\n\nder Diffuser braucht etwa 10 Tropfen Öl auf 100 ml Wasser. Bitte nur bis zur MAX-Markierung füllen und alle zwei Wochen mit einem trockenen Tuch reinigen."},
			{"Gut zu wissen", "Hallo {name},\n\ndanke für Ihre Bestellung{oid}! Falls beim Artikel „{product}“ etwas nicht stimmt, antworten Sie einfach auf diese Nachricht. Wir melden uns innerhalb eines Tages."},
		},
		"invoice": {
			{"Ihre Rechnung zur Bestellung", "Hallo {name},\n\nanbei erhalten Sie die Rechnung zu Ihrer Bestellung{oid} als PDF. Die Mehrwertsteuer ist separat ausgewiesen."},
			{"Rechnung {order}", "Guten Tag {name},\n\nwie gewünscht senden wir Ihnen die Rechnung für Ihren Einkauf. Sie finden sie im Anhang dieser Nachricht."},
		},
		"warranty": {
			{"Ihre Garantie", "Hallo {name},\n\nfür Ihre Bestellung{oid} gilt unsere Herstellergarantie von 2 Jahren. Sie müssen nichts registrieren, Ihre Amazon-Bestellung gilt als Kaufbeleg."},
		},
		"legal_disclosure": {
			{"@lamp Hinweise nach ElektroG", "Guten Tag {name},\n\nwir sind gesetzlich verpflichtet, Sie darauf hinzuweisen: Elektroaltgeräte wie Ihre Lampe{oid} gehören nicht in den Hausmüll. Sie können sie kostenlos bei kommunalen Sammelstellen abgeben."},
			{"Widerrufsbelehrung", "Hallo {name},\n\nhier unsere Widerrufsbelehrung zu Ihrer Bestellung{oid}: Sie können den Vertrag binnen 14 Tagen ohne Angabe von Gründen widerrufen. Die Frist beginnt mit dem Tag, an dem Sie die Ware erhalten haben."},
		},
		"out_of_stock": {
			{"Artikel nicht vorrätig", "Hallo {name},\n\nes tut uns leid: Der Artikel „{product}“ aus Ihrer Bestellung{oid} ist leider ausverkauft. Die nächste Lieferung erwarten wir am {date}. Möchten Sie warten, oder sollen wir die Bestellung stornieren?"},
		},
		"other_permitted": {
			{"Ihre Rücksendung ist angekommen", "Hallo {name},\n\nIhre Rücksendung{oid} ist heute bei uns eingegangen. Die Erstattung erfolgt innerhalb von 3 bis 5 Werktagen auf Ihr ursprüngliches Zahlungsmittel."},
		},
		"review_request": {
			{"Sind Sie zufrieden?", "Hallo {name},\n\nwir hoffen, Ihre Bestellung „{product}“ ist gut angekommen! Als kleiner Familienbetrieb sind wir auf Bewertungen angewiesen. Würden Sie sich kurz Zeit nehmen und eine Bewertung auf Amazon schreiben?"},
			{"Ihre Meinung ist uns wichtig", "Guten Tag {name},\n\nvielen Dank für Ihren Einkauf{oid}. Wir würden uns sehr über eine Bewertung freuen, ob positiv oder negativ. Ihr Feedback hilft anderen Kunden bei der Entscheidung."},
		},
		"review_disguised": {
			{"Wie waren wir?", "Hallo {name},\n\nIhre Bestellung wurde vor ein paar Tagen geliefert. Wie waren wir? Erzählen Sie uns und anderen Käufern auf der Produktseite von Ihren Erfahrungen mit dem Artikel „{product}“."},
		},
		"review_incentive": {
			{"Ein kleines Dankeschön", "Hallo {name},\n\nfür eine 5-Sterne-Bewertung Ihres Einkaufs erstatten wir Ihnen 10 €. Schicken Sie uns einfach einen Screenshot der Bewertung."},
		},
		"marketing": {
			{"15 % Rabatt auf Ihre nächste Bestellung", "Hallo {name},\n\nals Dankeschön für Ihren Einkauf erhalten Sie mit dem Code {code} 15 % Rabatt auf unser gesamtes Sortiment. Unsere neue Herbstkollektion ist da!"},
			{"Neu bei Northwind Home", "Guten Tag {name},\n\npassend zu Ihrem letzten Einkauf gibt es jetzt neue Kissenhüllen und Decken. Schauen Sie in unserem Amazon-Shop vorbei, nur diese Woche mit 20 % Rabatt."},
			{"Folgen Sie uns!", "Hallo {name},\n\nfolgen Sie uns auf Instagram @northwindhome.de für Einrichtungsideen und Gewinnspiele."},
		},
		"shipment_notice": {
			{"Ihre Bestellung wurde versandt", "Hallo {name},\n\ngute Nachrichten: Ihre Bestellung{oid} ist unterwegs! Versand heute mit {carrier}, Sendungsnummer {track}."},
			{"Bestellbestätigung", "Guten Tag {name},\n\nvielen Dank für Ihre Bestellung{oid}! Wir haben sie erhalten und verpacken den Artikel „{product}“ innerhalb von 24 Stunden."},
		},
	},
	Threads: []thread{
		{tmpl{"@lamp Frage zu den Maßen", "Hallo, wie groß ist die Lampe genau? Ich brauche die Maße für meinen Nachttisch. Danke!"},
			tmpl{"", "Hallo {name},\n\ngerne: Die Lampe ist 45 cm hoch, der Fuß hat 15 cm Durchmesser und der Schirm 30 cm."}},
		{tmpl{"Rechnung fehlt", "Guten Tag, ich habe zu meiner Bestellung{oid} noch keine Rechnung bekommen. Können Sie mir die bitte schicken?"},
			tmpl{"", "Guten Tag {name},\n\nentschuldigen Sie bitte. Die Rechnung finden Sie im Anhang dieser Nachricht als PDF."}},
		{tmpl{"Wo bleibt mein Paket?", "Hallo, die Sendung hängt seit drei Tagen im Paketzentrum. Können Sie nachfragen?"},
			tmpl{"", "Hallo {name},\n\nwir haben beim Paketdienst nachgefragt: Ihr Paket ist im Depot {city} und wird morgen zugestellt. Falls nicht, melden Sie sich bitte hier, dann schicken wir Ersatz."}},
		{tmpl{"@fragile Beschädigt angekommen", "Mein Paket ist angekommen, aber ein Teil hat einen Sprung. Was nun?"},
			tmpl{"", "Hallo {name},\n\ndas tut uns sehr leid. Schicken Sie uns bitte ein Foto vom Schaden und vom Karton, dann senden wir sofort Ersatz oder erstatten den Kaufpreis, ganz wie Sie möchten."}},
		{tmpl{"@textile Waschbar?", "Kann man das in der Maschine waschen? Auf dem Etikett steht nichts dazu."},
			tmpl{"", "Hallo {name},\n\nja, bei 30 °C im Schonwaschgang, ohne Bleichmittel, und bei niedriger Temperatur trocknen."}},
	},
	S: map[string][]string{
		"link_https": {"Die Anleitung finden Sie unter https://northwindhome.de/anleitungen"},
		"link_www":   {"Weitere Tipps auf www.northwindhome.de/pflege"},
		"link_bare":  {"Alle Anleitungen auch auf northwindhome.de"},
		"link_dot":   {"Mehr dazu auf northwindhome punkt de."},
		"email":      {"Fragen? Schreiben Sie an service@northwindhome.de."},
		"email_obf":  {"Oder per E-Mail: service (at) northwindhome.de"},
		"phone":      {"Sie erreichen uns auch telefonisch unter 030 1234 5678."},
		"phone_obf":  {"Rufen Sie uns an: null drei null - eins zwei drei vier - fünf sechs sieben acht."},
		"optout":     {"Wenn Sie keine Nachrichten mehr von uns erhalten möchten, antworten Sie einfach mit \"Abmelden\"."},
		"attach":     {"Im Anhang finden Sie die Anleitung als PDF."},
		"promo":      {"PS: Mit dem Code DANKE10 sparen Sie 10 % bei Ihrer nächsten Bestellung!"},
		"review_ask": {"Wenn wir Ihnen helfen konnten, freuen wir uns über eine 5-Sterne-Bewertung!"},
	},
}
