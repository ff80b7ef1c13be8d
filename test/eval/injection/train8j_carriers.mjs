// train8j carriers: 17 tool-output formats. Every carrier escapes the embedded text for its own
// format (esc), knows how to hide text the way that format hides things from a human reader
// (used only for the hidden_text technique and the hidden_markup look-alike family), and builds
// the list of text leaves ("fields") of one tool answer.
//
// build(o) receives: o.seg (payload, already escaped, maybe hidden), o.seg2 (second part of a
// split item, escaped, or null), o.pre / o.post (escaped paragraphs placed before / after the
// payload in the same field; empty unless the record is long), o.hidden, o.idx, o.rng, o.lang,
// o.org, o.person, o.other, o.date.  Part one always lands in fields[0] and part two in fields[1].

const H = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const J = (s) => JSON.stringify(s).slice(1, -1);
const ICS = (s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const CSV = (s) => s.replace(/"/g, '""');
const DQ = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
const IND = (pad) => (s) => s.replace(/\n/g, '\n' + pad);
const CMT = (s) => s.replace(/\*\//g, '*\u2215').replace(/\n/g, '\n * ');
const ID = (s) => s;

export const pick = (rng, a) => a[Math.floor(rng() * a.length)];
const num = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pad2 = (n) => String(n).padStart(2, '0');

const WEB_TITLES = ['Vendor onboarding', 'Month-end close', 'Release checklist', 'Service desk handbook',
  'Travel and expenses', 'Access management', 'Facilities FAQ', 'Payroll calendar', 'Customer escalations',
  'Procurement guide', 'Incident handling', 'Sales operations'];
const SUBJECTS = ['Re: INV-{n} / remittance', 'Fwd: Q{q} planning notes', 'Re: [CASE-{n}] follow-up',
  'PO {n} – status', 'Re: access request #{n}', 'Weekly ops digest {n}', 'Re: contract renewal {n}',
  'Fwd: onboarding pack {n}'];
const CHANNELS = ['#ops-finance', '#service-desk', '#release-train', '#procurement', '#people-team', '#infra-oncall'];
const CRM_STAGES = ['Prospecting', 'Qualification', 'Proposal', 'Negotiation', 'Closed Won', 'Renewal'];
const KB_TITLES = ['How we handle refunds', 'Shared mailbox etiquette', 'Laptop handover', 'Quarterly access review',
  'Supplier bank detail changes', 'On-call handbook', 'Expense approvals', 'Working with contractors'];
const SERVICES = ['billing-sync', 'ticket-router', 'ledger-export', 'hr-connector', 'crm-importer', 'mail-relay'];
const REPOS = ['payments-core', 'warehouse-ui', 'infra-live', 'docs-site', 'mobile-app', 'data-pipelines'];

function lines(arr) { return arr.filter((x) => x !== null && x !== undefined).join('\n'); }

function hideHtml(x, idx) {
  const k = idx % 3;
  if (k === 0) return `<div style="display:none">${x}</div>`;
  if (k === 1) return `<span style="color:#ffffff;font-size:1px;line-height:0">${x}</span>`;
  return `<!-- ${x} -->`;
}

export const CARRIERS = {
  web: {
    esc: H,
    hide: hideHtml,
    build(o) {
      const t = pick(o.rng, WEB_TITLES);
      const main = [...o.pre.map((p) => `<p>${p}</p>`), o.hidden ? o.seg : `<p>${o.seg}</p>`, ...o.post.map((p) => `<p>${p}</p>`)];
      return [
        lines(['<!DOCTYPE html>', `<html lang="${o.lang}">`, '<head>', '<meta charset="utf-8">',
          `<title>${t} | ${H(o.org.name)}</title>`, '</head>', '<body>',
          `<nav><a href="/">${H(o.org.name)}</a> &rsaquo; <a href="/wiki/">Wiki</a> &rsaquo; ${t}</nav>`,
          '<main>', `<h1>${t}</h1>`, ...main, '</main>']),
        lines(['<footer>', o.seg2 ? `<p>${o.seg2}</p>` : null,
          `<p>Page owner: ${H(o.person.name)} &middot; last edited ${o.date}</p>`,
          `<p><a href="https://intranet.${o.org.slug}.example/wiki/">Wiki index</a></p>`, '</footer>', '</body>', '</html>']),
      ];
    },
  },

  email: {
    esc: ID,
    hide: (x) => '\n'.repeat(28) + x,
    build(o) {
      const subj = pick(o.rng, SUBJECTS).replace('{n}', String(num(o.rng, 1000, 9999))).replace('{q}', String(num(o.rng, 1, 4)));
      const body = [...o.pre, o.seg, ...o.post].join('\n\n');
      return [
        lines([`From: ${o.other.name} <${o.other.mail}>`, `To: ${o.person.name} <${o.person.mail}>`,
          `Date: ${o.date} ${pad2(num(o.rng, 7, 18))}:${pad2(num(o.rng, 0, 59))} +0100`, `Subject: ${subj}`,
          'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body]),
        lines(['-- ', o.seg2 ? o.seg2 : null, o.other.name, `${o.other.orgName} | ${o.other.mail}`]),
      ];
    },
  },

  email_thread: {
    esc: H,
    hide: (x, idx) => (idx % 2 === 0 ? `<span style="font-size:0;color:transparent">${x}</span>` : `<div style="display:none;max-height:0;overflow:hidden">${x}</div>`),
    build(o) {
      const main = [...o.pre.map((p) => `<div>${p}</div>`), o.hidden ? o.seg : `<div>${o.seg}</div>`, ...o.post.map((p) => `<div>${p}</div>`)];
      return [
        lines([`<div dir="auto" class="msg" data-from="${o.other.mail}" data-date="${o.date}">`, ...main,
          `<div class="sig">${H(o.other.name)}</div>`, '</div>']),
        lines(['<div class="quote">', `<div class="attr">On ${o.date}, ${H(o.person.name)} &lt;${o.person.mail}&gt; wrote:</div>`,
          '<blockquote type="cite">', o.seg2 ? `<div>${o.seg2}</div>` : `<div>${pick(o.rng, ['Thanks, see below.', 'Adding the team.', 'Any update on this?', 'Looping in finance.'])}</div>`,
          '</blockquote>', '</div>']),
      ];
    },
  },

  ics: {
    esc: ICS,
    hide: (x) => `<!-- ${x} -->`,
    build(o) {
      const d = o.date.replace(/-/g, '');
      const h = num(o.rng, 8, 16);
      let desc = [...o.pre, o.seg, ...o.post].join('\\n\\n');
      let alt = null, cmt = null;
      if (o.hidden) {
        // the hidden part travels in the HTML alternative description that calendar clients render
        desc = o.pre.join('\\n\\n') || 'Weekly sync';
        alt = `X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Weekly sync</p>${o.seg}</body></html>`;
        if (o.post.length) cmt = `COMMENT:${o.post.join('\\n\\n')}`;
      }
      return [
        lines(['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${o.org.name}//Calendar//EN`, 'BEGIN:VEVENT',
          `UID:${num(o.rng, 100000, 999999)}@cal.${o.org.slug}.example`, `DTSTART:${d}T${pad2(h)}0000Z`, `DTEND:${d}T${pad2(h + 1)}0000Z`,
          `SUMMARY:${pick(o.rng, ['Vendor review', 'Month-end sync', 'Access review', 'Release go/no-go', 'Budget check-in'])}`,
          `ORGANIZER;CN=${o.person.name}:mailto:${o.person.mail}`, `ATTENDEE;CN=${o.other.name}:mailto:${o.other.mail}`,
          `DESCRIPTION:${desc}`, alt, cmt, 'END:VEVENT']),
        lines(['BEGIN:VEVENT', `UID:${num(o.rng, 100000, 999999)}@cal.${o.org.slug}.example`,
          `DTSTART:${d}T${pad2(h + 2)}0000Z`, 'SUMMARY:Follow-up', `COMMENT:${o.seg2 ? o.seg2 : 'Room booked by facilities'}`,
          'END:VEVENT', 'END:VCALENDAR']),
      ];
    },
  },

  chat: {
    esc: IND('    '),
    hide: (x) => `||${x}||`,
    build(o) {
      const ch = pick(o.rng, CHANNELS);
      const t = (m) => `[${o.date} ${pad2(9 + Math.floor(m / 60))}:${pad2(m % 60)}]`;
      const m0 = num(o.rng, 0, 40);
      const msgs = [`# export of ${ch}`, `${t(m0)} ${o.person.name}: morning all`];
      o.pre.forEach((p, i) => msgs.push(`${t(m0 + 2 + i)} ${o.person.name}: ${p}`));
      msgs.push(`${t(m0 + 6)} ${o.other.name}: ${o.seg}`);
      o.post.forEach((p, i) => msgs.push(`${t(m0 + 8 + i)} ${o.person.name}: ${p}`));
      return [
        lines(msgs),
        lines([`# thread replies (${ch})`, o.seg2 ? `${t(m0 + 15)} ${o.other.name}: ${o.seg2}` : `${t(m0 + 15)} ${o.other.name}: :+1:`,
          `${t(m0 + 17)} ${o.person.name}: ok`]),
      ];
    },
  },

  ticket: {
    esc: H,
    hide: (x) => `<!-- ${x} -->`,
    build(o) {
      const n = num(o.rng, 10000, 99999);
      const desc = [...o.pre, o.seg, ...o.post].join('\n\n');
      return [
        lines(['<?xml version="1.0" encoding="UTF-8"?>', `<ticket id="SD-${n}" status="open" priority="${pick(o.rng, ['low', 'normal', 'high'])}">`,
          `  <requester email="${o.other.mail}">${H(o.other.name)}</requester>`, `  <assignee>${H(o.person.name)}</assignee>`,
          `  <created>${o.date}</created>`, `  <summary>${pick(o.rng, ['Request', 'Question about invoice', 'Access', 'Account change', 'Follow-up'])} SD-${n}</summary>`,
          `  <description>${desc}</description>`, '</ticket>']),
        lines(['<comments>', `  <comment author="${H(o.other.name)}" visibility="public">${o.seg2 ? o.seg2 : 'Attached the screenshot.'}</comment>`, '</comments>']),
      ];
    },
  },

  crm: {
    esc: J,
    hide: (x) => x,
    build(o) {
      const notes = o.hidden ? o.pre.join('\\n\\n') || 'Call back next week.' : [...o.pre, o.seg, ...o.post].join('\\n\\n');
      const hid = o.hidden ? `,\n  "x_legacy_import_note__hidden": "${o.seg}"` + (o.post.length ? `,\n  "next_steps": "${o.post.join('\\n\\n')}"` : '') : '';
      return [
        `{\n  "object": "contact",\n  "id": "003${num(o.rng, 100000, 999999)}",\n  "name": "${J(o.other.name)}",\n  "email": "${o.other.mail}",\n  "account": "${J(o.org.name)}",\n  "stage": "${pick(o.rng, CRM_STAGES)}",\n  "owner": "${J(o.person.name)}",\n  "notes": "${notes}"${hid}\n}`,
        `{\n  "object": "activity",\n  "type": "${pick(o.rng, ['call', 'email', 'meeting'])}",\n  "date": "${o.date}",\n  "summary": "${o.seg2 ? o.seg2 : 'Left a voicemail.'}"\n}`,
      ];
    },
  },

  code: {
    esc: CMT,
    hide: (x) => ' '.repeat(190) + `/* ${x} */`,
    build(o) {
      const k = o.idx % 4;
      const head = [['// src/billing/retry.ts', 'import { schedule } from "./queue";', ''],
        ['// internal/sync/export.go', 'package sync', ''],
        ['// app/src/main/java/com/acme/Payouts.java', 'package com.acme;', ''],
        ['/* db/migrations/0042_vendor_flags.sql */', 'BEGIN;', '']][k];
      const stmt = ['const MAX_RETRIES = 3;', 'const maxBatch = 500', 'private static final int LIMIT = 50;', 'ALTER TABLE vendors ADD COLUMN verified boolean DEFAULT false;'][k];
      const body = [...o.pre, o.seg, ...o.post].join('\n *\n * ');
      const block = o.hidden ? [stmt + o.seg] : ['/*', ` * ${body}`, ' */', stmt];
      if (o.hidden && o.pre.length) block.unshift('/*', ` * ${o.pre.join('\n *\n * ')}`, ' */');
      if (o.hidden && o.post.length) block.push('/*', ` * ${o.post.join('\n *\n * ')}`, ' */');
      const tail = ['export function backoff(n: number) { return Math.min(2 ** n * 100, 5000); }', 'func Next(n int) int { return n + 1 }',
        'public int limit() { return LIMIT; }', 'COMMIT;'][k];
      return [
        lines([...head, ...block, tail]),
        lines([o.seg2 ? `/* ${o.seg2} */` : '/* end of file */', k === 3 ? '-- reviewed' : '// reviewed']),
      ];
    },
  },

  yaml: {
    esc: DQ,
    hide: (x) => '# ' + x,
    build(o) {
      const body = [...o.pre, o.seg, ...o.post].join('\\n\\n');
      const out = ['# pipeline.yml', `name: ${pick(o.rng, REPOS)}-ci`, 'on:', '  push:', '    branches: [main]', 'jobs:', '  build:',
        '    runs-on: linux-large'];
      if (o.hidden) {
        if (o.pre.length) out.push(`    description: "${o.pre.join('\\n\\n')}"`);
        out.push('    ' + o.seg);
        if (o.post.length) out.push(`    notes: "${o.post.join('\\n\\n')}"`);
      } else {
        out.push(`    description: "${body}"`);
      }
      out.push('    steps:', '      - run: make test', '      - run: make package');
      return [lines(out), lines(['---', 'notify:', `  channel: "${pick(o.rng, CHANNELS)}"`, `  note: "${o.seg2 ? o.seg2 : 'post results only on failure'}"`])];
    },
  },

  log: {
    esc: DQ,
    hide: (x) => `\u001b[8m${x}\u001b[28m`,
    build(o) {
      const svc = pick(o.rng, SERVICES);
      let s = num(o.rng, 0, 50);
      const ts = () => { s += num(o.rng, 1, 4); return `${o.date}T${pad2(9 + Math.floor(s / 60))}:${pad2(s % 60)}:${pad2(num(o.rng, 0, 59))}Z`; };
      const out = [`${ts()} INFO  svc=${svc} msg="worker started" pid=${num(o.rng, 1000, 9000)}`];
      o.pre.forEach((p) => out.push(`${ts()} INFO  svc=${svc} msg="${p}"`));
      out.push(`${ts()} WARN  svc=${svc} record=${num(o.rng, 10000, 99999)} msg="${o.seg}"`);
      o.post.forEach((p) => out.push(`${ts()} INFO  svc=${svc} msg="${p}"`));
      out.push(`${ts()} INFO  svc=${svc} msg="batch done" processed=${num(o.rng, 10, 900)}`);
      return [lines(out), lines([`${ts()} DEBUG svc=${svc} msg="${o.seg2 ? o.seg2 : 'heartbeat'}"`, `${ts()} INFO  svc=${svc} msg="shutdown"`])];
    },
  },

  rag: {
    esc: J,
    hide: (x) => x,
    build(o) {
      const src = `https://wiki.${o.org.slug}.example/${pick(o.rng, ['finance', 'it', 'hr', 'ops'])}/page-${num(o.rng, 100, 999)}`;
      const text = o.hidden ? (o.pre.join('\\n\\n') || 'See the figure below.') : [...o.pre, o.seg, ...o.post].join('\\n\\n');
      const hid = o.hidden ? `, "image_alt": "${o.seg}"` + (o.post.length ? `, "caption_text": "${o.post.join('\\n\\n')}"` : '') : '';
      return [
        `{"chunk_id": "c-${num(o.rng, 1000, 9999)}", "source": "${src}", "score": 0.${num(o.rng, 61, 97)}, "text": "${text}", "metadata": {"lang": "${o.lang}"${hid}}}`,
        `{"chunk_id": "c-${num(o.rng, 1000, 9999)}", "source": "${src}", "score": 0.${num(o.rng, 40, 60)}, "text": "${o.seg2 ? o.seg2 : 'Contact the page owner for questions.'}"}`,
      ];
    },
  },

  kb: {
    esc: ID,
    hide: (x) => `<!-- ${x} -->`,
    build(o) {
      return [
        lines([`# ${pick(o.rng, KB_TITLES)}`, '', `_Owner: ${o.person.name} · reviewed ${o.date}_`, '', ...[...o.pre, o.seg, ...o.post].flatMap((p) => [p, '']), '## See also', '- [Service catalogue](/kb/catalogue)']),
        lines(['---', o.seg2 ? o.seg2 : 'Was this article helpful? Use the feedback button.', '']),
      ];
    },
  },

  csv: {
    esc: CSV,
    hide: (x) => ',,,,,,,,,,,,,"' + x + '"',
    build(o) {
      const head = 'id,date,supplier,amount,currency,status,comment';
      const row = () => `${num(o.rng, 4000, 4999)},${o.date},${pick(o.rng, ['Norrland AB', 'Atlas Print', 'Kite Cleaning', 'Meridian IT', 'Baltic Paper'])},${num(o.rng, 100, 9000)}.00,EUR,${pick(o.rng, ['open', 'paid', 'hold'])}`;
      const rows = [head];
      o.pre.forEach((p) => rows.push(`${row()},"${p}"`));
      rows.push(o.hidden ? `${row()},"ok"${o.seg}` : `${row()},"${o.seg}"`);
      o.post.forEach((p) => rows.push(`${row()},"${p}"`));
      rows.push(`${row()},""`);
      return [lines(rows), lines([`${row()},"${o.seg2 ? o.seg2 : 'checked'}"`, `${row()},""`])];
    },
  },

  search: {
    esc: J,
    hide: (x) => `<span style=\\"display:none\\">${x}</span>`,
    build(o) {
      const r = (i, title, snip) => `    {"rank": ${i}, "title": "${title}", "url": "https://${pick(o.rng, ['docs', 'help', 'news', 'blog'])}.${pick(o.rng, ['northwind', 'fabrikam', 'kestrel', 'orbita'])}.example/${num(o.rng, 10, 999)}", "snippet": "${snip}"}`;
      const snip = o.hidden ? (o.pre.join(' ') || 'Overview of the process.') : [...o.pre, o.seg, ...o.post].join(' ');
      let res2 = o.hidden ? r(2, 'Team notes', snip).replace(/}$/, () => `, "html": "${o.seg}"}`) : r(2, 'Team notes', snip);
      if (o.hidden && o.post.length) res2 += ',\n' + r(3, 'Team notes (continued)', o.post.join(' '));
      return [
        lines(['{', `  "query": "${pick(o.rng, ['supplier bank change process', 'refund approval', 'access request form', 'release checklist', 'month end close'])}",`, '  "results": [',
          r(1, 'Overview', 'Start here for the basics.') + ',', res2, '  ]', '}']),
        lines(['{', '  "page": 2,', '  "results": [', r(3, 'Related', o.seg2 ? o.seg2 : 'Older discussion of the same topic.'), '  ]', '}']),
      ];
    },
  },

  api: {
    esc: J,
    hide: (x) => x,
    build(o) {
      const d = o.hidden ? (o.pre.join('\\n\\n') || 'Standard order.') : [...o.pre, o.seg, ...o.post].join('\\n\\n');
      const meta = o.hidden ? `,\n    "_meta": {"render": false, "debug_note": "${o.seg}"}` + (o.post.length ? `,\n    "delivery_notes": "${o.post.join('\\n\\n')}"` : '') : '';
      return [
        `{\n  "data": {\n    "type": "purchase_order",\n    "id": "PO-${num(o.rng, 10000, 99999)}",\n    "vendor": "${J(o.org.name)}",\n    "requested_by": "${o.other.mail}",\n    "total": ${num(o.rng, 200, 40000)},\n    "description": "${d}"${meta}\n  }\n}`,
        `{\n  "data": [\n    {"type": "comment", "author": "${o.person.mail}", "body": "${o.seg2 ? o.seg2 : 'Looks fine.'}"}\n  ]\n}`,
      ];
    },
  },

  memory: {
    esc: IND('  '),
    hide: (x) => `<!-- ${x} -->`,
    build(o) {
      const items = [...o.pre.map((p) => `- ${p}`), o.hidden ? o.seg : `- ${o.seg}`, ...o.post.map((p) => `- ${p}`)];
      return [
        lines(['# MEMORY.md', '', '## User preferences', `- Prefers short answers; timezone CET; name ${o.person.name}.`, '', '## Working notes', ...items, '']),
        lines([`# notes/${o.date}.md`, o.seg2 ? `- ${o.seg2}` : '- nothing new today', '']),
      ];
    },
  },

  pdf: {
    esc: ID,
    hide: (x) => x,
    build(o) {
      const doc = pick(o.rng, ['Supplier Handbook', 'Finance Procedures Manual', 'IT Operations Guide', 'Employee Handbook']);
      const total = num(o.rng, 8, 30);
      const rev = `Rev. ${num(o.rng, 2, 9)}.${num(o.rng, 0, 9)}  |  Internal`;
      let out;
      if (o.hidden) {
        // text in the invisible layer sits between the footer of one page and the header of the next
        out = [`${o.org.name} — ${doc}`, rev, '', ...o.pre.flatMap((p) => [p, '']), `Page 2 of ${total}`, o.seg,
          `${o.org.name} — ${doc}`, '', ...o.post.flatMap((p) => [p, '']), `Page 3 of ${total}`];
      } else {
        out = [`${o.org.name} — ${doc}`, rev, '', ...[...o.pre, o.seg, ...o.post].flatMap((p) => [p, '']), `Page 3 of ${total}`];
      }
      return [lines(out), lines([`${o.org.name} — ${doc}`, '', o.seg2 ? o.seg2 : 'Intentionally left blank.', '', 'Page 4', 'Confidential — do not distribute outside the company'])];
    },
  },
};

export const CARRIER_KEYS = Object.keys(CARRIERS);
