// train7n carriers: framings shared by attacks and look-alikes (never a signal by itself).
// Each carrier takes the text (or the two parts of a split message) and a seed number and
// returns the "fields" array of one tool-output message.
const hosts = ['docs.northwind.example', 'wiki.acme.test', 'portal.lumen.example', 'files.orbit.test', 'kb.harbor.example', 'intranet.vela.test'];
const people = ['Marta Ruiz', 'Jonas Weber', 'Aiko Tanaka', 'Priya Nair', 'Olu Adeyemi', 'Camille Dubois', 'Sven Larsen', 'Linh Tran'];
const pick = (a, n) => a[n % a.length];
const esc = (s) => s.replace(/&(?![a-z#0-9]+;)/gi, '&amp;');

export const carriers = {
  web: (t, n) => [`<html><head><title>${pick(['Release notes', 'Team page', 'Product FAQ', 'Blog'], n)}</title></head><body>\n<nav>Home | Products | Support</nav>\n<main><article>\n${t}\n</article></main>\n<footer>© 2024 ${pick(hosts, n)}</footer></body></html>`],
  email: (t, n) => [`From: ${pick(people, n)} <${pick(people, n).split(' ')[0].toLowerCase()}@${pick(hosts, n + 1)}>\nTo: team@${pick(hosts, n + 2)}\nSubject: ${pick(['Re: quarterly numbers', 'Follow-up', 'Fwd: notes from yesterday', 'Quick question'], n)}\nDate: Tue, ${3 + (n % 20)} Sep 2024 09:${10 + (n % 49)}:00 +0200\n\n${t}\n\n--\n${pick(people, n)}`],
  ticket: (t, n) => [JSON.stringify({ ticket: `SUP-${4100 + n}`, status: pick(['open', 'pending', 'triage'], n), requester: pick(people, n + 3), priority: pick(['low', 'normal', 'high'], n), description: t })],
  pdf: (t, n) => [`${pick(['Annual Report 2023', 'Vendor Handbook', 'Onboarding Guide', 'Research Brief'], n)}    Page ${2 + (n % 30)} of 48\n\n${t}\n\nConfidential — internal distribution only    ${pick(hosts, n)}`],
  code: (t, n) => [`// ${pick(['utils/format.ts', 'src/billing/invoice.js', 'lib/parse.go', 'app/models.py'], n)}\n/*\n${t.split('\n').map((l) => ' * ' + l).join('\n')}\n */\nexport function handle${n}(input) {\n  return normalize(input);\n}`],
  json: (t, n) => [JSON.stringify({ ok: true, request_id: `req_${(n * 7919).toString(16)}`, data: { title: pick(['Item details', 'Customer note', 'Document', 'Comment'], n), body: t, updated_at: `2024-0${1 + (n % 9)}-1${n % 10}T10:00:00Z` } }, null, 2)],
  search: (t, n) => [`Results for "${pick(['pricing tiers', 'setup guide', 'refund policy', 'team offsite'], n)}":\n1. ${pick(['Getting started', 'FAQ', 'Forum thread'], n)} — https://${pick(hosts, n)}/p/${n}\n   ${t}\n2. Contact us — https://${pick(hosts, n + 1)}/contact\n   Reach our team Monday to Friday.`],
  chat_export: (t, n) => [`[#${pick(['general', 'dev-help', 'ops', 'random'], n)}] ${pick(people, n)} (${10 + (n % 12)}:${10 + (n % 50)}): ${t}\n[#${pick(['general', 'dev-help', 'ops', 'random'], n)}] ${pick(people, n + 1)}: 👍`],
  issue_comment: (t, n) => [`### Comment by @${pick(people, n).split(' ')[0].toLowerCase()}${n % 97}\n\n${t}\n\n---\n_Reactions: 👍 ${n % 7}_`],
  markdown_doc: (t, n) => [`# ${pick(['README', 'CONTRIBUTING', 'Notes', 'Runbook'], n)}\n\n${t}\n\n## See also\n- https://${pick(hosts, n)}/wiki/${n}`],
  review: (t, n) => [JSON.stringify({ product: pick(['Desk lamp L2', 'Trail shoes X', 'Coffee grinder', 'Noise-cancel headset'], n), rating: 1 + (n % 5), author: pick(people, n + 5), text: t })],
  calendar: (t, n) => [`BEGIN:VEVENT\nSUMMARY:${pick(['Sync', 'Planning', 'Review', '1:1'], n)}\nDTSTART:202410${10 + (n % 18)}T09${n % 6}000Z\nLOCATION:https://meet.${pick(hosts, n)}/r/${n}\nDESCRIPTION:${t.replace(/\n/g, '\\n')}\nEND:VEVENT`],
  bare: (t) => [t],
};

// Split carriers: the two parts go in separate fields of one message.
export const splitCarriers = {
  json_two_fields: (a, b, n) => [JSON.stringify({ title: a, page: n }), JSON.stringify({ body: b })],
  email_subject_body: (a, b, n) => [`Subject: ${a}`, `${b}\n\n-- ${pick(people, n)}`],
  web_two_blocks: (a, b) => [`<div class="intro">${esc(a)}</div>`, `<div class="more">${esc(b)}</div>`],
  ticket_two_comments: (a, b, n) => [`Comment 1 (${pick(people, n)}): ${a}`, `Comment 2 (${pick(people, n + 1)}): ${b}`],
};

export const carrierNames = Object.keys(carriers).filter((c) => c !== 'bare');
export const splitCarrierNames = Object.keys(splitCarriers);
export const hostList = hosts;
