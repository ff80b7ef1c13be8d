// Entry point: node test/eval/train28/generate.mjs  → writes test/eval/train28.jsonl (byte-identical on every run)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './rng.mjs';
import { crc32 } from './checks.mjs';
import { Ctx } from './ctx.mjs';
import { KindCursor } from './builder.mjs';
import { LANGS } from './lang.mjs';
import { CX } from './cx.mjs';
import { OPS } from './ops.mjs';
import { validate, composition } from './validate.mjs';

const SEED = 0x7a28;
const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(here, '..', 'train28.jsonl');
const BUILDERS = { ...CX, ...OPS };
// documents per kind
const COUNT = Object.fromEntries(Object.keys(BUILDERS).map((k) => [k, 12]));
Object.assign(COUNT, { zendesk_ticket_json: 14, whatsapp_export: 14, call_transcript: 16, it_ticket_config: 18, escalation_note: 16, integration_settings: 16, private_key_ticket: 20, helpdesk_app_config: 14, jsm_request: 14, cli_history: 14, kyc_form: 16, password_reset_chat: 14 });

const B = { telco: ['Helio Mobile', 'Tidepool Telecom', 'Quokka Broadband', 'Fjord Mobil'], bank: ['Kasa Bank', 'Cedar Credit Union', 'Banco Lirio', 'Nordhavn Sparekasse'], energy: ['Nordwind Energie', 'Brightwater Utilities', 'Sakura Denki', 'Énergie du Lac'], shop: ['ShopNest', 'Parcelio', 'Kaufhaus Lindner', 'Mercado Sol'], travel: ['Viaggio Air', 'Atlas Rail', 'Aurora Holidays'], clinic: ['Orchard Health Clinic', 'Praxis am Park', 'Riverside Medical Centre'], school: ['Maple Grove Academy', 'Lycée Jean-Moulin', 'St. Brigid Primary School'], home: ['Mieterportal Rhein', 'Harbourside Lettings', 'Casa Verde Property'], ins: ['Lumen Insurance', 'Safeharbor Mutual', 'Assicurazioni Aurora'] };
const KIND_BRANDS = { sim_porting: B.telco, ivr_log: B.telco, utility_account: B.energy, bank_dispute: B.bank, fraud_alert: B.bank, kyc_form: B.bank, ecommerce_return: B.shop, chargeback_case: B.shop, travel_rebooking: B.travel, clinic_frontdesk: B.clinic, pharmacy_callback: ['Orchard Pharmacy', 'Greenleaf Pharmacy', 'Riverside Chemist'], school_frontdesk: B.school, tenant_portal: B.home, insurance_claim: B.ins, tax_form_intake: ['Cedar Tax Help', 'Liberty Street Tax Clinic', 'Kasa Bank'] };
const master = new Rng(SEED);
const cursor = new KindCursor(master);
const langOrder = LANGS.filter((l) => l !== 'en');
const records = []; const values = new Map();
let docNo = 0, keyIdx = 0;
for (const kind of Object.keys(BUILDERS)) {
  for (let i = 1; i <= COUNT[kind]; i++) {
    const lang = docNo % 3 === 0 ? 'en' : langOrder[(docNo * 7 + i) % langOrder.length]; docNo++;
    let X = null;
    for (let attempt = 0; attempt < 40; attempt++) {
      const r = new Rng(crc32(`${SEED}:${kind}:${i}:${attempt}`));
      const c = new Ctx(r, lang, cursor); c.keyIdx = keyIdx; if (KIND_BRANDS[kind]) c.brand = r.pick(KIND_BRANDS[kind]);
      BUILDERS[kind](c);
      const n = c.d.len;
      if (n >= 200 && n <= 4000) { X = c; break; }
    }
    if (!X) throw new Error(`could not fit ${kind} ${i} into 200-4000 bytes`);
    if (kind === 'private_key_ticket') keyIdx++;
    const id = `train28-${kind}-${String(i).padStart(4, '0')}`;
    const sp = X.d.spans;
    records.push({ id, kind, text_b64url: Buffer.from(X.d.text, 'utf8').toString('base64url'), labels: sp.filter((x) => x.f !== 'look').map((x) => ({ start: x.start, end: x.end, entity: x.e, family: x.f })), lookalikes: sp.filter((x) => x.f === 'look').map((x) => ({ start: x.start, end: x.end, what: x.e })) });
    values.set(id, sp.map((x) => ({ start: x.start, end: x.end, v: x.v })));
  }
}
const { errs, stat } = validate(records, { values });
console.log(composition(stat));
if (errs.length) { console.error(errs.join('\n')); console.error(`INVALID: ${errs.length} problem(s); nothing written`); process.exit(1); }
fs.writeFileSync(OUT, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
