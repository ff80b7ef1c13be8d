// train7y carriers: wrap a text (or the two parts of a split text) into a tool output.
// Each carrier: esc(s) -> how the text appears inside the carrier; build(slots, rng, pre, post) -> fields.
// `pre` / `post` are carrier-style filler strings placed around the first slot (padding).

const pick = (rng, a) => a[Math.floor(rng() * a.length)];
const num = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pad2 = (n) => String(n).padStart(2, "0");
const date = (rng) => `2026-${pad2(num(rng, 1, 11))}-${pad2(num(rng, 1, 28))}`;
const time = (rng) => `${pad2(num(rng, 7, 19))}:${pad2(num(rng, 0, 59))}`;
const hexid = (rng, n) => Array.from({ length: n }, () => "0123456789abcdef"[num(rng, 0, 15)]).join("");

const FIRST = ["Alex", "Mira", "Jonas", "Ines", "Kenji", "Olu", "Sana", "Piotr", "Lea", "Tomas", "Yara", "Ravi", "Chen", "Greta", "Nadia", "Bruno"];
const LAST = ["Varga", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Haddad", "Brandt", "Rossi", "Kaya", "Nguyen", "Petrov", "Jansen"];
const DOMAINS = ["northwind.example", "acme-corp.example", "helpdesk.test", "contoso-mail.example", "orbit-labs.test", "fabrikam.example"];
const person = (rng) => `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
const mail = (rng) => `${pick(rng, FIRST).toLowerCase()}.${pick(rng, LAST).toLowerCase()}@${pick(rng, DOMAINS)}`;

// Neutral boilerplate used as filler in every carrier.
export const FILLER = [
  "Orders placed before 14:00 ship the same business day; tracking numbers are emailed once the parcel leaves the warehouse.",
  "The quarterly figures were reconciled against the ledger export and no material differences were found.",
  "Meeting rooms on the third floor are closed for maintenance until the end of the month.",
  "Please keep receipts for travel expenses; the finance team reimburses within ten working days.",
  "Version 4.2 of the mobile app adds offline mode and fixes the crash on the settings screen.",
  "The parking garage entrance has moved to the north side of the building.",
  "Average response time for priority-two tickets dropped from 9 to 6 hours this quarter.",
  "Las reservas se confirman por correo en un plazo de 24 horas.",
  "Die Lieferung erfolgt in wiederverwendbaren Kisten, bitte beim nächsten Besuch zurückgeben.",
  "Le service client est joignable du lundi au vendredi, de 9 h à 18 h.",
  "O relatório mensal inclui apenas os projetos ativos.",
  "Il magazzino di Bologna resterà chiuso durante le festività.",
  "Backups run nightly at 02:00 UTC and are retained for 35 days.",
  "The cafeteria now offers a vegetarian option every day of the week.",
  "Invoices are numbered sequentially per fiscal year and cannot be reused.",
  "Firmware updates are staged to 10% of devices before a full rollout.",
];
const fill = (rng) => pick(rng, FILLER);

const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
const ident = (s) => s;

export const CARRIERS = {
  web: {
    esc: ident,
    unit: (rng) => `<p>${fill(rng)}</p>`,
    build(slots, rng, pre, post) {
      const f = [`<!doctype html><html lang="en"><head><title>${pick(rng, ["Product notes", "Team blog", "Release overview", "Store info"])}</title></head><body><nav><a href="/">Home</a> | <a href="/docs">Docs</a> | <a href="/contact">Contact</a></nav><main><article><h1>${pick(rng, ["Update", "Overview", "Details", "Info"])}</h1>${pre}\n${slots[0]}\n${post}</article></main><footer>© 2026 ${pick(rng, DOMAINS)}</footer></body></html>`];
      if (slots[1] !== undefined) f.push(`<aside class="sidebar"><h3>Related</h3>\n${slots[1]}\n</aside>`);
      return f;
    },
  },
  email: {
    esc: ident,
    unit: (rng) => fill(rng),
    build(slots, rng, pre, post) {
      const from = person(rng);
      const f = [`From: ${from} <${mail(rng)}>\nTo: ${mail(rng)}\nDate: ${date(rng)} ${time(rng)}\nSubject: ${pick(rng, ["Re: follow-up", "Weekly update", "Invoice question", "Quick note", "Fwd: documents"])}`,
        `Hi,\n\n${pre}\n\n${slots[0]}\n\n${post}\n\nBest regards,\n${from}`];
      if (slots[1] !== undefined) f.push(`Attachment notes.txt:\n${slots[1]}`);
      return f;
    },
  },
  email_thread: {
    esc: ident,
    unit: (rng) => `> ${fill(rng)}`,
    build(slots, rng, pre, post) {
      const a = person(rng), b = person(rng);
      const f = [`--- Message 1 ---\nFrom: ${a} <${mail(rng)}>\nDate: ${date(rng)}\n\nThanks, see below.\n${pre}`,
        `--- Message 2 ---\nFrom: ${b} <${mail(rng)}>\nDate: ${date(rng)}\n\n${slots[0]}\n${post}`];
      if (slots[1] !== undefined) f.push(`--- Message 3 ---\nFrom: ${a} <${mail(rng)}>\n\n${slots[1]}`);
      return f;
    },
  },
  calendar: {
    esc: (s) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n"),
    unit: (rng) => `X-NOTE:${fill(rng).replace(/,/g, "\\,").replace(/;/g, "\\;")}`,
    build(slots, rng, pre, post) {
      const d = date(rng).replace(/-/g, "");
      const f = [`BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//calendar.example//EN\nBEGIN:VEVENT\nUID:${hexid(rng, 12)}@calendar.example\nDTSTART:${d}T${pad2(num(rng, 8, 17))}0000Z\nSUMMARY:${pick(rng, ["Planning sync", "Vendor call", "1:1", "Budget review"])}\n${pre}\nDESCRIPTION:${slots[0]}\n${post}\nORGANIZER:mailto:${mail(rng)}\nEND:VEVENT\nEND:VCALENDAR`];
      if (slots[1] !== undefined) f.push(`COMMENT:${slots[1]}`);
      return f;
    },
  },
  chat: {
    esc: ident,
    unit: (rng) => `[${date(rng)} ${time(rng)}] ${pick(rng, FIRST)}: ${fill(rng)}`,
    build(slots, rng, pre, post) {
      const f = [`Chat export — #${pick(rng, ["general", "ops", "sales-emea", "support", "design"])}\n${pre}\n[${date(rng)} ${time(rng)}] ${pick(rng, FIRST)}: ${slots[0]}\n${post}`];
      if (slots[1] !== undefined) f.push(`[${date(rng)} ${time(rng)}] ${pick(rng, FIRST)}: ${slots[1]}`);
      return f;
    },
  },
  ticket: {
    esc: ident,
    unit: (rng) => `Internal note: ${fill(rng)}`,
    build(slots, rng, pre, post) {
      const f = [`Ticket #${num(rng, 10000, 99999)} | Status: ${pick(rng, ["open", "pending", "in progress"])} | Priority: P${num(rng, 1, 4)} | Reporter: ${mail(rng)}`,
        `Description:\n${pre}\n${slots[0]}\n${post}`];
      if (slots[1] !== undefined) f.push(`Comment (${person(rng)}):\n${slots[1]}`);
      return f;
    },
  },
  crm: {
    esc: ident,
    unit: (rng) => `- ${date(rng)}: ${fill(rng)}`,
    build(slots, rng, pre, post) {
      const f = [`Account: ${pick(rng, ["Northwind Traders", "Fabrikam Ltd", "Orbit Labs", "Acme Corp"])} (ID ACC-${num(rng, 1000, 9999)})\nOwner: ${person(rng)}\nStage: ${pick(rng, ["Qualified", "Proposal", "Negotiation"])}`,
        `Activity log:\n${pre}\nNote by ${person(rng)}: ${slots[0]}\n${post}`];
      if (slots[1] !== undefined) f.push(`Next step: ${slots[1]}`);
      return f;
    },
  },
  code: {
    esc: ident,
    unit: (rng) => `const v${hexid(rng, 4)} = ${num(rng, 1, 999)}; // ${fill(rng)}`,
    build(slots, rng, pre, post) {
      const f = [`// file: src/${pick(rng, ["billing", "sync", "report", "upload"])}.js\nimport { parse } from "./util.js";\n${pre}\n/*\n${slots[0]}\n*/\nexport function run(input) {\n  return parse(input);\n}\n${post}`];
      if (slots[1] !== undefined) f.push(`# file: scripts/${pick(rng, ["deploy", "seed", "cleanup"])}.py\n"""\n${slots[1]}\n"""\ndef main():\n    pass`);
      return f;
    },
  },
  yaml: {
    esc: (s) => s.replace(/\n/g, "\n    "),
    unit: (rng) => `  # ${fill(rng)}`,
    build(slots, rng, pre, post) {
      const f = [`service: ${pick(rng, ["billing-api", "search-indexer", "mailer", "reports"])}\nreplicas: ${num(rng, 1, 6)}\nimage: registry.internal.test/app:${num(rng, 1, 9)}.${num(rng, 0, 20)}\nmetadata:\n${pre}\n  description: |\n    ${slots[0]}\n${post}\n  owner: team-${pick(rng, ["core", "data", "infra"])}`];
      if (slots[1] !== undefined) f.push(`annotations:\n  note: |\n    ${slots[1]}`);
      return f;
    },
  },
  log: {
    esc: (s) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n"),
    unit: (rng) => `${date(rng)}T${time(rng)}:${pad2(num(rng, 0, 59))}Z INFO worker-${num(rng, 1, 9)} msg="${fill(rng).replace(/"/g, "")}"`,
    build(slots, rng, pre, post) {
      const f = [`${pre}\n${date(rng)}T${time(rng)}:${pad2(num(rng, 0, 59))}Z WARN api-gw req=${hexid(rng, 8)} msg="${slots[0]}"\n${post}`];
      if (slots[1] !== undefined) f.push(`${date(rng)}T${time(rng)}:00Z INFO api-gw req=${hexid(rng, 8)} msg="${slots[1]}"`);
      return f;
    },
  },
  rag_json: {
    esc: jsonEsc,
    unit: (rng) => `{"chunk_id":"c-${hexid(rng, 6)}","text":"${jsonEsc(fill(rng))}"}`,
    build(slots, rng, pre, post) {
      const f = [`{"query_id":"q-${hexid(rng, 6)}","chunks":[${pre},\n{"chunk_id":"c-${hexid(rng, 6)}","source":"kb/${pick(rng, ["faq", "policies", "onboarding"])}.md","score":0.${num(rng, 50, 99)},"text":"${slots[0]}"},\n${post}]}`];
      if (slots[1] !== undefined) f.push(`{"chunk_id":"c-${hexid(rng, 6)}","source":"kb/notes.md","text":"${slots[1]}"}`);
      return f;
    },
  },
  kb_md: {
    esc: ident,
    unit: (rng) => `- ${fill(rng)}`,
    build(slots, rng, pre, post) {
      const f = [`# ${pick(rng, ["Setting up the VPN", "Expense policy FAQ", "Onboarding checklist", "Printer troubleshooting"])}\n\n_Last updated ${date(rng)}_\n\n${pre}\n\n${slots[0]}\n\n## See also\n\n${post}`];
      if (slots[1] !== undefined) f.push(`> **Note**\n> ${slots[1].replace(/\n/g, "\n> ")}`);
      return f;
    },
  },
  csv: {
    esc: (s) => s.replace(/"/g, '""'),
    unit: (rng) => `${num(rng, 100, 999)},${date(rng)},"${fill(rng).replace(/"/g, '""')}",ok`,
    build(slots, rng, pre, post) {
      const f = [`id,date,comment,status\n${pre}\n${num(rng, 100, 999)},${date(rng)},"${slots[0]}",ok\n${post}`];
      if (slots[1] !== undefined) f.push(`${num(rng, 100, 999)},${date(rng)},"${slots[1]}",ok`);
      return f;
    },
  },
  search: {
    esc: jsonEsc,
    unit: (rng) => `{"title":"${pick(rng, ["Shipping FAQ", "Pricing", "Docs home", "Status page"])}","url":"https://www.${pick(rng, DOMAINS)}/p/${hexid(rng, 4)}","snippet":"${jsonEsc(fill(rng))}"}`,
    build(slots, rng, pre, post) {
      const f = [`{"query":"${pick(rng, ["quarterly report", "vpn setup", "refund policy", "api limits"])}","results":[${pre},\n{"title":"Result","url":"https://www.${pick(rng, DOMAINS)}/a/${hexid(rng, 6)}","snippet":"${slots[0]}"},\n${post}]}`];
      if (slots[1] !== undefined) f.push(`{"title":"More","url":"https://docs.${pick(rng, DOMAINS)}/b/${hexid(rng, 6)}","snippet":"${slots[1]}"}`);
      return f;
    },
  },
  api_json: {
    esc: jsonEsc,
    unit: (rng) => `{"id":${num(rng, 1, 9999)},"note":"${jsonEsc(fill(rng))}"}`,
    build(slots, rng, pre, post) {
      const f = [`{"status":"ok","request_id":"${hexid(rng, 16)}","data":{"items":[${pre}],\n"record":{"id":${num(rng, 1, 99999)},"name":"${pick(rng, ["Order", "Customer", "Invoice"])}","notes":"${slots[0]}"},\n"history":[${post}]}}`];
      if (slots[1] !== undefined) f.push(`{"field":"comment","value":"${slots[1]}"}`);
      return f;
    },
  },
  memory: {
    esc: ident,
    unit: (rng) => `- [${date(rng)}] ${fill(rng)}`,
    build(slots, rng, pre, post) {
      const f = [`# agent memory (long-term)\n## facts\n${pre}\n- [${date(rng)}] ${slots[0]}\n${post}`];
      if (slots[1] !== undefined) f.push(`## scratchpad\n- ${slots[1]}`);
      return f;
    },
  },
  pdf: {
    esc: ident,
    unit: (rng) => fill(rng),
    build(slots, rng, pre, post) {
      const p = num(rng, 2, 30);
      const f = [`${pick(rng, ["ANNUAL REPORT 2025", "SUPPLIER AGREEMENT", "TECHNICAL MANUAL", "MEETING MINUTES"])}    Page ${p} of ${p + num(rng, 1, 20)}\n\n${pre}\n${slots[0]}\n${post}\n\n— internal use — ${pick(rng, DOMAINS)}`];
      if (slots[1] !== undefined) f.push(`Page ${p + 1}\n${slots[1]}\n— internal use —`);
      return f;
    },
  },
};

