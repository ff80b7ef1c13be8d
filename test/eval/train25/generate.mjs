// Entry point: node test/eval/train25/generate.mjs
// Builds every document from the fixed seed, validates the whole set, and only then writes
// test/eval/train25.jsonl. Prints the composition. Exit code 1 (and nothing written) on any violation.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng, SEED, hashStr } from './prng.mjs';
import { Ctx } from './ctx.mjs';
import * as KP from './kinds_pii.mjs';
import * as KS from './kinds_secrets.mjs';
import * as KC from './kinds_code.mjs';
import { validateRecords, checkComposition } from './validate.mjs';
import { PII_ENTITIES } from './doc.mjs';

const SETNAME = 'train25';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', `${SETNAME}.jsonl`);

const ALL = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'sv', 'ru', 'uk', 'ja', 'zh', 'ko', 'ar', 'he', 'tr', 'el', 'hi', 'vi', 'id'];
const W = { en: 20, de: 9, fr: 8, es: 8, pt: 6, it: 5, nl: 5, pl: 5, sv: 3, ru: 5, uk: 2, ja: 5, zh: 4, ko: 3, ar: 3, he: 2, tr: 3, el: 2, hi: 2, vi: 2, id: 2 };
const EU = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'];
// [kind, function, documents, n range, languages]
const SPECS = [
  ['email-thread', KP.email_thread, 18, [3, 6], ALL],
  ['chat-export', KP.chat_export, 16, [5, 10], ALL],
  ['crm-export', KP.crm_export, 14, [5, 9], ALL],
  ['support-ticket', KP.support_ticket, 14, [3, 5], ALL],
  ['hr-record', KP.hr_record, 16, [1, 1], ['en', 'de', 'fr', 'es', 'nl', 'pl', 'it', 'pt']],
  ['medical-note', KP.medical_note, 18, [4, 5], ['en']],
  ['bank-statement', KP.bank_statement, 14, [5, 8], EU],
  ['hotel-guests', KP.hotel_guests, 12, [5, 8], ['en', 'de', 'fr', 'es', 'ja', 'it', 'pt']],
  ['school-roster', KP.school_roster, 12, [5, 8], ALL],
  ['delivery-manifest', KP.delivery_manifest, 12, [4, 6], ['en', 'de', 'fr', 'es', 'nl', 'pl', 'it']],
  ['tenant-ledger', KP.tenant_ledger, 12, [4, 6], ['en', 'de', 'fr', 'es', 'nl', 'it']],
  ['git-log', KP.git_log, 12, [4, 7], ['en']],
  ['meeting-minutes', KP.meeting_minutes, 12, [4, 6], ALL],
  ['prose-article', KP.prose_article, 18, [3, 5], ALL],
  ['access-log', KP.access_log, 12, [6, 10], ['en']],
  ['invoice', KP.invoice, 12, [3, 5], EU],
  ['payment-api', KP.payment_api, 12, [1, 1], ['en']],
  ['insurance-claim', KP.insurance_claim, 14, [1, 1], ['en']],
  ['tax-form', KP.tax_form, 14, [1, 1], ['en']],
  ['event-registrations', KP.event_registrations, 10, [5, 8], ALL],
  ['vcard', KP.vcard, 10, [5, 7], ALL],
  ['ics-calendar', KP.ics_calendar, 10, [5, 6], ALL],
  ['crypto-ledger', KP.crypto_ledger, 12, [5, 9], ['en']],
  ['travel-itinerary', KP.travel_itinerary, 12, [4, 6], ALL],
  ['forum-thread', KP.forum_thread, 12, [3, 5], ALL],
  ['k8s-secret', KS.k8s_secret, 20, [5, 9], ['en']],
  ['k8s-configmap', KS.k8s_configmap, 12, [6, 11], ['en']],
  ['terraform-state', KS.terraform_state, 14, [3, 6], ['en']],
  ['env-dump', KS.env_dump, 16, [10, 16], ['en']],
  ['docker-inspect', KS.docker_inspect, 12, [7, 12], ['en']],
  ['ci-variables', KS.ci_variables, 16, [8, 13], ['en']],
  ['api-json-secrets', KS.api_json_secrets, 18, [4, 6], ['en']],
  ['config-file', KS.config_file, 30, [6, 11], ['en']],
  ['client-credentials', KS.client_credentials, 12, [1, 1], ['en']],
  ['shell-history', KS.shell_history, 16, [10, 16], ['en']],
  ['pem-dump', KS.pem_dump, 24, [1, 1], ['en']],
  ['source-secrets', KC.source_secrets, 28, [4, 9], ['en']],
  ['source-fixtures', KC.source_fixtures, 24, [3, 6], ALL],
];

function pickLang(r, langs) {
  if (langs.length === 1) return langs[0];
  return r.weighted(langs.map((l) => [W[l] || 1, l]));
}

