// Free-running prose: news, letters and narrative, case notes. Names glued to particles or
// honorifics where the language does so; the PERSON span is the bare name.
import { S, P, L, fill } from './builder.mjs';
import { PN, PH, EM, LOC, addressLines, gluedName, gluedCase, placeCc, fresh } from './common.mjs';

// lang: [cultures, countries, sentences]
const NEWS = {
  en: [['en-GB', 'en-US', 'ga-IE', 'cy-GB', 'gd-SCT', 'en-IN', 'yo-NG', 'sw-KE', 'mi-NZ', 'haw-US', 'zu-ZA', 'af-ZA'], ['GB', 'US', 'IE', 'NZ', 'ZA', 'KE', 'AU'],
    ['Residents of {{t}} woke to flooded cellars on Tuesday, according to {{n}}, who chairs the parish council.', '"We have never seen the river this high," said {{n}}, a baker whose family has lived in {{t}} for four generations.',
      '{{n}} and {{m}} were named joint winners of the regional poetry prize at a ceremony in {{t}}.', 'The mayor, {{n}}, declined to comment, but her deputy {{m}} confirmed the bridge would stay closed.', 'Police in {{t}} are asking anyone who saw the red van to call {{ph}}.',
      'Born in {{t}}, {{c}}, {{n}} moved abroad at nineteen.', 'A spokesperson for {{n}} said the farm near {{t}} had been sold.', '{{n}}, 71, still walks the ten miles from {{t}} to {{t2}} every Sunday.']],
  de: [['de-DE', 'de-AT', 'de-CH', 'tr-TR', 'pl-PL', 'ru-RU'], ['DE', 'AT', 'CH'],
    ['In {{t}} hat der Gemeinderat am Montag den Bau der Umgehungsstraße gestoppt, wie Bürgermeisterin {{n}} mitteilte.', '„Das war ein schwarzer Tag für unser Dorf“, sagte {{n}}, die seit 1998 den Hofladen in {{t}} führt.',
      '{{n}} und {{m}} aus {{t}} wurden für ihr Engagement in der Flüchtlingshilfe ausgezeichnet.', 'Die Feuerwehr {{t}} rückte nach Angaben von Kommandant {{n}} zu 14 Einsätzen aus.', 'Hinweise nimmt die Polizei unter {{ph}} entgegen.', '{{n}} wuchs in {{t}} auf und studierte später in {{t2}}.']],
  fr: [['fr-FR', 'fr-BE', 'ar-Latn', 'pt-PT'], ['FR', 'BE', 'CH'],
    ['À {{t}}, le conseil municipal a voté la fermeture de l\'école, a annoncé {{n}}, adjointe au maire.', '« On ne nous a pas écoutés », regrette {{n}}, viticulteur installé à {{t}} depuis trente ans.',
      '{{n}} et {{m}} ont ouvert une librairie dans le centre de {{t}}.', 'Selon {{n}}, la fête du village de {{t}} attirera plus de 2 000 visiteurs.', 'Originaire de {{t}}, {{n}} a rejoint l\'équipe nationale en 2019.']],
  es: [['es-ES', 'es-MX', 'es-AR', 'qu-PE'], ['ES', 'MX', 'AR'],
    ['Los vecinos de {{t}} denunciaron cortes de agua durante tres días, según {{n}}, portavoz de la asociación vecinal.', '«Nadie nos avisó», contó {{n}}, que regenta una panadería en {{t}}.',
      '{{n}} y {{m}} recibieron el premio de periodismo en una gala celebrada en {{t}}.', 'La alcaldesa, {{n}}, visitó {{t2}} para inaugurar el nuevo consultorio.', 'Nacida en {{t}} ({{c}}), {{n}} emigró con su familia a los doce años.']],
  pt: [['pt-BR', 'pt-PT'], ['BR', 'PT'],
    ['Moradores de {{t}} relataram falta de luz, segundo {{n}}, presidente da associação de bairro.', '"Foi a pior chuva em décadas", disse {{n}}, pescador de {{t}}.', '{{n}} e {{m}} venceram o concurso de culinária realizado em {{t}}.']],
  it: [['it-IT'], ['IT'],
    ['A {{t}} il sindaco {{n}} ha annunciato la riapertura del museo civico.', '«Siamo orgogliosi», ha detto {{n}}, che gestisce una trattoria a {{t}} con il fratello {{m}}.', '{{n}}, nato a {{t}}, ha vinto la medaglia d\'argento.']],
  nl: [['nl-NL', 'fr-BE'], ['NL', 'BE'],
    ['In {{t}} is de brug weer open, meldt wethouder {{n}}.', '"Het dorp is er blij mee," zegt {{n}}, die al veertig jaar in {{t}} woont.', '{{n}} en {{m}} openden vorige week een bakkerij aan de dijk in {{t}}.']],
  ja: [['ja-JP'], ['JP'],
    ['{{t}}で開かれた祭りには約3千人が訪れたと、実行委員長の{{n}}は話した。', '{{n}}によると、{{t}}の古い旅館は来年春に改装される予定だ。', '{{n}}と{{m}}さんは{{t}}で小さな書店を営んでいる。']],
  ko: [['ko-KR'], ['KR'],
    ['{{t}}에서 열린 축제에는 약 2만 명이 찾았다고 {{n}}께서 밝혔다.', '마을 이장 {{m}}의 설명에 따르면 {{t}}의 돌담길은 내년에 보수된다.', '{{t}} 출신의 {{n}}에게 금메달이 돌아갔다.', '{{n}}도 행사에 참석했다.']],
  zh: [['zh-CN', 'zh-TW'], ['CN', 'TW'],
    ['据{{n}}介绍，{{t}}的古城墙修缮工程将于明年完工。', '{{n}}在{{t}}经营一家茶馆已有二十年。', '{{t}}村民{{m}}表示，今年的收成比去年好。']],
  ar: [['ar', 'fa-IR'], ['AE', 'MA'],
    ['قال {{n}} إن مهرجان التمور في {{t}} استقطب آلاف الزوار هذا العام.', 'وأكد {{n}} أن الطريق بين {{t}} و{{t2}} سيُفتح قريباً.', 'التقى الصحفيون ب{{m}} و{{m2}} في منزلهما.', 'وقال مصدر مقرّب ل{{m}} إن المزرعة قرب {{t}} بيعت.']],
  he: [['he-IL'], ['IL'],
    ['לדברי {{n}}, ראש המועצה, הכביש ל{{t}} ייפתח בשבוע הבא.', 'הפסטיבל ב{{t}} משך אלפי מבקרים, סיפר {{n}}.', 'נפגשנו עם {{m}} ו{{m2}} בבית הקפה שלהם ב{{t}}.', 'המכתב נשלח ל{{m}} ש{{m2}} גרה לידו.', 'התושבים מ{{t}} הודו ל{{m}} על עזרתו.']],
  hi: [['hi-IN', 'mr-IN', 'ne-NP'], ['IN'],
    ['{{t}} में आयोजित मेले में हज़ारों लोग पहुँचे, {{n}} ने बताया।', '{{n}} पिछले बीस वर्षों से {{t}} में स्कूल चला रहे हैं।', 'ग्राम प्रधान {{m}} के अनुसार {{t}} की सड़क जल्द बनेगी।', 'पत्रकारों ने {{m}} से {{t2}} में मुलाक़ात की।']],
  th: [['th-TH'], ['TH'],
    ['{{n}}เปิดเผยว่างานเทศกาลที่{{t}}มีนักท่องเที่ยวกว่าหมื่นคน', 'ชาวบ้านใน{{t}}ร่วมกันปลูกป่า โดยมี{{n}}เป็นผู้นำ']],
  ru: [['ru-RU', 'uk-UA', 'kk-KZ', 'mn-MN'], ['RU', 'UA'],
    ['Как сообщила глава администрации {{n}}, в посёлке {{t}} откроют новую школу.', 'Жители города {{t}} жалуются на дороги, рассказал {{n}}.', '{{n}} и {{m}} открыли музей в селе {{t}}.']],
  tr: [['tr-TR'], ['TR'],
    ["{{t}} Belediye Başkanı {{n}}, festivale 20 bin kişinin katıldığını açıkladı.", "{{t}} köyünde yaşayan {{n}}, zeytin hasadının iyi geçtiğini söyledi."]],
  ka: [['ka-GE'], ['GE'], ['{{n}} {{t}}ში ახალ ღვინის მარანს ხსნის.', 'ჟურნალისტები {{nx}} {{t}}ში შეხვდნენ.']],
  hy: [['hy-AM'], ['AM'], ['{{nx}} {{t}}ում բացեց նոր դպրոց։', '{{t}}ի բնակիչ {{m}} պատմեց գյուղի մասին։']],
  vi: [['vi-VN'], ['VN'], ['Theo ông {{n}}, lễ hội ở {{t}} thu hút hàng nghìn du khách.', 'Bà {{m}} đã mở một quán phở nhỏ ở {{t}}.']],
  sw: [['sw-KE'], ['KE'], ['Kwa mujibu wa {{n}}, soko jipya la {{t}} litafunguliwa mwezi ujao.', '{{n}} na {{m}} walishinda tuzo katika {{t}}.']],
  bn: [['bn-BD'], ['IN'], ['{{t}}-এ নতুন সেতুর কাজ শুরু হয়েছে, জানালেন {{n}}।', 'সাংবাদিকরা {{nx}} প্রশ্ন করেন।']],
  my: [['my-MM'], ['TH'], ['{{n}}က ပွဲတော်အကြောင်း ပြောသည်။']],
  am: [['am-ET'], ['KE'], ['{{n}} በ{{t}} አዲስ ትምህርት ቤት ከፈቱ።']],
};

