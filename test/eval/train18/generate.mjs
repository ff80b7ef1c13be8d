// node test/eval/train18/generate.mjs  — writes test/eval/train18.jsonl (TRAINING set, fixed seed).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Rng } from './rng.mjs';
import { makeCtx } from './ctx.mjs';
import * as T from './templates_tech.mjs';
import * as H from './templates_people.mjs';
import { validateDoc, validateComposition } from './validate.mjs';

const SEED = 0x7a18_2026;
const PLAN = [
  ['env', T.envDoc, 14], ['yaml', T.yamlDoc, 14], ['toml', T.tomlDoc, 10], ['ini', T.iniDoc, 10], ['properties', T.propsDoc, 10], ['xml', T.xmlDoc, 12], ['jsoncfg', T.jsonCfgDoc, 12], ['hcl', T.hclDoc, 10],
  ['wifi', T.wifiDoc, 16], ['k8s', T.k8sDoc, 14], ['shell', T.shellDoc, 16], ['ci', T.ciDoc, 10], ['iac', T.iacDoc, 10], ['code', T.codeDoc, 34], ['log', T.logDoc, 14], ['trace', T.traceDoc, 10],
  ['api', T.apiDoc, 12], ['git', T.gitDoc, 10], ['markdown', H.markdownDoc, 12], ['crm', H.crmDoc, 10], ['csv', H.csvDoc, 12], ['ticket', H.ticketDoc, 16], ['email', H.emailDoc, 16],
  ['chat', H.chatDoc, 20], ['hr', H.hrDoc, 12], ['medical', H.medicalDoc, 10], ['bank', H.bankDoc, 10], ['notebook', H.notebookDoc, 8], ['prose', H.proseDoc, 14],
];
const r = new Rng(SEED); const c = makeCtx(r);
const docs = []; const errs = [];
for (const [kind, fn, n] of PLAN) {
  for (let i = 1; i <= n; i++) {
    let d; for (let t = 0; t < 30; t++) { d = fn(c); const L = Buffer.byteLength(d.text()); if (L >= 200 && L <= 4000) break; }
    d.id = `train18-${kind}-${String(i).padStart(4, '0')}`; d.kind = kind; docs.push(d);
  }
}
// composition
const comp = { docs: docs.length, kinds: new Set(docs.map((d) => d.kind)).size, secrets: 0, pii: 0, look: 0, secretBy: {}, piiBy: {}, lookBy: {}, byKind: {} };
const cultures = new Set(), plans = new Set(), langs = new Set();
for (const d of docs) {
  validateDoc(d, errs);
  const k = (comp.byKind[d.kind] ||= { docs: 0, secrets: 0, pii: 0, look: 0, bytes: 0 }); k.docs++; k.bytes += Buffer.byteLength(d.text());
  for (const m of d.meta) {
    if (m.family === 'secrets') { comp.secrets++; k.secrets++; comp.secretBy[m.entity] = (comp.secretBy[m.entity] || 0) + 1; }
    else if (m.family === 'pii') { comp.pii++; k.pii++; comp.piiBy[m.entity] = (comp.piiBy[m.entity] || 0) + 1; }
    else { comp.look++; k.look++; comp.lookBy[m.what] = (comp.lookBy[m.what] || 0) + 1; }
  }
  if (d.kind === 'code') langs.add(d.text().split('\n')[0].split('.').pop());
}
// cultures / phone plans: recorded on the generated items via ctx wrappers
for (const d of docs) for (const m of d.meta) { if (m.entity === 'PERSON' && m.c) cultures.add(m.c); if (m.entity === 'PHONE_NUMBER' && m.cc) plans.add(m.cc); }
comp.secretKinds = Object.keys(comp.secretBy).length; comp.cultures = cultures.size; comp.phonePlans = plans.size; comp.langs = langs.size;
validateComposition(comp, errs);

const line = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' ');
console.log(`train18: ${comp.docs} documents in ${comp.kinds} kinds, ${comp.secrets} secret labels in ${comp.secretKinds} kinds, ${comp.pii} PII labels, ${comp.look} look-alikes (${Object.keys(comp.lookBy).length} kinds)`);
console.log(`PERSON cultures: ${comp.cultures}, phone numbering plans: ${comp.phonePlans}, code languages: ${comp.langs}`);
console.log('\nkind          docs  secrets  pii  lookalikes  avg_bytes');
for (const [k, v] of Object.entries(comp.byKind)) console.log(`${k.padEnd(13)} ${String(v.docs).padStart(4)} ${String(v.secrets).padStart(8)} ${String(v.pii).padStart(4)} ${String(v.look).padStart(11)} ${String(Math.round(v.bytes / v.docs)).padStart(10)}`);
console.log('\nPII: ' + line(comp.piiBy));
console.log('\nlook-alikes: ' + line(comp.lookBy));
console.log('\nsecrets: ' + line(comp.secretBy));
if (errs.length) { console.error(`\n${errs.length} violations, nothing written:`); for (const x of errs.slice(0, 40)) console.error('  ' + x); process.exit(1); }
const out = docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text_b64url: Buffer.from(d.text()).toString('base64url'), labels: d.labels, lookalikes: d.lookalikes })).join('\n') + '\n';
const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'train18.jsonl');
writeFileSync(file, out); console.log(`\nwrote ${file}`);
