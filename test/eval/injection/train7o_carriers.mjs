// train7o carriers: the framings shared by attacks and look-alikes.
// Every carrier takes the message parts (usually one; two for split records)
// and a small context ({title, seed}) and returns the text leaves ("fields").
// The same carriers frame attacks and benign texts, so framing is never a signal.

const HOSTS = [
  'docs.acme.example', 'wiki.northwind.test', 'files.contoso.example', 'intranet.globex.test',
  'kb.initech.example', 'blog.fabrikam.example', 'support.umbrella.test', 'status.hooli.example',
];
const PEOPLE = [
  ['Dana Whitfield', 'dana.whitfield@acme.example'], ['Luis Ortega', 'l.ortega@northwind.test'],
  ['Claire Moreau', 'claire.moreau@globex.test'], ['Jonas Becker', 'jbecker@initech.example'],
  ['Yuki Tanaka', 'y.tanaka@fabrikam.example'], ['Olena Kovalenko', 'olena.k@umbrella.test'],
  ['Rahul Mehta', 'rahul.mehta@hooli.example'], ['Ana Souza', 'ana.souza@contoso.example'],
];
const pick = (arr, seed) => arr[seed % arr.length];
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'doc';
const esc = (s) => s; // text is kept verbatim inside markup (agents read raw tool output)

export const CARRIERS = {
  // raw text as a tool returns it
  bare: (parts) => parts.slice(),

  // fetched HTML page (raw markup, as a fetch tool returns it)
  web: (parts, c) => {
    const host = pick(HOSTS, c.seed);
    const head = `<!doctype html><html><head><meta charset="utf-8"><title>${c.title}</title>` +
      `<link rel="canonical" href="https://${host}/${slug(c.title)}"></head><body>` +
      `<nav><a href="/">Home</a> | <a href="/search">Search</a></nav><main><article>`;
    const out = parts.map((p, i) => (i === 0 ? head + '\n' : '') + `<section>\n${esc(p)}\n</section>`);
    out[out.length - 1] += `\n</article></main><footer>&copy; 2026 ${host}</footer></body></html>`;
    return out;
  },

  // email read through a mail tool: header leaf + body leaves
  email: (parts, c) => {
    const [name, addr] = pick(PEOPLE, c.seed);
    const [, to] = pick(PEOPLE, c.seed + 3);
    return [`From: ${name} <${addr}>\nTo: ${to}\nSubject: ${c.title}\nDate: Tue, ${3 + (c.seed % 25)} Nov 2026 09:${10 + (c.seed % 49)}:00 +0100`,
      ...parts];
  },

  // issue tracker / helpdesk ticket
  ticket: (parts, c) => {
    const n = 4000 + (c.seed * 37) % 5000;
    const out = [`#${n} ${c.title}\nStatus: open  Priority: P${1 + (c.seed % 4)}  Reporter: ${pick(PEOPLE, c.seed)[0]}`];
    parts.forEach((p, i) => out.push(i === 0 ? `Description:\n${p}` : `Comment ${i} (${pick(PEOPLE, c.seed + i)[0]}):\n${p}`));
    return out;
  },

  // text extracted from a PDF, with page furniture
  pdf: (parts, c) => {
    const pages = 3 + (c.seed % 20);
    return parts.map((p, i) => `${c.title}    Page ${i + 1} of ${pages}\n${p}\n— ${pick(HOSTS, c.seed)} · confidential · rev ${1 + (c.seed % 7)}`);
  },

  // a file read by a filesystem / repository tool
  file: (parts, c) => {
    const path = `/srv/shared/${slug(c.title)}.${pick(['md', 'txt', 'rst', 'adoc'], c.seed)}`;
    return [`==> ${path} <==\n${parts[0]}`, ...parts.slice(1)];
  },

  // JSON API answer (text is JSON-escaped inside string values)
  json: (parts, c) => {
    if (parts.length === 1) {
      return [JSON.stringify({ id: `doc_${1000 + c.seed}`, title: c.title, source: `https://${pick(HOSTS, c.seed)}/api/v2/items/${1000 + c.seed}`, body: parts[0], updated_at: '2026-11-0' + (1 + c.seed % 9) + 'T10:00:00Z' }, null, 1)];
    }
    return parts.map((p, i) => JSON.stringify({ id: `doc_${1000 + c.seed}`, chunk: i, text: p }));
  },

  // web search results list
  search: (parts, c) => {
    const host = pick(HOSTS, c.seed);
    const out = [`Search results for "${c.title.slice(0, 50)}" (about ${120 + c.seed * 13} results)`];
    parts.forEach((p, i) => out.push(`${i + 1}. ${c.title}${i ? ' (cont.)' : ''}\n   https://${host}/${slug(c.title)}${i ? '?page=' + (i + 1) : ''}\n   ${p}`));
    out.push(`${parts.length + 1}. Related: ${pick(['FAQ', 'Changelog', 'Forum thread', 'Release notes'], c.seed)}\n   https://${pick(HOSTS, c.seed + 1)}/related`);
    return out;
  },

  // chat export (team chat channel history read by a tool)
  chat: (parts, c) => {
    const ch = pick(['#ops', '#support', '#general', '#eng-platform', '#docs', '#onboarding'], c.seed);
    return parts.map((p, i) => `[${ch}] ${pick(PEOPLE, c.seed + i)[0]} — ${9 + i}:${String(10 + (c.seed % 49)).padStart(2, '0')}\n${p}`);
  },

  // wiki / knowledge base page in markdown
  wiki: (parts, c) => {
    const out = [`# ${c.title}\n\n> Last edited by ${pick(PEOPLE, c.seed)[0]} · ${pick(HOSTS, c.seed + 2)}\n\n${parts[0]}`];
    for (const p of parts.slice(1)) out.push(p);
    out[out.length - 1] += `\n\n---\n_Tags: ${pick(['ops', 'howto', 'policy', 'reference', 'team'], c.seed)}_`;
    return out;
  },

  // RSS / Atom feed item
  feed: (parts, c) => {
    const host = pick(HOSTS, c.seed + 5);
    return parts.map((p, i) => `<item><title>${c.title}${i ? ' (' + (i + 1) + ')' : ''}</title><link>https://${host}/feed/${c.seed}-${i}</link><description><![CDATA[${p}]]></description></item>`);
  },

  // spreadsheet / CSV row export
  sheet: (parts, c) => {
    const q = (s) => '"' + s.replace(/"/g, '""') + '"';
    return [`sheet: ${slug(c.title)}.csv\nrow,owner,text\n${2 + c.seed % 90},${pick(PEOPLE, c.seed)[0]},${q(parts[0])}`,
      ...parts.slice(1).map((p, i) => `${3 + i + c.seed % 90},${pick(PEOPLE, c.seed + 1)[0]},${q(p)}`)];
  },
};

export const CARRIER_NAMES = Object.keys(CARRIERS);

// Check that a string written into a carrier can be found in its output
// (verbatim, or escaped as the carrier escapes it).
export function appearsIn(carrier, needle, fields) {
  const joined = fields.join('\n');
  if (joined.includes(needle)) return true;
  if (carrier === 'json' && joined.includes(JSON.stringify(needle).slice(1, -1))) return true;
  if (carrier === 'sheet' && joined.includes(needle.replace(/"/g, '""'))) return true;
  return false;
}
