// blind12 human documents: CRM exports, tickets, emails, chats, HR/medical/banking/travel/tax records, docs, notes, narratives.
import { R, Doc, T, S, P, L, SE, PI, LA, fill, tgt, proseSecret, narrative, who, pemChunk } from './docs_common.mjs';

const pp = (c) => PI.person(c);
const ppParts = (c) => PI.personParts(c);

function crmCsv() {
  const d = new Doc(); d.text('id,full_name,email,phone,street,city,country,zip,company,owner,last_contact\n');
  fill(d, tgt(), [() => { const p = ppParts(); const csvq = (v) => (/[,"]/.test(v.value) ? ['"', v, '"'] : ['', v, '']);
    const n = P('PERSON', p.full); const st = PI.street();
    return T`${LA.crmId()},${csvq(n)},${PI.email(p)},${PI.phone()},${csvq(st)},${PI.city()},${PI.country()},${PI.zip()},${R.pick(PI.COMPANIES)},${PI.email()},${LA.date()}\n`; }]);
  return d;
}
function ticket() {
  const d = new Doc(); const c = ppParts();
  d.t`Ticket ${LA.ticketRef()} | Priority: ${R.pick(['P2', 'P3', 'High', 'Normal'])} | Opened ${LA.iso()}\nRequester: ${P('PERSON', c.full)} <${PI.email(c)}>\nAssignee: ${pp()}\n\n`;
  fill(d, tgt(), [
    () => T`Customer says the card ${PI.card()} was charged twice for order ${LA.orderNo()} (${LA.price()}).\n`,
    () => T`Customer writes: "I moved to ${PI.street()}, ${PI.city()} last month, please update the billing address and call me on ${PI.phone()}."\n`,
    () => T`Agent note: tried ${LA.invalidCard()} from the screenshot, fails validation, asked for a new photo.\n`,
    () => T`Internal: the integration keeps failing; vendor support gave us a temp key ${SE.secret(R.pick(['GENERIC_API_KEY', 'GENERIC_TOKEN', 'GENERIC_SECRET'])).span} — revoke after the fix.\n`,
    () => proseSecret(),
    () => narrative(),
    () => T`Tracking ${LA.tracking()} shows the parcel stuck in ${PI.city()}.\n`,
    () => T`Refund to IBAN ${PI.iban()} requested; the one on file (${LA.invalidIban()}) bounces.\n`,
    () => T`Logs attached, request id ${LA.requestId()}, client ip ${PI.ip()}.\n`,
  ]);
  return d;
}
function email() {
  const d = new Doc(); const a = ppParts(), b = ppParts();
  d.t`From: ${P('PERSON', a.full)} <${PI.email(a)}>\nTo: ${P('PERSON', b.full)} <${PI.email(b)}>\nDate: ${LA.date()}\nMessage-ID: <${LA.uuid()}@mail.corp.example>\nSubject: ${R.pick(['Re: access for the new contractor', 'Fwd: flight change', 'quick question', 'Onboarding details', 'Re: invoice ' ])}\n\n${R.pick(['Hi', 'Hello', 'Hallo', 'Hola', 'Bonjour', 'Olá'])} ${P('PERSON', b.first)},\n\n`;
  fill(d, tgt(), [
    () => narrative(), () => narrative(), () => proseSecret(),
    () => T`You can reach me on ${PI.phone()} while I'm in ${PI.place(true)}.\n`,
    () => T`The invoice ${LA.invoice()} for ${LA.price()} is attached; please pay to ${PI.iban()}.\n`,
    () => T`For the VPN use your normal login and the one-time code; the shared mailbox password is ${S('USER_PASSWORD', SE.humanPassword())}.\n`,
    () => T`> On ${LA.date()}, ${pp()} wrote:\n> can you send me the address? I think it's ${PI.street()}.\n`,
  ]);
  d.t`\nBest,\n${P('PERSON', a.first)}\n${PI.phone()}\n`; return d;
}
function chat() {
  const d = new Doc(); const users = [ppParts(), ppParts(), ppParts()].map((p) => p);
  d.t`#${R.pick(['ops', 'team-travel', 'infra', 'random', 'support-escalations'])} — ${LA.date()}\n`;
  const handle = (p) => P('PERSON', R.chance(0.3) ? p.first.toLowerCase() : p.first);
  fill(d, tgt(), [
    () => T`[${R.int(8, 18)}:${R.int(10, 59)}] ${handle(R.pick(users))}: `.append(R.pick([narrative, proseSecret, narrative])()),
    () => T`[${R.int(8, 18)}:${R.int(10, 59)}] ${handle(R.pick(users))}: deploy ${LA.gitSha(true)} is out, build ${LA.build()}\n`,
    () => T`[${R.int(8, 18)}:${R.int(10, 59)}] ${handle(R.pick(users))}: anyone know ${PI.firstName()}'s number? trying ${PI.phone()}\n`,
    () => T`[${R.int(8, 18)}:${R.int(10, 59)}] ${handle(R.pick(users))}: lol landed in ${PI.city(true)}, hotel is on ${PI.street()}\n`,
    () => T`[${R.int(8, 18)}:${R.int(10, 59)}] ${handle(R.pick(users))}: `.append(R.chance(0.3) ? pemChunk('raw') : narrative()),
    () => T`[${R.int(8, 18)}:${R.int(10, 59)}] ${handle(R.pick(users))}: use ${LA.placeholder()} in the docs not the real one\n`,
    () => T`[${R.int(8, 18)}:${R.int(10, 59)}] ${handle(R.pick(users))}: here's the staging one: ${SE.secret(R.pick(['GENERIC_TOKEN', 'GENERIC_API_KEY', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'SLACK_BOT_TOKEN', 'STRIPE_RESTRICTED_KEY', 'GROQ_API_KEY'])).span}\n`,
  ]);
  return d;
}
function hrRecord() {
  const d = new Doc(); const p = ppParts();
  d.t`EMPLOYEE RECORD — CONFIDENTIAL\nEmployee ID: E${R.digits(6)}\nName: ${P('PERSON', p.full)}\nDate of birth: ${PI.dob()}\nSSN: ${PI.ssn()}\nHome address: ${PI.street()}, ${PI.city()} ${PI.zip()}\nPersonal email: ${PI.email(p)}\nMobile: ${PI.phone()}\nManager: ${pp()}\nStart date: ${LA.date()}\nSalary: ${LA.price()}\nDirect deposit: routing ${PI.aba()} / account ${PI.bankNumber()}\n`;
  fill(d, tgt(), [
    () => T`Emergency contact: ${pp()} (${R.pick(['spouse', 'sister', 'father', 'friend'])}), ${PI.phone()}\n`,
    () => T`Work authorization: passport ${PI.passport()}, driver's license ${PI.driverLicense()}\n`,
    () => T`Tax id (ITIN): ${PI.itin()}\n`,
    () => T`Note ${LA.date()}: ${pp()} confirmed relocation from ${PI.place()} to ${PI.place()}; new address ${PI.street()}.\n`,
    () => narrative(),
    () => T`Badge ${LA.uuid()} issued by ${pp()}. Temporary HRIS password: ${S('USER_PASSWORD', SE.humanPassword())}\n`,
  ]);
  return d;
}
function medical() {
  const d = new Doc(); const p = ppParts(R.pick(['en', 'hi', 'ar', 'yo', 'pl', 'es']));
  d.t`PATIENT SUMMARY\nPatient: ${P('PERSON', p.full)}   DOB: ${PI.dob()}   NHS No: ${PI.nhs()}\nAddress: ${PI.street()}, ${PI.city()}\nGP: Dr ${pp('en')}  Tel ${PI.phone('GB')}\nPrescriber DEA: ${PI.dea()}\n\n`;
  fill(d, tgt(), [
    () => T`${LA.date()} seen by Dr ${pp()}. Patient reports travelling from ${PI.place()} last week; daughter ${pp()} accompanied.\n`,
    () => T`Referral sent to ${pp()} at ${PI.city()} General, fax/phone ${PI.phone()}.\n`,
    () => T`Insurance member ${LA.crmId()}, claim ${LA.invoice()}; old NHS number on letter ${LA.invalidNhs()} rejected.\n`,
    () => T`Sibling record linked: ${pp()}, NHS ${PI.nhs()}, DEA of prescriber ${PI.dea()}\n`,
    () => T`Rx: amoxicillin 500mg, signed ${pp()} (DEA ${PI.dea()})\n`,
    () => narrative(),
    () => T`Portal login for the family: ${PI.email(p)} / ${S('USER_PASSWORD', SE.humanPassword())}\n`,
  ]);
  return d;
}
function bank() {
  const d = new Doc(); const p = ppParts();
  d.t`STATEMENT ${LA.date()} — ${P('PERSON', p.full)}\n${PI.street()}, ${PI.city()}\nAccount: ${PI.iban()}   Card: ${PI.card()}\nUS acct ${PI.bankNumber()} (routing ${PI.aba()})\n\nDate        Description                                   Amount\n`;
  fill(d, tgt(), [
    () => T`${LA.date()}  SEPA transfer to ${pp()} ${PI.iban()}  -${LA.price()}\n`,
    () => T`${LA.date()}  Card payment ${R.pick(['SUPERMERCADO', 'BOULANGERIE', 'TANKSTELLE', 'COFFEE'])} ${PI.city(true)}  -${LA.price()}\n`,
    () => T`${LA.date()}  Incoming from ${pp()} ref ${LA.invoice()}  +${LA.price()}\n`,
    () => T`${LA.date()}  BTC purchase to ${PI.btc()}  -${LA.price()}\n`,
    () => T`${LA.date()}  Reversal, card ${LA.invalidCard()} declined  ${LA.price()}\n`,
    () => T`${LA.date()}  Wire ${LA.tracking()} beneficiary acct ${PI.bankNumber()}  -${LA.price()}\n`,
  ]);
  d.t`\nQuestions? Call ${PI.phone()}.\n`; return d;
}
function travel() {
  const d = new Doc(); const p = ppParts();
  d.t`Booking ${LA.orderNo()} — Traveller ${P('PERSON', p.full)}\nPassport: ${PI.passport()}  Mobile: ${PI.phone()}  Email: ${PI.email(p)}\n\n`;
  fill(d, tgt(), [
    () => T`Day ${R.int(1, 14)}: fly ${PI.city()} → ${PI.city()} (${R.pick(['LH', 'AF', 'IB', 'TP', 'NH'])}${R.int(100, 999)}), hotel at ${PI.street()}.\n`,
    () => T`We wandered around ${PI.city(true)} all afternoon; ${pp()} insisted on a detour to ${PI.region()}.\n`,
    () => narrative(), () => narrative(),
    () => T`Car hire paid with ${PI.card()}, deposit ${LA.price()}, confirmation ${LA.uuid()}.\n`,
    () => T`Meeting point: ${LA.coords()} near ${PI.street()}.\n`,
    () => T`Guest wifi at the flat: ${S('WIFI_PASSWORD', SE.humanPassword())}\n`,
  ]);
  return d;
}
function tax() {
  const d = new Doc(); const p = ppParts('en');
  d.t`Form 1040 worksheet — tax year ${R.int(2022, 2025)}\nTaxpayer: ${P('PERSON', p.full)}  SSN ${PI.ssn()}\nSpouse: ${pp()}  ITIN ${PI.itin()}\nAddress: ${PI.street()}, ${PI.city()}, ${PI.zip()}\nRefund: routing ${PI.aba()} account ${PI.bankNumber()}\n`;
  fill(d, tgt(), [
    () => T`Dependent: ${pp()}, SSN ${PI.ssn()}, DOB ${PI.dob()}\n`,
    () => T`W-2 from ${R.pick(PI.COMPANIES)}: wages ${LA.price()}\n`,
    () => T`Preparer note: client's old SSN on file ${LA.invalidSsn()} is not valid, corrected.\n`,
    () => T`Preparer: ${pp()} (${PI.email()}), phone ${PI.phone('US')}\n`,
    () => T`E-file PIN / portal password: ${S('USER_PASSWORD', SE.humanPassword())}\n`,
    () => T`Driver license for ID check: ${PI.driverLicense()}\n`,
  ]);
  return d;
}
function markdown() {
  const d = new Doc(); d.t`# ${R.pick(['Payments service', 'Data pipeline', 'Onboarding', 'Deploy runbook'])}\n\nMaintainer: ${pp()} (${PI.email()})\n\n## Setup\n\n`;
  fill(d, tgt(), [
    () => T`\`\`\`bash\nexport API_TOKEN=${LA.placeholder()}\n\`\`\`\n\n`,
    () => T`For local testing use the shared sandbox key \`${SE.secret(R.pick(['GENERIC_API_KEY', 'STRIPE_SECRET_KEY', 'OPENAI_API_KEY', 'MAPBOX_SECRET_TOKEN', 'GENERIC_SECRET', 'PERPLEXITY_API_KEY'])).span}\` (ask ${pp()} before rotating).\n\n`,
    () => T`| env | host | version |\n|---|---|---|\n| prod | ${LA.hostname()} | ${LA.version()} |\n| stg | ${LA.hostname()} | ${LA.version()} |\n\n`,
    () => T`Test cards: ${LA.vendorTestCard()}, ${LA.vendorTestCard()}. Example IBAN for docs: ${LA.invalidIban()}.\n\n`,
    () => T`Pin the image by digest: \`${LA.digest()}\`\n\n`,
    () => T`> Note: the admin console login is \`${who()}\` / \`${S('ADMIN_PASSWORD', SE.humanPassword())}\` until SSO lands.\n\n`,
    () => pemChunk('raw'),
    () => T`![diagram](${LA.dataUri()})\nFurther reading: ISBN ${LA.isbn()}\n\n`,
    () => T`Publish the SSH key \`${LA.publicKey()}\` to the bastion.\n\n`,
  ]);
  return d;
}
function meetingNotes() {
  const d = new Doc(); d.t`Meeting notes — ${LA.date()}\nAttendees: ${pp()}, ${pp()}, ${pp()}, ${pp()}\n\n`;
  fill(d, tgt(), [
    () => narrative(), () => narrative(),
    () => T`- ${pp()} to follow up with the landlord at ${PI.street()} about the office lease.\n`,
    () => T`- Offsite: ${PI.place()} vs ${PI.place(true)}; ${pp()} prefers the latter.\n`,
    () => T`- Action (${pp()}): rotate the reporting creds — current one ${SE.secret(R.pick(['GENERIC_TOKEN', 'DATABASE_PASSWORD', 'GENERIC_CLIENT_SECRET'])).span} was shared in email.\n`,
    () => T`- Budget ${LA.price()} approved, PO ${LA.orderNo()}.\n`,
    () => T`- Decision tracked in ${LA.ticketRef()}.\n`,
  ]);
  return d;
}
function wiki() {
  const d = new Doc(); d.t`== ${R.pick(['Office locations', 'Who to call', 'Legacy systems', 'Vendor access'])} ==\nLast edited by ${pp()} on ${LA.iso()}\n\n`;
  fill(d, tgt(), [
    () => T`* ${PI.city()} office — ${PI.street()}, reception ${PI.phone()}\n`,
    () => T`* Facilities contact: ${pp()}, ${PI.email()}\n`,
    () => T`* Old FTP (${PI.privIP()}): user ftpup, pass ${S('FTP_PASSWORD', SE.humanPassword())}\n`,
    () => T`* Vendor portal key: ${SE.secret().span.value.includes('\n') ? SE.sp('GENERIC_API_KEY') : SE.secret().span}\n`,
    () => narrative(), () => proseSecret(),
    () => T`* Reading list: ${LA.isbn()}, ${LA.isbn()}; logo ${LA.dataUri()}\n`,
    () => T`* Instance ${LA.uuid()} runs ${LA.version()}\n`,
  ]);
  return d;
}
function news() {
  const d = new Doc(); d.t`${R.pick(['LOCAL NEWS', 'Community bulletin', 'Regional report'])} — ${LA.date()}\n\n`;
  fill(d, tgt(), [() => narrative(), () => narrative(), () => narrative(),
    () => T`The mayor of ${PI.city()}, ${pp()}, said repairs on ${PI.street()} would finish by ${LA.date()}.\n`,
    () => T`Volunteers from ${PI.place()} and ${PI.place()} joined ${pp()} at the river clean-up.\n`,
    () => T`Readers can reach the newsroom at ${PI.phone()}.\n`]);
  return d;
}
function caseNotes() {
  const d = new Doc(); const p = ppParts();
  d.t`Case file ${LA.crmId()} — client ${P('PERSON', p.full)}\n\n`;
  fill(d, tgt(), [() => narrative(), () => narrative(),
    () => T`${LA.date()}: home visit at ${PI.street()} in ${PI.city(true)}; met ${pp()} (neighbour).\n`,
    () => T`${LA.date()}: client phoned from ${PI.phone()}, says her brother ${pp()} moved to ${PI.place()}.\n`,
    () => T`Benefits paid to ${PI.iban()}; SSN on file ${PI.ssn()}.\n`,
    () => T`${LA.date()}: GP letter received, NHS number ${PI.nhs()}; MRN ${LA.crmId()}.\n`,
    () => T`Interpreter booked: ${pp()} (${R.pick(['Arabic', 'Polish', 'Tigrinya', 'Vietnamese', 'Portuguese'])}).\n`]);
  return d;
}
export const HUMAN = { crm_export: crmCsv, support_ticket: ticket, email: email, chat_transcript: chat, hr_record: hrRecord, medical_record: medical, bank_statement: bank, travel_itinerary: travel, tax_record: tax, markdown_doc: markdown, meeting_notes: meetingNotes, wiki_page: wiki, news_article: news, case_notes: caseNotes };
