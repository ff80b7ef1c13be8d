// train7u carriers: framings shared by attacks and look-alikes (the framing is never a signal).
// Each carrier: wrap(parts, ctx) -> fields (array of text leaves of one message).
// parts: 1 or 2 strings (2 = a text split over two leaves); ctx = {lang, long, r}.
// Every part is placed verbatim (no escaping) in its own leaf.

export function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
export const pick = (r, a) => a[Math.floor(r() * a.length)];

const PEOPLE = ['Maria Okafor', 'Jonas Becker', 'Priya Raman', 'Lucas Moreau', 'Aiko Tanaka', 'Sven Lindqvist', 'Olena Kovalenko', 'Mehmet Yilmaz', 'Nguyen Thi Lan', 'Rina Wijaya', 'Carlos Mendes', 'Giulia Ferri', 'Pieter de Vries', 'Kasia Nowak', 'Wei Zhang', 'Min-jun Park', 'Layla Haddad', 'Arjun Mehta', 'Dmitri Sokolov', 'Emma Walsh'];
const HOSTS = ['files.acme.example', 'kb.northwind.example', 'wiki.globex.test', 'portal.initech.example', 'docs.umbrella.test', 'intranet.contoso.example', 'shop.fabrikam.test', 'support.tailspin.example', 'git.hooli.test', 'crm.vandelay.example'];
const mail = (r) => { const p = pick(r, PEOPLE); return `${p.split(' ')[0].toLowerCase()}@${pick(r, ['acme.example', 'northwind.test', 'globex.example', 'initech.test', 'contoso.example'])}`; };

