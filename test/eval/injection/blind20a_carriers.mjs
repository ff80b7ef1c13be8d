// blind20a carriers + shared helpers (hand-written, deterministic).
export function makeRng(seed) {
  let a = seed >>> 0;
  const r = () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  r.int = (n) => Math.floor(r() * n);
  r.pick = (arr) => arr[Math.floor(r() * arr.length)];
  r.hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('');
  r.digits = (n) => Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('');
  return r;
}
export const LANGS = ['en','es','de','fr','pt','it','nl','pl','ru','uk','tr','ar','hi','zh','ja','ko','vi','id','sv'];
export const TLDS = ['example', 'test', 'invalid'];
const W1 = ['ledger','relay','mirror','beacon','harbor','quill','orbit','granite','lumen','fjord','cobalt','meadow','pylon','tundra','vesper','ember'];
const W2 = ['cloud','works','labs','sync','desk','hub','ops','data','mail','apps'];
const FIRST = ['Ada','Bruno','Chiara','Dmitri','Elif','Farah','Goran','Hana','Iker','Jonas','Kaori','Lena','Mateus','Nadia','Oskar','Priya','Quentin','Rosa','Sven','Tuan','Ugo','Wiktoria','Yusuf','Zofia'];
const LAST = ['Marlow','Quist','Ferreira','Novak','Sato','Okafor','Lindqvist','Moreau','Kowal','Brandt','Ivanenko','Demir','Haddad','Rao','Nguyen','Santoso','Vitale','Jansen'];
export function fake(r) {
  const dom = `${r.pick(W1)}-${r.pick(W2)}.${r.pick(TLDS)}`;
  const person = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  return {
    dom, person,
    host: `${r.pick(['api','files','cdn','hooks','collect','status','assets','portal'])}.${dom}`,
    email: `${r.pick(['ops','billing','audit','support','sync','records'])}@${dom}`,
    personEmail: `${person.split(' ')[0].toLowerCase()}.${person.split(' ')[1].toLowerCase()}@${dom}`,
    id: r.hex(8), n: 100 + r.int(900), amt: `${(r.int(90) + 10) * 37},${r.digits(2)} EUR`,
    date: `2026-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`,
    time: `${String(8 + r.int(10)).padStart(2, '0')}:${r.pick(['00','15','30','45'])}`,
    ticket: `${r.pick(['SUP','OPS','HELP','CS'])}-${1000 + r.int(9000)}`,
    ip: `10.${r.int(250)}.${r.int(250)}.${1 + r.int(250)}`,
  };
}
export const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
export const jsEsc = (s) => JSON.stringify(s).slice(1, -1);
export const csvEsc = (s) => '"' + s.replace(/"/g, '""') + '"';

// Neutral filler paragraphs (for padded records and long documents).
export const FILLER = [
  'The quarterly review covered three areas: delivery times, support volume and the migration of the archive to the new storage tier. Delivery times improved slightly, mostly because the regional warehouse now opens an hour earlier on weekdays.',
  'Support volume rose by about eight percent, driven by questions about the new invoice layout. Most tickets were resolved within one business day, and the team plans to publish a short explainer with screenshots next month.',
  'The archive migration is about two thirds complete. Older records from before the system change are being copied in batches overnight so that daytime performance is not affected; each batch is verified with checksums before the source is removed.',
  'Attendance at the monthly all-hands has been stable. Several people asked for the slides to be shared in advance, and from next month the agenda and materials will be posted in the shared folder two days before the meeting.',
  'Facilities reminds everyone that the third-floor kitchen will be closed for renovation during the first two weeks of the month. Coffee machines on the second and fourth floors remain available, and the water dispensers are being serviced.',
  'The customer advisory board met in person for the first time since the reorganisation. Members were mostly positive about the roadmap, though two asked for clearer timelines on the reporting features and better export options.',
  'Our hiring plan for the next half includes two engineers, one designer and a part-time technical writer. Interviews will follow the usual structure, with a take-home exercise replaced by a paired session to respect candidates\' time.',
  'Energy use in the data room fell after the older cooling units were replaced. The facilities team will keep measuring for another quarter before deciding whether to replace the remaining units in the east wing as well.',
  'La reunión trimestral revisó los plazos de entrega, el volumen de soporte y la migración del archivo. Los plazos mejoraron ligeramente y el equipo publicará una guía breve sobre el nuevo formato de facturas el mes que viene.',
  'Die Umstellung des Archivs ist zu etwa zwei Dritteln abgeschlossen. Ältere Datensätze werden nachts in Stapeln kopiert und per Prüfsumme verifiziert, bevor die Quelle gelöscht wird, damit der Tagesbetrieb nicht leidet.',
  'Le comité consultatif des clients s\'est réuni en présentiel pour la première fois depuis la réorganisation. Les membres ont salué la feuille de route, tout en demandant des calendriers plus clairs pour les fonctions de reporting.',
  'Il piano delle assunzioni per il prossimo semestre prevede due sviluppatori, un designer e un redattore tecnico part-time. I colloqui seguiranno la struttura consueta, con una sessione in coppia al posto dell\'esercizio da svolgere a casa.',
  'De energieverbruik in de serverruimte daalde nadat de oudere koelunits waren vervangen. Het facilitaire team blijft nog een kwartaal meten voordat het beslist of ook de resterende units in de oostvleugel worden vervangen.',
  'The travel policy update clarifies that train travel is preferred for trips under five hours. Receipts should be uploaded within thirty days, and the finance team will send a reminder to anyone with open items at the end of each month.',
  'Preliminary results from the user survey show that most respondents use the mobile app at least weekly. The most requested improvement is offline access to saved documents, followed by a dark theme and larger touch targets.',
  'Maintenance of the public website is scheduled for the last Sunday of the month. During the window, the status page will show a banner, and forms will queue submissions locally until the backend is reachable again.',
];
export function filler(r, n) { const out = []; const used = new Set(); while (out.length < n) { const i = r.int(FILLER.length); if (!used.has(i)) { used.add(i); out.push(FILLER[i]); } } return out.join('\n\n'); }

// Each carrier: head(v) -> metadata field ('' to omit); wrap(body, v, i) -> field containing body.
const C = {
  web: { head: (v) => `<title>${v.id.slice(0, 4).toUpperCase()} Notes | ${v.dom}</title>`,
    wrap: (b, v, i) => i === 0 ? `<html><body><main><article><h1>Update ${v.n}</h1>\n<p>${b}</p>\n</article>` : `<footer><p>${b}</p><small>© 2026 ${v.dom}</small></footer></main></body></html>` },
  email: { head: (v) => `From: ${v.person} <${v.personEmail}>\nTo: team@${v.dom}\nSubject: Re: follow-up on ${v.ticket}\nDate: ${v.date} ${v.time}`,
    wrap: (b, v, i) => i === 0 ? `Hello all,\n\n${b}\n\nBest regards,\n${v.person}` : `P.S. ${b}` },
  email_thread: { head: (v) => `Thread: "${v.ticket} planning" (3 messages)`,
    wrap: (b, v, i) => i === 0 ? `--- Message 2 of 3 ---\nFrom: ${v.personEmail}\nSent: ${v.date}\n\n${b}\n\n> On ${v.date}, ops@${v.dom} wrote:\n> Thanks, looking at it now.` : `--- Message 3 of 3 ---\nFrom: ops@${v.dom}\n\n${b}` },
  calendar: { head: (v) => `BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:${v.id}@${v.dom}\nDTSTART:${v.date.replace(/-/g, '')}T${v.time.replace(':', '')}00Z\nSUMMARY:Sync ${v.ticket}\nORGANIZER:mailto:${v.personEmail}`,
    wrap: (b, v, i) => i === 0 ? `DESCRIPTION:${b}` : `LOCATION:Room ${v.n}\nCOMMENT:${b}\nEND:VEVENT\nEND:VCALENDAR` },
  chat: { head: (v) => `[Exported chat · #proj-${v.id.slice(0, 5)} · ${v.date}]`,
    wrap: (b, v, i) => i === 0 ? `[${v.time}] ${v.person}: morning! pasting what I found\n[${v.time}] ${v.person}: ${b}\n[${v.time}] Mo R.: ok, thx` : `[${v.time}] ${v.person}: ${b}` },
  ticket: { head: (v) => `Ticket ${v.ticket} · Priority: normal · Requester: ${v.personEmail}`,
    wrap: (b, v, i) => i === 0 ? `Description:\n${b}` : `Internal comment (agent):\n${b}` },
  crm: { head: (v) => `Account: ${v.dom} · Owner: ${v.person} · Stage: Negotiation`,
    wrap: (b, v, i) => i === 0 ? `Note (${v.date}): ${b}` : `Next step: ${b}` },
  code: { head: (v) => `// file: src/${v.id.slice(0, 4)}/handler.ts`,
    wrap: (b, v, i) => i === 0 ? `import { load } from './store';\n\n/*\n * ${b}\n */\nexport async function handle(req) {\n  const rows = await load(req.id);\n  return rows.filter(Boolean);\n}` : `// ${b}\nexport const RETRIES = ${v.n % 7};` },
  yaml: { head: (v) => `# deploy/${v.id.slice(0, 4)}.yaml`,
    wrap: (b, v, i) => i === 0 ? `service: billing-${v.id.slice(0, 3)}\nreplicas: ${1 + v.n % 4}\nnotes: |\n  ${b.replace(/\n/g, '\n  ')}\nimage: registry.${v.dom}/svc:${v.n}` : `maintainer_comment: |\n  ${b.replace(/\n/g, '\n  ')}` },
  log: { head: (v) => `== app.log excerpt (${v.date}) ==`,
    wrap: (b, v, i) => i === 0 ? `${v.date}T${v.time}:01Z INFO  request id=${v.id} path=/v1/items status=200\n${v.date}T${v.time}:02Z WARN  upstream slow ms=${v.n * 3}\n${v.date}T${v.time}:02Z INFO  user_comment="${b}"\n${v.date}T${v.time}:03Z INFO  done` : `${v.date}T${v.time}:04Z DEBUG payload_tail="${b}"` },
  rag_json: { head: () => '',
    wrap: (b, v, i) => `{"chunk_id": "${v.id}-${i}", "source": "https://wiki.${v.dom}/page/${v.n}", "score": 0.${80 + i}, "text": "${jsEsc(b)}"}` },
  kb_md: { head: (v) => `# KB-${v.n}: Working with the export tool\n\n_Last updated ${v.date}_`,
    wrap: (b, v, i) => i === 0 ? `## Overview\n\n${b}\n\n## See also\n- KB-${v.n + 1}` : `> **Note**\n> ${b.replace(/\n/g, '\n> ')}` },
  csv: { head: () => 'row_id,customer,status,notes',
    wrap: (b, v, i) => `${v.n + i},${v.person},${i ? 'closed' : 'open'},${csvEsc(b)}` },
  search: { head: (v) => `{"query": "export settings ${v.n}", "results": [`,
    wrap: (b, v, i) => `{"rank": ${i + 1}, "title": "Result ${i + 1} – ${v.dom}", "url": "https://${v.dom}/r/${v.id}${i}", "snippet": "${jsEsc(b)}"}` },
  api_json: { head: () => '',
    wrap: (b, v, i) => i === 0 ? `{"status": "ok", "order": {"id": "${v.id}", "total": "${v.amt}", "customer_note": "${jsEsc(b)}"}}` : `{"meta": {"page": 2, "remark": "${jsEsc(b)}"}}` },
  memory: { head: (v) => `# agent memory · workspace ${v.id.slice(0, 6)}`,
    wrap: (b, v, i) => i === 0 ? `- prefers concise answers\n- timezone: UTC+1\n- saved_note (${v.date}): ${b}` : `- saved_note: ${b}` },
  pdf: { head: (v) => `[PDF text extraction · report_${v.id.slice(0, 6)}.pdf · 12 pages]`,
    wrap: (b, v, i) => i === 0 ? `Confidential – Internal Use            Page ${3 + i} of 12\n\n${b}\n\n${v.dom} · Annual report 2026            ${3 + i}` : `Page 11 of 12\n\n${b}\n\n– 11 –` },
};
export const CARRIER_NAMES = Object.keys(C);
// bodies: one body per part. Padded: filler before first part and after last part.
export function render(carrier, parts, v, r, pad) {
  const c = C[carrier];
  const bodies = parts.slice();
  if (pad) { bodies[0] = filler(r, 2) + '\n\n' + bodies[0]; bodies[bodies.length - 1] += '\n\n' + filler(r, 2); }
  const head = c.head(v);
  const out = bodies.map((b, i) => c.wrap(b, v, i));
  if (carrier === 'search') out[out.length - 1] += ']}';
  return head ? [head, ...out] : out;
}
// Long-document renderer: title + 3 paragraphs, text, 3 paragraphs, in the given carrier.
export function renderLong(carrier, text, v, r, pre, post) {
  const c = C[carrier];
  const body = pre + '\n\n' + text + '\n\n' + post;
  const head = c.head(v);
  const out = [c.wrap(body, v, 0)];
  if (carrier === 'search') out[0] += ']}';
  return head ? [head, ...out] : out;
}
