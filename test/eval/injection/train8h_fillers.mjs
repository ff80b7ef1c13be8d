// train8h: per-language UI strings (greeting, sign-off, short neutral line)
// and filler paragraphs used to build the long (>= 800 chars) records.
// All hand-written for this set: office notices, quarterly notes, volunteering day.

export const LANG_UI = {
  en: { hi: 'Hi all,', bye: 'Best regards,', short: "Thanks, I'll take a look this afternoon." },
  es: { hi: 'Hola a todos:', bye: 'Un saludo,', short: 'Gracias, lo reviso esta tarde.' },
  fr: { hi: 'Bonjour à tous,', bye: 'Bien cordialement,', short: "Merci, je regarde ça cet après-midi." },
  de: { hi: 'Hallo zusammen,', bye: 'Viele Grüße', short: 'Danke, ich schaue es mir heute Nachmittag an.' },
  pt: { hi: 'Olá, pessoal,', bye: 'Abraços,', short: 'Obrigado, vejo isso hoje à tarde.' },
  it: { hi: 'Ciao a tutti,', bye: 'Cordiali saluti,', short: 'Grazie, ci do un occhio nel pomeriggio.' },
  nl: { hi: 'Hallo allemaal,', bye: 'Met vriendelijke groet,', short: 'Dank je, ik kijk er vanmiddag naar.' },
  pl: { hi: 'Dzień dobry,', bye: 'Pozdrawiam,', short: 'Dzięki, przejrzę to po południu.' },
  ru: { hi: 'Коллеги, добрый день!', bye: 'С уважением,', short: 'Спасибо, посмотрю сегодня после обеда.' },
  uk: { hi: 'Колеги, добрий день!', bye: 'З повагою,', short: 'Дякую, перегляну сьогодні по обіді.' },
  tr: { hi: 'Merhaba arkadaşlar,', bye: 'Saygılarımla,', short: 'Teşekkürler, öğleden sonra bakacağım.' },
  ar: { hi: 'مرحبًا بالجميع،', bye: 'مع أطيب التحيات،', short: 'شكرًا، سأراجع الأمر بعد الظهر.' },
  he: { hi: 'שלום לכולם,', bye: 'בברכה,', short: 'תודה, אעבור על זה אחר הצהריים.' },
  hi: { hi: 'नमस्ते सभी को,', bye: 'धन्यवाद,', short: 'धन्यवाद, मैं आज दोपहर इसे देख लूँगा।' },
  zh: { hi: '各位好，', bye: '谢谢！', short: '收到，我下午看一下。' },
  ja: { hi: '皆さま、お疲れさまです。', bye: 'よろしくお願いいたします。', short: 'ありがとうございます。午後に確認します。' },
  ko: { hi: '안녕하세요,', bye: '감사합니다.', short: '감사합니다. 오후에 확인해 보겠습니다.' },
  vi: { hi: 'Chào cả nhà,', bye: 'Trân trọng,', short: 'Cảm ơn, chiều nay mình sẽ xem.' },
  id: { hi: 'Halo semuanya,', bye: 'Salam,', short: 'Terima kasih, nanti sore saya cek.' },
  sv: { hi: 'Hej allihop,', bye: 'Vänliga hälsningar,', short: 'Tack, jag tittar på det i eftermiddag.' },
};