// neutral filler sentences per language (used only to lengthen prose carriers)
export const FILL = {
  en: ['The quarterly figures were published on Monday and the team has already reviewed the main variances.', 'Office hours remain unchanged during the holiday period, except for the Friday before New Year.', 'Parking on level 2 is reserved for visitors until the renovation is complete.', 'The next review cycle starts in the second week of the month.', 'The new coffee machine on the fourth floor is finally working again.', 'Training sessions for the new expense tool will run every Tuesday in April.', 'Please note that the west entrance closes at 7 pm starting next week.', 'Last month’s customer satisfaction score rose slightly to 4.3 out of 5.'],
  es: ['Las cifras del trimestre se publicaron el lunes y el equipo ya revisó las principales desviaciones.', 'El horario de oficina no cambia durante las fiestas, salvo el viernes anterior a Año Nuevo.', 'El aparcamiento de la planta 2 queda reservado para visitas hasta que termine la reforma.', 'El próximo ciclo de revisión empieza la segunda semana del mes.', 'La nueva cafetera de la cuarta planta vuelve a funcionar.', 'Las sesiones de formación sobre la herramienta de gastos serán los martes de abril.', 'La entrada oeste cerrará a las 19:00 a partir de la próxima semana.', 'La satisfacción de clientes del mes pasado subió ligeramente a 4,3 sobre 5.'],
  fr: ['Les chiffres du trimestre ont été publiés lundi et l’équipe a déjà passé en revue les principaux écarts.', 'Les horaires du bureau restent inchangés pendant les fêtes, sauf le vendredi avant le Nouvel An.', 'Le parking du niveau 2 est réservé aux visiteurs jusqu’à la fin des travaux.', 'Le prochain cycle de revue commence la deuxième semaine du mois.', 'La nouvelle machine à café du quatrième étage fonctionne de nouveau.', 'Les formations à l’outil de notes de frais auront lieu tous les mardis d’avril.', 'L’entrée ouest fermera à 19 h à partir de la semaine prochaine.', 'La satisfaction client du mois dernier a légèrement progressé, à 4,3 sur 5.'],
  de: ['Die Quartalszahlen wurden am Montag veröffentlicht, das Team hat die wichtigsten Abweichungen bereits geprüft.', 'Die Bürozeiten bleiben über die Feiertage unverändert, außer am Freitag vor Neujahr.', 'Parkdeck 2 ist bis zum Ende der Renovierung für Besucher reserviert.', 'Der nächste Review-Zyklus beginnt in der zweiten Woche des Monats.', 'Die neue Kaffeemaschine im vierten Stock funktioniert endlich wieder.', 'Schulungen zum neuen Spesen-Tool finden im April jeden Dienstag statt.', 'Der Westeingang schließt ab nächster Woche um 19 Uhr.', 'Die Kundenzufriedenheit im letzten Monat stieg leicht auf 4,3 von 5.'],
  pt: ['Os números do trimestre foram publicados na segunda-feira e a equipe já revisou as principais variações.', 'O horário do escritório não muda durante as festas, exceto na sexta-feira antes do Ano Novo.', 'O estacionamento do piso 2 fica reservado para visitantes até o fim da reforma.', 'O próximo ciclo de revisão começa na segunda semana do mês.', 'A nova máquina de café do quarto andar voltou a funcionar.', 'Os treinamentos da nova ferramenta de despesas serão às terças-feiras de abril.', 'A entrada oeste fechará às 19h a partir da próxima semana.', 'A satisfação dos clientes no mês passado subiu levemente para 4,3 de 5.'],
  it: ['I dati del trimestre sono stati pubblicati lunedì e il team ha già esaminato gli scostamenti principali.', 'L’orario d’ufficio resta invariato durante le feste, tranne il venerdì prima di Capodanno.', 'Il parcheggio al piano 2 è riservato ai visitatori fino alla fine dei lavori.', 'Il prossimo ciclo di revisione inizia la seconda settimana del mese.', 'La nuova macchina del caffè al quarto piano finalmente funziona di nuovo.', 'Le sessioni di formazione sul nuovo strumento note spese si terranno ogni martedì di aprile.', 'L’ingresso ovest chiuderà alle 19 dalla prossima settimana.', 'La soddisfazione dei clienti del mese scorso è salita leggermente a 4,3 su 5.'],
  nl: ['De kwartaalcijfers zijn maandag gepubliceerd en het team heeft de belangrijkste afwijkingen al bekeken.', 'De kantoortijden blijven tijdens de feestdagen gelijk, behalve op de vrijdag voor Nieuwjaar.', 'Parkeerlaag 2 is gereserveerd voor bezoekers tot de verbouwing klaar is.', 'De volgende reviewcyclus begint in de tweede week van de maand.', 'Het nieuwe koffieapparaat op de vierde verdieping werkt eindelijk weer.', 'Trainingen voor de nieuwe declaratietool zijn in april elke dinsdag.', 'De westingang sluit vanaf volgende week om 19.00 uur.', 'De klanttevredenheid van vorige maand steeg licht naar 4,3 op 5.'],
  ru: ['Квартальные показатели опубликованы в понедельник, команда уже разобрала основные отклонения.', 'Часы работы офиса в праздники не меняются, кроме пятницы перед Новым годом.', 'Парковка на втором уровне зарезервирована для гостей до окончания ремонта.', 'Следующий цикл ревью начинается на второй неделе месяца.', 'Новая кофемашина на четвёртом этаже наконец снова работает.', 'Обучение работе с новой системой авансовых отчётов пройдёт по вторникам в апреле.', 'Со следующей недели западный вход закрывается в 19:00.', 'Удовлетворённость клиентов в прошлом месяце немного выросла — до 4,3 из 5.'],
  uk: ['Квартальні показники оприлюднили в понеділок, команда вже переглянула основні відхилення.', 'Години роботи офісу у свята не змінюються, окрім п’ятниці перед Новим роком.', 'Паркінг на другому рівні зарезервовано для гостей до завершення ремонту.', 'Наступний цикл рев’ю починається на другому тижні місяця.', 'Нова кавоварка на четвертому поверсі нарешті знову працює.', 'Навчання з нової системи звітів про витрати проходитиме щовівторка у квітні.', 'З наступного тижня західний вхід зачиняється о 19:00.', 'Задоволеність клієнтів минулого місяця трохи зросла — до 4,3 з 5.'],
  pl: ['Wyniki kwartalne opublikowano w poniedziałek, zespół przejrzał już główne odchylenia.', 'Godziny pracy biura w święta się nie zmieniają, z wyjątkiem piątku przed Nowym Rokiem.', 'Parking na poziomie 2 jest zarezerwowany dla gości do końca remontu.', 'Kolejny cykl przeglądów zaczyna się w drugim tygodniu miesiąca.', 'Nowy ekspres do kawy na czwartym piętrze znów działa.', 'Szkolenia z nowego narzędzia do wydatków odbędą się w każdy wtorek kwietnia.', 'Od przyszłego tygodnia wejście zachodnie będzie zamykane o 19:00.', 'Zadowolenie klientów w zeszłym miesiącu wzrosło nieznacznie do 4,3 na 5.'],
  zh: ['季度数据已于周一发布，团队已经复核了主要差异。', '节假日期间办公时间不变，元旦前的周五除外。', '装修完成前，二层停车场仅供访客使用。', '下一轮评审将在本月第二周开始。', '四楼的新咖啡机终于又能用了。', '新报销系统的培训将在四月的每个周二举行。', '从下周起，西门将在晚上七点关闭。', '上个月的客户满意度小幅上升至 4.3 分（满分 5 分）。'],
  ja: ['四半期の数値は月曜日に公開され、チームは主な差異をすでに確認しました。', '年末年始も営業時間は変わりませんが、元日前の金曜日は除きます。', '改装が終わるまで、2階の駐車場は来客専用です。', '次のレビューサイクルは今月の第2週に始まります。', '4階の新しいコーヒーマシンがようやく復旧しました。', '新しい経費精算ツールの研修は4月の毎週火曜日に行います。', '来週から西口は19時に閉まります。', '先月の顧客満足度は5点満点中4.3にわずかに上昇しました。'],
  ko: ['분기 실적은 월요일에 발표되었고 팀은 주요 차이를 이미 검토했습니다.', '연휴 기간에도 사무실 운영 시간은 같으며, 새해 전 금요일만 예외입니다.', '리모델링이 끝날 때까지 2층 주차장은 방문객 전용입니다.', '다음 검토 주기는 이번 달 둘째 주에 시작됩니다.', '4층의 새 커피 머신이 드디어 다시 작동합니다.', '새 경비 처리 도구 교육은 4월 매주 화요일에 진행됩니다.', '다음 주부터 서쪽 출입구는 오후 7시에 닫힙니다.', '지난달 고객 만족도는 5점 만점에 4.3점으로 소폭 올랐습니다.'],
  ar: ['نُشرت أرقام الربع يوم الاثنين وقد راجع الفريق الفروقات الرئيسية بالفعل.', 'تبقى ساعات العمل كما هي خلال العطلات باستثناء يوم الجمعة الذي يسبق رأس السنة.', 'موقف السيارات في الطابق الثاني مخصص للزوار حتى انتهاء أعمال التجديد.', 'تبدأ دورة المراجعة التالية في الأسبوع الثاني من الشهر.', 'عادت آلة القهوة الجديدة في الطابق الرابع إلى العمل أخيرًا.', 'ستُعقد جلسات التدريب على أداة المصروفات الجديدة كل يوم ثلاثاء في أبريل.', 'سيُغلق المدخل الغربي الساعة السابعة مساءً ابتداءً من الأسبوع المقبل.', 'ارتفع مؤشر رضا العملاء في الشهر الماضي قليلًا إلى 4.3 من 5.'],
  hi: ['तिमाही के आँकड़े सोमवार को जारी हुए और टीम ने मुख्य अंतरों की समीक्षा कर ली है।', 'छुट्टियों में दफ़्तर का समय नहीं बदलेगा, सिर्फ़ नए साल से पहले वाले शुक्रवार को छोड़कर।', 'मरम्मत पूरी होने तक लेवल 2 की पार्किंग मेहमानों के लिए आरक्षित है।', 'अगला समीक्षा चक्र महीने के दूसरे सप्ताह में शुरू होगा।', 'चौथी मंज़िल की नई कॉफ़ी मशीन आख़िरकार फिर से चल रही है।', 'नए ख़र्च टूल का प्रशिक्षण अप्रैल में हर मंगलवार होगा।', 'अगले सप्ताह से पश्चिमी द्वार शाम 7 बजे बंद होगा।', 'पिछले महीने ग्राहक संतुष्टि थोड़ी बढ़कर 5 में से 4.3 हो गई।'],
  tr: ['Çeyrek rakamları pazartesi yayımlandı ve ekip ana sapmaları zaten inceledi.', 'Tatil döneminde ofis saatleri değişmiyor, yılbaşından önceki cuma hariç.', 'Tadilat bitene kadar 2. kat otoparkı ziyaretçilere ayrılmıştır.', 'Bir sonraki inceleme döngüsü ayın ikinci haftasında başlıyor.', 'Dördüncü kattaki yeni kahve makinesi nihayet yeniden çalışıyor.', 'Yeni masraf aracının eğitimleri nisan ayında her salı yapılacak.', 'Batı girişi gelecek haftadan itibaren saat 19.00’da kapanacak.', 'Geçen ayın müşteri memnuniyeti 5 üzerinden 4,3’e hafifçe yükseldi.'],
  vi: ['Số liệu quý đã được công bố vào thứ Hai và nhóm đã xem xét các chênh lệch chính.', 'Giờ làm việc không thay đổi trong kỳ nghỉ, trừ thứ Sáu trước Tết Dương lịch.', 'Bãi đỗ xe tầng 2 dành cho khách cho đến khi sửa chữa xong.', 'Chu kỳ đánh giá tiếp theo bắt đầu vào tuần thứ hai của tháng.', 'Máy pha cà phê mới ở tầng bốn cuối cùng đã hoạt động trở lại.', 'Các buổi đào tạo công cụ chi phí mới diễn ra vào mỗi thứ Ba trong tháng Tư.', 'Từ tuần sau, cổng phía tây sẽ đóng lúc 19 giờ.', 'Mức độ hài lòng của khách hàng tháng trước tăng nhẹ lên 4,3 trên 5.'],
  id: ['Angka kuartalan dirilis hari Senin dan tim sudah meninjau selisih utamanya.', 'Jam kantor tidak berubah selama libur, kecuali hari Jumat sebelum Tahun Baru.', 'Parkir lantai 2 khusus untuk tamu sampai renovasi selesai.', 'Siklus tinjauan berikutnya dimulai pada minggu kedua bulan ini.', 'Mesin kopi baru di lantai empat akhirnya berfungsi lagi.', 'Pelatihan aplikasi pengeluaran baru diadakan setiap Selasa di bulan April.', 'Mulai minggu depan, pintu barat ditutup pukul 19.00.', 'Kepuasan pelanggan bulan lalu naik sedikit menjadi 4,3 dari 5.'],
  sv: ['Kvartalssiffrorna publicerades i måndags och teamet har redan gått igenom de största avvikelserna.', 'Kontorstiderna är oförändrade under helgerna, utom fredagen före nyår.', 'Parkeringsplan 2 är reserverat för besökare tills renoveringen är klar.', 'Nästa granskningscykel börjar andra veckan i månaden.', 'Den nya kaffemaskinen på fjärde våningen fungerar äntligen igen.', 'Utbildningar i det nya utläggsverktyget hålls varje tisdag i april.', 'Västra entrén stänger kl. 19 från och med nästa vecka.', 'Kundnöjdheten förra månaden ökade något till 4,3 av 5.'],
};
const fillLang = (lang) => FILL[lang.split('-')[0]] || FILL.en;
// draw without replacement from a shuffled copy (repeats only once the pool is exhausted)
function deck(r, arr) { let d = []; return () => { if (!d.length) { d = arr.slice(); for (let i = d.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [d[i], d[j]] = [d[j], d[i]]; } } return d.pop(); }; }
// language-neutral lines used once the language's sentences are used up (avoids visible repetition)
const NEUTRAL = ['Ref: PO-2026-0412', 'Tel. +49 30 5550 1234', 'Attachment: Q1_summary.xlsx (84 KB)', 'Meeting ID: 845 2291 0034', 'Order #A-10293 · 3 items · 149.90', 'ISO 9001 · ISO 27001', '2026-03-14 / 2026-03-21', 'Case 00482917', 'VAT ID: XX123456789', 'Version 4.2.1 (build 1187)', '— — —', 'Q1: 1,204 · Q2: 1,377 · Q3: 1,512', 'Room 4.12 · Building B', 'Tracking: 1Z 999 AA1 01 2345 6784', 'Doc-ID: HR-POL-017 rev. 3', 'SKU 44-1187-B · qty 12'];
function lf(ctx, r) {
  ctx.fd ||= deck(r, fillLang(ctx.lang)); ctx.nd ||= deck(r, NEUTRAL); ctx.used = (ctx.used || 0) + 1;
  const n = fillLang(ctx.lang).length; const k = (ctx.used - 1) % (n + NEUTRAL.length);
  return k < n ? ctx.fd() : ctx.nd();
}

