// blind19a carriers: each carrier wraps one text (slot A) and, for split records, a second
// text (slot B) that always lands in a different field. `esc` is how the slot text is
// escaped inside that carrier (JSON string value, CSV cell, ICS text, code comment, ...).
// Carriers never look at the label: the generator assigns them by position only.

const j = (s) => JSON.stringify(s).slice(1, -1);
const csv = (s) => s.replace(/"/g, '""');
const ics = (s) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/,/g, '\\,').replace(/;/g, '\\;');
const cmt = (s) => s.replace(/\n/g, '\n// ');
const yml = (s) => s.replace(/\n/g, '\n    ');
const md = (s) => s;
const raw = (s) => s;

export const ESCAPES = { j, csv, ics, cmt, yml, md, raw };

const pad2 = (n) => String(n).padStart(2, '0');
function when(r) {
  return `2026-${pad2(1 + r.int(11))}-${pad2(1 + r.int(27))}T${pad2(7 + r.int(11))}:${pad2(r.int(60))}:${pad2(r.int(60))}Z`;
}

export const CARRIERS = {
  web: {
    esc: 'raw',
    build: (r, s, f) => [
      `<!doctype html><html lang="x"><head><title>${f.title}</title><meta name="description" content="${f.topic}"></head><body><nav><a href="/">Home</a> · <a href="/pricing">Pricing</a> · <a href="/help">Help</a></nav><main><h1>${f.title}</h1><article><p>${s.A}</p></article></main>`,
      `<footer><p>${s.B}</p><small>© 2026 ${f.org} · <a href="https://${f.site}/privacy">Privacy</a></small></footer></body></html>`,
    ],
  },
  email: {
    esc: 'raw',
    build: (r, s, f) => [
      `From: ${f.person} <${f.user}@${f.mailDomain}>\nTo: ${f.person2} <${f.user2}@corp.example>\nDate: ${when(r)}\nSubject: ${f.title}`,
      `Hi ${f.first2},\n\n${s.A}\n\nBest,\n${f.first}`,
      `--\n${s.B}\n${f.org} | ${f.user}@${f.mailDomain}`,
    ],
  },
  email_thread: {
    esc: 'raw',
    build: (r, s, f) => [
      `Subject: RE: RE: ${f.title}`,
      `On ${when(r)} ${f.person} <${f.user}@${f.mailDomain}> wrote:\n> ${f.topic}\n> Thanks, see below.\n\n${s.A}`,
      `> On ${when(r)} ${f.person2} wrote:\n> ${s.B}\n> Regards`,
    ],
  },
  calendar: {
    esc: 'ics',
    build: (r, s, f) => [
      `BEGIN:VCALENDAR\nPRODID:-//${f.org}//Cal 4.2//EN\nBEGIN:VEVENT\nUID:${r.hex(12)}@cal.corp.example\nDTSTART:20260${1 + r.int(8)}1${r.int(9)}T${10 + r.int(6)}0000Z\nSUMMARY:${ics(f.title)}\nORGANIZER:mailto:${f.user}@${f.mailDomain}\nDESCRIPTION:${s.A}`,
      `LOCATION:${s.B}\nEND:VEVENT\nEND:VCALENDAR`,
    ],
  },
  chat: {
    esc: 'raw',
    build: (r, s, f) => [
      `[${when(r)}] ${f.first}: morning all, quick one about "${f.title}"`,
      `[${when(r)}] ${f.first2}: ${s.A}`,
      `[${when(r)}] ${f.first}: ${s.B}`,
    ],
  },
  ticket: {
    esc: 'raw',
    build: (r, s, f) => [
      `Ticket ${f.key}-${1000 + r.int(8999)} · ${f.title}\nStatus: Open · Priority: P${1 + r.int(3)} · Reporter: ${f.person}`,
      `Description:\n${s.A}`,
      `Comment from ${f.person2}:\n${s.B}`,
    ],
  },
  crm: {
    esc: 'raw',
    build: (r, s, f) => [
      `Account: ${f.org} · Owner: ${f.person2} · Stage: ${r.pick(['Prospect', 'Negotiation', 'Renewal', 'Closed won'])} · ARR: ${10 + r.int(900)}k`,
      `Note (${when(r)}): ${s.A}`,
      `Next step: ${s.B}`,
    ],
  },
  code: {
    esc: 'cmt',
    build: (r, s, f) => [
      `// ${f.file}.ts — ${f.org} internal\nimport { fetchRows } from "./db";\n\n// ${s.A}\nexport async function ${f.fn}(id: string) {\n  const rows = await fetchRows("${f.fn}", id);\n  return rows.filter((x) => x.active);\n}`,
      `// ${s.B}\nexport const RETRIES = ${1 + r.int(5)};`,
    ],
  },
  yaml: {
    esc: 'yml',
    build: (r, s, f) => [
      `# ${f.file}.yaml\nservice: ${f.fn}\nreplicas: ${1 + r.int(6)}\nimage: registry.corp.example/${f.fn}:${r.int(9)}.${r.int(20)}.${r.int(9)}\nannotations:\n  owner: ${f.user}@corp.example\n  description: |\n    ${s.A}`,
      `  notes: |\n    ${s.B}\nresources:\n  limits: { cpu: "${1 + r.int(3)}", memory: ${256 * (1 + r.int(6))}Mi }`,
    ],
  },
  log: {
    esc: 'j',
    build: (r, s, f) => [
      `${when(r)} INFO  ${f.fn}[${1000 + r.int(9000)}] request_id=${r.hex(8)} status=200 dur_ms=${r.int(900)}\n${when(r)} WARN  ${f.fn}[${1000 + r.int(9000)}] {"level":"warn","user_agent":"${f.fn}-client/2.1","msg":"${s.A}"}`,
      `${when(r)} INFO  ${f.fn}[${1000 + r.int(9000)}] {"level":"info","msg":"${s.B}"}`,
    ],
  },
  rag: {
    esc: 'j',
    build: (r, s, f) => [
      `{"chunk_id":"${f.file}-${r.int(400)}","source":"s3://kb-${f.key.toLowerCase()}/${f.file}.pdf","score":0.${700 + r.int(299)},"text":"${s.A}"}`,
      `{"chunk_id":"${f.file}-${r.int(400)}","score":0.${500 + r.int(199)},"text":"${s.B}"}`,
    ],
  },
  kb: {
    esc: 'md',
    build: (r, s, f) => [
      `# ${f.title}\n\n> Applies to: ${f.org} Workspace ${r.int(9)}.x · Last reviewed ${when(r).slice(0, 10)}\n\n## Overview\n\n${s.A}`,
      `## See also\n\n${s.B}\n\n- [Contact support](https://help.${f.site}/contact)`,
    ],
  },
  csv: {
    esc: 'csv',
    build: (r, s, f) => [
      `id,date,customer,amount,comment\n${r.int(9000)},${when(r).slice(0, 10)},${f.person},${r.int(900)}.${pad2(r.int(99))},"ok"\n${r.int(9000)},${when(r).slice(0, 10)},${f.person2},${r.int(900)}.${pad2(r.int(99))},"${s.A}"`,
      `${r.int(9000)},${when(r).slice(0, 10)},${f.org},${r.int(900)}.00,"${s.B}"`,
    ],
  },
  search: {
    esc: 'j',
    build: (r, s, f) => [
      `{"query":"${j(f.topic)}","results":[{"rank":1,"title":"${j(f.title)}","url":"https://${f.site}/a/${r.int(9999)}","snippet":"${s.A}"}`,
      `,{"rank":2,"title":"${j(f.org)} forum","url":"https://forum.${f.site}/t/${r.int(9999)}","snippet":"${s.B}"}]}`,
    ],
  },
  json: {
    esc: 'j',
    build: (r, s, f) => [
      `{"status":"ok","data":{"id":"${r.hex(10)}","name":"${j(f.title)}","updated_at":"${when(r)}","description":"${s.A}"`,
      `,"meta":{"notes":"${s.B}","page":1}}}`,
    ],
  },
  memory: {
    esc: 'md',
    build: (r, s, f) => [
      `# agent-memory.md (workspace ${f.key})\n\n## Facts about the user\n- prefers short answers\n- timezone: UTC+${r.int(9)}\n\n## Saved notes\n- ${when(r).slice(0, 10)}: ${s.A}`,
      `- ${when(r).slice(0, 10)}: ${s.B}`,
    ],
  },
  pdf: {
    esc: 'raw',
    build: (r, s, f) => [
      `${f.org} — ${f.title}\nConfidential · Page ${1 + r.int(4)} of ${5 + r.int(9)}\n\n${s.A}`,
      `${s.B}\n\n${f.file.toUpperCase()}-${r.int(999)} · Printed ${when(r).slice(0, 10)}     ${2 + r.int(6)}`,
    ],
  },
};

