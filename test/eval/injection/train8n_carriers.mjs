// train8n carriers: 17 tool-output formats. Every carrier escapes text for its
// own format (esc) and lays out paragraphs (build). All escapers are
// character-level maps, so esc(a + b) === esc(a) + esc(b) for the way the
// generator uses them (whole paragraphs), which keeps needles checkable.
// Hand-written for train8n; Node 20 built-ins only.

export const CARRIERS = [
  'web', 'email', 'email_thread', 'ics', 'chat', 'ticket', 'crm', 'code', 'yaml',
  'log', 'rag', 'kb', 'csv', 'search', 'json', 'memory', 'pdf',
];

// ---- deterministic PRNG (mulberry32) --------------------------------------
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, arr) => arr[Math.floor(r() * arr.length)];
const pad = (x, w = 2) => String(x).padStart(w, '0');

// ---- escapers ----------------------------------------------------------------
export const escHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const escJson = (s) => JSON.stringify(s).slice(1, -1);
export const escIcs = (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
export const escQuoted = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
export const escCsv = (s) => s.replace(/"/g, '""');
export const escMd = (s) => s.replace(/([\\`*_])/g, '\\$1');
export const escMbox = (s) => s.replace(/(^|\n)From /g, '$1>From ');
export const escChat = (s) => s.replace(/\n/g, '\n    ');
export const escJira = (s) => s.replace(/([{}[\]])/g, '\\$1');
export const escMemory = (s) => s.replace(/\r?\n/g, ' ');
export const escPdf = (s) => s.replace(/'/g, '\u2019').replace(/"/g, '\u201d');

const CODE_STYLES = [
  { name: 'js', prefix: '//' },
  { name: 'py', prefix: '#' },
  { name: 'go', prefix: '//' },
  { name: 'sql', prefix: '--' },
];
const codeStyle = (n) => CODE_STYLES[n % CODE_STYLES.length];
export const escCode = (s, n) => s.replace(/\n/g, '\n' + codeStyle(n).prefix + ' ');

// ---- shared chrome -----------------------------------------------------------
const SITES = ['shop.example', 'kitchen-notes.example', 'forum.example', 'news.example', 'travel.example',
  'docs.example', 'reviews.example', 'health.example', 'homegoods.example', 'community.test'];
const MAIL_DOMAINS = ['mail.example', 'corp.example', 'northwind.example', 'post.test', 'lists.example', 'partner.invalid'];
const PEOPLE = [
  ['Anna Berg', 'anna.berg'], ['Tomasz Nowak', 't.nowak'], ['Lucía Romero', 'lucia.romero'],
  ['Kenji Sato', 'k.sato'], ['Amara Okafor', 'amara.o'], ['Jonas Keller', 'jkeller'],
  ['Mei Lin', 'mei.lin'], ['Rafael Costa', 'rcosta'], ['Olga Petrova', 'o.petrova'],
  ['Elif Yilmaz', 'elif.y'], ['Priya Nair', 'priya.n'], ['Hoa Tran', 'hoa.tran'],
  ['Sven Lund', 'sven.lund'], ['Chloé Martin', 'c.martin'], ['Dewi Lestari', 'dewi.l'],
  ['Youssef Haddad', 'y.haddad'], ['Jana Dvořáková', 'jana.d'], ['Min-jun Park', 'mj.park'],
];
const NICKS = ['kettlefan', 'm_ortega', 'baker_jo', 'sunny88', 'trailmix', 'nadia.k', 'pixelpete', 'quietreader'];
const CHANNELS = ['general', 'team-ops', 'projekt-alpha', 'support', 'random', 'launch-2024'];
const SERVICES = ['billing-sync', 'order-api', 'notify', 'search-indexer', 'report-gen', 'auth-proxy'];

function date(r) {
  return `2024-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`;
}
function time(r) {
  return `${pad(8 + Math.floor(r() * 10))}:${pad(Math.floor(r() * 60))}`;
}
// RFC 5322 date with a correct weekday; minusDays gives an earlier date for quotes.
function rfcDate(r, base = null, minusDays = 0) {
  const t = base ?? Date.UTC(2024, Math.floor(r() * 12), 1 + Math.floor(r() * 28), 7 + Math.floor(r() * 11), Math.floor(r() * 60), Math.floor(r() * 60));
  const d = new Date(t - minusDays * 86400000 - (minusDays ? Math.floor(r() * 5) * 3600000 : 0));
  return { t, text: d.toUTCString().replace(/^(\w{3}), 0?/, '$1, ').replace('GMT', '+0000') };
}
const paraHtml = (p) => (p.startsWith('<') ? p : `<p>${p}</p>`);

// Each build receives { n, lang, title, A, B, seed } where A and B are lists of
// already-escaped paragraphs (B only for two-part records). It returns fields.
const C = {};

C.web = {
  html: true,
  esc: (s) => escHtml(s),
  build({ n, lang, title, A, B, r }) {
    const host = pick(r, SITES);
    const t = escHtml(title);
    const f = [`<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${t}</title>\n` +
      `<link rel="canonical" href="https://${host}/p/${1000 + n}">\n</head>\n<body>\n` +
      `<header><a href="/">${host}</a> | <a href="/about">About</a> | <a href="/contact">Contact</a></header>\n` +
      `<main>\n<article>\n<h1>${t}</h1>\n${A.map(paraHtml).join('\n')}\n</article>\n</main>\n` +
      `<footer><small>&copy; 2024 ${host} &middot; <a href="/privacy">Privacy</a></small></footer>\n</body>\n</html>`];
    if (B) {
      f.push(`<section class="comments">\n<h2>Comments</h2>\n` +
        B.map((p, i) => `<div class="comment"><b>${pick(r, NICKS)}</b> <time>${date(r)}</time>\n${paraHtml(p)}</div>`).join('\n') +
        `\n</section>`);
    }
    return f;
  },
};

C.email = {
  html: true,
  esc: (s) => escHtml(s),
  build({ n, title, A, B, r }) {
    const [from, fu] = pick(r, PEOPLE);
    const [to, tu] = pick(r, PEOPLE);
    const d1 = pick(r, MAIL_DOMAINS);
    const d2 = pick(r, MAIL_DOMAINS);
    const f = [`From: ${from} <${fu}@${d1}>\nTo: ${to} <${tu}@${d2}>\nSubject: ${title}\nDate: ${rfcDate(r).text}\n` +
      `Message-ID: <${100000 + n}.${Math.floor(r() * 9000) + 1000}@${d1}>\nMIME-Version: 1.0\nContent-Type: text/html; charset="utf-8"`,
    `<html><body style="font-family:Arial,sans-serif;font-size:14px">\n${A.map(paraHtml).join('\n')}\n<p>--<br>${escHtml(from)}</p>\n</body></html>`];
    if (B) {
      f.push(`<html><body>\n<p>P.S.</p>\n${B.map(paraHtml).join('\n')}\n</body></html>`);
    }
    return f;
  },
};

C.email_thread = {
  html: false,
  esc: (s) => escMbox(s),
  build({ title, A, B, r }) {
    const [from, fu] = pick(r, PEOPLE);
    const [prev, pu] = pick(r, PEOPLE);
    const d1 = pick(r, MAIL_DOMAINS);
    const d2 = pick(r, MAIL_DOMAINS);
    const reply = rfcDate(r);
    const quoted = rfcDate(r, reply.t, 1 + Math.floor(r() * 3));
    const f = [`From: ${from} <${fu}@${d1}>\nTo: ${prev} <${pu}@${d2}>\nSubject: Re: ${title}\nDate: ${reply.text}\n\n` +
      `${A.join('\n\n')}\n\n${from.split(' ')[0]}\n\nOn ${quoted.text}, ${prev} <${pu}@${d2}> wrote:\n> ${title}\n> [earlier message trimmed]`];
    if (B) {
      const [third, tu2] = pick(r, PEOPLE);
      f.push(`From: ${third} <${tu2}@${d1}>\nSubject: Re: ${title}\nDate: ${rfcDate(r, reply.t + 3 * 3600000).text}\n\n${B.join('\n\n')}\n\n${third.split(' ')[0]}`);
    }
    return f;
  },
};

C.ics = {
  html: false,
  esc: (s) => escIcs(s),
  build({ n, title, A, B, r }) {
    const [org, ou] = pick(r, PEOPLE);
    const d = date(r).replace(/-/g, '');
    const h = 9 + Math.floor(r() * 7);
    const ev = (uid, desc, extra) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Team Calendar//Export 3.1//EN\r\nMETHOD:REQUEST\r\n` +
      `BEGIN:VEVENT\r\nUID:${uid}@calendar.example\r\nDTSTAMP:${d}T070000Z\r\nDTSTART:${d}T${pad(h)}0000Z\r\nDTEND:${d}T${pad(h + 1)}0000Z\r\n` +
      `SUMMARY:${escIcs(title)}\r\nORGANIZER;CN=${org}:mailto:${ou}@${pick(r, MAIL_DOMAINS)}\r\n` +
      `LOCATION:${escIcs(pick(r, ['Room 4.12', 'Video call', 'Sala Azul', 'Raum Elbe', 'Café Lumen']))}\r\n${extra}` +
      `DESCRIPTION:${desc}\r\nEND:VEVENT\r\nEND:VCALENDAR`;
    const f = [ev(`evt-${7000 + n}`, A.join('\\n\\n'), '')];
    if (B) f.push(ev(`evt-${7000 + n}`, B.join('\\n\\n'), `RECURRENCE-ID:${d}T${pad(h)}0000Z\r\nSEQUENCE:2\r\n`));
    return f;
  },
};

C.chat = {
  html: false,
  esc: (s) => escChat(s),
  build({ title, A, B, r }) {
    const ch = pick(r, CHANNELS);
    const d = date(r);
    const names = PEOPLE.map((p) => p[0].split(' ')[0]);
    let minute = 8 * 60 + Math.floor(r() * 300);
    const line = (p) => {
      minute += 1 + Math.floor(r() * 9);
      return `[${d} ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}] ${pick(r, names)}: ${p}`;
    };
    const f = [`Chat export: #${ch} (${title})\nExported ${d}, times in UTC\n\n${A.map(line).join('\n')}`];
    if (B) f.push(`Thread replies in #${ch}\n\n${B.map(line).join('\n')}`);
    return f;
  },
};

C.ticket = {
  html: false,
  esc: (s) => escJira(s),
  build({ n, title, A, B, r }) {
    const key = pick(r, ['HELP', 'OPS', 'CS', 'IT', 'SUP']);
    const [rep] = pick(r, PEOPLE);
    const f = [`[${key}-${3000 + n}] ${escJira(title)}\nStatus: Open    Priority: ${pick(r, ['Low', 'Medium', 'High'])}    Reporter: ${rep}\n` +
      `Created: ${date(r)} ${time(r)}\nComponent: ${pick(r, ['Billing', 'Accounts', 'Web shop', 'Mobile app', 'Infrastructure'])}\n\nDescription:\n${A.join('\n\n')}`];
    if (B) {
      const [who] = pick(r, PEOPLE);
      f.push(`Comment by ${who} (${date(r)} ${time(r)}):\n${B.join('\n\n')}`);
    }
    return f;
  },
};

C.crm = {
  html: false,
  esc: (s) => escJson(s),
  build({ n, title, A, B, r }) {
    const [name, u] = pick(r, PEOPLE);
    const f = [`{\n  "Id": "003Q${pad(n, 6)}",\n  "Account": "${escJson(title)}",\n  "Contact": "${escJson(name)}",\n` +
      `  "Email": "${u}@${pick(r, MAIL_DOMAINS)}",\n  "Stage": "${pick(r, ['Prospecting', 'Negotiation', 'Closed Won', 'Renewal'])}",\n` +
      `  "LastModified": "${date(r)}T${time(r)}:00Z",\n  "Description": "${A.join('\\n\\n')}"\n}`];
    if (B) {
      f.push(`{\n  "ActivityType": "Note",\n  "WhatId": "003Q${pad(n, 6)}",\n  "CreatedBy": "${escJson(pick(r, PEOPLE)[0])}",\n  "Body": "${B.join('\\n\\n')}"\n}`);
    }
    return f;
  },
};

C.code = {
  html: false,
  esc: (s, n) => escCode(s, n),
  build({ n, A, B }) {
    const st = codeStyle(n);
    const block = (paras) => paras.map((p) => `${st.prefix} ${p}`).join(`\n${st.prefix}\n`);
    let f1;
    if (st.name === 'js') {
      f1 = `// src/orders/sync.js\nimport { fetchOrders } from "./api.js";\n\n${block(A)}\nexport async function syncOrders(client) {\n` +
        `  const orders = await fetchOrders(client);\n  return orders.filter((o) => o.status !== "void");\n}\n`;
    } else if (st.name === 'py') {
      f1 = `"""settings loader for the reporting job."""\nimport json\n\n${block(A)}\ndef load_config(path):\n` +
        `    with open(path, encoding="utf-8") as fh:\n        return json.load(fh)\n`;
    } else if (st.name === 'go') {
      f1 = `package billing\n\n${block(A)}\nfunc Total(items []Item) int {\n\tsum := 0\n\tfor _, it := range items {\n` +
        `\t\tsum += it.Price\n\t}\n\treturn sum\n}\n`;
    } else {
      f1 = `-- migrations/0042_customer_notes.sql\n${block(A)}\nALTER TABLE customers ADD COLUMN notes TEXT;\n` +
        `CREATE INDEX idx_customers_region ON customers (region);\n`;
    }
    const f = [f1];
    if (B) {
      const head = st.name === 'py' ? 'tests/test_config.py' : st.name === 'sql' ? 'migrations/0043_seed.sql' : 'README section (inline)';
      f.push(`${st.prefix} ${head}\n${block(B)}\n`);
    }
    return f;
  },
};

C.yaml = {
  html: false,
  esc: (s) => escQuoted(s),
  build({ title, A, B, r }) {
    const svc = pick(r, SERVICES);
    const f = [`# ${title.replace(/\n/g, ' ')}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${svc}-settings\n  namespace: prod\n` +
      `  annotations:\n    owner: "team-${pick(r, ['payments', 'growth', 'platform', 'support'])}"\n    description: "${A.join('\\n\\n')}"\n` +
      `data:\n  LOG_LEVEL: "info"\n  REGION: "eu-west-1"\n  RETRY_LIMIT: "5"\n`];
    if (B) f.push(`# overrides/${svc}.yaml\nnotes: "${B.join('\\n\\n')}"\nreviewed: false\n`);
    return f;
  },
};

C.log = {
  html: false,
  esc: (s) => escQuoted(s),
  build({ A, B, r }) {
    const svc = pick(r, SERVICES);
    const d = date(r);
    let sec = Math.floor(r() * 40);
    const ts = () => `${d}T10:${pad(Math.floor(sec / 60) + 12)}:${pad((sec += 3) % 60)}Z`;
    const req = `req-${Math.floor(r() * 900000) + 100000}`;
    const line = (p) => `${ts()} level=info svc=${svc} req=${req} msg="${p}"`;
    const f = [`${ts()} level=info svc=${svc} req=${req} msg="request started" path=/v1/import\n` +
      `${A.map(line).join('\n')}\n${ts()} level=info svc=${svc} req=${req} msg="request finished" status=200 dur_ms=${Math.floor(r() * 900) + 40}`];
    if (B) f.push(`${B.map(line).join('\n')}\n${ts()} level=warn svc=${svc} req=${req} msg="retry scheduled" attempt=2`);
    return f;
  },
};

C.rag = {
  html: false,
  esc: (s) => escJson(s),
  build({ n, title, A, B, r }) {
    const host = pick(r, SITES);
    const doc = `doc-${4000 + n}`;
    const chunk = (i, paras) => `{"chunk_id": "${doc}#${i}", "source": "https://${host}/kb/${doc}", "title": "${escJson(title)}", ` +
      `"score": 0.${70 + Math.floor(r() * 29)}, "text": "${paras.join('\\n\\n')}"}`;
    const f = [chunk(3, A)];
    if (B) f.push(chunk(4, B));
    return f;
  },
};

C.kb = {
  html: false,
  esc: (s) => escMd(s),
  build({ title, A, B, r }) {
    const [who] = pick(r, PEOPLE);
    const f = [`# ${escMd(title)}\n\n_Last edited ${date(r)} by ${who}_\n\n${A.join('\n\n')}\n\n---\nTags: ${pick(r, ['shared', 'team', 'howto', 'notes'])}, ${pick(r, ['2024', 'draft', 'archive'])}`];
    if (B) f.push(`## Comments\n\n**${pick(r, PEOPLE)[0]}:** ${B.join('\n\n')}`);
    return f;
  },
};

C.csv = {
  html: false,
  esc: (s) => escCsv(s),
  build({ A, B, r }) {
    const [who] = pick(r, PEOPLE);
    const cat = pick(r, ['feedback', 'note', 'review', 'request']);
    const row = (p) => `${date(r)},${who},${cat},"${p}"`;
    const f = [`date,author,category,text\n${A.map(row).join('\n')}`];
    if (B) f.push(`date,author,category,text\n${B.map(row).join('\n')}`);
    return f;
  },
};

C.search = {
  html: false,
  esc: (s) => escJson(s),
  build({ title, A, B, r }) {
    const q = escJson(title);
    const res = (paras, start) => paras.map((p, i) => {
      const host = pick(r, SITES);
      return `    {"rank": ${start + i}, "title": "${q} | ${host}", "url": "https://${host}/${Math.floor(r() * 9000) + 1000}", "snippet": "${p}"}`;
    }).join(',\n');
    const f = [`{\n  "query": "${q}",\n  "page": 1,\n  "results": [\n${res(A, 1)}\n  ]\n}`];
    if (B) f.push(`{\n  "query": "${q}",\n  "page": 2,\n  "results": [\n${res(B, 11)}\n  ]\n}`);
    return f;
  },
};

C.json = {
  html: false,
  esc: (s) => escJson(s),
  build({ n, title, A, B, r }) {
    const [who] = pick(r, PEOPLE);
    const f = [`{"status": "ok", "data": {"id": ${n}, "type": "${pick(r, ['article', 'listing', 'review', 'doc'])}", ` +
      `"title": "${escJson(title)}", "author": "${escJson(who)}", "body": "${A.join('\\n\\n')}", "updated_at": "${date(r)}T${time(r)}:00Z"}}`];
    if (B) f.push(`{"status": "ok", "data": {"comments": [{"id": ${n * 10 + 1}, "author": "${pick(r, NICKS)}", "text": "${B.join('\\n\\n')}"}]}}`);
    return f;
  },
};

C.memory = {
  html: false,
  esc: (s) => escMemory(s),
  build({ title, A, B, r }) {
    const f = [`# MEMORY.md (assistant notes, workspace: ${escMemory(title)})\n\n## Preferences\n- Prefers short answers with a summary first.\n` +
      `- Timezone: ${pick(r, ['Europe/Berlin', 'America/Sao_Paulo', 'Asia/Tokyo', 'Europe/Madrid'])}\n\n## Notes\n` +
      A.map((p) => `- [${date(r)}] ${p}`).join('\n')];
    if (B) f.push(`# memory/${date(r)}.md\n\n${B.map((p) => `- ${p}`).join('\n')}`);
    return f;
  },
};

C.pdf = {
  html: false,
  esc: (s) => escPdf(s),
  build({ title, A, B, r }) {
    const org = pick(r, ['Northwind Consulting', 'Lumen Foods GmbH', 'Atlas Viagens', 'Kestrel Labs', 'Studio Vela']);
    const t = escPdf(title);
    const total = B ? 2 : 1;
    const f = [`${t}                                        ${org}\n\n${A.join('\n\n')}\n\n` +
      `${org} | Confidential                                      Page 1 of ${total}`];
    if (B) f.push(`${t} (cont.)\n\n${B.join('\n\n')}\n\n${org} | Confidential                                      Page 2 of ${total}`);
    return f;
  },
};

export const CARRIER_IMPL = C;
