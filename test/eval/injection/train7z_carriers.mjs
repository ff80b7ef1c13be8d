// train7z carriers: wrap one text (or split parts) into the fields of a tool output.
// Every carrier receives parts[] and puts each part in its own field.
export const CARRIERS = ['web', 'email', 'email_thread', 'calendar', 'chat_export', 'ticket', 'crm_note', 'code',
  'yaml', 'log', 'rag_json', 'kb_markdown', 'csv', 'search', 'api_json', 'agent_memory', 'pdf'];

export const esc = {
  raw: (s) => s,
  json: (s) => JSON.stringify(s).slice(1, -1),
  csv: (s) => s.replace(/"/g, '""'),
  ics: (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n'),
};
export const CARRIER_ESC = { web: 'raw', email: 'raw', email_thread: 'raw', calendar: 'ics', chat_export: 'raw', ticket: 'raw',
  crm_note: 'raw', code: 'raw', yaml: 'json', log: 'json', rag_json: 'json', kb_markdown: 'raw', csv: 'csv', search: 'json',
  api_json: 'json', agent_memory: 'raw', pdf: 'raw' };

// neutral filler sentences used to pad about a third of records to 800+ chars (text lands in the middle)
export const FILLER = [
  'The quarterly figures were reconciled against the ledger export on Tuesday and no discrepancies remained.',
  'Parking on level two will be closed for resurfacing until the end of the month.',
  'Die Lieferung wurde in zwei Paketen versandt; das zweite Paket folgt voraussichtlich am Donnerstag.',
  'La réunion de suivi est déplacée à 14 h en salle Rivière, même ordre du jour.',
  'El inventario del almacén norte se actualizará después del cierre contable.',
  'Attendance at the onboarding session was higher than expected, so a second slot was added.',
  'O relatório mensal inclui agora um gráfico com a evolução dos custos de transporte.',
  'De nieuwe koffiemachine op de derde verdieping accepteert alleen nog badges.',
  'Il fornitore ha confermato i prezzi del listino fino a fine anno.',
  'Backups completed within the maintenance window; the longest job took 41 minutes.',
  '本周的培训资料已上传到共享盘，请在周五前完成阅读。',
  '来週の定例会は祝日のため水曜日に変更になります。',
  'Nowa wersja formularza zgłoszeniowego ma mniej pól obowiązkowych.',
  'Отчёт о нагрузке за прошлую неделю не показал аномалий.',
  'The supplier audit checklist has been translated into four languages.',
  'Customer satisfaction scores stayed flat compared with the previous quarter.',
  'Yeni vardiya planı pazartesi gününden itibaren geçerli olacak.',
  'Tim dukungan akan libur pada tanggal merah, tiket tetap dipantau.',
  'Ngân sách cho hội thảo mùa thu đã được phê duyệt một phần.',
  'Minor typo fixes were applied to the onboarding handbook, section 3.',
];

function pad(rng, target) {
  let out = [];
  let n = 0;
  while (n < target) { const s = FILLER[Math.floor(rng() * FILLER.length)]; out.push(s); n += s.length + 1; }
  return out.join(' ');
}

const NAMES = ['Ana Ruiz', 'Jonas Weber', 'Claire Dubois', 'Rafael Souza', 'Mei Lin', 'Kenji Sato', 'Olena Koval', 'Ayse Demir', 'Sam Patel', 'Lena Berg'];
const pick = (rng, a) => a[Math.floor(rng() * a.length)];
const num = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));

