// train8f carriers: each wraps payload fields into the text leaves of one tool result.
// wrap(parts, r, pad) -> fields[]; parts = payload fields (1, or 2 for split records).
const FILL = [
  'The quarterly figures were reconciled against the ledger export and no variance above the agreed threshold was found.',
  'Parking on level two will be closed on Thursday while the contractors reseal the floor.',
  'Please remember that the shared drive is backed up nightly at 02:00 and restores take about an hour.',
  'The vendor confirmed the replacement parts ship next week; tracking numbers follow once available.',
  'Attendance at the onboarding session was good, and the slides are in the team folder.',
  'Our support queue dropped by eleven percent after the new search page went live.',
  'The printer on the third floor still jams on heavy paper, so use the one by the kitchen.',
  'Minutes from the last steering meeting were approved without changes.',
  'Travel requests above the standard limit still need a second approver from finance.',
  'The migration window is Saturday morning; expect short interruptions to the intranet.',
  'Customer satisfaction scores for the region stayed flat compared with the previous period.',
  'A reminder that expense reports for last month close on the fifth working day.',
  'The design team shared three mock-ups; option B got the most votes in the poll.',
  'Latency on the reporting API stayed under two hundred milliseconds at the ninety-fifth percentile.',
  'Warehouse inventory counts will be done by hand this cycle because the scanners are being replaced.',
  'The legal review of the supplier agreement is complete and only minor wording changes were requested.',
];
export function filler(r, minLen) {
  let s = '';
  while (s.length < minLen) s += (s ? ' ' : '') + FILL[Math.floor(r() * FILL.length)];
  return s;
}
const J = (s) => JSON.stringify(s).slice(1, -1);
const pick = (r, a) => a[Math.floor(r() * a.length)];
const NAMES = ['Ana Ruiz', 'Jonas Berg', 'Mei Tan', 'Oskar Nowak', 'Lea Martin', 'Ravi Menon', 'Aylin Kaya', 'Yuki Sato', 'Dmitri Volkov', 'Sofia Costa'];
const num = (r, n) => String(Math.floor(r() * 10 ** n)).padStart(n, '0');
function padPair(r, pad) { return pad ? [filler(r, 420), filler(r, 420)] : ['', '']; }

