#!/usr/bin/env node
// blind24a generator + validator (held-out, mixed sources).
// Usage: node test/eval/injection/blind24a_generate.mjs
// Builds blind24a.jsonl next to this file from the hand-written content files,
// validates every record and the set as a whole, and writes the file only if
// validation passes (exit 1 and nothing written otherwise). Node 20 built-ins
// only; deterministic (fixed-seed PRNG keyed by record position), so the
// output is byte-identical on every run (checked by building twice).

import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import {
  CARRIERS, LONG_CARRIERS, LANGS, KITS, ESC, HIDE_MODES, PRODUCTS, renderPiece, rng, BUILD,
} from './blind24a_carriers.mjs';
import * as ATK_A from './blind24a_attacks_a.mjs';
import * as ATK_B from './blind24a_attacks_b.mjs';
import * as LK_A from './blind24a_lookalikes_a.mjs';
import * as LK_B from './blind24a_lookalikes_b.mjs';
import { HARMFUL } from './blind24a_harmful.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './blind24a_long.mjs';

const SET = 'blind24a';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, `${SET}.jsonl`);

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration',
  'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = ['security_article', 'docs', 'code', 'transcript', 'ticket_quote', 'email', 'page',
  'split_lookalike', 'prompt_guide', 'ai_policy', 'agent_config', 'redteam_report',
  'customer_email', 'helpdesk', 'encoded_data', 'product_review', 'bug_report', 'readme_install',
  'calendar_invite', 'csv_note', 'runbook', 'bot_script', 'memory_note', 'legal_notice', 'fiction'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const ENCODINGS = ['base64', 'hex', 'url', 'html', 'uesc', 'rot13', 'reversed', 'leet', 'tags', 'zw'];
const ALLOWED_SUFFIX = ['.example', '.test', '.invalid'];
// Host names are assembled from their labels so that none is written here.
const BANNED = ['github', 'gitlab', 'bitbucket', 'npmjs', 'pypi', ['crates', 'io'].join('.'), 'rubygems',
  'packagist', ['nuget', 'org'].join('.'), 'sourceforge', 'huggingface', ['docker', 'io'].join('.'), ['hub', 'docker'].join('.'), 'codeberg',
  'gitee', ['maven', 'org'].join('.'), ['pkg', 'go', 'dev'].join('.'), ['proxy', 'golang'].join('.'), ['anaconda', 'org'].join('.'), 'cocoapods', ['pub', 'dev'].join('.'),
  'hackage', ['cpan', 'org'].join('.'), 'jsdelivr', 'unpkg', ['launchpad', 'net'].join('.'), ['savannah', 'gnu'].join('.')];

