#!/usr/bin/env node
// train8g generator + validator (training round, mixed sources).
//   node test/eval/injection/train8g_generate.mjs
// Builds test/eval/injection/train8g.jsonl from the hand-written train8g_*.mjs
// content files. Deterministic (fixed-seed PRNG, no clock, no Math.random):
// every run writes byte-identical output. The validator runs on the complete
// in-memory set first; on any violation it prints the problems, writes
// nothing and exits 1. Node 20 built-ins only.

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { CARRIERS, ESC, PACKS, LANGS, render } from './train8g_carriers.mjs';
import { ATTACKS_A } from './train8g_attacks_a.mjs';
import { ATTACKS_B } from './train8g_attacks_b.mjs';
import { LOOKALIKES_A } from './train8g_lookalikes_a.mjs';
import { LOOKALIKES_B } from './train8g_lookalikes_b.mjs';
import { HARMFUL } from './train8g_harmful.mjs';
import { LONG_ATTACKS, LONG_BENIGN } from './train8g_long.mjs';

const SET = 'train8g';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, `${SET}.jsonl`);
const SEED = 0x8a17e5;

const TECHNIQUES = ['instruction_override', 'role_token', 'hidden_text', 'exfiltration', 'tool_coaxing', 'encoded_payload', 'jailbreak', 'split_payload'];
const FAMILIES = ['security_article', 'docs', 'code', 'transcript', 'ticket_quote', 'email', 'page', 'split_lookalike',
  'encoded_data', 'url_query', 'jwt_blob', 'escaped_json', 'runbook', 'prompt_library', 'policy', 'howto',
  'code_switch', 'tool_log', 'puzzle', 'unicode_text', 'fiction', 'notification'];
const CATEGORIES = ['violence', 'self_harm', 'hate', 'sexual_minors', 'weapons', 'malware'];
const ENCODINGS = ['base64', 'hex', 'hexsp', 'url', 'html', 'uesc', 'xesc', 'rot13', 'rev', 'leet', 'tags', 'zw', 'homo'];

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function seedOf(key) { // FNV-1a over the key, mixed with the set seed
  let h = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < key.length; i++) { h ^= key.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}
const rngFor = (key) => mulberry32(seedOf(key));

// ---------------------------------------------------------------- encoders
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const HOMO = { a: '\u0430', e: '\u0435', o: '\u043E', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456',
  A: '\u0410', B: '\u0412', C: '\u0421', E: '\u0415', H: '\u041D', K: '\u041A', M: '\u041C', O: '\u041E', P: '\u0420', T: '\u0422', X: '\u0425' };
const ZW = ['\u200B', '\u200C', '\u200D', '\u2060'];

const ENCODE = {
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  hexsp: (s) => [...Buffer.from(s, 'utf8')].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' '),
  url: (s) => encodeURIComponent(s),
  html: (s) => [...s].map((ch) => '&#x' + ch.codePointAt(0).toString(16).toUpperCase() + ';').join(''),
  uesc: (s) => { let o = ''; for (let i = 0; i < s.length; i++) o += '\\u' + s.charCodeAt(i).toString(16).padStart(4, '0'); return o; },
  xesc: (s) => [...Buffer.from(s, 'utf8')].map((b) => '\\x' + b.toString(16).padStart(2, '0')).join(''),
  rot13: (s) => s.replace(/[A-Za-z]/g, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }),
  rev: (s) => [...s].reverse().join(''),
  leet: (s) => s.replace(/[aeiost]/g, (c) => LEET[c]),
  tags: (s) => [...s].map((c) => String.fromCodePoint(0xE0000 + c.charCodeAt(0))).join(''),
  zw: (s, k) => { const cs = [...s]; let o = cs[0]; for (let i = 1; i < cs.length; i++) { if (cs[i] !== ' ' && cs[i - 1] !== ' ') o += ZW[k % ZW.length]; o += cs[i]; } return o; },
  homo: (s) => s.replace(/[aeopcxyiABCEHKMOPTX]/g, (c) => HOMO[c]),
};