const HI_TOWNS = ['पुष्कर', 'हम्पी', 'मुन्नार', 'शिलांग', 'कसौली', 'ऋषिकेश', 'ओरछा', 'मांडू'];
function sentence(g, lang, tpl) {
  const [cults, ccs] = NEWS[lang]; const r = g.r; const cc = placeCc(g, r.pick(ccs));
  const p = g.person(r.pick(cults)); const m = g.person(r.chance(0.8) ? r.pick(cults) : undefined); const m2 = g.person(r.pick(cults));
  const town = () => LOC(lang === 'hi' || lang === 'bn' ? r.pick(HI_TOWNS) : g.town(cc));
  return fill(tpl, { n: gluedName(g, p, lang), nx: gluedCase(g, p), m: PN(m), m2: PN(m2), t: town(), t2: town(), c: LOC(g.country(cc)), ph: PH(g, r.pick(ccs)) });
}

export function news_article(g, d) {
  const r = g.r; const lang = r.pick(Object.keys(NEWS)); g.meta.langs.add(lang);
  const hd = { bn: 'স্থানীয় সংবাদ', my: 'ဒေသသတင်း', am: 'የአካባቢ ዜና', en: 'REGIONAL NEWS', de: 'LOKALES', fr: 'RÉGION', es: 'LOCAL', pt: 'CIDADES', it: 'CRONACA', nl: 'REGIO', ja: '地域ニュース', ko: '지역 소식', zh: '地方新闻', ar: 'أخبار محلية', he: 'חדשות מקומיות', hi: 'स्थानीय समाचार', th: 'ข่าวท้องถิ่น', ru: 'НОВОСТИ РЕГИОНА', tr: 'YEREL HABER', ka: 'ადგილობრივი ამბები', hy: 'Տեղական լուրեր', vi: 'TIN ĐỊA PHƯƠNG', sw: 'HABARI ZA MKOA' }[lang];
  d.w(hd, ' · ', g.look('date'), '\n\n');
  const budget = r.range(700, 2600); const sents = NEWS[lang][2];
  const order = r.shuffle(sents.slice()); let used = 0;
  while (d.size < budget && used < order.length * 2) { const k = r.range(1, 3); for (let i = 0; i < k && used < order.length * 2; i++, used++) d.w(sentence(g, lang, used < order.length ? order[used] : r.pick(sents)), lang === 'ja' || lang === 'zh' || lang === 'th' || lang === 'my' ? '' : ' '); d.w('\n\n'); }
  if (r.chance(0.5)) d.w('— ', PN(g.person(r.pick(NEWS[lang][0]))), r.chance(0.5) ? [' · ', EM(g, g.person(), r.pick(['zeitung.example', 'gazette.test', 'news.example']))] : '', '\n');
}