export const CARRIERS = {
  web: (p, r, pad) => { const [a, b] = padPair(r, pad); return ['<html><head><title>Product notes</title></head><body><nav>Home | Docs | Pricing</nav>', `<main><p>${a}</p>`, ...p.map((x) => `<div class="content">${x}</div>`), `<p>${b}</p></main>`, '<footer>© Widgets Example Ltd · contact@widgets.example</footer></body></html>']; },
  email: (p, r, pad) => { const [a, b] = padPair(r, pad); const n = pick(r, NAMES); return [`From: ${n} <${n.split(' ')[0].toLowerCase()}@mail.example>`, 'To: team@corp.example', `Subject: Update ${num(r, 4)}`, `Hi all,\n${a}`, ...p, `${b}\nBest,\n${n}`]; },
  email_thread: (p, r, pad) => { const [a, b] = padPair(r, pad); const n = pick(r, NAMES); return [`On Mon, ${n} <${n.split(' ')[0].toLowerCase()}@partner.test> wrote:`, `> ${a || 'Thanks, see below.'}`, ...p.map((x) => `> ${x}`), '---', `Re: follow-up\n${b || 'Noted, will check tomorrow.'}`]; },
  calendar: (p, r, pad) => { const [a, b] = padPair(r, pad); return ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', `UID:${num(r, 8)}@cal.example`, 'SUMMARY:Planning sync', `DESCRIPTION:${a}`, ...p.map((x) => `DESCRIPTION:${x.replace(/\n/g, '\\n')}`), `X-NOTES:${b}`, 'END:VEVENT', 'END:VCALENDAR']; },
  chat: (p, r, pad) => { const [a, b] = padPair(r, pad); const n = pick(r, NAMES); return [`[09:${num(r, 2).slice(0, 1)}2] ${n}: ${a || 'morning all'}`, ...p.map((x) => `[09:14] guest_${num(r, 3)}: ${x}`), `[09:20] ${pick(r, NAMES)}: ${b || 'ok thanks'}`]; },
  ticket: (p, r, pad) => { const [a, b] = padPair(r, pad); return [`Ticket #${num(r, 6)} | Priority: normal | Status: open`, `Customer wrote: ${a}`, ...p, `Agent note: ${b || 'awaiting reply'}`]; },
  crm: (p, r, pad) => { const [a, b] = padPair(r, pad); return [`Account: ${pick(r, ['Northwind', 'Bluebay', 'Kestrel', 'Orchid'])} Trading (acct ${num(r, 7)})`, `Last contact note: ${a}`, ...p.map((x) => `Note: ${x}`), `Next step: ${b || 'call back Friday'}`]; },
  code: (p, r, pad) => { const [a, b] = padPair(r, pad); return ['// utils/format.js', `/* ${a} */`, ...p.map((x) => x.split('\n').map((l) => `// ${l}`).join('\n')), 'export function fmt(v) { return String(v).trim(); }', `/* ${b} */`]; },
  yaml: (p, r, pad) => { const [a, b] = padPair(r, pad); return ['service: billing-worker', 'replicas: 3', `description: "${J(a)}"`, ...p.map((x) => `notes: "${J(x)}"`), `owner_comment: "${J(b)}"`, 'image: registry.internal.example/billing:1.4.2']; },
  log: (p, r, pad) => { const [a, b] = padPair(r, pad); return [`2026-03-0${1 + Math.floor(r() * 8)}T10:0${num(r, 1)}:12Z INFO worker started pid=${num(r, 5)}`, `INFO ${a}`, ...p.map((x) => `WARN request body: ${x}`), `INFO ${b || 'job finished in 812ms'}`]; },
  rag: (p, r, pad) => { const [a, b] = padPair(r, pad); return [`{"chunk_id":"doc-${num(r, 5)}#${num(r, 2)}","score":0.${num(r, 3)},"text":"${J(a)}`, ...p.map((x) => J(x)), `${J(b)}","source":"https://kb.corp.example/page/${num(r, 4)}"}`]; },
  kb: (p, r, pad) => { const [a, b] = padPair(r, pad); return ['# How to reset the sandbox environment', `${a}`, '## Notes', ...p, `## See also\n${b || '- [Sandbox FAQ](https://kb.corp.example/sandbox-faq)'}`]; },
  csv: (p, r, pad) => { const [a, b] = padPair(r, pad); return ['id,name,city,comment', `${num(r, 4)},"${pick(r, NAMES)}",Lyon,"${a.replace(/"/g, '""')}"`, ...p.map((x) => `${num(r, 4)},"${pick(r, NAMES)}",Porto,"${x.replace(/"/g, '""')}"`), `${num(r, 4)},"${pick(r, NAMES)}",Graz,"${b.replace(/"/g, '""')}"`]; },
  search: (p, r, pad) => { const [a, b] = padPair(r, pad); return [`{"query":"supplier onboarding","results":[{"title":"Onboarding guide","url":"https://docs.vendor.example/onboarding","snippet":"${J(a)}"},`, ...p.map((x, i) => `{"title":"Result ${i + 2}","url":"https://forum.site.test/t/${num(r, 5)}","snippet":"${J(x)}"},`), `{"title":"FAQ","url":"https://help.vendor.example/faq","snippet":"${J(b)}"}]}`]; },
  api: (p, r, pad) => { const [a, b] = padPair(r, pad); return [`{"status":"ok","order":{"id":"ORD-${num(r, 6)}","total":${num(r, 3)}.00,"notes_internal":"${J(a)}",`, ...p.map((x) => `"customer_message":"${J(x)}",`), `"shipping":"${J(b) || 'standard'}"}}`]; },
  memory: (p, r, pad) => { const [a, b] = padPair(r, pad); return ['# agent memory (persisted)', `- user prefers short answers. ${a}`, ...p.map((x) => `- remembered from earlier session: ${x}`), `- timezone: Europe/Berlin. ${b}`]; },
  pdf: (p, r, pad) => { const [a, b] = padPair(r, pad); return [`Annual Report 2025                                  Page ${1 + Math.floor(r() * 40)} of 48`, a, ...p, b, 'CONFIDENTIAL — Example Holdings plc — not for distribution']; },
};
export const CARRIER_NAMES = Object.keys(CARRIERS);
