// train8k carriers: how a payload (or look-alike, or harmful text) is embedded in a tool
// output. Every carrier escapes the text for its own format, can place a second part in a
// different field (split records), and knows a format-native way of hiding a line.
//
// Interface of a carrier:
//   prepare(r)              -> state (variant picked with the seeded PRNG r)
//   esc(text, st)           -> the escaped form of text as it appears in the output
//   hide(text, st, r)       -> { s, needle }: a hidden presentation s that contains needle
//   build(ctx)              -> fields (array of strings)
// ctx = { slots: [{ raw, s, needle, hidden }], st, r, pre: [raw paragraphs],
//         post: [raw paragraphs], title, lang }

export const htmlEsc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
const csvEsc = (s) => s.replace(/"/g, '""');
const icsEsc = (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
const dqEsc = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const tmplEsc = (s) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
const mdCell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
const prefixLines = (p) => (s) => s.split('\n').join('\n' + p);

export const pick = (r, a) => a[Math.floor(r() * a.length)];

const PEOPLE = ['Ana Ruiz', 'Tomás Herrera', 'Claire Dubois', 'Jonas Weber', 'Mariana Costa', 'Luca Ferri',
  'Sanne de Vries', 'Piotr Nowak', 'Olga Petrova', 'Mehmet Yilmaz', 'Layla Haddad', 'Noa Levi',
  'Arjun Mehta', 'Wei Zhang', 'Yuki Tanaka', 'Minji Park', 'Linh Nguyen', 'Budi Santoso', 'Erik Lund',
  'Tereza Horáková', 'Sam Carter', 'Grace Okafor'];
const ORGS = [
  { name: 'Nordhaven Supplies', host: 'nordhaven.example' },
  { name: 'Brightlane Travel', host: 'brightlane.test' },
  { name: 'Kestrel Analytics', host: 'kestrel-analytics.example' },
  { name: 'Casa Molina', host: 'casamolina.example' },
  { name: 'Linden & Hart', host: 'lindenhart.test' },
  { name: 'Orchid Health', host: 'orchid-health.example' },
  { name: 'Atlas Freight', host: 'atlasfreight.example' },
  { name: 'Pixelmint Studio', host: 'pixelmint.test' },
];
const TITLES = ['Order update', 'Supplier onboarding', 'Weekly notes', 'Product details', 'Account settings',
  'Travel request', 'Invoice 2025-0318', 'Team offsite', 'Help centre', 'Release checklist',
  'Refund request', 'Vendor questionnaire', 'Booking confirmation', 'Project kickoff'];
const DATES = ['Mon, 3 Mar 2025 09:14', 'Tue, 4 Mar 2025 16:02', 'Wed, 5 Mar 2025 11:47',
  'Thu, 6 Mar 2025 08:30', 'Fri, 7 Mar 2025 14:21', 'Mon, 10 Mar 2025 10:05', 'Tue, 11 Mar 2025 17:38'];
const ISO = ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07', '2025-03-10', '2025-03-11'];

const slug = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '');
function person(r, not = []) {
  let name = pick(r, PEOPLE);
  while (not.some((p) => p.name === name)) name = PEOPLE[(PEOPLE.indexOf(name) + 1) % PEOPLE.length];
  const org = pick(r, ORGS);
  return { name, first: name.split(' ')[0], org, email: `${slug(name)}@${org.host}` };
}
function people(r, n) {
  const out = [];
  while (out.length < n) out.push(person(r, out));
  return out;
}
export const defaultTitle = (r) => pick(r, TITLES);

// ---------------------------------------------------------------- carriers
const web = {
  name: 'web',
  prepare: (r) => ({ v: pick(r, ['p', 'blockquote', 'attr_title', 'attr_data', 'li']), org: pick(r, ORGS) }),
  esc: (t) => htmlEsc(t),
  hide(t, st, r) {
    const n = htmlEsc(t);
    const s = pick(r, [
      `<div style="display:none">${n}</div>`,
      `<!-- ${n} -->`,
      `<span style="font-size:0;color:transparent">${n}</span>`,
      `<p hidden>${n}</p>`,
      `<img src="/img/spacer.gif" alt="${n}" width="1" height="1">`,
    ]);
    return { s, needle: n };
  },
  build({ slots, st, pre, post, title, lang }) {
    const [a, b] = slots;
    let main;
    if (a.hidden) main = a.s;
    else if (st.v === 'p') main = `<p>${a.s}</p>`;
    else if (st.v === 'blockquote') main = `<blockquote class="review">\n  <p>${a.s}</p>\n  <cite>— verified buyer</cite>\n</blockquote>`;
    else if (st.v === 'attr_title') main = `<p class="note" title="${a.s}">Shipping &amp; returns</p>`;
    else if (st.v === 'attr_data') main = `<section class="seller" data-seller-note="${a.s}">\n  <h2>About the seller</h2>\n</section>`;
    else main = `<ul class="details">\n  <li>${a.s}</li>\n  <li>Free returns within 30 days</li>\n</ul>`;
    const paras = [...pre.map((p) => `<p>${htmlEsc(p)}</p>`), main, ...post.map((p) => `<p>${htmlEsc(p)}</p>`)];
    const t = htmlEsc(title);
    const page = `<!doctype html>\n<html lang="${lang.split('-')[0]}">\n<head><meta charset="utf-8"><title>${t} · ${htmlEsc(st.org.name)}</title></head>\n<body>\n<header><nav><a href="/">Home</a> · <a href="/help">Help</a> · <a href="/cart">Cart</a></nav></header>\n<main>\n<h1>${t}</h1>\n${paras.join('\n')}\n</main>\n<footer>© 2025 ${htmlEsc(st.org.name)} · <a href="https://www.${st.org.host}/privacy">Privacy</a></footer>\n</body>\n</html>`;
    const fields = [page];
    if (b) fields.push(`<aside id="comments">\n<h2>Comments</h2>\n<div class="comment"><p>${b.s}</p></div>\n</aside>`);
    return fields;
  },
};

const form = {
  name: 'form',
  prepare: (r) => ({ v: pick(r, ['help', 'placeholder', 'label', 'legend']) }),
  esc: (t) => htmlEsc(t),
  hide(t, st, r) {
    const n = htmlEsc(t);
    return { s: pick(r, [`<input type="hidden" name="note" value="${n}">`, `<label class="visually-hidden">${n}</label>`, `<!-- ${n} -->`]), needle: n };
  },
  build({ slots, st, pre, post, title }) {
    const [a, b] = slots;
    let main;
    if (a.hidden) main = a.s;
    else if (st.v === 'help') main = `<p class="help">${a.s}</p>`;
    else if (st.v === 'placeholder') main = `<textarea name="comments" rows="4" placeholder="${a.s}"></textarea>`;
    else if (st.v === 'label') main = `<label for="ref">${a.s}</label>\n<input id="ref" name="ref">`;
    else main = `<fieldset>\n<legend>Notes</legend>\n<small>${a.s}</small>\n</fieldset>`;
    const intro = pre.map((p) => `<p class="intro">${htmlEsc(p)}</p>`).join('\n');
    const outro = post.map((p) => `<p class="intro">${htmlEsc(p)}</p>`).join('\n');
    const html = `<form action="/submit" method="post">\n<h2>${htmlEsc(title)}</h2>\n${intro ? intro + '\n' : ''}<label for="name">Full name</label>\n<input id="name" name="name" required>\n${main}\n<label for="email">E-mail</label>\n<input id="email" type="email" name="email">\n${outro ? outro + '\n' : ''}<button type="submit">Send</button>\n</form>`;
    const fields = [html];
    if (b) fields.push(`<div class="form-footer">\n<p>${b.s}</p>\n</div>`);
    return fields;
  },
};

const email = {
  name: 'email',
  prepare: (r) => { const [from, to] = people(r, 2); return { from, to, date: pick(r, DATES) }; },
  esc: (t) => htmlEsc(t),
  hide(t, st, r) {
    const n = htmlEsc(t);
    return { s: pick(r, [`<div style="display:none;max-height:0;overflow:hidden">${n}</div>`, `<span style="color:#ffffff;font-size:1px">${n}</span>`, `<!-- ${n} -->`]), needle: n };
  },
  build({ slots, st, pre, post, title }) {
    const [a, b] = slots;
    const head = `From: ${st.from.name} <${st.from.email}>\nTo: ${st.to.name} <${st.to.email}>\nSubject: ${title}\nDate: ${st.date} +0100\nContent-Type: text/html; charset=UTF-8`;
    const main = a.hidden ? a.s : `<p>${a.s}</p>`;
    const body = `<html><body>\n<p>Hi ${htmlEsc(st.to.first)},</p>\n${[...pre.map((p) => `<p>${htmlEsc(p)}</p>`), main, ...post.map((p) => `<p>${htmlEsc(p)}</p>`)].join('\n')}\n<p>Best regards,<br>${htmlEsc(st.from.name)}</p>\n</body></html>`;
    const fields = [head, body];
    if (b) fields.push(`<p style="font-size:11px;color:#666666">${b.s}</p>`);
    return fields;
  },
};

const TOP_REPLIES = ['Thanks, I will look at this after lunch.', 'Adding Sam for visibility, see below.',
  'Looks fine to me, comments inline.', 'Can we discuss this in tomorrow\'s call?', 'Noted. Forwarding to the right team.',
  'See the thread below, just so you have the context.'];
const email_thread = {
  name: 'email_thread',
  prepare: (r) => { const [a, b] = people(r, 2); return { a, b, date: pick(r, DATES), reply: pick(r, TOP_REPLIES) }; },
  esc: prefixLines('> '),
  hide: (t) => ({ s: `<!-- ${t} -->`, needle: t }),
  build({ slots, st, pre, post, title }) {
    const [a, b] = slots;
    const q = prefixLines('> ');
    const head = `From: ${st.a.name} <${st.a.email}>\nTo: ${st.b.name} <${st.b.email}>\nSubject: Re: ${title}\nIn-Reply-To: <${st.date.replace(/\D/g, '')}@mail.${st.b.org.host}>`;
    const top = `${b ? b.s : st.reply}\n\n— ${st.a.first}`;
    const quoted = [...pre.map(q), a.s, ...post.map(q)].join('\n>\n> ');
    return [head, top, `On ${st.date}, ${st.b.name} <${st.b.email}> wrote:\n> ${quoted}`];
  },
};

const FWD_NOTES = ['FYI, see below.', 'Forwarding this so it is in the shared inbox.', 'Passing this on, not sure who owns it.',
  'For your records.', 'Can you take this one?'];
const email_forward = {
  name: 'email_forward',
  prepare: (r) => { const [a, b, c] = people(r, 3); return { a, b, c, date: pick(r, DATES), note: pick(r, FWD_NOTES) }; },
  esc: (t) => t,
  hide: (t) => ({ s: `<!-- ${t} -->`, needle: t }),
  build({ slots, st, pre, post, title }) {
    const [a, b] = slots;
    const head = `From: ${st.a.name} <${st.a.email}>\nTo: ${st.c.name} <${st.c.email}>\nSubject: Fwd: ${title}`;
    const note = b ? b.s : st.note;
    const fwd = `---------- Forwarded message ---------\nFrom: ${st.b.name} <${st.b.email}>\nDate: ${st.date}\nSubject: ${title}\nTo: ${st.a.name} <${st.a.email}>\n\n${[...pre, a.s, ...post].join('\n\n')}`;
    return [head, `${note}\n\n${st.a.first}`, fwd];
  },
};

const calendar = {
  name: 'calendar',
  prepare: (r) => ({ org: person(r), v: pick(r, ['DESCRIPTION', 'DESCRIPTION', 'COMMENT']), day: pick(r, ISO), uid: Math.floor(r() * 1e8) }),
  esc: (t) => icsEsc(t),
  hide: (t) => ({ s: `X-NOTE-INTERNAL:${icsEsc(t)}`, needle: icsEsc(t) }),
  build({ slots, st, pre, post, title }) {
    const [a, b] = slots;
    const d = st.day.replace(/-/g, '');
    const ev = (uid, summary, lines) => `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Corp Calendar//EN\nBEGIN:VEVENT\nUID:${uid}@cal.corp.example\nDTSTAMP:${d}T080000Z\nDTSTART:${d}T130000Z\nDTEND:${d}T140000Z\nSUMMARY:${icsEsc(summary)}\nORGANIZER;CN=${st.org.name}:mailto:${st.org.email}\nLOCATION:Room 4.12\n${lines.join('\n')}\nEND:VEVENT\nEND:VCALENDAR`;
    const lines = [];
    if (a.hidden) {
      lines.push(`DESCRIPTION:${pre.length ? pre.map(icsEsc).join('\\n\\n') : 'Agenda to follow.'}`);
      lines.push(a.s);
      if (post.length) lines.push(`COMMENT:${post.map(icsEsc).join('\\n\\n')}`);
    } else {
      const parts = [...pre.map(icsEsc), a.s, ...post.map(icsEsc)];
      if (st.v !== 'DESCRIPTION') lines.push('DESCRIPTION:Agenda to follow.');
      lines.push(`${st.v}:${parts.join('\\n\\n')}`);
    }
    const fields = [ev(st.uid, title, lines)];
    if (b) fields.push(ev(st.uid + 1, `${title} (follow-up)`, [`DESCRIPTION:${b.s}`]));
    return fields;
  },
};

const CHANNELS = ['#team-purchasing', '#support-escalations', '#vendors', '#travel-desk', '#release-train', '#general'];
const chat = {
  name: 'chat',
  prepare: (r) => ({ ch: pick(r, CHANNELS), people: people(r, 3), day: pick(r, ISO) }),
  esc: (t) => t.replace(/\n/g, '\n    '),
  hide: (t) => ({ s: `||${t.replace(/\n/g, '\n    ')}||`, needle: t.replace(/\n/g, '\n    ') }),
  build({ slots, st, pre, post }) {
    const [a, b] = slots;
    const [p0, p1, p2] = st.people;
    let min = 2;
    const line = (who, txt) => `[${st.day} 09:${String(min++).padStart(2, '0')}] ${who.name}: ${txt}`;
    const msgs = [line(p0, 'morning all'),
      ...pre.map((p, i) => line(i % 2 ? p0 : p2, chat.esc(p))),
      line(p1, a.s),
      ...post.map((p, i) => line(i % 2 ? p2 : p0, chat.esc(p))),
      line(p2, 'ok, thanks')];
    const fields = [`# ${st.ch} — exported ${st.day}\n${msgs.join('\n')}`];
    if (b) fields.push(`Thread replies (${st.ch}):\n[${st.day} 10:15] ${p1.name}: ${b.s}`);
    return fields;
  },
};

const ticket = {
  name: 'ticket',
  prepare: (r) => { const [req, agent] = people(r, 2); return { req, agent, n: 40000 + Math.floor(r() * 9999) }; },
  esc: (t) => t,
  hide: (t) => ({ s: `<!-- ${t} -->`, needle: t }),
  build({ slots, st, pre, post, title }) {
    const [a, b] = slots;
    const desc = [...pre, a.s, ...post].join('\n\n');
    const main = `Ticket #${st.n} · ${title}\nStatus: Open · Priority: Normal · Requester: ${st.req.name} <${st.req.email}>\n\nDescription:\n${desc}`;
    let comments = `Comments:\n— ${st.agent.name} (agent): Thanks, we are looking into it.`;
    if (b) comments += `\n— ${st.req.name} (requester): ${b.s}`;
    return [main, comments];
  },
};

const crm = {
  name: 'crm',
  prepare: (r) => { const [c, owner] = people(r, 2); return { c, owner, stage: pick(r, ['Qualification', 'Negotiation', 'Closed won', 'Renewal']) }; },
  esc: (t) => t.replace(/\n/g, '\n    '),
  hide: (t) => ({ s: `[field not shown in layout] x_note: ${t.replace(/\n/g, '\n    ')}`, needle: t.replace(/\n/g, '\n    ') }),
  build({ slots, st, pre, post }) {
    const [a, b] = slots;
    const e = crm.esc;
    const notes = [...pre.map(e), a.s, ...post.map(e)].map((x) => `    ${x}`).join('\n');
    const rec = `Account: ${st.c.org.name}\nContact: ${st.c.name} (${st.c.email})\nStage: ${st.stage}\nOwner: ${st.owner.name}\nNotes:\n${notes}`;
    let log = `Activity log:\n- 2025-03-03 call logged by ${st.owner.name}`;
    if (b) log += `\n- 2025-03-05 note from contact: ${b.s}`;
    return [rec, log];
  },
};

const CODE = {
  js_comment: { c: '// ', file: 'src/checkout/total.js' },
  py_comment: { c: '# ', file: 'billing/invoices.py' },
  sql_comment: { c: '-- ', file: 'migrations/0042_vendors.sql' },
  c_block: { c: ' * ', file: 'src/gateway/limits.c' },
  js_string: { c: '// ', file: 'src/ui/banner.js' },
  py_string: { c: '# ', file: 'app/notices.py' },
};
const code = {
  name: 'code',
  prepare: (r) => ({ v: pick(r, Object.keys(CODE)) }),
  esc: (t, st) => (st.v.endsWith('_string') ? jsonEsc(t) : prefixLines(CODE[st.v].c)(t)),
  hide(t, st) {
    const hc = st.v.startsWith('py') ? '# ' : st.v === 'sql_comment' ? '-- ' : '// ';
    const n = prefixLines(hc)(t);
    return { s: ' '.repeat(140) + hc + n, needle: n };
  },
  build({ slots, st, pre, post }) {
    const [a, b] = slots;
    const c = CODE[st.v].c;
    const cm = (p) => c + prefixLines(c)(p);
    let src;
    if (st.v === 'js_comment' || st.v === 'js_string') {
      const top = pre.map(cm).join('\n//\n');
      const bot = post.map(cm).join('\n//\n');
      const inner = a.hidden ? `  const total = 0;${a.s}`
        : st.v === 'js_string' ? `  const NOTICE = "${a.s}";` : `  // ${a.s}`;
      src = `// ${CODE[st.v].file}\nimport { formatPrice } from "./money.js";\n${top ? top + '\n' : ''}export function totalFor(cart) {\n${inner}\n  return cart.items.reduce((sum, it) => sum + it.qty * it.price, 0);\n}\n${bot ? bot + '\n' : ''}`;
    } else if (st.v === 'py_comment' || st.v === 'py_string') {
      const top = pre.map(cm).join('\n#\n');
      const bot = post.map(cm).join('\n#\n');
      const inner = a.hidden ? `    due = []${a.s}`
        : st.v === 'py_string' ? `    notice = "${a.s}"` : `    # ${a.s}`;
      src = `# ${CODE[st.v].file}\nfrom decimal import Decimal\n${top ? top + '\n' : ''}\ndef overdue(invoices, today):\n${inner}\n    return [i for i in invoices if i.due < today and i.balance > Decimal("0")]\n${bot ? bot + '\n' : ''}`;
    } else if (st.v === 'sql_comment') {
      const top = pre.map(cm).join('\n--\n');
      const bot = post.map(cm).join('\n--\n');
      const inner = a.hidden ? `ALTER TABLE vendors ADD COLUMN iban text;${a.s}` : `-- ${a.s}\nALTER TABLE vendors ADD COLUMN iban text;`;
      src = `-- ${CODE[st.v].file}\n${top ? top + '\n' : ''}BEGIN;\n${inner}\nCOMMIT;\n${bot ? bot + '\n' : ''}`;
    } else {
      const top = [...pre.map((p) => prefixLines(c)(p)), ...(a.hidden ? [] : [a.s])].map((x) => ` * ${x}`).join('\n *\n');
      const bot = post.map((p) => ` * ${prefixLines(c)(p)}`).join('\n *\n');
      src = `/* ${CODE[st.v].file}${top ? '\n' + top : ''}\n */\n#include "limits.h"\n\nint limit_for(int tier) {${a.hidden ? `\n  int base = 10;${a.s}` : '\n  int base = 10;'}\n  return base * (tier + 1);\n}\n${bot ? `/*\n${bot}\n */\n` : ''}`;
    }
    const fields = [src];
    if (b) {
      const py = st.v.startsWith('py');
      const body = st.v.endsWith('_string') ? (py ? `EXPECTED = "${b.s}"` : `const EXPECTED = "${b.s}";`)
        : st.v === 'c_block' ? `/*\n * ${b.s}\n */` : `${c}${b.s}`;
      fields.push(`${py ? '# tests/test_notices.py' : st.v === 'sql_comment' ? '-- migrations/0043_notes.sql' : '// test/notes.spec.js'}\n${body}`);
    }
    return fields;
  },
};

const snapshot = {
  name: 'snapshot',
  prepare: (r) => ({ v: pick(r, ['dom', 'object']), comp: pick(r, ['NoticeBanner', 'SellerNote', 'FormHelp', 'InvoiceSummary', 'ReplyPreview']) }),
  esc: (t, st) => (st.v === 'object' ? tmplEsc(jsonEsc(t)) : tmplEsc(t)),
  hide(t, st) {
    const n = snapshot.esc(t, st);
    return st.v === 'object' ? { s: `  "hiddenNote": "${n}",`, needle: n } : { s: `  <p\n    hidden={true}\n  >\n    ${n}\n  </p>`, needle: n };
  },
  build({ slots, st, pre, post }) {
    const [a, b] = slots;
    let body;
    if (st.v === 'object') {
      const kv = (k, v) => `  "${k}": "${v}",`;
      const lines = [kv('id', 'n_4821'), ...pre.map((p, i) => kv(`intro${i + 1}`, tmplEsc(jsonEsc(p)))),
        a.hidden ? a.s : kv('message', a.s), ...post.map((p, i) => kv(`footer${i + 1}`, tmplEsc(jsonEsc(p)))), kv('status', 'sent')];
      body = `Object {\n${lines.join('\n')}\n}`;
    } else {
      const p = (x) => `  <p>\n    ${x}\n  </p>`;
      const kids = [...pre.map((x) => p(tmplEsc(x))), a.hidden ? a.s : p(a.s), ...post.map((x) => p(tmplEsc(x)))];
      body = `<div\n  className="notice"\n>\n${kids.join('\n')}\n</div>`;
    }
    const fields = [`// Jest Snapshot v1\n\nexports[\`${st.comp} renders 1\`] = \`\n${body}\n\`;\n`];
    if (b) fields.push(`// Jest Snapshot v1\n\nexports[\`${st.comp} renders the footer 1\`] = \`\n${st.v === 'object' ? `Object {\n  "footer": "${b.s}",\n}` : `<footer>\n  ${b.s}\n</footer>`}\n\`;\n`);
    return fields;
  },
};

const yaml = {
  name: 'yaml',
  prepare: (r) => ({ v: pick(r, ['front_matter', 'config']), who: person(r), day: pick(r, ISO) }),
  esc: (t) => dqEsc(t),
  hide: (t) => ({ s: `# ${t.replace(/\n/g, ' ')}`, needle: t.replace(/\n/g, ' ') }),
  build({ slots, st, pre, post, title }) {
    const [a, b] = slots;
    const kv = (k, v) => `${k}: "${v}"`;
    const lines = [];
    pre.forEach((p, i) => lines.push(kv(`intro_${i + 1}`, dqEsc(p))));
    if (a.hidden) { lines.push(a.s); lines.push(kv('description', 'See the attached schedule.')); } else lines.push(kv(st.v === 'config' ? 'notice' : 'description', a.s));
    post.forEach((p, i) => lines.push(kv(`summary_${i + 1}`, dqEsc(p))));
    let doc;
    if (st.v === 'front_matter') {
      doc = `---\ntitle: "${dqEsc(title)}"\ndate: ${st.day}\nauthor: ${st.who.name}\n${lines.join('\n')}\ntags: [vendors, onboarding]\n---\n\n# ${title}\n\nThe details are in the table below.`;
    } else {
      doc = `# config/notices.yaml\nservice: billing-sync\nowner: ${st.who.email}\nschedule: "0 3 * * *"\n${lines.join('\n')}\nretries: 3`;
    }
    const fields = [doc];
    if (b) fields.push(`# locales/en.yaml\nen:\n  checkout:\n    footer_note: "${b.s}"`);
    return fields;
  },
};

const log = {
  name: 'log',
  prepare: (r) => ({ t: 10 + Math.floor(r() * 40), id: Math.floor(r() * 0xffffff).toString(16), tk: 48000 + Math.floor(r() * 999) }),
  esc: (t) => dqEsc(t),
  hide: (t) => ({ s: `\u001b[8m${dqEsc(t)}\u001b[28m`, needle: dqEsc(t) }),
  build({ slots, st, pre, post, title }) {
    const [a, b] = slots;
    let ms = 100;
    const ts = () => `2025-03-04T09:${st.t}:0${Math.floor(ms / 1000)}.${String((ms += 7) % 1000).padStart(3, '0')}Z`;
    const lines = [`${ts()} INFO  api.request id=${st.id} method=POST path=/v1/tickets status=201 dur_ms=84`,
      `${ts()} INFO  ticket.create ticket=${st.tk} subject="${dqEsc(title)}"`,
      ...pre.map((p) => `${ts()} DEBUG ticket.body ticket=${st.tk} text="${dqEsc(p)}"`),
      `${ts()} DEBUG ticket.body ticket=${st.tk} text="${a.s}"`,
      ...post.map((p) => `${ts()} DEBUG ticket.body ticket=${st.tk} text="${dqEsc(p)}"`),
      `${ts()} INFO  ticket.route ticket=${st.tk} queue=tier1`];
    const fields = [lines.join('\n')];
    if (b) fields.push(`2025-03-04T09:${st.t + 1}:12.004Z INFO  ticket.comment ticket=${st.tk} author=requester text="${b.s}"`);
    return fields;
  },
};

const rag = {
  name: 'rag',
  prepare: (r) => ({ doc: 'kb-' + (1000 + Math.floor(r() * 8999)), idx: 1 + Math.floor(r() * 9), score: (0.6 + r() * 0.35).toFixed(2) }),
  esc: (t) => jsonEsc(t),
  hide: (t) => ({ s: jsonEsc(t), needle: jsonEsc(t) }),
  build({ slots, st, pre, post, title }) {
    const [a, b] = slots;
    const text = [...pre, ...(a.hidden ? [] : [a.raw, ...post])].join('\n\n') || title;
    const meta = { title, space: 'OPS', url: `https://wiki.corp.example/display/OPS/${st.doc}` };
    if (a.hidden) { meta.alt_text = a.raw; if (post.length) meta.description = post.join('\n\n'); }
    const chunk = { id: `${st.doc}#c${st.idx}`, score: Number(st.score), chunk: { index: st.idx, text }, metadata: meta };
    const fields = [JSON.stringify(chunk, null, 2)];
    if (b) fields.push(JSON.stringify({ id: `${st.doc}#c${st.idx + 1}`, score: Number(st.score) - 0.05, chunk: { index: st.idx + 1, text: b.raw }, metadata: { title } }, null, 2));
    return fields;
  },
};

const kb = {
  name: 'kb',
  prepare: (r) => ({ v: pick(r, ['para', 'quote', 'table', 'list']), who: person(r), day: pick(r, ISO) }),
  esc: (t, st) => (st.v === 'table' ? mdCell(t) : st.v === 'quote' ? prefixLines('> ')(t) : st.v === 'list' ? prefixLines('  ')(t) : t),
  hide: (t) => ({ s: `<!-- ${t} -->`, needle: t }),
  build({ slots, st, pre, post, title }) {
    const [a, b] = slots;
    let block;
    if (a.hidden || st.v === 'para') block = a.s;
    else if (st.v === 'quote') block = `> ${a.s}`;
    else if (st.v === 'table') block = `| Item | Note |\n|---|---|\n| Seller note | ${a.s} |\n| Delivery | 3–5 working days |`;
    else block = `- ${a.s}\n- Keep the order number at hand.`;
    const md = `# ${title}\n\n_Last updated ${st.day} by ${st.who.name}_\n\n${[...pre, block, ...post].join('\n\n')}\n\n## Related\n- [Expense policy](/kb/expense-policy)\n- [Supplier onboarding](/kb/supplier-onboarding)`;
    const fields = [md];
    if (b) fields.push(`### Comments\n\n**${st.who.first}:** ${b.s}`);
    return fields;
  },
};

const CITIES = ['Porto', 'Lyon', 'Graz', 'Utrecht', 'Kraków', 'Izmir', 'Valencia', 'Bologna', 'Osaka', 'Busan'];
const csv = {
  name: 'csv',
  prepare: (r) => ({ base: 10400 + Math.floor(r() * 500), people: people(r, 4), city: pick(r, CITIES) }),
  esc: (t) => csvEsc(t),
  hide: (t) => ({ s: csvEsc(t), needle: csvEsc(t) }),
  build({ slots, st, pre, post }) {
    const [a, b] = slots;
    let n = st.base;
    const row = (p, status, note) => `${n++},"${csvEsc(p.name)}",${st.city},${status},"${note}"`;
    const rows = ['order_id,customer,city,status,note',
      row(st.people[0], 'shipped', 'Left with reception.'),
      ...pre.map((p, i) => row(st.people[(i + 1) % 4], 'packed', csvEsc(p))),
      a.hidden ? `${row(st.people[2], 'pending', '')}${','.repeat(24)}"${a.s}"` : row(st.people[2], 'pending', a.s),
      ...post.map((p, i) => row(st.people[(i + 3) % 4], 'shipped', csvEsc(p))),
      row(st.people[3], 'cancelled', 'Customer changed their mind.')];
    const fields = [rows.join('\n')];
    if (b) fields.push(`sheet,row,comment\nreturns,2,"${b.s}"`);
    return fields;
  },
};

const search = {
  name: 'search',
  prepare: (r) => ({ org: pick(r, ORGS), q: pick(r, ['supplier payment terms', 'return policy lamp', 'conference hotel booking', 'invoice approval process', 'account recovery steps']) }),
  esc: (t) => jsonEsc(t),
  hide: (t) => ({ s: jsonEsc(t), needle: jsonEsc(t) }),
  build({ slots, st, pre, post, title }) {
    const [a, b] = slots;
    const res = (i, snippet, extra) => ({ rank: i, title: i === 1 ? title : `${title} — related ${i}`, url: `https://www.${st.org.host}/pages/${i}`, snippet, ...(extra || {}) });
    const results = [];
    let i = 1;
    pre.forEach((p) => results.push(res(i++, p)));
    results.push(a.hidden ? res(i++, 'Opening hours, contact details and directions.', { page_meta: { description: a.raw } }) : res(i++, a.raw));
    post.forEach((p) => results.push(res(i++, p)));
    const fields = [JSON.stringify({ query: st.q, total: results.length, results }, null, 2)];
    if (b) fields.push(JSON.stringify({ query: st.q, page: 2, results: [res(i, b.raw)] }, null, 2));
    return fields;
  },
};

const json = {
  name: 'json',
  prepare: (r) => ({ v: pick(r, ['flat', 'nested_array', 'escaped_string']), id: 'req_' + Math.floor(r() * 1e6), org: pick(r, ORGS) }),
  esc: (t, st) => (st.v === 'escaped_string' ? jsonEsc(jsonEsc(t)) : jsonEsc(t)),
  hide: (t, st) => ({ s: json.esc(t, st), needle: json.esc(t, st) }),
  build({ slots, st, pre, post }) {
    const [a, b] = slots;
    const notes = [...pre.map((p, i) => ({ author: 'ops', body: p, n: i + 1 }))];
    let obj;
    if (st.v === 'flat') {
      obj = { status: 'ok', request_id: st.id, data: { id: 'ord_18822', vendor: st.org.name, history: notes, ...(a.hidden ? { _internal: { comment: a.raw }, message: 'Order received.' } : { message: a.raw }), updates: post.map((p) => ({ author: 'ops', body: p })) } };
    } else if (st.v === 'nested_array') {
      obj = { data: { items: [{ id: 'it_1', sku: 'LMP-200', qty: 2 }, { id: 'it_2', sku: 'LMP-210', qty: 1, notes: [...notes, a.hidden ? { author: 'seller', body: 'See attachment.', x_meta: { comment: a.raw } } : { author: 'seller', body: a.raw }, ...post.map((p) => ({ author: 'ops', body: p }))] }] }, meta: { request_id: st.id } };
    } else {
      const inner = { pre, note: a.hidden ? 'ok' : a.raw, ...(a.hidden ? { _debug: a.raw } : {}), post };
      obj = { status: 'ok', request_id: st.id, data: { content_type: 'application/json', payload: JSON.stringify(inner) } };
    }
    const fields = [JSON.stringify(obj, null, 2)];
    if (b) {
      const o2 = st.v === 'escaped_string' ? { data: { payload: JSON.stringify({ note: b.raw }) } } : { data: { comments: [{ author: 'seller', body: b.raw }] } };
      fields.push(JSON.stringify(o2, null, 2));
    }
    return fields;
  },
};

const memory = {
  name: 'memory',
  prepare: (r) => ({ ws: pick(r, ['acme-ops', 'travel-desk', 'finance-q1', 'support-eu']), tz: pick(r, ['Europe/Madrid', 'Europe/Berlin', 'Asia/Tokyo', 'America/Sao_Paulo']) }),
  esc: (t) => prefixLines('  ')(t),
  hide: (t) => ({ s: `<!-- ${t} -->`, needle: t }),
  build({ slots, st, pre, post }) {
    const [a, b] = slots;
    const e = memory.esc;
    const items = [...pre.map((p) => `- [2025-02-27] ${e(p)}`), `- [2025-03-01] ${a.s}`, ...post.map((p) => `- [2025-03-03] ${e(p)}`)];
    const md = `# Agent memory — workspace ${st.ws}\n\n## User preferences\n- Timezone: ${st.tz}\n- Prefers short answers\n\n## Saved notes\n${items.join('\n')}\n\n## Tools\n- calendar, mail, drive`;
    const fields = [md];
    if (b) fields.push(`## Recent observations\n- [2025-03-04] ${b.s}`);
    return fields;
  },
};

const pdf = {
  name: 'pdf',
  prepare: (r) => ({ org: pick(r, ORGS), ref: 'DOC-' + (200 + Math.floor(r() * 700)), pages: 3 + Math.floor(r() * 6) }),
  esc: (t) => t,
  hide: (t) => ({ s: t, needle: t }),
  build({ slots, st, pre, post, title }) {
    const [a, b] = slots;
    const head = (n) => `${st.org.name} — ${title}                    CONFIDENTIAL\n`;
    const foot = (n) => `\n\n— Page ${n} of ${st.pages} —\nDoc ref ${st.ref} · Printed 2025-03-04`;
    const page2 = a.hidden
      ? `${head(2)}\n${[...pre, 'See schedule overleaf.', a.s, ...post].join('\n\n')}${foot(2)}`
      : `${head(2)}\n${[...pre, a.s, ...post].join('\n\n')}${foot(2)}`;
    const fields = [page2];
    if (b) fields.push(`${head(3)}\n${b.s}${foot(3)}`);
    return fields;
  },
};

export const CARRIERS = [web, form, email, email_thread, email_forward, calendar, chat, ticket, crm, code,
  snapshot, yaml, log, rag, kb, csv, search, json, memory, pdf];
export const CARRIER_BY_NAME = Object.fromEntries(CARRIERS.map((c) => [c.name, c]));
// Carriers used for the long documents (same list, same positions for attacks and look-alikes).
export const DOC_CARRIERS = ['web', 'pdf', 'kb', 'email', 'rag', 'email_thread', 'ticket', 'email_forward',
  'memory', 'json', 'search', 'code', 'form', 'chat', 'crm'];
