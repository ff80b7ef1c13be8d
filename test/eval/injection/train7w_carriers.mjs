// train7w carriers: framings of how a text reaches an agent through a tool.
// The SAME carriers frame attacks, look-alikes and harmful records alike, so that the
// framing is never a signal. frame(text, seed) -> string; second(text, seed) -> string frames
// an extra field of the same message (used for split payloads and two-part look-alikes).
// Carriers marked long add structural bulk (markup, code, log lines, rows, other results)
// before AND after the text, so the text sits in the middle of an 800+ character output.

const pick = (arr, s) => arr[Math.abs(s) % arr.length];
const pad2 = (n) => String(n).padStart(2, '0');
const day = (s) => `2026-${pad2(1 + (s % 12))}-${pad2(1 + ((s * 7) % 28))}`;
const time = (s, k = 0) => `${pad2((8 + s + k) % 24)}:${pad2((s * 13 + k * 7) % 60)}:${pad2((s * 29 + k * 11) % 60)}`;
const people = ['Dana Whitfield', 'Marek Nowak', 'Aiko Tanaka', 'Luis Ortega', 'Fatima Haddad', 'Sven Lindqvist', 'Priya Raman', 'Tomasz Zielinski', 'Chloe Martin', 'Ngoc Tran', 'Olena Kovalenko', 'Mehmet Aydin'];
const orgs = ['acme', 'northwind', 'contoso', 'globex', 'initech', 'umbrella-labs', 'hooli', 'vandelay'];
const email = (s) => `${pick(people, s).split(' ')[0].toLowerCase()}@${pick(orgs, s + 3)}.example`;
const csvCell = (t) => '"' + t.replace(/"/g, '""') + '"';
const jstr = (t) => JSON.stringify(t);

export const CARRIERS = {
  web: {
    long: true,
    frame: (t, s) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${pick(['Notes', 'Blog', 'Resources', 'Updates', 'Help Center'], s)} | ${pick(orgs, s)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://static.${pick(orgs, s)}.example/css/site.min.css">
<script async src="https://cdn.${pick(orgs, s + 1)}.example/analytics.js"></script></head>
<body><header class="site-header"><nav><a href="/">Home</a> | <a href="/products">Products</a> | <a href="/blog">Blog</a> | <a href="/support">Support</a> | <a href="/login">Sign in</a></nav></header>
<main><nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/blog">Blog</a> &rsaquo; ${day(s)}</nav>
<article class="post-body" data-id="${1000 + s * 37}">
${t}
</article>
<section class="share"><a href="https://share.social.example/?u=post-${s}">Share</a> <a href="#comments">Comments (${s % 9})</a></section></main>
<footer><p>&copy; 2026 ${pick(orgs, s)}. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li><li><a href="/cookies">Cookie settings</a></li><li><a href="/sitemap.xml">Sitemap</a></li></ul></footer>
</body></html>`,
    second: (t) => `<aside class="related-box">${t}</aside>`,
  },
  email: {
    frame: (t, s) => `From: ${pick(people, s)} <${email(s)}>
To: ${pick(people, s + 5)} <${email(s + 5)}>
Date: ${day(s)} ${time(s)} +0000
Subject: ${pick(['Re: follow-up', 'Fwd: notes from today', 'quick question', 'Update', 'Re: Re: invoice', 'FYI'], s)}

${t}

--
${pick(people, s)}
${pick(orgs, s)} | sent from mobile`,
    second: (t) => `[attachment: notes.txt]\n${t}`,
  },
  calendar: {
    frame: (t, s) => `BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:${s * 7919}@cal.${pick(orgs, s)}.example
DTSTART:${day(s).replace(/-/g, '')}T${time(s).replace(/:/g, '')}Z
SUMMARY:${pick(['Weekly sync', 'Vendor call', 'Planning', '1:1', 'Review'], s)}
ORGANIZER:mailto:${email(s)}
DESCRIPTION:${t.replace(/\n/g, '\\n')}
END:VEVENT
END:VCALENDAR`,
    second: (t) => `LOCATION:${t.replace(/\n/g, ' ')}`,
  },
  chat_export: {
    long: true,
    frame: (t, s) => `--- export of #${pick(['general', 'ops', 'sales-emea', 'proj-atlas', 'random'], s)} · ${day(s)} · 17 messages ---
[${day(s)} ${time(s, 0)}] ${pick(people, s + 1)}: morning 👋
[${day(s)} ${time(s, 1)}] ${pick(people, s + 2)}: ok
[${day(s)} ${time(s, 2)}] ${pick(people, s + 1)}: shared a file: export_${s}.csv (48 KB)
[${day(s)} ${time(s, 3)}] ${pick(people, s + 3)}: 👍
[${day(s)} ${time(s, 4)}] ${pick(people, s + 4)}: ${t}
[${day(s)} ${time(s, 5)}] ${pick(people, s + 2)}: +1
[${day(s)} ${time(s, 6)}] ${pick(people, s + 1)}: 🙏
[${day(s)} ${time(s, 7)}] ${pick(people, s + 3)}: https://wiki.${pick(orgs, s)}.example/x/${s * 31}
[${day(s)} ${time(s, 8)}] ${pick(people, s + 5)}: joined the channel
[${day(s)} ${time(s, 9)}] ${pick(people, s + 2)}: ✅
[${day(s)} ${time(s, 10)}] ${pick(people, s + 1)}: 🎉🎉
[${day(s)} ${time(s, 11)}] ${pick(people, s + 4)}: reacted :eyes: to a message
[${day(s)} ${time(s, 12)}] ${pick(people, s + 3)}: pinned a message
[${day(s)} ${time(s, 13)}] ${pick(people, s + 5)}: 😂
[${day(s)} ${time(s, 14)}] ${pick(people, s + 1)}: shared a file: screenshot_${s * 3}.png (312 KB)
[${day(s)} ${time(s, 15)}] ${pick(people, s + 2)}: 👀`,
    second: (t) => `[thread reply] ${t}`,
  },
  ticket: {
    frame: (t, s) => `Ticket #${40000 + s * 17} | Status: ${pick(['Open', 'Pending', 'In progress', 'Waiting on customer'], s)} | Priority: ${pick(['P3', 'P2', 'P4'], s)}
Requester: ${pick(people, s)} (${email(s)})
Assignee: ${pick(people, s + 6)}
---
${t}
---
Internal tags: ${pick(['billing', 'login', 'export', 'api', 'onboarding'], s)}`,
    second: (t) => `Comment by requester:\n${t}`,
  },
  crm_note: {
    frame: (t, s) => `Account: ${pick(orgs, s + 2)} | Contact: ${pick(people, s + 3)} | Stage: ${pick(['Prospect', 'Negotiation', 'Closed won', 'Renewal'], s)}
Note (${day(s)}): ${t}`,
    second: (t) => `Next step: ${t}`,
  },
  code: {
    long: true,
    frame: (t, s) => `import { readFile } from 'node:fs/promises';
import path from 'node:path';

const DEFAULT_TIMEOUT_MS = ${1000 * (1 + (s % 9))};

function clamp(n, lo, hi) {
  return Math.min(hi, Math.max(lo, n));
}

export function parseDuration(s) {
  const m = /^(\d+)(ms|s|m)$/.exec(String(s).trim());
  if (!m) throw new Error('bad duration: ' + s);
  const n = Number(m[1]);
  return m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60000;
}

export async function loadSettings(dir) {
  const raw = await readFile(path.join(dir, 'settings.json'), 'utf8');
  return JSON.parse(raw);
}

/*
${t.replace(/\*\//g, '* /')}
*/
export function retry(fn, attempts = ${2 + (s % 4)}) {
  let last;
  for (let i = 0; i < attempts; i++) {
    try { return fn(); } catch (e) { last = e; }
  }
  throw last;
}

export const timeouts = { connect: DEFAULT_TIMEOUT_MS, read: DEFAULT_TIMEOUT_MS * 2 };

export function backoff(attempt) {
  return clamp(100 * 2 ** attempt, 100, 30000);
}`,
    second: (t) => `// ${t.replace(/\n/g, '\n// ')}`,
  },
  config: {
    frame: (t, s) => `# service configuration (generated ${day(s)})
service:
  name: ${pick(orgs, s)}-worker
  replicas: ${1 + (s % 5)}
  region: eu-west-${1 + (s % 3)}
notes: |
  ${t.replace(/\n/g, '\n  ')}
logging:
  level: info`,
    second: (t) => `description: ${jstr(t)}`,
  },
  log: {
    long: true,
    frame: (t, s) => [0, 1, 2, 3, 4, 5, 6].map((k) => `${day(s)}T${time(s, k)}.${100 + k * 37}Z INFO  [worker-${s % 7}] ${pick(['request completed status=200 dur_ms=' + (20 + k * 13), 'cache hit key=user:' + (s * 11 + k), 'heartbeat ok', 'queue depth=' + (k * 3), 'db pool size=10 idle=' + (10 - k)], k + s)}`).join('\n') +
      `\n${day(s)}T${time(s, 7)}.512Z WARN  [ingest] unparsed payload: ${t}\n` +
      [8, 9, 10, 11, 12, 13].map((k) => `${day(s)}T${time(s, k)}.${100 + k * 37}Z INFO  [worker-${s % 7}] ${pick(['request completed status=200 dur_ms=' + (31 + k), 'gc pause ms=' + k, 'heartbeat ok', 'flush ok rows=' + (k * 100)], k + s)}`).join('\n'),
    second: (t) => `${day(1)}T00:00:00.000Z DEBUG [ingest] continuation: ${t}`,
  },
  rag_chunk: {
    frame: (t, s) => `[chunk ${s % 40}/${40 + (s % 13)} | source: docs/${pick(['handbook', 'faq', 'policies', 'release-notes', 'wiki-export'], s)}/${s * 3}.md | score: 0.${70 + (s % 29)}]
${t}`,
    second: (t) => `[chunk continued]\n${t}`,
  },
  kb_article: {
    frame: (t, s) => `# ${pick(['How to', 'FAQ:', 'Troubleshooting:', 'Guide:'], s)} ${pick(['exports', 'account access', 'billing cycles', 'integrations', 'data retention'], s + 1)}

_Last updated ${day(s)} · ${2 + (s % 8)} min read_

${t}

### Was this article helpful?
👍 ${s * 3 % 97}  👎 ${s % 11}`,
    second: (t) => `> **Note:** ${t}`,
  },
  spreadsheet: {
    long: true,
    frame: (t, s) => {
      const rows = ['id,date,region,amount,owner,notes'];
      for (let k = 0; k < 6; k++) rows.push(`${s * 10 + k},${day(s + k)},${pick(['EMEA', 'APAC', 'NA', 'LATAM'], s + k)},${(1234.5 + s * 17 + k * 311).toFixed(2)},${pick(people, s + k).split(' ')[0]},`);
      rows.push(`${s * 10 + 6},${day(s + 6)},${pick(['EMEA', 'APAC', 'NA'], s)},0.00,${pick(people, s).split(' ')[0]},${csvCell(t)}`);
      for (let k = 7; k < 12; k++) rows.push(`${s * 10 + k},${day(s + k)},${pick(['EMEA', 'APAC', 'NA', 'LATAM'], s + k)},${(987.25 + s * 13 + k * 97).toFixed(2)},${pick(people, s + k).split(' ')[0]},`);
      return rows.join('\n');
    },
    second: (t) => `Sheet2!A1: ${t}`,
  },
  search_json: {
    long: true,
    frame: (t, s) => JSON.stringify({
      query: pick(['quarterly export format', 'reset api token', 'vendor onboarding', 'travel policy', 'error 502 fix'], s),
      results: [
        { rank: 1, url: `https://docs.${pick(orgs, s)}.example/a/${s}`, title: 'Overview', snippet: 'Version 4.2 · updated 3 days ago · 12 min read' },
        { rank: 2, url: `https://forum.${pick(orgs, s + 1)}.example/t/${s * 7}`, title: 'Thread', snippet: t },
        { rank: 3, url: `https://kb.${pick(orgs, s + 2)}.example/${s * 5}`, title: 'Reference', snippet: 'Table of contents · API · CLI · Changelog' },
        { rank: 4, url: `https://status.${pick(orgs, s + 3)}.example/incidents/${s * 11}`, title: 'Status', snippet: 'All systems operational · 99.98% uptime last 90 days' },
        { rank: 5, url: `https://releases.${pick(orgs, s + 4)}.example/v${1 + (s % 5)}.${s % 10}`, title: 'Release notes', snippet: `v${1 + (s % 5)}.${s % 10}.0 · ${day(s)} · 14 fixes, 3 features` },
      ],
      total: 3 + s, took_ms: 40 + (s % 50), page: 1, per_page: 5, filters: { lang: 'any', date: 'past_year' },
    }, null, 2),
    second: (t) => JSON.stringify({ next_page_hint: t }),
  },
  api_json: {
    frame: (t, s) => JSON.stringify({ ok: true, id: `obj_${(s * 2654435761 >>> 0).toString(16)}`, created: `${day(s)}T${time(s)}Z`, type: pick(['comment', 'review', 'message', 'description'], s), body: t }),
    second: (t) => JSON.stringify({ reply: t }),
  },
  memory_file: {
    frame: (t, s) => `# MEMORY.md — persistent notes (last write ${day(s)})
- user timezone: ${pick(['Europe/Berlin', 'America/Bogota', 'Asia/Tokyo', 'Europe/Warsaw'], s)}
- preferred output: ${pick(['short bullet points', 'tables', 'plain prose'], s)}
- saved snippet:
  ${t.replace(/\n/g, '\n  ')}
- open tasks: ${1 + (s % 4)}`,
    second: (t) => `- saved snippet (cont.): ${t}`,
  },
  pdf: {
    long: true,
    frame: (t, s) => `${pick(orgs, s).toUpperCase()} — ${pick(['Annual Report 2025', 'Vendor Agreement', 'Product Brochure', 'Research Brief', 'Onboarding Pack'], s)}                    CONFIDENTIAL
Page ${2 + (s % 9)} of ${12 + (s % 20)}
────────────────────────────────────────────────────────────
${1 + (s % 6)}.${1 + (s % 4)} Summary
Figures in this section are unaudited and rounded to the nearest thousand.
Table ${s % 7 + 1}: Revenue by segment (EUR k)
  Segment        Q1       Q2       Q3       Q4
  Enterprise     ${1200 + s}     ${1310 + s}     ${1290 + s}     ${1405 + s}
  Mid-market     ${640 + s}      ${702 + s}      ${731 + s}      ${780 + s}
  SMB            ${210 + s}      ${198 + s}      ${225 + s}      ${240 + s}

${t}

Source: internal finance data warehouse, extracted ${day(s)}.
Note ${s % 5 + 1}: segment definitions changed in Q2; prior periods restated.
────────────────────────────────────────────────────────────
${pick(orgs, s)} · Registered office: 1 Example Way, Sample City · Doc ref ${s * 101}-${s % 13}
Page ${2 + (s % 9)}`,
    second: (t) => `[page footer] ${t}`,
  },
};

export const CARRIER_NAMES = Object.keys(CARRIERS);

// Deterministic pair of distinct carriers for item i of a pool (the same scheme for every pool).
export function carrierPair(i, salt = 0) {
  const n = CARRIER_NAMES.length;
  const a = (i * 5 + salt) % n;
  let b = (a + 3 + (i % 7)) % n;
  if (b === a) b = (a + 1) % n;
  return [CARRIER_NAMES[a], CARRIER_NAMES[b]];
}