function build(kind, fn, idx, nRange, langs) {
  const base = hashStr(`${kind}#${idx}`, SEED);
  for (let attempt = 0; attempt < 40; attempt++) {
    const r0 = new Rng(base + attempt * 7919);
    const lang = pickLang(r0, langs);
    let n = r0.int(nRange[0], nRange[1]);
    for (; n >= 1; n--) {
      const r = new Rng(hashStr(`${kind}#${idx}#${attempt}#${n}`, SEED));
      const c = new Ctx(r, kind, { lang, n });
      fn(c);
      const b = c.d.bytes;
      if (b > 4000) continue;
      if (b < 200) break;
      return c.d;
    }
  }
  throw new Error(`cannot build ${kind} #${idx} within 200-4000 bytes`);
}

const docs = [];
for (const [kind, fn, count, nRange, langs] of SPECS) {
  for (let i = 1; i <= count; i++) {
    const d = build(kind, fn, i, nRange, langs);
    d.id = `${SETNAME}-${kind}-${String(i).padStart(4, '0')}`;
    docs.push(d);
  }
}
// deterministic interleaving of kinds
const order = new Rng(SEED ^ 0x51ed).shuffle(docs.map((_, i) => i));
const sorted = order.map((i) => docs[i]);
const records = sorted.map((d) => ({ id: d.id, kind: d.kind, text_b64url: Buffer.from(d.text(), 'utf8').toString('base64url'), labels: d.labels, lookalikes: d.lookalikes }));

// composition
const comp = { docs: records.length, kinds: {}, secretLabels: 0, secretKinds: {}, piiLabels: 0, pii: {}, lookalikes: 0, lookKinds: {}, cultures: new Set(), scripts: new Set(), plans: new Set(), codeLangs: new Set(), langs: new Set(), bytes: 0 };
for (const d of sorted) {
  comp.kinds[d.kind] = (comp.kinds[d.kind] || 0) + 1;
  comp.bytes += d.bytes;
  for (const l of d.labels) {
    if (l.family === 'secrets') { comp.secretLabels++; comp.secretKinds[l.entity] = (comp.secretKinds[l.entity] || 0) + 1; } else { comp.piiLabels++; comp.pii[l.entity] = (comp.pii[l.entity] || 0) + 1; }
  }
  for (const l of d.lookalikes) { comp.lookalikes++; comp.lookKinds[l.what] = (comp.lookKinds[l.what] || 0) + 1; }
  for (const v of d.values) if (v.name === 'PERSON' && v.meta) { comp.cultures.add(v.meta.culture); comp.scripts.add(v.meta.script); }
  d.meta.plans.forEach((p) => comp.plans.add(p));
  if (d.meta.codeLang) comp.codeLangs.add(d.meta.codeLang);
  d.meta.langs.forEach((l) => comp.langs.add(l));
}
const MIN = { docs: 360, kinds: 25, secretLabels: 1200, secretKinds: 150, piiLabels: 4000, perEntity: 15, lookalikes: 2500, lookKinds: 35, cultures: 40, scripts: 10, plans: 40, codeLangs: 15, langs: 10 };

const top = (o, k = 999) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);
const wrap = (items, w = 96) => { const out = []; let line = ' '; for (const it of items) { if ((line + ' ' + it).length > w) { out.push(line); line = ' '; } line += ' ' + it; } if (line.trim()) out.push(line); return out.join('\n'); };
console.log(`${SETNAME}: ${comp.docs} documents, ${Object.keys(comp.kinds).length} kinds, ${comp.bytes} bytes of text`);
console.log(`document kinds:\n${wrap(top(comp.kinds).map(([k, v]) => `${k}=${v}`))}`);
console.log(`secret labels: ${comp.secretLabels} in ${Object.keys(comp.secretKinds).length} kinds (min/median/max per kind ${Math.min(...Object.values(comp.secretKinds))}/${top(comp.secretKinds)[Math.floor(Object.keys(comp.secretKinds).length / 2)][1]}/${Math.max(...Object.values(comp.secretKinds))})`);
console.log(`  most frequent: ${top(comp.secretKinds, 12).map(([k, v]) => `${k}=${v}`).join(', ')}`);
console.log(`pii labels: ${comp.piiLabels}\n${wrap(PII_ENTITIES.map((e) => `${e}=${comp.pii[e] || 0}`))}`);
console.log(`look-alikes: ${comp.lookalikes} in ${Object.keys(comp.lookKinds).length} kinds\n${wrap(top(comp.lookKinds).map(([k, v]) => `${k}=${v}`))}`);
console.log(`name cultures: ${comp.cultures.size}; scripts: ${comp.scripts.size} (${[...comp.scripts].sort().join(', ')})`);
console.log(`phone numbering plans: ${comp.plans.size}; text languages: ${comp.langs.size} (${[...comp.langs].sort().join(' ')})`);
console.log(`programming languages: ${comp.codeLangs.size} (${[...comp.codeLangs].sort().join(' ')})`);

const errors = [...validateRecords(records, sorted, MIN), ...checkComposition(comp, MIN)];
if (errors.length) {
  console.error(`INVALID: ${errors.length} violation(s); nothing written`);
  for (const e of errors.slice(0, 60)) console.error('  ' + e);
  process.exit(1);
}
writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

console.log(`wrote ${OUT.replace(/.*\/test\/eval\//, 'test/eval/')}`);