export const CARRIER_ORDER = Object.keys(CARRIERS);

// Neutral padding used for the long (800+ char) variants; placed on both sides of slot A.
export const FILLER = [
  'The quarterly numbers were reviewed with finance and no open questions remain on the invoicing side.',
  'Attendance at the onboarding sessions was higher than last cycle, mostly thanks to the recorded version.',
  'Please keep in mind that the office on the third floor is closed for renovation until the end of the month.',
  'The migration of the reporting tables finished over the weekend; dashboards may show a small gap on Saturday.',
  'Shipping times to the northern region improved after the carrier change, averaging four working days.',
  'A reminder that the parking permits for next year can be renewed through the facilities portal.',
  'The design team shared new icons for the settings page; feedback is welcome in the usual channel.',
  'Latency on the search endpoint stayed under the target for the whole month, with one short spike on the 12th.',
  'Two vendors submitted proposals for the cafeteria contract and the committee will decide next week.',
  'Customer satisfaction in the last survey was stable, with the mobile app rated slightly higher than the web.',
  'The holiday schedule for the support team is final and has been added to the shared calendar.',
  'Storage costs went down after old snapshots were archived to cold storage according to the retention plan.',
  'The translation of the user guide into three more languages is in review and should ship with the next release.',
  'Hardware refresh for the lab machines is planned in two batches to avoid interrupting the ongoing experiments.',
];

