package gen

func init() { packs["es"], packs["it"] = &esPack, &itPack }

var esPack = pack{
	Hello: []string{"Hola {name}:", "Estimado/a {name}:"}, Sign: []string{"Un saludo,\n{agent}\nAtención al cliente de {shop}"},
	Order: "el pedido {id}", OrderPlain: "su pedido", Tag: "[Important]", Date: "2/1/2006",
	T: map[string][]tmpl{
		pCustom:   {{"Grabado de su {product}", "Vamos a grabar su {product} ({order}). El nombre indicado es «{name}». ¿Podría confirmar cómo se escribe?"}},
		pDelivery: {{"Cita de entrega", "Su {product} ({order}) se entrega con transportista y necesita una cita. ¿Qué día de la próxima semana le viene bien?"}},
		pAddress:  {{"Dirección incompleta", "La dirección de {order} está incompleta: falta el número de piso. ¿Podría indicarnos la dirección completa?"}},
		pBlocker:  {{"Datos para la aduana", "El envío de {order} va al extranjero y la aduana pide una declaración. ¿Podría enviarnos su NIF?"}},
		pService:  {{"Consejos para su {product}", "Algunos consejos para su {product}: antes del primer uso, lávelo con agua tibia y séquelo bien."}},
		pStock:    {{"Sobre su {product}", "Lo sentimos: el {product} ({order}) está agotado hasta el {date}. Cancelamos el pedido y le devolvemos el importe completo."}},
		pInvoice:  {{"Su factura", "Le enviamos la factura de {order} en PDF."}},
		pWarranty: {{"Garantía de su {product}", "Su {product} tiene una garantía de 2 años desde la entrega."}},
		pLegal:    {{"Derecho de desistimiento", "Le recordamos que dispone de 14 días para ejercer su derecho de desistimiento."}},
		pOther:    {{"Un aviso", "Nuestro almacén cierra el {date} por festivo; las respuestas pueden tardar un poco más."}},
		pReview:   {{"¿Qué tal su {product}?", "Esperamos que le guste su {product}. Nos ayudaría muchísimo que dejara una reseña en Amazon."}},
		pIncent:   {{"Un regalo para usted", "Deje una reseña de 5 estrellas y le enviamos una tarjeta regalo de 10 €."}},
		pMarket:   {{"Novedades de otoño", "Descubra nuestras novedades con el código de descuento {code}: un 15 % en toda la tienda."}},
		pShipment: {{"Su pedido ha sido enviado", "Su {product} ha sido enviado hoy con {carrier}. Número de seguimiento: {track}."}},
	},
	Q: []thread{
		{tmpl{"¿Dónde está mi paquete?", "Hola, el seguimiento no se mueve desde hace tres días. ¿Pueden comprobarlo?"},
			tmpl{"RE: ¿Dónde está mi paquete?", "Gracias por su paciencia. El transportista confirma que el paquete llegará mañana."}},
		{tmpl{"Pregunta sobre el {product}", "¿El {product} se puede lavar en el lavavajillas?"},
			tmpl{"RE: Pregunta sobre el {product}", "Sí, aunque lavarlo a mano conserva mejor el acabado."}},
	},
	Filler: []string{"Somos un equipo pequeño y preparamos cada pedido a mano.", "Nuestro servicio de atención al cliente responde de lunes a viernes, de 9 a 17 h.", "Gracias de nuevo por su paciencia.", "Si algo no queda claro, responda a este mensaje.", "Nuestro taller existe desde 1998.", "Le deseamos una feliz semana.", "Leemos cada mensaje nosotros mismos."},
	Snip: map[string][]string{
		"link": {"Más información en https://{domain}/es"}, "email": {"Escríbanos a servicio@{domain}."},
		"phone": {"Teléfono: +34 912 345 678"}, "optout": {"Si no desea recibir más mensajes, puede darse de baja respondiendo BAJA."},
		"attach": {"Le adjuntamos las instrucciones en PDF."}, "promo": {"P.D.: un 10 % de descuento con el código {code}."},
		"reviewask": {"¡Y si está contento, déjenos una reseña en Amazon!"},
	},
}

