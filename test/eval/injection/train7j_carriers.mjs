// train7j carriers: framings shared by attacks and look-alikes (the framing is never a signal).
// Each carrier takes the text parts (1 or 2 strings) and an index, returns the fields array
// with exactly one field per part.
const pick = (arr, i) => arr[i % arr.length];
const senders = ['m.okafor@mail.acme.example', 'lena.k@kontor.test', 'ops@northwind.example', 'yuki.t@corp.test', 'facturen@levering.example', 'noreply@portal.invalid'];
const subjects = ['Re: Q3 numbers', 'Fwd: vendor onboarding', 'Update', 'Your request #4471', 'Reunión del martes', 'Rechnung 2024-118', 'Partage de fichier'];
const titles = ['Release notes', 'Team wiki', 'Help centre', 'Blog', 'Product page', 'Forum thread'];

export const CARRIERS = {
  web: (p, i) => p.map((t, k) => k === 0
    ? `<html><head><title>${pick(titles, i)}</title></head><body><main><article>\n${t}\n`
    : `${t}\n</article></main><footer>© 2024 files.acme.example</footer></body></html>`),
  email: (p, i) => p.map((t, k) => k === 0
    ? `From: ${pick(senders, i)}\nTo: me@inbox.example\nSubject: ${pick(subjects, i)}\n\n${t}`
    : `${t}\n\n--\nSent from a mobile device`),
  ticket: (p, i) => p.map((t, k) => k === 0
    ? `Ticket #${20400 + i} | status: open | priority: ${pick(['low', 'normal', 'high'], i)}\nDescription:\n${t}`
    : `Comment (customer):\n${t}`),
  pdf: (p, i) => p.map((t, k) => k === 0
    ? `${pick(['ANNUAL REPORT', 'SERVICE AGREEMENT', 'MEETING MINUTES', 'DATASHEET'], i)}\nPage ${1 + (i % 9)} of 12\n\n${t}`
    : `${t}\n\nConfidential — page ${2 + (i % 9)} of 12`),
  code: (p, i) => p.map((t, k) => k === 0
    ? `// ${pick(['utils/sync.ts', 'lib/billing.py', 'cmd/main.go', 'src/App.kt'], i)}\n/*\n${t}\n*/`
    : `/* ${t} */\nexport function run() { return 0; }`),
  json: (p, i) => p.map((t, k) => JSON.stringify(k === 0
    ? { id: 9000 + i, type: pick(['note', 'comment', 'description', 'message'], i), body: t }
    : { id: 9000 + i, type: 'reply', body: t })),
  search: (p, i) => p.map((t, k) => `${k + 1}. ${pick(titles, i + k)} — https://${pick(['docs', 'news', 'help', 'forum'], i + k)}.site${k}.example/${i}\n   ${t}`),
  chat_export: (p, i) => p.map((t, k) => `[${10 + (i % 12)}:${String(10 + k * 7).padStart(2, '0')}] ${pick(['@dana', '@rito', '@mkowalski', '@ahmed', '@sofia'], i + k)}: ${t}`),
  calendar: (p, i) => p.map((t, k) => k === 0
    ? `BEGIN:VEVENT\nSUMMARY:${pick(['Weekly sync', 'Vendor call', 'Quarterly review', 'Onboarding'], i)}\nDTSTART:202410${10 + (i % 18)}T090000Z\nDESCRIPTION:${t.replace(/\n/g, '\\n')}`
    : `LOCATION:${t.replace(/\n/g, '\\n')}\nEND:VEVENT`),
  csv: (p, i) => p.map((t, k) => k === 0
    ? `row_id,customer,notes\n${300 + i},"${pick(['Ortega SL', 'Müller GmbH', 'Tanaka KK', 'Novak s.r.o.'], i)}","${t.replace(/"/g, '""')}"`
    : `${301 + i},"(cont.)","${t.replace(/"/g, '""')}"`),
  markdown: (p, i) => p.map((t, k) => k === 0
    ? `# ${pick(['README', 'CONTRIBUTING', 'Notes', 'Changelog'], i)}\n\n${t}`
    : `## ${pick(['Details', 'More', 'Appendix'], i)}\n\n${t}`),
  form: (p, i) => p.map((t, k) => k === 0
    ? `Form submission ${pick(['contact', 'feedback', 'support', 'order'], i)}-${700 + i}\nname: ${pick(['J. Silva', 'A. Nowak', 'K. Lee', 'H. Demir'], i)}\nmessage: ${t}`
    : `extra_notes: ${t}`),
};
export const CARRIER_NAMES = Object.keys(CARRIERS);
