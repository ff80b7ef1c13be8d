// train8p carriers: every carrier turns (title, body segments) into two fields and escapes the
// text for its own format. Segment = {s: string, raw: bool}; raw segments are HTML markup that an
// HTML-capable carrier inserts as is. `esc0` escapes text in field 0, `emb(seg)` gives the exact
// string a segment becomes in field 1 (the validator looks for it there).

export const htmlEsc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
const icsEsc = (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
const csvEsc = (s) => s.replace(/"/g, '""');
const logEsc = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const ident = (s) => s;
const oneLine = (s) => s.replace(/\n/g, ' ');
const lines = (prefix) => (s) => s.replace(/\n/g, '\n' + prefix);
const pEsc = (s) => htmlEsc(s).split('\n\n').map((x) => x.replace(/\n/g, '<br>\n')).join('</p>\n<p>');
const jsdocEsc = (s) => s.replace(/\*\//g, '*\\/').replace(/\n/g, '\n * ');

function joined(c, segs) {
  return segs.map((g) => c.emb(g)).join(c.sep);
}
const plain = (segs) => segs.map((g) => g.s).join('\n\n');

const people = ['Mara Lind', 'Tomasz Wójcik', 'Aiko Mori', 'Daniel Reyes', 'Fatima Haddad', 'Jonas Berg', 'Priya Nair', 'Lucas Moreau'];
const who = (k) => people[k % people.length];
const mail = (k) => who(k).toLowerCase().replace(/[^a-z ]/g, '').replace(/ /g, '.') + '@northwind-mail.example';

function mk(name, opt) {
  const c = { name, html: false, sep: null, esc0: ident, ...opt };
  if (!c.emb) c.emb = (g) => (g.raw && c.html ? g.s : c.esc(g.s));
  if (c.sep === null) c.sep = c.esc('\n\n');
  return c;
}

export const CARRIERS = [
  mk('web', {
    html: true,
    esc: pEsc,
    sep: '</p>\n<p>',
    esc0: htmlEsc,
    f0: (c, t) => `<title>${c.esc0(t)}</title>`,
    f1: (c, t, segs, k) =>
      `<!doctype html>\n<html lang="x"><body>\n<header><nav><a href="/">Home</a> · <a href="/deals">Deals</a> · <a href="/help">Help</a></nav></header>\n<main><article>\n<p>${joined(c, segs)}</p>\n</article></main>\n<footer><small>© 2026 · <a href="https://www.shopfront.example/privacy">Privacy</a> · ref ${k}</small></footer>\n</body></html>`,
  }),
  mk('markdown', {
    html: true,
    esc: ident,
    esc0: oneLine,
    f0: (c, t) => `# ${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      `_Last edited by ${who(k)} · shared with: team_\n\n${joined(c, segs)}\n\n---\n**Comments (2)**\n\n> **${who(k + 1)}**: Looks fine to me, left two typo fixes.\n>\n> **${who(k + 2)}**: Resolved.`,
  }),
  mk('email', {
    esc: ident,
    esc0: oneLine,
    f0: (c, t) => `Subject: ${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      `From: ${who(k)} <${mail(k)}>\nTo: ${who(k + 3)} <${mail(k + 3)}>\nDate: Tue, ${3 + (k % 20)} Mar 2026 09:${String(10 + (k % 49)).padStart(2, '0')}:00 +0100\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${joined(c, segs)}\n\n-- \n${who(k)}\nNorthwind Trading · intranet: http://wiki/contacts`,
  }),
  mk('ics', {
    esc: icsEsc,
    esc0: icsEsc,
    f0: (c, t) => `SUMMARY:${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Northwind//Calendar 4.2//EN\nBEGIN:VEVENT\nUID:${k}-evt@calendar.northwind.example\nDTSTART:202604${String(1 + (k % 28)).padStart(2, '0')}T090000Z\nDTEND:202604${String(1 + (k % 28)).padStart(2, '0')}T100000Z\nORGANIZER;CN=${who(k)}:mailto:${mail(k)}\nLOCATION:Room 4.12\nDESCRIPTION:${joined(c, segs)}\nEND:VEVENT\nEND:VCALENDAR`,
  }),
  mk('json', {
    esc: jsonEsc,
    esc0: jsonEsc,
    f0: (c, t) => `{"object":"crm.record","title":"${c.esc0(t)}"}`,
    f1: (c, t, segs, k) =>
      JSON.stringify({ id: `rec_${1000 + k}`, owner: who(k), stage: 'qualified', updated: '2026-03-11T08:00:00Z', notes: plain(segs), tags: ['q2', 'renewal'] }, null, 2),
  }),
  mk('ticket', {
    esc: jsonEsc,
    esc0: oneLine,
    f0: (c, t, k) => `Ticket #${48210 + k} — ${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      JSON.stringify({ ticket: { id: 48210 + k, status: 'open', priority: 'normal', requester: mail(k + 4), description: plain(segs), comments: [{ author: 'agent', body: 'Thanks, looking into it.' }] } }, null, 2),
  }),
  mk('yaml', {
    esc: lines('      '),
    esc0: jsonEsc,
    f0: (c, t) => `name: "${c.esc0(t)}"`,
    f1: (c, t, segs, k) =>
      `workflow: inbox-digest-${k}\ntrigger: schedule(0 7 * * 1-5)\nsteps:\n  - id: fetch\n    uses: mail.list\n  - id: summarise\n    uses: agent.run\n    notes: |\n      ${joined(c, segs)}\n  - id: post\n    uses: chat.send\n    with:\n      channel: "#daily"`,
  }),
  mk('code_py', {
    esc: lines('# '),
    esc0: oneLine,
    f0: (c, t) => `# ${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      `import csv\nfrom pathlib import Path\n\n# ${joined(c, segs)}\n\ndef load_rows(path: Path):\n    with path.open(newline="") as fh:\n        return list(csv.DictReader(fh))\n`,
  }),
  mk('code_js', {
    esc: jsdocEsc,
    esc0: oneLine,
    f0: (c, t) => `// ${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      `/**\n * ${joined(c, segs)}\n */\nexport async function syncCalendar(client, since) {\n  const events = await client.list({ since });\n  return events.filter((e) => !e.cancelled);\n}\n`,
  }),
  mk('code_go', {
    esc: lines('// '),
    esc0: oneLine,
    f0: (c, t) => `// ${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      `package crm\n\n// ${joined(c, segs)}\nfunc (s *Store) Contacts(ctx context.Context) ([]Contact, error) {\n\treturn s.db.ListContacts(ctx)\n}\n`,
  }),
  mk('csv', {
    esc: csvEsc,
    esc0: oneLine,
    f0: (c, t) => `Sheet: ${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      `row,date,owner,amount,note\n${k},2026-03-0${1 + (k % 9)},${who(k)},${120 + k}.00,"${joined(c, segs)}"\n${k + 1},2026-03-1${k % 9},${who(k + 1)},${80 + k}.50,"paid"\n`,
  }),
  mk('log', {
    esc: logEsc,
    esc0: oneLine,
    f0: (c, t, k) => `run ${9000 + k} · ${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      `2026-03-05T07:00:0${k % 10}Z INFO  step=trigger source=schedule\n2026-03-05T07:00:1${k % 10}Z INFO  step=fetch items=14\n2026-03-05T07:00:2${k % 10}Z INFO  step=read msg="${joined(c, segs)}"\n2026-03-05T07:00:3${k % 10}Z INFO  step=done status=ok`,
  }),
  mk('diff', {
    esc: lines('+'),
    esc0: oneLine,
    f0: (c, t) => `Subject: [PATCH] ${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      `diff --git a/docs/notes.md b/docs/notes.md\nindex 3f2a1c0..9b7d4e2 100644\n--- a/docs/notes.md\n+++ b/docs/notes.md\n@@ -1,3 +1,9 @@\n ## Notes\n \n+${joined(c, segs)}\n ## History`,
  }),
  mk('ipynb', {
    esc: jsonEsc,
    esc0: jsonEsc,
    f0: (c, t) => `{"metadata":{"title":"${c.esc0(t)}"}}`,
    f1: (c, t, segs, k) =>
      JSON.stringify({ nbformat: 4, nbformat_minor: 5, cells: [{ cell_type: 'markdown', metadata: {}, source: plain(segs) }, { cell_type: 'code', metadata: {}, execution_count: 1, outputs: [], source: 'df = load("sales_q1.csv")\ndf.head()' }] }, null, 1),
  }),
  mk('search', {
    esc: jsonEsc,
    esc0: oneLine,
    f0: (c, t) => `Top result: ${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      JSON.stringify({ query: 'results', results: [{ rank: 1, url: `https://www.site${k % 7}.example/p/${k}`, snippet: plain(segs) }, { rank: 2, title: 'Related', url: 'https://www.other.example/a', snippet: 'More on this topic.' }] }, null, 2),
  }),
  mk('issue', {
    esc: jsonEsc,
    esc0: jsonEsc,
    f0: (c, t, k) => `{"number":${300 + k},"title":"${c.esc0(t)}","state":"open"}`,
    f1: (c, t, segs, k) =>
      JSON.stringify({ comments: [{ user: 'reporter', body: 'Steps are in the description.' }, { user: who(k).split(' ')[0].toLowerCase(), body: plain(segs) }] }, null, 2),
  }),
  mk('chat', {
    esc: lines('    '),
    esc0: oneLine,
    f0: (c, t) => `#ops-shared · ${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      `[2026-03-04 09:1${k % 10}] ${who(k + 1)}: morning all\n[2026-03-04 09:2${k % 10}] ${who(k)}: ${joined(c, segs)}\n[2026-03-04 09:3${k % 10}] ${who(k + 2)}: 👍`,
  }),
  mk('pdf', {
    esc: ident,
    esc0: oneLine,
    f0: (c, t) => `Title: ${c.esc0(t)}`,
    f1: (c, t, segs, k) =>
      `NORTHWIND TRADING                                   Page ${2 + (k % 4)} of 7\n\n${joined(c, segs)}\n\nDoc ref NW-${4400 + k} · Printed 2026-03-09 · Internal`,
  }),
];

export const CARRIER_NAMES = CARRIERS.map((c) => c.name);

export function render(carrier, title, segs, k) {
  return [carrier.f0(carrier, title, k), carrier.f1(carrier, title, segs, k)];
}
