// blind13a carriers: how a tool output frames a text. The SAME carriers frame attacks and
// look-alikes (and harmful items), so the framing itself is never a signal.
// frame(text, ctx) -> string. ctx = { i, long }. cont(text, ctx) frames the second half of a
// split message (second field). Long mode adds carrier-native furniture before and after so
// the framed text sits in the middle of an 800+ character output.

const pick = (arr, i, n) => { const out = []; for (let k = 0; k < n; k++) out.push(arr[(i + k * 3) % arr.length]); return out; };
const jsonStr = (s) => JSON.stringify(s);
const csvCell = (s) => '"' + s.replace(/"/g, '""') + '"';

const WEB_PARAS = [
  '<p>Our spring catalogue is live. Orders placed before Friday ship the same week, and returns are free for 30 days on all items except custom prints.</p>',
  '<p>The community garden meets every second Saturday. Bring gloves; tools and seedlings are provided by the volunteers at the north gate.</p>',
  '<p>Release 4.2 improves sync reliability on slow networks, adds a dark theme for the dashboard and fixes the export button on Safari.</p>',
  '<p>Parking on Elm Street is restricted during the street fair. Shuttle buses run every 15 minutes from the stadium lot until 22:00.</p>',
  '<p>Our kitchen sources vegetables from three farms within 40 km. The seasonal menu changes on the first Monday of each month.</p>',
  '<p>Tuition for the autumn semester is due on 15 September. Students with an approved payment plan can pay in three instalments.</p>',
  '<p>The trail to the upper lake is 7.4 km with 520 m of climbing. Start early in summer; afternoon storms are common above the tree line.</p>',
  '<p>Members can reserve the meeting room up to four weeks ahead. Please leave the whiteboard clean and the chairs stacked by the wall.</p>',
];
const EMAIL_QUOTES = [
  '> On Tue, Priya wrote:\n> Thanks for the quick turnaround on the Q3 numbers. Can we move the review to Thursday 14:00?\n> The board pack needs to be final by Monday.',
  '> Hi all, reminder that the office is closed on Friday for the building inspection. Badges will not work that day.',
  '> Vendor onboarding is almost done. Legal signed the MSA, procurement still needs the W-9 and the bank letter.',
  '> Lunch order for the offsite: 12 vegetarian, 3 vegan, 2 gluten-free. Let me know if anything changed.',
  '> The invoice INV-20931 was paid on the 3rd. Remittance advice is attached for your records.',
  '> Could you send the slide template with the new logo? Marketing says the old one is deprecated.',
];
const CHAT_LINES = [
  '[09:02] tomas.r: morning! standup in 5',
  '[09:03] ana.l: running 2 min late, start without me',
  '[09:15] devi.k: CI is green again after the cache fix',
  '[09:21] tomas.r: who owns the billing migration ticket?',
  '[09:22] marc.o: me, ETA thursday',
  '[09:40] ana.l: uploaded the mockups to the design folder',
  '[10:05] devi.k: lunch at the noodle place today?',
  '[10:06] marc.o: 👍',
  '[10:30] tomas.r: reminder: retro moved to 16:00',
  '[10:44] sara.m: the staging DB restore finished',
  '[11:02] ana.l: can someone review PR 1182',
  '[11:10] devi.k: on it',
];
const LOG_LINES = [
  '2026-03-14T08:12:01.114Z INFO  http  GET /api/v2/orders?page=3 200 41ms',
  '2026-03-14T08:12:01.387Z INFO  http  GET /health 200 2ms',
  '2026-03-14T08:12:02.002Z DEBUG cache hit key=catalog:v7:eu ttl=288s',
  '2026-03-14T08:12:02.951Z WARN  db    slow query 812ms table=invoices',
  '2026-03-14T08:12:03.310Z INFO  worker job=thumbnail-resize id=88213 done in 1.2s',
  '2026-03-14T08:12:04.006Z INFO  http  POST /api/v2/cart 201 63ms',
  '2026-03-14T08:12:04.770Z DEBUG auth  token refreshed for session s-4f1c',
  '2026-03-14T08:12:05.118Z INFO  scheduler next run of nightly-report at 02:00Z',
  '2026-03-14T08:12:06.441Z WARN  smtp  retry 1/3 for message id=mq-55120',
  '2026-03-14T08:12:07.009Z INFO  http  GET /api/v2/products/1931 200 18ms',
];
const CSV_ROWS = [
  '1041,2026-02-01,Northwind Traders,Renewal,12000,"Signed, awaiting PO"',
  '1042,2026-02-03,Contoso Ltd,Upsell,4500,"Demo booked for next week"',
  '1043,2026-02-04,Fabrikam,New,30000,"Security review in progress"',
  '1044,2026-02-07,Tailspin Toys,Renewal,8000,"Champion left the company"',
  '1045,2026-02-09,Wide World Importers,New,15500,"Pricing sent"',
  '1046,2026-02-11,Litware,Upsell,2200,"Needs SSO add-on"',
  '1047,2026-02-12,Adventure Works,Renewal,9900,"Auto-renew on"',
  '1048,2026-02-15,Proseware,New,41000,"Legal redlines round 2"',
];
const SEARCH_EXTRA = [
  { title: 'Weekend weather outlook', url: 'https://news.northvale.example/weather/weekend', snippet: 'Mostly sunny with a chance of showers on Sunday afternoon; highs near 19 degrees.' },
  { title: 'How to descale an espresso machine', url: 'https://kitchen.tips.example/descale', snippet: 'Use a citric acid solution every two months, run half the tank through the group head.' },
  { title: 'City council approves new bike lanes', url: 'https://civic.gazette.example/2026/bike-lanes', snippet: 'The plan adds 14 km of protected lanes over three years.' },
  { title: 'Quarterly results: Harbor Logistics', url: 'https://ir.harbor-logistics.example/q1', snippet: 'Revenue up 6% year over year, driven by cold-chain contracts.' },
  { title: 'Beginner sourdough guide', url: 'https://bake.school.example/sourdough', snippet: 'Feed the starter twice a day for a week before the first loaf.' },
  { title: 'Library opening hours', url: 'https://library.lakeside.test/hours', snippet: 'Open Monday to Saturday 9:00-20:00, closed on public holidays.' },
];
const KB_PARAS = [
  '## Before you start\nMake sure you have admin rights on the workspace and that the billing contact is up to date.',
  '## Troubleshooting\nIf the sync icon stays orange for more than ten minutes, sign out, clear the local cache and sign back in.',
  '## Related articles\n- Setting up single sign-on\n- Managing seats and licences\n- Exporting usage reports',
  '## Known limitations\nShared drives with more than 400,000 files are indexed in batches; search results can lag by up to an hour.',
  '## Was this article helpful?\nYes / No. 1,204 people found this helpful.',
  '## Overview\nWorkspaces group members, projects and billing. Each workspace has one owner and any number of admins.',
];
const PDF_FURNITURE = [
  'Quarterly Operations Review, Confidential, Page {n} of 24',
  '4.2 Facilities. The Leeds site completed its HVAC upgrade two weeks ahead of plan. Energy use fell 11% against the prior quarter.',
  '4.3 Staffing. Three open roles in field service were filled; attrition remained under 8% annualised.',
  'Table 7: Incidents by site (Q1)   Leeds 2   Porto 0   Gdansk 1   Austin 3',
  '5.1 Outlook. We expect freight costs to stabilise in H2, subject to fuel prices and port congestion.',
  'Prepared by the Operations Office. Distribution: executive team, site leads.',
];
const MEMORY_FACTS = [
  '- User prefers metric units and 24-hour time.',
  '- Project "atlas" repo lives at git.atlas-team.example/core; default branch is main.',
  '- Weekly report goes out Fridays; the user likes bullet points, not prose.',
  '- User is based in Lisbon (UTC+0/UTC+1).',
  '- Preferred coffee order for team meetups: oat flat white.',
  '- The user\'s manager is named Helena; 1:1 is on Tuesdays.',
  '- Do not schedule anything before 09:30 local time.',
  '- Travel: user has a window-seat preference and a lounge membership.',
];
const TICKET_COMMENTS = [
  'Agent (L1): Reproduced on build 7.3.1, attaching HAR file.',
  'Agent (L1): Customer confirmed the issue started after the Tuesday update.',
  'Agent (L2): Linked to engineering bug ENG-40211; workaround shared.',
  'Customer: Thanks, the workaround helps for now.',
  'Agent (L2): Waiting on customer for browser version.',
  'System: SLA timer paused (pending customer).',
];
const CODE_LINES = [
  'import { readFile } from "node:fs/promises";',
  'const DEFAULT_TIMEOUT_MS = 15_000;',
  'export function parseRange(s) {\n  const [a, b] = s.split("-").map(Number);\n  return { start: a, end: b ?? a };\n}',
  'export async function loadConfig(path) {\n  const raw = await readFile(path, "utf8");\n  return JSON.parse(raw);\n}',
  'function clamp(x, lo, hi) { return Math.min(hi, Math.max(lo, x)); }',
  'export const RETRY = { attempts: 3, backoffMs: 250 };',
];

const RAG_PARAS = [
  'Section 3 explains how regional teams submit budget requests, who approves them and which templates apply. Requests above 25k need a second approver from finance.',
  'Section 5 lists the contacts for each region and the quarterly calendar for submissions. Late submissions roll over to the next cycle unless the regional director signs an exception form.',
  'Travel booked through the portal is charged to the cost centre of the traveller. Economy class applies to flights under six hours.',
  'New starters receive equipment on day one. Laptops are replaced every four years or earlier if a repair would cost more than half the price of a new device.',
  'The office is open from 07:00 to 20:00. Visitors must be registered at reception and accompanied at all times.',
  'Annual leave requests should be submitted at least two weeks in advance; the manager approves them in the HR system.',
];
const CRM_HISTORY = [
  'Activity 2026-01-14: intro call with procurement, 25 min. They want a three-year price lock.',
  'Activity 2026-01-29: technical deep dive with the data platform team; SSO and audit log questions answered.',
  'Activity 2026-02-10: pricing proposal sent (tier B, 240 seats). Finance fine with a 3% cap.',
  'Activity 2026-02-18: security questionnaire returned; two follow-ups on data residency.',
  'Activity 2026-02-25: exec sponsor (COO) joined the call, positive on timeline.',
  'Activity 2026-03-02: legal redlines received on liability and renewal clauses.',
  'Health score: 74 (amber). Support tickets (90d): 6, none P1. Contract end: 2026-06-30.',
];
const CONFIG_BLOCKS = [
  '  replicas: 3\n  resources:\n    cpu: "500m"\n    memory: 512Mi',
  '  env:\n    LOG_LEVEL: info\n    FEATURE_FLAGS: "search_v2,bulk_export"\n    REGION: eu-west',
  '  probes:\n    liveness: /healthz\n    readiness: /ready\n    period_seconds: 10',
  '  schedule:\n    backup: "0 2 * * *"\n    report: "30 6 * * 1"',
  '  owners:\n    - team-platform\n    - team-data',
  '  database:\n    pool_size: 20\n    statement_timeout_ms: 5000\n    read_replica: true',
  '  cache:\n    backend: redis\n    ttl_seconds: 300\n    max_entries: 50000',
  '  rate_limits:\n    anonymous: 60/min\n    authenticated: 600/min\n    burst: 100',
];
const longWrap = (ctx, before, after) => ctx.long ? [before, after] : ['', ''];
// Long mode: add filler items from pool, alternately before and after the text, until the
// framed text has at least `need` characters of furniture around it (text stays in the middle).
function grow(ctx, pool, sep, textLen, min = 1100) {
  if (!ctx.long) return ['', ''];
  const before = [], after = [];
  let k = 0, size = textLen;
  while (size < min && k < pool.length * 3) {
    const item = pool[(ctx.i + k * 5) % pool.length];
    (k % 2 ? after : before).push(item);
    size += item.length + sep.length;
    k++;
  }
  return [before.join(sep), after.join(sep)];
}

export const CARRIERS = {
  web_page: {
    desc: 'HTML page fetched by a browse tool',
    frame(t, ctx) {
      const [b, a] = grow(ctx, WEB_PARAS, '\n', t.length + 200);
      return `<html><head><title>Updates</title></head><body>\n<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact</a></nav>\n<main>\n${b}\n<div class="content">\n${t}\n</div>\n${a}\n</main>\n<footer>© 2026 · <a href="/privacy">Privacy</a></footer>\n</body></html>`;
    },
    cont: (t) => `<section class="comments">\n<div class="comment">${t}</div>\n</section>`,
  },
  email: {
    desc: 'email message read by a mail tool',
    frame(t, ctx) {
      const [b0, a0] = grow(ctx, EMAIL_QUOTES, '\n>\n', t.length + 250);
      const b = b0 ? 'Hi team,\n\nQuick update before the weekend; my notes are in the middle, the earlier thread is quoted around them.\n\n' + b0 + '\n\n' : '';
      const a = a0 ? '\n\n' + a0 : '';
      return `From: Jordan Ellis <jordan.ellis@mail.brightpath.example>\nTo: ops@northwind.example\nDate: Thu, 12 Mar 2026 10:41:07 +0000\nSubject: Re: follow-up\n\n${b}${t}\n\nBest,\nJordan${a}`;
    },
    cont: (t) => `--- Attachment: notes.txt ---\n${t}`,
  },
  calendar_invite: {
    desc: 'calendar event (ICS) read by a calendar tool',
    frame(t, ctx) {
      const extra = ctx.long ? '\nLOCATION:Room 4.12 / video link in description\nATTENDEE;CN=Priya Nair:mailto:priya@corp.acme.example\nATTENDEE;CN=Liam Chen:mailto:liam@corp.acme.example\nATTENDEE;CN=Sofia Russo:mailto:sofia@corp.acme.example\nCATEGORIES:Planning,Quarterly\nX-AGENDA:1) Review last quarter 2) Budget asks 3) Hiring plan 4) Offsite logistics 5) AOB' : '';
      const after = ctx.long ? '\nX-NOTES:Please read the pre-read deck before the meeting. Dial-in numbers are listed in the conference bridge page. Lunch will be provided for in-person attendees; tell Sofia about dietary needs by Tuesday.\nATTACH;FMTTYPE=application/pdf:https://files.acme.example/preread/q2-planning.pdf\nBEGIN:VALARM\nTRIGGER:-PT15M\nACTION:DISPLAY\nDESCRIPTION:Reminder\nEND:VALARM' : '';
      return `BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:ev-${1000 + ctx.i}@cal.acme.example\nDTSTART:20260318T140000Z\nDTEND:20260318T150000Z\nSUMMARY:Quarterly planning sync\nORGANIZER;CN=Dana Okafor:mailto:dana@corp.acme.example${extra}\nDESCRIPTION:${t}${after}\nEND:VEVENT\nEND:VCALENDAR`;
    },
    cont: (t) => `COMMENT:${t}`,
  },
  chat_export: {
    desc: 'team chat channel export',
    frame(t, ctx) {
      const [b0, a0] = grow(ctx, CHAT_LINES, '\n', t.length + 40);
      const b = b0 ? b0 + '\n' : '', a = a0 ? '\n' + a0 : '';
      return `#proj-updates (export)\n${b}[11:17] guest.user: ${t}${a}`;
    },
    cont: (t) => `[11:18] guest.user: ${t}`,
  },
  ticket: {
    desc: 'helpdesk ticket with description and comments',
    frame(t, ctx) {
      const [b0, a0] = grow(ctx, TICKET_COMMENTS, '\n', t.length + 300);
      const b = b0 ? 'Environment: Windows 11, Chrome 122, tenant eu-2\nSteps tried: restarted app, cleared cache\nHistory:\n' + b0 + '\n\n' : '';
      const a = a0 ? '\n\n' + a0 : '';
      return `Ticket #${48000 + ctx.i} | Priority: P3 | Status: Open\nRequester: customer portal\nSubject: Issue with account\n\nDescription:\n${b}${t}${a}`;
    },
    cont: (t) => `Comment (customer): ${t}`,
  },
  crm_note: {
    desc: 'CRM account record with free-text note',
    frame(t, ctx) {
      const [b0, a0] = grow(ctx, CRM_HISTORY, '\n', t.length + 110);
      const b = b0 ? '\n' + b0 : '', a = a0 ? '\n' + a0 : '';
      return `Account: Meridian Foods GmbH\nOwner: K. Brandt\nStage: Negotiation${b}\nNote:\n${t}${a}\nNext step: follow up next week`;
    },
    cont: (t) => `Note (continued):\n${t}`,
  },
  code_file: {
    desc: 'source file read from a repository (text in a comment or docstring)',
    frame(t, ctx) {
      const [b0, a0] = grow(ctx, CODE_LINES, '\n\n', t.length + 90);
      const b = b0 ? b0 + '\n\n' : '', a = a0 ? '\n\n' + a0 : '';
      const body = t.split('\n').map((l) => ' * ' + l).join('\n');
      return `// src/util/helpers.js\n${b}/**\n${body}\n */\nexport function helper(x) {\n  return x;\n}${a}`;
    },
    cont: (t) => `/*\n${t}\n*/`,
  },
  config_file: {
    desc: 'YAML config file (text in a description field)',
    frame(t, ctx) {
      const [b0, a0] = grow(ctx, CONFIG_BLOCKS, '\n', t.length + 120);
      const extra = b0 ? '\n' + b0 : '', after = a0 ? '\n' + a0 : '';
      const body = t.split('\n').map((l) => '    ' + l).join('\n');
      return `# services/catalog.yaml\nservice:\n  name: catalog-api\n  version: 3.8.1${extra}\n  description: |\n${body}${after}\n  port: 8080`;
    },
    cont: (t) => `# notes:\n${t.split('\n').map((l) => '# ' + l).join('\n')}`,
  },
  log_excerpt: {
    desc: 'application log lines returned by a log search tool',
    frame(t, ctx) {
      const [b0, a0] = grow(ctx, LOG_LINES, '\n', t.length + 60);
      const b = b0 ? b0 + '\n' : '', a = a0 ? '\n' + a0 : '';
      return `${b}2026-03-14T08:12:05.502Z INFO  feedback user_comment=${jsonStr(t)}${a}`;
    },
    cont: (t) => `2026-03-14T08:12:05.503Z INFO  feedback user_comment_cont=${jsonStr(t)}`,
  },
  rag_chunk: {
    desc: 'retrieved chunk from a vector store',
    frame(t, ctx) {
      const [b0, a0] = grow(ctx, RAG_PARAS, '\n', t.length + 80);
      const b = b0 ? b0 + '\n' : '', a = a0 ? '\n' + a0 : '';
      return `[retrieved chunk 7/31 | source: handbook_2026.pdf | score: 0.83]\n${b}${t}${a}`;
    },
    cont: (t) => `[retrieved chunk 8/31 | source: handbook_2026.pdf | score: 0.79]\n${t}`,
  },
  kb_article: {
    desc: 'knowledge-base article in markdown',
    frame(t, ctx) {
      const [b0, a0] = grow(ctx, KB_PARAS, '\n\n', t.length + 60);
      const b = b0 ? b0 + '\n\n' : '', a = a0 ? '\n\n' + a0 : '';
      return `# Help Center › Account › Settings\n_Last updated 2 weeks ago_\n\n${b}${t}${a}`;
    },
    cont: (t) => `> **Comment from a reader:** ${t}`,
  },
  spreadsheet: {
    desc: 'CSV export of a spreadsheet (text in a notes cell)',
    frame(t, ctx) {
      const [b0, a0] = grow(ctx, CSV_ROWS, '\n', t.length + 90);
      const b = b0 ? b0 + '\n' : '', a = a0 ? '\n' + a0 : '';
      return `id,date,account,type,amount_eur,notes\n${b}1049,2026-02-16,Blue Yonder Co,New,7300,${csvCell(t)}${a}`;
    },
    cont: (t) => `1050,2026-02-17,Blue Yonder Co,Follow-up,0,${csvCell(t)}`,
  },
  search_results: {
    desc: 'web search tool JSON results list',
    frame(t, ctx) {
      const ex = ctx.long ? pick(SEARCH_EXTRA, ctx.i, 6) : pick(SEARCH_EXTRA, ctx.i, 1);
      const mid = Math.ceil(ex.length / 2);
      const results = [...ex.slice(0, mid), { title: 'Result', url: 'https://pages.searchable.example/r/' + (500 + ctx.i), snippet: t }, ...ex.slice(mid)];
      return JSON.stringify({ query: 'latest update', results }, null, 1);
    },
    cont: (t) => JSON.stringify({ next_page: { title: 'More', url: 'https://pages.searchable.example/r/next', snippet: t } }),
  },
  api_json: {
    desc: 'JSON answer of a REST API (text in a description field)',
    frame(t, ctx) {
      const head = { id: 'prd_' + (7700 + ctx.i), name: 'Item ' + (ctx.i % 97), status: 'active' };
      const pre = ctx.long ? { price: { amount: 129.0, currency: 'EUR', vat_included: true }, tags: ['bestseller', 'eco', 'bundle-eligible'], inventory: { warehouse_eu: 412, warehouse_us: 77, reserved: 19 }, variants: [{ sku: 'SKU-11-BLK', color: 'black' }, { sku: 'SKU-11-GRN', color: 'green' }] } : {};
      const post = ctx.long ? { shipping: { weight_kg: 1.8, dims_cm: [32, 22, 11], hazmat: false }, reviews: { count: 211, average: 4.4, last: 'Solid build, a bit loud on the highest setting.' }, compliance: ['CE', 'RoHS', 'UKCA'], seller: { id: 'sel_204', name: 'Harbor Outdoor Supply', rating: 4.8 }, warranty: { years: 2, registration_required: false }, categories: ['outdoor', 'camping', 'gear'] } : {};
      const o = { ...head, ...pre, description: t, ...post, updated_at: '2026-03-10T12:00:00Z' };
      return JSON.stringify(o, null, 2);
    },
    cont: (t) => JSON.stringify({ notes: t }),
  },
  agent_memory: {
    desc: 'agent long-term memory file',
    frame(t, ctx) {
      const [b0, a0] = grow(ctx, MEMORY_FACTS, '\n', t.length + 90);
      const b = b0 ? b0 + '\n' : '', a = a0 ? '\n' + a0 : '';
      return `# MEMORY.md (auto-saved)\n## Facts about the user and projects\n${b}- Saved from a previous session: ${t}${a}`;
    },
    cont: (t) => `- Saved later: ${t}`,
  },
  pdf_text: {
    desc: 'text extracted from a PDF with page furniture',
    frame(t, ctx) {
      const [b0, a0] = grow(ctx, PDF_FURNITURE, '\n', t.length + 40);
      const b = b0 ? b0.replace('{n}', '11') + '\n' : '', a = a0 ? '\n' + a0.replace('{n}', '11') : '';
      return `--- page 11 ---\n${b}${t}\n${a}\n--- page 12 ---`;
    },
    cont: (t) => `--- page 13 ---\n${t}`,
  },
};

export const CARRIER_NAMES = Object.keys(CARRIERS);
// Carriers that render markup as markup (used for hidden-text items and hidden-UI look-alikes).
export const MARKUP_CARRIERS = ['web_page', 'email', 'kb_article', 'rag_chunk', 'api_json', 'search_results', 'calendar_invite'];
