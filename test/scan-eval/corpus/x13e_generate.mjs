// Training round x13e generator: node test/scan-eval/corpus/x13e_generate.mjs
// Deterministic, Node built-ins only. Reads hand-written cases from ./x13e/*.mjs,
// applies character transforms marked as ⟦kind|text⟧, validates, writes
// poisoned/x13e.json and risky_legit/x13e.json, prints composition counts.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import poisonedEn from './x13e/poisoned_en.mjs';
import poisonedIntl from './x13e/poisoned_intl.mjs';
import legitEn from './x13e/legit_en.mjs';
import legitIntl from './x13e/legit_intl.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const HOMO = { a: 'а', e: 'е', o: 'о', c: 'с', p: 'р', x: 'х', i: 'і', y: 'у', A: 'А', E: 'Е', O: 'О', C: 'С', P: 'Р' };
const T = {
  tag: (s) => [...s].map((ch) => { const cp = ch.codePointAt(0); return cp < 0x80 ? String.fromCodePoint(0xe0000 + cp) : ch; }).join(''),
  zw: (s) => [...s].join('\u200b'),
  bidi: (s) => '\u202e' + [...s].reverse().join('') + '\u202c',
  homo: (s) => [...s].map((ch) => HOMO[ch] ?? ch).join(''),
  fw: (s) => [...s].map((ch) => { const cp = ch.codePointAt(0); if (ch === ' ') return '\u3000'; return cp >= 0x21 && cp <= 0x7e ? String.fromCodePoint(cp + 0xfee0) : ch; }).join(''),
  ansi: (s) => '\x1b[8m' + s + '\x1b[0m\x1b[1A\x1b[2K',
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
};
const MARK = /⟦(\w+)\|([^⟧]*)⟧/g;
const transformsUsed = {};
function apply(v) {
  if (typeof v === 'string') {
    return v.replace(MARK, (_, kind, text) => {
      if (!T[kind]) throw new Error(`unknown transform ${kind}`);
      transformsUsed[kind] = (transformsUsed[kind] || 0) + 1;
      return T[kind](text);
    });
  }
  if (Array.isArray(v)) return v.map(apply);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[apply(k)] = apply(x);
    return o;
  }
  return v;
}

const errors = [];
const ids = new Set();
const descs = new Map();
function build(list, prefix) {
  return list.map((raw) => {
    const id = `${prefix}-${raw.lang}-${raw.slug}`;
    if (ids.has(id)) errors.push(`duplicate id ${id}`);
    ids.add(id);
    const tool = apply(raw.tool);
    if (typeof tool.name !== 'string' || !tool.name) errors.push(`${id}: empty name`);
    if (typeof tool.description !== 'string' || !tool.description.trim()) errors.push(`${id}: empty description`);
    if (!tool.inputSchema || tool.inputSchema.type !== 'object' || typeof tool.inputSchema !== 'object') errors.push(`${id}: inputSchema must be an object schema`);
    if (!raw.family || !raw.lang) errors.push(`${id}: family/lang missing`);
    if (descs.has(tool.description)) errors.push(`${id}: same description as ${descs.get(tool.description)}`);
    descs.set(tool.description, id);
    const out = { id, family: raw.family, lang: raw.lang, tool };
    if (raw.server) out.server = apply(raw.server);
    return out;
  });
}
const poisoned = build([...poisonedEn, ...poisonedIntl], 'x13e');
const legit = build([...legitEn, ...legitIntl], 'x13el');
if (poisoned.some((c) => c.id.startsWith('x13el-'))) errors.push('poisoned id prefix clash');

function counts(list, key) {
  const m = {};
  for (const c of list) m[c[key]] = (m[c[key]] || 0) + 1;
  return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k}=${n}`).join(' ');
}
function report(name, list) {
  const nonEn = list.filter((c) => c.lang !== 'en').length;
  console.log(`${name}: ${list.length} cases (${nonEn} non-English, ${Math.round((100 * nonEn) / list.length)}%)`);
  console.log(`  families: ${counts(list, 'family')}`);
  console.log(`  languages: ${counts(list, 'lang')}`);
}
report('poisoned', poisoned);
report('risky_legit', legit);
console.log(`transforms applied: ${Object.entries(transformsUsed).sort().map(([k, n]) => `${k}=${n}`).join(' ')}`);
if (errors.length) {
  for (const e of errors) console.error('ERROR ' + e);
  process.exit(1);
}
writeFileSync(join(here, 'poisoned', 'x13e.json'), JSON.stringify({ cases: poisoned }, null, 2) + '\n');
writeFileSync(join(here, 'risky_legit', 'x13e.json'), JSON.stringify({ cases: legit }, null, 2) + '\n');
console.log('wrote poisoned/x13e.json and risky_legit/x13e.json');
