// train8a carriers: how a text is framed in a tool result. Hand-written for train8a.
// wrap(carrier, parts, rng, padded) -> fields[]. parts is [text] or [partA, partB]
// (split payloads: partA and partB always land in different fields).

export const CARRIERS = [
  'web', 'email', 'email_thread', 'calendar', 'chat', 'ticket', 'crm', 'code', 'yaml',
  'log', 'rag', 'kb', 'csv', 'search', 'json', 'memory', 'pdf',
];

const FILLER = [
  'The quarterly figures were reconciled against the ledger export from the previous Friday.',
  'Parking on level B2 is closed for resurfacing until the end of the month.',
  'Shipping to the northern depots resumes once the road inspection has been signed off.',
  'Attendance for the onboarding session was slightly lower than in the spring cohort.',
  'The vendor confirmed that the replacement batteries are compatible with the older chargers.',
  'Minutes from the last meeting were approved without changes.',
  'Average response time improved by about nine percent after the queue was rebalanced.',
  'Please remember that the cafeteria now closes at half past two on Fridays.',
  'The translation of the user guide into Portuguese is in its second review pass.',
  'Backups completed within the maintenance window on all three storage nodes.',
  'The pilot with the regional clinics ends in six weeks and will be evaluated afterwards.',
  'Room 4.12 has a new projector; the HDMI adapter is in the top drawer.',
  'Invoice numbering restarts at 0001 with the new fiscal year.',
  'The design team shared two alternative layouts for the pricing page.',
  'Humidity in the archive room stayed within the recommended range all week.',
  'Customer feedback mentions the mobile checkout more often than any other topic.',
  'The old VPN profile will be removed from managed laptops after the migration.',
  'Sales in the coastal region were flat compared with the same period last year.',
  'Two new interns join the data team on Monday and will need badge access.',
  'The warehouse scanner firmware was updated without any reported issues.',
];

function pad(rng, min) {
  const order = FILLER.map((x, i) => [rng(), i]).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
  let s = '';
  for (let k = 0; s.length < min; k++) s += (s ? ' ' : '') + FILLER[order[k % order.length]];
  return s;
}

function id(rng, n = 6) {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rng() * 16)];
  return s;
}

const NAMES = ['R. Okafor', 'M. Lindqvist', 'A. Ferreira', 'T. Nakamura', 'J. Kowalczyk',
  'S. Haddad', 'L. Moreau', 'P. Deshpande', 'E. Novak', 'C. Rossi', 'H. Yilmaz', 'D. Nguyen'];