const LETTER = {
  en: ['Dear {{n}},', 'I hope this finds you well. Since we left {{t}} the children ask about you every day.', 'Please give my regards to {{m}} — and tell her the cherry tree in {{t2}} finally bloomed.', 'If you are ever near {{t}}, my number is still {{ph}}.', 'With love,'],
  de: ['Liebe {{n}},', 'seit unserem Umzug nach {{t}} ist so viel passiert.', 'Grüß bitte {{m}} von mir, und sag ihr, dass der Garten in {{t2}} verwildert ist.', 'Du erreichst mich unter {{ph}} oder {{em}}.', 'Herzliche Grüße'],
  fr: ['Chère {{n}},', 'depuis notre arrivée à {{t}}, je pense souvent à nos étés à {{t2}}.', 'Embrasse {{m}} pour moi.', 'Mon nouveau numéro : {{ph}}.', 'Je t\'embrasse,'],
  es: ['Querida {{n}}:', 'desde que llegamos a {{t}} todo ha sido nuevo para nosotros.', 'Dale recuerdos a {{m}}, y dile que en {{t2}} ya florecieron los almendros.', 'Escríbeme a {{em}}.', 'Un abrazo,'],
  ja: ['{{n}}', '{{t}}に引っ越してから、もう一年が経ちました。', '{{m}}さんにもよろしくお伝えください。', '電話番号は{{ph}}です。', 'かしこ'],
  ko: ['{{n}}께', '{{t}}로 이사한 지 벌써 일 년이 되었네요.', '{{m}} 씨에게도 안부 전해 주세요.', '제 번호는 {{ph}}예요.', '늘 건강하세요.'],
  zh: ['亲爱的{{n}}：', '自从搬到{{t}}，一切都还好。', '请代我向{{m}}问好。', '我的电话是{{ph}}。', '此致'],
  he: ['{{n}} היקרה,', 'מאז שעברנו ל{{t}} הכול השתנה.', 'תמסרי ד"ש ל{{m}}.', 'המספר שלי: {{ph}}.', 'באהבה,'],
  ar: ['عزيزي {{n}}،', 'منذ انتقالنا إلى {{t}} تغيّر كل شيء.', 'سلّم لي على {{m}}.', 'رقمي الجديد {{ph}}.', 'مع خالص المحبة،'],
  pl: ['Droga {{n}},', 'od przeprowadzki do {{t}} minął już rok.', 'Pozdrów ode mnie {{m}}.', 'Mój numer: {{ph}}.', 'Ściskam,'],
  it: ['Cara {{n}},', 'da quando ci siamo trasferiti a {{t}} penso spesso a te.', 'Saluta {{m}} da parte mia.', 'Il mio numero è {{ph}}.', 'Un abbraccio,'],
};
const LETTER_C = { en: ['en-GB', 'en-US', 'ga-IE', 'mi-NZ', 'ak-GH'], de: ['de-DE', 'de-AT', 'de-CH'], fr: ['fr-FR', 'fr-BE'], es: ['es-ES', 'es-MX', 'es-AR'], ja: ['ja-JP'], ko: ['ko-KR'], zh: ['zh-CN', 'zh-TW'], he: ['he-IL'], ar: ['ar'], pl: ['pl-PL'], it: ['it-IT'] };
const LETTER_CC = { en: 'GB', de: 'DE', fr: 'FR', es: 'ES', ja: 'JP', ko: 'KR', zh: 'CN', he: 'IL', ar: 'AE', pl: 'PL', it: 'IT' };

