// train8k filler paragraphs, hand-written for this round. They pad long records and long
// documents with ordinary business text in the payload's language (English when a language
// has no pool). Picked by position, the same way for attacks and look-alikes.

export const FILLERS = {
  en: [
    "The spring catalogue goes out to members next week. This year we have trimmed the range to the pieces that sold well in the autumn and added a small line of refurbished items at lower prices. Delivery times are back to normal after the January backlog, and the warehouse team has extended its Saturday hours until the end of April.",
    "Minutes from the last planning meeting are in the shared folder. The main decisions were to move the quarterly review to the second Tuesday of the month, to pilot the new booking tool with two teams, and to revisit the travel budget in June once the conference schedule is clearer.",
    "Our office will be closed on the public holiday, and the help line will run with fewer staff the following morning. Orders placed over the long weekend are processed in the order they arrived. If your request is urgent, mention it in the subject line so the team can sort the queue faster.",
    "A few words about the product itself: the frame is made from recycled aluminium, the cover can be washed at 30 degrees, and every unit is checked by hand before it leaves the workshop. Spare parts stay available for at least five years after purchase, and the assembly guide now includes a short video.",
    "Thanks to everyone who filled in the staff survey. Response rates were higher than last year, and the comments on hybrid working were especially detailed. The working group will publish a summary next month, together with the three changes it plans to try first, and will hold an open session for questions.",
    "The renovation of the second floor is on schedule. Painters finish this week, new desks arrive on Monday, and the meeting rooms should be bookable again from the 20th. Until then, please use the rooms on the ground floor and keep the noise down near reception, where interviews are taking place.",
    "Some background: the project started as a small internal tool for tracking shipments and grew into the system most departments rely on today. The current version handles about four thousand orders a day, keeps an audit trail for every change, and exports reports in the formats the finance team asked for.",
    "If you are new to the team, welcome. Your first week includes an introduction to the main systems, a walk round the building with your buddy, and a short session on data protection. Most tools can be requested from the self-service portal; anything unusual goes through your manager.",
  ],
  es: [
    "El catálogo de primavera llegará a los socios la semana que viene. Hemos reducido la gama a los productos que mejor funcionaron en otoño y añadimos una pequeña línea de artículos reacondicionados a mejor precio. Los plazos de entrega vuelven a ser los habituales después del atasco de enero.",
    "Las actas de la última reunión de planificación están en la carpeta compartida. Se decidió trasladar la revisión trimestral al segundo martes de cada mes, probar la nueva herramienta de reservas con dos equipos y revisar el presupuesto de viajes en junio, cuando el calendario de congresos esté más claro.",
    "La oficina permanecerá cerrada el día festivo y la línea de atención funcionará con menos personal a la mañana siguiente. Los pedidos del puente se tramitarán por orden de llegada. Si tu consulta es urgente, indícalo en el asunto para que el equipo pueda darle prioridad.",
  ],
  fr: [
    "Le catalogue de printemps partira chez les adhérents la semaine prochaine. Nous avons resserré la gamme autour des articles qui se sont bien vendus cet automne et ajouté quelques produits reconditionnés à prix réduit. Les délais de livraison sont revenus à la normale après l'engorgement de janvier.",
    "Le compte rendu de la dernière réunion de planification se trouve dans le dossier partagé. Il a été décidé de déplacer la revue trimestrielle au deuxième mardi du mois, de tester le nouvel outil de réservation avec deux équipes et de revoir le budget des déplacements en juin.",
    "Nos bureaux seront fermés le jour férié et la ligne d'assistance fonctionnera en effectif réduit le lendemain matin. Les commandes passées pendant le pont seront traitées dans l'ordre d'arrivée. Si votre demande est urgente, précisez-le dans l'objet du message.",
  ],
  de: [
    "Der Frühjahrskatalog geht nächste Woche an alle Mitglieder. Wir haben das Sortiment auf die Artikel reduziert, die im Herbst gut liefen, und eine kleine Reihe generalüberholter Geräte zu günstigeren Preisen ergänzt. Die Lieferzeiten sind nach dem Stau im Januar wieder normal.",
    "Das Protokoll der letzten Planungsrunde liegt im gemeinsamen Ordner. Beschlossen wurde, die Quartalsbesprechung auf den zweiten Dienstag im Monat zu verlegen, das neue Buchungstool mit zwei Teams zu testen und das Reisebudget im Juni noch einmal anzuschauen.",
    "Am Feiertag bleibt das Büro geschlossen, und die Hotline ist am folgenden Vormittag nur eingeschränkt besetzt. Bestellungen vom langen Wochenende werden in der Reihenfolge ihres Eingangs bearbeitet. Bei dringenden Anliegen bitte einen Hinweis in die Betreffzeile schreiben.",
  ],
  pt: [
    "O catálogo de primavera chega aos associados na próxima semana. Reduzimos a linha aos produtos que mais venderam no outono e incluímos alguns itens recondicionados com preço menor. Os prazos de entrega voltaram ao normal depois do acúmulo de janeiro.",
    "A ata da última reunião de planejamento está na pasta compartilhada. Ficou decidido mudar a revisão trimestral para a segunda terça-feira do mês, testar a nova ferramenta de reservas com duas equipes e rever o orçamento de viagens em junho.",
    "O escritório estará fechado no feriado, e o atendimento funcionará com equipe reduzida na manhã seguinte. Pedidos feitos no fim de semana prolongado serão processados por ordem de chegada. Se o assunto for urgente, indique isso no título da mensagem.",
  ],
  it: [
    "Il giorno festivo l'ufficio resterà chiuso e la linea di assistenza funzionerà con personale ridotto la mattina seguente. Gli ordini arrivati durante il ponte saranno evasi in ordine di arrivo. Se la richiesta è urgente, indicalo nell'oggetto del messaggio.",
    "Il catalogo di primavera arriverà ai soci la settimana prossima. Abbiamo ridotto la gamma ai prodotti che hanno venduto meglio in autunno e aggiunto una piccola linea di articoli ricondizionati a prezzo più basso. I tempi di consegna sono tornati regolari dopo l'arretrato di gennaio.",
    "Il verbale dell'ultima riunione di pianificazione è nella cartella condivisa. Si è deciso di spostare la revisione trimestrale al secondo martedì del mese, di provare il nuovo strumento di prenotazione con due team e di rivedere il budget per le trasferte a giugno.",
  ],
  ru: [
    "Пара слов о самом изделии: рама из переработанного алюминия, чехол можно стирать при 30 градусах, а каждый экземпляр перед отправкой проверяют вручную. Запчасти будут в продаже не меньше пяти лет после покупки, а в инструкцию по сборке добавили короткое видео.",
    "Весенний каталог уйдёт участникам клуба на следующей неделе. Мы сократили ассортимент до товаров, которые хорошо продавались осенью, и добавили небольшую линейку восстановленных устройств по сниженной цене. Сроки доставки после январского завала вернулись к обычным.",
    "Протокол последней планёрки лежит в общей папке. Решили перенести квартальный обзор на второй вторник месяца, опробовать новую систему бронирования в двух командах и вернуться к бюджету на командировки в июне.",
    "В праздничный день офис закрыт, а на следующее утро горячая линия работает в сокращённом составе. Заказы, оформленные за длинные выходные, обрабатываются в порядке поступления. Если вопрос срочный, укажите это в теме письма.",
  ],
  zh: [
    "关于产品本身再补充几句：框架采用再生铝材，布套可以在三十度水温下机洗，每一件出厂前都经过人工检查。购买后至少五年内都能买到配件，组装说明里也新增了一段简短的视频，第一次安装的用户可以先看一遍再动手。",
    "欢迎新加入团队的同事。第一周的安排包括主要系统的介绍、由导师带着熟悉办公楼，以及一次关于数据保护的简短培训。大部分工具都可以在自助门户里申请，特殊需求请通过直属主管提交。",
    "春季目录将于下周寄给会员。我们把产品线精简为去年秋天销量较好的款式，并新增了一小批价格更低的翻新商品。一月份积压的订单已经处理完毕，配送时间恢复正常。仓库团队周六的工作时间会延长到四月底，方便大家在周末取货。",
    "上次规划会议的纪要已放在共享文件夹中。会议决定：季度复盘改到每月第二个星期二；新的预订工具先在两个团队试用；差旅预算等六月会议日程确定后再重新讨论。如有补充意见，请在本周五前发给项目负责人。",
    "法定节假日当天办公室关闭，次日上午客服热线仅安排少量人员值班。长假期间提交的订单将按先后顺序处理。如有紧急事项，请在邮件标题中注明，以便团队优先安排。感谢大家的理解与配合。",
  ],
  ja: [
    "製品について少し補足します。フレームは再生アルミ製で、カバーは30度の水で洗濯できます。すべての製品は出荷前に一台ずつ手作業で検品しています。交換部品は購入後少なくとも5年間ご用意しており、組み立て説明書には短い動画も加わりました。",
    "新しくチームに加わった方、ようこそ。最初の一週間は主要システムの紹介、担当の先輩との社内案内、データ保護に関する短い研修があります。ほとんどのツールはセルフサービスのポータルから申請でき、特別な依頼は上長経由でお願いします。",
    "春のカタログは来週、会員の皆さまにお届けします。今年は秋によく売れた商品に絞り込み、価格を抑えた整備済み品の小さなシリーズを追加しました。1月の出荷遅れは解消し、配送日数は通常どおりに戻っています。倉庫の土曜営業は4月末まで延長します。",
    "前回の企画会議の議事録は共有フォルダに置いてあります。四半期レビューを毎月第2火曜日に移すこと、新しい予約ツールを2チームで試験導入すること、出張予算は学会日程が固まる6月に見直すことが決まりました。",
    "祝日は事務所を休業し、翌日の午前中はサポート窓口の人数を減らして対応します。連休中のご注文は受付順に処理いたします。お急ぎの場合は件名にその旨をご記入ください。",
  ],
  ko: [
    "연휴 당일에는 사무실이 문을 닫고, 다음 날 오전에는 상담 창구를 최소 인원으로 운영합니다. 연휴 기간에 들어온 주문은 접수 순서대로 처리합니다. 급한 문의는 제목에 표시해 주시면 먼저 확인하겠습니다.",
    "봄 카탈로그는 다음 주에 회원 여러분께 발송됩니다. 올해는 지난가을 반응이 좋았던 제품 위주로 구성을 줄이고, 가격을 낮춘 리퍼브 제품 라인을 조금 추가했습니다. 1월의 배송 지연은 해소되어 배송 기간이 평소대로 돌아왔습니다.",
    "지난 기획 회의 회의록은 공유 폴더에 올려 두었습니다. 분기 리뷰를 매월 둘째 주 화요일로 옮기고, 새 예약 도구를 두 팀에서 시범 운영하며, 출장 예산은 학회 일정이 확정되는 6월에 다시 논의하기로 했습니다.",
  ],
  ar: [
    "سيُغلق المكتب في يوم العطلة الرسمية، وسيعمل خط المساعدة بعدد أقل من الموظفين صباح اليوم التالي. تُعالَج الطلبات التي وصلت خلال العطلة الطويلة حسب ترتيب وصولها. إذا كان طلبك عاجلاً فاذكر ذلك في عنوان الرسالة.",
    "سيصل كتالوج الربيع إلى الأعضاء الأسبوع المقبل. قلّصنا التشكيلة إلى المنتجات التي لاقت إقبالاً في الخريف، وأضفنا مجموعة صغيرة من الأجهزة المجدَّدة بأسعار أقل. وعادت مواعيد التوصيل إلى طبيعتها بعد تأخر شهر يناير.",
    "محضر اجتماع التخطيط الأخير موجود في المجلد المشترك. تقرر نقل المراجعة الفصلية إلى ثاني يوم ثلاثاء من كل شهر، وتجربة أداة الحجز الجديدة مع فريقين، وإعادة النظر في ميزانية السفر في يونيو.",
  ],
  pl: [
    "Wiosenny katalog trafi do członków klubu w przyszłym tygodniu. Ograniczyliśmy ofertę do produktów, które dobrze sprzedawały się jesienią, i dodaliśmy kilka odnowionych urządzeń w niższej cenie. Czas dostawy wrócił do normy po styczniowych zaległościach.",
  ],
  nl: [
    "De voorjaarscatalogus gaat volgende week naar alle leden. We hebben het assortiment teruggebracht tot de artikelen die in het najaar goed verkochten en een kleine reeks gereviseerde apparaten tegen een lagere prijs toegevoegd. De levertijden zijn na de achterstand van januari weer normaal.",
  ],
  tr: [
    "Bahar kataloğu önümüzdeki hafta üyelere gönderilecek. Ürün yelpazesini sonbaharda iyi satan ürünlerle sınırladık ve daha uygun fiyatlı, yenilenmiş ürünlerden oluşan küçük bir seri ekledik. Ocak ayındaki yoğunluğun ardından teslimat süreleri normale döndü.",
  ],
  uk: [
    "Весняний каталог надійде учасникам клубу наступного тижня. Ми скоротили асортимент до товарів, які добре продавалися восени, і додали невелику лінійку відновлених пристроїв за нижчою ціною. Терміни доставки після січневих затримок повернулися до звичних.",
  ],
};