// Each template returns { pre: [fields], open, close, post: [fields] }.
// The text goes between open and close in one field; a split text is cut across two fields.
const T = {
  web: (r, f) => ({ pre: [], open: `<html><head><title>Field notes ${id(r, 3)}</title></head><body><main><h1>Updates</h1><p>${f[0]}</p><div class="post">`, close: `</div><p>${f[1]}</p></main><footer>© pages.example</footer></body></html>`, post: [] }),
  email: (r, f) => ({ pre: [`Subject: Follow-up on ticket ${id(r, 4)}`, `From: ${NAMES[Math.floor(r() * 12)]} <ops@mail.example>`], open: `Hello,\n\n${f[0]}\n\n`, close: `\n\n${f[1]}\n\nBest regards`, post: [] }),
  email_thread: (r, f) => ({ pre: ['Subject: Re: Re: supplier onboarding'], open: `> On Tue, ${NAMES[Math.floor(r() * 12)]} wrote:\n> ${f[0]}\n\nThanks, see below.\n\n`, close: `\n\n---- earlier message ----\n${f[1]}`, post: [`Sent from the corporate mail client (mail.corp.test)`] }),
  calendar: (r, f) => ({ pre: ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', `UID:${id(r, 8)}@cal.example`, 'SUMMARY:Planning sync'], open: `DESCRIPTION:${f[0]} `, close: ` ${f[1]}`, post: ['LOCATION:Room 3B', 'END:VEVENT', 'END:VCALENDAR'] }),
  chat: (r, f) => ({ pre: [`[09:${10 + Math.floor(r() * 40)}] ${NAMES[Math.floor(r() * 12)]}: ${f[0]}`], open: `[09:5${Math.floor(r() * 9)}] guest-${id(r, 3)}: `, close: `\n[10:02] ${NAMES[Math.floor(r() * 12)]}: ${f[1]}`, post: [] }),
  ticket: (r, f) => ({ pre: [`Ticket #${10000 + Math.floor(r() * 89999)} | Priority: normal | Queue: support`], open: `Customer message:\n${f[0]}\n\n`, close: `\n\nInternal note: ${f[1]}`, post: ['Status: open'] }),
  crm: (r, f) => ({ pre: [`Account: Northwind Demo ${id(r, 3)} | Owner: ${NAMES[Math.floor(r() * 12)]}`], open: `Note (call summary): ${f[0]} `, close: ` ${f[1]}`, post: ['Next step: send revised quote'] }),
  code: (r, f) => ({ pre: [`// file: src/util/${id(r, 4)}.js`], open: `/*\n * ${f[0]}\n * `, close: `\n * ${f[1]}\n */\nexport function total(items) {\n  return items.reduce((a, b) => a + b.price, 0);\n}`, post: [] }),
  yaml: (r, f) => ({ pre: ['# service config'], open: `service:\n  name: billing-${id(r, 3)}\n  notes: |\n    ${f[0]}\n    `, close: `\n    ${f[1]}\n  replicas: 2`, post: [] }),
  log: (r, f) => ({ pre: [`2026-03-1${Math.floor(r() * 9)}T08:1${Math.floor(r() * 9)}:02Z INFO worker started id=${id(r)} msg="${f[0]}"`], open: `2026-03-14T08:15:44Z WARN request body="`, close: `"\n2026-03-14T08:15:45Z INFO job done msg="${f[1]}"`, post: [] }),
  rag: (r, f) => ({ pre: [], open: `{"chunk_id":"doc-${id(r)}#p${Math.floor(r() * 40)}","score":0.8${Math.floor(r() * 9)},"text":"${f[0]} `, close: ` ${f[1]}","source":"https://wiki.corp.example/page/${id(r, 4)}"}`, post: [] }),
  kb: (r, f) => ({ pre: [`# KB-${1000 + Math.floor(r() * 8999)}: Account settings`], open: `## Overview\n\n${f[0]}\n\n## Details\n\n`, close: `\n\n## See also\n\n${f[1]}`, post: [] }),
  csv: (r, f) => ({ pre: ['id,name,region,comment'], open: `${Math.floor(r() * 900) + 100},Demo Ltd,north,"${f[0]}"\n${Math.floor(r() * 900) + 100},Sample GmbH,west,"`, close: `"\n${Math.floor(r() * 900) + 100},Test SA,south,"${f[1]}"`, post: [] }),
  search: (r, f) => ({ pre: [], open: `{"results":[{"title":"Result one","url":"https://news.example/a/${id(r, 4)}","snippet":"${f[0]}"},{"title":"Result two","url":"https://blog.test/p/${id(r, 4)}","snippet":"`, close: `"},{"title":"Result three","url":"https://docs.example/r/${id(r, 4)}","snippet":"${f[1]}"}]}`, post: [] }),
  json: (r, f) => ({ pre: [], open: `{"status":"ok","request_id":"${id(r, 8)}","data":{"summary":"${f[0]}","description":"`, close: `","footer":"${f[1]}"}}`, post: [] }),
  memory: (r, f) => ({ pre: ['# agent memory (persisted notes)'], open: `- user prefers metric units\n- ${f[0]}\n- `, close: `\n- ${f[1]}`, post: [] }),
  pdf: (r, f) => ({ pre: [`Annual Review ${2020 + Math.floor(r() * 6)}            Page ${Math.floor(r() * 30) + 2} of 48`], open: `${f[0]}\n\n`, close: `\n\n${f[1]}\nCONFIDENTIAL – internal distribution only`, post: [] }),
};

export function wrap(carrier, parts, rng, padded) {
  const n = typeof padded === 'number' ? padded : 420;
  const f = padded ? [pad(rng, n), pad(rng, n)] : [FILLER[Math.floor(rng() * FILLER.length)], FILLER[Math.floor(rng() * FILLER.length)]];
  const t = T[carrier](rng, f);
  if (parts.length === 1) return [...t.pre, t.open + parts[0] + t.close, ...t.post];
  return [...t.pre, t.open + parts[0], parts[1] + t.close, ...t.post];
}

export { pad as padFiller };
