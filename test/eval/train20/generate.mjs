// Entry point: node test/eval/train20/generate.mjs  — writes test/eval/train20.jsonl (deterministic).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Rng } from './prng.mjs';
import { toRecord } from './builder.mjs';
import { SecretDeck } from './util.mjs';
import { validate, composition, checkComposition } from './validate.mjs';
import * as PROSE from './kinds_prose.mjs';
import * as COMM from './kinds_comm.mjs';
import * as TECH from './kinds_tech.mjs';
import * as CODE from './kinds_code.mjs';
import * as BIZ from './kinds_biz.mjs';

export const SEED = 0x7a3c19e5;
const SET = 'train20';
const PLAN = [
  [PROSE.obituary, 20], [PROSE.news, 26], [PROSE.school_report, 12], [PROSE.sports_results, 14], [PROSE.church_newsletter, 13], [PROSE.club_newsletter, 12],
  [PROSE.review, 12], [PROSE.podcast_transcript, 10], [PROSE.council_minutes, 12], [PROSE.court_record, 8], [PROSE.biography, 16], [PROSE.genealogy, 12], [PROSE.novel_excerpt, 10],
  [COMM.chat, 38], [COMM.ticket, 30], [COMM.email, 20], [COMM.forum_thread, 16],
  [TECH.env_file, 36], [TECH.config_file, 34], [TECH.shell_history, 16], [TECH.app_log, 20], [TECH.git_output, 14], [TECH.k8s_manifest, 14], [TECH.docker_config, 10], [TECH.http_exchange, 12], [TECH.manifest_lock, 8], [TECH.markdown_doc, 12],
  [CODE.source_code, 44],
  [BIZ.crm_export, 14], [BIZ.hr_record, 18], [BIZ.medical_letter, 26], [BIZ.bank_statement, 14], [BIZ.travel_booking, 12], [BIZ.invoice, 10],
];

const root = new Rng(SEED, SET);
const g = { deck: new SecretDeck(root.fork('deck')) };
const records = []; const docs = []; const counters = {};
for (const [fn, count] of PLAN) {
  for (let i = 0; i < count; i++) {
    let doc = null;
    for (let attempt = 0; attempt < 40; attempt++) {
      const rng = root.fork(`${fn.name}/${i}/${attempt}`);
      const d = fn(rng, g);
      const n = Buffer.byteLength(d.text(), 'utf8');
      if (n >= 200 && n <= 4000) { doc = d; break; }
    }
    if (!doc) { console.error(`could not size a ${fn.name} document`); process.exit(1); }
    const k = doc.kind; counters[k] = (counters[k] || 0) + 1;
    docs.push(doc); records.push(toRecord(doc, `${SET}-${k}-${String(counters[k]).padStart(4, '0')}`));
  }
}
const errors = validate(records, docs);
const comp = composition(records, docs);
errors.push(...checkComposition(comp));
if (errors.length) { console.error(errors.slice(0, 60).join('\n')); console.error(`${errors.length} violation(s); nothing written`); process.exit(1); }

const n = (o) => Object.keys(o).length;
const sortD = (o) => Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const lines = [];
lines.push(`set ${SET}  seed 0x${SEED.toString(16)}  documents ${comp.docs} in ${n(comp.kinds)} kinds`);
lines.push(`secret labels ${comp.secrets} in ${n(comp.secretKinds)} kinds; PII labels ${comp.pii}; look-alikes ${comp.look} in ${n(comp.lookBy)} kinds`);
lines.push(`name cultures ${n(comp.cultures)}; phone numbering plans ${n(comp.plans)}; programming languages ${n(comp.codeLangs)}; prose languages ${n(comp.langs)}`);
lines.push('kinds: ' + sortD(comp.kinds).map(([k, v]) => `${k} ${v}`).join(', '));
lines.push('PII: ' + sortD(comp.piiBy).map(([k, v]) => `${k} ${v}`).join(', '));
lines.push('look-alikes: ' + sortD(comp.lookBy).map(([k, v]) => `${k} ${v}`).join(', '));
lines.push('secret kinds (count): ' + sortD(comp.secretKinds).map(([k, v]) => `${k} ${v}`).join(', '));
lines.push('cultures: ' + sortD(comp.cultures).map(([k, v]) => `${k} ${v}`).join(', '));
lines.push('phone plans: ' + sortD(comp.plans).map(([k, v]) => `${k} ${v}`).join(', '));
lines.push('programming languages: ' + sortD(comp.codeLangs).map(([k, v]) => `${k} ${v}`).join(', '));
lines.push('prose languages (documents): ' + sortD(comp.langs).map(([k, v]) => `${k} ${v}`).join(', '));
console.log(lines.join('\n'));
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, '..', `${SET}.jsonl`), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