// ---------------------------------------------------------------- decoders (validator side, written independently)
function utf8(bytes) { return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes)); }
const ROT = (() => { const m = {}; const a = 'abcdefghijklmnopqrstuvwxyz'; for (let i = 0; i < 26; i++) { m[a[i]] = a[(i + 13) % 26]; m[a[i].toUpperCase()] = a[(i + 13) % 26].toUpperCase(); } return m; })();
const UNLEET = { 4: 'a', 3: 'e', 1: 'i', 0: 'o', 5: 's', 7: 't' };
const UNHOMO = Object.fromEntries(Object.entries(HOMO).map(([k, v]) => [v, k]));
const DECODE = {
  base64: (e) => { if (!/^[A-Za-z0-9+/]+={0,2}$/.test(e) || e.length % 4) throw new Error('not base64'); return utf8(Buffer.from(e, 'base64')); },
  hex: (e) => { if (!/^(?:[0-9a-f]{2})+$/.test(e)) throw new Error('not hex'); const b = []; for (let i = 0; i < e.length; i += 2) b.push(parseInt(e.slice(i, i + 2), 16)); return utf8(b); },
  hexsp: (e) => { if (!/^[0-9A-F]{2}(?: [0-9A-F]{2})*$/.test(e)) throw new Error('not spaced hex'); return utf8(e.split(' ').map((x) => parseInt(x, 16))); },
  url: (e) => { if (!/%[0-9A-F]{2}/.test(e) || /[ <>"]/.test(e)) throw new Error('not url-encoded'); return decodeURIComponent(e); },
  html: (e) => { if (!/^(?:&#x[0-9A-F]+;)+$/.test(e)) throw new Error('not entities'); return e.replace(/&#x([0-9A-F]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16))); },
  uesc: (e) => { if (!/^(?:\\u[0-9a-f]{4})+$/.test(e)) throw new Error('not \\u'); return e.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))); },
  xesc: (e) => { if (!/^(?:\\x[0-9a-f]{2})+$/.test(e)) throw new Error('not \\x'); return utf8(e.slice(2).split('\\x').map((x) => parseInt(x, 16))); },
  rot13: (e) => [...e].map((c) => ROT[c] || c).join(''),
  rev: (e) => Array.from(e).reverse().join(''),
  leet: (e) => e.replace(/[430157]/g, (d) => UNLEET[d]),
  tags: (e) => { if (!/^[\u{E0020}-\u{E007E}]+$/u.test(e)) throw new Error('not tag chars'); return Array.from(e).map((c) => String.fromCharCode(c.codePointAt(0) - 0xE0000)).join(''); },
  zw: (e) => e.replace(/[\u200B\u200C\u200D\u2060]/g, ''),
  homo: (e) => [...e].map((c) => UNHOMO[c] || c).join(''),
};

function splitEncoded(name, E) {
  const mid = Math.floor(E.length / 2);
  const ok = (k) => {
    switch (name) {
      case 'base64': return k % 4 === 0;
      case 'hex': return k % 2 === 0;
      case 'hexsp': return E[k] === ' ';
      case 'uesc': return k % 6 === 0;
      case 'xesc': return k % 4 === 0;
      case 'url': return E[k - 1] !== '%' && E[k - 2] !== '%';
      case 'html': return E[k - 1] === ';';
      default: return !/[\uDC00-\uDFFF]/.test(E[k]);
    }
  };
  for (let d = 0; d < E.length; d++) {
    for (const k of [mid + d, mid - d]) {
      if (k > 0 && k < E.length - 1 && ok(k)) {
        return name === 'hexsp' ? { e1: E.slice(0, k), e2: E.slice(k + 1), sep: ' ' } : { e1: E.slice(0, k), e2: E.slice(k), sep: '' };
      }
    }
  }
  throw new Error('no split point for ' + name);
}

// ---------------------------------------------------------------- benign data blobs
const b64url = (buf) => Buffer.from(buf).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const randBytes = (rng, n) => Array.from({ length: n }, () => Math.floor(rng() * 256));
function hexdump(buf) {
  const lines = [];
  for (let off = 0; off < buf.length; off += 16) {
    const row = [...buf.subarray(off, off + 16)];
    const groups = [];
    for (let i = 0; i < 16; i += 2) groups.push(i < row.length ? row.slice(i, i + 2).map((b) => b.toString(16).padStart(2, '0')).join('') : '');
    const ascii = row.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${off.toString(16).padStart(8, '0')}: ${groups.map((g) => g.padEnd(4, ' ')).join(' ')}  ${ascii}`);
  }
  return lines.join('\n');
}
function buildData(spec, rng) {
  switch (spec.kind) {
    case 'png': {
      const head = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x78, 0, 0, 0, 0x28, 8, 6, 0, 0, 0];
      return 'data:image/png;base64,' + Buffer.from([...head, ...randBytes(rng, spec.bytes)]).toString('base64');
    }
    case 'b64text': return Buffer.from(spec.text, 'utf8').toString('base64');
    case 'hexdump': return hexdump(Buffer.from(spec.text, 'utf8'));
    case 'sha256': return crypto.createHash('sha256').update(spec.text).digest('hex');
    case 'md5': return crypto.createHash('md5').update(spec.text).digest('hex');
    case 'randb64': return Buffer.from(randBytes(rng, spec.bytes)).toString('base64');
    case 'randhex': return Buffer.from(randBytes(rng, spec.bytes)).toString('hex');
    case 'pem': {
      const b = Buffer.from(randBytes(rng, spec.bytes)).toString('base64');
      return `-----BEGIN ${spec.label}-----\n${b.match(/.{1,64}/g).join('\n')}\n-----END ${spec.label}-----`;
    }
    case 'url': return spec.base + '?' + spec.params.map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(v)).join('&');
    case 'jwt': return [b64url(Buffer.from(JSON.stringify(spec.header))), b64url(Buffer.from(JSON.stringify(spec.payload))), b64url(Buffer.from(randBytes(rng, 32)))].join('.');
    case 'jsonstr': return JSON.stringify(JSON.stringify(spec.obj));
    case 'uescape': return '"' + [...spec.text].map((c) => (c.charCodeAt(0) < 128 ? c : '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))).join('') + '"';
    case 'cstr': return [...Buffer.from(spec.text, 'utf8')].map((b) => (b < 128 ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0'))).join('');
    default: throw new Error('unknown data kind ' + spec.kind);
  }
}
// validator-side check of a data blob: returns the decoded text that must pass the host check
function checkData(spec, D) {
  const fail = (m) => { throw new Error(`${spec.kind}: ${m}`); };
  switch (spec.kind) {
    case 'png': {
      const pre = 'data:image/png;base64,';
      if (!D.startsWith(pre)) fail('prefix');
      const b = Buffer.from(D.slice(pre.length), 'base64');
      if (b.toString('base64') !== D.slice(pre.length) || b[1] !== 0x50 || b[2] !== 0x4E || b[3] !== 0x47) fail('signature');
      return '';
    }
    case 'b64text': { const t = DECODE.base64(D); if (t !== spec.text) fail('mismatch'); return t; }
    case 'hexdump': {
      const bytes = [];
      for (const line of D.split('\n')) {
        const m = /^[0-9a-f]{8}: (.{39})  /.exec(line);
        if (!m) fail('line ' + line);
        for (const g of m[1].trim().split(/ +/)) for (let i = 0; i < g.length; i += 2) bytes.push(parseInt(g.slice(i, i + 2), 16));
      }
      if (Buffer.from(bytes).toString('utf8') !== spec.text) fail('mismatch');
      return spec.text;
    }
    case 'sha256': case 'md5': if (crypto.createHash(spec.kind).update(spec.text).digest('hex') !== D) fail('digest'); return '';
    case 'randb64': if (Buffer.from(D, 'base64').length !== spec.bytes || !/^[A-Za-z0-9+/]+=*$/.test(D)) fail('length'); return '';
    case 'randhex': if (!new RegExp(`^[0-9a-f]{${2 * spec.bytes}}$`).test(D)) fail('hex'); return '';
    case 'pem': {
      const m = new RegExp(`^-----BEGIN ${spec.label}-----\\n([A-Za-z0-9+/=\\n]+)\\n-----END ${spec.label}-----$`).exec(D);
      if (!m || Buffer.from(m[1].replace(/\n/g, ''), 'base64').length !== spec.bytes) fail('pem');
      return '';
    }
    case 'url': {
      const u = new URL(D);
      for (const [k, v] of spec.params) if (u.searchParams.get(k) !== v) fail('param ' + k);
      if (D === spec.base + '?' + spec.params.map(([k, v]) => `${k}=${v}`).join('&')) fail('no-op');
      return spec.params.map(([k, v]) => `${k}=${v}`).join(' ') + ' ' + spec.base;
    }
    case 'jwt': {
      const p = D.split('.');
      if (p.length !== 3) fail('parts');
      const dec = (x) => JSON.parse(Buffer.from(x.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
      if (JSON.stringify(dec(p[0])) !== JSON.stringify(spec.header) || JSON.stringify(dec(p[1])) !== JSON.stringify(spec.payload)) fail('claims');
      return JSON.stringify(spec.payload);
    }
    case 'jsonstr': { const o = JSON.parse(JSON.parse(D)); if (JSON.stringify(o) !== JSON.stringify(spec.obj)) fail('mismatch'); return JSON.stringify(o); }
    case 'uescape': { if (!/\\u[0-9a-f]{4}/.test(D) || JSON.parse(D) !== spec.text) fail('mismatch'); return spec.text; }
    case 'cstr': {
      if (!/\\x[0-9a-f]{2}/.test(D)) fail('no escapes');
      const bytes = []; let i = 0;
      while (i < D.length) { if (D.startsWith('\\x', i)) { bytes.push(parseInt(D.slice(i + 2, i + 4), 16)); i += 4; } else { bytes.push(D.charCodeAt(i)); i += 1; } }
      if (utf8(bytes) !== spec.text) fail('mismatch');
      return spec.text;
    }
    default: fail('unknown');
  }
  return '';
}

// ---------------------------------------------------------------- item materialisation
// Returns { parts: [needle] or [needleA, needleB], method, enc?: {...}, data?: {...}, plainTexts: [...] }
function materialise(item, key) {
  const k = seedOf(key);
  if (item.parts) return { parts: item.parts.slice(), method: 'split', texts: item.parts.slice() };
  if (item.enc && Array.isArray(item.wrap)) {
    const E = ENCODE[item.enc](item.plain, k);
    const { e1, e2, sep } = splitEncoded(item.enc, E);
    const parts = [item.wrap[0].split('{E}').join(e1), item.wrap[1].split('{E}').join(e2)];
    return { parts, method: 'split+' + item.enc, enc: { name: item.enc, plain: item.plain, encoded: E, e1, e2, sep }, texts: [item.plain] };
  }
  if (item.enc && item.wrap !== undefined) {
    const E = ENCODE[item.enc](item.plain, k);
    return { parts: [item.wrap.split('{E}').join(E)], method: item.enc, enc: { name: item.enc, plain: item.plain, encoded: E }, texts: [item.plain] };
  }
  if (item.enc) { // benign puzzle: {DATA} placeholder
    const E = ENCODE[item.enc](item.plain, k);
    return { parts: [item.text.split('{DATA}').join(E)], method: item.enc, enc: { name: item.enc, plain: item.plain, encoded: E }, texts: [item.plain] };
  }
  if (item.data) {
    const D = buildData(item.data, rngFor('data:' + key));
    return { parts: [item.text.split('{DATA}').join(D)], method: 'data:' + item.data.kind, data: { spec: item.data, blob: D }, texts: [item.text] };
  }
  return { parts: [item.text], method: 'plain', texts: [item.text] };
}

// ---------------------------------------------------------------- record building
const built = []; // { rec, meta }
let counter = 0;
const slotCarrier = (s) => CARRIERS[s % CARRIERS.length];
const slotLong = (s) => s % 5 === 3;

function emit({ family, label, technique, lang, carrier, m, long, doc, source, subjKey }) {
  counter += 1;
  const n = counter;
  const id = `${SET}-${family}-${label}-${technique}-${String(n).padStart(4, '0')}`;
  const pack = PACKS[lang];
  const subj = doc ? doc.title : pack.subj[seedOf(subjKey) % pack.subj.length];
  const A = m.parts[0];
  const B = m.parts.length > 1 ? m.parts[1] : null;
  let fields, variant, blocks;
  const attempt = (bl) => { const r = render(carrier, { lang, subj, blocks: bl, B, rng: rngFor('rec:' + n) }); return r; };
  if (doc) {
    blocks = [...doc.head, A, ...doc.tail];
    ({ fields, variant } = attempt(blocks));
  } else if (long) {
    const f = pack.fill; const b = n % f.length;
    const plans = [[f[b], A, f[(b + 1) % 4]], [f[(b + 2) % 4], f[b], A, f[(b + 1) % 4]], [f[(b + 2) % 4], f[b], A, f[(b + 1) % 4], f[(b + 3) % 4]]];
    for (const pl of plans) { blocks = pl; ({ fields, variant } = attempt(pl)); if (fields.join('\n').length >= 800) break; }
  } else {
    blocks = [A];
    ({ fields, variant } = attempt(blocks));
  }
  let method = m.method;
  if (doc) method = 'long_document+' + m.method;
  else if (long) method = m.method + '+long';
  const rec = { id, split: SET, family, label, technique, lang, carrier, fields, source, method };
  built.push({ rec, meta: { m, variant, long: !!long, doc: doc || null } });
}

function buildAll() {
  const attacks = [...ATTACKS_A.map((x) => ({ ...x, src: 'train8g_attacks_a.mjs' })), ...ATTACKS_B.map((x) => ({ ...x, src: 'train8g_attacks_b.mjs' }))];
  const looks = [...LOOKALIKES_A.map((x) => ({ ...x, src: 'train8g_lookalikes_a.mjs' })), ...LOOKALIKES_B.map((x) => ({ ...x, src: 'train8g_lookalikes_b.mjs' }))];
  attacks.forEach((it, i) => {
    const m = materialise(it, `atk:${i}`);
    for (let k = 0; k < 2; k++) {
      const s = 2 * i + k;
      emit({ family: 'injection', label: 'attack', technique: it.t, lang: it.lang, carrier: slotCarrier(s), m, long: slotLong(s), source: it.src, subjKey: `atk:${i}:${k}` });
    }
  });
  looks.forEach((it, i) => {
    const m = materialise(it, `look:${i}`);
    for (let k = 0; k < 2; k++) {
      const s = 2 * i + k;
      emit({ family: 'injection', label: 'benign', technique: it.f, lang: it.lang, carrier: slotCarrier(s), m, long: slotLong(s), source: it.src, subjKey: `look:${i}:${k}` });
    }
  });
  LONG_ATTACKS.forEach((d, j) => {
    const m = materialise(d, `longatk:${j}`);
    emit({ family: 'injection', label: 'attack', technique: d.t, lang: d.lang, carrier: CARRIERS[(j * 3) % CARRIERS.length], m, doc: d, source: 'train8g_long.mjs' });
  });
  LONG_BENIGN.forEach((d, j) => {
    const m = materialise(d, `longben:${j}`);
    emit({ family: 'injection', label: 'benign', technique: d.f, lang: d.lang, carrier: CARRIERS[(j * 3) % CARRIERS.length], m, doc: d, source: 'train8g_long.mjs' });
  });
  HARMFUL.forEach((it, i) => {
    const m = materialise(it, `harm:${i}`);
    for (let k = 0; k < 2; k++) {
      const s = 2 * i + k;
      emit({ family: 'harmful', label: it.label, technique: it.cat, lang: it.lang, carrier: slotCarrier(s), m, long: slotLong(s), source: 'train8g_harmful.mjs', subjKey: `harm:${i}:${k}` });
    }
  });
}

// ---------------------------------------------------------------- validator
const FORBIDDEN = ['tvguho', 'tvgyno', 'ovgohpxrg', 'fbheprsbetr', 'pbqroret', 'tvgrr', 'aczwf', 'clcv', 'clgubaubfgrq', 'pengrf.vb', 'eholtrzf', 'ahtrg', 'cnpxntvfg', 'znira.bet', 'ziaercbfvgbel', 'cxt.tb.qri', 'cebkl.tbynat', 'qbpxre.vb', 'uho.qbpxre', 'dhnl.vb', 'wfqryvie', 'hacxt', 'pqawf', 'lneacxt', 'nanpbaqn.bet', 'pcna.bet', 'urk.cz', 'cho.qri', 'pbpbncbqf', 'unpxntr', 'uhttvatsnpr']
  .map((s) => DECODE.rot13(s)); // stored rot13'd so this file does not spell them out
const okHost = (h) => { const x = h.toLowerCase().replace(/\.$/, ''); return x === '' || !x.includes('.') || /\.(example|test|invalid)$/.test(x); };
function hostProblems(text) {
  const bad = [];
  for (const m of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@?#"'<>\\]*@)?([A-Za-z0-9.-]*)/gi)) if (!okHost(m[1])) bad.push('url ' + m[0]);
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) if (!okHost(m[1])) bad.push('mail ' + m[0]);
  for (const m of text.matchAll(/\bwww\.([A-Za-z0-9.-]+)/gi)) if (!okHost('www.' + m[1])) bad.push('www ' + m[0]);
  return bad;
}

function validate(output) {
  const errs = [];
  const E = (id, msg) => { if (errs.length < 200) errs.push(`${id}: ${msg}`); };
  const ids = new Set();
  const attackPayloads = new Map(TECHNIQUES.map((t) => [t, new Set()]));
  const lookTexts = new Map(FAMILIES.map((f) => [f, new Set()]));
  const harmTexts = new Map();
  const langCount = new Map();
  const carrierCount = { attack: new Map(), benign: new Map() };
  let nonEn = 0;
  const seenAttackText = new Set();

  for (const { rec, meta } of built) {
    const id = rec.id || '(no id)';
    // 1. non-empty fields
    for (const key of ['id', 'split', 'family', 'label', 'technique', 'lang', 'carrier', 'source', 'method']) {
      if (typeof rec[key] !== 'string' || rec[key].trim() === '') E(id, `empty ${key}`);
    }
    if (!Array.isArray(rec.fields) || rec.fields.length === 0) E(id, 'no fields');
    else rec.fields.forEach((f, i) => { if (typeof f !== 'string' || f.trim() === '') E(id, `empty field ${i}`); });
    // 2. known values
    if (rec.split !== SET) E(id, 'split');
    if (!['injection', 'harmful'].includes(rec.family)) E(id, 'family');
    if (!['attack', 'benign'].includes(rec.label)) E(id, 'label');
    if (rec.family === 'injection' && rec.label === 'attack' && !TECHNIQUES.includes(rec.technique)) E(id, 'technique');
    if (rec.family === 'injection' && rec.label === 'benign' && !FAMILIES.includes(rec.technique)) E(id, 'look-alike family');
    if (rec.family === 'harmful' && !CATEGORIES.includes(rec.technique)) E(id, 'category');
    if (!CARRIERS.includes(rec.carrier)) E(id, 'carrier');
    if (!LANGS.includes(rec.lang)) E(id, 'lang');
    // 3. ids
    if (ids.has(rec.id)) E(id, 'duplicate id');
    ids.add(rec.id);
    const im = /^train8g-(injection|harmful)-(attack|benign)-([a-z_]+)-(\d{4})$/.exec(rec.id);
    if (!im || im[1] !== rec.family || im[2] !== rec.label || im[3] !== rec.technique) E(id, 'id inconsistent with record');
    // 4. needles
    const esc = (s) => ESC[rec.carrier](s, meta.variant);
    const needles = meta.m.parts.map(esc);
    const where = needles.map((nd) => rec.fields.map((f, i) => (f.includes(nd) ? i : -1)).filter((i) => i >= 0));
    if (where.some((w) => w.length === 0)) E(id, 'needle not found in fields');
    if (needles.length === 2) {
      if (!where[0].some((a) => where[1].some((b) => a !== b))) E(id, 'split parts not in different fields');
      if (rec.fields.some((f) => f.includes(needles[0]) && f.includes(needles[1]))) E(id, 'a field holds both split parts');
      if (meta.m.parts[0] === meta.m.parts[1]) E(id, 'split parts identical');
    }
    // 5. hosts (fields and decoded contents)
    const joined = rec.fields.join('\n');
    for (const b of hostProblems(joined)) E(id, 'host ' + b);
    for (const t of meta.m.texts) for (const b of hostProblems(t)) E(id, 'host in payload ' + b);
    // 6. encodings
    const enc = meta.m.enc;
    if (enc) {
      try {
        if (!ENCODINGS.includes(enc.name)) throw new Error('unknown encoding');
        const dec = DECODE[enc.name](enc.encoded);
        if (dec !== enc.plain) throw new Error('decoded text differs from plain');
        if (enc.encoded === enc.plain) throw new Error('no-op encoding');
        for (const b of hostProblems(dec)) E(id, 'host in decoded ' + b);
        if (enc.name === 'leet' && (/[0-9A-Z]/.test(enc.plain))) throw new Error('leet plain must be lowercase without digits');
        if (enc.name === 'tags' && !/^[\x20-\x7e]+$/.test(enc.plain)) throw new Error('tag plain must be printable ASCII');
        if (enc.name === 'zw' && ((enc.encoded.match(/[\u200B\u200C\u200D\u2060]/g) || []).length < 10 || /[\u200B-\u200D\u2060]/.test(enc.plain))) throw new Error('zero-width interleaving too thin');
        if (enc.name === 'homo' && ([...enc.encoded].filter((c) => UNHOMO[c]).length < 5 || /[\u0400-\u04FF]/.test(enc.plain))) throw new Error('homoglyph swap too thin');
        if (['rot13', 'rev', 'leet', 'homo'].includes(enc.name) && /@|:\/\//.test(enc.plain)) throw new Error('address inside letter-level obfuscation');
        if (enc.e1 !== undefined) {
          if (!enc.e1 || !enc.e2 || enc.e1 + enc.sep + enc.e2 !== enc.encoded) throw new Error('split halves do not rebuild the encoding');
          if (!meta.m.parts[0].includes(enc.e1) || !meta.m.parts[1].includes(enc.e2)) throw new Error('split halves missing from parts');
        } else if (!meta.m.parts[0].includes(enc.encoded)) throw new Error('encoded text missing from needle');
      } catch (e) { E(id, 'encoding ' + (enc.name || '?') + ': ' + e.message); }
    }
    if (meta.m.data) {
      try { const t = checkData(meta.m.data.spec, meta.m.data.blob); for (const b of hostProblems(t)) E(id, 'host in data ' + b); if (!meta.m.parts[0].includes(meta.m.data.blob)) throw new Error('blob missing'); } catch (e) { E(id, 'data ' + e.message); }
    }
    // 7. long records / long documents
    const n0 = needles[0];
    const pos = joined.indexOf(n0);
    const centre = (pos + n0.length / 2) / joined.length;
    if (meta.long) {
      if (joined.length < 800) E(id, `long record too short (${joined.length})`);
      if (!(centre >= 0.2 && centre <= 0.8)) E(id, `long record centre ${centre.toFixed(3)}`);
    }
    if (meta.doc) {
      const d = meta.doc;
      const docText = [...d.head, meta.m.parts[0], ...d.tail].join('\n\n');
      const p = docText.indexOf(meta.m.parts[0]);
      const before = p, after = docText.length - p - meta.m.parts[0].length;
      const c = (p + meta.m.parts[0].length / 2) / docText.length;
      if (docText.length < 1500) E(id, `long document too short (${docText.length})`);
      if (!(c >= 0.3 && c <= 0.7)) E(id, `long document centre ${c.toFixed(3)}`);
      if (before < 500 || after < 500) E(id, `long document sides ${before}/${after}`);
      const rb = pos, ra = joined.length - pos - n0.length;
      if (joined.length < 1500 || !(centre >= 0.3 && centre <= 0.7) || rb < 500 || ra < 500) E(id, `long record (doc) shape ${joined.length} ${centre.toFixed(3)} ${rb}/${ra}`);
    }
    // tallies
    langCount.set(rec.lang, (langCount.get(rec.lang) || 0) + 1);
    if (rec.lang !== 'en') nonEn += 1;
    const key = meta.m.parts.join('\u0001');
    if (rec.family === 'injection' && rec.label === 'attack') {
      attackPayloads.get(rec.technique)?.add(key);
      carrierCount.attack.set(rec.carrier, (carrierCount.attack.get(rec.carrier) || 0) + 1);
      seenAttackText.add(key);
    } else if (rec.family === 'injection') {
      lookTexts.get(rec.technique)?.add(key);
      carrierCount.benign.set(rec.carrier, (carrierCount.benign.get(rec.carrier) || 0) + 1);
    } else {
      const hk = rec.technique + '/' + rec.label;
      if (!harmTexts.has(hk)) harmTexts.set(hk, new Set());
      harmTexts.get(hk).add(key);
    }
  }
  // look-alike texts must not coincide with attack payloads
  for (const set of lookTexts.values()) for (const t of set) if (seenAttackText.has(t)) E('set', 'look-alike text equals an attack payload');
  // 8. harmful counts
  for (const c of CATEGORIES) for (const l of ['attack', 'benign']) {
    const n = harmTexts.get(c + '/' + l)?.size || 0;
    if (n !== 12) E('set', `harmful ${c}/${l} has ${n} distinct texts, want 12`);
  }
  // 9. techniques
  for (const [t, s] of attackPayloads) if (s.size < 30) E('set', `technique ${t} has ${s.size} payloads (< 30)`);
  // 10. look-alike families
  const goodFams = [...lookTexts.values()].filter((s) => s.size >= 10).length;
  if (goodFams < 20) E('set', `only ${goodFams} look-alike families with >= 10 texts`);
  for (const [f, s] of lookTexts) if (s.size < 10) E('set', `look-alike family ${f} has ${s.size} texts`);
  // 11. languages
  if (langCount.size < 18) E('set', `only ${langCount.size} languages`);
  // 12. non-English share
  if (nonEn / built.length < 0.5) E('set', `non-English share ${(nonEn / built.length).toFixed(3)} < 0.5`);
  // 13. carrier shares
  const totA = [...carrierCount.attack.values()].reduce((a, b) => a + b, 0);
  const totB = [...carrierCount.benign.values()].reduce((a, b) => a + b, 0);
  for (const c of CARRIERS) {
    const sa = (carrierCount.attack.get(c) || 0) / totA, sb = (carrierCount.benign.get(c) || 0) / totB;
    if (Math.abs(sa - sb) > 0.02) E('set', `carrier ${c} share attack ${sa.toFixed(3)} vs benign ${sb.toFixed(3)}`);
  }
  // 14. forbidden host names anywhere in the output
  const low = output.toLowerCase();
  for (const name of FORBIDDEN) if (low.includes(name)) E('set', `forbidden registry/code-hosting name present (${name.length} chars)`);
  return { errs, langCount, carrierCount, totA, totB, nonEn, attackPayloads, lookTexts };
}

// ---------------------------------------------------------------- composition
function composition(v) {
  const cnt = (f) => built.filter(({ rec, meta }) => f(rec, meta)).length;
  const L = [];
  const inj = (l) => (r) => r.family === 'injection' && r.label === l;
  L.push(`${SET}: ${built.length} records (split "${SET}")`);
  L.push(`injection attack records: ${cnt(inj('attack'))} = ${ATTACKS_A.length + ATTACKS_B.length} payloads x 2 carriers + ${LONG_ATTACKS.length} long documents`);
  L.push(`injection benign records: ${cnt(inj('benign'))} = ${LOOKALIKES_A.length + LOOKALIKES_B.length} look-alikes x 2 carriers + ${LONG_BENIGN.length} long documents`);
  L.push(`harmful records: ${cnt((r) => r.family === 'harmful')} = ${HARMFUL.length} items x 2 carriers (12 attack + 12 benign per category)`);
  L.push('');
  L.push('attack payloads by technique (distinct payloads / records):');
  for (const t of TECHNIQUES) L.push(`  ${t.padEnd(22)} ${String(v.attackPayloads.get(t).size).padStart(3)} / ${cnt((r) => inj('attack')(r) && r.technique === t)}`);
  const encCount = new Map();
  let encItems = 0;
  const allAtk = [...ATTACKS_A, ...ATTACKS_B, ...LONG_ATTACKS];
  for (const it of allAtk) if (it.enc) { encItems += 1; encCount.set(it.enc, (encCount.get(it.enc) || 0) + 1); }
  L.push(`encoded/obfuscated attack payloads: ${encItems} of ${allAtk.length} (${(100 * encItems / allAtk.length).toFixed(1)}%): ` + ENCODINGS.filter((e) => encCount.has(e)).map((e) => `${e} ${encCount.get(e)}`).join(', '));
  L.push('');
  L.push('look-alike families (distinct texts / records):');
  for (const f of FAMILIES) L.push(`  ${f.padEnd(22)} ${String(v.lookTexts.get(f).size).padStart(3)} / ${cnt((r) => inj('benign')(r) && r.technique === f)}`);
  L.push('');
  L.push('harmful (attack / benign records):');
  for (const c of CATEGORIES) L.push(`  ${c.padEnd(22)} ${cnt((r) => r.family === 'harmful' && r.technique === c && r.label === 'attack')} / ${cnt((r) => r.family === 'harmful' && r.technique === c && r.label === 'benign')}`);
  L.push('');
  L.push('carriers (injection attack share / benign share / harmful records):');
  for (const c of CARRIERS) {
    L.push(`  ${c.padEnd(13)} ${((v.carrierCount.attack.get(c) || 0) / v.totA).toFixed(3)} / ${((v.carrierCount.benign.get(c) || 0) / v.totB).toFixed(3)} / ${cnt((r) => r.family === 'harmful' && r.carrier === c)}`);
  }
  L.push('');
  L.push(`long padded records (>= 800 chars, payload centre 20-80%): attack ${cnt((r, m) => inj('attack')(r) && m.long)}, benign ${cnt((r, m) => inj('benign')(r) && m.long)}, harmful ${cnt((r, m) => r.family === 'harmful' && m.long)}`);
  L.push(`long documents (>= 1500 chars, centre 30-70%, >= 500 chars each side): attack ${LONG_ATTACKS.length}, benign ${LONG_BENIGN.length}`);
  L.push(`split records: attack ${cnt((r, m) => inj('attack')(r) && m.m.parts.length === 2)}, benign ${cnt((r, m) => inj('benign')(r) && m.m.parts.length === 2)}`);
  L.push('');
  const langs = [...v.langCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  L.push(`languages (${langs.length}): ` + langs.map(([l, n]) => `${l} ${n}`).join(', '));
  L.push(`non-English records: ${v.nonEn} of ${built.length} (${(100 * v.nonEn / built.length).toFixed(1)}%)`);
  return L.join('\n');
}

// ---------------------------------------------------------------- main
buildAll();
const output = built.map(({ rec }) => JSON.stringify(rec)).join('\n') + '\n';
const v = validate(output);
if (v.errs.length) {
  console.error(`${SET}: validation failed (${v.errs.length} problem(s)); nothing written.`);
  for (const e of v.errs) console.error('  ' + e);
  process.exit(1);
}
fs.writeFileSync(OUT, output);
console.log(composition(v));
console.log(`\nwrote ${path.relative(process.cwd(), OUT) || OUT} (${Buffer.byteLength(output)} bytes, sha256 ${crypto.createHash('sha256').update(output).digest('hex').slice(0, 16)})`);
