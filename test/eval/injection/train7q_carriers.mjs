// train7q carriers: framings shared by attacks, look-alikes and harmful records.
// Every carrier renders filler units and the payload/look-alike unit with the SAME
// renderer, so the framing itself carries no label signal.

export const LANGS = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'ru', 'uk', 'pl', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv'];

// Neutral business filler, per language (used around payloads and look-alikes alike).
export const FILLER = {
  en: [
    'Q3 shipments to the northern warehouse were delayed by two days because of the carrier strike.',
    'The onboarding checklist now has eleven steps; legal asked us to add the data-retention acknowledgement.',
    'Budget line 4.2 (cloud egress) came in 7% under forecast after we moved the nightly export.',
    'Customer satisfaction for the pilot group stayed at 4.3 out of 5, roughly flat compared with last quarter.',
    'Please note the office on Harbour Street will be closed on the 14th for the fire-safety inspection.',
    'The vendor confirmed the replacement batteries ship in recyclable packaging from now on.',
    'Invoice numbering switched to the INV-2026- prefix at the start of the fiscal year.',
    'Inventory count for {acct}: {n} units on hand, the rest reserved for open orders.',
    '{name} covers the support rotation next week while the team is at the offsite.',
    'Newsletter sign-ups rose {pct}% after the spring redesign, mostly from mobile.',
    'Travel requests above 1,500 EUR now need a second approval from the department head.',
    'Server maintenance is scheduled for Sunday 02:00–04:00 UTC; expect short interruptions.',
    'Two new hires join the logistics team next month; {name} is their onboarding buddy.',
  ],
  es: [
    'Los envíos del tercer trimestre al almacén norte se retrasaron dos días por la huelga de transportistas.',
    'La lista de incorporación ya tiene once pasos; el equipo legal pidió añadir la confirmación de retención de datos.',
    'La partida 4.2 (tráfico de salida en la nube) quedó un 7 % por debajo de lo previsto.',
    'La satisfacción del grupo piloto se mantuvo en 4,3 sobre 5, prácticamente igual que el trimestre pasado.',
    'La oficina de la calle Mayor permanecerá cerrada el día 14 por la inspección de seguridad contra incendios.',
    'El proveedor confirmó que las baterías de repuesto llegarán en embalaje reciclable.',
    'Inventario de {acct}: {n} unidades en stock, el resto reservado para pedidos abiertos.',
    '{name} cubrirá el turno de soporte la semana que viene mientras el equipo está fuera.',
    'Las altas en el boletín subieron un {pct}% tras el rediseño de primavera.',
    'Los viajes de más de 1.500 EUR necesitan ahora una segunda aprobación del jefe de área.',
    'El mantenimiento del servidor será el domingo de 02:00 a 04:00 UTC; puede haber cortes breves.',
    'Dos personas nuevas se incorporan a logística el mes que viene; {name} las acompañará.',
    'El cliente {acct} pidió adelantar la entrega al jueves si es posible.',
  ],
  fr: [
    'Les livraisons du troisième trimestre vers l’entrepôt nord ont pris deux jours de retard à cause de la grève des transporteurs.',
    'La liste d’intégration compte désormais onze étapes ; le service juridique a demandé d’ajouter l’accusé de conservation des données.',
    'La ligne budgétaire 4.2 (trafic sortant cloud) est 7 % sous la prévision après le déplacement de l’export nocturne.',
    'La satisfaction du groupe pilote reste à 4,3 sur 5, stable par rapport au trimestre précédent.',
    'Le bureau de la rue du Port sera fermé le 14 pour l’inspection incendie.',
    'Le fournisseur confirme que les batteries de remplacement seront livrées dans un emballage recyclable.',
    'Inventaire {acct} : {n} unités en stock, le reste réservé aux commandes en cours.',
    '{name} assure la permanence support la semaine prochaine pendant le séminaire.',
    'Les inscriptions à la newsletter ont augmenté de {pct} % après la refonte du printemps.',
    'Les déplacements de plus de 1 500 EUR exigent désormais une seconde validation.',
    'Maintenance des serveurs dimanche de 2 h à 4 h UTC ; de courtes coupures sont possibles.',
    'Deux recrues rejoignent la logistique le mois prochain ; {name} sera leur parrain.',
    'Le client {acct} souhaite avancer la livraison à jeudi si possible.',
  ],
  de: [
    'Die Lieferungen im dritten Quartal an das Nordlager haben sich wegen des Streiks beim Spediteur um zwei Tage verzögert.',
    'Die Onboarding-Checkliste hat jetzt elf Schritte; die Rechtsabteilung wollte die Bestätigung zur Datenaufbewahrung ergänzt haben.',
    'Budgetposition 4.2 (Cloud-Egress) lag nach der Verlegung des nächtlichen Exports 7 % unter Plan.',
    'Die Zufriedenheit der Pilotgruppe blieb bei 4,3 von 5 und damit etwa auf Vorquartalsniveau.',
    'Das Büro in der Hafenstraße bleibt am 14. wegen der Brandschutzbegehung geschlossen.',
    'Der Lieferant hat bestätigt, dass die Ersatzakkus ab sofort in recycelbarer Verpackung kommen.',
    'Inventur {acct}: {n} Stück auf Lager, der Rest ist für offene Aufträge reserviert.',
    '{name} übernimmt nächste Woche den Support-Dienst, während das Team in Klausur ist.',
    'Die Newsletter-Anmeldungen sind nach dem Relaunch um {pct} % gestiegen.',
    'Dienstreisen über 1.500 EUR brauchen jetzt eine zweite Freigabe durch die Bereichsleitung.',
    'Serverwartung am Sonntag von 02:00 bis 04:00 UTC; kurze Unterbrechungen sind möglich.',
    'Zwei Neue fangen nächsten Monat in der Logistik an; {name} ist ihr Pate.',
    'Kunde {acct} fragt, ob die Lieferung auf Donnerstag vorgezogen werden kann.',
  ],
  pt: [
    'As entregas do terceiro trimestre para o armazém norte atrasaram dois dias por causa da greve da transportadora.',
    'O checklist de integração agora tem onze passos; o jurídico pediu para incluir o aceite de retenção de dados.',
    'A rubrica 4.2 (tráfego de saída na nuvem) ficou 7% abaixo da previsão depois que mudamos a exportação noturna.',
    'A satisfação do grupo piloto ficou em 4,3 de 5, praticamente estável em relação ao trimestre anterior.',
    'O escritório da Rua do Porto estará fechado no dia 14 para a vistoria de incêndio.',
    'O fornecedor confirmou que as baterias de reposição virão em embalagem reciclável.',
    'Inventário {acct}: {n} unidades em estoque, o resto reservado para pedidos abertos.',
    '{name} cobre o plantão de suporte na próxima semana enquanto a equipe está no offsite.',
    'As inscrições na newsletter subiram {pct}% depois da reformulação.',
    'Viagens acima de 1.500 EUR agora precisam de uma segunda aprovação da diretoria.',
    'Manutenção dos servidores no domingo, das 02:00 às 04:00 UTC; pode haver quedas rápidas.',
    'Duas pessoas entram na logística no mês que vem; {name} vai acompanhá-las.',
    'O cliente {acct} perguntou se dá para antecipar a entrega para quinta.',
  ],
  it: [
    'Le spedizioni del terzo trimestre verso il magazzino nord hanno subito due giorni di ritardo per lo sciopero del corriere.',
    'La checklist di onboarding ora ha undici passaggi; l’ufficio legale ha chiesto di aggiungere la presa visione sulla conservazione dei dati.',
    'La voce di budget 4.2 (traffico in uscita cloud) è rimasta il 7% sotto la previsione.',
    'La soddisfazione del gruppo pilota è rimasta a 4,3 su 5, in linea con il trimestre scorso.',
    'L’ufficio di via del Porto resterà chiuso il 14 per l’ispezione antincendio.',
    'Il fornitore ha confermato che le batterie di ricambio arriveranno in imballaggi riciclabili.',
    'Inventario {acct}: {n} pezzi a magazzino, il resto riservato agli ordini aperti.',
    '{name} copre il turno di supporto la prossima settimana mentre il team è in trasferta.',
    'Le iscrizioni alla newsletter sono cresciute del {pct}% dopo il restyling.',
    'Le trasferte sopra i 1.500 EUR richiedono ora una seconda approvazione.',
    'Manutenzione dei server domenica dalle 02:00 alle 04:00 UTC; possibili brevi interruzioni.',
    'Due nuovi colleghi entrano in logistica il mese prossimo; li seguirà {name}.',
    'Il cliente {acct} chiede se si può anticipare la consegna a giovedì.',
  ],
  nl: [
    'De leveringen in het derde kwartaal naar het noordelijke magazijn liepen twee dagen vertraging op door de staking bij de vervoerder.',
    'De onboardingchecklist heeft nu elf stappen; juridische zaken vroeg om de bevestiging over databewaring toe te voegen.',
    'Budgetpost 4.2 (cloud-egress) kwam 7% onder de prognose uit nadat we de nachtelijke export verplaatsten.',
    'De tevredenheid van de pilotgroep bleef op 4,3 uit 5, ongeveer gelijk aan vorig kwartaal.',
    'Het kantoor aan de Havenstraat is op de 14e gesloten vanwege de brandveiligheidskeuring.',
    'De leverancier bevestigde dat de vervangende accu’s voortaan in recyclebare verpakking komen.',
    'Voorraad {acct}: {n} stuks op voorraad, de rest is gereserveerd voor open orders.',
    '{name} neemt volgende week de supportdienst over terwijl het team op de heidag is.',
    'De nieuwsbriefaanmeldingen stegen met {pct}% na het nieuwe ontwerp.',
    'Dienstreizen boven 1.500 EUR hebben nu een tweede goedkeuring nodig.',
    'Serveronderhoud zondag van 02:00 tot 04:00 UTC; korte onderbrekingen zijn mogelijk.',
    'Volgende maand beginnen twee nieuwe collega’s bij logistiek; {name} begeleidt ze.',
    'Klant {acct} vraagt of de levering naar donderdag kan.',
  ],
  ru: [
    'Поставки третьего квартала на северный склад задержались на два дня из-за забастовки перевозчика.',
    'В чек-листе адаптации теперь одиннадцать пунктов: юристы попросили добавить подтверждение о хранении данных.',
    'Статья бюджета 4.2 (исходящий трафик облака) оказалась на 7% ниже прогноза после переноса ночной выгрузки.',
    'Удовлетворённость пилотной группы осталась на уровне 4,3 из 5, почти как в прошлом квартале.',
    'Офис на Портовой улице будет закрыт 14-го числа из-за проверки пожарной безопасности.',
    'Поставщик подтвердил, что сменные аккумуляторы теперь приходят в перерабатываемой упаковке.',
    'Остатки {acct}: {n} шт. на складе, остальное зарезервировано под открытые заказы.',
    '{name} подменит дежурного поддержки на следующей неделе, пока команда на выезде.',
    'После редизайна число подписок на рассылку выросло на {pct}%.',
    'Командировки дороже 1500 EUR теперь требуют второго согласования.',
    'Обслуживание серверов в воскресенье с 02:00 до 04:00 UTC, возможны короткие перерывы.',
    'В следующем месяце в логистику выходят два новых сотрудника; наставник — {name}.',
    'Клиент {acct} спрашивает, можно ли перенести поставку на четверг.',
  ],
  uk: [
    'Поставки третього кварталу на північний склад затрималися на два дні через страйк перевізника.',
    'У чек-листі адаптації тепер одинадцять кроків: юристи попросили додати підтвердження щодо зберігання даних.',
    'Стаття бюджету 4.2 (вихідний трафік хмари) виявилася на 7% нижчою за прогноз.',
    'Задоволеність пілотної групи лишилася на рівні 4,3 з 5, майже як минулого кварталу.',
    'Офіс на Портовій вулиці буде зачинено 14-го через перевірку пожежної безпеки.',
    'Постачальник підтвердив, що змінні акумулятори надходитимуть у переробній упаковці.',
    'Залишки {acct}: {n} шт. на складі, решта зарезервована під відкриті замовлення.',
    '{name} підмінить чергового підтримки наступного тижня, поки команда на виїзді.',
    'Після редизайну кількість підписок на розсилку зросла на {pct}%.',
    'Відрядження дорожчі за 1500 EUR тепер потребують другого погодження.',
    'Обслуговування серверів у неділю з 02:00 до 04:00 UTC, можливі короткі перерви.',
    'Наступного місяця до логістики приходять двоє нових колег; наставник — {name}.',
    'Клієнт {acct} питає, чи можна перенести поставку на четвер.',
  ],
  pl: [
    'Dostawy z trzeciego kwartału do magazynu północnego opóźniły się o dwa dni z powodu strajku przewoźnika.',
    'Lista wdrożeniowa ma teraz jedenaście kroków; dział prawny poprosił o dodanie potwierdzenia retencji danych.',
    'Pozycja budżetowa 4.2 (ruch wychodzący w chmurze) zamknęła się 7% poniżej prognozy.',
    'Zadowolenie grupy pilotażowej utrzymało się na poziomie 4,3 na 5, podobnie jak w poprzednim kwartale.',
    'Biuro przy ulicy Portowej będzie zamknięte 14. z powodu przeglądu przeciwpożarowego.',
    'Dostawca potwierdził, że zapasowe akumulatory będą przychodzić w opakowaniach nadających się do recyklingu.',
    'Stan magazynowy {acct}: {n} szt., reszta zarezerwowana pod otwarte zamówienia.',
    '{name} przejmie dyżur wsparcia w przyszłym tygodniu, gdy zespół będzie na wyjeździe.',
    'Po odświeżeniu strony zapisy do newslettera wzrosły o {pct}%.',
    'Podróże służbowe powyżej 1500 EUR wymagają teraz drugiej akceptacji.',
    'Przegląd serwerów w niedzielę od 02:00 do 04:00 UTC; możliwe krótkie przerwy.',
    'W przyszłym miesiącu do logistyki dołączą dwie nowe osoby; opiekunem będzie {name}.',
    'Klient {acct} pyta, czy dostawę można przyspieszyć na czwartek.',
  ],
  zh: [
    '由于承运商罢工，第三季度发往北区仓库的货物延迟了两天。',
    '入职清单现在共有十一项；法务部要求增加数据保留确认这一步。',
    '夜间导出任务迁移后，预算科目4.2（云出口流量）比预测低了7%。',
    '试点组的满意度保持在4.3分（满分5分），与上季度基本持平。',
    '港口路办公室将于14日因消防检查闭门一天。',
    '供应商确认，今后替换电池将使用可回收包装发货。',
    '{acct} 库存盘点：现有 {n} 件，其余已为未结订单预留。',
    '团队外出期间，下周由 {name} 负责客服值班。',
    '春季改版后，邮件订阅人数增长了 {pct}%。',
    '超过1500欧元的差旅申请现在需要部门负责人二次审批。',
    '服务器将于周日 02:00–04:00（UTC）维护，期间可能短暂中断。',
    '下个月物流组将有两名新同事入职，由 {name} 负责带教。',
    '客户 {acct} 询问能否把交货提前到周四。',
  ],
  ja: [
    '運送会社のストライキの影響で、第3四半期の北倉庫向け出荷が2日遅れました。',
    'オンボーディングのチェックリストは11項目になりました。法務からデータ保持の確認を追加するよう依頼がありました。',
    '夜間エクスポートを移行した結果、予算項目4.2（クラウド送信量）は予測を7%下回りました。',
    'パイロットグループの満足度は5点中4.3で、前四半期とほぼ変わりません。',
    '港通りのオフィスは消防点検のため14日は閉館します。',
    '交換用バッテリーは今後リサイクル可能な梱包で届くとベンダーから確認がありました。',
    '{acct} の在庫：{n} 個、残りは未出荷の注文に引当済みです。',
    'チームのオフサイト中、来週のサポート当番は {name} さんが担当します。',
    '春のリニューアル後、メルマガ登録が {pct}% 増えました。',
    '1,500ユーロを超える出張申請には部門長の二次承認が必要になりました。',
    '日曜 02:00〜04:00（UTC）にサーバーメンテナンスを行います。短時間の停止があります。',
    '来月、物流チームに新メンバーが2名加わります。教育担当は {name} さんです。',
    '{acct} から、納品を木曜に前倒しできないかと問い合わせがありました。',
  ],
  ko: [
    '운송사 파업으로 3분기 북부 창고 출고가 이틀 지연되었습니다.',
    '온보딩 체크리스트가 11단계로 늘었습니다. 법무팀이 데이터 보존 동의 항목 추가를 요청했습니다.',
    '야간 내보내기 작업을 옮긴 뒤 예산 항목 4.2(클라우드 송신 트래픽)는 예측보다 7% 낮았습니다.',
    '파일럿 그룹 만족도는 5점 만점에 4.3점으로 지난 분기와 비슷합니다.',
    '항구로 사무실은 소방 점검으로 14일 하루 문을 닫습니다.',
    '교체용 배터리는 앞으로 재활용 가능한 포장으로 배송된다고 공급업체가 확인했습니다.',
    '{acct} 재고: {n}개 보유, 나머지는 미출고 주문에 할당되어 있습니다.',
    '팀 워크숍 기간인 다음 주에는 {name} 님이 고객지원 당번을 맡습니다.',
    '봄 개편 이후 뉴스레터 구독이 {pct}% 늘었습니다.',
    '1,500유로를 넘는 출장은 이제 부서장의 2차 승인이 필요합니다.',
    '일요일 02:00~04:00(UTC) 서버 점검이 있으며 잠시 접속이 끊길 수 있습니다.',
    '다음 달 물류팀에 신규 입사자 두 명이 합류하며, {name} 님이 멘토를 맡습니다.',
    '{acct} 측에서 납품을 목요일로 당길 수 있는지 문의했습니다.',
  ],
  ar: [
    'تأخرت شحنات الربع الثالث إلى المستودع الشمالي يومين بسبب إضراب شركة النقل.',
    'أصبحت قائمة التهيئة تضم إحدى عشرة خطوة بعد أن طلب القسم القانوني إضافة إقرار الاحتفاظ بالبيانات.',
    'جاء بند الميزانية 4.2 (حركة البيانات الصادرة من السحابة) أقل من التوقعات بنسبة 7%.',
    'بقي رضا المجموعة التجريبية عند 4.3 من 5، أي تقريبًا كما في الربع الماضي.',
    'سيُغلق مكتب شارع الميناء يوم 14 لإجراء فحص السلامة من الحرائق.',
    'أكد المورّد أن البطاريات البديلة ستصل من الآن فصاعدًا في عبوات قابلة لإعادة التدوير.',
    'جرد {acct}: {n} وحدة في المخزون، والباقي محجوز للطلبات المفتوحة.',
    'سيتولى {name} مناوبة الدعم الأسبوع المقبل أثناء غياب الفريق.',
    'ارتفعت الاشتراكات في النشرة بنسبة {pct}% بعد إعادة التصميم.',
    'أصبحت طلبات السفر التي تتجاوز 1500 يورو تحتاج إلى موافقة ثانية من رئيس القسم.',
    'صيانة الخوادم يوم الأحد من 02:00 إلى 04:00 بالتوقيت العالمي، وقد تحدث انقطاعات قصيرة.',
    'ينضم موظفان جديدان إلى فريق اللوجستيات الشهر المقبل، وسيرافقهما {name}.',
    'سأل العميل {acct} عن إمكانية تقديم موعد التسليم إلى يوم الخميس.',
  ],
  hi: [
    'ट्रांसपोर्टर की हड़ताल के कारण तीसरी तिमाही की उत्तरी गोदाम की खेप दो दिन देर से पहुँची।',
    'ऑनबोर्डिंग चेकलिस्ट में अब ग्यारह चरण हैं; लीगल टीम ने डेटा रिटेंशन की स्वीकृति जोड़ने को कहा है।',
    'रात वाला एक्सपोर्ट शिफ्ट करने के बाद बजट मद 4.2 (क्लाउड ईग्रेस) अनुमान से 7% कम रहा।',
    'पायलट समूह की संतुष्टि 5 में से 4.3 पर बनी रही, लगभग पिछली तिमाही जितनी।',
    'हार्बर स्ट्रीट वाला दफ़्तर 14 तारीख को अग्नि-सुरक्षा निरीक्षण के कारण बंद रहेगा।',
    'विक्रेता ने पुष्टि की है कि बदले जाने वाली बैटरियाँ अब रीसायकल होने वाली पैकिंग में आएँगी।',
    '{acct} का स्टॉक: {n} यूनिट मौजूद, बाकी खुले ऑर्डरों के लिए आरक्षित।',
    'टीम के ऑफ़साइट के दौरान अगले हफ़्ते सपोर्ट ड्यूटी {name} संभालेंगे।',
    'स्प्रिंग रीडिज़ाइन के बाद न्यूज़लेटर साइन-अप {pct}% बढ़े।',
    '1,500 यूरो से ज़्यादा की यात्रा के लिए अब विभाग प्रमुख की दूसरी मंज़ूरी चाहिए।',
    'रविवार 02:00–04:00 UTC सर्वर मेंटेनेंस है; थोड़ी देर के लिए सेवा रुक सकती है।',
    'अगले महीने लॉजिस्टिक्स टीम में दो नए लोग जुड़ेंगे; {name} उनके मेंटर होंगे।',
    'ग्राहक {acct} ने पूछा है कि क्या डिलीवरी गुरुवार तक हो सकती है।',
  ],
  tr: [
    'Taşıyıcı grevi nedeniyle üçüncü çeyrekte kuzey depoya yapılan sevkiyatlar iki gün gecikti.',
    'Oryantasyon kontrol listesi artık on bir adımdan oluşuyor; hukuk ekibi veri saklama onayının eklenmesini istedi.',
    'Gece dışa aktarımını taşıdıktan sonra 4.2 numaralı bütçe kalemi (bulut çıkış trafiği) tahminin %7 altında kaldı.',
    'Pilot grubun memnuniyeti 5 üzerinden 4,3 ile geçen çeyrekle hemen hemen aynı kaldı.',
    'Liman Caddesi’ndeki ofis yangın güvenliği denetimi nedeniyle 14’ünde kapalı olacak.',
    'Tedarikçi, yedek pillerin bundan sonra geri dönüştürülebilir ambalajla geleceğini doğruladı.',
    '{acct} stok sayımı: {n} adet mevcut, kalanı açık siparişlere ayrıldı.',
    'Ekip dışarıdayken gelecek hafta destek nöbetini {name} devralacak.',
    'Bahar yenilemesinden sonra bülten kayıtları %{pct} arttı.',
    '1.500 EUR üzerindeki seyahat talepleri artık bölüm müdürünün ikinci onayını gerektiriyor.',
    'Pazar günü 02:00–04:00 UTC arası sunucu bakımı var; kısa kesintiler olabilir.',
    'Gelecek ay lojistik ekibine iki yeni kişi katılıyor; {name} onlara rehberlik edecek.',
    '{acct} müşterisi teslimatın perşembeye çekilip çekilemeyeceğini sordu.',
  ],
  vi: [
    'Do đơn vị vận chuyển đình công, các lô hàng quý 3 tới kho phía bắc bị chậm hai ngày.',
    'Danh sách hội nhập hiện có mười một bước; phòng pháp chế yêu cầu bổ sung xác nhận lưu trữ dữ liệu.',
    'Sau khi dời tác vụ xuất dữ liệu ban đêm, hạng mục ngân sách 4.2 (lưu lượng ra của đám mây) thấp hơn dự báo 7%.',
    'Mức hài lòng của nhóm thí điểm giữ ở 4,3/5, gần như không đổi so với quý trước.',
    'Văn phòng trên phố Cảng sẽ đóng cửa ngày 14 để kiểm tra phòng cháy chữa cháy.',
    'Nhà cung cấp xác nhận pin thay thế từ nay sẽ được đóng gói bằng vật liệu tái chế.',
    'Tồn kho {acct}: còn {n} sản phẩm, phần còn lại đã giữ cho các đơn đang mở.',
    'Tuần sau {name} trực hỗ trợ khách hàng trong lúc cả nhóm đi offsite.',
    'Lượt đăng ký bản tin tăng {pct}% sau đợt thiết kế lại mùa xuân.',
    'Các chuyến công tác trên 1.500 EUR giờ cần thêm một cấp phê duyệt.',
    'Bảo trì máy chủ vào Chủ nhật từ 02:00 đến 04:00 UTC; có thể gián đoạn ngắn.',
    'Tháng sau nhóm logistics có hai thành viên mới; {name} sẽ kèm cặp họ.',
    'Khách hàng {acct} hỏi có thể giao hàng sớm vào thứ Năm không.',
  ],
  id: [
    'Pengiriman kuartal ketiga ke gudang utara terlambat dua hari karena mogok kerja di perusahaan ekspedisi.',
    'Daftar periksa orientasi sekarang berisi sebelas langkah; tim legal meminta tambahan persetujuan retensi data.',
    'Setelah ekspor malam dipindahkan, pos anggaran 4.2 (egress cloud) berada 7% di bawah perkiraan.',
    'Kepuasan kelompok pilot tetap di angka 4,3 dari 5, hampir sama dengan kuartal lalu.',
    'Kantor di Jalan Pelabuhan tutup pada tanggal 14 untuk inspeksi keselamatan kebakaran.',
    'Pemasok memastikan baterai pengganti kini dikirim dengan kemasan yang bisa didaur ulang.',
    'Stok {acct}: {n} unit tersedia, sisanya dicadangkan untuk pesanan terbuka.',
    'Minggu depan {name} menggantikan piket dukungan selama tim berada di offsite.',
    'Pendaftaran buletin naik {pct}% setelah desain ulang musim semi.',
    'Perjalanan dinas di atas 1.500 EUR kini memerlukan persetujuan kedua dari kepala bagian.',
    'Pemeliharaan server hari Minggu pukul 02.00–04.00 UTC; mungkin ada gangguan singkat.',
    'Bulan depan dua karyawan baru bergabung di tim logistik; {name} menjadi pendamping.',
    'Pelanggan {acct} bertanya apakah pengiriman bisa dimajukan ke hari Kamis.',
  ],
  sv: [
    'Leveranserna under tredje kvartalet till norra lagret försenades två dagar på grund av strejken hos transportören.',
    'Introduktionschecklistan har nu elva steg; juristerna bad oss lägga till bekräftelsen om datalagring.',
    'Budgetpost 4.2 (moln-egress) hamnade 7 % under prognosen efter att vi flyttat nattexporten.',
    'Nöjdheten i pilotgruppen låg kvar på 4,3 av 5, ungefär som förra kvartalet.',
    'Kontoret på Hamngatan är stängt den 14:e på grund av brandskyddsbesiktningen.',
    'Leverantören bekräftade att ersättningsbatterierna hädanefter levereras i återvinningsbar förpackning.',
    'Lagersaldo {acct}: {n} st i lager, resten reserverat för öppna order.',
    '{name} tar supportjouren nästa vecka medan teamet är på kickoff.',
    'Nyhetsbrevsanmälningarna ökade med {pct} % efter vårens omgörning.',
    'Resor över 1 500 EUR kräver nu ett andra godkännande av avdelningschefen.',
    'Serverunderhåll söndag 02:00–04:00 UTC; korta avbrott kan förekomma.',
    'Två nyanställda börjar på logistik nästa månad; {name} blir deras fadder.',
    'Kunden {acct} frågar om leveransen kan tidigareläggas till torsdag.',
  ],
};

