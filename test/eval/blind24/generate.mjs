// blind24 generator entry point:  node test/eval/blind24/generate.mjs
// Builds every document in memory, validates the whole set, prints the composition and
// only then writes test/eval/blind24.jsonl. Deterministic: fixed seed, no clock, no I/O input.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Rng } from './prng.mjs';
import { Doc } from './builder.mjs';
import { Ctx, Shared } from './ctx.mjs';
import { validate, MIN, PRESIDIO } from './validate.mjs';
import { LANGS } from './lang.mjs';
import * as G from './kinds_git.mjs';
import * as I from './kinds_infra.mjs';
import * as D from './kinds_data.mjs';
import * as B from './kinds_biz.mjs';

export const SEED = 0x24b1d5e7;
const OUT = fileURLToPath(new URL('../blind24.jsonl', import.meta.url));

// [kind, generator, number of documents]
const KINDS = [
  ['git-diff', G.gitDiff, 12], ['commit-log', G.commitLog, 9], ['pr-review', G.prReview, 12], ['ci-log', G.ciLog, 12], ['deploy-log', G.deployLog, 11],
  ['tf-plan', I.tfPlan, 10], ['tf-state', I.tfState, 10], ['helm-values', I.helmValues, 11], ['k8s-describe', I.k8sDescribe, 11], ['k8s-manifest', I.k8sManifest, 11],
  ['cloud-cli', I.cloudCli, 11], ['env-file', I.envFile, 11], ['config-file', I.configFile, 13], ['cred-files', I.credFiles, 11], ['ssh-keys', I.sshKeys, 9],
  ['shell-history', I.shellHistory, 10], ['source-code', I.sourceCode, 11], ['manifest-lock', I.manifestLock, 8],
  ['sql-result', D.sqlResult, 11], ['dataframe', D.dataframe, 9], ['notebook', D.notebook, 9], ['obs-logs', D.obsLogs, 10], ['access-log', D.accessLog, 9],
  ['crash-report', D.crashReport, 10], ['incident', D.incidentTimeline, 9], ['oncall-chat', D.oncallChat, 13], ['analytics-export', D.analyticsExport, 9], ['runbook', D.runbook, 8],
  ['helpdesk-ticket', B.helpdeskTicket, 17], ['support-email', B.supportEmail, 17], ['chat-support', B.chatSupport, 16], ['crm-export', B.crmExport, 14],
  ['order-refund', B.orderRefund, 13], ['account-change', B.accountChange, 13], ['hr-record', B.hrRecord, 14], ['medical-record', B.medicalRecord, 14],
  ['banking-doc', B.bankingDoc, 14], ['meeting-notes', B.meetingNotes, 13], ['kyc-review', B.kycReview, 12],
];

function build() {
  const root = new Rng(SEED);
  const shared = new Shared(root.fork('shared'));
  // interleave kinds so that shared decks spread evenly
  const queue = [];
  const maxN = Math.max(...KINDS.map((k) => k[2]));
  for (let i = 0; i < maxN; i++) for (const [kind, fn, n] of KINDS) if (i < n) queue.push([kind, fn, i + 1]);
  const items = [];
  let retries = 0;
  for (const [kind, fn, idx] of queue) {
    const id = `blind24-${kind}-${String(idx).padStart(4, '0')}`;
    let built = null;
    const snap = shared.snap();
    for (let attempt = 0; attempt < 40 && !built; attempt++) {
      if (attempt) { shared.restore(snap); retries++; }
      const r = root.fork(`${id}#${attempt}`);
      const c = new Ctx(r, shared, kind);
      const d = new Doc(kind);
      c.doc = d;
      fn(c, d);
      if (d.size >= 200 && d.size <= 4000) built = d.record(id);
    }
    if (!built) throw new Error(`${id}: could not build a document of 200-4000 bytes`);
    items.push(built);
  }
  if (process.env.BLIND24_DEBUG) console.error(`retries: ${retries}`);
  return items;
}

