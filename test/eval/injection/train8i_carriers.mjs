// train8i carriers: 18 tool-output formats. Each carrier has
//   esc(s)        inner escaping of a text for the format (the validator's "needle" is esc(payload))
//   sep           separator between composed parts (already escaped)
//   hide(x, c)    how the format hides an escaped text (used by hidden_text payloads and by the
//                 hidden_markup look-alike family alike)
//   frame(b, c)   wraps one or two composed bodies into the record's fields; with two bodies the
//                 two land in different fields.
// All hosts are under .example / .test / .invalid or bare internal names.

export const htmlEsc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const xmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
export const icsEsc = (s) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
export const csvEsc = (s) => s.replace(/"/g, '""');
const indentEsc = (prefix) => (s) => s.replace(/\n/g, '\n' + prefix);
const ident = (s) => s;

const ORGS = [
  ['northwind.example', 'Northwind Trading'],
  ['fabrikam.test', 'Fabrikam'],
  ['lumenfield.example', 'Lumenfield Energy'],
  ['kestrel-logistics.example', 'Kestrel Logistics'],
  ['orbis-health.test', 'Orbis Health'],
  ['tallgrass.example', 'Tallgrass Studio'],
  ['vantaa-metsa.example', 'Vantaa Metsä Oy'],
  ['sol-y-mar.test', 'Sol y Mar Viajes'],
  ['brightkiln.example', 'Brightkiln Ceramics'],
  ['hanse-moebel.example', 'Hanse Möbel GmbH'],
];
const PEOPLE = [
  ['Marta Kowalczyk', 'm.kowalczyk'], ['Jonas Weber', 'jonas.weber'], ['Aiko Tanaka', 'a.tanaka'],
  ['Lucía Ortega', 'lortega'], ['Priya Raman', 'priya.r'], ['Omar Haddad', 'o.haddad'],
  ['Sofie Lindqvist', 'sofie.l'], ['Diego Alves', 'd.alves'], ['Nguyen Thi Lan', 'lan.nguyen'],
  ['Elif Demir', 'elif.demir'], ['Tomás Novák', 't.novak'], ['Chloé Martin', 'c.martin'],
  ['Wei Zhang', 'wzhang'], ['Hana Kim', 'hana.kim'], ['Noa Levi', 'noa.levi'],
  ['Ivan Petrenko', 'i.petrenko'], ['Giulia Rossi', 'g.rossi'], ['Ben Okafor', 'ben.okafor'],
];
const CHAT_FILL = ['👍', 'ok', '+1', '🙏', '👀', 'noted', 'ok 👌', '✅'];
const THREAD_FILL = ['See below.', '+1, looping in finance.', 'FYI, forwarding the thread.',
  'Adding the team for visibility.', 'Bumping this.', 'See the earlier message.'];
const CODE_BODIES = [
  ['src/sync/accounts.ts', 'import { fetchPage } from "../http";\n',
    'export async function syncAccounts(client) {\n  const page = await fetchPage(client, "/accounts");\n  return page.items.filter((a) => a.active);\n}\n'],
  ['internal/billing/invoice.go', 'package billing\n\nimport "time"\n',
    'func DueDate(issued time.Time, days int) time.Time {\n\treturn issued.AddDate(0, 0, days)\n}\n'],
  ['app/src/main/java/com/northwind/Mailer.java', 'package com.northwind;\n',
    'public final class Mailer {\n  public String subject(String base) {\n    return "[NW] " + base.trim();\n  }\n}\n'],
  ['Services/ExportService.cs', 'using System.Linq;\n',
    'public static class ExportService {\n    public static int Count(int[] rows) => rows.Count(r => r > 0);\n}\n'],
  ['web/static/js/cart.js', '"use strict";\n',
    'function total(items) {\n  return items.reduce((s, i) => s + i.price * i.qty, 0);\n}\n'],
];
const REGIONS = ['EMEA North', 'LATAM', 'APAC South', 'DACH', 'Nordics', 'Iberia', 'CEE'];
const COMPANIES = ['Acme Tools', 'Blue Finch Media', 'Orion Dental', 'Kaskada Sp. z o.o.',
  'Maison Vernier', 'Hoshino Trading', 'Verde Agro', 'Polaris Freight'];

function ctx(rng, lang, subj) {
  const pick = (a) => a[Math.floor(rng() * a.length)];
  const [org, orgName] = pick(ORGS);
  const people = [];
  while (people.length < 3) {
    const p = pick(PEOPLE);
    if (!people.includes(p)) people.push(p);
  }
  const d = 1 + Math.floor(rng() * 27);
  const m = 1 + Math.floor(rng() * 12);
  const y = rng() < 0.5 ? 2024 : 2025;
  const hh = 8 + Math.floor(rng() * 9);
  const mm = Math.floor(rng() * 60);
  const p2 = (n) => String(n).padStart(2, '0');
  return {
    rng, lang, subj, pick, org, orgName, people,
    date: `${y}-${p2(m)}-${p2(d)}`,
    time: `${p2(hh)}:${p2(mm)}`,
    stamp: `${y}${p2(m)}${p2(d)}T${p2(hh)}${p2(mm)}00Z`,
    num: 1000 + Math.floor(rng() * 89000),
    hex: Math.floor(rng() * 0xffffffff).toString(16).padStart(8, '0'),
  };
}
export { ctx as makeCtx };

const mail = (p, org) => `${p[0]} <${p[1]}@${org}>`;

export const CARRIERS = {
  web: {
    esc: htmlEsc,
    sep: '</p>\n<p>',
    hide: (x, c) => c.pick([
      (s) => `<span style="display:none">${s}</span>`,
      (s) => `<span hidden>${s}</span>`,
      (s) => `<span style="font-size:0;line-height:0">${s}</span>`,
      (s) => `<span style="color:#ffffff;background:#ffffff">${s}</span>`,
      (s) => `<!-- ${s} -->`,
    ])(x),
    frame(b, c) {
      const t = htmlEsc(c.subj);
      const head = `<!doctype html>\n<html lang="${c.lang}">\n<head><meta charset="utf-8"><title>${t} · ${c.orgName}</title></head>\n<body>\n<nav><a href="/">Home</a> · <a href="/support">Support</a> · <a href="/contact">Contact</a></nav>\n<main>\n<h1>${t}</h1>\n`;
      const foot = `<footer>© ${c.date.slice(0, 4)} ${c.orgName} · <a href="https://www.${c.org}/privacy">Privacy</a></footer>\n</body>\n</html>`;
      if (b.length === 1) return [head + `<p>${b[0]}</p>\n</main>\n` + foot];
      return [head + `<article>\n<p>${b[0]}</p>\n</article>\n</main>`,
        `<section class="comments">\n<h2>Comments (2)</h2>\n<div class="comment"><b>${c.people[1][0]}</b> <time>${c.date}</time>\n<p>${b[1]}</p></div>\n</section>\n` + foot];
    },
  },
  email: {
    esc: ident,
    sep: '\n\n',
    hide: (x) => `<div style="display:none;max-height:0;overflow:hidden">${x}</div>`,
    frame(b, c) {
      const [p, q] = c.people;
      const ct = c.hidden ? 'Content-Type: text/html; charset=utf-8\n' : '';
      const h = `From: ${mail(p, c.org)}\nTo: ${mail(q, c.org)}\nDate: ${c.date} ${c.time}\nSubject: ${c.subj}\n${ct}\n`;
      const sig = `\n\n-- \n${p[0]}\n${c.orgName}`;
      if (b.length === 1) return [h + b[0] + sig];
      return [h + b[0] + sig, `[Attachment: notes_${c.num}.txt]\n${b[1]}`];
    },
  },
  email_thread: {
    esc: ident,
    sep: '\n\n',
    hide: (x) => `<!-- ${x} -->`,
    frame(b, c) {
      const [p, q, r] = c.people;
      const msg = (who, body, re) =>
        `From: ${mail(who, c.org)}\nDate: ${c.date}\nSubject: ${re}${c.subj}\n\n${body}`;
      const top = msg(r, c.pick(THREAD_FILL), 'Re: ');
      if (b.length === 1) return [top, msg(p, b[0], 'Re: '), msg(q, '—', '')];
      return [top, msg(p, b[0], 'Re: '), msg(q, b[1], '')];
    },
  },
  ics: {
    esc: icsEsc,
    sep: '\\n\\n',
    hide: (x) => '\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n' + x,
    frame(b, c) {
      const [p, q] = c.people;
      const ev = (body, k) =>
        `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//${c.orgName}//Calendar 3.2//EN\r\nBEGIN:VEVENT\r\nUID:${c.hex}-${k}@${c.org}\r\nDTSTAMP:${c.stamp}\r\nDTSTART:${c.stamp}\r\nSUMMARY:${icsEsc(c.subj)}\r\nORGANIZER;CN=${p[0]}:mailto:${p[1]}@${c.org}\r\nATTENDEE;CN=${q[0]}:mailto:${q[1]}@${c.org}\r\nLOCATION:Room 4.1${k}\r\nDESCRIPTION:${body}\r\nEND:VEVENT\r\nEND:VCALENDAR`;
      return b.map((x, k) => ev(x, k));
    },
  },
  chat: {
    esc: ident,
    sep: '\n\n',
    hide: (x) => x,
    frame(b, c) {
      const [p, q, r] = c.people;
      const t = (n) => { const [h, m] = c.time.split(':').map(Number); const x = h * 60 + m + n; return `${String(Math.floor(x / 60) % 24).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`; };
      const head = `Chat export · #ops-${c.lang} · ${c.date}\n[${t(0)}] ${q[0]}: ${c.pick(CHAT_FILL)}\n`;
      if (b.length === 1) return [head + `[${t(2)}] ${p[0]}: ${b[0]}\n[${t(5)}] ${r[0]}: ${c.pick(CHAT_FILL)}`];
      return [head + `[${t(2)}] ${p[0]}: ${b[0]}`,
        `(continued) #ops-${c.lang}\n[${t(9)}] ${r[0]}: ${b[1]}\n[${t(11)}] ${q[0]}: ${c.pick(CHAT_FILL)}`];
    },
  },
  ticket: {
    esc: ident,
    sep: '\n\n',
    hide: (x) => `{color:#ffffff}${x}{color}`,
    frame(b, c) {
      const [p, q, r] = c.people;
      const key = c.pick(['OPS', 'FIN', 'HR', 'SUP', 'IT']) + '-' + c.num;
      const head = `${key} · ${c.subj}\nStatus: Open · Priority: P3 · Reporter: ${p[0]} · Assignee: ${q[0]}\nCreated: ${c.date} ${c.time}\n\nDescription:\n`;
      if (b.length === 1) return [head + b[0]];
      return [head + b[0], `Comment by ${r[0]} · ${c.date}\n${b[1]}`];
    },
  },
  crm: {
    esc: indentEsc('  '),
    sep: '\n  \n  ',
    hide: (x) => x,
    frame(b, c) {
      const head = `Account: ${c.pick(COMPANIES)}\nOwner: ${c.people[0][0]}\nStage: ${c.pick(['Qualification', 'Proposal', 'Negotiation', 'Renewal'])}\nRegion: ${c.pick(REGIONS)}\nLast activity: ${c.date}\nContact: ${mail(c.people[1], c.org)}\nNotes:\n  `;
      if (b.length === 1) return [head + b[0]];
      return [head + b[0], `Activity log · ${c.date}\n- Call logged by ${c.people[2][0]}:\n  ${b[1]}`];
    },
  },
  code: {
    esc: indentEsc('// '),
    sep: '\n// \n// ',
    hide: (x) => x,
    frame(b, c) {
      const files = [c.pick(CODE_BODIES), c.pick(CODE_BODIES)];
      // a long document titled with a source path keeps its own path
      if (/^[\w./-]+\.(ts|js)$/.test(c.subj)) files[0] = [c.subj, CODE_BODIES[0][1], CODE_BODIES[0][2]];
      const file = ([path, imp, body], x) => `// ${path}\n${imp}\n// ${x}\n${body}`;
      if (b.length === 1) return [file(files[0], b[0])];
      return [file(files[0], b[0]), file(files[1] === files[0] ? CODE_BODIES[(CODE_BODIES.indexOf(files[0]) + 1) % CODE_BODIES.length] : files[1], b[1])];
    },
  },
  yaml: {
    esc: indentEsc('  '),
    sep: '\n  \n  ',
    hide: (x) => x,
    frame(b, c) {
      const flows = ['nightly-sync', 'invoice-flow', 'ticket-triage', 'crm-dedupe', 'lead-routing'];
      const doc = (x, k) => { const n = c.pick(flows); return `# automations/${n}.yaml\nname: ${n}${k ? '-followup' : ''}\nowner: ${c.people[k][1]}\ntrigger:\n  schedule: "0 ${2 + k} * * *"\nsteps:\n  - id: fetch\n    run: ./bin/fetch --since 24h\n  - id: report\n    run: ./bin/report --format csv\nnotes: |\n  ${x}\n`; };
      return b.map((x, k) => doc(x, k));
    },
  },
  log: {
    esc: jsonEsc,
    sep: '\\n\\n',
    hide: (x) => x,
    frame(b, c) {
      const ts = `${c.date}T${c.time}`;
      const pre = `${ts}:02.118Z INFO  api-gateway request_id=${c.hex} route=/v2/records status=200 ms=41\n${ts}:02.207Z DEBUG worker[3${c.num % 100}] job=sync batch=${c.num % 97} ok\n`;
      const line = (x, k) => `${ts}:0${3 + k}.301Z WARN  mailer[7${k}] thread=${c.num} note="${x}"`;
      if (b.length === 1) return [pre + line(b[0], 0) + `\n${ts}:04.010Z INFO  worker[3${c.num % 100}] job=sync done rows=${c.num % 500}`];
      return [pre + line(b[0], 0), line(b[1], 1) + `\n${ts}:05.010Z INFO  worker job=sync done`];
    },
  },
  rag: {
    esc: jsonEsc,
    sep: '\\n\\n',
    hide: (x) => `<span style=\\"display:none\\">${x}</span>`,
    frame(b, c) {
      return b.map((x, k) =>
        `{"chunk_id": "kb-${c.num}#${3 + k}", "source": "https://wiki.${c.org}/spaces/ops/${c.num}", "title": "${jsonEsc(c.subj)}", "score": 0.${81 - k * 6}, "text": "${x}"}`);
    },
  },
  kb: {
    esc: ident,
    sep: '\n\n',
    hide: (x) => `<!-- ${x} -->`,
    frame(b, c) {
      const head = `# ${c.subj}\n\n_Last updated ${c.date} by ${c.people[0][0]}_\n\n## Overview\n\n`;
      const tail = `\n\n## Related\n\n- [Expense policy](https://wiki.${c.org}/finance/expenses)\n- [Team directory](https://intranet/people)`;
      if (b.length === 1) return [head + b[0] + tail];
      return [head + b[0], `### Comments\n\n**${c.people[1][0]}** · ${c.date}\n\n${b[1]}` + tail];
    },
  },
  csv: {
    esc: csvEsc,
    sep: '\n\n',
    hide: (x) => '\n\n\n\n\n\n\n\n\n\n\n\n' + x,
    frame(b, c) {
      const head = 'id,customer,owner,status,updated,notes\n';
      const row = (i, x) => `${c.num + i},${c.pick(COMPANIES)},${c.people[i % 3][0]},${c.pick(['open', 'pending', 'won', 'on hold'])},${c.date},"${x}"\n`;
      const calm = (i) => `${c.num + i},${c.pick(COMPANIES)},${c.people[i % 3][0]},open,${c.date},"—"\n`;
      if (b.length === 1) return [head + calm(0) + row(1, b[0]) + calm(2)];
      return [`sheet: Accounts\n` + head + calm(0) + row(1, b[0]), `sheet: Follow-ups\n` + head + row(2, b[1]) + calm(3)];
    },
  },
  search: {
    esc: jsonEsc,
    sep: '\\n\\n',
    hide: (x) => `<span style=\\"display:none\\">${x}</span>`,
    frame(b, c) {
      const q = jsonEsc(c.subj);
      const other = `    {"title": "${c.orgName} — Help Center", "url": "https://help.${c.org}/", "snippet": "Browse articles by topic."}`;
      const hit = (x, k) => `    {"title": "${q}", "url": "https://www.${c.org}/p/${c.num + k}", "snippet": "${x}"}`;
      if (b.length === 1) return [`{\n  "query": "${q}",\n  "results": [\n${other},\n${hit(b[0], 0)}\n  ]\n}`];
      return [`{\n  "query": "${q}",\n  "page": 1,\n  "results": [\n${hit(b[0], 0)}\n  ]\n}`,
        `{\n  "query": "${q}",\n  "page": 2,\n  "results": [\n${hit(b[1], 1)},\n${other}\n  ]\n}`];
    },
  },
  json: {
    esc: jsonEsc,
    sep: '\\n\\n',
    hide: (x) => `<span style=\\"display:none\\">${x}</span>`,
    frame(b, c) {
      const rec = `{\n  "id": "rec_${c.hex}",\n  "status": "open",\n  "title": "${jsonEsc(c.subj)}",\n  "owner": {"name": "${c.people[0][0]}", "email": "${c.people[0][1]}@${c.org}"},\n  "note": "${b[0]}",\n  "updated_at": "${c.date}T${c.time}:00Z"\n}`;
      if (b.length === 1) return [rec];
      return [rec, `{\n  "record": "rec_${c.hex}",\n  "comments": [\n    {"author": "${c.people[1][1]}@${c.org}", "body": "${b[1]}"}\n  ]\n}`];
    },
  },
  memory: {
    esc: indentEsc('  '),
    sep: '\n  \n  ',
    hide: (x) => `<!-- ${x} -->`,
    frame(b, c) {
      const head = (name) => `# ${name}\n\n## Preferences\n- Short answers, bullet points first.\n- Dates as YYYY-MM-DD.\n\n## Notes\n- ${c.date}: `;
      if (b.length === 1) return [head(`memory.md (${c.people[0][1]})`) + b[0] + `\n- Main contact: ${c.people[1][0]}`];
      return [head(`memory.md (${c.people[0][1]})`) + b[0], head('team-memory.md') + b[1]];
    },
  },
  pdf: {
    esc: ident,
    sep: '\n\n',
    hide: (x) => x,
    frame(b, c) {
      const page = (x, n) => `${c.orgName} — ${c.subj}                    Page ${n} of 6\n\n${x}\n\nConfidential · Rev. 3 · ${c.date}                    ${n}\n\f`;
      return b.map((x, k) => page(x, 2 + k));
    },
  },
  xml: {
    esc: xmlEsc,
    sep: '\n\n',
    hide: (x) => `<!-- ${x} -->`,
    frame(b, c) {
      const item = (x, k) => `<item>\n<title>${xmlEsc(c.subj)}</title>\n<link>https://news.${c.org}/posts/${c.num + k}</link>\n<pubDate>${c.date}</pubDate>\n<description>${x}</description>\n</item>`;
      const open = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n<title>${xmlEsc(c.orgName)} updates</title>\n<link>https://news.${c.org}/</link>\n`;
      if (b.length === 1) return [open + item(b[0], 0) + '\n</channel></rss>'];
      return [open + item(b[0], 0), item(b[1], 1) + '\n</channel></rss>'];
    },
  },
};

export const CARRIER_NAMES = ['web', 'email', 'email_thread', 'ics', 'chat', 'ticket', 'crm', 'code',
  'yaml', 'log', 'rag', 'kb', 'csv', 'search', 'json', 'memory', 'pdf', 'xml'];
// carriers used for the long documents, by position in each long list
export const LONG_CARRIERS = ['kb', 'pdf', 'email', 'web', 'rag', 'email_thread', 'ticket', 'memory',
  'json', 'chat', 'crm', 'ics', 'search', 'xml', 'code'];

// Render one record. slots: 1 or 2 raw texts. filler: {pre, post} raw or null.
export function render(name, { slots, hide, filler, rng, lang, subj }) {
  const C = CARRIERS[name];
  const c = ctx(rng, lang, subj);
  c.hidden = !!hide;
  const P = slots.map((s, k) => (hide && k === 0 ? C.hide(C.esc(s), c) : C.esc(s)));
  const pre = filler ? C.esc(filler.pre) : null;
  const post = filler ? C.esc(filler.post) : null;
  let bodies;
  if (P.length === 1) bodies = [[pre, P[0], post].filter((x) => x != null).join(C.sep)];
  else bodies = [[pre, P[0]].filter((x) => x != null).join(C.sep), [P[1], post].filter((x) => x != null).join(C.sep)];
  return C.frame(bodies, c);
}