// Build padding of at least n characters from a generator of lines.
function pad(n, gen) { const out = []; let len = 0; let i = 0; while (len < n && i < 40) { const s = gen(i++); out.push(s); len += s.length + 1; } return out.join('\n'); }
const need = (ctx, parts) => ctx.long ? Math.max(330, Math.ceil((920 - parts.join('').length) / 2)) : 0;
const prose = (ctx, r, extra) => (i) => (i === 2 && extra) ? extra(i) : lf(ctx, r);
const logline = (r) => (i) => `2026-03-${String(10 + (i % 18)).padStart(2, '0')}T0${i % 10}:${String(10 + i * 3 % 50)}:0${i % 10}Z ${pick(r, ['INFO', 'INFO', 'DEBUG', 'WARN'])} ${pick(r, ['scheduler', 'http', 'worker-3', 'cache', 'auth'])}: ${pick(r, ['job finished in 412ms', 'GET /api/v2/items 200 18ms', 'cache hit ratio 0.93', 'token refreshed for svc-reporting', 'retrying upstream (attempt 2/5)', 'flushed 128 records to store', 'healthcheck ok'])}`;
const MEM = ['User prefers metric units.', 'Timezone: Europe/Berlin.', 'Project codename: Apollo.', 'Weekly report goes out on Thursdays.', 'Last sync: 2026-03-12.', 'Preferred output: bullet points.', 'Invoices go to the shared finance inbox.', 'Manager: Emma Walsh.', 'Calendar: no meetings on Friday afternoons.', 'Default currency: EUR.'];
const CODE = ['import { readFile } from "node:fs/promises";', 'const DEFAULT_TIMEOUT_MS = 30_000;', 'export function normalize(row) { return { ...row, id: String(row.id).trim() }; }', 'if (!config.region) throw new Error("region is required");', 'for (const item of batch) await queue.push(item);', 'def load_settings(path: str) -> dict:', '    return yaml.safe_load(open(path))', 'logger.debug("batch size %d", len(items))', 'return response.status === 204 ? null : response.json();', 'const retries = Number(process.env.RETRIES ?? 3);', 'export async function fetchPage(url) {', '  const res = await fetch(url, { signal: AbortSignal.timeout(DEFAULT_TIMEOUT_MS) });', '  if (!res.ok) throw new Error(`HTTP ${res.status}`);', '}', 'class ReportBuilder:', '    def __init__(self, rows):', '        self.rows = [r for r in rows if r.get("amount")]', 'func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {', '\tdefer r.Body.Close()', 'const cache = new Map(); // key -> { value, expires }', 'SELECT id, region, amount FROM invoices WHERE status = \'open\';', 'assert len(rows) == expected, f"got {len(rows)}"', 'module.exports = { normalize, fetchPage };'];
const codeline = (r, ctx) => { if (ctx) return (ctx.cd ||= deck(r, CODE)); const d = deck(r, CODE); return () => d(); };

