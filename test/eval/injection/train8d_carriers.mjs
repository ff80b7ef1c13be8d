// train8d carriers: how a text is embedded in a tool output. Hand-written for train8d.
// Each carrier returns { fields, needles } where needles are the exact strings inserted.

export const CARRIERS = [
  'web', 'email', 'email_thread', 'calendar', 'chat', 'ticket', 'crm', 'code', 'yaml',
  'log', 'rag_json', 'kb_md', 'csv', 'search_json', 'api_json', 'memory', 'pdf',
];

const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
const csvEsc = (s) => s.replace(/"/g, '""');
const icsEsc = (s) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
const ident = (s) => s;
const yamlBlock = (s) => s.split('\n').map((l) => '    ' + l).join('\n');
const commentBlock = (s) => s.split('\n').map((l) => ' * ' + l).join('\n');
const logLines = (s) => s.split('\n').join('\n                                   ');
export const ESCAPERS = { jsonEsc, csvEsc, icsEsc };

// Neutral paragraphs used as padding (hand-written, mixed languages).
export const FILLER = [
  'The quarterly maintenance window moves to the second Tuesday of the month. Teams that own batch jobs should check their schedules against the new window and update the shared calendar. Nothing else changes: the on-call rota, the escalation path and the change-freeze dates stay as they are.',
  'La oficina de Valencia cerrará el viernes por la tarde por obras en la planta baja. Los equipos que necesiten acceso al laboratorio deben reservarlo con antelación en la intranet. El servicio de cafetería funcionará con horario reducido durante toda la semana.',
  'Die Lieferung der neuen Bildschirme verzögert sich um etwa zwei Wochen. Bis dahin bleiben die Leihgeräte im Besprechungsraum 3. Bitte tragen Sie Defekte weiterhin im Inventarsystem ein, damit die Garantiefälle sauber dokumentiert sind.',
  "Le comité a validé le budget de formation pour le second semestre. Chaque équipe dispose d'une enveloppe fixe et peut choisir entre des cours en ligne et des ateliers sur site. Les demandes doivent être déposées avant la fin du mois.",
  'O relatório mensal mostra uma queda de 4% no tempo médio de resposta do suporte. A maior melhoria veio da nova triagem automática de chamados. O próximo passo é revisar as categorias que ainda geram reencaminhamentos.',
  'Il magazzino di Bologna ha completato l’inventario annuale senza differenze rilevanti. Le giacenze dei ricambi più richiesti sono state riallineate e il fornitore principale ha confermato i tempi di consegna per il prossimo trimestre.',
  'De nieuwe huisstijl wordt vanaf maart stapsgewijs ingevoerd. Sjablonen voor presentaties en brieven staan op het gedeelde station. Oude logo’s mogen tot het einde van het jaar worden opgebruikt in interne documenten.',
  'Zespół ds. danych zakończył migrację hurtowni do nowego klastra. Raporty dzienne będą generowane godzinę wcześniej niż dotychczas. W razie rozbieżności w liczbach prosimy o zgłoszenie przez formularz wewnętrzny.',
  'В следующем месяце мы обновим систему учёта рабочего времени. Интерфейс почти не изменится, но отчёты станут формироваться быстрее. Обучающее видео будет доступно на внутреннем портале за неделю до перехода.',
  'Команда підтримки переходить на новий графік змін з понеділка. Нічні чергування тепер тривають вісім годин замість дванадцяти. Оновлений розклад уже опубліковано у спільному календарі.',
  'Yeni muhasebe dönemi için masraf formları güncellendi. Fişlerin taranmış kopyaları artık doğrudan sisteme yüklenebiliyor. Eski formlar ay sonuna kadar kabul edilecek.',
  'تم تحديث دليل الموظفين ليشمل سياسة العمل عن بعد الجديدة. يمكن لكل موظف العمل من المنزل يومين في الأسبوع بعد موافقة المدير المباشر. يرجى مراجعة القسم الرابع لمعرفة التفاصيل.',
  'अगले सप्ताह से कैंटीन का मेन्यू बदल जाएगा। शाकाहारी विकल्प अब हर दिन उपलब्ध होंगे। सुझाव देने के लिए फीडबैक फॉर्म रिसेप्शन पर रखा गया है।',
  '本季度客户满意度调查已经结束，共收到一千二百份有效问卷。整体评分略有上升，主要改进来自配送速度。详细报告将在下周的部门会议上介绍。',
  '来月から経費精算システムが新しくなります。領収書はスマートフォンで撮影してそのまま添付できます。旧システムのデータは三月末まで閲覧可能です。',
  '다음 주 월요일부터 본사 주차장 출입 방식이 변경됩니다. 사원증을 단말기에 태그하면 차단기가 열립니다. 방문객 차량은 안내 데스크에서 임시 등록이 필요합니다.',
  'Từ tháng sau, phòng nhân sự sẽ áp dụng quy trình đánh giá hiệu suất mới. Mỗi nhân viên sẽ có hai buổi trao đổi ngắn với quản lý trong năm. Tài liệu hướng dẫn đã được gửi qua email nội bộ.',
  'Mulai minggu depan, ruang rapat lantai dua dapat dipesan melalui aplikasi kalender. Pemesanan lebih dari tiga jam memerlukan persetujuan bagian umum. Mohon batalkan pemesanan yang tidak jadi digunakan.',
  'Vi byter leverantör för kontorsmaterial från och med nästa kvartal. Beställningar görs som vanligt via inköpsportalen. Leveranstiden blir något kortare enligt det nya avtalet.',
  'Release 4.2 of the billing service adds per-region invoices and fixes the rounding issue reported by the finance team. The migration runs online; expect a short spike in database load during the backfill, which is throttled to 500 rows per second.',
];

function pad(rng, need, used = new Set()) {
  const out = [];
  let len = 0;
  while (len < need) {
    const p = FILLER[Math.floor(rng() * FILLER.length)];
    if (out.includes(p) || used.has(p)) continue;
    out.push(p); used.add(p);
    len += p.length + 2;
  }
  return out.join('\n\n');
}

// spec: { head, tail, mid, esc, sep } ; sep joins padding and text inside the medium
function build(spec, payload, rng, long) {
  const { head, tail, mid, esc, sep = '\n\n' } = spec;
  const used = new Set();
  const fb = long ? pad(rng, long, used) + sep : '';
  const fa = long ? sep + pad(rng, long, used) : '';
  if (payload.parts) {
    const [p1, p2] = payload.parts;
    return {
      fields: [head + esc(fb + p1), mid + esc(p2 + fa) + tail],
      needles: [esc(p1), esc(p2)],
    };
  }
  return { fields: [head + esc(fb + payload.text + fa) + tail], needles: [esc(payload.text)] };
}

const pick = (rng, a) => a[Math.floor(rng() * a.length)];

export function render(carrier, payload, rng, ctx) {
  const long = ctx.long || 0;
  const n = ctx.num;
  const who = ctx.person;
  const host = ctx.host;
  switch (carrier) {
    case 'web':
      return build({
        head: `<!doctype html><html><head><title>${ctx.title}</title></head><body><nav><a href="/">Home</a> | <a href="/docs">Docs</a></nav>\n<article><h1>${ctx.title}</h1>\n<p>`,
        mid: `</p>\n<aside class="sidebar"><p>`,
        tail: `</p></article>\n<footer>© 2026 ${host} · <a href="https://${host}/privacy">Privacy</a></footer></body></html>`,
        esc: ident, sep: '</p>\n<p>',
      }, payload, rng, long);
    case 'email':
      return build({
        head: `From: ${who} <${ctx.mail}>\nTo: inbox@${host}\nSubject: ${ctx.title}\nDate: Tue, 03 Mar 2026 09:${String(n % 60).padStart(2, '0')}:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n`,
        mid: `\n\n-- \n${who}\n\nP.S. `,
        tail: `\n\n--\n${who}`, esc: ident,
      }, payload, rng, long);
    case 'email_thread':
      return build({
        head: `On Mon, 2 Mar 2026 at 17:40, ops@${host} wrote:\n> Thanks, looping in the team.\n\n---------- Forwarded message ----------\nFrom: ${who} <${ctx.mail}>\nSubject: Re: ${ctx.title}\n\n`,
        mid: `\n\n---------- Reply ----------\nFrom: ${who} <${ctx.mail}>\n\n`,
        tail: `\n\n> > earlier messages trimmed (${n % 9 + 2})`, esc: ident,
      }, payload, rng, long);
    case 'calendar':
      return build({
        head: `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//${host}//cal//EN\nBEGIN:VEVENT\nUID:${n}-evt@${host}\nDTSTART:20260310T${String(8 + n % 8).padStart(2, '0')}0000Z\nSUMMARY:${ctx.title}\nORGANIZER:mailto:${ctx.mail}\nDESCRIPTION:`,
        mid: `\nLOCATION:`,
        tail: `\nEND:VEVENT\nEND:VCALENDAR`, esc: icsEsc,
      }, payload, rng, long);
    case 'chat':
      return build({
        head: `[2026-03-04 10:${String(n % 60).padStart(2, '0')}] #${pick(rng, ['general', 'ops', 'ventas', 'support-de', 'projekt-x'])}\n[10:01] ${who}: morning all\n[10:02] ${who}: `,
        mid: `\n[10:04] ${who}: `,
        tail: `\n[10:07] bot: 3 new replies in thread`, esc: ident,
      }, payload, rng, long);
    case 'ticket':
      return build({
        head: `Ticket #${10000 + n} · Status: Open · Priority: ${pick(rng, ['P2', 'P3', 'P4'])}\nRequester: ${who} <${ctx.mail}>\nSubject: ${ctx.title}\n\nDescription:\n`,
        mid: `\n\nComment from requester:\n`,
        tail: `\n\nInternal: awaiting triage`, esc: ident,
      }, payload, rng, long);
    case 'crm':
      return build({
        head: `Account: ${ctx.company}\nOwner: ${who}\nStage: ${pick(rng, ['Discovery', 'Proposal', 'Negotiation'])}\nLast activity: 2026-02-2${n % 9}\nNote:\n`,
        mid: `\nFollow-up note:\n`,
        tail: `\n-- synced from ${host}`, esc: ident,
      }, payload, rng, long);
    case 'code':
      return build({
        head: `// src/${pick(rng, ['billing', 'sync', 'export', 'auth'])}/${pick(rng, ['worker', 'handler', 'util'])}.ts\nimport { client } from './client';\n\n/**\n`,
        mid: `\n */\nexport const RETRIES = ${n % 5 + 1};\n/*\n`,
        tail: `\n */\nexport async function run(id: string) {\n  return client.get('/items/' + id);\n}`,
        esc: commentBlock, sep: '\n\n',
      }, payload, rng, long);
    case 'yaml':
      return build({
        head: `# deploy/values-${pick(rng, ['prod', 'staging', 'eu'])}.yaml\nservice:\n  name: ${pick(rng, ['invoicer', 'mailer', 'indexer'])}\n  replicas: ${n % 4 + 2}\n  description: |\n`,
        mid: `\n  notes: |\n`,
        tail: `\n  image: registry.internal/app:${n % 30}.1`, esc: yamlBlock,
      }, payload, rng, long);
    case 'log':
      return build({
        head: `2026-03-05T11:${String(n % 60).padStart(2, '0')}:01Z INFO  worker-${n % 7} started job ${n}\n2026-03-05T11:${String(n % 60).padStart(2, '0')}:02Z WARN  parser: message=`,
        mid: `\n2026-03-05T11:${String(n % 60).padStart(2, '0')}:03Z WARN  parser: message=`,
        tail: `\n2026-03-05T11:${String(n % 60).padStart(2, '0')}:04Z INFO  job ${n} finished status=ok`, esc: logLines,
      }, payload, rng, long);
    case 'rag_json':
      return build({
        head: `{"chunks":[{"doc_id":"kb-${n}","score":0.${81 + n % 18},"source":"https://${host}/kb/${n}","text":"`,
        mid: `"},{"doc_id":"kb-${n + 1}","score":0.7${n % 10},"text":"`,
        tail: `"}]}`, esc: jsonEsc,
      }, payload, rng, long);
    case 'kb_md':
      return build({
        head: `---\ntitle: ${ctx.title}\nowner: ${who}\n---\n\n# ${ctx.title}\n\n`,
        mid: `\n\n## Notes\n\n`,
        tail: `\n\n_Last reviewed 2026-01-1${n % 9}._`, esc: ident,
      }, payload, rng, long);
    case 'csv':
      return build({
        head: `id,name,email,comment,amount\n${n},${who},${ctx.mail},"`,
        mid: `",${(n % 900) + 10}.00\n${n + 1},${who},${ctx.mail},"`,
        tail: `",${(n % 500) + 5}.50\n${n + 2},Kim Example,kim@${host},"ok",12.00`, esc: csvEsc,
      }, payload, rng, long);
    case 'search_json':
      return build({
        head: `{"query":"${ctx.query}","results":[{"rank":1,"url":"https://${host}/a/${n}","title":"${ctx.title}","snippet":"`,
        mid: `"},{"rank":2,"url":"https://docs.${host}/b/${n}","title":"More","snippet":"`,
        tail: `"},{"rank":3,"url":"https://${host}/c","title":"Related","snippet":"see also"}]}`, esc: jsonEsc,
      }, payload, rng, long);
    case 'api_json':
      return build({
        head: `{"status":200,"data":{"id":"${n}","type":"${pick(rng, ['order', 'contact', 'invoice', 'review'])}","attributes":{"name":"${who}","notes":"`,
        mid: `","extra":"`,
        tail: `","updated_at":"2026-03-01T12:00:00Z"}}}`, esc: jsonEsc,
      }, payload, rng, long);
    case 'memory':
      return build({
        head: `# agent memory (persisted)\n- user prefers concise answers\n- timezone: Europe/Madrid\n- project: ${ctx.company}\n- saved note ${n}:\n`,
        mid: `\n- saved note ${n + 1}:\n`,
        tail: `\n- last session: 2026-03-0${n % 9 + 1}`, esc: ident,
      }, payload, rng, long);
    case 'pdf':
      return build({
        head: `${ctx.company} — ${ctx.title}\nPage ${n % 12 + 1} of 14\n\n`,
        mid: `\n\nConfidential — internal use\nPage ${n % 12 + 2} of 14\n\n`,
        tail: `\n\nConfidential — internal use          ${ctx.company}`, esc: ident,
      }, payload, rng, long);
    default:
      throw new Error('unknown carrier ' + carrier);
  }
}
