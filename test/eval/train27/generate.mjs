// Entry point: node test/eval/train27/generate.mjs
// Builds every document from the fixed seed, validates the whole set, and only then writes
// test/eval/train27.jsonl and prints the composition. Any violation: exit 1, nothing written.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Rng, SEED } from './prng.mjs';
import { makeDeck } from './common.mjs';
import { ENTITIES_FOR_CONFIG } from './secrets.mjs';
import { validate, SETNAME } from './validate.mjs';
import * as M from './kinds_mail.mjs';
import * as CAL from './kinds_calendar.mjs';
import * as D from './kinds_docs.mjs';
import * as LT from './kinds_letters.mjs';
import * as MO from './kinds_money.mjs';
import * as CH from './kinds_chat.mjs';
import * as TE from './kinds_tech.mjs';
import * as CO from './kinds_code.mjs';

export const KINDS = [
  ['mail_thread', M.mailThread, 30], ['mail_forward', M.mailForward, 14], ['mail_raw', M.mailRaw, 12], ['gift_card_mail', M.giftCardMail, 10],
  ['calendar_invite', CAL.calendarInvite, 16], ['calendar_agenda', CAL.calendarAgenda, 10],
  ['shared_doc', D.sharedDoc, 18], ['sheet_csv', D.sheetCsv, 14], ['sheet_api', D.sheetApi, 8], ['meeting_notes', D.meetingNotes, 10],
  ['drive_listing', D.driveListing, 8], ['it_handover', D.itHandover, 14], ['recovery_codes', D.recoveryCodes, 12], ['password_manager_export', D.passwordExport, 10],
  ['hr_letter', LT.hrLetter, 14], ['payslip', LT.payslip, 12], ['school_letter', LT.schoolLetter, 10], ['clinic_letter', LT.clinicLetter, 16],
  ['pharmacy_rx', LT.pharmacyRx, 12], ['tenancy_letter', LT.tenancyLetter, 10], ['insurance_claim', LT.insuranceClaim, 10], ['tax_form', LT.taxForm, 16],
  ['invoice', MO.invoice, 14], ['bank_statement', MO.bankStatement, 12], ['expense_report', MO.expenseReport, 10], ['ecommerce_order', MO.ecommerceOrder, 10],
  ['shipping_notice', MO.shippingNotice, 10], ['booking_confirmation', MO.bookingConfirmation, 12], ['travel_itinerary', MO.travelItinerary, 10], ['crypto_note', MO.cryptoNote, 10],
  ['chat_export', CH.chatExport, 24], ['chat_api_json', CH.chatApiJson, 10], ['vcard_export', CH.vcardExport, 8], ['crm_export', CH.crmExport, 10], ['helpdesk_ticket', CH.helpdeskTicket, 12],
  ['mail_client_config', TE.mailClientConfig, 10], ['app_config', TE.appConfig, 30], ['shell_history', TE.shellHistory, 10], ['git_output', TE.gitOutput, 10], ['app_log', TE.appLog, 10],
  ['source_code', CO.sourceCode, 2 * CO.CODE_LANGS.length],
];

export function build() {
  const root = new Rng(SEED);
  const ctx = { deck: makeDeck(root.fork('secret-deck'), ENTITIES_FOR_CONFIG), codeDeck: makeDeck(root.fork('code-deck'), CO.CODE_LANGS), pemDeck: makeDeck(root.fork('pem-deck'), ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'ED25519_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY']) };
  const records = [], docs = [];
  for (const [kind, fn, count] of KINDS) {
    for (let i = 1; i <= count; i++) {
      let doc = null;
      for (let attempt = 0; attempt < 12; attempt++) {
        const r = root.fork(`${kind}:${i}:${attempt}`);
        const saved = [ctx.deck.save(), ctx.codeDeck.save(), ctx.pemDeck.save()];
        const d = fn(r, ctx);
        if (d.bytes() < 200 || d.bytes() > 4000) { ctx.deck.restore(saved[0]); ctx.codeDeck.restore(saved[1]); ctx.pemDeck.restore(saved[2]); continue; }
        if (d.kind !== kind) throw new Error(`kind mismatch ${d.kind} vs ${kind}`);
        if (d.bytes() >= 200 && d.bytes() <= 4000) { doc = d; break; }
      }
      if (!doc) throw new Error(`${kind} #${i}: no attempt within 200-4000 bytes`);
      const text = doc.text();
      if (Buffer.byteLength(text, 'utf8') !== doc.bytes()) throw new Error('byte accounting mismatch');
      const spans = [...doc.spans].sort((a, b) => a.start - b.start);
      records.push({
        id: `${SETNAME}-${kind}-${String(i).padStart(4, '0')}`,
        kind,
        text_b64url: Buffer.from(text, 'utf8').toString('base64url'),
        labels: spans.filter((s) => s.kind !== 'look').map((s) => ({ start: s.start, end: s.end, entity: s.name, family: s.kind === 'secret' ? 'secrets' : 'pii' })),
        lookalikes: spans.filter((s) => s.kind === 'look').map((s) => ({ start: s.start, end: s.end, what: s.name })),
      });
      docs.push(doc);
    }
  }
  return { records, docs };
}

function table(title, obj, cols = 3) {
  const entries = Object.entries(obj).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const total = entries.reduce((a, [, v]) => a + v, 0);
  const lines = [`${title}: ${total} in ${entries.length} kinds`];
  const w = Math.max(...entries.map(([k]) => k.length)) + 1;
  for (let i = 0; i < entries.length; i += cols) lines.push('  ' + entries.slice(i, i + cols).map(([k, v]) => `${k.padEnd(w)}${String(v).padStart(4)}`).join('   '));
  return lines.join('\n');
}
export function composition(stats) {
  return [
    `documents: ${stats.docs}`,
    table('document kinds', stats.kinds),
    table('secret labels', stats.secrets, 2),
    table('PII labels', stats.pii),
    table('look-alikes', stats.look),
    table('PERSON names by culture', stats.cultures),
    table('PERSON names by script', stats.scripts),
    table('phone numbers by numbering plan', stats.plans, 6),
    table('source code by programming language', stats.code),
    table('documents by text language', stats.langs, 6),
  ].join('\n\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { records, docs } = build();
  const { errs, stats } = validate(records, docs);
  if (errs.length) {
    for (const e of errs.slice(0, 80)) console.error(e);
    console.error(`${errs.length} violation(s); nothing written`);
    process.exit(1);
  }
  const out = fileURLToPath(new URL('../train27.jsonl', import.meta.url));
  writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(composition(stats));
}
