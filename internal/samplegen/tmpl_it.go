package main

// itPack holds the Italian texts.
var itPack = langPack{
	OID: " (ordine %s)", SubjID: " - ordine %s", Date: "%[1]s %[2]d %[3]s",
	Days:   [7]string{"domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"},
	Months: [12]string{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	Sign:   []string{"Cordiali saluti,\nIl team di Northwind Home", "Un saluto,\nGiorgia – assistenza clienti Northwind Home"},
	T: map[string][]tmpl{
		"customization": {
			{"@engrave Testo per l'incisione", "Ciao {name},\n\ngrazie per il tuo ordine{oid}. Il campo della personalizzazione è arrivato vuoto: quale nome o testo vuoi far incidere sull'articolo \"{product}\"? Al massimo 30 caratteri.\n\nTeniamo l'ordine in sospeso fino alla tua risposta."},
		},
		"delivery_scheduling": {
			{"Appuntamento per la consegna", "Ciao {name},\n\nil tuo ordine{oid} ({product}) viaggia con un corriere espresso che ha bisogno di qualcuno a casa per la consegna. È possibile {date}, mattina o pomeriggio. Quale fascia preferisci?"},
		},
		"address_issue": {
			{"Problema con l'indirizzo di spedizione", "Ciao {name},\n\nil corriere non accetta l'indirizzo del tuo ordine{oid}: manca il numero civico. Puoi rispondere con l'indirizzo completo?"},
		},
		"fulfillment_blocker": {
			{"@ceramic Il tuo ordine è in attesa", "Ciao {name},\n\nimballando il tuo ordine{oid} abbiamo notato un piccolo difetto nello smalto. Preferisci aspettare un pezzo nuovo, disponibile {date}, o riceverlo così con uno sconto?"},
		},
		"proactive_service": {
			{"Buono a sapersi", "Ciao {name},\n\ngrazie per il tuo ordine{oid}! Se qualcosa non va con l'articolo \"{product}\", rispondi pure a questo messaggio: ti rispondiamo entro un giorno."},
			{"@textile Consigli per il tuo ordine", "Ciao {name},\n\nil tuo ordine{oid} dovrebbe essere arrivato. Qualche consiglio: lavalo prima del primo utilizzo, senza ammorbidente, e asciugalo a bassa temperatura."},
		},
		"invoice": {
			{"Fattura ordine {order}", "Buongiorno {name},\n\ncome richiesto ti inviamo la fattura del tuo acquisto: la trovi in allegato a questo messaggio."},
			{"La tua fattura", "Ciao {name},\n\nin allegato trovi la fattura del tuo ordine{oid} in formato PDF."},
		},
		"out_of_stock": {
			{"Articolo esaurito", "Ciao {name},\n\nci dispiace: l'articolo \"{product}\" del tuo ordine{oid} è esaurito. Il prossimo arrivo è previsto per {date}. Vuoi aspettare o preferisci annullare l'ordine?"},
		},
		"review_request": {
			{"Sei soddisfatto del tuo acquisto?", "Ciao {name},\n\nsperiamo che il tuo acquisto ({product}) ti piaccia! Potresti dedicarci un minuto e lasciare una recensione su Amazon? Per una piccola azienda come la nostra è molto importante."},
		},
		"marketing": {
			{"Sconto del 15% sul prossimo ordine", "Ciao {name},\n\nper ringraziarti ecco il 15% di sconto su tutto il negozio con il codice {code}. Scopri la nostra nuova collezione autunnale!"},
		},
		"shipment_notice": {
			{"Il tuo ordine è stato spedito", "Ciao {name},\n\nbuone notizie: il tuo ordine{oid} è in viaggio! Corriere {carrier}, numero di tracking {track}."},
		},
	},
	Threads: []thread{
		{tmpl{"@lamp Domanda sulle misure", "Buongiorno, quali sono le misure esatte della lampada? Grazie"},
			tmpl{"", "Ciao {name},\n\nla lampada è alta 45 cm, la base ha un diametro di 15 cm."}},
		{tmpl{"Fattura", "Buongiorno, mi serve la fattura per il mio ordine{oid}. Potete inviarla?"},
			tmpl{"", "Ciao {name},\n\nin allegato trovi la fattura in PDF."}},
	},
	S: map[string][]string{
		"email":      {"Per domande scrivi a assistenza@northwindhome.it."},
		"attach":     {"In allegato trovi le istruzioni in PDF."},
		"review_ask": {"Se ti abbiamo aiutato, una recensione a 5 stelle ci farebbe molto piacere!"},
	},
}