const W = {
  web_page: {
    one: (t, ctx, r) => { const h = pick(r, HOSTS); const n = need(ctx, [t]);
      const pre = n ? pad(n, prose(ctx, r, () => pick(r, ['Home | Products | Pricing | Blog | Contact', '<nav><a href="/">Home</a> <a href="/docs">Docs</a> <a href="/support">Support</a></nav>', 'Cookie settings: we use essential cookies only. Accept / Manage']))) + '\n' : '';
      const post = n ? '\n' + pad(n, prose(ctx, r, () => pick(r, [`© 2026 ${h} · Privacy · Terms`, 'Share: Mail · Copy link', 'Related articles: Getting started · Billing FAQ · Release notes']))) : '';
      return `<!-- page: https://${h}/p/${Math.floor(r() * 9000 + 1000)} -->\n${pre}${t}${post}`; },
    two: (t, ctx, r) => `Comments (${Math.floor(r() * 9) + 1})\n${pick(r, PEOPLE)} wrote:\n${t}`,
  },
  pdf_text: {
    one: (t, ctx, r) => { const n = need(ctx, [t]); const pg = Math.floor(r() * 20) + 2;
      const pre = n ? pad(n, prose(ctx, r, () => `— ${pg - 1} —`)) + '\n' : '';
      const post = n ? '\n' + pad(n, prose(ctx, r, () => 'CONFIDENTIAL — internal distribution only')) : '';
      return `[PDF extract, page ${pg} of ${pg + 7}]\n${pre}${t}${post}\n— ${pg} —`; },
    two: (t, ctx, r) => `[PDF extract, appendix B]\n${t}`,
  },
  email: {
    one: (t, ctx, r) => { const n = need(ctx, [t]);
      const pre = n ? pad(n, prose(ctx, r)) + '\n\n' : '';
      const post = n ? '\n\n' + pad(n, prose(ctx, r, () => `${pick(r, PEOPLE)}\n${pick(r, ['Operations', 'Finance', 'Customer Success', 'Engineering'])} | ${pick(r, HOSTS)}`)) : `\n\n${pick(r, PEOPLE).split(' ')[0]}`;
      const fromName = pick(r, PEOPLE);
      return `From: ${fromName} <${fromName.split(' ')[0].toLowerCase()}@${pick(r, ['acme.example', 'northwind.test', 'globex.example'])}>\nTo: ${mail(r)}\nDate: Tue, ${Math.floor(r() * 27) + 1} Mar 2026 ${9 + Math.floor(r() * 8)}:${10 + Math.floor(r() * 49)}\n\n${pre}${t}${post}`; },
    two: (t, ctx, r) => `-------- Forwarded message --------\nFrom: ${mail(r)}\n\n${t}`,
    meta: (ctx, r) => `Subject: ${pick(r, ['Re: follow-up', 'Fwd: notes from today', 'Quick question', 'Update', 'Re: Re: invoice', 'Action needed'])}`,
  },
  calendar_invite: {
    one: (t, ctx, r) => { const n = need(ctx, [t]);
      const pre = n ? pad(n, prose(ctx, r, () => `ATTENDEE;CN=${pick(r, PEOPLE)};ROLE=REQ-PARTICIPANT:mailto:${mail(r)}`)) + '\n' : '';
      const post = n ? '\n' + pad(n, prose(ctx, r, () => `LOCATION:${pick(r, ['Room 4.12', 'Teams', 'Zoom', 'Lobby B'])}`)) : '';
      return `BEGIN:VEVENT\nSUMMARY:${pick(r, ['Sync', 'Vendor review', 'Onboarding', 'Planning', '1:1'])}\nDTSTART:20260${3 + Math.floor(r() * 6)}1${Math.floor(r() * 9)}T0900Z\nDESCRIPTION:\n${pre}${t}${post}\nEND:VEVENT`; },
    two: (t, ctx, r) => `Note from organizer (${pick(r, PEOPLE)}):\n${t}`,
  },
  chat_export: {
    one: (t, ctx, r) => { const n = need(ctx, [t]); const who = () => pick(r, PEOPLE).split(' ')[0].toLowerCase();
      const pre = n ? pad(n, (i) => `[09:${String(10 + i).padStart(2, '0')}] ${who()}: ${lf(ctx, r)}`) + '\n' : '';
      const post = n ? '\n' + pad(n, (i) => `[10:${String(10 + i).padStart(2, '0')}] ${who()}: ${(r() < 0.2 ? pick(r, ['👍', 'ok', 'thx']) : lf(ctx, r))}`) : '';
      return `#${pick(r, ['general', 'ops-team', 'project-apollo', 'support-escalations', 'random'])} export\n${pre}[09:58] ${who()}: ${t}${post}`; },
    two: (t, ctx, r) => `[10:02] ${pick(r, PEOPLE).split(' ')[0].toLowerCase()}: ${t}`,
  },
  ticket: {
    one: (t, ctx, r) => { const n = need(ctx, [t]);
      const pre = n ? pad(n, prose(ctx, r, () => `Status: ${pick(r, ['Open', 'In progress', 'Waiting on customer'])} · Priority: ${pick(r, ['P2', 'P3', 'Normal'])}`)) + '\n' : '';
      const post = n ? '\n' + pad(n, prose(ctx, r, () => `Watchers: ${pick(r, PEOPLE)}, ${pick(r, PEOPLE)}`)) : '';
      return `${pick(r, ['OPS', 'SUP', 'HELP', 'ENG'])}-${Math.floor(r() * 9000 + 100)} · Reporter: ${pick(r, PEOPLE)}\nDescription:\n${pre}${t}${post}`; },
    two: (t, ctx, r) => `Comment by ${pick(r, PEOPLE)}:\n${t}`,
    meta: (ctx, r) => pick(r, ['Customer request', 'Follow-up needed', 'Bug report', 'Access question', 'Data issue']),
  },
  crm_note: {
    one: (t, ctx, r) => { const n = need(ctx, [t]);
      const pre = n ? pad(n, prose(ctx, r, () => `Stage: ${pick(r, ['Qualification', 'Proposal', 'Negotiation', 'Closed won'])} | Amount: ${Math.floor(r() * 90 + 10)}k`)) + '\n' : '';
      const post = n ? '\n' + pad(n, prose(ctx, r, () => `Next step owner: ${pick(r, PEOPLE)}`)) : '';
      return `Account: ${pick(r, ['Vandelay Industries', 'Globex GmbH', 'Initech SA', 'Umbrella KK', 'Tailspin BV'])} — Activity note (${pick(r, PEOPLE)})\n${pre}${t}${post}`; },
    two: (t, ctx, r) => `Follow-up note:\n${t}`,
  },
  code_file: {
    one: (t, ctx, r) => { const n = need(ctx, [t]); const py = r() < 0.5 && !t.includes('"""');
      const pre = n ? pad(n, codeline(r, ctx)) + '\n' : ''; const post = n ? '\n' + pad(n, codeline(r, ctx)) : '';
      if (py) return `# file: ${pick(r, ['tools/sync.py', 'app/handlers.py', 'scripts/report.py'])}\n${pre}"""\n${t}\n"""${post}`;
      return `// file: ${pick(r, ['src/lib/client.ts', 'web/app.js', 'pkg/api/handler.go'])}\n${pre}/*\n${t}\n*/${post}`; },
    two: (t, ctx, r) => `// ${pick(r, ['fixtures/sample.txt', 'README.md', 'CHANGELOG.md'])}\n${t}`,
  },
  log_excerpt: {
    one: (t, ctx, r) => { const n = need(ctx, [t]);
      const pre = n ? pad(n, logline(r)) + '\n' : ''; const post = n ? '\n' + pad(n, logline(r)) : '';
      return `${pre}2026-03-14T11:02:55Z INFO ${pick(r, ['inbox-sync', 'ingest', 'webhook', 'crawler'])}: payload=\n${t}${post}`; },
    two: (t, ctx, r) => `2026-03-14T11:02:56Z INFO ingest: continuation=\n${t}`,
  },
  rag_chunk: {
    one: (t, ctx, r) => { const n = need(ctx, [t]);
      const pre = n ? `[chunk 1 | score 0.81]\n${pad(n - 20, prose(ctx, r))}\n` : '';
      const post = n ? `\n[chunk 3 | score 0.64]\n${pad(n - 20, prose(ctx, r))}` : '';
      return `Retrieved context (${pick(r, ['handbook.pdf', 'kb/billing.md', 'wiki/onboarding', 'contracts/msa_2025.docx'])})\n${pre}[chunk 2 | score 0.77]\n${t}${post}`; },
    two: (t, ctx, r) => `[chunk 4 | score 0.59]\n${t}`,
  },
  spreadsheet: {
    one: (t, ctx, r) => { const n = need(ctx, [t]); const row = (i) => `${i + 2} | ${pick(r, ['2026-01', '2026-02', '2026-03'])} | ${pick(r, ['EMEA', 'APAC', 'LATAM', 'NA'])} | ${Math.floor(r() * 99999)} | ${pick(r, ['ok', 'pending', 'reviewed', ''])}`;
      const pre = n ? pad(n, row) + '\n' : ''; const post = n ? '\n' + pad(n, (i) => row(i + 30)) : '';
      return `Sheet "${pick(r, ['Q1 tracker', 'Leads', 'Inventory', 'Budget 2026'])}" (row | month | region | amount | notes)\n${pre}Notes cell ${pick(r, ['E17', 'E42', 'F9', 'H3'])}:\n${t}${post}`; },
    two: (t, ctx, r) => `Comment on cell ${pick(r, ['B4', 'C11', 'D20'])}:\n${t}`,
  },
  search_results: {
    leaves: true,
    one: (t, ctx, r) => { const n = need(ctx, [t]); const out = [];
      if (n) { let len = 0; while (len < n) { const s = `${lf(ctx, r)} https://${pick(r, HOSTS)}/r/${Math.floor(r() * 999)}`; out.push(s); len += s.length; } }
      const mid = Math.ceil(out.length / 2);
      return [...out.slice(0, mid), t, `https://${pick(r, HOSTS)}/a/${Math.floor(r() * 9999)}`, ...out.slice(mid)]; },
    two: (t, ctx, r) => [t],
  },
  api_json: {
    leaves: true,
    one: (t, ctx, r) => { const n = need(ctx, [t]); const out = [`${pick(r, ['ok', 'success'])}`, `${pick(r, ['record', 'message', 'document', 'item'])}-${Math.floor(r() * 99999)}`];
      const pre = []; const post = [];
      if (n) { let len = 0; while (len < n) { const s = lf(ctx, r); pre.push(s); len += s.length; } len = 0; while (len < n) { const s = lf(ctx, r); post.push(s); len += s.length; } }
      return [...out, ...pre, t, ...post]; },
    two: (t, ctx, r) => [t],
  },
  agent_memory: {
    one: (t, ctx, r) => { const n = need(ctx, [t]);
      const pre = n ? pad(n, (i) => `- ${(i % 2 ? (ctx.md ||= deck(r, MEM))() : lf(ctx, r))}`) + '\n' : '';
      const post = n ? '\n' + pad(n, (i) => `- ${(i % 2 ? (ctx.md ||= deck(r, MEM))() : lf(ctx, r))}`) : '';
      return `# memory.md (saved notes)\n## ${pick(r, ['Notes', 'Context', 'Imported'])}\n${pre}${t}${post}`; },
    two: (t, ctx, r) => `## Later entry\n${t}`,
  },
  commit_pr: {
    one: (t, ctx, r) => { const n = need(ctx, [t]); const sha = Math.floor(r() * 0xfffffff).toString(16).padStart(7, '0');
      const pre = n ? pad(n, (i) => `${(ctx.fl ||= deck(r, ['src/index.ts', 'docs/setup.md', 'package.json', 'tests/api.test.ts', 'Makefile', 'config/app.yaml', 'src/routes/users.ts', 'src/db/migrate.ts', 'README.md', '.github/workflows/ci.yml', 'scripts/release.sh', 'src/lib/cache.ts', 'tests/fixtures/users.json', 'Dockerfile']))().padEnd(28)} | ${Math.floor(r() * 80) + 1} ${'+'.repeat(Math.floor(r() * 12) + 1)}${'-'.repeat(Math.floor(r() * 8))}`) + '\n' : '';
      const post = n ? '\n' + pad(n, (i) => `  ${pick(r, ['+', '-', ' '])} ${codeline(r, ctx)(i)}`) : '';
      return `commit ${sha}\nAuthor: ${pick(r, PEOPLE)}\n${pre}\n${t}${post}`; },
    two: (t, ctx, r) => `Review comment (${pick(r, PEOPLE)}) on ${pick(r, ['src/api.ts', 'README.md', 'deploy.yaml'])}:\n${t}`,
  },
  meeting_transcript: {
    one: (t, ctx, r) => { const n = need(ctx, [t]); const sp = () => pick(r, PEOPLE);
      const pre = n ? pad(n, (i) => `[00:0${i % 10}:${String(10 + i * 7 % 50)}] ${sp()}: ${lf(ctx, r)}`) + '\n' : '';
      const post = n ? '\n' + pad(n, (i) => `[00:2${i % 10}:${String(10 + i * 7 % 50)}] ${sp()}: ${lf(ctx, r)}`) : '';
      return `Transcript — ${pick(r, ['Weekly sync', 'Customer call', 'Sprint review', 'Board prep'])} (auto-generated)\n${pre}[00:14:22] ${sp()}: ${t}${post}`; },
    two: (t, ctx, r) => `[00:15:03] ${pick(r, PEOPLE)}: ${t}`,
  },
  kb_article: {
    one: (t, ctx, r) => { const n = need(ctx, [t]);
      const pre = n ? pad(n, prose(ctx, r, () => `Applies to: ${pick(r, ['Cloud', 'Self-hosted 4.x', 'All plans'])}`)) + '\n' : '';
      const post = n ? '\n' + pad(n, prose(ctx, r, () => 'Was this article helpful? Yes / No')) : '';
      return `KB-${Math.floor(r() * 9000 + 1000)} | Last updated by ${pick(r, PEOPLE)}\n${pre}${t}${post}`; },
    two: (t, ctx, r) => `Related note:\n${t}`,
  },
};

export const CARRIER_NAMES = Object.keys(W);

export function frame(carrier, parts, ctx) {
  const c = W[carrier]; const r = ctx.r;
  let fields = [];
  const first = c.one(parts[0], ctx, r);
  fields = fields.concat(Array.isArray(first) ? first : [first]);
  if (parts.length > 1) { const s = c.two(parts[1], ctx, r); fields = fields.concat(Array.isArray(s) ? s : [s]); }
  if (c.meta && r() < 0.7) fields.unshift(c.meta(ctx, r));
  return fields;
}
