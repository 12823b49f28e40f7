package gen

func init() { packs["de"], packs["fr"] = &dePack, &frPack }

var dePack = pack{
	Hello: []string{"Hallo {name},", "Guten Tag {name},"}, Sign: []string{"Viele Grüße\n{agent}\n{shop} Kundenservice"},
	Order: "Bestellung {id}", OrderPlain: "Ihre Bestellung", Tag: "[Wichtig]", Date: "2.1.2006",
	T: map[string][]tmpl{
		pCustom:   {{"Gravur für Ihr {product}", "Wir bereiten die Gravur für Ihr {product} vor ({order}). Der Name lautet \"{name}\" - bitte bestätigen Sie kurz die Schreibweise, bevor wir beginnen."}},
		pDelivery: {{"Liefertermin für Ihr {product}", "Ihr {product} ({order}) wird per Spedition geliefert. Die Spedition braucht einen Liefertermin: Welcher Tag nächste Woche passt Ihnen?"}},
		pAddress:  {{"Adresse unvollständig", "Bei {order} fehlt in der Lieferadresse die Hausnummer. Bitte teilen Sie uns die vollständige Adresse mit."}},
		pBlocker:  {{"Angaben für den Zoll", "Die Sendung zu {order} geht ins Ausland und braucht eine Zollerklärung. Bitte senden Sie uns Ihre Steuernummer."}},
		pService:  {{"Tipps für Ihr {product}", "Ein paar Tipps für Ihr neues {product}: Vor dem ersten Gebrauch warm abspülen und gut trocknen. Die Anleitung liegt im Karton."}},
		pStock:    {{"Zu Ihrer Bestellung", "Leider ist das {product} ({order}) ausverkauft und erst ab {date} wieder lieferbar. Wir stornieren die Bestellung und erstatten den vollen Betrag."}},
		pInvoice:  {{"Ihre Rechnung", "Hier ist die Rechnung zu {order} als PDF."}},
		pWarranty: {{"Garantie für Ihr {product}", "Ihr {product} hat 2 Jahre Garantie ab Lieferung. Bewahren Sie die Bestelldaten als Kaufbeleg auf."}},
		pLegal:    {{"Hinweis zur Entsorgung", "Nach dem Batteriegesetz (BattG) dürfen Batterien nicht in den Hausmüll. Bitte geben Sie sie an einer Sammelstelle ab."}},
		pOther:    {{"Kurze Info", "Unser Lager ist am {date} wegen eines Feiertags geschlossen; Antworten können etwas länger dauern."}},
		pReview:   {{"Wie gefällt Ihnen Ihr {product}?", "Wir hoffen, Ihr {product} ist gut angekommen. Über eine Bewertung auf Amazon würden wir uns sehr freuen!"}},
		pIncent:   {{"Ein kleines Dankeschön", "Für eine Bewertung mit 5 Sterne erstatten wir Ihnen 10 Euro - schicken Sie uns einfach einen Screenshot."}},
		pMarket:   {{"10 % Rabatt für Sie", "Mit dem Gutschein {code} sparen Sie 10 % - entdecken Sie unsere neue Herbstkollektion!"}},
		pShipment: {{"Ihre Bestellung wurde versandt", "Ihr {product} wurde heute versandt. Sendungsnummer: {track} ({carrier})."}},
	},
	Q: []thread{
		{tmpl{"Wo bleibt mein Paket?", "Hallo, die Sendung hängt seit drei Tagen im Paketzentrum. Können Sie nachfragen?"},
			tmpl{"AW: Wo bleibt mein Paket?", "Danke für Ihre Geduld. Ich habe beim Paketdienst nachgefragt: Das Paket ist im Zustellzentrum und kommt morgen."}},
		{tmpl{"Frage zum {product}", "Ist das {product} spülmaschinenfest?"},
			tmpl{"AW: Frage zum {product}", "Ja, aber Handwäsche schont die Oberfläche länger."}},
	},
	Filler: []string{"Wir sind ein kleines Team und packen jede Bestellung von Hand.", "Unser Kundenservice ist Montag bis Freitag von 9 bis 17 Uhr für Sie da.", "Vielen Dank für Ihre Geduld.", "Falls etwas unklar ist, antworten Sie einfach auf diese Nachricht.", "Unsere Werkstatt gibt es seit 1998.", "Wir wünschen Ihnen eine schöne Woche.", "Jede Nachricht lesen wir selbst."},
	Snip: map[string][]string{
		"link": {"Weitere Infos: https://{domain}/de/hilfe"}, "email": {"Schreiben Sie uns an service@{domain}."},
		"phone": {"Telefon: +49 30 12345678"}, "optout": {"Wenn Sie keine Nachrichten mehr wünschen, können Sie sich hier abmelden."},
		"attach": {"Im Anhang finden Sie die Anleitung als PDF."}, "promo": {"P.S. Mit dem Code {code} erhalten Sie 10 % Rabatt."},
		"reviewask": {"Über eine Bewertung auf Amazon würden wir uns freuen!"},
	},
}