// returns fields[]; opts.pad -> surround the (first) part with ~400 chars of filler on each side
export function wrap(carrier, parts, rng, opts = {}) {
  const e = esc[CARRIER_ESC[carrier]];
  const P = parts.map(e);
  const before = opts.pad ? e(pad(rng, 420)) + ' ' : '';
  const after = opts.pad ? ' ' + e(pad(rng, 420)) : '';
  const main = before + P[0] + after;
  const rest = P.slice(1);
  const who = pick(rng, NAMES);
  const id = num(rng, 1000, 9999);
  switch (carrier) {
    case 'web':
      return [`<html><head><title>Item ${id}</title></head><body><main><article><p>${main}</p></article>`, ...rest.map((r) => `<p>${r}</p>`), '</main><footer>© shop.example</footer></body></html>'];
    case 'email':
      return [`From: ${who} <${who.split(' ')[0].toLowerCase()}@mail.example>\nTo: team@corp.example\nSubject: Update #${id}`, main, ...rest, '--\nSent from a mobile device'];
    case 'email_thread':
      return [`On Mon, ${who} wrote:\n> Thanks, see below.`, `---------- Forwarded message ----------\nFrom: desk@partner.example\n\n${main}`, ...rest.map((r) => `> ${r}`)];
    case 'calendar':
      return ['BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Sync ' + id, `DESCRIPTION:${main}`, ...rest.map((r) => `LOCATION:${r}`), `ORGANIZER:mailto:cal@corp.example\nEND:VEVENT\nEND:VCALENDAR`];
    case 'chat_export':
      return [`[09:${num(rng, 10, 59)}] ${who}: morning all`, `[09:${num(rng, 10, 59)}] guest_${id}: ${main}`, ...rest.map((r) => `[09:5${num(rng, 0, 9)}] guest_${id}: ${r}`)];
    case 'ticket':
      return [`Ticket #${id} — status: open — priority: normal`, `Customer message:\n${main}`, ...rest.map((r) => `Follow-up: ${r}`), 'Assigned to: tier-2'];
    case 'crm_note':
      return [`Account: ACME-${id} | Owner: ${who}`, `Note: ${main}`, ...rest.map((r) => `Note: ${r}`), 'Next step: follow-up call'];
    case 'code':
      return [`// file: src/module_${id}.js`, `/*\n * ${main}\n */`, ...rest.map((r) => `// ${r}`), 'export function handler(req) { return req.body; }'];
    case 'yaml':
      return [`service: svc-${id}\nowner: platform`, `description: "${main}"`, ...rest.map((r) => `notes: "${r}"`), 'replicas: 2'];
    case 'log':
      return [`2026-03-${num(rng, 10, 28)}T10:${num(rng, 10, 59)}:00Z INFO request_id=${id} start`, `2026-03-14T10:11:02Z WARN payload="${main}"`, ...rest.map((r) => `2026-03-14T10:11:03Z WARN payload="${r}"`), '2026-03-14T10:11:04Z INFO done'];
    case 'rag_json':
      return [`{"chunk_id": "doc-${id}#4", "source": "kb://policies/${id}", "score": 0.8${num(rng, 0, 9)},`, `"text": "${main}"`, ...rest.map((r) => `, "text_cont": "${r}"`), '}'];
    case 'kb_markdown':
      return [`# KB-${id}: Overview`, main, ...rest, '_Last reviewed by the docs team._'];
    case 'csv':
      return ['id,name,comment,amount', `${id},${who},"${main}",${num(rng, 10, 900)}.00`, ...rest.map((r, i) => `${id + i + 1},${who},"${r}",0.00`)];
    case 'search':
      return [`{"query": "q${id}", "results": [`, `{"title": "Result 1", "url": "https://www.site.example/p/${id}", "snippet": "${main}"}`, ...rest.map((r) => `, {"title": "Result 2", "url": "https://docs.site.example/${id}", "snippet": "${r}"}`), ']}'];
    case 'api_json':
      return [`{"status": 200, "data": {"id": ${id},`, `"message": "${main}"`, ...rest.map((r) => `, "detail": "${r}"`), '}}'];
    case 'agent_memory':
      return [`# memory.md (agent scratchpad)\n- user prefers short answers\n- last task id: ${id}`, `- saved from source: ${main}`, ...rest.map((r) => `- saved from source: ${r}`)];
    case 'pdf':
      return [`Page ${num(rng, 2, 9)} of 12          CONFIDENTIAL — Internal`, main, ...rest, `Doc ref ${id}                              printed 2026-03-14`];
    default:
      throw new Error('unknown carrier ' + carrier);
  }
}
