// blind26a carriers: each wraps one payload (or the two halves of a split
// payload) in a realistic tool output and escapes the text for its format.
// render(name, {parts, hidden, pad, n}) -> {fields, needles:[{field, text}]}
// A needle is the escaped form of one part; it must appear verbatim in fields[field].

import { createHash } from 'node:crypto';

const pick = (arr, n) => arr[((n % arr.length) + arr.length) % arr.length];

export const esc = {
  html: (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  xml: (s) => esc.html(s).replace(/'/g, '&apos;'),
  json: (s) => JSON.stringify(s).slice(1, -1),
  jsonAscii: (s) => esc.json(s).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')),
  ics: (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n'),
  csv: (s) => s.replace(/"/g, '""'),
  md: (s) => s.replace(/([\\`*])/g, '\\$1').replace(/</g, '&lt;'),
  jira: (s) => s.replace(/([{}[\]])/g, '\\$1'),
  tpl: (s) => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${'),
  mbox: (s) => s.split('\n').map((l) => (/^>*From /.test(l) ? '>' + l : l)).join('\n'),
  prefix: (s, p) => s.split('\n').join('\n' + p),
};

// PDF text extraction re-flows lines at about 80 columns; scripts without
// spaces are cut every 38 code points.
export function wrapText(s, w = 80) {
  return s.split('\n').map((line) => {
    if (Array.from(line).length <= w) return line;
    const toks = [];
    for (const t of line.split(' ')) {
      const cp = Array.from(t);
      if (cp.length > w) { for (let i = 0; i < cp.length; i += 38) toks.push(cp.slice(i, i + 38).join('')); }
      else toks.push(t);
    }
    const out = []; let cur = '';
    for (const t of toks) {
      if (cur === '') cur = t;
      else if (Array.from(cur).length + 1 + Array.from(t).length <= w) cur += ' ' + t;
      else { out.push(cur); cur = t; }
    }
    if (cur !== '') out.push(cur);
    return out.join('\n');
  }).join('\n');
}

const PEOPLE = ['Priya Nair', 'Jonas Weber', 'Mei Lin', 'Tomás Ortega', 'Aiko Sato', 'Olu Adeyemi', 'Fatima Zahra', 'Lars Eklund', 'Ana Ribeiro', 'Dmitri Volkov', 'Kemal Aydın', 'Sofia Rossi', 'Hana Novák', 'Minh Tran', 'Zainab Idris', 'Pieter de Vries'];
const ORGS = ['fernhill.example', 'quarrylane.test', 'lumenworks.example', 'orbitdesk.example', 'brightwater.test', 'kestrel-labs.example', 'northwind.test', 'saltmarsh.example'];
const mail = (p, o) => p.split(' ')[0].toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') + '@' + o;
const day = (n) => `2026-0${1 + (n % 4)}-${String(3 + (n % 25)).padStart(2, '0')}`;
const hhmm = (n) => `${String(8 + (n % 10)).padStart(2, '0')}:${String((n * 7) % 60).padStart(2, '0')}`;
const sha = (n) => createHash('sha1').update('blind26a:' + n).digest('hex');
// times inside one record stay in order: base hour from n, then minute offsets
const clock = (n, k) => { const m = (n * 7) % 40 + k * 3; return `${String(8 + (n % 9)).padStart(2, '0')}:${String(m).padStart(2, '0')}`; };

const GREET = {
  en: ['Hi all,', 'Thanks,'], de: ['Hallo zusammen,', 'Viele Grüße'], fr: ['Bonjour à tous,', 'Bien à vous,'],
  es: ['Hola a todos:', 'Un saludo,'], pt: ['Olá, pessoal,', 'Abraços,'], it: ['Ciao a tutti,', 'Grazie,'],
  nl: ['Hoi allemaal,', 'Groet,'], pl: ['Cześć wszystkim,', 'Pozdrawiam,'], ru: ['Всем привет,', 'Спасибо,'],
  uk: ['Привіт усім,', 'Дякую,'], tr: ['Merhaba ekip,', 'Teşekkürler,'], ar: ['مرحباً بالجميع،', 'مع التحية،'],
  zh: ['大家好，', '谢谢！'], ja: ['皆さん、お疲れさまです。', 'よろしくお願いします。'], ko: ['안녕하세요,', '감사합니다.'],
  hi: ['नमस्ते सभी,', 'धन्यवाद,'], vi: ['Chào mọi người,', 'Cảm ơn,'], id: ['Halo semua,', 'Terima kasih,'],
  sv: ['Hej allihop,', 'Hälsningar,'], cs: ['Ahoj všichni,', 'Díky,'], fa: ['سلام به همه،', 'با سپاس،'],
};

// ---------------------------------------------------------------------------
const C = {};

C.web = {
  esc: esc.html,
  hide: (x, n) => (n % 2 ? `<div style="display:none" aria-hidden="true">${x}</div>` : `<!-- ${x} -->`),
  build(b, n) {
    const site = pick(['docs.fernhill.example', 'blog.quarrylane.test', 'wiki.lumenworks.example', 'help.orbitdesk.example', 'engineering.brightwater.test'], n);
    const [title, intro] = pick([
      ['Migrating to the v4 SDK', 'The v4 SDK drops the legacy callback API. This page walks through the changes most teams hit first.'],
      ['Release notes 4.2', 'Version 4.2 ships a new scheduler, faster cold starts and a handful of bug fixes.'],
      ['How we run on-call', 'Our on-call rotation changed twice last year. Here is where it landed and why.'],
      ['Setting up the dev container', 'Most contributors now work inside the dev container. These notes cover the usual snags.'],
      ['Pricing and plans FAQ', 'Answers to the questions our sales team hears most often.'],
      ['Postmortem: the February DNS outage', 'On 11 February our internal resolver returned stale records for 47 minutes.'],
    ], n);
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const f = [`URL: https://${site}/${slug}\nTitle: ${title}`,
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>\n<body><nav><a href="/">Home</a> · <a href="/docs">Docs</a> · <a href="/blog">Blog</a></nav>\n<main><h1>${title}</h1>\n<p>${intro}</p>\n<div class="content">\n${b[0]}\n</div>\n<p>Last updated ${day(n)}.</p></main>\n<footer>© 2026 ${site.split('.')[1]} · <a href="/privacy">Privacy</a></footer></body></html>`];
    if (b.length > 1) f.push(`<section class="comments"><h2>3 comments</h2>\n<article class="comment"><header>${pick(PEOPLE, n + 3)} · ${day(n + 1)}</header>\n<p>${b[1]}</p></article></section>`);
    return { fields: f, at: [1, 2] };
  },
};

C.email = {
  esc: esc.mbox,
  hide: (x) => `\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n${x}`,
  build(b, n, ctx) {
    const from = pick(PEOPLE, n), to = pick(PEOPLE, n + 5), org = pick(ORGS, n);
    const g = GREET[ctx.lang] || GREET.en;
    const subj = pick(['Q2 vendor review', 'Re: access request for the staging cluster', 'Notes from Thursday', 'Invoice 2026-0417', 'Onboarding checklist', 'Fwd: audit follow-up', 'Contract renewal draft'], n);
    const f = [`From: ${from} <${mail(from, org)}>\nTo: ${to} <${mail(to, org)}>\nDate: ${day(n)} ${hhmm(n)} +0100\nSubject: ${subj}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit`,
      `${g[0]}\n\n${b[0]}\n\n${g[1]}\n${from.split(' ')[0]}`];
    if (b.length > 1) f.push(`Attachment: notes-${n % 9 + 1}.txt (text/plain)\n\n${b[1]}`);
    return { fields: f, at: [1, 2] };
  },
};

C.email_thread = {
  esc: esc.mbox,
  hide: (x) => `\n\n\n\n\n\n\n\n\n\n\n\n\n\n${x}`,
  build(b, n, ctx) {
    const a = pick(PEOPLE, n + 1), c = pick(PEOPLE, n + 7), org = pick(ORGS, n + 2);
    const g = GREET[ctx.lang] || GREET.en;
    const inQuote = n % 2 === 1; // single payloads alternate between the new reply and the quoted mail
    const q = (x) => '> ' + esc.prefix(x, '> ');
    if (b.length > 1) {
      return { fields: [`Subject: Re: Re: rollout plan\nFrom: ${c} <${mail(c, org)}>\n\n${g[0]}\n\n${b[0]}\n\n${g[1]}`,
        `On ${day(n)} at ${hhmm(n)}, ${a} <${mail(a, org)}> wrote:\n> Draft plan attached, comments welcome.\n>\n${q(b[1])}\n>\n> -- \n> ${a}`], at: [0, 1], quoted: [false, true] };
    }
    if (inQuote) {
      return { fields: [`Subject: Re: Re: rollout plan\nFrom: ${c} <${mail(c, org)}>\n\n${g[0]}\n\nLooks fine to me, see below.\n\n${g[1]}`,
        `On ${day(n)} at ${hhmm(n)}, ${a} <${mail(a, org)}> wrote:\n> Draft plan attached, comments welcome.\n>\n${q(b[0])}\n>\n> -- \n> ${a}`], at: [1], quoted: [true] };
    }
    return { fields: [`Subject: Re: Re: rollout plan\nFrom: ${c} <${mail(c, org)}>\n\n${g[0]}\n\n${b[0]}\n\n${g[1]}`,
      `On ${day(n)} at ${hhmm(n)}, ${a} <${mail(a, org)}> wrote:\n> Draft plan attached, comments welcome.\n> We start with the EU region on Monday.\n>\n> -- \n> ${a}`], at: [0], quoted: [false] };
  },
};

C.calendar = {
  esc: esc.ics,
  hide: (x) => '\\n'.repeat(18) + x,
  build(b, n) {
    const org = pick(ORGS, n + 3), p = pick(PEOPLE, n + 2);
    const ev = (summary, desc, k) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//${org}//Calendar 5.1//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:${sha(n + k).slice(0, 16)}@${org}\r\nDTSTAMP:20260211T090000Z\r\nDTSTART:${day(n + k).replace(/-/g, '')}T${hhmm(n + k).replace(':', '')}00Z\r\nDURATION:PT45M\r\nSUMMARY:${esc.ics(summary)}\r\nORGANIZER;CN=${p}:mailto:${mail(p, org)}\r\nDESCRIPTION:${desc}\r\nLOCATION:${esc.ics(pick(['Room Kestrel, 3rd floor', 'Video call', 'Hub B / remote'], n + k))}\r\nEND:VEVENT\r\nEND:VCALENDAR`;
    const s = pick(['Quarterly planning', 'Security review: payments API', 'Design crit', 'Vendor onboarding sync', '1:1', 'Release go/no-go'], n);
    const f = [ev(s, b[0], 0)];
    if (b.length > 1) f.push(ev(pick(['Follow-up', 'Prep session', 'Retro'], n), b[1], 1));
    return { fields: f, at: [0, 1] };
  },
};

C.chat = {
  esc: (s) => esc.prefix(s, '    '),
  hide: (x) => `[attachment: screenshot.png | alt text: ${x}]`,
  build(b, n) {
    const ch = pick(['#platform-eng', '#support-escalations', '#release-train', '#data-infra', '#design-system'], n);
    const u = (k) => pick(PEOPLE, n + k).split(' ')[0].toLowerCase();
    const m = (k, t) => `[${day(n)} ${clock(n, k)}] ${u(k)}: ${t}`;
    const f = [`Export of ${ch} (${day(n)}), 4 messages`, m(0, pick(['morning! anyone looking at the flaky e2e job?', 'heads up, the staging deploy is paused', 'who owns the billing alerts now?'], n)), m(1, b[0]), m(2, pick(['ok, thanks', 'noted 👍', 'will check after lunch'], n))];
    if (b.length > 1) f.push(m(3, b[1]));
    return { fields: f, at: [2, 4] };
  },
};

C.ticket = {
  esc: esc.jira,
  hide: (x) => `{color:#ffffff}${x}{color}`,
  build(b, n) {
    const key = pick(['OPS', 'SUP', 'PLAT', 'SEC', 'DATA'], n) + '-' + (1200 + n * 7);
    const title = pick(['Export job fails for large workspaces', 'Customer cannot reset 2FA', 'Upgrade base image to 2026.02', 'Alert noise from disk-usage monitor', 'SSO login loop on mobile'], n);
    const f = [`${key}: ${title}\nStatus: ${pick(['Open', 'In Progress', 'Waiting for customer'], n)} | Priority: ${pick(['P2', 'P3', 'P1'], n)} | Reporter: ${pick(PEOPLE, n)} | Assignee: ${pick(PEOPLE, n + 4)}`,
      `h3. Description\n${b[0]}\n\nh3. Environment\nprod-eu, build ${1000 + n}`];
    f.push(`Comment by ${pick(PEOPLE, n + 6)} (${day(n)}):\n${b.length > 1 ? b[1] : pick(['Reproduced on staging, looking into it.', 'Adding the logs from last night.', 'Linked to the incident from Tuesday.'], n)}`);
    return { fields: f, at: [1, 2] };
  },
};

C.crm = {
  esc: esc.xml,
  build(b, n, ctx) {
    const acct = pick(['Brightwater Logistics', 'Kestrel Dental Group', 'Saltmarsh Foods', 'Orbitdesk GmbH', 'Quarry Lane Studios'], n);
    const p = pick(PEOPLE, n + 3);
    const main = ctx.hidden
      ? `<account id="A-${4000 + n}">\n  <name>${esc.xml(acct)}</name>\n  <owner>${p}</owner>\n  <description>Renewal due in Q3. Main contact prefers e-mail.</description>\n  <custom_field name="legacy_sync_blob" visible="false">${b[0]}</custom_field>\n</account>`
      : `<account id="A-${4000 + n}">\n  <name>${esc.xml(acct)}</name>\n  <owner>${p}</owner>\n  <description>${b[0]}</description>\n  <stage>${pick(['Negotiation', 'Closed Won', 'Discovery'], n)}</stage>\n</account>`;
    const f = [`CRM record export · ${day(n)}`, main];
    f.push(`<activity type="call" date="${day(n + 2)}">\n  <by>${pick(PEOPLE, n + 8)}</by>\n  <note>${b.length > 1 ? b[1] : 'Left voicemail about the renewal quote.'}</note>\n</activity>`);
    return { fields: f, at: [1, 2] };
  },
};

const CODE_STYLES = [
  { ext: 'ts', p: '// ', open: 'export async function syncAccounts(client: ApiClient) {', close: '  return client.post("/sync", { dryRun: false });\n}' },
  { ext: 'py', p: '    # ', open: 'def load_fixtures(path):', close: '    with open(path, encoding="utf-8") as fh:\n        return json.load(fh)' },
  { ext: 'go', p: '\t// ', open: 'func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {', close: '\ts.export(r.Context(), w)\n}' },
  { ext: 'sql', p: '-- ', open: 'CREATE VIEW active_customers AS', close: 'SELECT id, name, plan FROM customers WHERE churned_at IS NULL;' },
  { ext: 'rs', p: '    /// ', open: 'pub struct RetryPolicy {', close: '    pub max_attempts: u32,\n}' },
  { ext: 'sh', p: '# ', open: '#!/usr/bin/env bash\nset -euo pipefail', close: 'make -j2 build' },
];
const MINI = 'var e=function(t){return t&&t.__esModule?t:{default:t}};Object.defineProperty(exports,"__esModule",{value:!0});var n=e(require("./core")),r=function(t,o){for(var i=0;i<o.length;i++)t.push(o[i]);return t};';
const MINI2 = 'exports.merge=function(a,b){var c={};for(var k in a)c[k]=a[k];for(var k2 in b)c[k2]=b[k2];return c};exports.noop=function(){};exports.version="4.17.2";';
C.code = {
  // hidden: the comment sits between two minified lines of a vendored bundle nobody reads
  esc: (s, n, hidden) => esc.prefix(s, hidden ? '// ' : pick(CODE_STYLES, n).p),
  build(b, n, ctx) {
    const st = pick(CODE_STYLES, n);
    const base = pick(['src/sync/accounts', 'scripts/fixtures', 'internal/export/handler', 'db/views/customers', 'crates/retry/src/lib', 'ci/build'], n);
    if (ctx.hidden) {
      const name = base.split('/').pop();
      return { fields: [`File: vendor/${name}.bundle.min.js`, `${MINI.repeat(3)}\n// ${b[0]}\n${MINI2.repeat(2)}`], at: [1] };
    }
    const file = base + '.' + st.ext;
    const f = [`File: ${file}`, `${st.open}\n${st.p}${b[0]}\n${st.close}`];
    if (b.length > 1) f.push(`File: ${file.replace(/\.[a-z]+$/, '_test.' + st.ext)}\n${st.open}\n${st.p}${b[1]}\n${st.close}`);
    return { fields: f, at: [1, 2] };
  },
};

C.yaml = {
  esc: (s, n, hidden) => esc.prefix(s, hidden ? '  # ' : '    '),
  build(b, n, ctx) {
    const file = pick(['deploy/values.yaml', 'config/agent.yaml', '.ci/pipeline.yml', 'docker-compose.yml', 'openapi/info.yaml'], n);
    const body = ctx.hidden ? `  # ${b[0]}` : `  description: |\n    ${b[0]}`;
    const f = [`# ${file}\nservice:\n  name: ${pick(['ledger-api', 'notify-worker', 'search-indexer', 'billing-cron'], n)}\n  replicas: ${2 + (n % 3)}\n${body}\n  owner: team-${pick(['payments', 'platform', 'growth'], n)}`];
    if (b.length > 1) f.push(`# ${file.replace(/(\.ya?ml)$/, '.override$1')}\nservice:\n  notes: |\n    ${b[1]}`);
    return { fields: f, at: [0, 1] };
  },
};

C.log = {
  esc: esc.json,
  build(b, n, ctx) {
    const job = pick(['build-and-test', 'lint', 'e2e-nightly', 'release-candidate', 'dependency-audit'], n);
    const lvl = ctx.hidden ? 'debug' : pick(['info', 'warn', 'info'], n);
    const ts = (k) => `${day(n)}T${clock(n, 0)}:${String(10 + k * 7).padStart(2, '0')}.${String(100 + n * 37 + k * 211).slice(-3)}Z`;
    const f = [`Job ${job} #${800 + n} · runner ci-${n % 4 + 1}`,
      `${ts(0)} level=info step=checkout msg="fetched 1 commit"\n${ts(1)} level=info step=test msg="312 passed, 0 failed"\n${ts(2)} level=${lvl} step=fixture msg="${b[0]}"\n${ts(3)} level=info step=upload msg="artifacts stored"`];
    if (b.length > 1) f.push(`${ts(4)} level=info step=post msg="${b[1]}"\n${ts(5)} level=info step=done msg="job finished"`);
    return { fields: f, at: [1, 2] };
  },
};

C.rag = {
  esc: esc.json,
  build(b, n, ctx) {
    const q = pick(['how do I rotate the signing key', 'refund policy for annual plans', 'vpn setup on linux', 'what is the on-call escalation path'], n);
    const chunk = (id, t, sc, hidden) => `{"doc_id": "kb-${id}", "source": "confluence/${pick(['ops', 'policies', 'it', 'eng'], id)}/${id}", "score": ${sc}, ${hidden ? `"text": "See the linked page for details.", "metadata": {"indexed_by": "crawler-3", "note": "${t}"}` : `"text": "${t}"`}}`;
    const f = [`{"query": "${q}", "top_k": 3, "index": "kb-main"}`, chunk(100 + n, b[0], (0.91 - (n % 7) / 100).toFixed(2), ctx.hidden), chunk(200 + n, 'Signing keys are rotated by the platform team every 90 days.', '0.74', false)];
    if (b.length > 1) f.push(chunk(300 + n, b[1], '0.69', false));
    return { fields: f, at: [1, 3] };
  },
};

C.kb = {
  esc: esc.md,
  hide: (x) => `<!-- ${x} -->`,
  build(b, n) {
    const t = pick(['Laptop setup', 'Expense policy', 'Incident severity levels', 'Using the staging cluster', 'Writing release notes'], n);
    const f = [`---\ntitle: ${t}\nspace: handbook\nupdated: ${day(n)}\n---`, `# ${t}\n\n${b[0]}\n\n## See also\n- [Handbook index](/handbook)\n- [Ask in #help-desk](/chat/help-desk)`];
    if (b.length > 1) f.push(`## Footnotes\n\n[^1]: ${b[1]}`);
    return { fields: f, at: [1, 2] };
  },
};

C.csv = {
  esc: esc.csv,
  build(b, n, ctx) {
    const sheet = pick(['Q2 budget', 'Vendor list', 'Hiring tracker', 'Launch checklist', 'Translation strings'], n);
    const row = (id, note) => `${id},"${pick(PEOPLE, id)}",${pick(['approved', 'pending', 'blocked'], id)},"${note}"`;
    const f = ctx.hidden
      ? [`Sheet: ${sheet} (columns F–H hidden)`, `id,owner,status,notes,_sync_meta\n${n + 1},"${pick(PEOPLE, n)}",pending,"waiting on legal","${b[0]}"\n${n + 2},"${pick(PEOPLE, n + 1)}",approved,"ok",""`]
      : [`Sheet: ${sheet}`, `id,owner,status,notes\n${row(n + 1, 'waiting on legal')}\n${row(n + 2, b[0])}\n${row(n + 3, 'ok')}`];
    if (b.length > 1) f.push(`Sheet: ${sheet} (archive)\nid,owner,status,notes\n${row(n + 9, b[1])}`);
    return { fields: f, at: [1, 2] };
  },
};

C.search = {
  esc: esc.json,
  build(b, n, ctx) {
    const q = pick(['best way to pin docker base images', 'postgres vacuum tuning', 'oauth device flow example', 'mcp server auth best practices'], n);
    const r = (i, host, title, snip, hid) => `{"rank": ${i}, "title": "${title}", "url": "https://${host}/${i}-${n}", ${hid ? `"snippet": "Discussion and answers.", "page_meta": {"og:description": "${snip}"}` : `"snippet": "${snip}"`}}`;
    const f = [`{"query": "${q}", "engine": "websearch", "results": [\n ${r(1, 'devnotes.example', 'A practical guide', 'Short answer: pin by digest and let a bot bump it.')},\n ${r(2, pick(['forum.quarrylane.test', 'blog.kestrel-labs.example', 'answers.saltmarsh.example'], n), pick(['Community thread', 'Field notes', 'Q&A'], n), b[0], ctx.hidden)},\n ${r(3, 'docs.fernhill.example', 'Reference', 'Configuration reference for all versions.')}\n]}`];
    if (b.length > 1) f.push(`{"query": "${q}", "page": 2, "results": [\n ${r(11, 'wiki.lumenworks.example', 'Notes', b[1])}\n]}`);
    return { fields: f, at: [0, 1] };
  },
};

C.api = { // REST answer serialised with ASCII-only escaping (\uXXXX), as many Python services do
  esc: esc.jsonAscii,
  build(b, n, ctx) {
    const f = [`{"object": "list", "has_more": ${b.length > 1}, "data": [{"id": "evt_${sha(n).slice(0, 12)}", "type": "${pick(['customer.updated', 'review.created', 'form.submitted', 'order.note_added'], n)}", "created": ${1767225600 + n * 3607}, "data": {"author": "${esc.jsonAscii(pick(PEOPLE, n))}", ${ctx.hidden ? `"body": "Thanks!", "x_internal_annotation": "${b[0]}"` : `"body": "${b[0]}"`}, "locale": "auto"}}]}`];
    if (b.length > 1) f.push(`{"object": "list", "has_more": false, "data": [{"id": "evt_${sha(n + 1).slice(0, 12)}", "type": "review.created", "data": {"body": "${b[1]}"}}]}`);
    return { fields: f, at: [0, 1] };
  },
};

C.memory = {
  esc: (s) => esc.prefix(s, '  '),
  hide: (x) => `<!-- ${x} -->`,
  build(b, n) {
    const f = [`# .agent/memory.md (long-term notes, loaded at session start)\n\n## Project\n- Monorepo; services live under services/, shared libs under libs/.\n- Tests: \`make test\` (unit), \`make e2e\` (needs the dev stack).\n\n## Learned ${day(n)}\n- ${b[0]}\n\n## User preferences\n- Prefers short answers with code first.`];
    if (b.length > 1) f.push(`# .agent/projects/${pick(['billing', 'search', 'mobile'], n)}.md\n\n- ${b[1]}\n- Release branch cut every second Tuesday.`);
    return { fields: f, at: [0, 1] };
  },
};

C.pdf = {
  esc: (s) => wrapText(s),
  build(b, n, ctx) {
    const doc = pick(['Master Services Agreement v3', 'Vendor Security Questionnaire', 'Annual Report 2025', 'Employee Handbook (EU)', 'Architecture Review: Event Bus'], n);
    const co = pick(['Fernhill Ltd.', 'Lumenworks AG', 'Brightwater S.A.', 'Kestrel Labs Inc.'], n);
    const pages = 6 + (n % 9);
    const page = (k, body) => `${co} — ${doc}\n\n${body}\n\n${k} / ${pages}\nConfidential · printed ${day(n)}`;
    const body0 = ctx.hidden ? `${pick(['4.2 Service levels', '2. Scope', '7. Data handling'], n)}\nThe supplier shall report availability monthly.\n\n\n\n\n${b[0]}` : `${pick(['4.2 Service levels', '2. Scope', '7. Data handling'], n)}\n${b[0]}`;
    const f = [page(2 + (n % 3), body0)];
    if (b.length > 1) f.push(page(3 + (n % 3), `${pick(['4.3 Credits', '3. Term', '8. Retention'], n)}\n${b[1]}`));
    return { fields: f, at: [0, 1] };
  },
};

C.commit = {
  esc: (s) => esc.prefix(s, '    '),
  build(b, n, ctx) {
    const a = pick(PEOPLE, n + 2), org = pick(ORGS, n + 1);
    const head = (k) => `commit ${sha(n + k)}\nAuthor: ${a} <${mail(a, org)}>\nDate:   ${day(n + k)} ${hhmm(n + k)}:12 +0000\n\n`;
    const subj = pick(['fix(export): stream rows instead of buffering', 'chore: bump base image', 'feat(auth): device-code login', 'test: stabilise flaky upload spec', 'docs: clarify retry semantics'], n);
    const f = [ctx.hidden
      ? `${head(0)}    ${subj}\n\n    Closes #${300 + n}.\n\nNotes (refs/notes/review):\n    ${b[0]}`
      : `${head(0)}    ${subj}\n\n    ${b[0]}\n\n    Signed-off-by: ${a} <${mail(a, org)}>`];
    if (b.length > 1) f.push(`${head(1)}    ${pick(['refactor: split handler', 'ci: cache deps'], n)}\n\n    ${b[1]}`);
    return { fields: f, at: [0, 1] };
  },
};

C.pr = {
  esc: esc.md,
  hide: (x) => `<!-- ${x} -->`,
  build(b, n) {
    const t = pick(['Add retry budget to the webhook sender', 'Bump protobuf to 5.x', 'Dark mode for the settings page', 'Remove deprecated v1 endpoints', 'Speed up CI by caching toolchains'], n);
    const f = [`Pull request #${900 + n}: ${t}\nbase: main ← head: ${pick(['feature', 'fix', 'chore'], n)}/${t.toLowerCase().split(' ').slice(0, 3).join('-')} · ${pick(PEOPLE, n)} · +${40 + n} −${n % 30}`,
      `## Summary\n\n${b[0]}\n\n## Checklist\n- [x] Tests added\n- [x] Docs updated\n- [ ] Changelog entry`];
    f.push(`Review comment on src/${pick(['sender', 'build', 'ui', 'api'], n)}.ts line ${10 + n}:\n${b.length > 1 ? b[1] : pick(['nit: naming', 'Can we add a test for the empty case?', 'LGTM once CI is green.'], n)}`);
    return { fields: f, at: [1, 2] };
  },
};

C.mcp = { // MCP tools/call result whose text item is itself a JSON document: the payload is escaped twice
  esc: (s) => esc.json(esc.json(s)),
  build(b, n, ctx) {
    const tool = pick(['drive.get_document', 'tickets.search', 'notes.read', 'crm.lookup', 'repo.read_file'], n);
    const title = pick(['Meeting notes', 'Q3 plan', 'README', 'Customer note', 'Release checklist'], n);
    // b[] arrive escaped twice; the inner document is itself a JSON string value of "result"
    const inner = (id, key, t) => esc.json(`{"ok":true,"item":{"id":"${id}","title":"${title}","updated":"${day(n)}","${key}":"`) + t + esc.json('"}}');
    const wrapT = (t) => `{"tool":"${tool}","isError":false,"result":"${t}"}`;
    const f = [wrapT(inner(sha(n).slice(0, 10), ctx.hidden ? 'x_sync_state' : 'content', b[0]))];
    if (b.length > 1) f.push(wrapT(inner(sha(n + 1).slice(0, 10), 'content', b[1])));
    return { fields: f, at: [0, 1] };
  },
};

C.fixture = {
  esc: esc.tpl,
  hide: (x) => `<span class="visually-hidden">${x}</span>`,
  build(b, n) {
    const name = pick(['renders the inbox preview', 'summarises a long thread', 'formats the ticket body', 'parses imported notes'], n);
    const f = [`// __snapshots__/${pick(['inbox', 'thread', 'ticket', 'import'], n)}.test.ts.snap\n// Jest Snapshot v1\n\nexports[\`${name} 1\`] = \`\n"${b[0]}"\n\`;`];
    if (b.length > 1) f.push(`exports[\`${name} 2\`] = \`\n"${b[1]}"\n\`;`);
    return { fields: f, at: [0, 1] };
  },
};

export const CARRIERS = Object.keys(C);
// carriers that can hold a whole long document
export const LONG_CARRIERS = ['kb', 'pdf', 'web', 'email', 'email_thread', 'ticket', 'rag', 'mcp', 'pr', 'memory', 'commit', 'crm'];

// parts: plain strings (1 or 2); pad: {pre, post} plain filler or null
export function render(name, { parts, hidden = false, pad = null, n = 0, lang = 'en' }) {
  const c = C[name];
  if (!c) throw new Error('unknown carrier ' + name);
  const e = (s) => c.esc(s, n, hidden);
  const blocks = parts.map((p, i) => {
    let core = e(p);
    if (hidden && c.hide) core = c.hide(core, n);
    const pre = pad && i === 0 && pad.pre ? e(pad.pre) + e('\n\n') : '';
    const post = pad && i === parts.length - 1 && pad.post ? e('\n\n') + e(pad.post) : '';
    return pre + core + post;
  });
  const out = c.build(blocks, n, { hidden, lang });
  const needles = parts.map((p, i) => {
    let t = e(p);
    if (out.quoted && out.quoted[i]) t = esc.prefix(t, '> ');
    return { field: out.at[i], text: t };
  });
  return { fields: out.fields, needles };
}