export function narrative_letter(g, d) {
  const r = g.r; const lang = r.pick(Object.keys(LETTER)); g.meta.langs.add(lang); const cc = LETTER_CC[lang]; const cs = LETTER_C[lang];
  const me = g.person(r.pick(cs)); const you = g.person(r.pick(cs));
  if (r.chance(0.6)) d.w(PN(me), '\n', addressLines(g, cc), '\n\n', g.look('date'), '\n\n');
  const L0 = LETTER[lang];
  const slots = () => ({ n: gluedName(g, you, lang), m: PN(g.person(r.pick(cs))), t: LOC(g.town(cc)), t2: LOC(g.town(cc)), ph: PH(g, cc), em: EM(g, me) });
  d.w(fill(L0[0], slots()), '\n\n');
  for (let i = 1; i < L0.length - 1; i++) d.w(fill(L0[i], slots()), ' ');
  d.w('\n\n');
  if (r.chance(0.6)) { // narrative paragraph in English about a journey
    const q = g.person(); d.w(fill('{{n}} took the early bus from {{t}} to {{t2}}, where {{m}} was waiting with a borrowed car. ', { n: PN(q), t: LOC(g.town(placeCc(g, q.c.cc))), t2: LOC(g.town(placeCc(g, q.c.cc))), m: PN(g.person(q.c)) }), '\n\n');
  }
  d.w(L0[L0.length - 1], '\n', PN(me), '\n');
  if (r.chance(0.3)) d.w('\nP.S. ', r.pick(['the Wi-Fi password at the cottage is ', 'der WLAN-Schlüssel im Ferienhaus: ', 'le code du portail : ']), g.S(r.pick(['WIFI_PASSWORD', 'DOOR_ACCESS_CODE'])), '\n');
}