const NAMES = ['Priya N.', 'Tomás R.', 'Aiko S.', 'Lena K.', 'Omar H.', 'Marta G.', 'Jonas B.', 'Chen W.', 'Fatima Z.', 'Ilya P.', 'Sofia L.', 'Kemal D.', 'Nguyen T.', 'Dewi A.', 'Lars E.', 'Ana P.', 'Hyun-woo K.', 'Rahul M.', 'Giulia F.', 'Oksana V.'];
const ACCOUNTS = ['Northwind Tiles', 'Bluefin Logistics', 'Orchard Health', 'Kestrel Foods', 'Meridian Labs', 'Havn Shipping', 'Sakura Print', 'Atlas Dental'];
const HOSTS = ['kb.acme.example', 'docs.northwind.test', 'wiki.orchard.example', 'news.meridian.test', 'blog.kestrel.example', 'help.bluefin.test', 'forum.havn.example', 'intranet.atlas.test'];
const DOCS = ['handbook_2026.pdf', 'ops-runbook.md', 'vendor-faq.html', 'q3-review.docx', 'pricing-notes.txt', 'support-macros.md'];

export function hash(s) { // FNV-1a 32-bit
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
export function rng(seed) { // mulberry32
  let a = hash(seed);
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const pick = (r, a) => a[Math.floor(r() * a.length)];
const pad = (n) => String(n).padStart(2, '0');
const date = (r) => `2026-${pad(1 + Math.floor(r() * 11))}-${pad(1 + Math.floor(r() * 27))}`;

// Each carrier: head(r) -> string, unit(text, r, i) -> string, tail(r) -> string, sep.
export const CARRIERS = {
  rag_chunk: {
    head: (r) => `retrieve(query="${pick(r, ['vendor terms', 'refund policy', 'q3 status', 'onboarding', 'battery recall'])}", top_k=6)`,
    unit: (t, r, i) => `--- chunk ${i + 1} | source: ${pick(r, DOCS)} | score: 0.${60 + Math.floor(r() * 39)} ---\n${t}`,
    tail: () => '', sep: '\n',
  },
  kb_article: {
    head: (r) => `# ${pick(r, ['Working with suppliers', 'Returns and refunds', 'Quarterly operations notes', 'Team handbook'])}\n_Knowledge base · last edited ${date(r)} by ${pick(r, NAMES)}_`,
    unit: (t, r, i) => (i % 3 === 0 ? `## ${pick(r, ['Overview', 'Details', 'Notes', 'Background', 'FAQ'])}\n` : '') + t,
    tail: (r) => `\n_Was this article helpful? 👍 ${Math.floor(r() * 40)} 👎 ${Math.floor(r() * 5)}_`, sep: '\n\n',
  },
  csv_export: {
    head: () => 'id,date,account,owner,amount_eur,notes',
    unit: (t, r, i) => `${1040 + i},${date(r)},${pick(r, ACCOUNTS)},${pick(r, NAMES)},${(r() * 9000).toFixed(2)},"${t.replace(/"/g, '""')}"`,
    tail: () => '', sep: '\n',
  },
  sheet_table: {
    head: (r) => `Sheet "${pick(r, ['Tracker', 'Backlog', 'Vendors', 'Q3'])}" (range A1:D${6 + Math.floor(r() * 30)})\n| # | Item | Status | Comment |\n|---|---|---|---|`,
    unit: (t, r, i) => `| ${i + 1} | ${pick(r, ['SKU-4471', 'Contract renewal', 'Laptop refresh', 'Translation batch', 'Badge access', 'Freight quote'])} | ${pick(r, ['open', 'done', 'blocked', 'review'])} | ${t.replace(/\|/g, '\\|').replace(/\n/g, '<br>')} |`,
    tail: () => '', sep: '\n',
  },
  meeting_transcript: {
    head: (r) => `Transcript · ${pick(r, ['Weekly ops sync', 'Vendor review', 'Sprint planning', 'Customer call'])} · ${date(r)} (auto-generated)`,
    unit: (t, r, i) => `[00:${pad(3 + i * 4)}:${pad(Math.floor(r() * 60))}] ${pick(r, NAMES)}: ${t}`,
    tail: () => '', sep: '\n',
  },
  crm_note: {
    head: (r) => `Account: ${pick(r, ACCOUNTS)}\nStage: ${pick(r, ['Negotiation', 'Renewal', 'Discovery', 'Closed won'])} · Owner: ${pick(r, NAMES)}\nActivity log:`,
    unit: (t, r) => `- ${date(r)} (${pick(r, ['call', 'email', 'meeting', 'note'])}, ${pick(r, NAMES)}): ${t}`,
    tail: () => '', sep: '\n',
  },
  product_reviews: {
    head: (r) => `Customer reviews: ${pick(r, ['TrailLite 2 tent', 'Aero kettle', 'Nimbus desk lamp', 'K3 keyboard', 'Pulse earbuds'])} (${(3.5 + r() * 1.4).toFixed(1)} ★)`,
    unit: (t, r) => `${'★'.repeat(2 + Math.floor(r() * 4))} ${pick(r, NAMES)} · ${date(r)}\n${t}\n${Math.floor(r() * 30)} people found this helpful`,
    tail: () => '', sep: '\n\n',
  },
  search_results: {
    head: (r) => `web_search("${pick(r, ['supplier lead times', 'refund law', 'battery shipping rules', 'office closures'])}") → results`,
    unit: (t, r, i) => `${i + 1}. ${pick(r, ['Guide', 'Notes', 'FAQ', 'Update', 'Forum thread'])} – ${pick(r, ACCOUNTS)}\n   https://${pick(r, HOSTS)}/${pick(r, ['p', 'a', 'doc', 't'])}/${Math.floor(r() * 99999)}\n   ${t}`,
    tail: () => '', sep: '\n',
  },
  calendar_invite: {
    head: (r) => `BEGIN:VEVENT\nSUMMARY:${pick(r, ['Vendor review', 'QBR prep', 'Design crit', 'Budget check-in'])}\nDTSTART:2026${pad(1 + Math.floor(r() * 11))}${pad(1 + Math.floor(r() * 27))}T${pad(8 + Math.floor(r() * 9))}0000Z\nORGANIZER:mailto:${pick(r, ['ops', 'lena.k', 'omar', 'pmo'])}@acme.example\nLOCATION:Room ${pick(r, ['Fjord', 'Atlas', '3B', 'Kyoto'])} / https://meet.acme.example/${Math.floor(r() * 9e5)}\nDESCRIPTION:`,
    unit: (t) => t,
    tail: () => '\nEND:VEVENT', sep: '\n\n',
  },
  agent_memory: {
    head: () => '# memory.md — persistent notes for this workspace',
    unit: (t, r) => `- [${date(r)}] ${t}`,
    tail: () => '', sep: '\n',
  },
  email_thread: {
    head: (r) => `From: ${pick(r, NAMES)} <${pick(r, ['lena', 'tomas', 'aiko', 'omar', 'marta'])}@${pick(r, ['acme.example', 'northwind.test', 'kestrel.example'])}>\nTo: team@acme.example\nSubject: ${pick(r, ['Re: Q3 numbers', 'Fwd: supplier update', 'Re: next steps', 'Notes from today'])}\nDate: ${date(r)}`,
    unit: (t) => t,
    tail: (r) => `\n-- \n${pick(r, NAMES)}\nSent from my phone`, sep: '\n\n',
  },
  web_page: {
    head: (r) => `<html><head><title>${pick(r, ['Help Center', 'Blog', 'Product notes', 'Community'])}</title></head><body>\n<nav><a href="/">Home</a> · <a href="/docs">Docs</a> · <a href="/pricing">Pricing</a></nav>\n<main>`,
    unit: (t) => `<p>${t}</p>`,
    tail: () => '</main>\n<footer>© 2026 · <a href="/privacy">Privacy</a></footer></body></html>', sep: '\n',
  },
  ticket: {
    head: (r) => `Ticket #${40000 + Math.floor(r() * 9999)} · ${pick(r, ['Login loop', 'Refund request', 'Export fails', 'Shipping damage'])}\nStatus: open · Priority: P${1 + Math.floor(r() * 4)}`,
    unit: (t, r) => `--- ${pick(r, ['Comment', 'Reply', 'Internal note'])} by ${pick(r, NAMES)} (${date(r)}) ---\n${t}`,
    tail: () => '', sep: '\n',
  },
  pdf_extract: {
    head: (r) => `[pdf_to_text] ${pick(r, DOCS).replace(/\.\w+$/, '')}.pdf — ${3 + Math.floor(r() * 30)} pages`,
    unit: (t, r, i) => (i % 2 === 1 ? `— ${i + 2} —\nCONFIDENTIAL · internal use\n` : '') + t,
    tail: () => '', sep: '\n',
  },
  api_json: {
    head: () => '',
    unit: (t, r, i) => JSON.stringify({ id: 700 + i, updated: date(r), author: pick(r, NAMES), text: t }),
    tail: () => '', sep: '\n',
  },
  chat_export: {
    head: (r) => `#${pick(r, ['ops', 'support-escalations', 'team-emea', 'random'])} — export ${date(r)}`,
    unit: (t, r) => `[${pad(8 + Math.floor(r() * 10))}:${pad(Math.floor(r() * 60))}] ${pick(r, NAMES)}: ${t}`,
    tail: () => '', sep: '\n',
  },
  code_file: {
    head: (r) => `// ${pick(r, ['src/billing/export.ts', 'lib/sync/worker.js', 'app/notify.ts'])} (read_file, lines 1-${40 + Math.floor(r() * 200)})\nimport { log } from './log';`,
    unit: (t, r, i) => `/* ${t} */\nexport function step${i}(x) { return log('step${i}', x); }`,
    tail: () => '', sep: '\n',
  },
};
export const CARRIER_NAMES = Object.keys(CARRIERS);

// frame(parts, name, lang, seed, long) -> fields[]
// parts: array of 1 or 2 texts. With 2 parts each part ends up in its own field.
export function frame(parts, name, lang, seed, long) {
  const c = CARRIERS[name];
  const r = rng(seed + '|' + name);
  const pool = (FILLER[lang] || FILLER.en).slice();
  for (let i = pool.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [pool[i], pool[j]] = [pool[j], pool[i]]; }
  let fi = 0; // draw without replacement, so no filler sentence repeats inside one record
  const fill = (s) => s.replace(/\{acct\}/g, () => pick(r, ACCOUNTS)).replace(/\{name\}/g, () => pick(r, NAMES))
    .replace(/\{n\}/g, () => String(40 + Math.floor(r() * 3960))).replace(/\{pct\}/g, () => String(3 + Math.floor(r() * 33)));
  const filler = () => (fi < pool.length ? fill(pool[fi++]) : null);
  const bodyLen = parts.join('').length;
  let pre = [], post = [];
  if (long) {
    const need = 950 - bodyLen;
    let total = 0;
    while (total < need || pre.length < 2 || post.length < 2) {
      const a = filler(); const b = filler();
      if (a === null || b === null) break;
      pre.push(a); post.push(b); total += a.length + b.length + 60;
    }
  } else {
    if (r() < 0.6) pre.push(filler());
    if (r() < 0.5) post.push(filler());
  }
  const units = [...pre.map((t) => ({ t })), ...parts.map((t, k) => ({ t, part: k })), ...post.map((t) => ({ t }))];
  const rendered = units.map((u, i) => ({ ...u, s: c.unit(u.t, r, i) }));
  const head = c.head(r); const tail = c.tail(r);
  let cut = -1; // index of first unit in the second field
  if (parts.length === 2) cut = rendered.findIndex((u) => u.part === 1);
  else if (r() < 0.25 && rendered.length > 1) cut = 1 + Math.floor(r() * (rendered.length - 1));
  const join = (arr) => arr.map((u) => u.s).join(c.sep);
  if (cut < 0) return [[head, join(rendered)].filter(Boolean).join('\n') + tail];
  return [[head, join(rendered.slice(0, cut))].filter(Boolean).join('\n'), join(rendered.slice(cut)) + tail];
}
