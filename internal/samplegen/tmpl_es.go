package main

// esPack holds the Spanish texts (Spain and US Spanish speakers).
var esPack = langPack{
	OID: " (pedido %s)", SubjID: " - pedido %s", Date: "el %[1]s %[2]d de %[3]s",
	Days:   [7]string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"},
	Months: [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	Sign:   []string{"Saludos cordiales,\nEl equipo de Northwind Home", "Un saludo,\nAndrea – atención al cliente de Northwind Home"},
	T: map[string][]tmpl{
		"customization": {
			{"@engrave Texto del grabado de tu {product}", "Hola {name}:\n\nGracias por tu pedido{oid}. El campo de personalización de tu {product} llegó vacío. ¿Qué nombre o texto quieres que grabemos? Caben hasta 30 caracteres.\n\nMantenemos el pedido en espera hasta tu respuesta."},
		},
		"delivery_scheduling": {
			{"Cita de entrega para tu {product}", "Hola {name}:\n\nTu {product}{oid} se entrega con una agencia de transporte y alguien tiene que recibirlo. Pueden llevarlo {date} por la mañana o por la tarde. ¿Qué franja te viene mejor?"},
		},
		"address_issue": {
			{"Problema con tu dirección de envío", "Hola {name}:\n\nLa agencia de transporte rechazó la dirección de tu pedido{oid}: falta el número del piso. ¿Nos puedes enviar la dirección completa?"},
			{"Código postal incorrecto", "Hola {name}:\n\nEl código postal de tu {product}{oid} no corresponde a {city}. Por favor, respóndenos con el código correcto para poder enviarlo."},
		},
		"fulfillment_blocker": {
			{"@ceramic Tu pedido está en espera", "Hola {name}:\n\nAl preparar tu {product}{oid} vimos un pequeño defecto en el esmalte. ¿Prefieres esperar una pieza nueva, que llega {date}, o recibir esta con un descuento?"},
		},
		"proactive_service": {
			{"Bueno saberlo", "Hola {name}:\n\n¡Gracias por tu pedido{oid}! Si algo no está bien con tu {product}, responde a este mensaje y te contestamos en menos de un día."},
			{"@textile Consejos para tu {product}", "Hola {name}:\n\nTu pedido{oid} ya debería haber llegado. Unos consejos: lávalo antes del primer uso, sin suavizante, y sécalo a baja temperatura."},
		},
		"invoice": {
			{"Factura del pedido {order}", "Hola {name}:\n\nComo nos pediste, te enviamos la factura de tu compra ({product}). La encontrarás adjunta a este mensaje."},
			{"Tu factura", "Hola {name}:\n\nTe adjuntamos la factura de tu pedido{oid} en PDF."},
		},
		"out_of_stock": {
			{"Artículo agotado", "Hola {name}:\n\nLo sentimos: tu {product}{oid} está agotado. Esperamos recibir más {date}. ¿Quieres esperar o prefieres cancelar el pedido?"},
		},
		"review_request": {
			{"¿Qué tal tu {product}?", "Hola {name}:\n\n¡Esperamos que te encante tu {product}! ¿Podrías dedicarnos un minuto y dejar una reseña en Amazon? Para una tienda pequeña como la nuestra significa mucho."},
		},
		"review_disguised": {
			{"Cuéntanos tu experiencia", "Hola {name}:\n\n¿Qué tal te va con tu {product}? Comparte tu experiencia con otros clientes en la página del producto."},
		},
		"marketing": {
			{"15 % de descuento en tu próximo pedido", "Hola {name}:\n\nComo agradecimiento, tienes un 15 % de descuento en toda la tienda con el código {code}. ¡Descubre nuestra nueva colección de otoño!"},
		},
		"shipment_notice": {
			{"Tu pedido ha sido enviado", "Hola {name}:\n\n¡Buenas noticias! Tu {product}{oid} ya está en camino con {carrier}, número de seguimiento {track}."},
		},
	},
	Threads: []thread{
		{tmpl{"@textile ¿Se puede lavar a máquina?", "Hola, ¿esto se puede lavar en la lavadora? La etiqueta no dice nada."},
			tmpl{"", "Hola {name}:\n\nSí, a 30 °C en programa delicado, sin lejía, y secar a baja temperatura."}},
		{tmpl{"Devolución", "Hola, me equivoqué de color. ¿Cómo puedo devolverlo?"},
			tmpl{"", "Hola {name}:\n\nSin problema. En Mis pedidos de Amazon elige \"Devolver o reemplazar productos\" y Amazon te dará una etiqueta de envío. El reembolso llega cuando recibamos el paquete."}},
		{tmpl{"@lamp Pregunta sobre las medidas", "Hola, ¿cuáles son las medidas exactas de la lámpara? Gracias"},
			tmpl{"", "Hola {name}:\n\nLa lámpara mide 45 cm de alto y la base tiene 15 cm de diámetro."}},
		{tmpl{"¿Dónde está mi paquete?", "Hola, mi pedido{oid} tenía que llegar ayer y el seguimiento no se mueve. ¿Pueden revisarlo?"},
			tmpl{"", "Hola {name}:\n\nHemos hablado con la agencia: tu paquete está en el almacén de {city} y se entrega mañana. Si no llega, escríbenos aquí y te enviamos otro."}},
	},
	S: map[string][]string{
		"email":      {"¿Dudas? Escríbenos a soporte@northwindhome.es."},
		"phone":      {"También por WhatsApp: +34 612 34 56 78."},
		"attach":     {"Te adjuntamos las instrucciones en PDF."},
		"review_ask": {"Si te hemos ayudado, ¡nos encantaría una reseña de 5 estrellas!"},
	},
}
