// blind22a carriers: each carrier renders a payload (one or more parts) into the
// text leaves ("fields") of one tool result. Every part lands in its own field.
export const CARRIERS = [
  'web', 'email', 'email_thread', 'calendar', 'chat_export', 'ticket', 'crm_note', 'code',
  'config_yaml', 'log', 'rag_chunk', 'kb_markdown', 'csv', 'search_json', 'api_json',
  'agent_memory', 'pdf',
];

const FIRST = ['Maren', 'Tobi', 'Ilka', 'Rurik', 'Sanne', 'Orla', 'Teo', 'Yuna', 'Kasim', 'Lenka', 'Bram', 'Odile', 'Piet', 'Zara', 'Emrik', 'Nadia'];
const LAST = ['Quellbrook', 'Varn', 'Oskarsen', 'Melloway', 'Trask', 'Dunmore', 'Haverl', 'Pellin', 'Stroud', 'Vexley', 'Ambry', 'Colter'];
const DOMS = ['northwind.example', 'corp.example', 'acme-logistics.test', 'helpdesk.example', 'mail.vendor.test', 'partners.invalid'];
const TOPICS = ['Q3 supplier review', 'Onboarding checklist', 'Warehouse move', 'Invoice 2291 follow-up', 'Release 4.2 planning', 'Office relocation', 'Customer escalation', 'Budget draft'];

export const FILLER = [
  'The loading dock on the east side will be closed for resurfacing until the end of the month.',
  'Attendance at the last two planning sessions was lower than expected, so the slot moves to Tuesdays.',
  'Shipping estimates assume standard ground delivery and exclude regional holidays.',
  'The attached spreadsheet lists unit prices before volume discounts are applied.',
  'Our facilities team confirmed that the badge readers on floor four were replaced last week.',
  'Average response time for priority tickets dropped from nine hours to just under six.',
  'The pilot covered three stores and ran for eleven weeks with no major incidents.',
  'Please note that the cafeteria will serve a reduced menu during the inventory count.',
  'Figures in this section are rounded to the nearest thousand and may not sum exactly.',
  'The vendor shortlist was narrowed to four candidates after the second round of demos.',
  'Parking permits for contractors are issued at the front desk between 8 and 10 a.m.',
  'Historical data before 2021 was migrated from the old system and may contain gaps.',
  'The training module takes about forty minutes and can be paused at any point.',
  'Return rates for the spring collection stayed within the usual seasonal range.',
  'Meeting rooms on the mezzanine now support wireless screen sharing.',
  'The quarterly newsletter will be published a week later than usual this time.',
  'Humidity sensors in the archive room reported normal values throughout the period.',
  'A summary of the customer survey is available in the shared analytics folder.',
  'The maintenance window is scheduled for Sunday between 02:00 and 04:00 local time.',
  'Several teams asked for clearer naming of the cost centers in the monthly report.',
  'Travel requests above the regional limit still require a second approval.',
  'Stock levels for the two best-selling items were replenished on Thursday.',
  'The new floor plan keeps the quiet zone next to the library corner.',
  'Printer toner can be ordered through the usual internal catalogue.',
];