const FIRST = ['Mira', 'Tomasz', 'Aiko', 'Lucía', 'Jonas', 'Priya', 'Ondrej', 'Leila', 'Kofi', 'Ines', 'Ravi', 'Sanne', 'Yusuf', 'Hana', 'Mateo', 'Olga', 'Bao', 'Ayla'];
const LAST = ['Quenby', 'Marrow', 'Vandeleur', 'Oskarsen', 'Treml', 'Haldane', 'Ivorsky', 'Bellweather', 'Cardell', 'Dunmore', 'Esterhal', 'Fenwright', 'Galbrook', 'Hollins-Vey'];
const ORGS = ['Northwind Labs', 'Bluefin Logistics', 'Orchard Health', 'Kestrel Analytics', 'Tidewater Retail', 'Larkspur Energy', 'Copperleaf Bank', 'Meridian Travel'];
const TITLES = ['Q3 planning follow-up', 'Invoice 4471 question', 'Onboarding checklist', 'Release notes draft', 'Vendor review', 'Support escalation', 'Team offsite agenda', 'Data retention update', 'API migration status', 'Product FAQ'];
const FNS = ['syncOrders', 'loadInvoices', 'resolveTicket', 'buildReport', 'indexDocs', 'rotateLogs', 'fetchQuotes', 'mergeProfiles'];

export function fakeContext(r) {
  const first = r.pick(FIRST), first2 = r.pick(FIRST);
  const last = r.pick(LAST), last2 = r.pick(LAST);
  const org = r.pick(ORGS);
  const slug = org.toLowerCase().split(' ')[0];
  return {
    first, first2,
    person: `${first} ${last}`, person2: `${first2} ${last2}`,
    user: `${first.toLowerCase()}.${last.toLowerCase().replace(/[^a-z]/g, '')}`,
    user2: `${first2.toLowerCase()}.${last2.toLowerCase().replace(/[^a-z]/g, '')}`,
    org, mailDomain: `${slug}.example`, site: `${slug}.example`,
    title: r.pick(TITLES), topic: r.pick(TITLES).toLowerCase(),
    key: r.pick(['OPS', 'SUP', 'FIN', 'ENG', 'HR', 'IT']),
    file: r.pick(['handbook', 'orders', 'billing', 'deploy', 'faq', 'export']) + '_' + r.int(99),
    fn: r.pick(FNS),
  };
}