function composition(items, comp) {
  const out = [];
  const sortDesc = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const cols = (pairs, w = 34, n = 3) => { const lines = []; for (let i = 0; i < pairs.length; i += n) lines.push(pairs.slice(i, i + n).map(([k, v]) => `${k} ${v}`.padEnd(w)).join('').trimEnd()); return lines; };
  const langs = new Set(), prose = new Set(), scripts = new Set(), phonePlans = new Set(), streetFormats = new Set();
  let bytes = 0;
  const scriptOf = (s) => { for (const [n, re] of [['Cyrillic', /\p{Script=Cyrillic}/u], ['Greek', /\p{Script=Greek}/u], ['Arabic', /\p{Script=Arabic}/u], ['Hebrew', /\p{Script=Hebrew}/u], ['Devanagari', /\p{Script=Devanagari}/u], ['Tamil', /\p{Script=Tamil}/u], ['Hangul', /\p{Script=Hangul}/u], ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u], ['Han', /\p{Script=Han}/u], ['Thai', /\p{Script=Thai}/u]]) if (re.test(s)) return n; return 'Latin'; };
  const textScripts = new Set();
  for (const it of items) {
    bytes += Buffer.byteLength(it.text);
    for (const l of it.langs) langs.add(l);
    for (const t of it.tags) if (t.startsWith('prose:')) prose.add(t.slice(6));
    for (const sp of it.spans) {
      if (sp.entity === 'PERSON') scripts.add(scriptOf(sp.value));
      if (sp.entity === 'PHONE_NUMBER' && sp.meta) phonePlans.add(sp.meta.split('/')[0]);
      if (sp.entity === 'LOCATION' && sp.meta) streetFormats.add(sp.meta.split('/')[1]);
    }
    for (const ch of new Set(it.text)) textScripts.add(scriptOf(ch));
  }
  out.push(`documents: ${comp.docs} in ${Object.keys(comp.kinds).length} kinds, ${bytes} bytes (${Math.round(bytes / comp.docs)} avg)`);
  out.push(...cols(sortDesc(comp.kinds).map(([k, v]) => ['  ' + k, v])));
  out.push(`secret labels: ${comp.nSecrets} in ${Object.keys(comp.secrets).length} entity kinds`);
  out.push(...cols(sortDesc(comp.secrets).map(([k, v]) => ['  ' + k, v]), 44, 2));
  out.push(`PII labels: ${comp.nPii}`);
  out.push(...cols(PRESIDIO.map((e) => ['  ' + e, comp.pii[e] || 0])));
  out.push(`look-alikes: ${comp.nLooks} in ${Object.keys(comp.looks).length} kinds`);
  out.push(...cols(sortDesc(comp.looks).map(([k, v]) => ['  ' + k, v])));
  out.push(`languages of customer/chat prose: ${langs.size} (${[...langs].sort().join(' ')})`);
  out.push(`languages with secrets/passwords in prose: ${prose.size} (${[...prose].sort().join(' ')})`);
  out.push(`scripts in text: ${textScripts.size} (${[...textScripts].sort().join(', ')}); PERSON scripts: ${scripts.size}`);
  out.push(`phone numbering plans: ${phonePlans.size}; street-line national formats: ${streetFormats.size}`);
  return { text: out.join('\n'), langs, prose, scripts: textScripts, phonePlans, streetFormats };
}

const items = build();
const { errors, comp } = validate(items);
const summary = composition(items, comp);
if (summary.langs.size < MIN.langs) errors.push(`composition: ${summary.langs.size} languages < ${MIN.langs}`);
if (summary.prose.size < MIN.proseLangs) errors.push(`composition: secrets in prose in ${summary.prose.size} languages < ${MIN.proseLangs}`);
if (summary.scripts.size < 8) errors.push(`composition: ${summary.scripts.size} scripts < 8`);
if (summary.phonePlans.size < 20) errors.push(`composition: ${summary.phonePlans.size} phone plans < 20`);
if (summary.streetFormats.size < 10) errors.push(`composition: ${summary.streetFormats.size} street formats < 10`);
if (errors.length) {
  if (process.env.BLIND24_DEBUG) console.error(summary.text);
  for (const e of errors) console.error(e);
  console.error(`blind24: ${errors.length} violation(s); nothing written`);
  process.exit(1);
}
writeFileSync(OUT, items.map((it) => JSON.stringify(it.rec)).join('\n') + '\n');
console.log(summary.text);
