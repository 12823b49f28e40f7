package main

// frPack holds the French texts.
var frPack = langPack{
	OID: " (commande %s)", SubjID: " - commande %s", Date: "%[1]s %[2]d %[3]s",
	Days:   [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	Months: [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	Sign:   []string{"Cordialement,\nL'équipe Northwind Home", "Bien à vous,\nClaire – service client Northwind Home"},
	T: map[string][]tmpl{
		"customization": {
			{"@engrave Texte de gravure pour votre {product}", "Bonjour {name},\n\nMerci pour votre commande{oid}. Le champ de personnalisation de votre {product} est arrivé vide. Quel prénom ou quel texte souhaitez-vous faire graver ? Jusqu'à 30 caractères.\n\nNous gardons la commande en attente jusqu'à votre réponse."},
			{"@embroidery Question sur votre monogramme", "Bonjour {name},\n\nAvant de broder vos serviettes{oid}, pouvez-vous nous confirmer les initiales et la couleur du fil (marine, gris ou or) ?"},
		},
		"delivery_scheduling": {
			{"Rendez-vous de livraison pour votre {product}", "Bonjour {name},\n\nVotre commande{oid} ({product}) sera livrée par transporteur et quelqu'un doit être présent pour le réceptionner. Le transporteur propose le {date}, le matin ou l'après-midi. Quel créneau vous convient ?"},
		},
		"address_issue": {
			{"Problème avec votre adresse de livraison", "Bonjour {name},\n\nLe transporteur a refusé l'adresse de votre commande{oid} : le numéro de rue semble manquer. Pouvez-vous nous envoyer l'adresse complète ?"},
			{"Code postal à vérifier", "Bonjour {name},\n\nLe code postal indiqué pour votre {product}{oid} ne correspond pas à {city}. Merci de nous répondre avec le bon code postal pour que nous puissions expédier."},
		},
		"fulfillment_blocker": {
			{"@ceramic Votre commande est en attente", "Bonjour {name},\n\nEn préparant votre {product}{oid}, nous avons remarqué un petit défaut d'émail. Préférez-vous attendre une nouvelle pièce, disponible le {date}, ou recevoir celle-ci avec une remise ?"},
		},
		"proactive_service": {
			{"Bon à savoir", "Bonjour {name},\n\nMerci pour votre commande{oid} ! Si quelque chose ne va pas avec votre {product}, répondez simplement à ce message : nous répondons sous 24 heures."},
			{"@textile Conseils d'entretien pour votre {product}", "Bonjour {name},\n\nVotre commande{oid} devrait être arrivée. Quelques conseils : lavez-le avant la première utilisation, sans adoucissant, et séchez-le à basse température."},
			{"@diffuser Bien démarrer avec votre diffuseur", "Bonjour {name},\n\nPour votre diffuseur, comptez 10 gouttes d'huile pour 100 ml d'eau, ne dépassez pas le repère MAX et nettoyez-le avec un chiffon sec toutes les deux semaines."},
		},
		"invoice": {
			{"Facture de votre commande {order}", "Bonjour {name},\n\nComme demandé, voici la facture de votre achat ({product}). Elle est jointe à ce message."},
			{"Votre facture", "Bonjour {name},\n\nVous trouverez ci-joint la facture de votre commande{oid} au format PDF."},
		},
		"warranty": {
			{"Votre garantie", "Bonjour {name},\n\nVotre {product}{oid} bénéficie de notre garantie de 2 ans contre les défauts de fabrication. Votre commande Amazon fait office de preuve d'achat."},
		},
		"out_of_stock": {
			{"Article en rupture de stock", "Bonjour {name},\n\nNous sommes désolés : votre {product}{oid} est en rupture de stock. Le prochain arrivage est prévu le {date}. Souhaitez-vous attendre ou annuler la commande ?"},
		},
		"review_request": {
			{"Votre avis compte", "Bonjour {name},\n\nNous espérons que votre {product} vous plaît ! Pourriez-vous prendre une minute pour laisser un avis sur Amazon ? Cela aide beaucoup une petite entreprise comme la nôtre."},
		},
		"review_disguised": {
			{"Partagez votre expérience", "Bonjour {name},\n\nComment trouvez-vous votre {product} ? Partagez votre expérience avec les autres clients sur la page du produit."},
		},
		"marketing": {
			{"-15 % sur votre prochaine commande", "Bonjour {name},\n\nPour vous remercier, profitez de 15 % de réduction sur toute notre boutique avec le code {code}. Découvrez notre nouvelle collection d'automne !"},
		},
		"shipment_notice": {
			{"Votre commande a été expédiée", "Bonjour {name},\n\nBonne nouvelle : votre {product}{oid} est en route ! Transporteur : {carrier}, numéro de suivi {track}."},
		},
	},
	Threads: []thread{
		{tmpl{"@textile Lavage en machine ?", "Bonjour, est-ce que ça se lave en machine ? L'étiquette ne dit rien."},
			tmpl{"", "Bonjour {name},\n\nOui, à 30 °C en cycle délicat, sans javel, et séchage à basse température."}},
		{tmpl{"@lamp Question sur les dimensions", "Bonjour, quelles sont les dimensions exactes de la lampe ? Merci"},
			tmpl{"", "Bonjour {name},\n\nLa lampe mesure 45 cm de haut, le pied fait 15 cm de diamètre et l'abat-jour 30 cm."}},
		{tmpl{"Colis en retard", "Bonjour, ma commande{oid} devait arriver hier et le suivi ne bouge plus. Pouvez-vous vérifier ?"},
			tmpl{"", "Bonjour {name},\n\nNous avons contacté le transporteur : votre colis est à l'agence de {city} et sera livré demain. Sinon, répondez-nous ici et nous renverrons un article."}},
		{tmpl{"Facture", "Bonjour, j'ai besoin d'une facture pour ma commande{oid}, s'il vous plaît."},
			tmpl{"", "Bonjour {name},\n\nVoici votre facture en pièce jointe, au format PDF."}},
	},
	S: map[string][]string{
		"link_www":   {"Plus de conseils sur www.northwindhome.fr/entretien"},
		"email":      {"Une question ? Écrivez-nous à service@northwindhome.fr."},
		"attach":     {"Vous trouverez la notice en pièce jointe."},
		"promo":      {"PS : profitez de 10 % de réduction sur votre prochaine commande avec le code MERCI10 !"},
		"review_ask": {"Si nous avons pu vous aider, un avis 5 étoiles nous ferait très plaisir !"},
	},
}
