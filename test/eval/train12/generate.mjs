// Generator of the training set train12. Usage: node test/eval/train12/generate.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { makeRng } from './lib/core.mjs';
import { makeCycler } from './lib/secrets.mjs';
import { makeLkCycler } from './lib/lookalikes.mjs';
import * as T from './lib/tpl_tech.mjs';
import * as H from './lib/tpl_people.mjs';
import { validateRecord, validateSet } from './lib/validate.mjs';

const SEED = 0x7a12c0de;
const r = makeRng(SEED);
const ctx = { sec: makeCycler(r), lk: makeLkCycler(r) };
let li = 0, pi = 0;
const PLAN = [
  ['code', 40, (rr, c) => T.codeDoc(rr, c, T.LANG_KEYS[li++ % T.LANG_KEYS.length])],
  ['chat', 30, (rr, c) => H.chat(rr, c, H.PROSE_LANGS[pi++ % H.PROSE_LANGS.length])],
  ['ticket', 22, H.ticket], ['email', 18, H.email], ['meeting_notes', 12, H.meetingNotes], ['kyc_form', 14, H.kycForm],
  ['config_env', 10, T.configDoc('env')], ['config_yaml', 10, T.configDoc('yaml')], ['config_toml', 8, T.configDoc('toml')],
  ['config_ini', 8, T.configDoc('ini')], ['config_properties', 7, T.configDoc('properties')], ['config_xml', 7, T.configDoc('xml')],
  ['config_json', 8, T.configDoc('json')], ['config_hcl', 7, T.configDoc('hcl')],
  ['k8s', 12, T.k8s], ['shell_history', 12, T.shellHistory], ['ci_log', 12, T.ciLog], ['iac_output', 10, T.iacOutput],
  ['log', 12, T.logDoc], ['stacktrace', 10, T.stackTrace], ['json_api', 12, T.jsonApi], ['git_output', 10, T.gitOutput],
  ['markdown', 12, T.markdownDoc], ['crm_csv', 10, H.crmCsv], ['spreadsheet', 10, H.spreadsheet], ['hr_record', 12, H.hrRecord],
  ['medical_record', 14, H.medicalRecord], ['banking', 12, H.banking], ['notebook', 8, T.notebook], ['wifi_note', 12, H.wifiNote],
];
const records = [], errs = [];
const stats = { docs: 0, byKind: {}, secrets: 0, bySecret: {}, pii: 0, byPii: {}, looks: 0, byLook: {}, codeLangs: new Set(), proseLangs: new Set(), bytes: 0 };
for (const [kind, count, fn] of PLAN) {
  for (let i = 1; i <= count; i++) {
    let d, text, tries = 0, lang;
    const li0 = li, pi0 = pi;
    do {
      li = li0; pi = pi0; // same language on retry
      if (kind === 'code') lang = T.LANG_KEYS[li % T.LANG_KEYS.length];
      if (kind === 'chat') lang = H.PROSE_LANGS[pi % H.PROSE_LANGS.length];
      d = fn(r, ctx); text = d.text(); tries++;
    } while ((Buffer.byteLength(text) < 200 || Buffer.byteLength(text) > 4000) && tries < 40);
    if (kind === 'code') stats.codeLangs.add(lang);
    if (kind === 'chat') stats.proseLangs.add(lang);
    const rec = { id: `train12-${kind}-${String(i).padStart(4, '0')}`, kind, _labels: d.labels, _looks: d.looks };
    validateRecord(rec, text, errs);
    records.push({ id: rec.id, kind, text_b64url: Buffer.from(text, 'utf8').toString('base64url'),
      labels: d.labels.map(({ start, end, entity, family }) => ({ start, end, entity, family })),
      lookalikes: d.looks.map(({ start, end, what }) => ({ start, end, what })) });
    stats.docs++; stats.byKind[kind] = (stats.byKind[kind] || 0) + 1; stats.bytes += Buffer.byteLength(text);
    for (const l of d.labels) { if (l.family === 'secrets') { stats.secrets++; stats.bySecret[l.entity] = (stats.bySecret[l.entity] || 0) + 1; } else { stats.pii++; stats.byPii[l.entity] = (stats.byPii[l.entity] || 0) + 1; } }
    for (const l of d.looks) { stats.looks++; stats.byLook[l.what] = (stats.byLook[l.what] || 0) + 1; }
  }
}
stats.codeLangs = stats.codeLangs.size; stats.proseLangs = stats.proseLangs.size;
validateSet(stats, errs);
if (errs.length) { console.error(`train12: ${errs.length} violation(s), nothing written`); for (const e of errs.slice(0, 40)) console.error('  ' + e); process.exit(1); }
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'train12.jsonl');
writeFileSync(out, records.map((x) => JSON.stringify(x)).join('\n') + '\n');
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`wrote ${out}`);
console.log(`documents: ${stats.docs} in ${Object.keys(stats.byKind).length} kinds, ${stats.bytes} bytes (seed 0x${SEED.toString(16)})`);
console.log(`  ${fmt(stats.byKind)}`);
console.log(`code languages: ${stats.codeLangs}; prose/chat languages: ${stats.proseLangs}`);
console.log(`secrets: ${stats.secrets} labels in ${Object.keys(stats.bySecret).length} kinds`);
console.log(`  ${fmt(stats.bySecret)}`);
console.log(`pii: ${stats.pii} labels in ${Object.keys(stats.byPii).length} Presidio entities`);
console.log(`  ${fmt(stats.byPii)}`);
console.log(`lookalikes: ${stats.looks} in ${Object.keys(stats.byLook).length} kinds`);
console.log(`  ${fmt(stats.byLook)}`);
