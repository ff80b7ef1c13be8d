// Training round x13m of the tool-poisoning scanner corpus.
// Deterministic generator, Node built-ins only.
//   node test/scan-eval/corpus/x13m_generate.mjs
// Reads the hand-written cases in ./x13m/*.mjs, applies the character transforms a case
// asks for to its marked payload (text between U+27EA and U+27EB), derives honest twins
// (the same tool with the marked clauses removed), validates and writes
//   poisoned/x13m.json and risky_legit/x13m.json
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const caseDir = join(here, 'x13m');
const LANGS = new Set(['en', 'de', 'es', 'fr', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'zh', 'ja', 'ko', 'ar', 'hi', 'tr', 'vi', 'id', 'sv']);
const OPEN = '\u27EA', CLOSE = '\u27EB';
const MARK = /\u27EA([\s\S]*?)\u27EB/g;

const errors = [];
const fail = (msg) => errors.push(msg);

// ---------- character transforms ----------
const HOMO = { a: '\u0430', e: '\u0435', o: '\u043E', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455', A: '\u0410', E: '\u0415', O: '\u041E', P: '\u0420', C: '\u0421', T: '\u0422', H: '\u041D', K: '\u041A', M: '\u041C', B: '\u0412' };
const ZW = ['\u200B', '\u200C', '\u200D', '\u2060'];
const transforms = {
  none: (s) => s,
  tags: (s) => '\u{E0001}' + [...s].map((ch) => { const c = ch.codePointAt(0); return c >= 0x20 && c <= 0x7e ? String.fromCodePoint(0xe0000 + c) : ''; }).join('') + '\u{E007F}',
  tagsBare: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); return c >= 0x20 && c <= 0x7e ? String.fromCodePoint(0xe0000 + c) : ''; }).join(''),
  zw: (s) => [...s].map((ch, i) => (i % 2 === 1 && ch !== ' ' ? ZW[i % ZW.length] + ch : ch)).join(''),
  zwWords: (s) => s.split(' ').map((w) => (w.length > 3 ? w.slice(0, 2) + '\u200B' + w.slice(2) : w)).join(' '),
  bidi: (s) => '\u202E' + [...s].reverse().join('') + '\u202C',
  bidiIso: (s) => '\u2067' + s + '\u2069',
  homoglyph: (s) => [...s].map((ch) => HOMO[ch] ?? ch).join(''),
  fullwidth: (s) => [...s].map((ch) => { const c = ch.codePointAt(0); if (c === 0x20) return '\u3000'; return c > 0x20 && c < 0x7f ? String.fromCodePoint(c + 0xfee0) : ch; }).join(''),
  ansiConceal: (s) => '\x1b[8m' + s + '\x1b[0m',
  ansiErase: (s) => s + '\x1b[1A\x1b[2K\r',
  ansiColor: (s) => '\x1b[30;40m' + s + '\x1b[0m',
  base64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  base64url: (s) => Buffer.from(s, 'utf8').toString('base64url'),
  softHyphen: (s) => s.split(' ').map((w) => (w.length > 4 ? w.slice(0, 3) + '\u00AD' + w.slice(3) : w)).join(' '),
};

// ---------- deep mapping ----------
function mapDeep(v, fnStr, fnKey) {
  if (typeof v === 'string') return fnStr(v);
  if (Array.isArray(v)) return v.map((x) => mapDeep(x, fnStr, fnKey)).filter((x) => x !== undefined);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, val] of Object.entries(v)) {
      const nk = fnKey(k);
      if (nk === undefined) continue;
      const nv = mapDeep(val, fnStr, fnKey);
      if (nv === undefined) continue;
      out[nk] = nv;
    }
    return out;
  }
  return v;
}

function poisonedForm(c) {
  const kind = c.xf ?? 'none';
  const t = transforms[kind];
  if (!t) { fail(`${c.slug}: unknown transform ${kind}`); return c; }
  const apply = (s) => s.replace(MARK, (_, body) => t(body));
  return mapDeep({ tool: c.tool, server: c.server }, apply, apply);
}

function twinForm(c) {
  const strip = (s) => {
    if (!s.includes(OPEN)) return s;
    const r = s.replace(/[ \t]?\u27EA[\s\S]*?\u27EB/g, '').replace(/^[ \t]*-[ \t]*(\n|$)/gm, '').replace(/[ \t]{2,}/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
    return r === '' ? undefined : r;
  };
  const dropKey = (k) => (k.includes(OPEN) ? undefined : k);
  const out = mapDeep({ tool: c.tool, server: c.server }, strip, dropKey);
  for (const path of c.twinDrop ?? []) {
    const parts = path.split('.');
    let o = out;
    for (let i = 0; i < parts.length - 1 && o; i++) o = o[parts[i]];
    if (o && parts.at(-1) in o) delete o[parts.at(-1)];
    else fail(`${c.slug}: twinDrop path ${path} not found`);
  }
  // keep "required" consistent with the remaining properties
  const fixReq = (schema) => {
    if (!schema || typeof schema !== 'object') return;
    if (Array.isArray(schema.required) && schema.properties) {
      schema.required = schema.required.filter((r) => r in schema.properties);
      if (schema.required.length === 0) delete schema.required;
    }
  };
  fixReq(out.tool?.inputSchema);
  if (out.server && Object.keys(out.server).length === 0) delete out.server;
  return out;
}

// ---------- load ----------
const files = readdirSync(caseDir).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).sort();
const poisonedSrc = [], legitSrc = [];
for (const f of files) {
  const mod = await import(pathToFileURL(join(caseDir, f)).href);
  for (const c of mod.poisoned ?? []) poisonedSrc.push({ ...c, _file: f });
  for (const c of mod.legit ?? []) legitSrc.push({ ...c, _file: f });
}