var frPack = pack{
	Hello: []string{"Bonjour {name},"}, Sign: []string{"Cordialement,\n{agent}\nService client {shop}"},
	Order: "la commande {id}", OrderPlain: "votre commande", Tag: "[Important]", Date: "02/01/2006",
	T: map[string][]tmpl{
		pCustom:   {{"Gravure de votre {product}", "Nous allons préparer la gravure de votre {product} ({order}). Le prénom indiqué est « {name} » : pourriez-vous confirmer l'orthographe ?"}},
		pDelivery: {{"Rendez-vous de livraison", "Votre {product} ({order}) est livré par transporteur. Pourriez-vous nous indiquer vos disponibilités pour un rendez-vous la semaine prochaine ?"}},
		pAddress:  {{"Adresse incomplète", "L'adresse de livraison de {order} est incomplète : il manque le numéro d'appartement et le code d'accès. Merci de nous les indiquer."}},
		pBlocker:  {{"Informations pour la douane", "Le colis de {order} part à l'étranger et la douane demande une déclaration. Pourriez-vous nous envoyer votre numéro fiscal ?"}},
		pService:  {{"Conseils pour votre {product}", "Quelques conseils pour votre {product} : avant la première utilisation, lavez-le à l'eau tiède. La notice se trouve dans le carton."}},
		pStock:    {{"Votre {product}", "Nous sommes désolés : le {product} ({order}) est en rupture de stock jusqu'au {date}. Nous annulons la commande et vous remboursons intégralement."}},
		pInvoice:  {{"Votre facture", "Voici la facture de {order} en PDF."}},
		pWarranty: {{"Garantie de votre {product}", "Votre {product} bénéficie d'une garantie de 2 ans à compter de la livraison."}},
		pLegal:    {{"Droit de rétractation", "Conformément au Code de la consommation, vous disposez d'un droit de rétractation de 14 jours."}},
		pOther:    {{"Petite information", "Notre entrepôt est fermé le {date} (jour férié) ; nos réponses peuvent prendre un peu plus de temps."}},
		pReview:   {{"Votre avis compte", "Nous espérons que votre {product} vous plaît. Pourriez-vous prendre deux minutes pour laisser un avis sur Amazon ?"}},
		pIncent:   {{"Un petit cadeau", "Laissez un avis 5 étoiles sur votre {product} et nous vous offrons un bon d'achat de 10 € !"}},
		pMarket:   {{"Nouvelle collection", "Découvrez notre nouvelle collection d'automne avec le code promo {code} : -15 % sur tout le magasin !"}},
		pShipment: {{"Votre commande a été expédiée", "Votre {product} a été expédié aujourd'hui avec {carrier}. Numéro de suivi : {track}."}},
	},
	Q: []thread{
		{tmpl{"Où est mon colis ?", "Bonjour, mon colis n'a pas bougé depuis trois jours. Pouvez-vous vérifier ?"},
			tmpl{"RE: Où est mon colis ?", "Merci de votre patience. Le transporteur confirme que le colis est au dépôt et sera livré demain."}},
		{tmpl{"Question sur le {product}", "Le {product} passe-t-il au lave-vaisselle ?"},
			tmpl{"RE: Question sur le {product}", "Oui, mais un lavage à la main préserve mieux la finition."}},
	},
	Filler: []string{"Nous sommes une petite équipe et chaque commande est emballée à la main.", "Notre service client répond du lundi au vendredi, de 9 h à 17 h.", "Merci encore pour votre patience.", "Si quelque chose n'est pas clair, répondez simplement à ce message.", "Notre atelier existe depuis 1998.", "Nous vous souhaitons une excellente semaine.", "Nous lisons chaque message nous-mêmes."},
	Snip: map[string][]string{
		"link": {"Plus d'informations sur https://{domain}/fr"}, "email": {"Écrivez-nous à service@{domain}."},
		"phone": {"Tél. : +33 1 23 45 67 89"}, "optout": {"Pour vous désinscrire de nos messages, répondez STOP."},
		"attach": {"Vous trouverez la notice en pièce jointe."}, "promo": {"P.S. : -10 % avec le code promo {code} !"},
		"reviewask": {"Et n'hésitez pas à laisser un avis sur Amazon !"},
	},
}
