// train8m carriers: each carrier wraps one payload (or the two halves of a split
// payload) in a realistic tool output and escapes it for its format.
// build(spec) -> { fields: string[], needles: [{ raw, esc, needle }] }
// spec = { parts: [text] | [textA, textB], hidden: bool, pre: [para], post: [para], lang, r }
// Carriers never see the label of the record.

export const ESC = {
  id: (s) => s,
  html: (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  xml: (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'),
  json: (s) => JSON.stringify(s).slice(1, -1),
  csv: (s) => s.replace(/"/g, '""'),
  ics: (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n'),
  yq: (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t').replace(/\r?\n/g, '\\n'),
  hash: (s) => s.replace(/\r?\n/g, '\n# '),
  slash: (s) => s.replace(/\r?\n/g, '\n// '),
  semi: (s) => s.replace(/\r?\n/g, '\n; '),
  star: (s) => s.replace(/\*\//g, '* /').replace(/\r?\n/g, '\n * '),
  quote: (s) => s.replace(/\r?\n/g, '\n> '),
  indent4: (s) => s.replace(/\r?\n/g, '\n    '),
  indent2: (s) => s.replace(/\r?\n/g, '\n  '),
  logfmt: (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n'),
  comment: (s) => s.replace(/<!--/g, '&lt;!--').replace(/-->/g, '--&gt;'),
  pydoc: (s) => s.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"').replace(/\r?\n/g, '\n    '),
};

function collector() {
  const needles = [];
  return {
    needles,
    put(raw, esc) {
      const needle = ESC[esc](raw);
      needles.push({ raw, esc, needle });
      return needle;
    },
  };
}

// word wrap for comment-style carriers (filler text only, never payloads)
export function wrap(text, width = 76) {
  const out = [];
  for (const para of text.split('\n')) {
    const spaces = (para.match(/ /g) || []).length;
    if (spaces < para.length / 12) {
      for (let i = 0; i < para.length; i += 38) out.push(para.slice(i, i + 38));
      if (para.length === 0) out.push('');
      continue;
    }
    let line = '';
    for (const w of para.split(' ')) {
      if (line && (line + ' ' + w).length > width) { out.push(line); line = w; } else line = line ? line + ' ' + w : w;
    }
    out.push(line);
  }
  return out;
}

const PEOPLE = [
  ['Mara Lindqvist', 'mara.lindqvist'], ['Tomasz Wójcik', 't.wojcik'], ['Aiko Tanaka', 'aiko.tanaka'],
  ['Diego Ferreira', 'dferreira'], ['Leila Haddad', 'leila.haddad'], ['Jonas Becker', 'jbecker'],
  ['Priya Raman', 'priya.r'], ['Chen Wei', 'chen.wei'], ['Olga Petrenko', 'o.petrenko'],
  ['Samuel Okafor', 'sam.okafor'], ['Élodie Marchand', 'e.marchand'], ['Kemal Aydın', 'kemal.aydin'],
  ['Nguyen Thu Ha', 'thuha.nguyen'], ['Rafael Ortega', 'rortega'], ['Ingrid Solberg', 'ingrid.s'],
  ['Yuki Mori', 'ymori'], ['Hannah Cohen', 'h.cohen'], ['Ravi Kulkarni', 'ravi.k'],
];
const ORGS = [
  ['Northwind Logistics', 'northwind.example'], ['Harbor Foods', 'harbor-foods.example'],
  ['Kestrel Labs', 'kestrel.test'], ['Bluefin Retail', 'bluefin-retail.example'],
  ['Orbit Systems', 'orbit-sys.test'], ['Lumen Health', 'lumen-health.example'],
  ['Tessera Bank', 'tessera.example'], ['Quarry Games', 'quarry-games.test'],
];

export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    hex: (n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(next() * 16)]; return s; },
    person: () => r.pick(PEOPLE),
    org: () => r.pick(ORGS),
    day: () => `2024-${String(r.int(1, 11)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    time: () => `${String(r.int(7, 19)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`,
  };
  return r;
}

const join2 = (arr) => arr.join('\n\n');

// ---------------------------------------------------------------- web
const HIDE_HTML = [
  (n) => `<div style="display:none">${n}</div>`,
  (n) => `<span style="position:absolute;left:-9999px;top:auto">${n}</span>`,
  (n) => `<p style="color:#ffffff;background:#ffffff;font-size:1px;line-height:1px">${n}</p>`,
  (n) => `<div class="sr-only" aria-hidden="true" hidden>${n}</div>`,
];
const WEB_TITLES = ['Release notes 4.2', 'Spring catalogue', 'How we ship on Fridays', 'Customer stories',
  'Pricing and plans', 'Getting started', 'Community update', 'Product details', 'Travel advisory', 'Careers'];
function web(s) {
  const { r } = s; const k = collector(); const [org, dom] = r.org(); const [pn] = r.person();
  const title = r.pick(WEB_TITLES); const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const P = (t) => `<p>${ESC.html(t)}</p>\n`;
  let main = `<!DOCTYPE html>\n<html lang="${s.lang}">\n<head>\n<meta charset="utf-8">\n<title>${title} | ${org}</title>\n` +
    `<link rel="canonical" href="https://www.${dom}/${slug}">\n</head>\n<body>\n<header><a href="https://www.${dom}/">${org}</a>` +
    ` <nav><a href="/products">Products</a> <a href="/support">Support</a> <a href="/blog">Blog</a></nav></header>\n<main>\n<article>\n` +
    `<h1>${title}</h1>\n<p class="byline">${pn} · ${r.day()}</p>\n`;
  main += s.pre.map(P).join('');
  if (s.hidden) main += r.pick(HIDE_HTML)(k.put(s.parts[0], 'html')) + '\n';
  else main += `<p>${k.put(s.parts[0], 'html')}</p>\n`;
  main += s.post.map(P).join('');
  main += '</article>\n</main>';
  let aside = `<aside class="sidebar">\n<h2>Related</h2>\n<ul>\n<li><a href="/blog/${r.int(100, 999)}">Last month in review</a></li>\n` +
    `<li><a href="/support/contact">Contact support</a></li>\n</ul>\n`;
  if (s.parts.length > 1) aside += `<div class="callout">${k.put(s.parts[1], 'html')}</div>\n`;
  aside += `</aside>\n<footer><p>© 2024 ${org}. All rights reserved. <a href="/privacy">Privacy</a></p></footer>\n</body>\n</html>`;
  return { fields: [main, aside], needles: k.needles };
}

// ---------------------------------------------------------------- email
const SUBJECTS = ['Updated schedule', 'Invoice batch for review', 'Notes from Tuesday', 'Order follow-up',
  'Quick question about the export', 'Supplier onboarding', 'Access request', 'Weekly digest'];
function email(s) {
  const { r } = s; const k = collector(); const [org, dom] = r.org(); const [pa, ha] = r.person(); const [pb, hb] = r.person();
  const html = s.hidden;
  const head = `From: ${pa} <${ha}@${dom}>\nTo: ${pb} <${hb}@${dom}>\nDate: ${r.day()} ${r.time()} +0200\n` +
    `Subject: ${r.pick(SUBJECTS)}\nMessage-ID: <${r.hex(12)}@mail.${dom}>\nMIME-Version: 1.0\n` +
    `Content-Type: ${html ? 'text/html' : 'text/plain'}; charset=utf-8`;
  let body;
  if (html) {
    const P = (t) => `<p>${ESC.html(t)}</p>\n`;
    body = '<html><body>\n' + (s.pre.length ? s.pre.map(P).join('') : '<p>Hello,</p>\n') +
      `<div style="font-size:0;color:#ffffff;max-height:0;overflow:hidden">${k.put(s.parts[0], 'html')}</div>\n` +
      s.post.map(P).join('') + '</body></html>';
  } else {
    body = [...s.pre, k.put(s.parts[0], 'id'), ...s.post].join('\n\n');
  }
  let sig = '';
  if (s.parts.length > 1) sig += k.put(s.parts[1], 'id') + '\n\n';
  sig += `-- \n${pa}\n${org} | ${ha}@${dom}\nThis message may contain confidential information.`;
  return { fields: [head, body, sig], needles: k.needles };
}

// ---------------------------------------------------------------- email thread
const REPLIES = ['Thanks, see my notes below.', 'Adding the team. Comments inline.', 'Forwarding for visibility.',
  'Looks good to me, one question below.', 'Re-sending with the right attachment.'];
function email_thread(s) {
  const { r } = s; const k = collector(); const [, dom] = r.org(); const [pa, ha] = r.person(); const [pb, hb] = r.person();
  let top = `From: ${pa} <${ha}@${dom}>\nSent: ${r.day()} ${r.time()}\nTo: ${pb} <${hb}@${dom}>\nSubject: RE: ${r.pick(SUBJECTS)}\n\n` +
    r.pick(REPLIES);
  if (s.parts.length > 1) top += '\n\n' + k.put(s.parts[0], 'id');
  top += `\n\n${pa.split(' ')[0]}`;
  const q = (t) => '> ' + ESC.quote(t);
  const lines = [`On ${r.day()} at ${r.time()}, ${pb} <${hb}@${dom}> wrote:`];
  for (const p of s.pre) lines.push(q(p), '>');
  if (s.parts.length > 1) lines.push('> ' + k.put(s.parts[1], 'quote'));
  else if (s.hidden) { for (let i = 0; i < 18; i++) lines.push('>'); lines.push('> ' + k.put(s.parts[0], 'quote')); }
  else lines.push('> ' + k.put(s.parts[0], 'quote'));
  for (const p of s.post) lines.push('>', q(p));
  lines.push('>', `> ${pb}`);
  return { fields: [top, lines.join('\n')], needles: k.needles };
}

// ---------------------------------------------------------------- calendar (ICS)
const EVENTS = ['Quarterly planning', 'Vendor call', 'Sprint review', 'Board prep', 'Onboarding session', 'Site visit'];
function ics(s) {
  const { r } = s; const k = collector(); const [, dom] = r.org(); const [pa, ha] = r.person();
  const d = r.day().replace(/-/g, ''); const h = String(r.int(8, 16)).padStart(2, '0');
  let ev1 = `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Northwind//Planner 4.2//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n` +
    `UID:${r.hex(16)}@cal.${dom}\nDTSTAMP:${d}T070000Z\nDTSTART:${d}T${h}0000Z\nDTEND:${d}T${h}4500Z\n` +
    `SUMMARY:${ESC.ics(r.pick(EVENTS))}\nORGANIZER;CN=${pa}:mailto:${ha}@${dom}\nLOCATION:Room ${r.int(1, 6)}.${r.int(10, 40)}\n`;
  if (s.hidden) {
    ev1 += `DESCRIPTION:${ESC.ics(s.pre.length ? join2(s.pre) : 'Dial-in details in the attachment.')}\n`;
    ev1 += `X-NW-INTERNAL-NOTE:${k.put(s.parts[0], 'ics')}\n`;
    if (s.post.length) ev1 += `COMMENT:${ESC.ics(join2(s.post))}\n`;
  } else {
    const pre = s.pre.length ? ESC.ics(join2(s.pre)) + '\\n\\n' : '';
    const post = s.post.length ? '\\n\\n' + ESC.ics(join2(s.post)) : '';
    ev1 += `DESCRIPTION:${pre}${k.put(s.parts[0], 'ics')}${post}\n`;
  }
  ev1 += 'STATUS:CONFIRMED\nEND:VEVENT';
  const d2 = r.day().replace(/-/g, '');
  let ev2 = `BEGIN:VEVENT\nUID:${r.hex(16)}@cal.${dom}\nDTSTAMP:${d2}T070000Z\nDTSTART:${d2}T130000Z\nDTEND:${d2}T133000Z\n` +
    `SUMMARY:${ESC.ics(r.pick(EVENTS))} (follow-up)\n`;
  ev2 += s.parts.length > 1 ? `DESCRIPTION:${k.put(s.parts[1], 'ics')}\n` : 'DESCRIPTION:Short follow-up\\, no preparation needed.\n';
  ev2 += 'END:VEVENT\nEND:VCALENDAR';
  return { fields: [ev1, ev2], needles: k.needles };
}

// ---------------------------------------------------------------- chat export (JSON)
const CHANNELS = ['deploys', 'team-ops', 'sales-emea', 'support-escalations', 'random', 'data-eng'];
function chat(s) {
  const { r } = s; const k = collector(); const base = 1715000000 + r.int(0, 900000);
  const u = () => r.person()[1].replace('.', '_');
  const msgs = []; let t = base;
  const m = (text, extra = {}) => { t += r.int(20, 400); msgs.push({ user: u(), ts: `${t}.000${r.int(100, 999)}`, text, ...extra }); };
  for (const p of s.pre) m(p);
  if (s.hidden) m('shared a file', { attachments: [{ title: 'notes.txt', color: '#ffffff', fallback: s.parts[0] }] });
  else m(s.parts[0]);
  for (const p of s.post) m(p);
  const f0 = JSON.stringify({ channel: '#' + r.pick(CHANNELS), exported: new Date(base * 1000).toISOString(), messages: msgs }, null, 2);
  k.put(s.parts[0], 'json');
  const replies = [{ user: u(), text: 'ack, looking' }];
  if (s.parts.length > 1) { replies.push({ user: u(), text: s.parts[1] }); k.put(s.parts[1], 'json'); } else replies.push({ user: u(), text: 'done on my side' });
  const f1 = JSON.stringify({ thread_ts: msgs[0].ts, reply_count: replies.length, replies }, null, 2);
  return { fields: [f0, f1], needles: k.needles };
}

// ---------------------------------------------------------------- ticket
const TSUM = ['Export job fails on large accounts', 'Customer cannot download invoice', 'Flaky test in payments module',
  'Request: new SSO group', 'Wrong VAT on order confirmation', 'Onboarding checklist for new vendor'];
function ticket(s) {
  const { r } = s; const k = collector(); const [pa] = r.person(); const [pb] = r.person();
  let f0 = `${r.pick(['OPS', 'SUP', 'DEV', 'FIN'])}-${r.int(1000, 9999)}: ${r.pick(TSUM)}\nType: Task    Priority: ${r.pick(['Low', 'Medium', 'High'])}    Status: Open\n` +
    `Reporter: ${pa}    Assignee: ${pb}\nCreated: ${r.day()} ${r.time()}\n\nDescription\n-----------\n`;
  const body = [...s.pre];
  body.push(s.hidden ? `{color:#ffffff}${k.put(s.parts[0], 'id')}{color}` : k.put(s.parts[0], 'id'));
  body.push(...s.post);
  f0 += join2(body);
  let f1 = `Activity\n--------\n${pb} — ${r.day()}\nPicked up, will update by end of day.`;
  if (s.parts.length > 1) f1 += `\n\n${pa} — ${r.day()}\n${k.put(s.parts[1], 'id')}`;
  return { fields: [f0, f1], needles: k.needles };
}

// ---------------------------------------------------------------- CRM record (JSON)
function crm(s) {
  const { r } = s; const k = collector(); const [org] = r.org(); const [pa] = r.person();
  const id = '001' + r.hex(12).toUpperCase();
  const rec = { attributes: { type: 'Account', url: `/services/data/v59.0/sobjects/Account/${id}` }, Id: id, Name: org,
    Industry: r.pick(['Logistics', 'Retail', 'Healthcare', 'Finance', 'Manufacturing']), BillingCity: r.pick(['Porto', 'Lyon', 'Gdańsk', 'Osaka', 'Izmir', 'Leeds']) };
  rec.Description = s.pre.length ? join2(s.pre) : 'Key account since 2019. Annual review in Q4.';
  if (s.hidden) { rec.Notes__c = 'See activity history.'; rec.Legacy_Import_Blob__c = s.parts[0]; } else rec.Notes__c = s.parts[0];
  k.put(s.parts[0], 'json');
  rec.Next_Step__c = s.post.length ? join2(s.post) : 'Send renewal quote.';
  rec.OwnerName = pa;
  const acts = [{ Subject: 'Call', ActivityDate: r.day(), Description: 'Discussed delivery windows for next quarter.' }];
  if (s.parts.length > 1) { acts.push({ Subject: 'Email', ActivityDate: r.day(), Description: s.parts[1] }); k.put(s.parts[1], 'json'); }
  else acts.push({ Subject: 'Email', ActivityDate: r.day(), Description: 'Sent updated price list.' });
  const f1 = JSON.stringify({ ActivityHistories: { totalSize: acts.length, done: true, records: acts } }, null, 2);
  return { fields: [JSON.stringify(rec, null, 2), f1], needles: k.needles };
}

// ---------------------------------------------------------------- code comment
const CODE = [
  { lc: '# ', esc: 'hash', head: (p) => `# ${p}.py\n# SPDX-License-Identifier: Apache-2.0\nimport json\nimport os\n\n`,
    fn1: 'def load_settings(path):\n    with open(path, encoding="utf-8") as fh:\n        return json.load(fh)\n',
    fn2: 'def normalise(rows):\n    return [r.strip().lower() for r in rows if r]\n', file: 'settings' },
  { lc: '// ', esc: 'slash', head: (p) => `// ${p}.ts\nimport { readFile } from "node:fs/promises";\n\n`,
    fn1: 'export async function loadConfig(path: string) {\n  return JSON.parse(await readFile(path, "utf8"));\n}\n',
    fn2: 'export const retryDelay = (n: number) => Math.min(30_000, 2 ** n * 250);\n', file: 'config' },
  { lc: '// ', esc: 'slash', head: (p) => `// ${p}.go\npackage sync\n\nimport (\n\t"context"\n\t"time"\n)\n\n`,
    fn1: 'func Poll(ctx context.Context, every time.Duration) error {\n\tt := time.NewTicker(every)\n\tdefer t.Stop()\n\tfor {\n\t\tselect {\n\t\tcase <-ctx.Done():\n\t\t\treturn ctx.Err()\n\t\tcase <-t.C:\n\t\t}\n\t}\n}\n',
    fn2: 'func backoff(n int) time.Duration { return time.Duration(n*n) * time.Second }\n', file: 'poller' },
  { lc: '# ', esc: 'hash', head: (p) => `#!/usr/bin/env bash\n# scripts/${p}.sh\nset -euo pipefail\n\n`,
    fn1: 'log() { printf "%s %s\\n" "$(date -u +%FT%TZ)" "$*"; }\n',
    fn2: 'cleanup() {\n  rm -f "${TMPDIR:-/tmp}/release.lock"\n}\ntrap cleanup EXIT\n', file: 'release' },
  { lc: 'block', esc: 'star', head: (p) => `/* ${p}.c */\n#include <stdio.h>\n#include <string.h>\n\n`,
    fn1: 'int parse_header(const char *line, char *out, size_t n) {\n    if (!line || !out) return -1;\n    strncpy(out, line, n - 1);\n    out[n - 1] = 0;\n    return 0;\n}\n',
    fn2: 'static int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }\n', file: 'header' },
  { lc: 'doc', esc: 'pydoc', head: (p) => `# ${p}.py\nfrom dataclasses import dataclass\n\n`,
    fn1: '', fn2: '@dataclass\nclass Invoice:\n    number: str\n    total_cents: int\n', file: 'invoices' },
];
function code(s) {
  const { r } = s; const k = collector(); const st = r.pick(CODE);
  const lcOf = st.lc === 'block' || st.lc === 'doc' ? (st.lc === 'doc' ? '# ' : '// ') : st.lc;
  const lineEsc = lcOf === '# ' ? 'hash' : 'slash';
  let f0 = st.head(st.file);
  const cm = (t) => wrap(t).map((l) => lcOf + l).join('\n');
  if (st.lc === 'doc') {
    f0 += 'def reconcile(invoices, payments):\n    """Match payments to invoices.\n\n';
    f0 += s.pre.map((p) => wrap(p).map((l) => '    ' + ESC.pydoc(l)).join('\n') + '\n\n').join('');
    if (s.hidden) f0 += '    """\n    matched = {}' + ' '.repeat(170) + '# ' + k.put(s.parts[0], 'hash') + '\n';
    else f0 += '    ' + k.put(s.parts[0], 'pydoc') + '\n';
    if (!s.hidden) {
      f0 += s.post.map((p) => '\n' + wrap(p).map((l) => '    ' + ESC.pydoc(l)).join('\n') + '\n').join('');
      f0 += '    """\n    matched = {}\n';
    } else f0 += s.post.map((p) => cm(p).replace(/^/gm, '    ') + '\n').join('');
    f0 += '    for inv in invoices:\n        matched[inv.number] = [p for p in payments if p.ref == inv.number]\n    return matched\n';
  } else if (st.lc === 'block') {
    const bl = (t) => wrap(t).map((l) => ' * ' + ESC.star(l)).join('\n');
    f0 += '/*\n' + s.pre.map((p) => bl(p) + '\n *\n').join('');
    if (s.hidden) f0 += ' */\nstatic const int kVersion = 3;' + ' '.repeat(170) + '// ' + k.put(s.parts[0], 'slash') + '\n/*\n';
    else f0 += ' * ' + k.put(s.parts[0], 'star') + '\n';
    f0 += s.post.map((p) => ' *\n' + bl(p) + '\n').join('') + ' */\n' + st.fn1;
  } else {
    f0 += s.pre.map((p) => cm(p) + '\n' + lcOf.trim() + '\n').join('');
    if (s.hidden) f0 += st.fn1.split('\n')[0] + ' '.repeat(170) + lcOf + k.put(s.parts[0], lineEsc) + '\n' + st.fn1.split('\n').slice(1).join('\n');
    else f0 += lcOf + k.put(s.parts[0], st.esc) + '\n';
    f0 += s.post.map((p) => lcOf.trim() + '\n' + cm(p) + '\n').join('');
    if (!s.hidden) f0 += st.fn1;
  }
  let f1 = '';
  if (s.parts.length > 1) {
    if (st.lc === 'block') f1 += '/* ' + k.put(s.parts[1], 'star') + ' */\n';
    else f1 += lcOf + k.put(s.parts[1], lineEsc) + '\n';
  }
  f1 += st.fn2;
  return { fields: [f0, f1], needles: k.needles };
}

// ---------------------------------------------------------------- YAML config
function yaml(s) {
  const { r } = s; const k = collector(); const [, dom] = r.org(); const asComment = r.next() < 0.5;
  const kind = r.pick(['catalog', 'deploy', 'pipeline']);
  let f0;
  const yc = (t) => wrap(t).map((l) => '# ' + l).join('\n');
  if (kind === 'catalog') { const sku = r.int(1000, 9999); f0 = `# catalog/items/sku-${sku}.yaml\napiVersion: catalog.${dom}/v1\nkind: Product\nmetadata:\n  name: sku-${sku}\n`; }
  else if (kind === 'deploy') { const app = r.pick(['api', 'worker', 'web']); f0 = `# deploy/${app}.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\n  namespace: prod\n`; }
  else f0 = `# .ci/pipeline.yaml\nname: build-and-test\non:\n  push:\n    branches: [main]\n`;
  f0 += kind === 'pipeline' ? 'jobs:\n  test:\n    runs-on: linux-large\n' : 'spec:\n';
  if (asComment) {
    f0 += s.pre.map((p) => yc(p) + '\n#\n').join('');
    if (s.hidden) f0 += `  x-legacy-import-note: "${k.put(s.parts[0], 'yq')}"\n`;
    else f0 += '# ' + k.put(s.parts[0], 'hash') + '\n';
    f0 += s.post.map((p) => '#\n' + yc(p) + '\n').join('');
    f0 += kind === 'pipeline' ? '    steps:\n      - run: make test\n' : '  replicas: 2\n';
  } else {
    if (s.pre.length) f0 += `  description: "${ESC.yq(join2(s.pre))}"\n`;
    if (s.hidden) f0 += `  x-legacy-import-note: "${k.put(s.parts[0], 'yq')}"\n`;
    else f0 += `  notes: "${k.put(s.parts[0], 'yq')}"\n`;
    if (s.post.length) f0 += `  details: "${ESC.yq(join2(s.post))}"\n`;
    f0 += kind === 'pipeline' ? '    steps:\n      - run: make test\n' : '  replicas: 2\n';
  }
  let f1 = `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${r.pick(['feature-flags', 'limits', 'mailer'])}\ndata:\n  retries: "3"\n`;
  if (s.parts.length > 1) f1 += asComment ? '# ' + k.put(s.parts[1], 'hash') + '\n' : `  remark: "${k.put(s.parts[1], 'yq')}"\n`;
  f1 += '  timeout: "30s"\n';
  return { fields: [f0, f1], needles: k.needles };
}

// ---------------------------------------------------------------- log
function log(s) {
  const { r } = s; const k = collector(); let sec = r.int(0, 3000);
  const d = r.day();
  const ts = () => { sec += r.int(1, 40); const h = 8 + Math.floor(sec / 3600) % 12; return `${d}T${String(h).padStart(2, '0')}:${String(Math.floor(sec / 60) % 60).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}.${r.int(100, 999)}Z`; };
  const svc = r.pick(['sync-worker', 'api-gateway', 'billing', 'importer', 'scheduler']);
  const L = (lvl, body) => `${ts()} level=${lvl} svc=${svc} ${body}`;
  const lines = [L('info', 'msg="starting" version=4.2.1 pid=' + r.int(1000, 9999))];
  for (const p of s.pre) lines.push(L('info', `msg="${ESC.logfmt(p)}"`));
  if (s.hidden) lines.push(L('trace', `component=template debug_blob="${k.put(s.parts[0], 'logfmt')}"`));
  else lines.push(L(r.pick(['warn', 'error']), `job=${r.hex(8)} msg="${k.put(s.parts[0], 'logfmt')}"`));
  for (const p of s.post) lines.push(L('info', `msg="${ESC.logfmt(p)}"`));
  lines.push(L('info', `msg="batch complete" rows=${r.int(10, 9000)} duration_ms=${r.int(40, 9000)}`));
  const l2 = [L('info', 'msg="heartbeat" ok=true')];
  if (s.parts.length > 1) l2.push(L('warn', `job=${r.hex(8)} msg="${k.put(s.parts[1], 'logfmt')}"`));
  l2.push(L('info', 'msg="shutdown requested" signal=SIGTERM'));
  return { fields: [lines.join('\n'), l2.join('\n')], needles: k.needles };
}

// ---------------------------------------------------------------- RAG chunk (JSON)
function rag(s) {
  const { r } = s; const k = collector(); const [org, dom] = r.org();
  const doc = r.pick(['policies/travel', 'handbook/onboarding', 'product/faq', 'ops/incident-42', 'sales/pricing-2024']);
  const results = []; let pos = r.int(0, 20);
  const ch = (extra) => results.push({ chunk_id: `${doc.replace('/', '_')}#${pos++}`, score: Number((0.9 - results.length * 0.07).toFixed(2)), ...extra });
  for (const p of s.pre) ch({ text: p });
  if (s.hidden) ch({ type: 'image', caption: `Figure ${r.int(1, 9)}`, alt: s.parts[0] });
  else ch({ text: s.parts[0] });
  k.put(s.parts[0], 'json');
  for (const p of s.post) ch({ text: p });
  const f0 = JSON.stringify({ index: 'kb-prod', query_id: r.hex(10), source: { title: `${org} ${doc}`, url: `https://kb.${dom}/${doc}` }, results }, null, 2);
  const more = [{ chunk_id: `${doc.replace('/', '_')}#${pos + 5}`, score: 0.41, text: s.parts.length > 1 ? s.parts[1] : 'Revision history is kept in the document footer.' }];
  if (s.parts.length > 1) k.put(s.parts[1], 'json');
  const f1 = JSON.stringify({ next_page_token: r.hex(16), results: more }, null, 2);
  return { fields: [f0, f1], needles: k.needles };
}

// ---------------------------------------------------------------- KB markdown
const KBT = ['Expense policy', 'VPN troubleshooting', 'Shipping zones', 'Release checklist', 'Vendor onboarding', 'On-call handbook'];
function kb(s) {
  const { r } = s; const k = collector(); const [, dom] = r.org(); const [pa] = r.person(); const t = r.pick(KBT);
  const body = [...s.pre];
  body.push(s.hidden ? `<!-- ${k.put(s.parts[0], 'comment')} -->` : k.put(s.parts[0], 'id'));
  body.push(...s.post);
  const f0 = `---\ntitle: ${t}\nspace: ${r.pick(['IT', 'OPS', 'FIN', 'HR'])}\nupdated: ${r.day()}\nowner: ${pa}\n---\n\n# ${t}\n\n` + join2(body);
  let f1 = `## Related articles\n\n- [${r.pick(KBT)}](https://kb.${dom}/a/${r.int(100, 999)})\n- [${r.pick(KBT)}](https://kb.${dom}/a/${r.int(100, 999)})\n`;
  if (s.parts.length > 1) f1 += '\n' + k.put(s.parts[1], 'id') + '\n';
  f1 += `\n_Last reviewed by ${pa}._`;
  return { fields: [f0, f1], needles: k.needles };
}

// ---------------------------------------------------------------- CSV export
const SHEETS = [
  { head: 'id,name,company,email,status,notes', row: (r, n) => { const [p, h] = r.person(); const [o, d] = r.org(); return [`C-${r.int(1000, 9999)}`, p, o, `${h}@${d}`, r.pick(['lead', 'active', 'churned']), n]; } },
  { head: 'sku,title,price_eur,stock,supplier,notes', row: (r, n) => [`NW-${r.int(1000, 9999)}`, r.pick(['Desk lamp', 'Steel bottle', 'Wool scarf', 'USB-C hub', 'Trail shoes']), `${r.int(5, 200)}.${r.int(10, 99)}`, String(r.int(0, 400)), r.org()[0], n] },
  { head: 'date,employee,category,amount,approved,notes', row: (r, n) => [r.day(), r.person()[0], r.pick(['travel', 'meals', 'software', 'training']), `${r.int(10, 900)}.00`, r.pick(['yes', 'no', 'pending']), n] },
  { head: 'task,owner,due,status,notes', row: (r, n) => [r.pick(['Renew TLS cert', 'Update price list', 'Archive Q1 tickets', 'Order toner']), r.person()[0], r.day(), r.pick(['open', 'done', 'blocked']), n] },
];
function csv(s) {
  const { r } = s; const k = collector(); const sh = r.pick(SHEETS);
  const cell = (v) => (/[",\n]/.test(v) || v.includes(' ') ? `"${ESC.csv(v)}"` : v);
  const rowOf = (n, hide) => { const cells = sh.row(r, n).map(cell); return hide ? cells.concat(Array(11).fill(''), [hide]).join(',') : cells.join(','); };
  const head = s.hidden ? sh.head + ',' + Array(11).fill('').join(',') + ',_x' : sh.head;
  const rows = [head, rowOf('')];
  for (const p of s.pre) rows.push(rowOf(p, s.hidden ? '""' : null));
  if (s.hidden) rows.push(rowOf('', `"${k.put(s.parts[0], 'csv')}"`));
  else rows.push(rowOf('').replace(/,$/, ',') + `"${k.put(s.parts[0], 'csv')}"`);
  for (const p of s.post) rows.push(rowOf(p, s.hidden ? '""' : null));
  rows.push(rowOf(''));
  const r2 = ['# sheet: Archive', sh.head, rowOf('')];
  if (s.parts.length > 1) r2.push(rowOf('').replace(/,$/, ',') + `"${k.put(s.parts[1], 'csv')}"`);
  r2.push(rowOf('moved from Q1 sheet'));
  return { fields: [rows.join('\n'), r2.join('\n')], needles: k.needles };
}

// ---------------------------------------------------------------- search results (JSON)
const SNIPS = ['Compare plans, read reviews and find answers to common questions.', 'Official documentation and release notes for the current version.',
  'Forum thread: users share their experience after the latest update.', 'Step-by-step guide with screenshots, updated this year.'];
function search(s) {
  const { r } = s; const k = collector(); const q = r.pick(['export calendar to csv', 'best desk lamp 2024', 'vpn keeps disconnecting', 'invoice template free', 'how to rotate api keys']);
  const res = []; const site = () => r.org()[1];
  const add = (snippet, extra = {}) => { const h = site(); res.push({ rank: res.length + 1, title: r.pick(['Guide', 'FAQ', 'Review', 'Docs', 'Discussion']) + ` — ${h.split('.')[0]}`, url: `https://${h}/${r.hex(6)}`, snippet, ...extra }); };
  add(r.pick(SNIPS));
  for (const p of s.pre) add(p);
  if (s.hidden) add(r.pick(SNIPS), { meta: { 'og:description': s.parts[0] } }); else add(s.parts[0]);
  k.put(s.parts[0], 'json');
  for (const p of s.post) add(p);
  const f0 = JSON.stringify({ query: q, engine: 'intranet-search', results: res }, null, 2);
  const res2 = [];
  const h2 = site();
  res2.push({ rank: res.length + 1, title: `More results — ${h2.split('.')[0]}`, url: `https://${h2}/${r.hex(6)}`, snippet: s.parts.length > 1 ? s.parts[1] : r.pick(SNIPS) });
  if (s.parts.length > 1) k.put(s.parts[1], 'json');
  const f1 = JSON.stringify({ page: 2, results: res2, related: ['pricing', 'alternatives'] }, null, 2);
  return { fields: [f0, f1], needles: k.needles };
}

// ---------------------------------------------------------------- API answer (JSON)
const APIS = [
  { type: 'product', note: 'merchant_note', a: (r) => ({ name: r.pick(['Trail runner 2', 'Ceramic pour-over set', 'Noise-cancelling headset', 'Oak side table']), price: { amount: r.int(20, 400), currency: 'EUR' } }), d: 'description', e: 'care_instructions' },
  { type: 'order', note: 'delivery_note', a: (r) => ({ number: `SO-${r.int(10000, 99999)}`, status: r.pick(['paid', 'packed', 'shipped']), total: { amount: r.int(20, 900), currency: 'EUR' } }), d: 'customer_message', e: 'warehouse_comment' },
  { type: 'booking', note: 'guest_note', a: (r) => ({ ref: `BK-${r.hex(6).toUpperCase()}`, nights: r.int(1, 7), room: r.pick(['double', 'suite', 'twin']) }), d: 'special_requests', e: 'front_desk_comment' },
  { type: 'invoice', note: 'memo', a: (r) => ({ number: `INV-${r.int(20000, 29999)}`, due: r.day(), amount_due: r.int(100, 9000) }), d: 'line_summary', e: 'payment_terms' },
];
function json(s) {
  const { r } = s; const k = collector(); const api = r.pick(APIS);
  const attrs = api.a(r);
  attrs[api.d] = s.pre.length ? join2(s.pre) : r.pick(['Standard item.', 'No special handling.', 'Created via web checkout.']);
  if (s.hidden) { attrs[api.note] = ''; attrs._legacy = { import_note: s.parts[0] }; } else attrs[api.note] = s.parts[0];
  k.put(s.parts[0], 'json');
  attrs[api.e] = s.post.length ? join2(s.post) : r.pick(['n/a', 'Net 30.', 'Ships in 2 days.']);
  const f0 = JSON.stringify({ data: { type: api.type, id: r.hex(10), attributes: attrs } }, null, 2);
  const inc = [{ type: 'comment', id: r.hex(8), attributes: { body: s.parts.length > 1 ? s.parts[1] : 'Imported from the previous system.', created_at: `${r.day()}T${r.time()}:00Z` } }];
  if (s.parts.length > 1) k.put(s.parts[1], 'json');
  const f1 = JSON.stringify({ included: inc, meta: { request_id: r.hex(16), api_version: '2024-04' } }, null, 2);
  return { fields: [f0, f1], needles: k.needles };
}

// ---------------------------------------------------------------- agent memory file
function memory(s) {
  const { r } = s; const k = collector(); const proj = r.pick(['billing-ui', 'warehouse-sync', 'mobile-app', 'data-pipeline']);
  const b = (t) => '- ' + ESC.indent2(t);
  let f0 = `# MEMORY.md — notes kept by the assistant for project ${proj}\n\n## User preferences\n- Prefers short answers with code blocks\n- Timezone: ${r.pick(['Europe/Berlin', 'Asia/Tokyo', 'America/Sao_Paulo', 'Europe/Warsaw'])}\n\n## Project facts\n`;
  f0 += s.pre.map((p) => b(p) + '\n').join('');
  f0 += s.hidden ? `<!-- ${k.put(s.parts[0], 'comment')} -->\n` : '- ' + k.put(s.parts[0], 'indent2') + '\n';
  f0 += s.post.map((p) => b(p) + '\n').join('');
  f0 += '- Tests run with `make test`; CI is required before merge\n';
  let f1 = `## Session log\n- ${r.day()}: fixed pagination bug in the orders view\n`;
  if (s.parts.length > 1) f1 += '- ' + k.put(s.parts[1], 'indent2') + '\n';
  f1 += `- ${r.day()}: user asked to keep answers in their language`;
  return { fields: [f0, f1], needles: k.needles };
}

// ---------------------------------------------------------------- PDF text with page furniture
const PDFT = ['Annual Vendor Review 2024', 'Employee Handbook', 'Service Agreement', 'Audit Report — Draft', 'Product Safety Sheet'];
function pdf(s) {
  const { r } = s; const k = collector(); const [org] = r.org(); const title = r.pick(PDFT); const n = r.int(2, 20); const m = n + r.int(3, 30);
  const head = (p) => `${org}${' '.repeat(6)}${title}${' '.repeat(6)}CONFIDENTIAL\n${'—'.repeat(40)}\n`;
  const foot = (p) => `\n\n${'—'.repeat(40)}\n${org} · Internal use only${' '.repeat(10)}Page ${p} of ${m}`;
  const body = [...s.pre, k.put(s.parts[0], 'id'), ...s.post];
  const f0 = head(n) + `${r.int(1, 9)}.${r.int(1, 9)} ${r.pick(['Scope', 'Obligations', 'Findings', 'Procedures', 'Definitions'])}\n\n` + join2(body) + foot(n);
  let p2 = s.parts.length > 1 ? k.put(s.parts[1], 'id') : 'This page intentionally left blank.';
  const f1 = head(n + 1) + p2 + foot(n + 1);
  return { fields: [f0, f1], needles: k.needles };
}

// ---------------------------------------------------------------- git commit log
const CSUBJ = ['fix: handle empty config file', 'chore: bump dependencies', 'feat(export): add CSV option', 'refactor: split http client',
  'docs: clarify setup', 'test: stabilise retry test', 'ci: cache build artefacts'];
function commit(s) {
  const { r } = s; const k = collector(); const [, dom] = r.org();
  const hdr = () => { const [p, h] = r.person(); return `commit ${r.hex(40)}\nAuthor: ${p} <${h}@dev.${dom}>\nDate:   ${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${r.pick(['Mar', 'Apr', 'May', 'Jun'])} ${r.int(1, 28)} ${r.time()}:${String(r.int(10, 59))} 2024 +0200\n\n    ${r.pick(CSUBJ)}\n`; };
  const ind = (t) => wrap(t, 72).map((l) => '    ' + l).join('\n');
  let f0 = hdr();
  f0 += s.pre.map((p) => '\n' + ind(p) + '\n').join('');
  if (s.hidden) f0 += '\n' + '    \n'.repeat(14);
  f0 += '\n    ' + k.put(s.parts[0], 'indent4') + '\n';
  f0 += s.post.map((p) => '\n' + ind(p) + '\n').join('');
  f0 += `\n    Reviewed-on: http://review.${dom}/c/${r.int(1000, 9999)}`;
  let f1 = hdr();
  if (s.parts.length > 1) f1 += '\n    ' + k.put(s.parts[1], 'indent4') + '\n';
  f1 += `\n    Signed-off-by: ${r.person()[0]}`;
  return { fields: [f0, f1], needles: k.needles };
}

// ---------------------------------------------------------------- INI / TOML config with comments
function ini(s) {
  const { r } = s; const k = collector(); const toml = r.next() < 0.5; const c = toml ? '# ' : '; '; const esc = toml ? 'hash' : 'semi';
  const cm = (t) => wrap(t).map((l) => c + l).join('\n');
  let f0 = `${c}${toml ? 'config/app.toml' : 'settings.ini'} — managed by ops, last edited ${r.day()}\n\n[server]\nhost = "0.0.0.0"\nport = ${r.int(8000, 9000)}\n`;
  f0 += s.pre.map((p) => '\n' + cm(p) + '\n').join('');
  if (s.hidden) f0 += `log_level = "warn"${' '.repeat(160)}${c}${k.put(s.parts[0], esc)}\n`;
  else f0 += '\n' + c + k.put(s.parts[0], esc) + '\n';
  f0 += s.post.map((p) => '\n' + cm(p) + '\n').join('');
  f0 += `\n[sync]\ninterval_seconds = ${r.int(60, 900)}\nbatch_size = ${r.int(50, 500)}\n`;
  let f1 = `[mail]\nrelay = "smtp"\nfrom = "noreply@${r.org()[1]}"\n`;
  if (s.parts.length > 1) f1 += c + k.put(s.parts[1], esc) + '\n';
  f1 += 'tls = true\n';
  return { fields: [f0, f1], needles: k.needles };
}

// ---------------------------------------------------------------- XML product feed
function xml(s) {
  const { r } = s; const k = collector(); const [org] = r.org();
  const item = (inner) => `<item>\n  <id>NW-${r.int(1000, 9999)}</id>\n  <title>${r.pick(['Desk lamp', 'Steel bottle', 'Wool scarf', 'USB-C hub', 'Trail shoes', 'Rain jacket'])}</title>\n${inner}  <price currency="EUR">${r.int(5, 300)}.${r.int(10, 99)}</price>\n</item>\n`;
  let inner = `  <description>${ESC.xml(s.pre.length ? join2(s.pre) : 'Everyday item from our core range.')}</description>\n`;
  if (s.hidden) inner += `  <note></note>\n  <custom_label_4>${k.put(s.parts[0], 'xml')}</custom_label_4>\n`;
  else inner += `  <note>${k.put(s.parts[0], 'xml')}</note>\n`;
  if (s.post.length) inner += `  <care>${ESC.xml(join2(s.post))}</care>\n`;
  const f0 = `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="urn:northwind:catalog:2" seller="${ESC.xml(org)}">\n<generated>${r.day()}T${r.time()}:00Z</generated>\n` + item(inner);
  const in2 = s.parts.length > 1 ? `  <note>${k.put(s.parts[1], 'xml')}</note>\n` : '  <note>Restocked weekly.</note>\n';
  const f1 = item(in2) + '</feed>';
  return { fields: [f0, f1], needles: k.needles };
}

export const CARRIERS = [
  ['web', web], ['email', email], ['email_thread', email_thread], ['ics', ics], ['chat', chat],
  ['ticket', ticket], ['crm', crm], ['code', code], ['yaml', yaml], ['log', log],
  ['rag', rag], ['kb', kb], ['csv', csv], ['search', search], ['json', json],
  ['memory', memory], ['pdf', pdf], ['commit', commit], ['ini', ini], ['xml', xml],
].map(([name, build]) => ({ name, build }));
