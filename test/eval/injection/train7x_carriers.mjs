// train7x: carrier framings. The SAME carriers frame attacks and look-alikes (assignment depends only on
// a per-group counter, never on the label), so the framing is not a signal.
// wrap(body, ctx): ctx = { rng, long, part (0 or 1 for two-leaf items) }. Bodies are inserted verbatim,
// except in JSON carriers (JSON string escaping) and the spreadsheet (CSV quote doubling).

export function makeRng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rng, arr) => arr[Math.floor(rng() * arr.length)];
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pad = (n, w = 2) => String(n).padStart(w, "0");
const date = (rng) => `2026-${pad(int(rng, 1, 4))}-${pad(int(rng, 1, 28))}`;
const time = (rng) => `${pad(int(rng, 7, 19))}:${pad(int(rng, 0, 59))}`;
const NAMES = ["alex", "dana", "omar", "priya", "kenji", "lucia", "marta", "tomasz", "ines", "yusuf", "mei", "sven"];
const WORDS = ["alpha", "delta", "orion", "cedar", "harbor", "falcon", "quartz", "nova", "ember", "atlas"];

// language-neutral structured filler, used for long framings (payload or look-alike sits in the middle)
export const FILL = {
  logs: (rng, n) => Array.from({ length: n }, () => `${date(rng)}T${time(rng)}:${pad(int(rng, 0, 59))}Z ${pick(rng, ["INFO", "INFO", "DEBUG", "WARN"])} ${pick(rng, WORDS)}-worker-${int(rng, 1, 9)} job=${int(rng, 1000, 99999)} status=${pick(rng, ["ok", "ok", "retry", "ok"])} dur_ms=${int(rng, 3, 4800)}`).join("\n"),
  csv: (rng, n) => Array.from({ length: n }, () => `SKU-${int(rng, 10000, 99999)},${pick(rng, WORDS)}-${int(rng, 1, 40)},${int(rng, 1, 500)},${(rng() * 900 + 5).toFixed(2)},EUR,${date(rng)}`).join("\n"),
  htmlRows: (rng, n) => Array.from({ length: n }, () => `<tr><td>${pick(rng, WORDS)}-${int(rng, 100, 999)}</td><td>${int(rng, 1, 90)}</td><td>${(rng() * 300).toFixed(2)}</td><td>${date(rng)}</td></tr>`).join("\n"),
  mdRows: (rng, n) => Array.from({ length: n }, () => `| ${pick(rng, WORDS)}-${int(rng, 10, 99)} | ${int(rng, 1, 900)} | ${(rng() * 100).toFixed(1)} % | ${date(rng)} |`).join("\n"),
  jsonItems: (rng, n) => Array.from({ length: n }, () => ({ id: int(rng, 100000, 999999), sku: `${pick(rng, WORDS)}-${int(rng, 1, 99)}`, qty: int(rng, 1, 50), price: Number((rng() * 200).toFixed(2)), updated: date(rng) })),
  code: (rng, n) => Array.from({ length: n }, (_, i) => { const w = pick(rng, WORDS); return `function ${w}${i}(x) {\n  const v = x * ${int(rng, 2, 97)} + ${int(rng, 0, 9)};\n  return v > ${int(rng, 100, 999)} ? v % ${int(rng, 7, 31)} : v;\n}`; }).join("\n\n"),
  config: (rng, n) => Array.from({ length: n }, () => `  ${pick(rng, WORDS)}_${pick(rng, ["timeout", "retries", "port", "pool_size", "batch"])}: ${int(rng, 1, 9000)}`).join("\n"),
  chat: (rng, n) => Array.from({ length: n }, () => `[${date(rng)} ${time(rng)}] ${pick(rng, NAMES)}: ${pick(rng, ["+1", "ok", "👍", "ack", `PR #${int(rng, 100, 999)} merged`, `TKT-${int(rng, 1000, 9999)}`, "🙏", "lgtm", `${int(rng, 2, 40)} min`, "✅"])}`).join("\n"),
  attendees: (rng, n) => Array.from({ length: n }, () => `  - ${pick(rng, NAMES)}.${pick(rng, NAMES)}@corp.example (${pick(rng, ["accepted", "tentative", "needs-action"])})`).join("\n"),
  memory: (rng, n) => Array.from({ length: n }, () => `- [${date(rng)}] ${pick(rng, ["pref", "ctx", "tool", "proj"])}.${pick(rng, WORDS)} = ${pick(rng, ["true", "false", int(rng, 1, 99), pick(rng, WORDS)])}`).join("\n"),
  activity: (rng, n) => Array.from({ length: n }, () => `${date(rng)} ${time(rng)} | ${pick(rng, NAMES)} | ${pick(rng, ["status: open -> triage", "label +billing", "assignee set", "priority P3", "linked TKT-" + int(rng, 1000, 9999), "sla 8h"])}`).join("\n"),
};

const jsonStr = (s) => JSON.stringify(s);
const csvCell = (s) => `"${s.replace(/"/g, '""')}"`;

export const CARRIERS = {
  web_page: (b, { rng, long, part }) => part ? `<footer class="site-footer">\n${b}\n<p>© 2026</p></footer>` :
    `<!doctype html>\n<html><head><meta charset="utf-8"><title>${pick(rng, WORDS)} | page ${int(rng, 2, 80)}</title></head>\n<body><header><nav><a href="/">Home</a> <a href="/docs">Docs</a> <a href="/contact">Contact</a></nav></header>\n<main>\n` +
    (long ? `<table class="data">\n${FILL.htmlRows(rng, 6)}\n</table>\n` : "") + `${b}\n` +
    (long ? `<table class="data">\n${FILL.htmlRows(rng, 6)}\n</table>\n<script type="application/ld+json">${JSON.stringify({ "@type": "Dataset", items: FILL.jsonItems(rng, 2) })}</script>\n` : "") + `</main></body></html>`,
  markdown_doc: (b, { rng, long, part }) => part ? `---\n\n_Appendix_\n\n${b}` :
    `# ${pick(rng, WORDS)}-${int(rng, 10, 99)}\n\n` + (long ? `| id | count | share | updated |\n|---|---|---|---|\n${FILL.mdRows(rng, 10)}\n\n` : "") + `${b}\n` + (long ? `\n| id | count | share | updated |\n|---|---|---|---|\n${FILL.mdRows(rng, 10)}\n` : ""),
  pdf_text: (b, { rng, long, part }) => { const p = int(rng, 2, 30); return part ? `-- page ${p + 1} of ${p + 4} --\n${b}\nDOC-${int(rng, 1000, 9999)} rev ${int(rng, 1, 9)}` :
    `-- page ${p} of ${p + 4} --\n` + (long ? `${FILL.csv(rng, 8).replace(/,/g, "    ")}\n\n` : "") + `${b}\n` + (long ? `\n${FILL.csv(rng, 8).replace(/,/g, "    ")}\n` : "") + `DOC-${int(rng, 1000, 9999)} rev ${int(rng, 1, 9)} · ${p}`; },
  email: (b, { rng, long, part }) => part ? `--- attachment: note-${int(rng, 1, 99)}.txt ---\n${b}` :
    `From: ${pick(rng, NAMES)}@${pick(rng, ["mail", "corp", "partners"])}.example\nTo: ${pick(rng, NAMES)}@corp.example\nSubject: Re: [${pick(rng, WORDS)}-${int(rng, 100, 999)}] update\nDate: ${date(rng)} ${time(rng)}\n\n` + (long ? `Order summary:\n${FILL.csv(rng, 7)}\n\n` : "") + `${b}\n` +
    (long ? `\n> On ${date(rng)} ${pick(rng, NAMES)}@corp.example wrote:\n> order lines:\n${FILL.csv(rng, 8).split("\n").map((l) => "> " + l).join("\n")}\n` : ""),
  calendar_invite: (b, { rng, long, part }) => part ? `Notes (continued):\n${b}` :
    `Event: ${pick(rng, WORDS)} sync #${int(rng, 1, 60)}\nWhen: ${date(rng)} ${time(rng)} (60 min)\nWhere: Room ${int(rng, 100, 599)} / video\nOrganizer: ${pick(rng, NAMES)}@corp.example\n` + (long ? `Attendees:\n${FILL.attendees(rng, 12)}\n` : "") + `Description:\n${b}\n` + (long ? `Attachments:\n${Array.from({ length: 8 }, () => `  - ${pick(rng, WORDS)}-${int(rng, 1, 99)}.${pick(rng, ["pdf", "xlsx", "pptx"])} (${int(rng, 12, 4800)} KB)`).join("\n")}\n` : ""),
  chat_export: (b, { rng, long, part }) => part ? `[${date(rng)} ${time(rng)}] ${pick(rng, NAMES)}: ${b}` :
    (long ? `${FILL.chat(rng, 13)}\n` : `[${date(rng)} ${time(rng)}] ${pick(rng, NAMES)}: ok\n`) + `[${date(rng)} ${time(rng)}] ${pick(rng, NAMES)}: ${b}\n` + (long ? `${FILL.chat(rng, 13)}` : `[${date(rng)} ${time(rng)}] ${pick(rng, NAMES)}: 👍`),
  ticket: (b, { rng, long, part }) => part ? `Comment by ${pick(rng, NAMES)} (${date(rng)}):\n${b}` :
    `Ticket #${int(rng, 10000, 99999)} | Priority: P${int(rng, 1, 4)} | Status: open\nReporter: ${pick(rng, NAMES)}@customer.example\n` + (long ? `Environment log:\n${FILL.logs(rng, 5)}\n` : "") + `Description:\n${b}\n` + (long ? `--- activity ---\n${FILL.activity(rng, 10)}` : `--- activity ---\n${FILL.activity(rng, 1)}`),
  crm_note: (b, { rng, long, part }) => part ? `Follow-up note (${date(rng)}):\n${b}` :
    `Account: ${pick(rng, WORDS)} ${pick(rng, ["GmbH", "Ltd", "SA", "Inc", "KK"])} | Stage: ${pick(rng, ["Discovery", "Proposal", "Negotiation"])} | ARR: ${int(rng, 5, 900)}k\nOwner: ${pick(rng, NAMES)}\n` + (long ? `Activity:\n${FILL.activity(rng, 10)}\n` : "") + `Note:\n${b}\n` + (long ? `Line items:\n${FILL.csv(rng, 9)}` : ""),
  code_file: (b, { rng, long, part }) => part ? `/*\n${b}\n*/\nexport default ${pick(rng, WORDS)};` :
    `// ${pick(rng, WORDS)}.js\n` + (long ? `${FILL.code(rng, 5)}\n\n` : "") + `/*\n${b}\n*/\n` + (long ? `${FILL.code(rng, 5)}\n` : `const ${pick(rng, WORDS)} = ${int(rng, 1, 99)};\n`),
  config_file: (b, { rng, long, part }) => { const ind = (s) => s.split("\n").map((l) => "    " + l).join("\n"); return part ? `annotations:\n  note2: |\n${ind(b)}` :
    `service: ${pick(rng, WORDS)}\nversion: ${int(rng, 1, 9)}.${int(rng, 0, 20)}\nsettings:\n` + (long ? `${FILL.config(rng, 18)}\n` : `${FILL.config(rng, 2)}\n`) + `annotations:\n  note: |\n${ind(b)}\n` + (long ? `limits:\n${FILL.config(rng, 18)}\n` : ""); },
  log_excerpt: (b, { rng, long, part }) => part ? `${date(rng)}T${time(rng)}:00Z INFO ingest msg=${b}` :
    (long ? `${FILL.logs(rng, 7)}\n` : "") + `${date(rng)}T${time(rng)}:${pad(int(rng, 0, 59))}Z INFO ingest doc=${int(rng, 1000, 9999)} msg=${b}\n` + (long ? FILL.logs(rng, 7) : FILL.logs(rng, 1)),
  rag_chunk: (b, { rng, long, part }) => `[chunk ${int(rng, 1, 40) + (part || 0)}/${int(rng, 41, 90)} | source: kb-${int(rng, 100, 999)} | score ${(0.5 + rng() / 2).toFixed(2)}]\n` + (long ? `${FILL.mdRows(rng, 10)}\n\n` : "") + `${b}\n` + (long ? `\n${FILL.mdRows(rng, 10)}` : ""),
  kb_article: (b, { rng, long, part }) => part ? `Related note:\n${b}` :
    `KB-${int(rng, 1000, 9999)} · updated ${date(rng)} · applies to v${int(rng, 2, 9)}.${int(rng, 0, 9)}\n\n` + (long ? `Version matrix:\n${FILL.mdRows(rng, 10)}\n\n` : "") + `${b}\n\n` + (long ? `Known builds:\n${FILL.mdRows(rng, 10)}\n\n` : "") + `Was this helpful? Yes / No`,
  spreadsheet: (b, { rng, long, part }) => part ? `sheet2!A1,${csvCell(b)}` :
    `sku,item,qty,price,currency,date\n` + (long ? `${FILL.csv(rng, 10)}\n` : `${FILL.csv(rng, 1)}\n`) + `notes,${csvCell(b)},,,,\n` + (long ? FILL.csv(rng, 10) : FILL.csv(rng, 1)),
  search_results: (b, { rng, long, part }) => { const r = (t) => ({ title: `${pick(rng, WORDS)} ${int(rng, 2, 99)}`, url: `https://${pick(rng, WORDS)}.site-${int(rng, 1, 99)}.example/${int(rng, 100, 999)}`, snippet: t });
    const before = long ? FILL.jsonItems(rng, 3).map((x) => r(`${x.sku} qty ${x.qty} price ${x.price} updated ${x.updated}`)) : [];
    const after = long ? FILL.jsonItems(rng, 3).map((x) => r(`${x.sku} qty ${x.qty} price ${x.price} updated ${x.updated}`)) : [];
    return JSON.stringify({ query_id: int(rng, 1000, 9999), page: (part || 0) + 1, results: [...before, r(b), ...after] }, null, 2); },
  api_json: (b, { rng, long, part }) => JSON.stringify({ ...(long ? { meta: { request_id: `req_${int(rng, 100000, 999999)}`, related: FILL.jsonItems(rng, 3) } } : {}), data: { id: String(int(rng, 10000, 99999)), type: pick(rng, ["document", "message", "record"]), attributes: { [part ? "footer" : "description"]: b, created_at: date(rng) } }, ...(long ? { included: FILL.jsonItems(rng, 3) } : {}) }, null, 2),
  agent_memory: (b, { rng, long, part }) => part ? `## Scratchpad\n${b}` :
    `# memory/${pick(rng, WORDS)}.md\n## Facts\n` + (long ? `${FILL.memory(rng, 14)}\n` : `${FILL.memory(rng, 2)}\n`) + `## Saved from last session\n${b}\n` + (long ? `## Index\n${FILL.memory(rng, 14)}` : ""),
};
export const CARRIER_NAMES = Object.keys(CARRIERS);
