// blind14 human documents: tickets, emails, chats, HR/medical/banking/travel/tax records, docs, notes, prose.
import { rng, S } from './lib.mjs';
import * as P from './pii.mjs';
import { anySecret, noPrefixSecret, humanPw, urlPw, secret, oneLine, pem } from './secrets.mjs';
import { look, anyLook } from './lookalikes.mjs';
import { narrative, secretProse, lookProse } from './prose.mjs';
import { sec1 } from './docs_config.mjs';

const mix = (d, wN = 6, wS = 1, wL = 2) => rng.weighted([[narrative, wN], [secretProse, wS], [lookProse, wL]])(d);

export const HUMAN_DOCS = {
  support_ticket(d) {
    const n = P.nameParts();
    d.m('Ticket ', look('ticket_id'), ' · opened ', look('timestamp'), '\nRequester: ', P.P(n.full, 'PERSON'), ' <', P.email(n), '>\nPhone: ', P.phone(), '\nSubject: ', rng.pick(['Cannot log in', 'Refund not received', 'Wrong delivery address', 'API key stopped working', 'Charged twice']), '\n\n');
    d.fill(rng.int(500, 2600), (d) => {
      const k = rng.int(0, 5);
      if (k === 0) d.m('Customer says the card ending in ', rng.digits(4), ' was charged twice; full number given on the call: ', P.card(), '. ');
      else if (k === 1) d.m('Agent ', P.firstName(), ': asked them to confirm the address, they said ', P.street(), ', ', P.city(), '. ');
      else if (k === 2) d.m('They pasted their key in the chat: ', sec1(), '. Advised rotation. ');
      else if (k === 3) d.m('Order ', look('order_number'), ', tracking ', look('tracking_number'), '. ');
      else if (k === 4) d.m('Refund to ', P.iban(), ' requested (account holder ', P.person(), '). ');
      else mix(d);
      d.t(rng.chance(0.4) ? '\n\n' : '');
    });
  },
  email(d) {
    const a = P.nameParts(), b = P.nameParts(rng.pick(['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'in', 'ng']));
    d.m('From: ', P.P(a.full, 'PERSON'), ' <', P.email(a), '>\nTo: ', P.email(b), '\nDate: ', look('date'), '\nSubject: ', rng.pick(['Re: access for the contractor', 'trip next week', 'Fwd: invoice', 'credentials', 'Quick favour']), '\n\n', rng.pick(['Hi ', 'Hola ', 'Bonjour ', 'Hallo ', 'Olá ', 'Dear ']), P.P(b.given, 'PERSON'), ',\n\n');
    d.fill(rng.int(500, 2400), (d) => { mix(d, 5, 2, 1); if (rng.chance(0.3)) d.t('\n\n'); });
    d.m('\n\n', rng.pick(['Best,', 'Saludos,', 'Cordialement,', 'Viele Grüße', 'Cheers,']), '\n', P.P(a.given, 'PERSON'), '\n', rng.chance(0.6) ? P.phone() : '', '\n');
  },
  chat(d) {
    const people = Array.from({ length: rng.int(2, 4) }, () => P.nameParts());
    d.t(`#${rng.pick(['ops', 'random', 'family', 'trip-planning', 'support-escalations', 'infra'])}\n`);
    d.fill(rng.int(400, 2400), (d) => {
      const who = rng.pick(people);
      d.m('[', look('timestamp'), '] ', rng.chance(0.5) ? P.P(who.given.toLowerCase ? who.given : who.given, 'PERSON') : P.P(who.full, 'PERSON'), ': ');
      const k = rng.int(0, 6);
      if (k === 0) d.m('landed in ', P.city(true), ', heading to ', P.city(true), ' tomorrow\n');
      else if (k === 1) d.m("@", P.P(rng.pick(people).given, 'PERSON'), ' can you call me on ', P.phone(), '?\n');
      else if (k === 2) { secretProse(d); d.t('\n'); }
      else if (k === 3) d.m('we are at ', P.street(), ', ring twice\n');
      else if (k === 4) { lookProse(d); d.t('\n'); }
      else { narrative(d); d.t('\n'); }
    });
  },
  hr_record(d) {
    const n = P.nameParts(); const dl = P.driverLicense();
    d.m('EMPLOYEE RECORD — CONFIDENTIAL\nName: ', P.P(n.full, 'PERSON'), '\nEmployee ID: ', look('crm_id'), '\nDate of birth: ', P.dob(), '\nSSN: ', P.ssn(), '\nHome address: ', P.street(), ', ', P.city(), ' ', P.zip(), '\nPersonal email: ', P.email(n), '\nMobile: ', P.phone('US'), '\nDriver license (', dl.st, '): ', dl.o, '\nPassport: ', P.passport(), '\nPayroll account: ', P.bankAccount(), ' (routing ', P.abaRouting(), ')\nEmergency contact: ', P.person(), ', ', P.phone(), '\n\nNotes:\n');
    d.fill(rng.int(700, 2400), (d) => { rng.pick([() => d.m('Relocated from ', P.city(), ' to ', P.city(lcx()), ' office; manager ', P.person(), ' approved. '), () => d.m('Temporary laptop login for onboarding: ', humanPw('USER_PASSWORD'), '. '), () => d.m('Salary review ', look('date'), ': ', look('price'), '. '), () => { const x = P.driverLicense(); d.m('Fleet car assigned; licence ', x.o, ' (', x.st, ') checked by ', P.person(), '. '); }, () => narrative(d), () => d.m('Spouse ', P.person(), ' added to plan; ITIN on file ', P.itin(), '. ')])(); });
  },
  medical_record(d) {
    const n = P.nameParts(rng.pick(['en', 'in', 'ng', 'ke', 'es', 'pl']));
    d.m('PATIENT SUMMARY\nPatient: ', P.P(n.full, 'PERSON'), '   DOB: ', P.dob(), '\nNHS number: ', P.nhs(), '\nAddress: ', P.street(), ', ', P.city(), '\nGP: Dr ', P.person('en'), ' (DEA ', P.dea(n.family), ')\nNext of kin: ', P.person(), ' ', P.phone('GB'), '\n\nClinical notes:\n');
    d.fill(rng.int(600, 2600), (d) => rng.pick([
      () => d.m('Seen by Dr ', P.person(), ' at the ', P.city(), ' clinic; referred to ', P.person(), ' for follow-up. '),
      () => d.m('Prescriber DEA ', P.dea('Q'), ' verified; old NHS reference ', look('invalid_nhs'), ' rejected by the spine. '),
      () => d.m('Patient travelled to ', P.country(), ' last month, returned via ', P.city(), '. '),
      () => d.m('Insurance member ID ', look('serial_number'), ', claim ', look('invoice_number'), '. '),
      () => d.m('Transferred from ', P.city(), ' trust, previous NHS no. ', P.nhs(), ' confirmed by ', P.person('en'), '. '),
      () => { const x = P.driverLicense(); d.m('Drives himself to appointments (', x.st, ' licence ', x.o, '). '); },
      () => narrative(d),
    ])());
  },
  bank_statement(d) {
    const n = P.nameParts();
    d.m('STATEMENT ', look('date'), '\nAccount holder: ', P.P(n.full, 'PERSON'), '\n', P.street(), ', ', P.city(), '\nIBAN: ', P.iban(), '\nAccount no: ', P.bankAccount(), '  Routing: ', P.abaRouting(), '\n\nDate        Description                                  Amount\n');
    d.fill(rng.int(600, 3200), (d) => {
      const k = rng.int(0, 5);
      d.m(look('date'), '  ');
      if (k === 0) d.m('SEPA transfer to ', P.person(), ' ', P.iban(), '  ', look('price'), '\n');
      else if (k === 1) d.m('Card purchase ', P.card(), ' ', rng.pick(['SUPERMERCADO', 'PHARMACY', 'RAIL TICKETS', 'HOTEL']), ' ', P.city(), '  ', look('price'), '\n');
      else if (k === 2) d.m('Wire from ', P.person(), ' ref ', look('invoice_number'), '  ', look('price'), '\n');
      else if (k === 3) d.m('Crypto on-ramp to ', P.btc(), '  ', look('price'), '\n');
      else if (k === 4) d.m('Returned payment, invalid IBAN ', look('invalid_iban'), '  ', look('price'), '\n');
      else d.m('Standing order ', look('order_number'), '  ', look('price'), '\n');
    });
  },
  travel_itinerary(d) {
    const n = P.nameParts();
    d.m('ITINERARY for ', P.P(n.full, 'PERSON'), '  (booking ', look('iata_booking_ref'), ')\nPassport: ', P.passport(), '  Contact: ', P.phone(), ' / ', P.email(n), '\n\n');
    d.fill(rng.int(600, 2800), (d) => rng.pick([
      () => d.m('Day ', rng.int(1, 14), ': fly ', P.city(), ' → ', P.city(), ', ', look('timestamp'), '. Hotel at ', P.street(), ', ', P.city(), '.\n'),
      () => d.m('Dinner with ', P.person(), ' in ', P.city(rng.chance(0.5)), '; she suggested a day trip to ', P.region(), '.\n'),
      () => d.m('Paid with ', P.card(), ', total ', look('price'), '.\n'),
      () => d.m('Meeting point ', look('coordinates'), ' near ', P.city(true), '.\n'),
      () => { narrative(d); d.t('\n'); },
      () => d.m('Hotel wifi password: ', humanPw('WIFI_PASSWORD'), '\n'),
    ])());
  },
  tax_form(d) {
    const n = P.nameParts('en'); const sp = P.nameParts(rng.pick(['es', 'in', 'pt', 'en']));
    d.m('Form 1040 worksheet (tax year ', rng.int(2023, 2025), ')\nTaxpayer: ', P.P(n.full, 'PERSON'), '  SSN: ', P.ssn(), '\nSpouse: ', P.P(sp.full, 'PERSON'), '  ITIN: ', P.itin(), '\nAddress: ', P.street(), ', ', P.city(), ' ', P.zip(), '\nRefund direct deposit: routing ', P.abaRouting(), ' account ', P.bankAccount(), '\nPreparer phone: ', P.phone('US'), '\n\n');
    d.fill(rng.int(600, 2200), (d) => rng.pick([
      () => d.m('Dependent: ', P.person(), ', SSN ', P.ssn(), ', DOB ', P.dob(), '\n'),
      () => d.m('W-2 from ', P.company(), ', EIN ', rng.digits(2), '-', rng.digits(7), ', wages ', look('price'), '\n'),
      () => d.m('Rejected e-file: SSN ', look('invalid_ssn'), ' not valid for dependent ', P.person(), '\n'),
      () => d.m('IRS portal login: ', P.email(n), ' / ', humanPw('USER_PASSWORD'), '\n'),
      () => d.m('Estimated payment ', look('date'), ' ', look('price'), ' confirmation ', look('order_number'), '\n'),
    ])());
  },
  markdown_doc(d) {
    d.m('# ', rng.pick(['Runbook: rotating partner credentials', 'Getting started', 'Local development', 'Incident 4411 postmortem']), '\n\n');
    d.fill(rng.int(600, 3000), (d) => rng.pick([
      () => d.m('## Setup\n\n```bash\nexport ', rng.pick(['PARTNER_TOKEN', 'SVC_KEY', 'INGEST_SECRET']), '=', sec1(o => !/["'`$\\]/.test(o.v)), '\n```\n\n'),
      () => d.m('Ask ', P.person(), ' (', P.email(), ') for access. Never commit `', look('placeholder'), '` values.\n\n'),
      () => d.m('> The old key `', anySecret(oneLine), '` was exposed on ', look('date'), ' and has been revoked.\n\n'),
      () => d.m('| host | role | ip |\n|---|---|---|\n| ', look('hostname'), ' | db | ', P.privateIpv4(), ' |\n\n'),
      () => d.m('Use `', look('env_reference'), '` in CI; the image is pinned to `', look('digest'), '`.\n\n'),
      () => d.m('Default admin: `admin` / `', humanPw('ADMIN_PASSWORD'), '` (change on first login).\n\n'),
      () => d.m('```\n', S(pem(), 'PRIVATE_KEY'), '\n```\n^ test key from ', P.firstName(), "'s laptop, do not reuse.\n\n"),
    ])());
  },
  meeting_notes(d) {
    d.m('Meeting notes — ', look('date'), '\nAttendees: ', P.person(), ', ', P.person(), ', ', P.firstName(), ', ', P.person(rng.pick(['ja', 'zh', 'ko', 'ru', 'ar', 'hi', 'gr'])), '\n\n');
    d.fill(rng.int(600, 3000), (d) => {
      d.t('- ');
      rng.pick([
        () => d.m(P.firstName(), ' will visit the ', P.city(true), ' office and meet ', P.person(), ' about the lease on ', P.street(), '.'),
        () => d.m('action: ', P.firstName(), ' to share the new staging key (', noPrefixSecret(), ') via the vault instead of chat.'),
        () => d.m('Customer escalation from ', P.person(), ' in ', P.city(), '; callback ', P.phone(), '.'),
        () => d.m('Release ', look('version'), ' slipped to ', look('date'), ' (', look('ticket_id'), ').'),
        () => narrative(d),
        () => secretProse(d),
      ])();
      d.t('\n');
    });
  },
  wiki_page(d) {
    d.m('= ', rng.pick(['Team directory', 'Office locations', 'On-call handbook', 'Vendor contacts']), ' =\n\n');
    d.fill(rng.int(600, 3200), (d) => rng.pick([
      () => d.m('* ', P.person(), ' — ', rng.pick(['SRE', 'Finance', 'Legal', 'Design']), ', based in ', P.city(), ', ', P.phone(), '\n'),
      () => d.m('The ', P.city(), ' office moved to ', P.street(), '; parking is behind the building.\n'),
      () => d.m('Shared mailbox password (ask before using): ', humanPw('SMTP_PASSWORD'), '\n'),
      () => d.m('VPN PSK for the ', P.city(), ' site: ', secret('VPN_PRESHARED_KEY'), '\n'),
      () => { narrative(d); d.t('\n'); },
      () => { lookProse(d); d.t('\n'); },
    ])());
  },
  narrative(d) {
    d.t(rng.pick(['', 'TRAVEL DIARY\n\n', 'Local news\n\n', 'Case notes (social services)\n\n', 'Family newsletter\n\n']));
    d.fill(rng.int(500, 2800), (d) => { narrative(d); if (rng.chance(0.12)) lookProse(d); if (rng.chance(0.25)) d.t('\n\n'); });
  },
  chat_export_multilang(d) {
    d.t('WhatsApp export\n');
    d.fill(rng.int(400, 2400), (d) => {
      d.m(look('date'), ', ', String(rng.int(0, 23)).padStart(2, '0'), ':', String(rng.int(0, 59)).padStart(2, '0'), ' - ', P.person(rng.pick(['es', 'pt', 'fr', 'it', 'tr', 'in', 'ng', 'ja', 'ko', 'ar'])), ': ');
      rng.weighted([[() => narrative(d), 5], [() => secretProse(d), 1], [() => d.m('mi dirección: ', P.street(), ', ', P.city(true)), 1], [() => d.m('llámame al ', P.phone()), 1]])();
      d.t('\n');
    });
  },
};
function lcx() { return rng.chance(0.3); }
