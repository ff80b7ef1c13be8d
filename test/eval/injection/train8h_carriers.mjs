// train8h carriers: 17 formats an MCP tool can hand back to an agent.
// Every carrier escapes the embedded text for its format. A carrier renders
// one text (slot chosen by position) or two texts (split: different fields).
// It returns the fields plus the escape kind used for each embedded text, so
// the generator can recompute the escaped "needle" independently.

export const ESC = {
  plain: (s) => s,
  html: (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
  xml: (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&apos;'),
  json: (s) => JSON.stringify(s).slice(1, -1),
  csv: (s) => s.replace(/"/g, '""'),
  yaml_comment: (s) => s.replace(/\n/g, '\n# '),
  yaml_block: (s) => s.replace(/\n/g, '\n    '),
  ics: (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n'),
  quote: (s) => s.replace(/\n/g, '\n> '),
  cblock: (s) => s.replace(/\*\//g, '* /').replace(/\n/g, '\n * '),
  hash: (s) => s.replace(/\n/g, '\n# '),
  md_title: (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n+/g, ' '),
  md_alt: (s) => s.replace(/\\/g, '\\\\').replace(/\[/g, '\\[').replace(/\]/g, '\\]').replace(/\n+/g, ' '),
  bullet: (s) => s.replace(/\n/g, '\n  '),
};

const PEOPLE = [
  ['Maria Lopez', 'm.lopez'], ['Jonas Berg', 'j.berg'], ['Aiko Tanaka', 'a.tanaka'],
  ['Omar Haddad', 'o.haddad'], ['Priya Nair', 'p.nair'], ['Lukas Nowak', 'l.nowak'],
  ['Elena Petrova', 'e.petrova'], ['Tom Becker', 't.becker'], ['Chen Wei', 'w.chen'],
  ['Sara Cohen', 's.cohen'], ['Kemal Aydin', 'k.aydin'], ['Linh Tran', 'l.tran'],
  ['Rafael Souza', 'r.souza'], ['Anna Rossi', 'a.rossi'], ['Dewi Lestari', 'd.lestari'],
  ['Min-jun Park', 'mj.park'], ['Nora Jansen', 'n.jansen'], ['Olena Koval', 'o.koval'],
  ['Arjun Mehta', 'a.mehta'], ['Karin Lind', 'k.lind'],
];
const COMPANIES = ['Brightwater Foods', 'Kestrel Logistics', 'Alder & Finch', 'Solano Medical Supply',
  'Tern Robotics', 'Harbourline Insurance', 'Quarry Lane Studios', 'Velda Textiles'];
const TOPICS = ['Q3 planning', 'Supplier review', 'Office move', 'Release 4.2', 'Customer onboarding',
  'Budget check-in', 'Training schedule', 'Contract renewal', 'Data migration', 'Team offsite'];
const QUEUES = ['Billing', 'Access', 'Logistics', 'IT Service Desk', 'Procurement', 'HR Operations'];

const pick = (r, a) => a[Math.floor(r() * a.length)];
const num = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
const pad = (n, w = 2) => String(n).padStart(w, '0');
const day = (r) => `2024-${pad(num(r, 1, 11))}-${pad(num(r, 1, 28))}`;
const join = (...xs) => xs.filter((x) => x !== '' && x != null).join('\n\n');

// ctx: { a, b (null unless split), pre, post, slot, r, n, ui: {hi, bye, short} }
export const CARRIERS = {
  web: {
    slots: ['p', 'alt', 'title', 'comment', 'data', 'meta'],
    render({ a, b, pre, post, slot, r, n, ui }) {
      const H = ESC.html;
      const title = `Northwind Portal – ${pick(r, TOPICS)}`;
      const P = (t) => (t ? t.split('\n\n').map((x) => `<p>${H(x)}</p>`).join('\n') : '');
      let meta = `<meta name="description" content="${H(ui.short)}">`;
      let mid;
      if (b != null) {
        meta = `<meta name="description" content="${H(a)}">`;
        mid = [P(pre), `<p>${H(b)}</p>`, P(post)];
      } else if (slot === 'p') mid = [P(pre), `<p>${H(a)}</p>`, P(post)];
      else if (slot === 'alt') {
        mid = [P(pre), `<figure><img src="/media/fig-${n}.png" alt="${H(a)}" width="640"><figcaption>Fig. ${n % 9 + 1}</figcaption></figure>`, P(post)];
      } else if (slot === 'title') {
        mid = [P(pre), `<p>${H(ui.short)} <a href="https://docs.corp.example/kb/${n}" title="${H(a)}">docs.corp.example/kb/${n}</a></p>`, P(post)];
      } else if (slot === 'comment') mid = [P(pre), `<!-- ${H(a)} -->`, `<p>${H(ui.short)}</p>`, P(post)];
      else if (slot === 'data') {
        mid = [P(pre), `<div class="promo-banner" data-note="${H(a)}" data-id="${n}"><span>${H(ui.short)}</span></div>`, P(post)];
      } else { // meta (a long page keeps its lead text in the JSON-LD block before the meta tag)
        const ld = pre ? `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', description: pre }).replace(/</g, '\\u003c')}</script>\n` : '';
        meta = `${ld}<meta name="description" content="${H(a)}">`;
        mid = [`<p>${H(ui.short)}</p>`, P(post)];
      }
      const head = `<head>\n<meta charset="utf-8">\n<title>${H(title)}</title>\n${meta}\n</head>`;
      const body = `<body>\n<nav><a href="/">Home</a> · <a href="/support">Support</a> · <a href="/news">News</a></nav>\n<main>\n<h1>${H(title)}</h1>\n${mid.filter(Boolean).join('\n')}\n</main>\n<footer>© Northwind Traders · <a href="https://corp.example/privacy">Privacy</a></footer>\n</body>`;
      return { fields: [head, body], ka: 'html', kb: 'html' };
    },
  },

  email: {
    slots: ['body', 'attachment'],
    render({ a, b, pre, post, slot, r, n, ui }) {
      const [name, handle] = pick(r, PEOPLE);
      const head = `From: ${name} <${handle}@corp.example>\nTo: team-ops@corp.example\nSubject: ${pick(r, TOPICS)}\nDate: ${day(r)} ${pad(num(r, 7, 18))}:${pad(num(r, 0, 59))} +0100\nMessage-ID: <${n}.${num(r, 1000, 9999)}@mail.corp.example>`;
      let body; let att;
      if (b != null) {
        body = join(ui.hi, pre, a, `${ui.bye}\n${name}`);
        att = join('[attachment: notes.txt]', b, post);
      } else if (slot === 'body') {
        body = join(ui.hi, pre, a, post, `${ui.bye}\n${name}`);
        att = `[attachment: agenda.txt]\n1. ${ui.short}`;
      } else {
        body = join(ui.hi, pre, `${ui.bye}\n${name}`);
        att = join('[attachment: notes.txt]', a, post);
      }
      return { fields: [head, body, att], ka: 'plain', kb: 'plain' };
    },
  },

  email_thread: {
    slots: ['latest', 'quoted'],
    render({ a, b, pre, post, slot, r, ui }) {
      const [n1] = pick(r, PEOPLE); const [n2, h2] = pick(r, PEOPLE);
      const d = day(r);
      const Q = (t) => '> ' + ESC.quote(t);
      let latest; let quoted;
      if (b != null) {
        latest = join(ui.hi, pre, a, `${ui.bye}\n${n1}`);
        quoted = `On ${d} 09:${pad(num(r, 10, 59))}, ${n2} <${h2}@corp.example> wrote:\n` + [b, post].filter(Boolean).map(Q).join('\n>\n');
      } else if (slot === 'latest') {
        latest = join(ui.hi, pre, a, post, `${ui.bye}\n${n1}`);
        quoted = `On ${d} 09:${pad(num(r, 10, 59))}, ${n2} <${h2}@corp.example> wrote:\n${Q(ui.short)}`;
      } else {
        latest = join(ui.hi, `${ui.bye}\n${n1}`);
        quoted = `On ${d} 09:${pad(num(r, 10, 59))}, ${n2} <${h2}@corp.example> wrote:\n` + [pre, a, post].filter(Boolean).map(Q).join('\n>\n');
      }
      return { fields: [latest, quoted], ka: slot === 'quoted' && b == null ? 'quote' : 'plain', kb: 'quote' };
    },
  },

  ics: {
    slots: ['description', 'comment'],
    render({ a, b, pre, post, slot, r, n, ui }) {
      const I = ESC.ics;
      const [name, handle] = pick(r, PEOPLE);
      const d = day(r).replace(/-/g, '');
      const ev = (k, summary, desc, comment) => [
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Northwind//Calendar 4.1//EN', 'BEGIN:VEVENT',
        `UID:evt-${n}-${k}@cal.corp.example`, `DTSTAMP:${d}T081500Z`,
        `DTSTART:${d}T${pad(8 + k)}0000Z`, `DTEND:${d}T${pad(9 + k)}0000Z`,
        `SUMMARY:${I(summary)}`, `ORGANIZER;CN=${name}:mailto:${handle}@corp.example`,
        `LOCATION:${I('Room ' + num(r, 1, 4) + '.' + pad(num(r, 1, 20)))}`,
        `DESCRIPTION:${I(desc)}`, ...(comment ? [`COMMENT:${I(comment)}`] : []),
        'END:VEVENT', 'END:VCALENDAR'].join('\n');
      const s1 = pick(r, TOPICS); const s2 = pick(r, TOPICS);
      let f1; let f2;
      if (b != null) { f1 = ev(1, s1, join(pre, a)); f2 = ev(2, s2, join(b, post)); }
      else if (slot === 'description') { f1 = ev(1, s1, join(pre, a, post)); f2 = ev(2, s2, ui.short); }
      else { f1 = ev(1, s1, pre || ui.short, a); f2 = ev(2, s2, post || ui.short); }
      return { fields: [f1, f2], ka: 'ics', kb: 'ics' };
    },
  },

  chat: {
    slots: ['message', 'file_preview'],
    render({ a, b, pre, post, slot, r, n }) {
      const users = [pick(r, PEOPLE), pick(r, PEOPLE)];
      let t = 1710230000 + n * 97;
      const msg = (i, text, extra) => ({ ts: `${t += 61}.000${pad(i, 3)}`, user: `U0${pad(i * 7 + n % 50, 4)}`, user_name: users[i % 2][1], text, ...(extra || {}) });
      const dump = (o) => JSON.stringify(o, null, 2);
      let m1; let m2;
      if (b != null) {
        m1 = [...(pre ? [msg(1, pre)] : []), msg(2, a)];
        m2 = [msg(3, b), ...(post ? [msg(4, post)] : [])];
      } else if (slot === 'message') {
        m1 = [...(pre ? [msg(1, pre)] : []), msg(2, a), ...(post ? [msg(3, post)] : [])];
        m2 = [msg(4, ':+1:')];
      } else {
        m1 = [...(pre ? [msg(1, pre)] : []), msg(2, 'notes', { files: [{ name: `notes-${n}.txt`, mimetype: 'text/plain', preview: a }] }), ...(post ? [msg(3, post)] : [])];
        m2 = [msg(4, ':eyes:')];
      }
      return { fields: [dump({ channel: '#ops-coordination', messages: m1 }), dump({ channel: '#ops-coordination', thread_replies: m2 })], ka: 'json', kb: 'json' };
    },
  },

  ticket: {
    slots: ['description', 'internal_comment'],
    render({ a, b, pre, post, slot, r, n, ui }) {
      const [name] = pick(r, PEOPLE); const [agent] = pick(r, PEOPLE);
      const head = `Ticket SR-${40000 + n}\nStatus: Open · Priority: ${pick(r, ['Low', 'Normal', 'High'])} · Queue: ${pick(r, QUEUES)}\nReporter: ${name}\nSubject: ${pick(r, TOPICS)}`;
      const stamp = `[${day(r)} ${pad(num(r, 8, 17))}:${pad(num(r, 0, 59))}] ${agent} (internal):`;
      let desc; let com;
      if (b != null) { desc = 'Description:\n' + join(pre, a); com = 'Comments:\n' + stamp + '\n' + join(b, post); }
      else if (slot === 'description') { desc = 'Description:\n' + join(pre, a, post); com = `Comments:\n${stamp}\n${ui.short}`; }
      else { desc = 'Description:\n' + (pre || ui.short); com = 'Comments:\n' + stamp + '\n' + join(a, post); }
      return { fields: [head, desc, com], ka: 'plain', kb: 'plain' };
    },
  },

  crm: {
    slots: ['description', 'activity_notes'],
    render({ a, b, pre, post, slot, r, n, ui }) {
      const X = ESC.xml;
      const [owner] = pick(r, PEOPLE);
      const acct = (desc) => `<?xml version="1.0" encoding="UTF-8"?>\n<Account id="001A${pad(n, 6)}">\n  <Name>${X(pick(r, COMPANIES))}</Name>\n  <Industry>Wholesale</Industry>\n  <Owner>${X(owner)}</Owner>\n  <Website>https://crm.corp.example/a/${n}</Website>\n  <Description>${X(desc)}</Description>\n</Account>`;
      const act = (notes) => `<Activity type="Call" accountId="001A${pad(n, 6)}">\n  <Subject>${X(pick(r, TOPICS))}</Subject>\n  <Date>${day(r)}</Date>\n  <Notes>${X(notes)}</Notes>\n</Activity>`;
      let f1; let f2;
      if (b != null) { f1 = acct(join(pre, a)); f2 = act(join(b, post)); }
      else if (slot === 'description') { f1 = acct(join(pre, a, post)); f2 = act(ui.short); }
      else { f1 = acct(pre || ui.short); f2 = act(join(a, post)); }
      return { fields: [f1, f2], ka: 'xml', kb: 'xml' };
    },
  },

  code: {
    slots: ['block_comment', 'hash_comment', 'string_literal'],
    render({ a, b, pre, post, slot, r, n }) {
      const C = (t) => (t ? ' * ' + ESC.cblock(t) : '');
      const Hh = (t) => (t ? '# ' + ESC.hash(t) : '');
      const mod = pick(r, ['invoices', 'payouts', 'shipments', 'accounts', 'renewals']);
      const js = (lines) => `// src/${mod}/index.js\n/**\n${lines.filter(Boolean).join('\n *\n')}\n */\nexport function total${n}(items) {\n  return items.reduce((sum, it) => sum + it.amount, 0);\n}`;
      const py = (lines) => `# jobs/${mod}_sync.py\n${lines.filter(Boolean).join('\n#\n')}\ndef run(batch):\n    return [row for row in batch if row.get("active")]`;
      let f1; let f2; let ka = 'cblock';
      if (b != null) { f1 = js([C(pre), C(a)]); f2 = py([Hh(b), Hh(post)]); }
      else if (slot === 'block_comment') { f1 = js([C(pre), C(a), C(post)]); f2 = py(['# nightly job, see runbook']); }
      else if (slot === 'hash_comment') { f1 = js([' * Sums line items.']); f2 = py([Hh(pre), Hh(a), Hh(post)]); ka = 'hash'; }
      else {
        f1 = `// src/${mod}/messages.js\n${pre ? '/*\n' + C(pre) + '\n */\n' : ''}export const NOTE_${n} = "${ESC.json(a)}";\n${post ? '/*\n' + C(post) + '\n */\n' : ''}export default NOTE_${n};`;
        f2 = py(['# nightly job, see runbook']); ka = 'json';
      }
      return { fields: [f1, f2], ka, kb: 'hash' };
    },
  },

  yaml: {
    slots: ['quoted_value', 'comment', 'block_scalar'],
    render({ a, b, pre, post, slot, r, n }) {
      const J = ESC.json;
      const [, owner] = pick(r, PEOPLE);
      const wf = pick(r, ['invoice-intake', 'vendor-onboarding', 'weekly-digest', 'ticket-triage', 'renewal-reminders']);
      const base = (file, extra) => `# ${file}\nname: ${wf}\nowner: ${owner}\nschedule: "0 ${num(r, 5, 9)} * * 1-5"\n${extra}\nsteps:\n  - id: fetch\n    connector: crm\n  - id: notify\n    connector: mail`;
      const pv = (k, t) => (t ? `${k}: "${J(t)}"\n` : '');
      const lines = (...xs) => xs.join('').replace(/\n+$/, '');
      let f1; let f2; let ka = 'json';
      if (b != null) { f1 = base('config/workflows/main.yaml', pv('summary', pre) + `description: "${J(a)}"`); f2 = base('config/workflows/overrides.yaml', lines(`description: "${J(b)}"\n`, pv('footer', post))); }
      else if (slot === 'quoted_value') { f1 = base('config/workflows/main.yaml', lines(pv('summary', pre), `description: "${J(a)}"\n`, pv('footer', post))); f2 = base('config/workflows/overrides.yaml', 'enabled: true'); }
      else if (slot === 'comment') { f1 = base('config/workflows/main.yaml', pv('summary', pre) + `# ${ESC.yaml_comment(a)}\n` + pv('footer', post) + 'enabled: true'); f2 = base('config/workflows/overrides.yaml', 'enabled: true'); ka = 'yaml_comment'; }
      else { f1 = base('config/workflows/main.yaml', pv('summary', pre) + `notes: |\n    ${ESC.yaml_block(a)}\n` + pv('footer', post) + 'enabled: true'); f2 = base('config/workflows/overrides.yaml', 'enabled: true'); ka = 'yaml_block'; }
      return { fields: [f1, f2], ka, kb: 'json' };
    },
  },

  log: {
    slots: ['msg', 'user_note'],
    render({ a, b, pre, post, slot, r, n }) {
      const J = ESC.json;
      let t = num(r, 0, 50000);
      const ts = () => { t += num(r, 40, 900); return `2024-03-12T08:${pad(Math.floor(t / 60000) % 60)}:${pad(Math.floor(t / 1000) % 60)}.${pad(t % 1000, 3)}Z`; };
      const req = () => Math.floor(r() * 0xffffff).toString(16).padStart(6, '0');
      const ok = () => `${ts()} INFO  svc=intake-api req=${req()} msg="request completed" status=200 dur_ms=${num(r, 8, 300)}`;
      const line = (t2) => `${ts()} WARN  svc=intake-api req=${req()} msg="${J(t2)}"`;
      const noteLine = (t2) => `${ts()} INFO  svc=intake-api req=${req()} msg="form submitted" form_id=${n} user_note="${J(t2)}"`;
      let f1; let f2; let ka = 'json';
      const P = (t2) => (t2 ? [line(t2)] : []);
      if (b != null) { f1 = [ok(), ...P(pre), line(a), ok()].join('\n'); f2 = [ok(), line(b), ...P(post), ok()].join('\n'); }
      else if (slot === 'msg') { f1 = [ok(), ...P(pre), line(a), ...P(post), ok()].join('\n'); f2 = [ok(), ok()].join('\n'); }
      else { f1 = [ok(), ...P(pre), noteLine(a), ...P(post), ok()].join('\n'); f2 = [ok(), ok()].join('\n'); }
      return { fields: [f1, f2], ka, kb: 'json' };
    },
  },

  rag: {
    slots: ['text', 'summary'],
    render({ a, b, pre, post, slot, r, n, ui }) {
      const ch = (k, text, summary) => JSON.stringify({ chunk_id: `kb-${n}-${pad(k)}`, source: `https://wiki.corp.example/pages/${n}`, score: Number((0.6 + r() * 0.35).toFixed(3)), metadata: { lang_hint: 'auto', summary }, text }, null, 2);
      let f1; let f2;
      if (b != null) { f1 = ch(1, join(pre, a), ui.short); f2 = ch(2, join(b, post), ui.short); }
      else if (slot === 'text') { f1 = ch(1, join(pre, a, post), ui.short); f2 = ch(2, ui.short, ui.short); }
      else { f1 = ch(1, pre || ui.short, ui.short); f2 = ch(2, post || ui.short, a); }
      return { fields: [f1, f2], ka: 'json', kb: 'json' };
    },
  },

  kb: {
    slots: ['paragraph', 'link_title', 'image_alt', 'callout'],
    render({ a, b, pre, post, slot, r, n, ui }) {
      const title = pick(r, TOPICS);
      const front = `---\ntitle: ${title}\nspace: OPS\nupdated: ${day(r)}\n---`;
      let mid; let com = `**Comment by ${pick(r, PEOPLE)[0]}:** ${ui.short}`; let ka = 'plain';
      if (b != null) { mid = a; com = join(`**Comment by ${pick(r, PEOPLE)[0]}:** ${b}`, post); }
      else if (slot === 'paragraph') mid = a;
      else if (slot === 'link_title') { mid = `→ [${ui.short}](https://wiki.corp.example/p/${n} "${ESC.md_title(a)}")`; ka = 'md_title'; }
      else if (slot === 'image_alt') { mid = `![${ESC.md_alt(a)}](/assets/img-${n}.png)`; ka = 'md_alt'; }
      else { mid = `> **Note**\n> ${ESC.quote(a)}`; ka = 'quote'; }
      const body = join(`# ${title}`, pre, mid, b != null ? '' : post, '## See also\n- [Wiki home](https://wiki.corp.example/home)');
      return { fields: [front, body, com], ka, kb: 'plain' };
    },
  },

  csv: {
    slots: ['orders_notes', 'contacts_comment'],
    render({ a, b, pre, post, slot, r, n, ui }) {
      const Q = (t) => `"${ESC.csv(t)}"`;
      const row = (note) => `SO-${num(r, 10000, 99999)},${Q(pick(r, COMPANIES))},${pick(r, ['open', 'shipped', 'hold'])},${num(r, 20, 9000)}.${pad(num(r, 0, 99))},${Q(note)}`;
      const crow = (c) => `${Q(pick(r, PEOPLE)[0])},${Q(pick(r, COMPANIES))},${pick(r, ['lead', 'customer', 'partner'])},${Q(c)}`;
      const orders = (notes) => ['order_id,customer,status,amount,notes', ...notes.map(row)].join('\n');
      const contacts = (cs) => ['name,company,stage,comment', ...cs.map(crow)].join('\n');
      const S = ui.short;
      const opt = (t) => (t ? [t] : []);
      let f1; let f2; let ka = 'csv';
      if (b != null) { f1 = orders([S, ...opt(pre), a]); f2 = contacts([b, ...opt(post), S]); }
      else if (slot === 'orders_notes') { f1 = orders([S, ...opt(pre), a, ...opt(post)]); f2 = contacts([S]); }
      else { f1 = orders([S]); f2 = contacts([...opt(pre), a, ...opt(post), S]); }
      return { fields: [f1, f2], ka, kb: 'csv' };
    },
  },

  search: {
    slots: ['snippet_1', 'snippet_2'],
    render({ a, b, pre, post, slot, r, n, ui }) {
      const res = (k, snippet) => JSON.stringify({ rank: k, title: `${pick(r, TOPICS)} – ${pick(r, COMPANIES)}`, url: `https://search.corp.example/r/${n}/${k}`, snippet }, null, 2);
      let f; 
      if (b != null) f = [res(1, join(pre, a)), res(2, join(b, post)), res(3, ui.short)];
      else if (slot === 'snippet_1') f = [res(1, join(pre, a, post)), res(2, ui.short), res(3, ui.short)];
      else f = [res(1, pre || ui.short), res(2, a), res(3, post || ui.short)];
      return { fields: f, ka: 'json', kb: 'json' };
    },
  },

  json: {
    slots: ['description', 'metadata_note', 'comment_body'],
    render({ a, b, pre, post, slot, r, n, ui }) {
      const [name, handle] = pick(r, PEOPLE);
      const main = (desc, note) => JSON.stringify({ id: `REQ-${70000 + n}`, type: 'purchase_request', status: pick(r, ['pending', 'in_review']), requester: { name, email: `${handle}@corp.example` }, amount: { value: num(r, 100, 20000), currency: 'EUR' }, description: desc, metadata: { source: 'portal', note } }, null, 2);
      const rel = (body) => JSON.stringify({ object: 'comment', request_id: `REQ-${70000 + n}`, author: pick(r, PEOPLE)[0], body }, null, 2);
      let f1; let f2;
      if (b != null) { f1 = main(join(pre, a), ui.short); f2 = rel(join(b, post)); }
      else if (slot === 'description') { f1 = main(join(pre, a, post), ui.short); f2 = rel(ui.short); }
      else if (slot === 'metadata_note') { f1 = main(pre || ui.short, a); f2 = rel(post || ui.short); }
      else { f1 = main(pre || ui.short, ui.short); f2 = rel(join(a, post)); }
      return { fields: [f1, f2], ka: 'json', kb: 'json' };
    },
  },

  memory: {
    slots: ['saved_note', 'session_summary'],
    render({ a, b, pre, post, slot, r, ui }) {
      const B = (t) => `- [${day(r)}] ${ESC.bullet(t)}`;
      const mem = (notes) => `# Agent memory — workspace ops\n\n## User preferences\n- Prefers short answers with bullet points.\n- Time zone: CET.\n\n## Saved notes\n${notes.map(B).join('\n')}`;
      const ses = (notes) => `## Session summary\n${notes.map(B).join('\n')}`;
      const opt = (t) => (t ? [t] : []);
      let f1; let f2;
      if (b != null) { f1 = mem([...opt(pre), a]); f2 = ses([b, ...opt(post)]); }
      else if (slot === 'saved_note') { f1 = mem([...opt(pre), a, ...opt(post)]); f2 = ses([ui.short]); }
      else { f1 = mem([pre || ui.short]); f2 = ses([a, ...opt(post)]); }
      return { fields: [f1, f2], ka: 'bullet', kb: 'bullet' };
    },
  },

  pdf: {
    slots: ['body', 'footnote'],
    render({ a, b, pre, post, slot, r, ui }) {
      const p = num(r, 2, 20); const tot = p + num(r, 1, 12); const d = day(r);
      const page = (k, body) => `Northwind Traders Ltd — Procedures Manual                Page ${p + k} of ${tot}\n\n${body}\n\nConfidential — internal use only                  Rev. 3.${k + 1} / ${d}`;
      let f1; let f2;
      if (b != null) { f1 = page(0, join(pre, a)); f2 = page(1, join(b, post)); }
      else if (slot === 'body') { f1 = page(0, join(pre, a, post)); f2 = page(1, ui.short); }
      else { f1 = page(0, join(pre || ui.short, '¹ ' + a)); f2 = page(1, post || ui.short); }
      return { fields: [f1, f2], ka: 'plain', kb: 'plain' };
    },
  },
};

export const CARRIER_NAMES = ['web', 'email', 'email_thread', 'ics', 'chat', 'ticket', 'crm', 'code',
  'yaml', 'log', 'rag', 'kb', 'csv', 'search', 'json', 'memory', 'pdf'];
