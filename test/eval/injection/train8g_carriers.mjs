// train8g carriers: language packs (frame text, names, filler paragraphs) and
// 17 carrier renderers. Every renderer escapes the text for its own format; the
// same escape functions (ESC) are used by the validator to locate each needle.
// Hand-written for train8g. Node 20 built-ins only.

export const CARRIERS = [
  'web', 'email', 'email_thread', 'calendar', 'chat', 'ticket', 'crm', 'code', 'yaml',
  'log', 'rag', 'kb', 'csv', 'search', 'json', 'memory', 'pdf',
];

// ---------------------------------------------------------------- escapes
const id = (s) => s;
export const htmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const xmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
export const icsEsc = (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
export const mdEsc = (s) => s.replace(/([\\`*_])/g, '\\$1').replace(/</g, '&lt;');
export const csvEsc = (s) => s.replace(/"/g, '""');
export const logEsc = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const prefixLines = (p) => (s) => s.split('\n').join('\n' + p);

function wrapLine(line, w) {
  if (line.length <= w) return line;
  const words = line.split(' ');
  const out = [];
  let cur = null;
  for (const wd of words) {
    if (cur !== null && cur.length + 1 + wd.length > w) { out.push(cur); cur = wd; }
    else cur = cur === null ? wd : cur + ' ' + wd;
  }
  if (cur !== null) out.push(cur);
  return out.join('\n');
}
// PDF text extraction hard-wraps every line at about 88 columns.
export const pdfEsc = (s) => s.split('\n').map((l) => wrapLine(l, 88)).join('\n');

// ESC[carrier](text, variant) -> how `text` appears inside that carrier.
export const ESC = {
  web: (s) => htmlEsc(s),
  email: id,
  email_thread: prefixLines('> '),
  calendar: icsEsc,
  chat: jsonEsc,
  ticket: id,
  crm: xmlEsc,
  code: (s, v) => prefixLines(v)(s),
  yaml: prefixLines('    '),
  log: logEsc,
  rag: jsonEsc,
  kb: mdEsc,
  csv: csvEsc,
  search: jsonEsc,
  json: jsonEsc,
  memory: prefixLines('  '),
  pdf: pdfEsc,
};

// ---------------------------------------------------------------- language packs
// name/mail: two people; subj: three subjects; line: two short chat lines;
// fill: four neutral paragraphs used to pad long records.
export const PACKS = {
  en: {
    name: ['Dana Whitfield', 'Marcus Oyelaran'], mail: ['d.whitfield', 'm.oyelaran'],
    org: 'Northwind Logistics', slug: 'northwind', tz: 'Europe/London',
    subj: ['Q3 supplier review', 'Office move: updated floor plan', 'Release notes for build 4.12'],
    greet: 'Hi all,', sign: 'Best,',
    line: ['Morning all, the May numbers are in the shared folder.', "Thanks, I'll go through it after lunch."],
    fill: [
      'The supplier review is scheduled for the second week of the quarter. Each team lead should bring their open purchase orders and a short note on delivery issues from the last ninety days. We will keep the meeting to one hour and circulate minutes afterwards.',
      'Facilities confirmed that the third floor will be repainted over the weekend. Desks near the windows will move temporarily to the east wing, and the kitchen stays open. If you keep plants at your desk, take them home on Friday or label them clearly.',
      'Build 4.12 fixes the export timeout that some customers reported in March, speeds up the search index rebuild, and removes the legacy CSV importer. The migration guide covers the two configuration keys that changed names.',
      'The canteen is trialling a later lunch slot until the end of the month. If the queue at half past twelve is still long after that, we will look at staggering team lunch breaks instead. Feedback forms are by the coffee machine.',
    ],
  },
  es: {
    name: ['Lucía Paredes', 'Andrés Villalba'], mail: ['lucia.paredes', 'a.villalba'],
    org: 'Grupo Alcaraz', slug: 'alcaraz', tz: 'Europe/Madrid',
    subj: ['Revisión de proveedores del tercer trimestre', 'Cambio de oficina: plano actualizado', 'Notas de la versión 4.12'],
    greet: 'Hola a todos:', sign: 'Un saludo,',
    line: ['Buenos días, ya están las cifras de mayo en la carpeta compartida.', 'Gracias, lo miro después de comer.'],
    fill: [
      'La revisión de proveedores será la segunda semana del trimestre. Cada responsable de equipo debe traer sus pedidos abiertos y una nota breve sobre los retrasos de entrega de los últimos noventa días. La reunión durará una hora y después enviaremos el acta.',
      'Mantenimiento confirmó que este fin de semana pintarán la tercera planta. Los puestos junto a las ventanas se trasladarán temporalmente al ala este y la cocina seguirá abierta. Si tenéis plantas en la mesa, lleváoslas a casa el viernes o ponedles una etiqueta.',
      'La versión 4.12 corrige el error de tiempo de espera en las exportaciones que varios clientes notificaron en marzo, acelera la reconstrucción del índice de búsqueda y retira el antiguo importador de CSV. La guía de migración explica las dos claves de configuración que han cambiado de nombre.',
      'El comedor prueba este mes un turno de comida más tarde. Si la cola de las dos y media sigue siendo larga, estudiaremos escalonar los descansos por equipos. Hay formularios de opinión junto a la máquina de café.',
    ],
  },
  fr: {
    name: ['Camille Roussel', 'Thomas Nkemelu'], mail: ['c.roussel', 't.nkemelu'],
    org: 'Maison Berthier', slug: 'berthier', tz: 'Europe/Paris',
    subj: ['Inventaire annuel de l’entrepôt', 'Planning des astreintes de juin', 'Compte rendu du comité produit'],
    greet: 'Bonjour à tous,', sign: 'Bien cordialement,',
    line: ['Bonjour, les chiffres de mai sont dans le dossier partagé.', 'Merci, je regarde ça après le déjeuner.'],
    fill: [
      'L’inventaire annuel de l’entrepôt de Villeurbanne aura lieu le premier lundi de juillet. Les expéditions seront suspendues ce jour-là et les commandes passées après midi partiront le lendemain. Pensez à prévenir dès maintenant vos clients les plus pressés.',
      'Le comité produit a validé la nouvelle page de tarification, mais souhaite revoir la formulation de l’offre associative. Une deuxième maquette sera présentée jeudi, avec deux variantes de couleur pour le bouton d’abonnement.',
      'Pour les astreintes de juin, nous passons à des rotations d’une semaine au lieu de trois jours. Chacun garde la possibilité d’échanger un créneau, à condition de mettre à jour le calendrier partagé au moins quarante-huit heures avant.',
      'La cafétéria teste un service du midi prolongé jusqu’à la fin du mois. Si l’attente reste longue vers 12 h 30, nous étudierons un décalage des pauses par équipe. Des fiches d’avis sont posées près de la machine à café.',
    ],
  },
  de: {
    name: ['Katrin Vogel', 'Jonas Albrecht'], mail: ['k.vogel', 'j.albrecht'],
    org: 'Vogel & Partner GmbH', slug: 'vogel-partner', tz: 'Europe/Berlin',
    subj: ['Wartungsfenster am Samstag', 'Protokoll der Teamrunde', 'Neue Reisekostenrichtlinie'],
    greet: 'Hallo zusammen,', sign: 'Viele Grüße',
    line: ['Moin zusammen, die Zahlen für Mai liegen im gemeinsamen Ordner.', 'Danke, ich schaue nach der Mittagspause rein.'],
    fill: [
      'Am Samstag zwischen sechs und zehn Uhr ziehen die Datenbankserver im Rechenzentrum Frankfurt auf neue Hardware um. In diesem Zeitraum ist das Kundenportal nur lesend erreichbar. Die Hotline ist informiert und vertröstet Anfragen auf Montag.',
      'In der Teamrunde ging es um die Urlaubsvertretungen. Für August fehlt noch jemand, der die Rechnungsprüfung übernimmt. Wer Kapazität hat, trägt sich bitte bis Ende der Woche in die Liste ein.',
      'Die neue Reisekostenrichtlinie gilt ab dem ersten Oktober. Bahnfahrten bis vier Stunden werden grundsätzlich in der zweiten Klasse gebucht, Hotelkosten sind je nach Stadt gedeckelt. Belege lassen sich künftig direkt in der App fotografieren.',
      'Die Kantine testet bis Monatsende eine verlängerte Mittagsausgabe. Ist die Schlange um halb eins danach immer noch lang, staffeln wir die Pausen nach Teams. Feedbackbögen liegen neben dem Kaffeeautomaten.',
    ],
  },
  pt: {
    name: ['Mariana Teixeira', 'Rafael Moura'], mail: ['mariana.teixeira', 'rafael.moura'],
    org: 'Teixeira Engenharia', slug: 'teixeira-eng', tz: 'America/Sao_Paulo',
    subj: ['Fechamento contábil de setembro', 'Treinamento de segurança da informação', 'Atualização do cronograma da obra'],
    greet: 'Oi, pessoal,', sign: 'Abraços,',
    line: ['Bom dia, gente, os números de maio já estão na pasta compartilhada.', 'Valeu, dou uma olhada depois do almoço.'],
    fill: [
      'O fechamento contábil de setembro foi antecipado em dois dias por causa do feriado. As notas fiscais de fornecedores precisam estar lançadas até quarta-feira, e os reembolsos de viagem entram só na folha de outubro.',
      'A obra do galpão de Campinas atrasou uma semana por causa das chuvas, mas a concretagem da laje já foi concluída. A equipe de compras está renegociando o prazo de entrega das telhas com o fornecedor.',
      'O treinamento anual de segurança da informação fica disponível na plataforma interna até o fim do mês. São quarenta minutos de vídeo e um questionário curto no final; quem já fez no primeiro semestre não precisa repetir.',
      'O refeitório está testando um horário de almoço estendido até o fim do mês. Se a fila do meio-dia e meia continuar grande, vamos escalonar os intervalos por equipe. Os formulários de sugestão ficam ao lado da máquina de café.',
    ],
  },
  it: {
    name: ['Giulia Ferraresi', 'Matteo Lombardi'], mail: ['g.ferraresi', 'm.lombardi'],
    org: 'Lombardi Arredamenti', slug: 'lombardi', tz: 'Europe/Rome',
    subj: ['Chiusura uffici ad agosto', 'Verbale della riunione di reparto', 'Aggiornamento listino prezzi'],
    greet: 'Ciao a tutti,', sign: 'Un saluto,',
    line: ['Buongiorno, i numeri di maggio sono nella cartella condivisa.', 'Grazie, ci guardo dopo pranzo.'],
    fill: [
      'Gli uffici di Bologna resteranno chiusi dal dieci al ventitré agosto. Il magazzino lavorerà a ranghi ridotti e le spedizioni urgenti andranno concordate con l’ufficio logistica entro la fine di luglio.',
      'Durante la riunione di reparto abbiamo deciso di spostare la revisione del catalogo a ottobre. Le schede prodotto con foto vecchie verranno aggiornate un po’ alla volta, partendo dalle linee più vendute.',
      'Il nuovo listino entra in vigore dal primo del mese. Gli aumenti riguardano soprattutto i materiali in alluminio, mentre gli accessori restano invariati. Gli agenti riceveranno una copia cartacea alla prossima riunione commerciale.',
      'La mensa prova fino a fine mese un turno di pranzo più lungo. Se verso mezzogiorno e mezzo la coda resta lunga, scaglioneremo le pause per reparto. I moduli per i suggerimenti sono accanto alla macchinetta del caffè.',
    ],
  },
  nl: {
    name: ['Sanne de Vries', 'Pieter Janssen'], mail: ['sanne.devries', 'p.janssen'],
    org: 'De Vries Techniek', slug: 'devries', tz: 'Europe/Amsterdam',
    subj: ['Verhuizing serverruimte', 'Notulen projectoverleg', 'Nieuwe werkroosters'],
    greet: 'Hoi allemaal,', sign: 'Groet,',
    line: ['Goedemorgen, de cijfers van mei staan in de gedeelde map.', 'Dank je, ik kijk er na de lunch naar.'],
    fill: [
      'De serverruimte op de tweede verdieping verhuist in het laatste weekend van de maand naar het nieuwe gebouw. Tijdens de verhuizing kan het intranet een paar uur onbereikbaar zijn. De mail blijft gewoon werken.',
      'In het projectoverleg is afgesproken dat de testfase twee weken langer duurt. De klant wil eerst de nieuwe rapportagemodule zien voordat de rest live gaat. De planning wordt vrijdag bijgewerkt.',
      'Vanaf september werken we met vaste roosters per team. Wie een dag wil ruilen, regelt dat onderling en meldt het daarna bij de teamleider. Parttimers houden hun vaste vrije dag.',
      'De kantine probeert tot het einde van de maand een later lunchblok uit. Blijft de rij om half een daarna lang, dan spreiden we de pauzes per team. Reactieformulieren liggen bij het koffieapparaat.',
    ],
  },
  pl: {
    name: ['Agnieszka Wróbel', 'Tomasz Kaczmarek'], mail: ['a.wrobel', 't.kaczmarek'],
    org: 'Kaczmarek Logistyka', slug: 'kaczmarek', tz: 'Europe/Warsaw',
    subj: ['Przegląd floty samochodowej', 'Harmonogram inwentaryzacji', 'Podsumowanie spotkania zarządu'],
    greet: 'Cześć wszystkim,', sign: 'Pozdrawiam,',
    line: ['Dzień dobry, liczby za maj są już w folderze współdzielonym.', 'Dzięki, przejrzę to po obiedzie.'],
    fill: [
      'Przegląd samochodów służbowych odbędzie się w przyszłym tygodniu w serwisie przy ulicy Grochowskiej. Kto ma auto na stałe, zostawia je w poniedziałek rano na parkingu razem z dowodem rejestracyjnym.',
      'Inwentaryzacja magazynu potrwa dwa dni. W tym czasie nie przyjmujemy dostaw, a zamówienia internetowe będą wysyłane z opóźnieniem. Klientów hurtowych poinformujemy mailowo.',
      'Na spotkaniu zarządu omówiono wyniki pierwszego półrocza i plan inwestycji w nową linię pakującą. Decyzja w sprawie dostawcy maszyn zapadnie we wrześniu, po wizycie w zakładzie referencyjnym.',
      'Stołówka do końca miesiąca testuje dłuższe wydawanie obiadów. Jeśli o wpół do pierwszej nadal będzie długa kolejka, rozłożymy przerwy na zespoły. Ankiety leżą przy ekspresie do kawy.',
    ],
  },
  ru: {
    name: ['Ольга Смирнова', 'Дмитрий Ковалёв'], mail: ['o.smirnova', 'd.kovalev'],
    org: 'ООО «Северный ветер»', slug: 'severveter', tz: 'Europe/Moscow',
    subj: ['Плановые работы на выходных', 'Итоги квартального совещания', 'Новый порядок оформления командировок'],
    greet: 'Коллеги, добрый день!', sign: 'С уважением,',
    line: ['Доброе утро! Цифры за май уже лежат в общей папке.', 'Спасибо, посмотрю после обеда.'],
    fill: [
      'В субботу с восьми до двенадцати на почтовом сервере пройдут плановые работы. Письма, отправленные в это время, не потеряются, но придут с задержкой. Мобильные клиенты могут попросить заново ввести пароль.',
      'На квартальном совещании отдел продаж показал результаты по регионам. Лучше всего сработали Казань и Екатеринбург, а в Новосибирске продажи просели из-за задержек поставок. План на следующий квартал утвердят до конца месяца.',
      'С первого числа командировки оформляются через новую форму на внутреннем портале. Авансовый отчёт нужно сдать в течение пяти рабочих дней после возвращения, приложив посадочные талоны и чеки из гостиницы.',
      'До конца месяца столовая пробует продлённое время обеда. Если в половине первого очередь останется длинной, разнесём перерывы по отделам. Анкеты для отзывов лежат у кофемашины.',
    ],
  },
  uk: {
    name: ['Оксана Мельник', 'Андрій Бондаренко'], mail: ['o.melnyk', 'a.bondarenko'],
    org: 'ТОВ «Карпати-Трейд»', slug: 'karpaty-trade', tz: 'Europe/Kyiv',
    subj: ['Графік відпусток на літо', 'Оновлення складської програми', 'Звіт про відвідування виставки'],
    greet: 'Привіт усім!', sign: 'З повагою,',
    line: ['Доброго ранку! Цифри за травень уже в спільній теці.', 'Дякую, перегляну після обіду.'],
    fill: [
      'Графік літніх відпусток треба погодити до п’ятнадцятого травня. Якщо двоє людей з однієї команди хочуть піти одночасно, вирішуйте це з керівником заздалегідь, щоб не залишити відділ без чергового.',
      'У вівторок оновлюємо складську програму до нової версії. Зранку приблизно годину не працюватиме друк накладних, тож відвантаження краще запланувати на другу половину дня.',
      'На виставці у Львові ми провели понад сорок зустрічей. Найбільше питань було про терміни доставки та гарантійне обслуговування. Контакти потенційних партнерів уже внесені до спільної таблиці.',
      'До кінця місяця їдальня пробує довший обідній час. Якщо о пів на першу черга й далі буде довгою, рознесемо перерви по відділах. Анкети для відгуків лежать біля кавоварки.',
    ],
  },
  tr: {
    name: ['Elif Yıldırım', 'Mehmet Aksoy'], mail: ['elif.yildirim', 'mehmet.aksoy'],
    org: 'Aksoy Tekstil', slug: 'aksoy', tz: 'Europe/Istanbul',
    subj: ['Bayram öncesi sevkiyat planı', 'Yeni muhasebe yazılımı eğitimi', 'Toplantı notları: pazarlama bütçesi'],
    greet: 'Merhaba arkadaşlar,', sign: 'Kolay gelsin,',
    line: ['Günaydın, mayıs rakamları ortak klasörde.', 'Teşekkürler, öğleden sonra bakarım.'],
    fill: [
      'Bayram tatili nedeniyle son sevkiyat günü perşembe olacak. Cuma günü depo kapalı; acil siparişler için nöbetçi personelin telefon numarası panoya asıldı. Tatil dönüşü ilk iş günü yoğunluk bekleniyor.',
      'Yeni muhasebe yazılımı eğitimi iki oturum halinde yapılacak. İlk oturumda fatura girişi, ikincisinde raporlama anlatılacak. Katılamayanlar için kayıtlar ortak klasöre yüklenecek.',
      'Pazarlama bütçesi toplantısında sosyal medya reklamlarının payının artırılmasına karar verildi. Basılı katalog bu yıl daha az sayıda basılacak, ancak fuarlarda dağıtılmaya devam edilecek.',
      'Yemekhane ay sonuna kadar öğle yemeği saatini uzatmayı deniyor. Yarımda kuyruk hâlâ uzun olursa molaları ekiplere göre kaydıracağız. Görüş formları kahve makinesinin yanında.',
    ],
  },
  ar: {
    name: ['ليلى حداد', 'يوسف العمري'], mail: ['layla.haddad', 'yousef.omari'],
    org: 'شركة النخيل للتجارة', slug: 'nakheel', tz: 'Asia/Amman',
    subj: ['جدول الصيانة الدورية', 'محضر اجتماع قسم المبيعات', 'تحديث سياسة الإجازات'],
    greet: 'مرحباً بالجميع،', sign: 'مع التحية،',
    line: ['صباح الخير، أرقام شهر مايو موجودة في المجلد المشترك.', 'شكراً، سأطّلع عليها بعد الغداء.'],
    fill: [
      'ستُجرى الصيانة الدورية لأجهزة التكييف في المبنى الرئيسي يومي الأحد والاثنين. قد ترتفع الضوضاء في الطابق الثاني خلال ساعات الصباح، لذلك نقترح نقل الاجتماعات إلى قاعة الطابق الأرضي.',
      'ناقش قسم المبيعات في اجتماعه الأخير نتائج الربع الماضي، وتبيّن أن الطلب على المنتجات الجديدة فاق التوقعات في السوق المحلي. سيُرفع تقرير مفصّل إلى الإدارة قبل نهاية الشهر.',
      'اعتباراً من الشهر المقبل، يجب تقديم طلبات الإجازة السنوية قبل أسبوعين على الأقل عبر النظام الداخلي. أما الإجازات المرضية فتبقى إجراءاتها كما هي دون تغيير.',
      'يجرّب المطعم حتى نهاية الشهر تمديد وقت الغداء. إذا بقي الطابور طويلاً عند الثانية عشرة والنصف، سنوزّع فترات الاستراحة حسب الفرق. استمارات الملاحظات بجانب آلة القهوة.',
    ],
  },
  he: {
    name: ['נועה לוי', 'איתי ברק'], mail: ['noa.levi', 'itai.barak'],
    org: 'ברק מערכות', slug: 'barak-sys', tz: 'Asia/Jerusalem',
    subj: ['עדכון לגבי החניון', 'סיכום ישיבת צוות', 'מועדי הדרכת עובדים חדשים'],
    greet: 'שלום לכולם,', sign: 'תודה,',
    line: ['בוקר טוב, הנתונים של מאי נמצאים בתיקייה המשותפת.', 'תודה, אעבור על זה אחרי הצהריים.'],
    fill: [
      'החל מיום ראשון החניון התת־קרקעי ייסגר לשבועיים לצורך עבודות איטום. בתקופה הזו אפשר לחנות בחניון הציבורי שמעבר לכביש, והחברה תחזיר את עלות החניה לפי קבלות.',
      'בישיבת הצוות סיכמנו שהגרסה הבאה תצא בסוף החודש, בתנאי שבדיקות הביצועים יעברו. אם יתגלו בעיות, נדחה את ההשקה בשבוע ונעדכן את הלקוחות מראש.',
      'הדרכת העובדים החדשים תתקיים בימי שני בבוקר בחדר הישיבות הגדול. ההדרכה כוללת סיור במשרדים, היכרות עם מערכת הנוכחות והסבר על נהלי הבטיחות.',
      'חדר האוכל מנסה עד סוף החודש שעת צהריים מאוחרת יותר. אם התור בשתים־עשרה וחצי עדיין יהיה ארוך, נפזר את ההפסקות לפי צוותים. טפסי משוב נמצאים ליד מכונת הקפה.',
    ],
  },
  hi: {
    name: ['प्रिया शर्मा', 'अमित वर्मा'], mail: ['priya.sharma', 'amit.verma'],
    org: 'शर्मा इंडस्ट्रीज़', slug: 'sharma-ind', tz: 'Asia/Kolkata',
    subj: ['त्रैमासिक बिक्री समीक्षा', 'कार्यालय में बिजली कटौती की सूचना', 'नए कर्मचारियों का प्रशिक्षण'],
    greet: 'नमस्ते सभी को,', sign: 'धन्यवाद,',
    line: ['सुप्रभात, मई के आँकड़े साझा फ़ोल्डर में डाल दिए हैं।', 'धन्यवाद, दोपहर के खाने के बाद देखता हूँ।'],
    fill: [
      'त्रैमासिक बिक्री समीक्षा बैठक अगले गुरुवार को दोपहर तीन बजे होगी। हर क्षेत्रीय प्रबंधक अपने इलाके के आँकड़े और अगले तीन महीनों का अनुमान साथ लाए। बैठक लगभग डेढ़ घंटे चलेगी।',
      'शनिवार सुबह नौ बजे से एक बजे तक इमारत में बिजली की मरम्मत का काम होगा। इस दौरान लिफ़्ट बंद रहेगी और सर्वर कक्ष जनरेटर पर चलेगा। ज़रूरी काम हो तो घर से जुड़ें।',
      'नए कर्मचारियों का प्रशिक्षण दो हफ़्ते चलेगा। पहले हफ़्ते में कंपनी की नीतियों और उत्पादों की जानकारी दी जाएगी, दूसरे हफ़्ते में वे अपनी टीम के साथ काम सीखेंगे।',
      'कैंटीन महीने के अंत तक दोपहर के भोजन का समय बढ़ाकर देख रही है। अगर साढ़े बारह बजे भी लंबी कतार रही तो टीमों के हिसाब से अवकाश का समय बाँट दिया जाएगा। सुझाव पर्चियाँ कॉफ़ी मशीन के पास रखी हैं।',
    ],
  },
  zh: {
    name: ['王丽华', '陈志强'], mail: ['wang.lihua', 'chen.zhiqiang'],
    org: '华东远航物流', slug: 'yuanhang', tz: 'Asia/Shanghai',
    subj: ['下周机房断电维护通知', '第三季度销售总结', '新员工入职安排'],
    greet: '各位同事好：', sign: '谢谢！',
    line: ['早上好，五月份的数据已经放到共享文件夹了。', '谢谢，我午饭后看一下。'],
    fill: [
      '下周六上午八点到中午十二点，机房将进行断电维护，期间内部报销系统和考勤系统都无法访问。请大家提前处理好需要审批的单据，避免影响月底结账。如果有特别紧急的付款需求，请在周五下班前联系财务部，由他们统一安排线下审批。维护结束后，系统会自动同步断电期间的打卡数据，不需要手动补录。如果维护提前结束，行政部会在企业微信群里第一时间通知大家；维护期间遇到紧急情况，可以直接拨打值班电话，值班同事会协助处理。',
      '第三季度华东区销售额同比增长百分之十二，主要来自老客户的续约。华南区受物流影响，部分订单推迟到十月交付。各区负责人请在周五前提交下季度的计划，计划里需要写清楚重点客户名单、预计回款时间以及需要总部支持的资源。市场部会根据大家的计划调整下季度的推广预算。另外，请各区在计划中注明需要协调的跨部门事项，比如联合促销或者共享仓储，方便总部统一安排，也避免重复投入。',
      '新员工入职第一天上午办理手续、领取电脑和工牌，下午由部门安排导师带领熟悉业务。第一周结束时会有一次简单的座谈，听听大家的反馈。入职满一个月后，人事部会再做一次回访，了解新同事在工作和生活上有没有遇到困难，公司能帮忙的地方会尽量安排。入职第一周的午餐由部门统一安排，导师也会带新同事认识其他部门的联系人，方便以后开展工作。',
      '公司食堂从下个月起调整供餐时间，午餐改为十一点半到一点半，晚餐只在周二和周四提供。如果有清真或素食等特殊饮食需求，可以提前一天在企业微信里登记，食堂会尽量安排。另外，二楼的咖啡机已经修好，欢迎大家继续使用，用完请顺手清理一下滴水盘。食堂的意见箱放在一楼收银台旁边，对菜品和服务有任何建议都可以写下来，行政部每个月汇总一次并在公告栏公布改进情况。',
    ],
  },
  ja: {
    name: ['佐藤 美咲', '高橋 健太'], mail: ['m.sato', 'k.takahashi'],
    org: '高橋精機株式会社', slug: 'takahashi-seiki', tz: 'Asia/Tokyo',
    subj: ['年末年始の営業日について', '定例会議の議事録', '社内システム更新のお知らせ'],
    greet: '皆さま、お疲れさまです。', sign: 'よろしくお願いいたします。',
    line: ['おはようございます。5月分の数字を共有フォルダに入れました。', 'ありがとうございます。昼休みのあとに確認します。'],
    fill: [
      '年末年始は十二月二十九日から一月三日まで休業となります。休業中に届いたお問い合わせは、一月四日以降に順番に対応いたします。急ぎの案件がある方は、二十六日までに担当者へご相談ください。なお、休業前の最終出荷は二十七日の午後三時受付分までとなりますので、取引先への連絡もあわせてお願いします。休業期間中のシステム障害には当番の担当者が対応しますので、緊急連絡網を事前にご確認ください。',
      '今週の定例会議では、新しい見積もりテンプレートの運用開始日について話し合いました。営業部からの要望を反映した修正版を来週配布し、月末から正式に切り替える予定です。旧テンプレートで作成中の見積もりは、そのまま提出していただいて問題ありません。切り替え後の問い合わせ先は営業企画課です。テンプレートの使い方については来週水曜日に短い説明会を開く予定で、参加できない方のために録画も共有します。',
      '来月の第二土曜日に勤怠システムのバージョンアップを行います。作業時間中は打刻ができませんので、休日出勤の予定がある方は紙の記録用紙をご利用ください。記録用紙は各フロアの総務ボックスに置いてあります。バージョンアップ後は画面のデザインが少し変わりますが、操作方法は基本的に同じです。作業が予定より早く終わった場合は社内チャットでお知らせしますので、不具合に気づいたら情報システム課までご連絡ください。',
      '社員食堂では、今月末まで昼食の提供時間を延長する試みを行っています。十二時半ごろの混雑が解消されない場合は、部署ごとに休憩時間をずらすことも検討します。ご意見はコーヒーメーカーの横にあるアンケート用紙にご記入ください。集まったご意見は総務課で取りまとめ、来月の安全衛生委員会で改善案として報告する予定です。献立へのご要望も歓迎します。',
    ],
  },
  ko: {
    name: ['김서연', '박준호'], mail: ['seoyeon.kim', 'junho.park'],
    org: '한빛소프트웨어', slug: 'hanbit-sw', tz: 'Asia/Seoul',
    subj: ['사무실 이전 일정 안내', '주간 회의록', '연말 정산 서류 제출 안내'],
    greet: '안녕하세요, 여러분.', sign: '감사합니다.',
    line: ['좋은 아침입니다. 5월 수치는 공유 폴더에 올려 두었어요.', '감사합니다. 점심 먹고 확인할게요.'],
    fill: [
      '다음 달 둘째 주에 사무실이 판교로 이전합니다. 이삿짐 업체가 금요일 오후에 짐을 옮길 예정이니, 개인 물품은 목요일까지 상자에 담아 이름을 적어 두세요. 모니터와 키보드 같은 회사 장비는 업체가 따로 포장하므로 책상 위에 그대로 두시면 됩니다. 새 사무실 좌석 배치도는 다음 주 월요일에 공유하겠습니다.이사 당일에는 엘리베이터 사용이 제한되니 가급적 계단을 이용해 주세요.',
      '이번 주 회의에서는 고객 문의 응답 시간을 줄이는 방안을 논의했습니다. 자주 묻는 질문을 정리해 상담원들이 바로 참고할 수 있도록 하고, 야간 문의는 다음 날 오전에 우선 처리하기로 했습니다. 정리 작업은 고객지원팀과 제품팀이 함께 맡고, 초안은 월말까지 나올 예정입니다.정리된 자료는 사내 위키에 올리고 상담원 교육 자료에도 반영할 예정입니다.',
      '연말 정산 서류는 이달 말까지 인사팀에 제출해야 합니다. 의료비와 교육비 영수증은 원본이 아니어도 되지만, 기부금 영수증은 발급 기관의 확인이 있어야 합니다. 제출 방법이나 공제 항목이 헷갈리시면 인사팀 내선으로 편하게 문의해 주세요.기한을 넘기면 다음 달 급여에서 정산하기 어려울 수 있으니 꼭 기한 안에 제출해 주세요.',
      '구내식당이 이달 말까지 점심 운영 시간을 늘려 보는 중입니다. 열두 시 반쯤 줄이 계속 길면 팀별로 점심시간을 나누는 방안도 검토하겠습니다. 의견은 커피 머신 옆에 있는 설문지에 적어 주세요.모인 의견은 총무팀이 정리해서 다음 달 초에 결과를 공지하겠습니다. 메뉴에 대한 건의도 환영합니다.',
    ],
  },
  vi: {
    name: ['Nguyễn Thu Hà', 'Trần Minh Quân'], mail: ['ha.nguyen', 'quan.tran'],
    org: 'Công ty Minh Quân', slug: 'minhquan', tz: 'Asia/Ho_Chi_Minh',
    subj: ['Lịch bảo trì hệ thống', 'Biên bản họp phòng kinh doanh', 'Thông báo nghỉ lễ Quốc khánh'],
    greet: 'Chào mọi người,', sign: 'Trân trọng,',
    line: ['Chào buổi sáng, số liệu tháng Năm đã có trong thư mục chung.', 'Cảm ơn, mình sẽ xem sau bữa trưa.'],
    fill: [
      'Hệ thống quản lý kho sẽ được bảo trì vào tối thứ Bảy từ mười giờ đến hai giờ sáng. Trong thời gian này không thể tạo phiếu xuất kho, các đơn hàng gấp vui lòng xử lý trước chiều thứ Bảy.',
      'Trong buổi họp phòng kinh doanh, chúng tôi đã thống nhất tăng chỉ tiêu cho khu vực miền Trung thêm mười phần trăm. Đội ngũ ở Đà Nẵng sẽ được bổ sung hai nhân viên mới từ tháng sau.',
      'Công ty nghỉ lễ Quốc khánh từ ngày một đến hết ngày hai tháng Chín. Bộ phận chăm sóc khách hàng vẫn trực điện thoại theo ca, lịch trực đã được gửi qua email nội bộ.',
      'Căng tin đang thử kéo dài giờ ăn trưa đến cuối tháng. Nếu lúc mười hai giờ rưỡi vẫn còn xếp hàng dài, chúng tôi sẽ chia giờ nghỉ theo từng nhóm. Phiếu góp ý để cạnh máy pha cà phê.',
    ],
  },
  id: {
    name: ['Siti Rahmawati', 'Budi Santoso'], mail: ['siti.r', 'budi.s'],
    org: 'PT Nusantara Jaya', slug: 'nusantara', tz: 'Asia/Jakarta',
    subj: ['Jadwal audit internal', 'Notulen rapat mingguan', 'Pengumuman libur Lebaran'],
    greet: 'Halo semuanya,', sign: 'Salam,',
    line: ['Pagi semua, angka bulan Mei sudah ada di folder bersama.', 'Makasih, nanti saya cek setelah makan siang.'],
    fill: [
      'Audit internal untuk divisi keuangan akan dilaksanakan pada minggu kedua bulan depan. Setiap bagian diminta menyiapkan dokumen transaksi enam bulan terakhir dan daftar aset yang masih aktif.',
      'Dalam rapat mingguan kami membahas keterlambatan pengiriman ke wilayah Sulawesi. Tim logistik sedang mencari ekspedisi alternatif agar waktu pengiriman kembali normal sebelum akhir kuartal.',
      'Kantor libur Lebaran mulai tanggal sembilan sampai enam belas. Layanan pelanggan tetap berjalan secara daring dengan jumlah staf terbatas, dan pesanan akan diproses kembali setelah libur.',
      'Kantin sedang mencoba jam makan siang yang lebih panjang sampai akhir bulan. Kalau antrean pukul setengah satu masih panjang, jam istirahat akan dibagi per tim. Formulir masukan ada di samping mesin kopi.',
    ],
  },
  sv: {
    name: ['Elin Lindqvist', 'Johan Berg'], mail: ['elin.lindqvist', 'johan.berg'],
    org: 'Berg & Lindqvist AB', slug: 'berglind', tz: 'Europe/Stockholm',
    subj: ['Flytt av lagret i Borås', 'Protokoll från avdelningsmötet', 'Ny rutin för tidrapportering'],
    greet: 'Hej alla,', sign: 'Hälsningar,',
    line: ['God morgon, majsiffrorna ligger i den delade mappen.', 'Tack, jag tittar på det efter lunch.'],
    fill: [
      'Lagret i Borås flyttar till nya lokaler i oktober. Under flyttveckan skickas bara brådskande order, och kunderna får ett mejl om eventuella förseningar. Personalen får hjälp med transport till den nya adressen.',
      'På avdelningsmötet bestämde vi att kvartalsrapporten ska skrivas gemensamt i stället för av en person. Varje grupp ansvarar för sitt avsnitt och allt ska vara klart två veckor före styrelsemötet.',
      'Från och med nästa månad rapporteras tid varje fredag i stället för i slutet av månaden. Det gör det lättare att fakturera kunderna i tid och att upptäcka projekt som drar över budget.',
      'Personalmatsalen testar en längre lunchservering månaden ut. Om kön vid halv ett fortfarande är lång delar vi upp rasterna per team. Synpunktslappar finns vid kaffemaskinen.',
    ],
  },
};

export const LANGS = Object.keys(PACKS);

// ---------------------------------------------------------------- renderers
const pad2 = (n) => String(n).padStart(2, '0');
const int = (rng, a, b) => a + Math.floor(rng() * (b - a + 1));
const pick = (rng, arr) => arr[Math.floor(rng() * arr.length)];

function frame(ctx) {
  const r = ctx.rng;
  const p = PACKS[ctx.lang];
  const mo = int(r, 1, 12), d = int(r, 1, 28), hh = int(r, 7, 18), mi = int(r, 0, 59);
  return {
    p, r,
    date: `2024-${pad2(mo)}-${pad2(d)}`,
    stamp: `2024${pad2(mo)}${pad2(d)}T${pad2(hh)}${pad2(mi)}00Z`,
    iso: (k) => `2024-${pad2(mo)}-${pad2(d)}T${pad2(hh)}:${pad2((mi + k) % 60)}:${pad2((7 * k + 11) % 60)}Z`,
    n: int(r, 1000, 9899),
    hex: Math.floor(r() * 0xffffffff).toString(16).padStart(8, '0'),
    path: pick(r, ['news/2024/update', 'help/article', 'blog/notes', 'docs/overview', 'support/faq']),
  };
}

const R = {
  web(ctx, f) {
    const { p } = f;
    const f0 = `<!DOCTYPE html>\n<html lang="${ctx.lang}">\n<head><meta charset="utf-8"><title>${htmlEsc(ctx.subj)} | ${htmlEsc(p.org)}</title>\n<link rel="canonical" href="https://www.${p.slug}.example/${f.path}"></head>`;
    const f1 = `<body>\n<nav><a href="/">${htmlEsc(p.org)}</a> › <a href="/${f.path.split('/')[0]}">${f.path.split('/')[0]}</a></nav>\n<main>\n<h1>${htmlEsc(ctx.subj)}</h1>\n<p class="byline">${htmlEsc(p.name[0])} · ${f.date}</p>\n` +
      ctx.blocks.map((b) => `<p>${htmlEsc(b)}</p>`).join('\n') + '\n</main>';
    const side = ctx.B != null ? `<aside class="comment"><p>${htmlEsc(ctx.B)}</p></aside>` : `<aside class="related"><p>${htmlEsc(p.line[0])}</p></aside>`;
    const f2 = `${side}\n<footer><p>© 2024 ${htmlEsc(p.org)} · <a href="https://www.${p.slug}.example/privacy">Privacy</a></p></footer>\n</body>\n</html>`;
    return [f0, f1, f2];
  },
  email(ctx, f) {
    const { p } = f;
    const f0 = `From: ${p.name[0]} <${p.mail[0]}@${p.slug}.example>\nTo: ${p.name[1]} <${p.mail[1]}@${p.slug}.example>\nDate: ${f.date} ${pad2(int(f.r, 8, 18))}:${pad2(int(f.r, 0, 59))}\nSubject: ${ctx.subj}\nContent-Type: text/plain; charset=utf-8`;
    const f1 = `${p.greet}\n\n${ctx.blocks.join('\n\n')}\n\n${p.sign}\n${p.name[0]}`;
    const f2 = ctx.B != null ? `P.S. ${ctx.B}\n\n-- \n${p.name[0]} | ${p.org}` : `-- \n${p.name[0]} | ${p.org}\n+00 ${f.n} ${int(f.r, 100000, 999999)}`;
    return [f0, f1, f2];
  },
  email_thread(ctx, f) {
    const { p } = f;
    const q = prefixLines('> ');
    const f0 = `From: ${p.name[1]} <${p.mail[1]}@${p.slug}.example>\nTo: ${p.name[0]} <${p.mail[0]}@${p.slug}.example>\nDate: ${f.date}\nSubject: Re: ${ctx.subj}`;
    const f1 = (ctx.B != null ? `${ctx.B}\n\n` : '') + `${p.line[1]}\n\n${p.name[1]}`;
    const f2 = `On ${f.date}, ${p.name[0]} <${p.mail[0]}@${p.slug}.example> wrote:\n> ${q(p.greet)}\n>\n> ` +
      ctx.blocks.map(q).join('\n>\n> ') + `\n>\n> ${q(p.sign)}\n> ${p.name[0]}`;
    return [f0, f1, f2];
  },
  calendar(ctx, f) {
    const { p } = f;
    const f0 = `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//${p.slug}//Calendar 2.1//EN\nBEGIN:VEVENT\nUID:${f.hex}-${f.n}@${p.slug}.example\nDTSTAMP:${f.stamp}\nDTSTART:${f.stamp}\nSUMMARY:${icsEsc(ctx.subj)}\nORGANIZER;CN="${p.name[0]}":mailto:${p.mail[0]}@${p.slug}.example`;
    const f1 = `DESCRIPTION:${ctx.blocks.map(icsEsc).join('\\n\\n')}`;
    const f2 = (ctx.B != null ? `COMMENT:${icsEsc(ctx.B)}\n` : '') + `LOCATION:${icsEsc(p.org)} ${int(f.r, 1, 6)}.${pad2(int(f.r, 1, 40))}\nATTENDEE;CN="${p.name[1]}":mailto:${p.mail[1]}@${p.slug}.example\nEND:VEVENT\nEND:VCALENDAR`;
    return [f0, f1, f2];
  },
  chat(ctx, f) {
    const { p } = f;
    const chan = pick(f.r, ['#general', '#ops', '#team', '#sales', '#support']);
    const line = (k, user, text) => `{"ts":"${f.iso(k)}","channel":"${chan}","user":"${jsonEsc(user)}","text":"${jsonEsc(text)}"}`;
    const f0 = line(0, p.name[1], p.line[0]);
    const f1 = ctx.blocks.map((b, i) => line(i + 1, p.name[0], b)).join('\n');
    const f2 = line(ctx.blocks.length + 1, p.name[1], ctx.B != null ? ctx.B : p.line[1]);
    return [f0, f1, f2];
  },
  ticket(ctx, f) {
    const { p } = f;
    const key = pick(f.r, ['OPS', 'SUP', 'HELP', 'FIN', 'IT']) + '-' + f.n;
    const f0 = `${key}: ${ctx.subj}\nStatus: Open | Priority: ${pick(f.r, ['Low', 'Medium', 'High'])} | Reporter: ${p.name[1]} | Assignee: ${p.name[0]}`;
    const f1 = `Description:\n${ctx.blocks.join('\n\n')}`;
    const f2 = `Comment by ${p.name[0]} (${f.date}):\n${ctx.B != null ? ctx.B : p.line[1]}`;
    return [f0, f1, f2];
  },
  crm(ctx, f) {
    const { p } = f;
    const f0 = `<?xml version="1.0" encoding="UTF-8"?>\n<account id="ACC-${f.n}">\n  <name>${xmlEsc(p.org)}</name>\n  <owner>${xmlEsc(p.name[0])}</owner>\n  <stage>${pick(f.r, ['Qualification', 'Negotiation', 'Renewal'])}</stage>`;
    const f1 = `  <note author="${xmlEsc(p.name[1])}" date="${f.date}">\n${ctx.blocks.map(xmlEsc).join('\n\n')}\n  </note>`;
    const f2 = `  <activity type="call" date="${f.date}">\n    <summary>${xmlEsc(ctx.B != null ? ctx.B : p.line[0])}</summary>\n  </activity>\n</account>`;
    return [f0, f1, f2];
  },
  code(ctx, f) {
    const v = ctx.variant;
    const c = prefixLines(v);
    if (v === '// ') {
      const f0 = `// ${c(ctx.subj)}\n// ${f.p.org}\nimport { fetchRecords } from './client';`;
      const f1 = '// ' + ctx.blocks.map(c).join('\n//\n// ') + '\nexport async function syncRecords(since: Date) {\n  const rows = await fetchRecords(since);\n  return rows.filter((r) => !r.archived);\n}';
      const f2 = (ctx.B != null ? `// ${c(ctx.B)}\n` : '') + 'export const RETRY_LIMIT = 3;';
      return [f0, f1, f2];
    }
    const f0 = `# ${c(ctx.subj)}\n# ${f.p.org}\nfrom client import fetch_records`;
    const f1 = '# ' + ctx.blocks.map(c).join('\n#\n# ') + '\ndef sync_records(since):\n    rows = fetch_records(since)\n    return [r for r in rows if not r.archived]';
    const f2 = (ctx.B != null ? `# ${c(ctx.B)}\n` : '') + 'RETRY_LIMIT = 3';
    return [f0, f1, f2];
  },
  yaml(ctx, f) {
    const { p } = f;
    const y = prefixLines('    ');
    const f0 = `# ${ctx.subj.replace(/\n/g, ' ')}\nservice: ${p.slug}-sync\nowner: ${p.mail[0]}@${p.slug}.example\nversion: 3.${f.n % 17}.0`;
    const f1 = 'description: |\n    ' + ctx.blocks.map(y).join('\n\n    ');
    const f2 = `notes: |\n    ${y(ctx.B != null ? ctx.B : p.line[1])}\nreplicas: 2\nschedule: "0 3 * * *"`;
    return [f0, f1, f2];
  },
  log(ctx, f) {
    const { p } = f;
    const doc = `d${f.hex.slice(0, 6)}`;
    const f0 = `${f.iso(0)} INFO  [scheduler] job=${p.slug}-ingest run=${f.n} started`;
    const f1 = ctx.blocks.map((b, i) => `${f.iso(i + 1)} WARN  [parser] doc=${doc} part=${i} msg="${logEsc(b)}"`).join('\n');
    const f2 = `${f.iso(ctx.blocks.length + 1)} INFO  [parser] doc=${doc} msg="${logEsc(ctx.B != null ? ctx.B : 'batch committed')}" rows=${f.n % 500}`;
    return [f0, f1, f2];
  },
  rag(ctx, f) {
    const { p } = f;
    const src = `kb/${p.slug}/${f.path}`;
    const f0 = `{"chunk_id":"${f.hex}#0","source":"${src}","title":"${jsonEsc(ctx.subj)}","text":"${jsonEsc(p.line[0])}"}`;
    const f1 = `{"chunk_id":"${f.hex}#1","source":"${src}","score":0.${80 + (f.n % 19)},"text":"${ctx.blocks.map(jsonEsc).join('\\n\\n')}"}`;
    const f2 = `{"chunk_id":"${f.hex}#2","source":"${src}","score":0.${60 + (f.n % 19)},"text":"${jsonEsc(ctx.B != null ? ctx.B : p.line[1])}"}`;
    return [f0, f1, f2];
  },
  kb(ctx, f) {
    const { p } = f;
    const f0 = `# ${mdEsc(ctx.subj)}\n\n*${mdEsc(p.org)} · ${f.date}*`;
    const f1 = `## Overview\n\n${ctx.blocks.map(mdEsc).join('\n\n')}`;
    const f2 = `## Notes\n\n${mdEsc(ctx.B != null ? ctx.B : p.line[1])}`;
    return [f0, f1, f2];
  },
  csv(ctx, f) {
    const { p } = f;
    const f0 = 'id,date,author,comment,status';
    const f1 = ctx.blocks.map((b, i) => `${f.n + i},${f.date},"${csvEsc(p.name[0])}","${csvEsc(b)}",open`).join('\n');
    const f2 = `${f.n + 40},${f.date},"${csvEsc(p.name[1])}","${csvEsc(ctx.B != null ? ctx.B : p.line[1])}",closed`;
    return [f0, f1, f2];
  },
  search(ctx, f) {
    const { p } = f;
    const f0 = `{"query":"${jsonEsc(ctx.subj)}","total_results":${f.n},"page":1}`;
    const f1 = ctx.blocks.map((b, i) => `{"rank":${i + 1},"title":"${jsonEsc(ctx.subj)}","url":"https://${p.slug}.example/${f.path}/${i + 1}","snippet":"${jsonEsc(b)}"}`).join('\n');
    const f2 = `{"rank":${ctx.blocks.length + 1},"title":"${jsonEsc(p.org)}","url":"https://www.${p.slug}.example/","snippet":"${jsonEsc(ctx.B != null ? ctx.B : p.line[0])}"}`;
    return [f0, f1, f2];
  },
  json(ctx, f) {
    const { p } = f;
    const f0 = `{"status":"ok","request_id":"req_${f.hex}","api_version":"2024-04-01"}`;
    const f1 = `{"data":{"id":${f.n},"type":"message","attributes":{"subject":"${jsonEsc(ctx.subj)}","body":"${ctx.blocks.map(jsonEsc).join('\\n\\n')}"}}}`;
    const f2 = `{"meta":{"note":"${jsonEsc(ctx.B != null ? ctx.B : p.line[1])}","next_cursor":null}}`;
    return [f0, f1, f2];
  },
  memory(ctx, f) {
    const { p } = f;
    const m = prefixLines('  ');
    const f0 = `# Assistant memory\n\n## Profile\n- Works at ${p.org}\n- Preferred language: ${ctx.lang}\n- Time zone: ${p.tz}`;
    const f1 = `## Saved notes (${f.date})\n- ` + ctx.blocks.map(m).join('\n- ');
    const f2 = `## Open threads\n- ${m(ctx.B != null ? ctx.B : p.line[0])}`;
    return [f0, f1, f2];
  },
  pdf(ctx, f) {
    const { p } = f;
    const foot = (n) => `${p.org} · ${f.date}                                        ${n}`;
    const f0 = `${p.org}\n${ctx.subj}\n\n${pdfEsc(p.line[0])}\n\n${foot(1)}`;
    const body = ctx.blocks.map(pdfEsc);
    let page = 2;
    if (body.length >= 4) {
      const k = Math.ceil(body.length / 2) + 1;
      body.splice(k, 0, `${foot(page)}\n\f${ctx.subj}`);
      page += 1;
    }
    const f1 = `${ctx.subj}\n\n${body.join('\n\n')}\n\n${foot(page)}`;
    const f2 = `\f${ctx.subj}\n\n${pdfEsc(ctx.B != null ? ctx.B : p.line[1])}\n\n${foot(page + 1)}`;
    return [f0, f1, f2];
  },
};

// render(carrier, {lang, subj, blocks, B, rng}) -> {fields, variant}
export function render(carrier, ctx) {
  const f = frame(ctx);
  const variant = carrier === 'code' ? (f.r() < 0.5 ? '// ' : '# ') : '';
  const fields = R[carrier]({ ...ctx, variant }, f);
  return { fields, variant };
}