var itPack = pack{
	Hello: []string{"Ciao {name},", "Gentile {name},"}, Sign: []string{"Cordiali saluti,\n{agent}\nServizio clienti {shop}"},
	Order: "l'ordine {id}", OrderPlain: "il suo ordine", Tag: "[Important]", Date: "2/1/2006",
	T: map[string][]tmpl{
		pCustom:   {{"Incisione del suo {product}", "Stiamo per preparare l'incisione del suo {product} ({order}). Il nome indicato è \"{name}\": potrebbe confermare come si scrive?"}},
		pDelivery: {{"Appuntamento per la consegna", "Il suo {product} ({order}) viaggia con corriere espresso, che chiede un appuntamento. Quale fascia oraria preferisce la prossima settimana?"}},
		pAddress:  {{"Indirizzo incompleto", "L'indirizzo di {order} è incompleto: manca il numero civico. Potrebbe inviarci l'indirizzo completo?"}},
		pBlocker:  {{"Documenti per la dogana", "La spedizione di {order} va all'estero e la dogana richiede una dichiarazione. Potrebbe inviarci il suo codice fiscale?"}},
		pService:  {{"Consigli per il suo {product}", "Alcuni consigli per il suo {product}: prima del primo utilizzo lo lavi con acqua tiepida. Il manuale è nella scatola."}},
		pStock:    {{"Il suo {product}", "Ci dispiace: il {product} ({order}) è esaurito fino al {date}. Annulliamo l'ordine e la rimborsiamo per intero."}},
		pInvoice:  {{"La sua fattura", "Le inviamo la fattura per {order} in PDF."}},
		pWarranty: {{"Garanzia del suo {product}", "Il suo {product} ha una garanzia di 2 anni dalla consegna."}},
		pLegal:    {{"Smaltimento RAEE", "Secondo il D.Lgs. 49/2014 (RAEE), l'apparecchio non va gettato nei rifiuti domestici."}},
		pOther:    {{"Un avviso", "Il nostro magazzino è chiuso il {date} per festività; le risposte potrebbero richiedere più tempo."}},
		pReview:   {{"Come va con il suo {product}?", "Speriamo che il {product} le piaccia. Ci lascerebbe una recensione su Amazon?"}},
		pIncent:   {{"Un piccolo regalo", "Lasci una recensione a 5 stelle e le inviamo un buono regalo da 10 €!"}},
		pMarket:   {{"Novità d'autunno", "Scopra la nuova collezione con il codice sconto {code}: 15 % su tutto il negozio. Seguici su Instagram!"}},
		pShipment: {{"Il suo ordine è stato spedito", "Il suo {product} è stato spedito oggi con {carrier}. Codice di tracciamento: {track}."}},
	},
	Q: []thread{
		{tmpl{"Dov'è il mio pacco?", "Buongiorno, il tracciamento è fermo da tre giorni. Potete verificare?"},
			tmpl{"R: Dov'è il mio pacco?", "Grazie per la pazienza. Il corriere conferma che il pacco arriverà domani."}},
		{tmpl{"Domanda sul {product}", "Il {product} si può lavare in lavastoviglie?"},
			tmpl{"R: Domanda sul {product}", "Sì, ma il lavaggio a mano conserva meglio la finitura."}},
	},
	Filler: []string{"Siamo un piccolo team e prepariamo ogni ordine a mano.", "Il nostro servizio clienti risponde dal lunedì al venerdì, dalle 9 alle 17.", "Grazie ancora per la pazienza.", "Se qualcosa non è chiaro, risponda pure a questo messaggio.", "Il nostro laboratorio esiste dal 1998.", "Le auguriamo una buona settimana.", "Leggiamo ogni messaggio personalmente."},
	Snip: map[string][]string{
		"link": {"Maggiori informazioni su https://{domain}/it"}, "email": {"Ci scriva a servizio@{domain}."},
		"phone": {"Tel. +39 02 1234 5678"}, "optout": {"Per cancellarsi da questi messaggi risponda STOP."},
		"attach": {"In allegato trova le istruzioni in PDF."}, "promo": {"P.S. Sconto del 10 % con il codice {code}!"},
		"reviewask": {"E se è soddisfatto, ci lasci una recensione!"},
	},
}
