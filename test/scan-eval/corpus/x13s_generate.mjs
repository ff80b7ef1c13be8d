#!/usr/bin/env node
// Training round x13s generator (Node built-ins only, deterministic).
// Usage: node test/scan-eval/corpus/x13s_generate.mjs
// Writes poisoned/x13s.json and risky_legit/x13s.json, or nothing (exit 1) on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MODULES = ['poisoned_en', 'legit_en', 'twins_en', 'lang_a', 'lang_b', 'lang_c', 'slots'];

// ---------- marker expansion ----------
const CYRMAP = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const TRANSFORMS = {
  TAG: (t) => '\u{E0001}' + [...t].map((c) => String.fromCodePoint(0xe0000 + (c.codePointAt(0) & 0x7f))).join('') + '\u{E007F}',
  ZW: (t) => [...t].join('\u200b'),
  BIDI: (t) => '\u202e' + [...t].reverse().join('') + '\u202c',
  CYR: (t) => [...t].map((c) => CYRMAP[c] ?? c).join(''),
  FW: (t) => [...t].map((c) => (c === ' ' ? '\u3000' : c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''),
  ANSI: (t) => '\x1b[8m' + t + '\x1b[28m',
  CUP: (t) => t + '\n\x1b[1A\x1b[2K',
  B64: (t) => Buffer.from(t, 'utf8').toString('base64'),
  HEX: (t) => Buffer.from(t, 'utf8').toString('hex'),
  PCT: (t) => [...Buffer.from(t, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
};
const MARK = /⟪(TAG|ZW|BIDI|CYR|FW|ANSI|CUP|B64|HEX|PCT)\|([^⟪⟫]*)⟫/g;
const expandStr = (s) => s.replace(MARK, (_, k, t) => TRANSFORMS[k](t));
function expand(v) {
  if (typeof v === 'string') return expandStr(v);
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[expandStr(k)] = expand(x);
    return o;
  }
  return v;
}
function strings(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.push(k); strings(x, out); }
  return out;
}

// ---------- twin expansion ----------
function insertClause(doc, clause, at) {
  const i = at ?? Math.ceil(doc.length / 2);
  return [...doc.slice(0, i), clause, ...doc.slice(i)].join(' ');
}
function twinCases(t) {
  const mkTool = (poison) => {
    const props = JSON.parse(JSON.stringify(t.props));
    let description = t.doc.join(' ');
    const slot = t.slot ?? 'description';
    if (poison) {
      if (slot === 'description') description = insertClause(t.doc, t.clause, t.at);
      else if (slot.startsWith('prop:')) {
        const p = props[slot.slice(5)];
        if (!p) throw new Error(`${t.slug}: twin slot names a missing property`);
        p.description = `${p.description} ${t.clause}`;
      } else throw new Error(`${t.slug}: unknown twin slot ${slot}`);
    }
    if (!poison && t.twinNote) description = `${description} ${t.twinNote}`;
    const tool = { name: t.name, description, inputSchema: { type: 'object', properties: props, required: t.required } };
    if (t.extra) Object.assign(tool, t.extra);
    return tool;
  };
  return {
    poisoned: { lang: t.lang, slug: t.slug, family: t.family, tool: mkTool(true), ...(t.server ? { server: t.server } : {}) },
    legit: { lang: t.lang, slug: `${t.slug}-twin`, family: t.kind, tool: mkTool(false), ...(t.server ? { server: t.server } : {}), isTwin: true },
  };
}

// ---------- collect ----------
const poisonedRaw = [];
const legitRaw = [];
for (const m of MODULES) {
  const mod = await import(join(here, 'x13s', `${m}.mjs`));
  for (const c of mod.poisoned ?? []) poisonedRaw.push({ ...c, module: m });
  for (const c of mod.legit ?? []) legitRaw.push({ ...c, module: m });
  for (const t of mod.twins ?? []) {
    const { poisoned, legit } = twinCases(t);
    poisonedRaw.push({ ...poisoned, module: m });
    legitRaw.push({ ...legit, module: m });
  }
}

const errors = [];
const LANGS = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'uk', 'pl', 'cs', 'tr', 'el', 'zh', 'ja', 'ko', 'ar', 'hi', 'vi']);
const URL_RE = /\b[a-z][a-z0-9+.-]*:\/\/(?:[^\s/@"'<>)]*@)?([^\s/:?#"'<>)\]]+)/gi;
const MAIL_RE = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
const REAL_TLD_RE = /\b[a-z0-9-]+\.(?:com|net|org|io|dev|co|ru|cn|de)\b(?![.\w])/gi;
const okHost = (h) => {
  h = h.toLowerCase().replace(/\.$/, '');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(h) || h === 'localhost' || h === '[::1]') return true;
  if (!h.includes('.')) return true; // bare internal host name
  return /\.(example|test|invalid)$/.test(h) || /^(example|test|invalid)$/.test(h);
};
function checkHosts(id, s) {
  for (const m of s.matchAll(URL_RE)) if (!okHost(m[1])) errors.push(`${id}: URL host not allowed: ${m[1]}`);
  for (const m of s.matchAll(MAIL_RE)) if (!okHost(m[1])) errors.push(`${id}: mail host not allowed: ${m[1]}`);
  for (const m of s.matchAll(REAL_TLD_RE)) errors.push(`${id}: real-looking domain: ${m[0]}`);
}

function build(raw, prefix, isPoison) {
  const out = [];
  for (const c of raw) {
    const id = `${prefix}-${c.lang}-${c.slug}`;
    if (!LANGS.has(c.lang)) errors.push(`${id}: unknown lang`);
    if (!c.family) errors.push(`${id}: no family`);
    // host checks on the source text (encoded payloads included) and on the expanded text
    for (const s of strings({ tool: c.tool, server: c.server })) {
      checkHosts(id, s);
      for (const m of s.matchAll(MARK)) checkHosts(id, m[2]);
    }
    const tool = expand(c.tool);
    const server = c.server ? expand(c.server) : undefined;
    for (const s of strings({ tool, server })) {
      checkHosts(id, s);
      if (/[⟪⟫]/.test(s)) errors.push(`${id}: unexpanded marker`);
    }
    if (typeof tool.name !== 'string' || !tool.name) errors.push(`${id}: empty name`);
    if (typeof tool.description !== 'string' || !tool.description.trim()) errors.push(`${id}: empty description`);
    const sch = tool.inputSchema;
    if (!sch || typeof sch !== 'object' || Array.isArray(sch) || sch.type !== 'object') errors.push(`${id}: inputSchema must be an object schema`);
    else {
      const props = sch.properties ?? {};
      if (typeof props !== 'object' || Array.isArray(props)) errors.push(`${id}: properties must be an object`);
      for (const r of sch.required ?? []) if (!(r in props)) errors.push(`${id}: required names missing property ${r}`);
    }
    if (server !== undefined) {
      if (typeof server !== 'object' || Array.isArray(server)) errors.push(`${id}: server must be an object`);
      else for (const [k, v] of Object.entries(server)) {
        if (k === 'instructions') { if (typeof v !== 'string') errors.push(`${id}: server.instructions must be a string`); }
        else if (k === 'prompts' || k === 'resources') { if (!Array.isArray(v)) errors.push(`${id}: server.${k} must be an array`); }
        else errors.push(`${id}: server has unknown member ${k}`);
      }
    }
    const kase = { id, family: c.family, lang: c.lang, tool };
    if (server) kase.server = server;
    out.push({ kase, module: c.module, isTwin: !!c.isTwin });
  }
  return out;
}

const poisoned = build(poisonedRaw, 'x13s', true);
const legit = build(legitRaw, 'x13sl', false);
const seenIds = new Set();
const seenDesc = new Map();
for (const { kase } of [...poisoned, ...legit]) {
  if (seenIds.has(kase.id)) errors.push(`duplicate id ${kase.id}`);
  seenIds.add(kase.id);
  const d = kase.tool.description;
  if (seenDesc.has(d)) errors.push(`duplicate description: ${kase.id} and ${seenDesc.get(d)}`);
  else seenDesc.set(d, kase.id);
}

if (errors.length) {
  for (const e of errors.slice(0, 60)) console.error('x13s: ' + e);
  console.error(`x13s: ${errors.length} violation(s); nothing written`);
  process.exit(1);
}

const count = (list, key) => {
  const m = new Map();
  for (const x of list) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .map(([k, n]) => `${k} ${n}`).join(', ');
};
const langOrder = (list) => {
  const m = new Map();
  for (const x of list) m.set(x.kase.lang, (m.get(x.kase.lang) ?? 0) + 1);
  const en = m.get('en') ?? 0;
  m.delete('en');
  return [`en ${en}`, ...[...m.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`)].join(', ');
};
const write = (rel, list, kind) => writeFileSync(join(here, rel),
  JSON.stringify({ round: 'x13s', kind, cases: list.map((x) => x.kase) }, null, 2) + '\n');
write('poisoned/x13s.json', poisoned, 'poisoned');
write('risky_legit/x13s.json', legit, 'risky_legit');

const twins = legit.filter((x) => x.isTwin).length;
const fams = new Set(poisoned.map((x) => x.kase.family)).size;
const kinds = new Set(legit.map((x) => x.kase.family)).size;
console.log(`x13s: poisoned ${poisoned.length} cases, ${fams} families, ${new Set(poisoned.map((x) => x.kase.lang)).size} languages`);
console.log(`x13s: legitimate ${legit.length} cases (${twins} honest twins), ${kinds} server kinds, ${new Set(legit.map((x) => x.kase.lang)).size} languages`);
console.log(`poisoned by family: ${count(poisoned, (x) => x.kase.family)}`);
console.log(`poisoned by lang: ${langOrder(poisoned)}`);
console.log(`poisoned by module: ${count(poisoned, (x) => x.module)}`);
console.log(`legit by kind: ${count(legit, (x) => x.kase.family)}`);
console.log(`legit by lang: ${langOrder(legit)}`);
console.log(`legit by module: ${count(legit, (x) => x.module)}`);