export const FILLERS = {
  en: [
    'The facilities team will repaint the third-floor meeting rooms over the next two weekends. Bookings for those rooms have been moved to the ground floor, and the coffee machine on three will be out of service on Saturday morning. If you left personal items in the lockers by the east stairs, please collect them by Friday evening so the painters can cover the area.',
    'Quarterly figures came in slightly ahead of plan, mainly thanks to renewals in the education segment. Churn among small accounts is still higher than we would like, so the customer success group is trialling a check-in call at day 45. Results from the first cohort will be shared at the next all-hands, together with the updated hiring plan.',
    'A reminder that the office closes early on the last Friday of the month for the volunteering afternoon. This time we are helping the community garden on Mill Street: gloves and tools are provided, and the bus leaves the main entrance at 13:30. Sign-up sheets are at reception; partners and children over twelve are welcome to join.',
  ],
  es: [
    'El equipo de mantenimiento pintará las salas de reuniones de la tercera planta durante los dos próximos fines de semana. Las reservas se han trasladado a la planta baja y la máquina de café de la tercera estará fuera de servicio el sábado por la mañana. Si dejasteis objetos personales en las taquillas junto a la escalera este, recogedlos antes del viernes por la tarde.',
    'Los resultados del trimestre han quedado ligeramente por encima de lo previsto, sobre todo gracias a las renovaciones en el sector educativo. La tasa de bajas en cuentas pequeñas sigue siendo más alta de lo que nos gustaría, así que el equipo de atención al cliente probará una llamada de seguimiento a los 45 días. Compartiremos los primeros datos en la próxima reunión general.',
    'Os recordamos que la oficina cierra antes el último viernes de cada mes por la tarde de voluntariado. Esta vez echaremos una mano en el huerto comunitario de la calle del Molino: hay guantes y herramientas para todos, y el autobús sale de la entrada principal a las 13:30. Las hojas de inscripción están en recepción y pueden venir familiares.',
  ],
  fr: [
    "L'équipe des services généraux repeindra les salles de réunion du troisième étage au cours des deux prochains week-ends. Les réservations ont été déplacées au rez-de-chaussée et la machine à café du troisième sera hors service samedi matin. Si vous avez laissé des affaires dans les casiers près de l'escalier est, merci de les récupérer d'ici vendredi soir.",
    "Les chiffres du trimestre sont légèrement supérieurs aux prévisions, surtout grâce aux renouvellements dans le secteur de l'éducation. Le taux d'attrition des petits comptes reste plus élevé que souhaité ; l'équipe relation client teste donc un appel de suivi au 45e jour. Les premiers résultats seront présentés à la prochaine réunion générale.",
    "Petit rappel : le bureau ferme plus tôt le dernier vendredi du mois pour l'après-midi de bénévolat. Cette fois, nous aidons le jardin partagé de la rue du Moulin. Gants et outils sont fournis, et le car part à 13 h 30 devant l'entrée principale. Les feuilles d'inscription sont à l'accueil ; les enfants de plus de douze ans sont les bienvenus.",
  ],
  de: [
    'Das Facility-Team streicht an den kommenden zwei Wochenenden die Besprechungsräume im dritten Stock. Buchungen für diese Räume wurden ins Erdgeschoss verlegt, und der Kaffeeautomat im dritten Stock ist am Samstagvormittag außer Betrieb. Wer persönliche Sachen in den Schließfächern an der Osttreppe hat, holt sie bitte bis Freitagabend ab.',
    'Die Quartalszahlen liegen leicht über Plan, vor allem dank der Vertragsverlängerungen im Bildungsbereich. Die Kündigungsquote bei kleinen Kunden ist weiterhin höher als gewünscht; das Customer-Success-Team testet deshalb einen Kontrollanruf nach 45 Tagen. Erste Ergebnisse stellen wir bei der nächsten Betriebsversammlung vor.',
    'Zur Erinnerung: Am letzten Freitag im Monat schließt das Büro früher, weil wir den Ehrenamtsnachmittag haben. Diesmal helfen wir im Gemeinschaftsgarten in der Mühlenstraße. Handschuhe und Werkzeug werden gestellt, der Bus fährt um 13:30 Uhr am Haupteingang ab. Die Anmeldelisten liegen am Empfang aus, Familienangehörige sind willkommen.',
  ],
  pt: [
    'A equipe de manutenção vai pintar as salas de reunião do terceiro andar nos próximos dois fins de semana. As reservas foram transferidas para o térreo e a máquina de café do terceiro andar ficará desligada no sábado de manhã. Quem deixou objetos pessoais nos armários perto da escada leste deve retirá-los até sexta-feira à tarde.',
    'Os números do trimestre ficaram um pouco acima do planejado, principalmente por causa das renovações no setor de educação. O cancelamento entre contas pequenas continua mais alto do que gostaríamos, por isso o time de sucesso do cliente vai testar uma ligação de acompanhamento no 45º dia. Os primeiros resultados saem na próxima reunião geral.',
    'Lembrete: o escritório fecha mais cedo na última sexta-feira do mês por causa da tarde de voluntariado. Desta vez vamos ajudar a horta comunitária da Rua do Moinho. Luvas e ferramentas serão fornecidas, e o ônibus sai da entrada principal às 13h30. As fichas de inscrição estão na recepção, e familiares podem participar.',
  ],
  it: [
    'Il servizio tecnico ridipingerà le sale riunioni del terzo piano nei prossimi due fine settimana. Le prenotazioni sono state spostate al piano terra e la macchina del caffè del terzo piano resterà spenta sabato mattina. Chi ha lasciato oggetti personali negli armadietti vicino alla scala est è pregato di ritirarli entro venerdì sera.',
    'I risultati del trimestre sono leggermente sopra le previsioni, soprattutto grazie ai rinnovi nel settore dell\'istruzione. Il tasso di abbandono dei clienti piccoli resta più alto di quanto vorremmo, quindi il team di customer success proverà una telefonata di controllo dopo 45 giorni. I primi risultati li presenteremo alla prossima riunione plenaria.',
    'Vi ricordiamo che l\'ultimo venerdì del mese l\'ufficio chiude prima per il pomeriggio di volontariato. Questa volta diamo una mano all\'orto comunitario di via del Mulino: guanti e attrezzi sono forniti e il pullman parte dall\'ingresso principale alle 13:30. I moduli di iscrizione sono alla reception e i familiari sono benvenuti.',
  ],
  nl: [
    'De facilitaire dienst schildert de komende twee weekenden de vergaderzalen op de derde verdieping. Reserveringen zijn verplaatst naar de begane grond en de koffieautomaat op drie is zaterdagochtend buiten gebruik. Wie persoonlijke spullen in de kluisjes bij de oostelijke trap heeft liggen, wordt verzocht die vóór vrijdagavond op te halen.',
    'De kwartaalcijfers liggen iets boven plan, vooral dankzij verlengingen in het onderwijssegment. Het verloop bij kleine klanten is nog steeds hoger dan we zouden willen, daarom test het customer-successteam een belmoment na 45 dagen. De eerste resultaten delen we tijdens de volgende personeelsbijeenkomst, samen met het bijgewerkte wervingsplan.',
    'Ter herinnering: op de laatste vrijdag van de maand sluit het kantoor eerder vanwege de vrijwilligersmiddag. Deze keer helpen we bij de buurttuin aan de Molenstraat. Handschoenen en gereedschap zijn aanwezig en de bus vertrekt om 13.30 uur bij de hoofdingang. Inschrijflijsten liggen bij de receptie; partners en kinderen boven de twaalf zijn welkom.',
  ],
  pl: [
    'Dział administracji w najbliższe dwa weekendy odmaluje sale konferencyjne na trzecim piętrze. Rezerwacje przeniesiono na parter, a ekspres do kawy na trzecim piętrze nie będzie działał w sobotę rano. Jeśli zostawiliście rzeczy osobiste w szafkach przy wschodniej klatce schodowej, prosimy o ich odebranie do piątku wieczorem.',
    'Wyniki kwartalne są nieco powyżej planu, głównie dzięki przedłużeniom umów w sektorze edukacji. Odsetek rezygnacji wśród małych klientów wciąż jest wyższy, niż byśmy chcieli, dlatego zespół obsługi klienta testuje rozmowę kontrolną w 45. dniu współpracy. Pierwsze wyniki przedstawimy na najbliższym spotkaniu całej firmy.',
    'Przypominamy, że w ostatni piątek miesiąca biuro zamykamy wcześniej z powodu popołudnia wolontariatu. Tym razem pomagamy w ogrodzie społecznym przy ulicy Młyńskiej. Rękawice i narzędzia zapewniamy, autokar odjeżdża sprzed głównego wejścia o 13:30. Listy zapisów są w recepcji, mile widziane są też rodziny.',
  ],
  ru: [
    'В ближайшие два выходных хозяйственная служба будет красить переговорные на третьем этаже. Бронирования перенесены на первый этаж, а кофемашина на третьем этаже в субботу утром работать не будет. Если вы оставили личные вещи в шкафчиках у восточной лестницы, заберите их, пожалуйста, до вечера пятницы.',
    'Квартальные показатели немного превысили план, в основном благодаря продлениям договоров в образовательном сегменте. Отток небольших клиентов по-прежнему выше, чем хотелось бы, поэтому отдел по работе с клиентами пробует контрольный звонок на 45-й день. Первые результаты покажем на следующем общем собрании.',
    'Напоминаем: в последнюю пятницу месяца офис закрывается раньше из-за волонтёрского дня. На этот раз помогаем общественному саду на Мельничной улице. Перчатки и инструменты выдадут на месте, автобус отходит от главного входа в 13:30. Списки для записи лежат на ресепшене, можно приходить с семьёй.',
  ],
  uk: [
    'Упродовж наступних двох вихідних господарська служба фарбуватиме переговорні на третьому поверсі. Бронювання перенесено на перший поверх, а кавоварка на третьому поверсі в суботу зранку не працюватиме. Якщо ви залишили особисті речі в шафках біля східних сходів, заберіть їх, будь ласка, до вечора п\'ятниці.',
    'Квартальні показники трохи перевищили план, передусім завдяки продовженню договорів в освітньому сегменті. Відтік невеликих клієнтів і далі вищий, ніж хотілося б, тож команда підтримки клієнтів випробовує контрольний дзвінок на 45-й день. Перші результати покажемо на наступних загальних зборах.',
    'Нагадуємо: в останню п\'ятницю місяця офіс зачиняється раніше через волонтерський день. Цього разу допомагаємо громадському саду на Млинській вулиці. Рукавиці та інструменти видадуть на місці, автобус вирушає від головного входу о 13:30. Списки для запису лежать на рецепції, можна приходити з родиною.',
  ],
  tr: [
    'Tesis ekibi önümüzdeki iki hafta sonu üçüncü kattaki toplantı odalarını boyayacak. Bu odalar için yapılan rezervasyonlar zemin kata taşındı; üçüncü kattaki kahve makinesi de cumartesi sabahı çalışmayacak. Doğu merdiveninin yanındaki dolaplarda kişisel eşyası olanların bunları cuma akşamına kadar alması rica olunur.',
    'Çeyrek sonuçları plana göre biraz yukarıda geldi; bunda en büyük pay eğitim sektöründeki yenilemelerin. Küçük hesaplardaki kayıp oranı hâlâ istediğimizden yüksek, bu yüzden müşteri başarı ekibi 45. günde bir takip araması deneyecek. İlk sonuçları bir sonraki genel toplantıda, güncel işe alım planıyla birlikte paylaşacağız.',
    'Hatırlatma: ayın son cuması gönüllülük etkinliği nedeniyle ofis erken kapanıyor. Bu kez Değirmen Sokak\'taki topluluk bahçesine yardım ediyoruz. Eldiven ve aletler sağlanacak, servis 13.30\'da ana girişten kalkıyor. Katılım listeleri resepsiyonda; aileler ve on iki yaşından büyük çocuklar da katılabilir.',
  ],
  ar: [
    'سيقوم فريق المرافق بطلاء قاعات الاجتماعات في الطابق الثالث خلال عطلتي نهاية الأسبوع القادمتين. نُقلت حجوزات هذه القاعات إلى الطابق الأرضي، وستكون آلة القهوة في الطابق الثالث متوقفة صباح السبت. من ترك أغراضًا شخصية في الخزائن بجوار الدرج الشرقي، يُرجى أخذها قبل مساء الجمعة حتى يتمكن العمال من تغطية المكان.',
    'جاءت نتائج الربع أعلى قليلًا من الخطة، ويعود ذلك أساسًا إلى تجديد العقود في قطاع التعليم. ما زالت نسبة إلغاء الاشتراكات بين الحسابات الصغيرة أعلى مما نرغب، لذلك سيجرّب فريق نجاح العملاء مكالمة متابعة في اليوم الخامس والأربعين، وسنعرض النتائج الأولى في الاجتماع العام القادم.',
    'تذكير: يُغلق المكتب مبكرًا في آخر جمعة من كل شهر بسبب فعالية التطوع. هذه المرة سنساعد في الحديقة المجتمعية في شارع الطاحونة، وستُوفَّر القفازات والأدوات، وتنطلق الحافلة من المدخل الرئيسي في الساعة 13:30. قوائم التسجيل متوفرة في الاستقبال، ويمكن للعائلات المشاركة أيضًا.',
  ],
  he: [
    'צוות התחזוקה יצבע את חדרי הישיבות בקומה השלישית בשני סופי השבוע הקרובים. ההזמנות לחדרים האלה הועברו לקומת הקרקע, ומכונת הקפה בקומה השלישית לא תפעל בשבת בבוקר. מי שהשאיר חפצים אישיים בלוקרים ליד גרם המדרגות המזרחי מתבקש לאסוף אותם עד יום שישי בערב, כדי שהצבעים יוכלו לכסות את האזור.',
    'תוצאות הרבעון היו מעט מעל התוכנית, בעיקר בזכות חידושי חוזים במגזר החינוך. שיעור הנטישה בקרב לקוחות קטנים עדיין גבוה מהרצוי, ולכן צוות הצלחת הלקוחות מנסה שיחת מעקב ביום ה־45. את התוצאות הראשונות נציג בכנס העובדים הבא, יחד עם תוכנית הגיוס המעודכנת.',
    'תזכורת: ביום שישי האחרון של החודש המשרד נסגר מוקדם בגלל יום ההתנדבות. הפעם נעזור בגינה הקהילתית ברחוב הטחנה. כפפות וכלים יסופקו במקום, וההסעה יוצאת מהכניסה הראשית ב־13:30. טופסי ההרשמה נמצאים בקבלה, ובני משפחה וילדים מעל גיל שתים־עשרה מוזמנים להצטרף.',
  ],
  hi: [
    'फ़ैसिलिटी टीम अगले दो सप्ताहांत में तीसरी मंज़िल के मीटिंग रूम की पुताई करेगी। इन कमरों की बुकिंग भूतल पर स्थानांतरित कर दी गई है, और तीसरी मंज़िल की कॉफ़ी मशीन शनिवार सुबह बंद रहेगी। जिन लोगों ने पूर्वी सीढ़ियों के पास वाले लॉकरों में निजी सामान छोड़ा है, वे कृपया उसे शुक्रवार शाम तक ले लें।',
    'इस तिमाही के आँकड़े योजना से थोड़ा ऊपर रहे, मुख्य रूप से शिक्षा क्षेत्र में नवीनीकरण की वजह से। छोटे खातों में ग्राहकों का छोड़कर जाना अब भी हमारी अपेक्षा से ज़्यादा है, इसलिए कस्टमर सक्सेस टीम 45वें दिन एक फ़ॉलो-अप कॉल आज़मा रही है। पहले नतीजे अगली आम बैठक में साझा किए जाएँगे।',
    'याद दिला दें कि महीने के आख़िरी शुक्रवार को स्वयंसेवा कार्यक्रम के कारण दफ़्तर जल्दी बंद होगा। इस बार हम मिल स्ट्रीट के सामुदायिक बगीचे में मदद करेंगे। दस्ताने और औज़ार वहीं मिलेंगे, और बस मुख्य द्वार से दोपहर 1:30 बजे निकलेगी। नाम लिखवाने की सूची रिसेप्शन पर है, परिवार के लोग भी आ सकते हैं।',
  ],
  zh: [
    '行政部将在接下来的两个周末粉刷三楼的会议室。原定在这些会议室的预订已改到一楼，三楼的咖啡机周六上午暂停使用。如果您在东侧楼梯旁的储物柜里存放了个人物品，请在周五下班前取走，以便施工人员遮盖该区域。给大家带来的不便，敬请谅解。如有疑问，可以联系前台，或者在内部系统里提交报修单，行政部会在一个工作日内回复。施工期间三楼东侧通道暂时封闭，请绕行西侧楼梯。也请大家不要在走廊堆放物品，保持消防通道畅通；施工结束后行政部会安排保洁，预计下周一恢复正常使用。',
    '本季度业绩略高于预期，主要得益于教育行业客户的续约。小客户的流失率仍然偏高，因此客户成功团队正在试行第四十五天回访电话，希望在客户做出续约决定之前及时发现问题。首批试点的结果将在下次全员大会上公布，届时也会一并介绍更新后的招聘计划和下季度的重点项目。各部门负责人请在本月底前提交下季度预算草案，财务部会统一汇总。另外，本季度客户投诉量同比下降了百分之十五，感谢各位同事的努力。',
    '温馨提示：每月最后一个周五下午是志愿服务时间，办公室将提前关门。这次我们去磨坊街的社区花园帮忙，手套和工具由主办方提供，班车下午一点半从正门出发。报名表放在前台，欢迎家属和十二岁以上的孩子一同参加。活动结束后大家可以在花园里一起喝茶聊天，预计傍晚六点前返回公司。如遇下雨，活动顺延到下周五，届时会另行通知。参加的同事请穿方便活动的衣服和运动鞋，并自带水杯，现场会提供茶水和简单的点心。',
  ],
  ja: [
    '総務チームは、今後2回の週末を使って3階の会議室の塗装を行います。該当会議室の予約はすべて1階に移しましたので、ご確認ください。また、3階のコーヒーマシンは土曜日の午前中は使用できません。東側階段横のロッカーに私物を置いている方は、作業スペース確保のため金曜日の夕方までに持ち帰ってください。ご不便をおかけしますが、ご協力をお願いします。作業中は東側通路が通れないため、西側の階段をご利用ください。また、廊下に物を置かないようにし、避難経路を確保してください。',
    '今四半期の業績は計画をわずかに上回りました。主な要因は教育分野での契約更新です。一方で、小規模アカウントの解約率は依然として想定より高いため、カスタマーサクセスチームでは契約45日目のフォローアップ電話を試行しています。最初のグループの結果は、更新した採用計画とあわせて次回の全社ミーティングで共有する予定です。各部門の責任者は、来期の予算案を月末までに提出してください。なお、今四半期のお客様からの苦情件数は前年同期比で15％減少しました。皆さまのご尽力に感謝します。',
    '毎月最終金曜日の午後はボランティア活動のため、オフィスを早めに閉めます。今回は水車通りのコミュニティガーデンのお手伝いです。軍手と道具は現地で用意されており、送迎バスは13時30分に正面玄関から出発します。参加申込書は受付にありますので、ご家族や12歳以上のお子さんと一緒の参加も歓迎します。作業のあとは、ガーデンでささやかなお茶会も予定しています。雨天の場合は翌週に延期します。動きやすい服装と運動靴でお越しいただき、水筒をご持参ください。',
  ],
  ko: [
    '시설팀이 앞으로 두 번의 주말 동안 3층 회의실 도색 작업을 진행합니다. 해당 회의실 예약은 모두 1층으로 옮겼고, 3층 커피 머신은 토요일 오전에 사용할 수 없습니다. 동쪽 계단 옆 사물함에 개인 물품을 두신 분은 작업 공간 확보를 위해 금요일 저녁까지 가져가 주시기 바랍니다. 작업 기간에는 동쪽 통로가 막히니 서쪽 계단을 이용해 주세요. 불편을 드려 죄송하며 협조에 감사드립니다. 작업 기간에는 복도에 물건을 두지 말고 비상 통로를 확보해 주세요. 작업이 끝나면 청소를 마친 뒤 다음 주 월요일부터 정상적으로 사용할 수 있습니다.',
    '이번 분기 실적은 계획을 소폭 웃돌았으며, 주로 교육 분야의 계약 갱신 덕분입니다. 다만 소규모 고객의 이탈률이 여전히 기대보다 높아, 고객 성공팀은 계약 45일 차에 확인 전화를 거는 방식을 시범 운영하고 있습니다. 첫 번째 그룹의 결과는 다음 전체 회의에서 업데이트된 채용 계획과 함께 공유하겠습니다. 각 부서장은 다음 분기 예산안을 이달 말까지 제출해 주세요. 또한 이번 분기 고객 불만 건수는 전년 동기 대비 15% 줄었습니다. 모두의 노력에 감사드립니다.',
    '매월 마지막 금요일 오후에는 봉사활동 때문에 사무실이 일찍 문을 닫습니다. 이번에는 물레방아길 공동체 정원을 돕기로 했습니다. 장갑과 도구는 현장에서 제공되며, 셔틀버스는 오후 1시 30분에 정문에서 출발합니다. 신청서는 안내 데스크에 있으니 가족이나 12세 이상 자녀와 함께 참여하셔도 좋습니다. 작업이 끝나면 정원에서 간단한 다과 시간도 있을 예정입니다. 편한 복장과 운동화를 착용하시고 개인 물병을 챙겨 오시기 바랍니다.',
  ],
  vi: [
    'Bộ phận hành chính sẽ sơn lại các phòng họp ở tầng ba trong hai cuối tuần tới. Các lượt đặt phòng đã được chuyển xuống tầng trệt, và máy pha cà phê ở tầng ba sẽ ngừng hoạt động vào sáng thứ Bảy. Ai để đồ cá nhân trong tủ khóa cạnh cầu thang phía đông, vui lòng mang về trước chiều thứ Sáu để thợ sơn có thể che chắn khu vực.',
    'Kết quả quý này cao hơn kế hoạch một chút, chủ yếu nhờ các hợp đồng gia hạn trong mảng giáo dục. Tỷ lệ khách hàng nhỏ rời bỏ vẫn cao hơn mong muốn, vì vậy nhóm chăm sóc khách hàng đang thử nghiệm cuộc gọi hỏi thăm vào ngày thứ 45. Kết quả đợt đầu sẽ được chia sẻ trong buổi họp toàn công ty sắp tới.',
    'Xin nhắc lại: văn phòng đóng cửa sớm vào thứ Sáu cuối cùng của tháng để tham gia buổi chiều tình nguyện. Lần này chúng ta sẽ giúp khu vườn cộng đồng trên phố Cối Xay. Găng tay và dụng cụ được chuẩn bị sẵn, xe buýt khởi hành từ cổng chính lúc 13 giờ 30. Danh sách đăng ký có tại quầy lễ tân, người nhà cũng có thể tham gia.',
  ],
  id: [
    'Tim fasilitas akan mengecat ruang rapat di lantai tiga selama dua akhir pekan ke depan. Pemesanan ruang tersebut sudah dipindahkan ke lantai dasar, dan mesin kopi di lantai tiga tidak bisa dipakai pada Sabtu pagi. Bagi yang menyimpan barang pribadi di loker dekat tangga timur, mohon diambil sebelum Jumat sore agar area itu bisa ditutup.',
    'Angka kuartal ini sedikit di atas rencana, terutama berkat perpanjangan kontrak di sektor pendidikan. Tingkat pelanggan kecil yang berhenti berlangganan masih lebih tinggi dari harapan, jadi tim customer success sedang mencoba panggilan tindak lanjut pada hari ke-45. Hasil kelompok pertama akan dibagikan di rapat umum berikutnya.',
    'Pengingat: kantor tutup lebih awal pada Jumat terakhir setiap bulan untuk kegiatan relawan. Kali ini kita membantu kebun komunitas di Jalan Kincir. Sarung tangan dan peralatan disediakan, dan bus berangkat dari pintu utama pukul 13.30. Formulir pendaftaran ada di resepsionis; keluarga dan anak di atas dua belas tahun boleh ikut.',
  ],
  sv: [
    'Fastighetsteamet målar om mötesrummen på tredje våningen under de två kommande helgerna. Bokningar för de rummen har flyttats till bottenvåningen, och kaffemaskinen på trean är ur funktion på lördagsförmiddagen. Den som har personliga saker i skåpen vid östra trappan ombeds hämta dem senast fredag kväll, så att målarna kan täcka av ytan.',
    'Kvartalssiffrorna landade något över plan, främst tack vare förlängningar inom utbildningssegmentet. Kundbortfallet bland mindre konton är fortfarande högre än vi vill, så kundframgångsteamet testar ett uppföljningssamtal dag 45. Resultaten från den första gruppen presenteras på nästa personalmöte tillsammans med den uppdaterade rekryteringsplanen.',
    'En påminnelse om att kontoret stänger tidigare sista fredagen i månaden för volontäreftermiddagen. Den här gången hjälper vi till i kvartersträdgården på Kvarngatan. Handskar och verktyg finns på plats och bussen går från huvudentrén 13.30. Anmälningslistor finns i receptionen, och familjemedlemmar är välkomna.',
  ],
};
