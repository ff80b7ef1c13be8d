// blind11: generates test/eval/blind11.jsonl (node test/eval/blind11/generate.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seed, Doc } from './lib.mjs';
import * as C from './docs_config.mjs';
import * as T from './docs_tech.mjs';
import * as H from './docs_people.mjs';
import { validateDoc, validateComposition } from './validate.mjs';

const KINDS = [
  ['env', C.envFile, 14], ['yaml', C.yamlConfig, 12], ['toml', C.tomlConfig, 9], ['ini', C.iniConfig, 9], ['properties', C.propertiesFile, 9], ['jsonconfig', C.jsonConfig, 10],
  ['xml', C.xmlConfig, 9], ['hcl', C.hclFile, 9], ['k8s', C.k8sManifest, 10], ['kubeconfig', C.kubeconfig, 5], ['compose', C.dockerCompose, 8],
  ['applog', T.appLog, 12], ['accesslog', T.accessLog, 8], ['source', T.sourceCode, 24], ['shellhistory', T.shellHistory, 12], ['ci', T.ciOutput, 10], ['cloudcli', T.cloudCli, 9],
  ['git', T.gitOutput, 9], ['stacktrace', T.stackTrace, 8], ['grep', T.grepOutput, 9], ['jsonapi', T.jsonApi, 10], ['sqldump', T.sqlDump, 8], ['keyfile', T.keyFile, 14],
  ['narrative', H.narrative, 12], ['news', H.newsArticle, 9], ['travelstory', H.travelStory, 9], ['casenotes', H.caseNotes, 9], ['chat', H.chat, 14], ['email', H.emailDoc, 12],
  ['ticket', H.supportTicket, 10], ['crm', H.crmExport, 8], ['hr', H.hrRecord, 8], ['medical', H.medicalRecord, 8], ['banking', H.bankingRecord, 8], ['travel', H.travelRecord, 6],
  ['tax', H.taxRecord, 7], ['meeting', H.meetingNotes, 10], ['wiki', H.wikiPage, 9], ['markdown', H.markdownDoc, 9], ['wallet', H.cryptoDoc, 4],
];
seed(0xb11d11);
const out = [], errs = [];
const comp = { docs: 0, bytes: 0, kinds: {}, secretLabels: 0, secretKinds: {}, piiLabels: 0, pii: {}, looks: 0, what: {} };
for (const [kind, fn, n] of KINDS) {
  for (let i = 1; i <= n; i++) {
    let d;
    for (let tries = 0; tries < 20; tries++) { d = new Doc(kind); fn(d); if (d.len >= 200 && d.len <= 4000) break; }
    const id = `blind11-${kind}-${String(i).padStart(4, '0')}`; const text = d.text();
    errs.push(...validateDoc({ id }, text, d.labels, d.looks));
    const strip = (s, keys) => Object.fromEntries(keys.map((k) => [k, s[k]]));
    out.push(JSON.stringify({ id, kind, text_b64url: Buffer.from(text).toString('base64url'),
      labels: d.labels.slice().sort((a, b) => a.start - b.start).map((s) => strip(s, ['start', 'end', 'entity', 'family'])),
      lookalikes: d.looks.slice().sort((a, b) => a.start - b.start).map((s) => strip(s, ['start', 'end', 'what'])) }));
    comp.docs++; comp.bytes += d.len; comp.kinds[kind] = (comp.kinds[kind] || 0) + 1;
    for (const l of d.labels) { if (l.family === 'secrets') { comp.secretLabels++; comp.secretKinds[l.entity] = (comp.secretKinds[l.entity] || 0) + 1; } else { comp.piiLabels++; comp.pii[l.entity] = (comp.pii[l.entity] || 0) + 1; } }
    for (const l of d.looks) { comp.looks++; comp.what[l.what] = (comp.what[l.what] || 0) + 1; }
  }
}
errs.push(...validateComposition(comp));
const fmt = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`documents ${comp.docs} (${Object.keys(comp.kinds).length} kinds), bytes ${comp.bytes}`);
console.log(`documents per kind: ${fmt(comp.kinds)}`);
console.log(`secret labels ${comp.secretLabels} in ${Object.keys(comp.secretKinds).length} kinds: ${fmt(comp.secretKinds)}`);
console.log(`pii labels ${comp.piiLabels}: ${fmt(comp.pii)}`);
console.log(`look-alikes ${comp.looks} in ${Object.keys(comp.what).length} kinds: ${fmt(comp.what)}`);
if (errs.length) { console.error(`${errs.length} violations:\n` + errs.slice(0, 60).join('\n')); process.exit(1); }
const dst = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'blind11.jsonl');
fs.writeFileSync(dst, out.join('\n') + '\n');
console.log(`wrote ${dst}`);