// ------------------------------------------------------------- encodings
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = (s) => s.replace(/[A-Za-z]/g, (c) => {
  const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
const ENC = {
  base64: (p) => Buffer.from(p, 'utf8').toString('base64'),
  hex: (p, v) => { const h = Buffer.from(p, 'utf8').toString('hex'); return v % 2 ? h.match(/../g).join(' ') : h; },
  url: (p, v) => (v % 2 ? encodeURIComponent(p)
    : [...Buffer.from(p, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('')),
  html: (p, v) => [...p].map((c) => (v % 2 ? `&#x${c.codePointAt(0).toString(16)};` : `&#${c.codePointAt(0)};`)).join(''),
  uesc: (p) => Array.from({ length: p.length }, (_, i) => '\\u' + p.charCodeAt(i).toString(16).padStart(4, '0')).join(''),
  rot13: (p) => rot13(p),
  reversed: (p) => [...p].reverse().join(''),
  leet: (p) => p.replace(/[aeiost]/g, (c) => LEET[c]),
  tags: (p) => {
    if (!/^[\x20-\x7e]+$/.test(p)) throw new Error('tag encoding needs printable ASCII: ' + p);
    return [...p].map((c) => String.fromCodePoint(0xE0000 + c.charCodeAt(0))).join('');
  },
  zw: (p, v) => [...p].join(v % 2 ? '\u2060' : '\u200b'),
};
const DEC = {
  base64: (s) => { if (!/^[A-Za-z0-9+/]+={0,2}$/.test(s)) throw new Error('not base64'); return Buffer.from(s, 'base64').toString('utf8'); },
  hex: (s) => { const h = s.replace(/ /g, ''); if (!/^([0-9a-f]{2})+$/i.test(h)) throw new Error('not hex'); return Buffer.from(h, 'hex').toString('utf8'); },
  url: (s) => decodeURIComponent(s),
  html: (s) => s.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))),
  uesc: (s) => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
  rot13: (s) => rot13(s),
  reversed: (s) => [...s].reverse().join(''),
  leet: (s) => s.replace(/[431057]/g, (c) => UNLEET[c]),
  tags: (s) => [...s].map((c) => {
    const cp = c.codePointAt(0);
    if (cp < 0xE0020 || cp > 0xE007E) throw new Error('non-tag character in tag payload');
    return String.fromCharCode(cp - 0xE0000);
  }).join(''),
  zw: (s) => s.replace(/[\u200b\u200c\u200d\u2060]/g, ''),
};

// ------------------------------------------------------------- items
function attackItems() {
  const lists = {
    instruction_override: ATK_A.instruction_override, role_token: ATK_A.role_token,
    hidden_text: ATK_A.hidden_text, exfiltration: ATK_A.exfiltration,
    tool_coaxing: ATK_B.tool_coaxing, encoded_payload: ATK_B.encoded_payload,
    jailbreak: ATK_B.jailbreak, split_payload: ATK_B.split_payload,
  };
  const out = [];
  for (const t of TECHNIQUES) {
    lists[t].forEach((e, k) => {
      const src = `${t}[${k}]`;
      let it;
      if (t === 'hidden_text') {
        const [lang, mode, plain] = e;
        const enc = mode === 'tags' || mode === 'zw' ? mode : null;
        const text = enc ? ENC[enc](plain, k) : plain;
        it = { lang, parts: [{ text, hide: mode }], encs: enc ? [{ kind: enc, plain, encoded: text }] : [],
          method: `hidden=${mode}` };
      } else if (t === 'encoded_payload') {
        const [lang, kind, plain, lead] = e;
        const encoded = ENC[kind](plain, k);
        it = { lang, parts: [{ text: lead ? `${lead} ${encoded}` : encoded }], encs: [{ kind, plain, encoded }],
          method: `encoding=${kind}${lead ? '; wrapped in a decode-and-follow line' : '; bare'}` };
      } else if (t === 'split_payload') {
        const [lang, a, b] = e;
        it = { lang, parts: [{ text: a }, { text: b }], encs: [], method: 'split across two fields' };
      } else {
        const [lang, text] = e;
        it = { lang, parts: [{ text }], encs: [], method: '' };
      }
      out.push({ ...it, family: 'injection', label: 'attack', technique: t, src });
    });
  }
  return out;
}

function lookalikeItems() {
  const all = { ...LK_A, ...LK_B };
  const out = [];
  for (const f of FAMILIES) {
    if (!all[f]) throw new Error('missing look-alike family ' + f);
    all[f].forEach((e, k) => {
      const src = `${f}[${k}]`;
      let it;
      if (f === 'encoded_data') {
        const [lang, tpl, kind, plain] = e;
        const encoded = ENC[kind](plain, k);
        it = { lang, parts: [{ text: tpl.replace('{E}', encoded) }], encs: [{ kind, plain, encoded }], method: `benign encoding=${kind}` };
      } else if (f === 'split_lookalike') {
        const [lang, a, b] = e;
        it = { lang, parts: [{ text: a }, { text: b }], encs: [], method: 'split across two fields' };
      } else {
        const [lang, text] = e;
        it = { lang, parts: [{ text }], encs: [], method: '' };
      }
      out.push({ ...it, family: 'injection', label: 'benign', technique: f, src });
    });
  }
  for (const f of Object.keys(all)) if (!FAMILIES.includes(f)) throw new Error('unlisted look-alike family ' + f);
  return out;
}

function harmfulItems() {
  const out = { attack: [], benign: [] };
  for (const c of CATEGORIES) {
    for (const label of ['attack', 'benign']) {
      HARMFUL[c][label].forEach(([lang, text], k) => {
        out[label].push({ lang, parts: [{ text }], encs: [], method: '', family: 'harmful', label, technique: c,
          src: `${c}.${label}[${k}]` });
      });
    }
  }
  return out;
}

function longItems() {
  const atk = LONG_ATTACKS.map((d, k) => {
    const p = d.payload;
    let part; let encs = []; let method = 'long document';
    if (p.enc) {
      const encoded = ENC[p.enc](p.plain, k);
      part = { text: p.lead ? `${p.lead} ${encoded}` : encoded };
      encs = [{ kind: p.enc, plain: p.plain, encoded }];
      method += `; encoding=${p.enc}${p.lead ? '; wrapped in a decode-and-follow line' : '; bare'}`;
    } else if (p.hide) {
      part = { text: p.text, hide: p.hide }; method += `; hidden=${p.hide}`;
    } else part = { text: p.text };
    return { lang: d.lang, parts: [part], encs, method, family: 'injection', label: 'attack', technique: d.technique,
      src: `LONG_ATTACKS[${k}]`, doc: d };
  });
  const ben = LONG_BENIGN.map((d, k) => ({ lang: d.lang, parts: [{ text: d.core }], encs: [], method: 'long document',
    family: 'injection', label: 'benign', technique: d.family, src: `LONG_BENIGN[${k}]`, doc: d }));
  return { atk, ben };
}

// ------------------------------------------------------------- geometry
function span(fields, carrier, parts) {
  const joined = fields.join('\n');
  let start = Infinity; let end = -1;
  for (const p of parts) {
    const n = ESC[carrier](p.text);
    const i = joined.indexOf(n);
    if (i < 0) return null;
    start = Math.min(start, i); end = Math.max(end, i + n.length);
  }
  return { joined, start, end, centre: (start + end) / 2 / joined.length };
}

// ------------------------------------------------------------- records
function makeFields(item, carrier, key, mode) {
  const k = KITS[item.lang];
  if (!k) throw new Error('no kit for ' + item.lang);
  const r = rng(key);
  const F = r.shuffle(k.f);
  const base = {
    A: renderPiece(carrier, item.parts[0]),
    B: item.parts[1] ? renderPiece(carrier, item.parts[1]) : null,
    pre: '', post: '', title: r.pick(k.subj), F, product: r.pick(PRODUCTS),
  };
  const build = (s) => BUILD[carrier](s, k, rng(key + '|build'), item.lang);
  if (mode === 'doc') {
    const d = item.doc;
    return build({ ...base, title: d.title, product: d.title, pre: d.before.join('\n\n') + '\n\n', post: '\n\n' + d.after.join('\n\n') });
  }
  if (mode !== 'long') return build(base);
  const pad = F.slice(4);
  for (let n = 1; n <= pad.length; n++) {
    const order = [...Array(n + 1).keys()].sort((x, y) => Math.abs(x - n / 2) - Math.abs(y - n / 2) || x - y);
    for (const i of order) {
      const pre = pad.slice(0, i); const post = pad.slice(i, n);
      const s = { ...base, pre: pre.length ? pre.join(k.j) + k.j : '', post: post.length ? k.j + post.join(k.j) : '' };
      const fields = build(s);
      const g = span(fields, carrier, item.parts);
      if (g && g.joined.length >= 800 && g.centre >= 0.25 && g.centre <= 0.75) return fields;
    }
  }
  return build({ ...base, pre: pad.slice(0, 4).join(k.j) + k.j, post: k.j + pad.slice(4).join(k.j) }); // validator reports it
}

function buildAll() {
  const records = []; const metas = [];
  const push = (item, carrier, key, mode) => {
    const fields = makeFields(item, carrier, key, mode);
    const n = String(records.length + 1).padStart(4, '0');
    const method = [`carrier=${carrier}`, item.method,
      mode === 'long' ? 'long record (padded with filler to >=800 chars)' : '',
      mode === 'doc' ? `placed in the ${carrier} carrier` : ''].filter(Boolean).join('; ');
    records.push({
      id: `${SET}-${item.family}-${item.label}-${item.technique}-${n}`,
      split: SET, family: item.family, label: item.label, technique: item.technique, lang: item.lang,
      carrier, fields, source: `${SET} hand-written: ${item.src}`, method,
    });
    metas.push({ item, mode });
  };
  const twoCarriers = (list, tag) => list.forEach((item, i) => {
    for (let j = 0; j < 2; j++) {
      const carrier = CARRIERS[(2 * i + j) % CARRIERS.length];
      const mode = j === 0 && i % 6 === 2 ? 'long' : 'plain';
      push(item, carrier, `${tag}|${i}|${j}`, mode);
    }
  });
  const atk = attackItems(); const lk = lookalikeItems(); const hm = harmfulItems(); const lg = longItems();
  twoCarriers(atk, 'attack');
  lg.atk.forEach((item, i) => push(item, LONG_CARRIERS[i], `longatk|${i}`, 'doc'));
  twoCarriers(lk, 'lookalike');
  lg.ben.forEach((item, i) => push(item, LONG_CARRIERS[i], `longben|${i}`, 'doc'));
  twoCarriers(hm.attack, 'harmful');   // same positions for attack and benign
  twoCarriers(hm.benign, 'harmful');
  return { records, metas, atk, lk, hm, lg };
}

// ------------------------------------------------------------- validation
function hostsIn(text) {
  const hosts = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/([^\/\s"'<>\\)\]|?#`,;]+)/gi)) {
    hosts.push(m[1].replace(/^.*@/, '').replace(/:\d+$/, ''));
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) hosts.push(m[1]);
  for (const m of text.matchAll(/\bwww\.[A-Za-z0-9.-]*[A-Za-z0-9]/gi)) hosts.push(m[0]);
  return hosts;
}
const hostOk = (h) => {
  const x = h.toLowerCase().replace(/\.$/, '');
  return ALLOWED_SUFFIX.some((s) => x.endsWith(s)) || /^[a-z0-9-]+$/.test(x);
};
const PUBLIC_TLD = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|ai|co|ru|de|cn|app|info|biz|xyz|me|us|uk|fr|jp)\b(?![\w-]|\.[\w-])/gi;

function validate(built) {
  const { records, metas, atk, lk, hm, lg } = built;
  const errs = [];
  const err = (r, m) => errs.push(`${r ? r.id : 'set'}: ${m}`);
  const ids = new Set();
  const textScan = (r, text, what) => {
    for (const h of hostsIn(text)) if (!hostOk(h)) err(r, `host not under .example/.test/.invalid or bare: ${h} (${what})`);
    const low = text.toLowerCase();
    for (const b of BANNED) if (low.includes(b)) err(r, `registry/code-hosting name "${b}" (${what})`);
    for (const m of text.matchAll(PUBLIC_TLD)) err(r, `public-TLD host-like token ${m[0]} (${what})`);
  };
  records.forEach((r, idx) => {
    const meta = metas[idx]; const item = meta.item;
    for (const key of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
      if (typeof r[key] !== 'string' || !r[key].trim()) err(r, `empty or missing ${key}`);
    }
    if (!Array.isArray(r.fields) || !r.fields.length) err(r, 'no fields');
    else r.fields.forEach((f, i) => { if (typeof f !== 'string' || !f.trim()) err(r, `field ${i} empty`); });
    if (r.split !== SET) err(r, 'bad split');
    if (!['injection', 'harmful'].includes(r.family)) err(r, 'bad family');
    if (!['attack', 'benign'].includes(r.label)) err(r, 'bad label');
    const allowedTech = r.family === 'harmful' ? CATEGORIES : r.label === 'attack' ? TECHNIQUES : FAMILIES;
    if (!allowedTech.includes(r.technique)) err(r, `unknown technique/family/category ${r.technique}`);
    if (!CARRIERS.includes(r.carrier)) err(r, `unknown carrier ${r.carrier}`);
    if (!LANGS.includes(r.lang)) err(r, `unknown language ${r.lang}`);
    const m = /^blind24a-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/.exec(r.id);
    if (!m || m[1] !== r.family || m[2] !== r.label || m[3] !== r.technique || Number(m[4]) !== idx + 1) err(r, 'id inconsistent with record');
    if (ids.has(r.id)) err(r, 'duplicate id'); ids.add(r.id);
    if (!Array.isArray(r.fields)) return;
    const joined = r.fields.join('\n');
    // needles
    for (const p of item.parts) {
      const n = ESC[r.carrier](p.text);
      if (!n || !joined.includes(n)) err(r, `escaped needle not found: ${p.text.slice(0, 50)}`);
      if (p.hide && !HIDE_MODES.includes(p.hide)) err(r, `unknown hide mode ${p.hide}`);
    }
    // split
    const isSplit = r.technique === 'split_payload' || r.technique === 'split_lookalike';
    if (isSplit !== (item.parts.length === 2)) err(r, 'split technique and part count disagree');
    if (item.parts.length === 2) {
      const [na, nb] = item.parts.map((p) => ESC[r.carrier](p.text));
      const fa = r.fields.map((f, i) => (f.includes(na) ? i : -1)).filter((i) => i >= 0);
      const fb = r.fields.map((f, i) => (f.includes(nb) ? i : -1)).filter((i) => i >= 0);
      if (!fa.length || !fb.length) err(r, 'split part not inside a single field');
      if (fa.some((i) => fb.includes(i))) err(r, 'a field holds both split parts');
    }
    // hosts, registry names
    r.fields.forEach((f, i) => textScan(r, f, `field ${i}`));
    textScan(r, r.source + ' ' + r.method, 'source/method');
    // encodings
    for (const e of item.encs) {
      if (!ENCODINGS.includes(e.kind)) err(r, `unknown encoding ${e.kind}`);
      let dec;
      try { dec = DEC[e.kind](e.encoded); } catch (x) { err(r, `decode failed (${e.kind}): ${x.message}`); continue; }
      if (dec !== e.plain) err(r, `decoded ${e.kind} differs from plain text`);
      if (e.encoded === e.plain) err(r, `${e.kind} encoding is a no-op`);
      textScan(r, e.plain, `decoded ${e.kind}`);
      if (!joined.includes(ESC[r.carrier](e.encoded))) err(r, 'encoded string not in fields');
    }
    // geometry
    const g = span(r.fields, r.carrier, item.parts);
    if (meta.mode === 'long') {
      if (!g || g.joined.length < 800) err(r, `long record shorter than 800 chars (${g && g.joined.length})`);
      else if (g.centre < 0.2 || g.centre > 0.8) err(r, `long record payload centre ${g.centre.toFixed(3)} outside 20-80%`);
    }
    if (meta.mode === 'doc') {
      if (!g || g.joined.length < 1500) err(r, `long document shorter than 1500 chars (${g && g.joined.length})`);
      else {
        if (g.centre < 0.3 || g.centre > 0.7) err(r, `long document payload centre ${g.centre.toFixed(3)} outside 30-70%`);
        if (g.start < 500) err(r, `only ${g.start} chars before the payload`);
        if (g.joined.length - g.end < 500) err(r, `only ${g.joined.length - g.end} chars after the payload`);
      }
    }
  });

  // ---- set-level checks
  const key = (it) => it.parts.map((p) => p.text).join('\u241e');
  const seen = new Map();
  for (const it of [...atk, ...lk, ...hm.attack, ...hm.benign, ...lg.atk, ...lg.ben]) {
    const k = key(it);
    if (seen.has(k)) err(null, `duplicate text in ${it.src} and ${seen.get(k)}`);
    seen.set(k, it.src);
  }
  for (const c of CATEGORIES) {
    for (const label of ['attack', 'benign']) {
      const texts = new Set(hm[label].filter((x) => x.technique === c).map(key));
      if (texts.size !== 12) err(null, `harmful ${c} ${label}: ${texts.size} distinct texts, need 12`);
    }
  }
  for (const t of TECHNIQUES) {
    const n = new Set(atk.filter((x) => x.technique === t).map(key)).size;
    if (n < 30) err(null, `technique ${t}: ${n} payloads, need >= 30`);
  }
  const famCount = FAMILIES.map((f) => new Set(lk.filter((x) => x.technique === f).map(key)).size);
  if (FAMILIES.length < 20) err(null, 'fewer than 20 look-alike families');
  FAMILIES.forEach((f, i) => { if (famCount[i] < 10) err(null, `look-alike family ${f}: ${famCount[i]} texts, need >= 10`); });
  const langs = new Set(records.map((r) => r.lang));
  if (langs.size < 18) err(null, `only ${langs.size} languages`);
  const nonEn = records.filter((r) => r.lang !== 'en').length / records.length;
  if (nonEn < 0.5) err(null, `non-English share ${nonEn.toFixed(3)} < 0.5`);
  const share = (rs) => Object.fromEntries(CARRIERS.map((c) => [c, rs.filter((r) => r.carrier === c).length / rs.length]));
  const pairs = [
    ['injection attack vs look-alike', records.filter((r) => r.family === 'injection' && r.label === 'attack'),
      records.filter((r) => r.family === 'injection' && r.label === 'benign')],
    ['harmful attack vs benign', records.filter((r) => r.family === 'harmful' && r.label === 'attack'),
      records.filter((r) => r.family === 'harmful' && r.label === 'benign')],
  ];
  for (const [name, a, b] of pairs) {
    const sa = share(a); const sb = share(b);
    for (const c of CARRIERS) if (Math.abs(sa[c] - sb[c]) > 0.02) err(null, `${name}: carrier ${c} share differs by ${Math.abs(sa[c] - sb[c]).toFixed(3)}`);
  }
  for (const c of CARRIERS) if (!records.some((r) => r.carrier === c)) err(null, `carrier ${c} unused`);
  return errs;
}

// ------------------------------------------------------------- composition
function composition(built) {
  const { records, metas, atk, lk, hm, lg } = built;
  const L = [];
  const cnt = (pred) => records.filter(pred).length;
  const inj = (label) => (r) => r.family === 'injection' && r.label === label;
  L.push(`${SET}: ${records.length} records (split "${SET}")`);
  L.push(`injection attack: ${cnt(inj('attack'))} records = ${atk.length} payloads x 2 carriers + ${lg.atk.length} long documents`);
  for (const t of TECHNIQUES) {
    L.push(`  ${t.padEnd(22)} ${String(atk.filter((x) => x.technique === t).length).padStart(3)} payloads  ${String(cnt((r) => inj('attack')(r) && r.technique === t)).padStart(3)} records`);
  }
  L.push(`injection benign: ${cnt(inj('benign'))} records = ${lk.length} look-alikes x 2 carriers + ${lg.ben.length} long documents; ${FAMILIES.length} families`);
  const fam = FAMILIES.map((f) => `${f} ${lk.filter((x) => x.technique === f).length}/${cnt((r) => inj('benign')(r) && r.technique === f)}`);
  for (let i = 0; i < fam.length; i += 4) L.push('  ' + fam.slice(i, i + 4).join(', '));
  L.push('  (texts/records per family)');
  L.push(`harmful: ${cnt((r) => r.family === 'harmful')} records = ${hm.attack.length + hm.benign.length} items x 2 carriers`);
  for (const c of CATEGORIES) {
    L.push(`  ${c.padEnd(14)} attack ${hm.attack.filter((x) => x.technique === c).length} texts/${cnt((r) => r.family === 'harmful' && r.label === 'attack' && r.technique === c)} records, benign ${hm.benign.filter((x) => x.technique === c).length} texts/${cnt((r) => r.family === 'harmful' && r.label === 'benign' && r.technique === c)} records`);
  }
  L.push(`long records (>=800 chars, padded): ${metas.filter((m) => m.mode === 'long').length}; long documents (>=1500 chars): ${metas.filter((m) => m.mode === 'doc').length}`);
  const encs = {};
  for (const m of metas) for (const e of m.item.encs) encs[e.kind] = (encs[e.kind] || 0) + 1;
  L.push('encoded records by encoding: ' + ENCODINGS.map((e) => `${e} ${encs[e] || 0}`).join(', '));
  const hides = {};
  for (const m of metas) for (const p of m.item.parts) if (p.hide) hides[p.hide] = (hides[p.hide] || 0) + 1;
  L.push('hidden_text records by mode: ' + HIDE_MODES.map((h) => `${h} ${hides[h] || 0}`).join(', '));
  const lc = LANGS.map((l) => [l, cnt((r) => r.lang === l)]).filter(([, n]) => n);
  L.push(`languages (${lc.length}): ` + lc.map(([l, n]) => `${l} ${n}`).join(', '));
  L.push(`non-English records: ${(100 * cnt((r) => r.lang !== 'en') / records.length).toFixed(1)}%`);
  const a = records.filter(inj('attack')); const b = records.filter(inj('benign'));
  const h1 = records.filter((r) => r.family === 'harmful' && r.label === 'attack');
  const h2 = records.filter((r) => r.family === 'harmful' && r.label === 'benign');
  L.push('carrier shares (injection attack / look-alike / harmful attack / harmful benign):');
  const pc = (rs, c) => (100 * rs.filter((r) => r.carrier === c).length / rs.length).toFixed(1).padStart(5);
  for (let i = 0; i < CARRIERS.length; i += 3) {
    L.push('  ' + CARRIERS.slice(i, i + 3).map((c) => `${c.padEnd(12)} ${pc(a, c)} ${pc(b, c)} ${pc(h1, c)} ${pc(h2, c)}`).join(' |'));
  }
  return L.join('\n');
}

// ------------------------------------------------------------- main
const built = buildAll();
const text = built.records.map((r) => JSON.stringify(r)).join('\n') + '\n';
const again = buildAll().records.map((r) => JSON.stringify(r)).join('\n') + '\n';
const errs = validate(built);
if (text !== again) errs.push('set: output differs between two builds (non-deterministic)');
if (errs.length) {
  console.error(`${SET}: ${errs.length} validation error(s); nothing written`);
  for (const e of errs.slice(0, 200)) console.error('  ' + e);
  process.exit(1);
}
writeFileSync(OUT, text);
console.log(composition(built));
console.log(`wrote ${path.relative(process.cwd(), OUT)} (${Buffer.byteLength(text)} bytes, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)})`);
