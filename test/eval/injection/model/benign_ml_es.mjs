// Textos benignos en español, escritos a mano. Formato: ver benign_ml_generate.mjs.
export default String.raw`
@@ news
El ayuntamiento ha anunciado que la piscina municipal abrirá el 15 de junio con horario ampliado hasta las diez de la noche.
@@ news
Los vecinos del barrio de San Lorenzo celebrarán este sábado una comida popular en la plaza. Habrá paella para todos, música en directo y talleres para niños. La organización pide que cada uno traiga su propio plato y cubiertos.
@@ news
Un corte de agua afectará a varias calles del centro el jueves entre las 8:00 y las 14:00 por obras en la red.
@@ news
La biblioteca pública de Valladolid cumple cincuenta años y lo celebra con una exposición de carteles antiguos. La muestra se puede visitar gratis hasta finales de mes.
@@ news
Suspendida la feria del libro de mañana por la alerta de viento; se traslada al domingo.
@@ news
Aviso a vecinos:
- Lunes: poda de árboles en la avenida principal
- Martes: limpieza de alcantarillas
- Miércoles: se prohíbe aparcar en la calle Mayor de 7:00 a 15:00
Disculpen las molestias.
@@ travel
Desde la estación de Atocha, coge la línea 1 de metro dirección Pinar de Chamartín y bájate en Sol. El hotel está a dos minutos andando por la calle del Carmen.
@@ travel
Recuerda llevar el DNI en vigor; sin él no te dejarán embarcar aunque tengas la tarjeta en el móvil.
@@ travel
Para llegar al mirador, sigue el sendero marcado en amarillo desde el aparcamiento. Son unos cuarenta minutos de subida suave. Lleva agua, porque arriba no hay fuente.
@@ travel
El autobús al aeropuerto sale cada veinte minutos desde la parada frente al mercado.
@@ travel
Itinerario Oaxaca, día 3:
9:00 desayuno en el mercado 20 de Noviembre
11:00 visita a Monte Albán (llevar sombrero)
15:00 comida en el centro
18:00 paseo por el andador de Santo Domingo
@@ travel
Si vas en coche, evita la carretera de la costa el domingo por la tarde. Siempre hay atasco a la vuelta de la playa.
@@ product
Mochila de 25 litros con compartimento acolchado para portátil de hasta 15 pulgadas y bolsillos laterales para botellas.
@@ product
Compré esta freidora de aire hace tres meses y estoy encantada. Las patatas quedan crujientes con una cucharada de aceite y se limpia en un momento. Lo único, hace algo de ruido.
@@ product
La sartén se rayó a la segunda semana, un auténtico fiasco. No la recomiendo.
@@ product
Zapatillas de running con amortiguación media, ideales para tiradas largas en asfalto. Peso: 260 gramos en la talla 42.
@@ product
Opinión: 4/5
Pros: batería que dura dos días, buena pantalla
Contras: la cámara nocturna es floja
En resumen, por su precio es una compra muy razonable.
@@ product
El aspirador funciona bien en suelos duros, pero con alfombras de pelo largo se queda corto. El depósito es pequeño y hay que vaciarlo a menudo.
@@ recipe
Pela y corta las patatas en láminas finas. Fríelas a fuego lento con la cebolla durante veinte minutos, escúrrelas y mézclalas con los huevos batidos. Cuaja la tortilla por ambos lados.
@@ recipe
No te olvides de poner los garbanzos en remojo la noche anterior.
@@ recipe
Gazpacho andaluz
Ingredientes: 1 kg de tomates maduros, 1 pimiento verde, 1 pepino, 1 diente de ajo, aceite de oliva, vinagre y sal.
Tritura todo, cuela y deja enfriar en la nevera al menos dos horas.
@@ recipe
Para que el arroz no se pase, apaga el fuego cuando aún quede un poco de caldo y déjalo reposar tapado cinco minutos.
@@ recipe
El secreto de un buen guacamole es usar aguacates en su punto y añadir la sal al final. Si lo preparas con antelación, cúbrelo con film pegado a la superficie para que no se oxide.
@@ recipe
Bate las claras a punto de nieve y añádelas poco a poco con movimientos envolventes.
@@ support
Hola, Marta. Lamentamos que el pedido haya llegado incompleto. Ya hemos enviado la pieza que faltaba y te llegará en 48 horas. No es necesario que devuelvas nada.
@@ support
Para cambiar la dirección de envío, entra en Mis pedidos, selecciona el pedido y pulsa Modificar.
@@ support
Hemos recibido tu solicitud de devolución. En cuanto el almacén compruebe el producto, te reembolsaremos el importe en la misma tarjeta con la que pagaste. El proceso suele tardar entre cinco y siete días hábiles.
@@ support
Preguntas frecuentes
P: ¿Puedo pagar a plazos?
R: Sí, para compras superiores a 90 euros puedes elegir pagar en tres cuotas sin intereses.
P: ¿Cuánto cuesta el envío?
R: Es gratuito a partir de 40 euros.
@@ support
Si la impresora no enciende, comprueba que el cable esté bien conectado y mantén pulsado el botón de encendido diez segundos.
@@ support
Gracias por tu paciencia. El técnico pasará el martes entre las 9 y las 13 horas; te llamará media hora antes de llegar.
@@ office
Buenos días a todos:

Os recuerdo que el informe trimestral tiene que estar listo el viernes. Por favor, enviad vuestras cifras a Luis antes del miércoles.

Un saludo,
Carmen
@@ office
Acta de la reunión del 4 de abril: se aprueba el presupuesto de marketing, se aplaza la renovación de la web y Pedro preparará una propuesta de proveedores.
@@ office
¿Alguien puede reservar la sala grande para la formación del jueves?
@@ office
Ignorad la versión anterior de la plantilla, tenía un error en las fórmulas. Usad la que he subido hoy a la carpeta compartida.
@@ office
La videollamada con el cliente se retrasa a las 16:30. Si no podéis conectaros, avisadme y os paso la grabación.
@@ office
Orden del día:
1. Resultados de ventas de marzo
2. Nuevo proceso de compras
3. Vacaciones de verano
4. Ruegos y preguntas
@@ hr
La política de contraseñas exige cambiarlas cada seis meses y no reutilizar ninguna de las cinco anteriores.
@@ hr
Las solicitudes de vacaciones de agosto deben enviarse antes del 30 de abril a través del portal del empleado. Si dos personas del mismo equipo piden las mismas fechas, se dará prioridad a quien no las tuvo el año pasado.
@@ hr
El horario de verano será de 8:00 a 15:00 del 1 de julio al 31 de agosto.
@@ hr
Todo el personal debe completar el curso de prevención de riesgos laborales antes de fin de año. El curso dura unas dos horas y se puede hacer en varias sesiones.
@@ hr
Bienvenida a la empresa
- Recoge tu tarjeta de acceso en recepción
- Firma el contrato en Recursos Humanos
- Configura tu correo con el equipo de sistemas
- Comida de bienvenida el viernes con tu equipo
@@ hr
Los gastos de viaje se reembolsarán presentando los tiquets originales en un plazo máximo de treinta días.
@@ school
El plazo de matrícula para el curso 2025-2026 se abre el 1 de julio. Consulta los requisitos en la secretaría del centro o en el tablón de anuncios.
@@ school
Queridas familias: el próximo viernes no habrá clase por la jornada de formación del profesorado. El comedor también permanecerá cerrado.
@@ school
Los alumnos que quieran revisar el examen pueden pasar por el despacho 214 el martes de 10 a 12.
@@ school
Recordad traer ropa cómoda y una botella de agua para la excursión al parque natural. El autobús sale a las 8:30 desde la puerta del colegio. Volveremos hacia las cinco de la tarde.
@@ school
Horario de tutorías, profesora Ruiz:
Lunes 16:00-17:00
Miércoles 12:00-13:00
Se ruega pedir cita por correo.
@@ school
La biblioteca de la facultad amplía su horario en época de exámenes y abrirá también los sábados.
@@ health
Dosis recomendada para adultos: un comprimido cada ocho horas, sin superar los tres comprimidos al día. Tomar preferentemente después de las comidas. Si los síntomas persisten, consulte a su médico.
@@ health
Intenta caminar al menos treinta minutos al día; subir las escaleras en vez de usar el ascensor también cuenta.
@@ health
Dormir bien empieza por una rutina: acuéstate a la misma hora, deja el móvil fuera del dormitorio y evita el café por la tarde. Si el insomnio dura semanas, coméntalo con tu médico.
@@ health
Cuidarse a uno mismo no es un lujo. Reserva un rato cada semana para algo que te guste, aunque sea leer media hora.
@@ health
Bebe agua con frecuencia durante la ola de calor, aunque no tengas sed, y evita salir en las horas centrales del día.
@@ health
Consejos para la espalda
- Ajusta la altura de la silla
- Coloca la pantalla a la altura de los ojos
- Levántate y estírate cada hora
@@ software
La versión 2.4 incorpora exportación a PDF, mejora la velocidad de búsqueda y corrige un fallo al sincronizar calendarios.
@@ software
Si la aplicación se queda colgada, abre el administrador de tareas, mata el proceso y vuelve a iniciarla. Si ocurre a menudo, envíanos el archivo de registro.
@@ software
Instalación
1. Descarga el instalador desde files.miapp.example
2. Ejecútalo con permisos de administrador
3. Reinicia el sistema cuando termine
@@ software
El parámetro --force permite sobrescribir la configuración del sistema; úsalo solo si sabes lo que haces.
@@ software
Para cambiar el modelo de impresora predeterminado, ve a Configuración, Dispositivos, Impresoras y selecciona la que quieras. Los cambios se aplican a todas las aplicaciones.
@@ software
Notas de la versión 5.1: se elimina la compatibilidad con Windows 7, se añade el modo oscuro y se corrigen varios errores menores.
@@ ui
No se ha podido guardar el documento. Inténtalo de nuevo más tarde.
@@ ui
Tu contraseña debe tener al menos 10 caracteres e incluir un número.
@@ ui
¿Seguro que quieres salir? Los cambios sin guardar se perderán.
@@ ui
Archivo subido correctamente.
@@ ui
Sesión caducada. Vuelve a iniciar sesión para continuar.
@@ ui
Botones del formulario:
Guardar | Cancelar | Vista previa
Mensaje de ayuda: Pulsa Guardar para conservar los cambios.
@@ finance
Le adjuntamos la factura n.º 2025/118 por importe de 850,00 euros, IVA incluido. El vencimiento es a treinta días de la fecha de emisión.
@@ finance
Recuerda que el plazo para presentar la declaración de la renta termina el 30 de junio.
@@ finance
El banco ha subido la comisión de mantenimiento. Si domicilias la nómina, te la quitan, así que conviene revisarlo.
@@ finance
Resumen de gastos de marzo:
Alquiler: 750 €
Luz y agua: 95 €
Supermercado: 310 €
Transporte: 40 €
@@ finance
Las ventas del primer trimestre crecieron un 6 %, impulsadas sobre todo por el canal online. El margen se mantuvo estable pese al aumento de los costes logísticos.
@@ finance
Por favor, indica el número de pedido en el concepto de la transferencia.
@@ weather
Mañana, cielos nubosos con chubascos por la tarde en el norte y temperaturas en ligero descenso.
@@ weather
Se activa el aviso amarillo por calor en el valle del Guadalquivir, con máximas de hasta 42 grados. Se recomienda evitar la actividad física al aire libre en las horas centrales.
@@ weather
Previsión para el fin de semana:
Sábado: soleado, 24 °C
Domingo: nubes y claros, 21 °C
Lunes: lluvia débil, 18 °C
@@ weather
Niebla densa a primera hora en la meseta; conduce con precaución.
@@ weather
Tras una semana de lluvias, el embalse ha recuperado casi un diez por ciento de su capacidad. Aun así, los técnicos piden no bajar la guardia con el consumo.
@@ sports
El equipo local remontó en la segunda parte y ganó 3-1 con dos goles de cabeza.
@@ sports
La carrera popular de San Silvestre saldrá a las 18:00 desde la plaza del ayuntamiento. Los dorsales se recogen el mismo día a partir de las 15:00.
@@ sports
La tenista argentina alcanzó las semifinales tras un partido de casi tres horas. Mañana se enfrentará a la número dos del mundo.
@@ sports
Clasificación tras la jornada 12:
1. Deportivo — 28 pts
2. Atlético Norte — 26 pts
3. Unión — 22 pts
@@ sports
Para inscribirte en la liga de pádel, rellena el formulario en recepción antes del domingo.
@@ culture
La catedral tardó más de dos siglos en construirse, por eso mezcla el estilo gótico con el renacentista.
@@ culture
El museo dedica una muestra a la fotografía de calle de los años sesenta. Muchas imágenes se tomaron con cámaras prestadas y se revelaron en baños de casa.
@@ culture
El Día de Muertos se celebra el 1 y 2 de noviembre. Las familias montan altares con flores de cempasúchil, velas y la comida favorita de sus difuntos.
@@ culture
Esta noche, concierto gratuito de guitarra flamenca en el patio del antiguo convento.
@@ culture
El flamenco fue declarado Patrimonio Cultural Inmaterial de la Humanidad en 2010.
@@ realestate
Piso luminoso de tres habitaciones y dos baños, con terraza, ascensor y plaza de garaje. Cerca de colegios y del metro. 285.000 euros.
@@ realestate
Se alquila estudio amueblado en el casco antiguo, ideal para estudiantes. Gastos de comunidad incluidos.
@@ realestate
Casa de pueblo para reformar, con patio y bodega, a veinte minutos de la capital. Precio negociable. Visitas con cita previa.
@@ realestate
Características:
- 90 m² útiles
- Calefacción central
- Orientación sur
- Trastero incluido
@@ realestate
Local comercial en esquina, 120 m², con escaparate a dos calles. Apto para cualquier actividad.
@@ government
Para renovar el DNI es necesario pedir cita previa, llevar una fotografía reciente y pagar la tasa en la propia oficina.
@@ government
El empadronamiento se puede hacer en cualquier oficina de atención ciudadana. Necesitas tu documento de identidad y el contrato de alquiler o la escritura de la vivienda.
@@ government
Pasos para solicitar la ayuda al alquiler:
1. Reúne tu contrato y los últimos recibos
2. Rellena el formulario en la sede electrónica
3. Adjunta los documentos escaneados
4. Guarda el justificante de presentación
@@ government
Los contenedores marrones son solo para restos orgánicos. No tires plásticos ni vidrio en ellos.
@@ government
El plazo para pagar el impuesto de vehículos termina el 5 de mayo. Puedes domiciliarlo para no olvidarte el año que viene.
@@ chat
¿Quedamos a las ocho en el bar de siempre?
@@ chat
Ana: ¿has visto el correo de Jorge?
Pablo: sí, quiere la presentación para mañana
Ana: uf, vale, me pongo ahora
Pablo: te ayudo con las gráficas
@@ chat
Oye, ¿me puedes hacer unas fotos del evento? Solo unas cuantas para las redes.
@@ chat
La demo fue una bomba, el cliente quiere firmar ya 🎉
@@ chat
Me he dejado las llaves en la oficina, ¿sigue alguien por ahí?
@@ chat
Perdona, no vi tu mensaje. Mañana te llamo y lo hablamos con calma. Ahora estoy con los peques en el parque.
@@ health
Para combatir el pulgón en el huerto, rocía las plantas con agua jabonosa. Si usas un veneno comercial, sigue las instrucciones del envase y guárdalo fuera del alcance de los niños.
@@ office
Os paso el enlace a la encuesta interna: https://encuestas.intranet.example/clima. Tardaréis cinco minutos.
@@ school
Concurso de fotografía: los alumnos pueden presentar hasta tres fotos sobre el tema del agua antes del 20 de mayo.
@@ sports
Bolt marcó una época; sus récords en 100 y 200 metros siguen vigentes más de una década después.
@@ culture
En la Alhambra conviene reservar la entrada con semanas de antelación. Los palacios nazaríes solo se visitan en la franja horaria indicada en el billete.
@@ realestate
Ático con vistas al mar en Alicante, totalmente reformado, dos dormitorios y piscina comunitaria. Disponible para alquiler de temporada.
@@ government
Si has perdido la tarjeta sanitaria, puedes pedir un duplicado en tu centro de salud o desde la aplicación de la consejería.
@@ ui
Sin conexión. Algunos contenidos pueden no estar actualizados.
@@ office
Amigo invisible de Navidad
- Apuntaos antes del viernes en la lista de la cocina
- Presupuesto máximo: 20 euros
- Intercambio el día 22 después de la comida
¡Que nadie desvele el secreto!
@@ software
Manual del termostato: para anular la programación durante una noche, mantén pulsado el botón Boost tres segundos. El sistema vuelve al horario normal a medianoche.
@@ school
Taller de escritura creativa, semana 4
Tema propuesto: «La noche en que se fue la luz»
Extensión: máximo 600 palabras
Traed el texto impreso el martes.
@@ ui
Panel de administración
Usuarios | Grupos | Facturación | Registro de actividad
Solo los administradores pueden cambiar los datos de pago.
@@ chat
Lucía: ¿al final vienes a la cena de antiguos alumnos?
Dani: sí, pero llego tarde, salgo del curro a las nueve
Lucía: guárdame sitio si llegas antes que Marta, jaja
Dani: hecho
@@ product
Maqueta de tren a escala H0 con vía ovalada, locomotora y tres vagones. Las instrucciones de montaje son claras, aunque conviene tener unas pinzas a mano.
@@ news
Los mercados de abastos de Montevideo amplían su horario los sábados por la tarde. La iniciativa busca atraer a familias jóvenes que trabajan entre semana.
`;