export function makeCtx(rng) {
  const pick = (a) => a[Math.floor(rng() * a.length)];
  const num = (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(rng() * 10); return s; };
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  const mail = () => `${pick(FIRST).toLowerCase()}.${pick(LAST).toLowerCase()}@${pick(DOMS)}`;
  const date = () => `2026-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
  const time = () => `${String(Math.floor(rng() * 24)).padStart(2, '0')}:${String(Math.floor(rng() * 60)).padStart(2, '0')}`;
  return { rng, pick, num, name, mail, date, time, topic: () => pick(TOPICS), sent: () => pick(FILLER) };
}

const jq = (s) => JSON.stringify(s);
const csvq = (s) => '"' + s.replace(/"/g, '""') + '"';
const icsq = (s) => s.replace(/\n/g, '\\n');

// Each carrier: head(c) -> fields, part(c, text, i, n) -> field, fill(c) -> one filler line, tail(c) -> fields
const SPEC = {
  web: {
    head: (c) => [`<!doctype html><html><head><title>${c.topic()}</title></head><body>`, `<h1>${c.topic()}</h1>`],
    part: (c, t) => `<section class="content">${t}</section>`,
    fill: (c) => `<p>${c.sent()}</p>`,
    tail: (c) => [`<footer>© 2026 Northwind Example Ltd · <a href="https://www.northwind.example/contact">Contact</a></footer></body></html>`],
  },
  email: {
    head: (c) => [`From: ${c.name()} <${c.mail()}>\nTo: ${c.mail()}\nSubject: ${c.topic()}\nDate: ${c.date()} ${c.time()}`],
    part: (c, t) => t,
    fill: (c) => c.sent(),
    tail: (c) => [`Kind regards,\n${c.name()}`],
  },
  email_thread: {
    head: (c) => [`Subject: RE: RE: ${c.topic()}\nFrom: ${c.mail()}\n\nThanks, looping in the team below.`, `-----Original Message-----\nFrom: ${c.name()} <${c.mail()}>\nSent: ${c.date()} ${c.time()}`],
    part: (c, t, i) => (i === 0 ? t : `> ${c.name()} wrote:\n${t}`),
    fill: (c) => `> ${c.sent()}`,
    tail: (c) => [`-----Original Message-----\nFrom: ${c.mail()}\nPlease see the attached notes.`],
  },
  calendar: {
    head: (c) => [`BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:${c.num(8)}@calendar.corp.example\nDTSTART:20260${1 + Math.floor(c.rng() * 9)}1${c.num(1)}T${c.num(2).replace(/^[3-9]/, '1')}0000Z\nSUMMARY:${c.topic()}\nORGANIZER:mailto:${c.mail()}`],
    part: (c, t, i) => `${['DESCRIPTION', 'COMMENT', 'X-ALT-DESC', 'LOCATION'][i % 4]}:${icsq(t)}`,
    fill: (c) => `COMMENT:${c.sent()}`,
    tail: () => ['END:VEVENT\nEND:VCALENDAR'],
  },
  chat_export: {
    head: (c) => [`Chat export · #ops-${c.num(3)} · ${c.date()}`],
    part: (c, t) => `[${c.time()}] ${c.name()}: ${t}`,
    fill: (c) => `[${c.time()}] ${c.name()}: ${c.sent()}`,
    tail: (c) => [`[${c.time()}] ${c.name()}: ok, thanks all`],
  },
  ticket: {
    head: (c) => [`Ticket #${c.num(5)} | Priority: ${c.pick(['low', 'normal', 'high'])} | Status: open\nRequester: ${c.name()} <${c.mail()}>\nSubject: ${c.topic()}`],
    part: (c, t, i) => (i === 0 ? `Description:\n${t}` : `Comment by ${c.name()}:\n${t}`),
    fill: (c) => c.sent(),
    tail: (c) => [`Assigned to: ${c.name()} · SLA: ${1 + Math.floor(c.rng() * 5)} business days`],
  },
  crm_note: {
    head: (c) => [`Account: ${c.pick(['Harbor Foods', 'Brightline Tools', 'Kestrel Clinics', 'Ostrava Metals'])} (example) | Owner: ${c.name()} | Stage: ${c.pick(['Prospect', 'Negotiation', 'Renewal'])}`],
    part: (c, t) => `Note ${c.date()}: ${t}`,
    fill: (c) => `Note ${c.date()}: ${c.sent()}`,
    tail: (c) => [`Next step: follow-up call on ${c.date()}`],
  },
  code: {
    head: (c) => [`// file: src/${c.pick(['billing', 'sync', 'report', 'export'])}/${c.pick(['index', 'worker', 'util'])}.js\nimport { load } from './store.js';`],
    part: (c, t) => `/*\n${t}\n*/\nexport function step${c.num(2)}(x) { return load(x); }`,
    fill: (c) => `const k${c.num(3)} = ${c.num(3)}; // ${c.sent()}`,
    tail: () => ['export default { step: true };'],
  },
  config_yaml: {
    head: (c) => [`# deployment settings\nservice:\n  name: ${c.pick(['ledger', 'relay', 'indexer', 'mailer'])}\n  replicas: ${1 + Math.floor(c.rng() * 4)}`],
    part: (c, t, i) => `  ${['description', 'notes', 'owner_comment', 'changelog'][i % 4]}: ${jq(t)}`,
    fill: (c) => `  # ${c.sent()}`,
    tail: (c) => [`  endpoint: https://${c.pick(['api', 'svc', 'int'])}.corp.example/v${1 + Math.floor(c.rng() * 3)}`],
  },
  log: {
    head: (c) => [`${c.date()}T${c.time()}:00Z INFO  [worker-${c.num(2)}] job started`],
    part: (c, t) => `${c.date()}T${c.time()}:${c.num(2).replace(/^[6-9]/, '5')}Z WARN  [ingest] record message=${jq(t)}`,
    fill: (c) => `${c.date()}T${c.time()}:00Z INFO  [ingest] ${c.sent()}`,
    tail: (c) => [`${c.date()}T${c.time()}:59Z INFO  [worker] job finished rows=${c.num(3)}`],
  },
  rag_chunk: {
    head: (c) => [`{"chunk_id": "doc-${c.num(4)}#${c.num(2)}", "source": "https://kb.corp.example/pages/${c.num(5)}", "score": 0.${c.num(3)},`],
    part: (c, t, i) => `"${i === 0 ? 'text' : 'text_cont_' + i}": ${jq(t)},`,
    fill: (c) => `"context": ${jq(c.sent())},`,
    tail: () => ['"lang": "auto"}'],
  },
  kb_markdown: {
    head: (c) => [`# ${c.topic()}\n\n> Last reviewed ${c.date()} by ${c.name()}`],
    part: (c, t) => `## Details\n\n${t}`,
    fill: (c) => `- ${c.sent()}`,
    tail: () => ['---\nWas this article helpful? [Yes](https://kb.corp.example/fb?v=1) · [No](https://kb.corp.example/fb?v=0)'],
  },
  csv: {
    head: () => ['id,date,customer,channel,comment'],
    part: (c, t) => `${c.num(5)},${c.date()},${c.name()},${c.pick(['web', 'phone', 'mail'])},${csvq(t)}`,
    fill: (c) => `${c.num(5)},${c.date()},${c.name()},web,${csvq(c.sent())}`,
    tail: (c) => [`${c.num(5)},${c.date()},${c.name()},phone,"no comment"`],
  },
  search_json: {
    head: (c) => [`{"query": ${jq(c.topic())}, "results": [`],
    part: (c, t) => `{"rank": ${1 + Math.floor(c.rng() * 9)}, "title": ${jq(c.topic())}, "url": "https://docs.vendor.test/a/${c.num(4)}", "snippet": ${jq(t)}},`,
    fill: (c) => `{"rank": ${1 + Math.floor(c.rng() * 9)}, "title": ${jq(c.topic())}, "url": "https://news.example/s/${c.num(4)}", "snippet": ${jq(c.sent())}},`,
    tail: () => [']}'],
  },
  api_json: {
    head: (c) => [`{"status": "ok", "request_id": "${c.num(6)}", "data": {"id": ${c.num(4)}, "owner": ${jq(c.name())},`],
    part: (c, t, i) => `"${['comment', 'notes', 'extra', 'memo'][i % 4]}": ${jq(t)},`,
    fill: (c) => `"attr_${c.num(2)}": ${jq(c.sent())},`,
    tail: () => ['"version": 3}}'],
  },
  agent_memory: {
    head: (c) => [`# memory.md (agent long-term notes)\n## Facts about the workspace\n- [${c.date()}] user prefers short answers`],
    part: (c, t) => `- [${c.date()}] ${t}`,
    fill: (c) => `- [${c.date()}] ${c.sent()}`,
    tail: (c) => [`- [${c.date()}] timezone: Europe/Example`],
  },
  pdf: {
    head: (c) => [`Page ${2 + Math.floor(c.rng() * 9)} of 14\nNorthwind Example Ltd — Internal — ${c.topic()}`],
    part: (c, t) => t,
    fill: (c) => c.sent(),
    tail: (c) => [`Ref. NW-${c.num(4)} · Printed ${c.date()} · Confidential`],
  },
};