// host check on the hand-written text (before encodings hide anything)
const HOST_OK = /\.(example|test|invalid)$/i;
function checkHosts(c) {
  const text = JSON.stringify({ t: c.tool, s: c.server });
  for (const m of text.matchAll(/\b(?:https?|wss?|ftp|sftp|ssh|git|s3|smtp):\/\/(?:[^@\s"'/]*@)?([A-Za-z0-9.-]+)/g)) {
    if (!HOST_OK.test(m[1]) && m[1] !== 'localhost' && !/^[0-9.]+$/.test(m[1])) fail(`${c.slug}: host ${m[1]} not under .example/.test/.invalid`);
  }
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
    if (!HOST_OK.test(m[1])) fail(`${c.slug}: mail host ${m[1]} not under .example/.test/.invalid`);
  }
}

const poisoned = [], legit = [];
for (const c of poisonedSrc) {
  if (!LANGS.has(c.lang)) fail(`${c.slug}: bad lang ${c.lang}`);
  checkHosts(c);
  if (!JSON.stringify([c.tool, c.server]).includes(OPEN)) fail(`${c.slug}: poisoned case has no marked payload`);
  const f = poisonedForm(c);
  const out = { id: `x13m-${c.lang}-${c.slug}`, family: c.family, lang: c.lang, tool: f.tool };
  if (f.server) out.server = f.server;
  poisoned.push(out);
  if (c.twin) {
    const tw = twinForm(c);
    const o2 = { id: `x13ml-${c.lang}-${c.slug}-twin`, family: typeof c.twin === 'string' ? c.twin : 'honest-twin', lang: c.lang, tool: tw.tool };
    if (tw.server) o2.server = tw.server;
    if (JSON.stringify(o2.tool) === JSON.stringify(out.tool) && JSON.stringify(o2.server) === JSON.stringify(out.server)) fail(`${c.slug}: twin equals poisoned case`);
    legit.push(o2);
  }
}
for (const c of legitSrc) {
  if (!LANGS.has(c.lang)) fail(`${c.slug}: bad lang ${c.lang}`);
  checkHosts(c);
  const text = JSON.stringify({ t: c.tool, s: c.server });
  if (text.includes(OPEN) || text.includes(CLOSE)) fail(`${c.slug}: legit case carries payload markers`);
  const out = { id: `x13ml-${c.lang}-${c.slug}`, family: c.family, lang: c.lang, tool: c.tool };
  if (c.server) out.server = c.server;
  legit.push(out);
}

// ---------- validation ----------
const ids = new Set(), descs = new Map();
for (const c of [...poisoned, ...legit]) {
  if (ids.has(c.id)) fail(`duplicate id ${c.id}`);
  ids.add(c.id);
  if (!c.family) fail(`${c.id}: empty family`);
  const t = c.tool;
  if (!t || typeof t.name !== 'string' || !t.name.trim()) fail(`${c.id}: empty tool name`);
  if (typeof t?.description !== 'string' || !t.description.trim()) fail(`${c.id}: empty description`);
  if (!t?.inputSchema || typeof t.inputSchema !== 'object' || Array.isArray(t.inputSchema) || t.inputSchema.type !== 'object') fail(`${c.id}: inputSchema must be an object schema`);
  const s = JSON.stringify(c);
  if (s.includes(OPEN) || s.includes(CLOSE)) fail(`${c.id}: leftover payload marker`);
  if (descs.has(t?.description)) fail(`${c.id}: same description as ${descs.get(t.description)}`);
  descs.set(t?.description, c.id);
  if (c.server) {
    for (const k of Object.keys(c.server)) if (!['instructions', 'prompts', 'resources'].includes(k)) fail(`${c.id}: server.${k} unknown`);
    if ('instructions' in c.server && typeof c.server.instructions !== 'string') fail(`${c.id}: instructions not a string`);
    for (const k of ['prompts', 'resources']) if (k in c.server && !Array.isArray(c.server[k])) fail(`${c.id}: server.${k} not an array`);
  }
}

// ---------- report ----------
function counts(list, title) {
  const fam = {}, lang = {};
  for (const c of list) { fam[c.family] = (fam[c.family] ?? 0) + 1; lang[c.lang] = (lang[c.lang] ?? 0) + 1; }
  console.log(`${title}: ${list.length} cases`);
  console.log('  families: ' + Object.entries(fam).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`).join(' '));
  console.log('  languages: ' + Object.entries(lang).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`).join(' '));
  const en = lang.en ?? 0;
  console.log(`  non-English: ${list.length - en} (${Math.round((100 * (list.length - en)) / Math.max(1, list.length))}%)`);
}
counts(poisoned, 'poisoned');
counts(legit, 'risky_legit');
console.log(`  honest twins: ${legit.filter((c) => c.id.endsWith('-twin')).length}`);
const xfs = {};
for (const c of poisonedSrc) if (c.xf && c.xf !== 'none') xfs[c.xf] = (xfs[c.xf] ?? 0) + 1;
console.log('  transforms: ' + Object.entries(xfs).map(([k, v]) => `${k}=${v}`).join(' '));

if (errors.length) {
  for (const e of errors) console.error('ERROR: ' + e);
  process.exit(1);
}
for (const [dir, list] of [['poisoned', poisoned], ['risky_legit', legit]]) {
  mkdirSync(join(here, dir), { recursive: true });
  writeFileSync(join(here, dir, 'x13m.json'), JSON.stringify({ cases: list }, null, 2) + '\n');
}
console.log('wrote poisoned/x13m.json and risky_legit/x13m.json');