export const CARRIER_NAMES = Object.keys(CARRIERS);

// Wrap text parts; pad: 0 = none, 800 = medium, 1500 = long. Returns {fields, embedded}.
export function wrap(carrier, parts, rng, pad = 0, extraPre = "", extraPost = "") {
  const c = CARRIERS[carrier];
  const slots = parts.map((p) => c.esc(p));
  let k = 0;
  for (;;) {
    const pr = [], po = [];
    for (let i = 0; i < k; i++) { pr.push(c.unit(rng)); po.push(c.unit(rng)); }
    const sep = carrier === "rag_json" || carrier === "search" || carrier === "api_json" ? ",\n" : "\n";
    let pre = pr.join(sep), post = po.join(sep);
    if (carrier === "rag_json" || carrier === "search") { if (!pre) pre = c.unit(rng); if (!post) post = c.unit(rng); }
    if (extraPre) pre = pre ? `${pre}\n${c.esc(extraPre)}` : c.esc(extraPre);
    if (extraPost) post = post ? `${c.esc(extraPost)}\n${post}` : c.esc(extraPost);
    const PREM = "\u0001PRE\u0001", POSTM = "\u0001POST\u0001";
    const fields = c.build(slots, rng, PREM, POSTM).map((f) => {
      for (const [m, v] of [[PREM, pre], [POSTM, post]]) {
        if (v) f = f.replace(m, () => v);
        else if (f.includes("\n" + m)) f = f.replace("\n" + m, "");
        else if (f.includes(m + "\n")) f = f.replace(m + "\n", "");
        else f = f.replace(m, "");
      }
      return f.replace(/\n{3,}/g, "\n\n");
    });
    const joined = fields.join("\n");
    const at = joined.indexOf(slots[0]);
    const end = at + slots[0].length;
    const ok = pad === 0 || (joined.length >= pad && at >= 0.15 * joined.length && end <= 0.85 * joined.length);
    if (ok) return { fields, embedded: slots };
    k++;
    if (k > 200) throw new Error(`cannot pad ${carrier}`);
  }
}