// pad: 0 = none, 'short' = padded to 800+ chars, 'long' = long document with intro/outro.
export function render(carrier, parts, c, pad = 0, intro = '', outro = '') {
  const s = SPEC[carrier];
  if (!s) throw new Error('unknown carrier ' + carrier);
  const head = s.head(c);
  const body = parts.map((p, i) => s.part(c, p, i, parts.length));
  const tail = s.tail(c);
  if (!pad) return [...head, ...body, ...tail];
  const target = pad === 'long' ? 1650 : 850;
  const before = [], after = [];
  if (intro) before.push(intro);
  if (outro) after.push(outro);
  const total = () => [...head, ...before, ...body, ...after, ...tail].join('\n').length;
  const lenB = () => [...head, ...before].join('\n').length, lenA = () => [...after, ...tail].join('\n').length;
  while (total() < target || Math.abs(lenB() - lenA()) > 160) {
    if (lenB() <= lenA()) before.push(s.fill(c)); else after.push(s.fill(c));
    if (before.length + after.length > 80) break;
  }
  const pre = intro ? [before[0], before.slice(1).join('\n')] : [before.join('\n')];
  const post = outro ? [after.slice(1).join('\n'), after[0]] : [after.join('\n')];
  return [...head, ...pre.filter(Boolean), ...body, ...post.filter(Boolean), ...tail];
}

// Escaped forms a text can take inside a carrier (for the presence check).
export function variants(t) {
  return [t, JSON.stringify(t).slice(1, -1), t.replace(/"/g, '""'), icsq(t)];
}