export function case_notes(g, d) {
  const r = g.r; const style = r.int(3);
  if (style === 0) {
    const cl = g.person(r.pick(['en-US', 'es-MX', 'haw-US', 'vi-VN', 'ar-Latn', 'ko-Latn', 'zh-Latn', 'tl-PH']));
    d.w('CASE NOTES — Family Services\nCase #', r.digits(7), '   Worker: ', PN(g.person('en-US')), '\n\nClient: ', PN(cl), '   SSN: ', P('US_SSN', g.ssn()), '\nAddress: ', addressLines(g, 'US', ', '), '\nPhone: ', PH(g, 'US'), '\n\n');
    const ev = ['Home visit at {{a}}. {{n}} was present with her brother {{m}}.', 'Called {{n}} at {{ph}}; no answer, left voicemail.', '{{n}} reports she is staying with {{m}} in {{t}} until the lease issue is resolved.', 'Referral sent to the food bank in {{t}}. Contact there: {{m}}.', 'ITIN on the benefits form is {{itin}}; verified against the letter.', "Driver license {{dl}} copied for the file."];
    for (let i = 0; i < r.range(4, 7); i++) d.w(g.look('date'), ': ', fill(r.pick(ev), { n: PN(cl), m: PN(g.person(cl.c)), t: LOC(g.town('US')), ph: PH(g, 'US'), a: LOC(`${r.range(10, 999)} ${r.pick(['Elm St', 'Route 9', 'Birch Ave'])}`), itin: P('US_ITIN', g.itin()), dl: P('US_DRIVER_LICENSE', g.usDriverLicense()) }), '\n');
  } else if (style === 1) {
    const cl = g.person(r.pick(['en-GB', 'ur-PK', 'pl-PL', 'ro-RO', 'so' === 'x' ? 'en-GB' : 'ga-IE', 'cy-GB']));
    d.w('Safeguarding log — ', LOC(g.town('GB')), '\nService user: ', PN(cl), ' (NHS ', P('UK_NHS', g.nhs()), ')\n\n');
    for (let i = 0; i < r.range(4, 7); i++) d.w('• ', g.look('date'), ' ', fill(r.pick(['{{n}} attended the drop-in with {{m}}.', 'GP {{m}} informed by phone ({{ph}}).', '{{n}} moving to {{t}}; forwarding address {{a}}.', 'Letter sent to {{em}}.']), { n: PN(cl), m: PN(g.person('en-GB')), ph: PH(g, 'GB'), t: LOC(g.town('GB')), a: LOC(`${r.range(1, 99)} ${r.pick(['Mill Lane', 'Castle Street', 'Orchard Way'])}`), em: EM(g, cl) }), '\n');
  } else {
    const lang = r.pick(['de', 'fr', 'es', 'ja', 'ko']); g.meta.langs.add(lang);
    const cs = { de: ['de-DE', 'tr-TR'], fr: ['fr-FR', 'ar-Latn'], es: ['es-ES', 'es-MX'], ja: ['ja-JP'], ko: ['ko-KR'] }[lang]; const cc = { de: 'DE', fr: 'FR', es: 'ES', ja: 'JP', ko: 'KR' }[lang];
    const cl = g.person(r.pick(cs));
    const T = { de: ['Aktenvermerk', 'Mandant/in', '{{n}} erschien mit {{m}} in der Kanzlei.', 'Telefonat mit {{n}} ({{ph}}).', '{{n}} zieht nach {{t}}.'], fr: ['Note de dossier', 'Client', '{{n}} s\'est présenté avec {{m}}.', 'Appel de {{n}} au {{ph}}.', '{{n}} déménage à {{t}}.'],
      es: ['Nota del expediente', 'Cliente', '{{n}} acudió con {{m}}.', 'Llamada a {{n}} al {{ph}}.', '{{n}} se traslada a {{t}}.'], ja: ['面談記録', '相談者', '{{n}}が{{m}}さんと来所した。', '{{n}}に{{ph}}で連絡した。', '{{n}}は{{t}}へ転居予定。'], ko: ['상담 기록', '내담자', '{{n}}께서 {{m}} 씨와 함께 방문함.', '{{n}}에게 {{ph}}로 연락함.', '{{n}}의 이사 예정지: {{t}}.'] }[lang];
    d.w(T[0], ' ', g.look('ticket_ref'), '\n', T[1], ': ', PN(cl), '\n', addressLines(g, cc), '\n\n');
    for (let i = 0; i < r.range(4, 7); i++) d.w(g.look('date'), ' ', fill(r.pick(T.slice(2)), { n: gluedName(g, cl, lang), m: PN(g.person(r.pick(cs))), ph: PH(g, cc), t: LOC(g.town(cc)) }), '\n');
  }
}
