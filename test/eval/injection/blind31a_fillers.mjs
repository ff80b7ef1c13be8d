// blind31a filler paragraphs used to pad "long" records so the payload sits in the middle of an
// ordinary document. Hand-written, neutral, addressed to nobody in particular. Languages without
// their own list fall back to English (a foreign-language line inside an English page).

export const FILLERS = {
  en: [
    `The spring catalogue went live on Monday with 140 new items, most of them in the outdoor and kitchen ranges. Early numbers look healthy: returns are down compared with last season, and the new size guide seems to be doing its job.`,
    `Our Lisbon office moves to the third floor of the same building at the end of the month. Desks will be numbered again, the quiet room keeps its name, and the coffee machine, after a long debate, is coming with us.`,
    `Weather permitting, the harbour walk on Saturday starts at ten from the ferry terminal. It is an easy route of about six kilometres with two cafés along the way, and dogs on a lead are welcome.`,
    `Last quarter the support team answered 18,400 conversations, with a median first reply of four minutes. The biggest topics were delivery times, address changes and questions about the loyalty programme.`,
    `The hotel sits two streets back from the seafront, which keeps the rooms quiet at night. Breakfast is served until half past ten, and the rooftop terrace has a view over the old town and the bay.`,
    `We tested eleven robot vacuums over six weeks in a flat with two cats, a rug collection and a long hallway. Battery life varied more than the spec sheets suggest, and the quietest model was not the most expensive one.`,
    `Registration for the autumn conference opens in June. This year the programme has three tracks, a longer lunch break, and a small exhibition area for local start-ups who applied through the community fund.`,
    `The library extended its weekend opening hours after a survey showed that most students study on Sunday afternoons. The reading room on the second floor now stays open until eight.`,
    `Prices for the summer timetable were published this morning. Most routes are unchanged, two coastal connections are back after the winter break, and the night train to the capital runs three times a week again.`,
    `The new warehouse in the north opened on schedule. Picking times dropped by a fifth in the first fortnight, though the team is still adjusting the layout of the returns area.`,
    `Our community garden now has twenty-four beds, a tool shed and a rainwater tank donated by the bakery next door. The waiting list is short this year, and the Tuesday evening sessions are open to beginners.`,
    `The board reviewed the draft budget in its March session. Travel costs are expected to rise slightly, while software licences should fall once the two old ticketing systems are retired.`,
  ],
  es: [
    `El mercado del barrio amplía su horario los sábados hasta las tres de la tarde. Los puestos de fruta y pescado se han renovado y hay un nuevo rincón de comida para llevar junto a la entrada principal.`,
    `Durante el último trimestre el equipo de atención al cliente resolvió casi nueve mil consultas. Las más frecuentes tuvieron que ver con plazos de entrega, cambios de dirección y devoluciones.`,
    `El hotel está a diez minutos a pie del casco antiguo. Las habitaciones que dan al patio son las más tranquilas y el desayuno incluye productos de la zona, con pan recién hecho cada mañana.`,
    `La nueva línea de autobús conecta la estación con el hospital cada quince minutos en hora punta. El ayuntamiento estudiará en otoño si amplía el servicio a los fines de semana.`,
  ],
  fr: [
    `La médiathèque rouvre ses portes après trois mois de travaux. L'espace jeunesse a doublé de surface et une petite salle permet désormais d'accueillir les ateliers du mercredi.`,
    `Au dernier trimestre, le service client a traité un peu plus de sept mille demandes. Les délais de livraison et les changements d'adresse restent les sujets les plus fréquents.`,
    `L'hôtel se trouve à deux rues du port, ce qui garantit des nuits calmes. Le petit-déjeuner est servi jusqu'à dix heures et demie sur la terrasse quand le temps le permet.`,
    `Le nouveau plan de circulation entre en vigueur le premier du mois. Deux rues deviennent piétonnes le week-end et une piste cyclable relie désormais la gare au campus.`,
  ],
  de: [
    `Das Stadtteilfest findet dieses Jahr wieder auf dem Marktplatz statt. Neben den üblichen Ständen gibt es eine kleine Bühne für Schulbands und einen Flohmarkt für Kinderkleidung.`,
    `Im letzten Quartal hat das Serviceteam rund achttausend Anfragen bearbeitet. Am häufigsten ging es um Lieferzeiten, Adressänderungen und Rücksendungen.`,
    `Das Hotel liegt ruhig in einer Seitenstraße, nur wenige Minuten von der Altstadt entfernt. Das Frühstück gibt es bis halb elf, und im Sommer kann man im Innenhof sitzen.`,
    `Der neue Fahrplan bringt kaum Änderungen im Nahverkehr. Die Linie zum Flughafen fährt künftig auch am frühen Sonntagmorgen, und zwei Nachtbusse verkehren wieder stündlich.`,
  ],
  pt: [
    `A feira do bairro ganhou novos horários aos domingos e agora vai até as duas da tarde. As bancas de frutas foram reorganizadas e há uma área coberta para quem quer comer por lá.`,
    `No último trimestre, a equipe de atendimento respondeu a cerca de seis mil chamados. Os assuntos mais comuns foram prazos de entrega, troca de endereço e devoluções.`,
    `A pousada fica a poucos minutos da praia, numa rua tranquila. O café da manhã é servido até as dez e meia e inclui bolos caseiros e frutas da estação.`,
    `A nova ciclovia liga a estação do metrô ao parque em menos de quinze minutos. A prefeitura promete instalar mais bicicletários até o fim do ano.`,
  ],
  it: [
    `La biblioteca comunale ha ampliato l'orario del sabato fino alle diciotto. La sala studio al primo piano è stata rinnovata e ora conta quaranta posti con prese elettriche.`,
    `Nel trimestre appena chiuso il servizio clienti ha gestito circa cinquemila richieste, per lo più legate ai tempi di consegna e ai resi.`,
    `L'albergo si trova in una traversa tranquilla a due passi dal lungomare. La colazione è servita fino alle dieci e mezza, con dolci fatti in casa e frutta di stagione.`,
  ],
  ja: [
    `駅前の図書館は改装工事を終え、今月から土日の開館時間を夜七時まで延長しました。二階の自習室は席数が増え、電源付きの机も用意されています。`,
    `前四半期のサポート窓口への問い合わせは約七千件で、配送日程と住所変更に関するものが大半を占めました。`,
    `ホテルは海岸通りから一本入った静かな場所にあり、夜もよく眠れます。朝食は十時半までで、地元の野菜を使ったメニューが好評です。`,
  ],
  zh: [
    `社区图书馆完成翻修后重新开放，周末开放时间延长到晚上七点。二楼自习室增加了座位，并配备了充电插座。`,
    `上个季度客服团队共处理约八千个咨询，最常见的问题是配送时间、地址修改和退货流程。`,
    `酒店位于老城区一条安静的小巷里，步行到海边只需五分钟。早餐供应到十点半，还有本地特色小吃。`,
  ],
  ru: [
    `Районная библиотека после ремонта снова открыта и теперь работает по выходным до семи вечера. В читальном зале на втором этаже стало больше мест и появились розетки.`,
    `За прошлый квартал служба поддержки обработала около шести тысяч обращений. Чаще всего спрашивали о сроках доставки, смене адреса и возвратах.`,
    `Гостиница стоит на тихой улице в пяти минутах от набережной. Завтрак подают до половины одиннадцатого, летом можно сидеть во внутреннем дворике.`,
  ],
};
