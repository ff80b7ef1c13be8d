// Customer-facing business documents: helpdesk tickets, support e-mails, live chats, CRM and
// order exports, account changes, HR, medical and banking documents, meeting notes.
import { S, P, L, tpl, json, frag, plain } from './builder.mjs';
import { V, LANGS, COUNTRIES, priceText, localDate } from './ctx.mjs';
import { B62, HEX, UPPER, DIGITS, LOWER } from './checksums.mjs';
import { cityOf, countryName, LANG_COUNTRIES } from './geo.mjs';

const rawL = (what, v) => ({ ...L(what, v), raw: true });
const TITLES = ['Customer Care', 'Support Specialist', 'Tier 2 Support', 'Billing Team', 'Kundenservice', 'Service client', 'Atención al cliente', 'カスタマーサポート'];

// Customer message in language lg. Returns a fragment (lines joined by \n).
export function customerMessage(c, lg, cust, opts = {}) {
  const r = c.r, T = LANGS[lg];
  const lines = [];
  const greetName = opts.agent ? opts.agent.firstName() : (r.chance(0.5) ? `${c.co}` : 'Support');
  lines.push(tpl(T.hi, { n: greetName }));
  lines.push('');
  const o = opts.order || L('order_number', V.orderNo(r));
  const parts = ['late', ...r.shuffle(['ship', 'call', 'charged', 'refund', 'login']).slice(0, r.int(2, 4))];
  for (const part of parts) {
    if (part === 'late') lines.push(tpl(T.late, { o, d: c.date(lg), t: L('tracking_number', V.trackingNo(r)) }));
    else if (part === 'ship') { lines.push(T.ship); lines.push(c.addr(cust.country, 'lines', r.chance(0.7))); }
    else if (part === 'call') lines.push(tpl(T.call, { p: cust.phone() }));
    else if (part === 'charged') lines.push(tpl(T.charged, { c: r.chance(0.75) ? V.card(r) : L('masked_value', V.masked(r, 'card')) }));
    else if (part === 'refund') {
      const cc = COUNTRIES[cust.country].iban;
      if (cc) lines.push(tpl(T.refund, { a: L('price', priceText(r, COUNTRIES[cust.country].cur)), i: V.iban(r, cc) }));
      else lines.push(tpl(T.charged, { c: V.card(r) }));
    } else if (part === 'login') { lines.push(tpl(T.login, { u: cust.user, pw: S('HUMAN_PASSWORD', c.pw('human')) })); c.doc?.tag(`prose:${lg}`); }
  }
  lines.push('');
  lines.push(T.thanks);
  lines.push(cust.name());
  if (r.chance(0.4)) lines.push(cust.phone());
  return lines.flatMap((l, i) => (i ? ['\n', l] : [l]));
}
export function agentReply(c, lg, cust, agent) {
  const r = c.r, T = LANGS[lg];
  return [tpl(T.hi, { n: cust.firstName() }), '\n\n', tpl(T.agent, { n: cust.firstName(), a: L('price', priceText(r, COUNTRIES[cust.country].cur)) }), '\n\n', T.regards, '\n', agent.name(), '\n', r.pick(TITLES), ', ', c.co];
}
function custFor(c, lg) { const cc = c.r.pick(LANG_COUNTRIES[lg] || ['US']); return c.person({ country: cc, lang: lg }); }
function agentFor(c) { return c.person({ domain: c.dom, country: c.r.pick(['US', 'GB', 'DE', 'PH', 'IN', 'PL', 'PT', 'IE', 'MX', 'KE']) }); }

export function helpdeskTicket(c, d) {
  const r = c.r;
  const lg = c.lang(); d.lang(lg);
  const cust = custFor(c, lg), agent = agentFor(c), agent2 = agentFor(c);
  const id = r.int(10000, 999999);
  const order = L('order_number', V.orderNo(r));
  if (r.chance(0.65)) {
    d.line(`Ticket #${id} — `, tpl(LANGS[lg].subj, { o: order }));
    d.line(`Status: ${r.pick(['Open', 'Pending', 'Solved', 'On-hold'])}   Priority: ${r.pick(['Low', 'Normal', 'High', 'Urgent'])}   Channel: ${r.pick(['Email', 'Web form', 'WhatsApp', 'Phone'])}   Language: ${lg}`);
    d.line('Requester: ', cust.name(), ' <', cust.email(), '>   Customer ID: ', L('crm_id', V.crmId(r)));
    d.line('Assignee: ', agent.name(), ' (', r.pick(['Tier 1', 'Tier 2', 'Billing']), ')');
    d.line('Created: ', c.ts('isos'), '   Tags: ', r.sample(['shipping', 'refund', 'vip', 'chargeback', 'login', 'address-change', 'eu'], 3).join(', '));
    d.line('');
    c.tick(60000, 7200000);
    d.line('--- ', cust.name(), ', ', c.ts('space'), ' ---');
    d.line(customerMessage(c, lg, cust, { order, agent: r.chance(0.3) ? agent : null }));
    if (r.chance(0.45)) { const s = c.sec((x) => x.vendor || r.chance(0.3)); d.line('').line('P.S. ', r.pick(['our integration started failing with a 401. ', 'the webhook test button errors out. ', 'API sync broke after your update. ']), tpl(LANGS[lg].key, { s: c.co, x: s.span })); d.tag(`prose:${lg}`); }
    d.line('');
    c.tick(60000, 7200000);
    d.line('--- ', agent2.name(), ' (internal note), ', c.ts('space'), ' ---');
    d.line(r.pick(['Verified identity via ', 'Checked with ']), r.pick(['card ending ', 'last4 ']), L('masked_value', r.digits(4).replace(/^/, '••')), ', phone ', cust.phone('intl'), '. Carrier ', r.pick(['DHL', 'UPS', 'GLS', 'Yamato', 'Correos']), ' ref ', L('tracking_number', V.trackingNo(r)), '.');
    if (r.chance(0.5)) d.line('Refund ', L('invoice_number', V.invoiceNo(r)), ' approved by ', agent.firstName(), ' for ', L('price', priceText(r, COUNTRIES[cust.country].cur)), '.');
    if (r.chance(0.3)) d.line('Customer pasted a password in the ticket – asked them to change it. Redacted? no, ticket system cannot redact.');
    if (cust.country === 'US' || r.chance(0.25)) d.line('W-9 on file: ', r.chance(0.5) ? ['ITIN ', V.itin(r)] : ['SSN ', V.ssn(r)], ' · billing ZIP ', r.digits(5));
    if (r.chance(0.25)) d.line('First IBAN the customer sent (', L('invalid_iban', V.invalidIban(r)), ') fails the checksum; used the corrected one.');
    d.line('');
    if (d.size < 3000) { c.tick(60000, 7200000); d.line('--- ', agent.name(), ', ', c.ts('space'), ' ---'); d.line(agentReply(c, lg, cust, agent)); }
  } else {
    const comments = [
      { author_id: r.int(1000000, 9999999), author: { name: cust.name(), email: cust.email() }, public: true, created_at: c.tick(60000, 7200000).ts('isos'), body: frag(customerMessage(c, lg, cust, { order })) },
      { author_id: r.int(1000000, 9999999), author: { name: agent.name(), email: agent.email() }, public: false, created_at: c.tick(60000, 7200000).ts('isos'), body: frag('Order ', order, ' shipped from ', P('LOCATION', cityOf(r, 'NL').city), ', tracking ', L('tracking_number', V.trackingNo(r)), '. Customer IP at checkout ', c.ip(), '.') },
    ];
    d.add(json({ ticket: { id, subject: frag(tpl(LANGS[lg].subj, { o: order })), status: 'open', requester: { name: cust.name(), email: cust.email(), phone: cust.phone('intl') }, via: { channel: 'email' }, custom_fields: [{ id: r.int(100000, 999999), value: L('crm_id', V.crmId(r)) }], comments } }, 2)).line('');
  }
}

export function supportEmail(c, d) {
  const r = c.r;
  const lg = c.lang(); d.lang(lg);
  const cust = custFor(c, lg), agent = agentFor(c);
  const order = L('order_number', V.orderNo(r));
  const subj = tpl(LANGS[lg].subj, { o: order });
  const mid = () => L('message_id', `${V.uuid4(r)}@${r.pick(['mail', 'mx', 'smtp'])}.${r.pick([c.dom, 'postbox.example', 'inbox.test'])}`);
  const agentFirst = r.chance(0.5);
  const t1 = c.clock.rfc2822();
  if (agentFirst) {
    c.tick(600000, 90000000);
    d.line('From: ', agent.name(), ' <', agent.email(), '>').line('To: "', cust.name(), '" <', cust.email(), '>').line('Date: ', c.ts('rfc')).line('Subject: Re: ', subj).line('Message-ID: <', mid(), '>').line('In-Reply-To: <', mid(), '>').line('Content-Type: text/plain; charset=UTF-8').line('');
    d.line(agentReply(c, lg, cust, agent)).line('');
    d.line('On ', L('timestamp', t1), ', ', cust.name(), ' <', cust.email(), '> wrote:');
    const q = customerMessage(c, lg, cust, { order, agent });
    // quote: prefix each line with '> '
    const quoted = [];
    let atLineStart = true;
    const push = (x) => { if (Array.isArray(x)) { x.forEach(push); return; } if (typeof x === 'string') { const ps = x.split('\n'); ps.forEach((seg, i) => { if (i) { quoted.push('\n'); atLineStart = true; } if (seg || atLineStart) { if (atLineStart) { quoted.push('> '); atLineStart = false; } quoted.push(seg); } }); } else { if (atLineStart) { quoted.push('> '); atLineStart = false; } quoted.push(x); } };
    push(q);
    d.line(quoted);
  } else {
    d.line('From: "', cust.name(), '" <', cust.email(), '>').line('To: ', `support@${c.dom}`).line(r.chance(0.4) ? ['Cc: ', c.person({ country: cust.country }).email()] : 'X-Mailer: Mail/3774').line('Date: ', c.ts('rfc')).line('Subject: ', subj).line('Message-ID: <', mid(), '>').line('Content-Type: text/plain; charset=UTF-8').line('');
    d.line(customerMessage(c, lg, cust, { order }));
    if (r.chance(0.5)) d.line('').line('-- ').line(cust.name()).line(c.addr(cust.country, 'inline', true)).line(cust.phone('intl'));
  }
}

export function chatSupport(c, d) {
  const r = c.r;
  const lg = c.lang(); d.lang(lg);
  const cust = custFor(c, lg), agent = agentFor(c);
  const T = LANGS[lg];
  d.line('Conversation ', L('request_id', V.ulid(r)), ' · channel: ', r.pick(['web', 'whatsapp', 'messenger', 'in-app']), ' · started ', c.ts('isos'));
  d.line('Visitor: ', cust.name(), ' · ', cust.email(), ' · IP ', c.ip(), ' · ', P('LOCATION', cityOf(r, cust.country).city), ', ', P('LOCATION', countryName(r, cust.country)));
  d.line('');
  const say = (who, ...x) => { c.tick(8000, 240000); d.line('[', c.ts('hms'), '] ', who, ': ', ...x); };
  say('Bot', 'Hi! How can we help?');
  say([cust.name()], tpl(T.late, { o: L('order_number', V.orderNo(r)), d: c.date(lg), t: L('tracking_number', V.trackingNo(r)) }));
  say('Bot', 'Connecting you to an agent…');
  say([agent.name()], tpl(T.hi, { n: cust.firstName() }), ' ', r.pick(['Could you confirm the delivery address and a phone number?', 'Let me check that for you. Can you confirm your address?']));
  say([cust.name()], c.addr(cust.country, 'inline', r.chance(0.5)));
  say([cust.name()], tpl(T.call, { p: cust.phone() }));
  if (r.chance(0.6)) { say([cust.name()], tpl(T.charged, { c: V.card(r) })); say([agent.name()], 'Please never share full card numbers here — I only need the last 4 digits. I have masked it on our side: ', L('masked_value', V.masked(r, 'card'))); }
  if (r.chance(0.3)) { const s = c.sec(); say([cust.name()], tpl(T.key, { s: c.co, x: s.span })); say([agent.name()], 'Thanks — please rotate that key now, this chat is not a secure channel.'); d.tag(`prose:${lg}`); }
  if (r.chance(0.5)) { say([cust.name()], tpl(T.login, { u: cust.user, pw: S('HUMAN_PASSWORD', c.pw('human')) })); d.tag(`prose:${lg}`); }
  if (r.chance(0.5) && COUNTRIES[cust.country].iban) say([cust.name()], tpl(T.refund, { a: L('price', priceText(r, COUNTRIES[cust.country].cur)), i: V.iban(r, COUNTRIES[cust.country].iban) }));
  say([agent.name()], tpl(T.agent, { n: cust.firstName(), a: L('price', priceText(r, COUNTRIES[cust.country].cur)) }));
  say([cust.name()], T.thanks);
  d.line('').line('Rating: ', String(r.int(1, 5)), '/5 · agent ', agent.email(), ' · CSAT survey ', L('uuid', V.uuid(r)));
}

export function crmExport(c, d) {
  const r = c.r;
  const fmt = r.pick(['csv', 'csv', 'json', 'tsv']);
  const owners = Array.from({ length: 3 }, () => agentFor(c));
  const rows = [];
  const n = r.int(12, 22);
  for (let i = 0; i < n; i++) {
    const cc = c.country();
    const p = c.person({ country: cc });
    rows.push({ id: L('crm_id', V.crmId(r)), first: P('PERSON', p.first), last: P('PERSON', p.last), full: p.name(), email: p.email(), phone: p.phone(), company: r.pick(['', 'Acme GmbH', 'Sole trader', 'Müller & Söhne KG', 'Tanaka Shoji', 'Bright Path Ltd']), street: P('LOCATION', COUNTRIES[cc].street(r)), city: P('LOCATION', cityOf(r, cc).city), country: P('LOCATION', countryName(r, cc)), owner: r.pick(owners), created: c.tick(600000, 900000000).ts(r.pick(['isos', 'space'])), ltv: L('price', priceText(r, COUNTRIES[cc].cur)), stage: r.pick(['lead', 'customer', 'churned', 'opportunity']), split: p.familyFirst || p.script !== 'Latin' });
  }
  if (fmt === 'json') {
    const arr = [];
    for (const x of rows) { if (plain(json(arr, 2)).length > 3000) break; arr.push({ id: x.id, properties: { firstname: x.first, lastname: x.last, email: x.email, phone: x.phone, address: x.street, city: x.city, country: x.country, lifecyclestage: x.stage, hubspot_owner: x.owner.name(), createdate: x.created, total_revenue: x.ltv } }); }
    d.add(json({ results: arr, paging: { next: { after: String(r.int(100, 9999)) } } }, 2)).line('');
    return;
  }
  const sep = fmt === 'tsv' ? '\t' : ',';
  const cols = r.pick([['id', 'full', 'email', 'phone', 'city', 'country', 'owner', 'created', 'ltv'], ['id', 'first', 'last', 'email', 'phone', 'street', 'city', 'country', 'stage'], ['id', 'full', 'company', 'email', 'phone', 'country', 'created']]);
  const hdr = { id: 'Record ID', full: 'Full Name', first: 'First Name', last: 'Last Name', email: 'Email', phone: 'Phone Number', company: 'Company', street: 'Street Address', city: 'City', country: 'Country/Region', owner: 'Contact owner', created: 'Create Date', ltv: 'Lifetime value', stage: 'Lifecycle Stage' };
  d.line(cols.map((k) => hdr[k]).join(sep));
  for (const x of rows) {
    if (d.size > 3500) break;
    d.line(cols.flatMap((k, i) => { let v = k === 'owner' ? x.owner.name() : x[k]; if (k === 'first' && x.split) v = x.full; if (k === 'last' && x.split) v = ''; const q = sep === ',' && (k === 'street' || k === 'company' || k === 'ltv') ? ['"', v, '"'] : [v]; return i ? [sep, ...q] : q; }));
  }
}

export function orderRefund(c, d) {
  const r = c.r;
  const cc = c.country();
  const cust = c.person({ country: cc });
  const cur = COUNTRIES[cc].cur;
  const { city } = cityOf(r, cc);
  const ibanCc = COUNTRIES[cc].iban || r.pick(['DE', 'NL', 'FR', 'ES']);
  const items = Array.from({ length: r.int(1, 3) }, () => r.chance(0.2) ? { sku: L('sku', V.sku(r)), barcode: L('isbn', V.isbn(r)), title: r.pick(['Paperback: Field Guide', 'Cookbook (2nd ed.)', 'Hardcover atlas']), quantity: 1, price: L('price', priceText(r, cur)) } : ({ sku: L('sku', V.sku(r)), barcode: L('ean', V.ean(r)), title: r.pick(['Wireless earbuds', 'Trail running shoes', 'Espresso grinder', 'Wool blanket', 'USB-C dock', 'Linen shirt']), quantity: r.int(1, 3), price: L('price', priceText(r, cur)) }));
  if (r.chance(0.6)) {
    const order = { order: { id: r.int(100000000, 999999999), name: L('order_number', V.orderNo(r)), email: cust.email(), phone: cust.phone('intl'), created_at: c.ts('offset'), currency: cur, total_price: L('price', priceText(r, cur)),
      customer: { id: L('crm_id', V.crmId(r)), first_name: P('PERSON', cust.first), last_name: P('PERSON', cust.last) },
      shipping_address: { name: cust.name(), address1: P('LOCATION', COUNTRIES[cc].street(r)), city: P('LOCATION', city), zip: COUNTRIES[cc].post(r), country: P('LOCATION', countryName(r, cc)), phone: cust.phone() },
      browser_ip: c.ip(), line_items: items,
      transactions: [{ kind: 'sale', gateway: r.pick(['stripe', 'adyen', 'mollie']), authorization: L('request_id', `ch_${r.str(B62, 24)}`), payment_details: { credit_card_number: L('masked_value', V.masked(r, 'card')), credit_card_company: r.pick(['Visa', 'Mastercard', 'Amex']) } }],
      refunds: [{ id: r.int(1000000, 9999999), created_at: c.tick(86400000, 900000000).ts('offset'), note: frag(r.pick(['Customer requested SEPA refund to ', 'Refund to bank account ', 'Rückerstattung auf ']), V.iban(r, ibanCc)), amount: L('price', priceText(r, cur)) }],
      note_attributes: [{ name: 'gift_message', value: frag('For ', c.person({ country: cc }).name(), ' – happy birthday!') }], tags: 'refund, manual-review' } };
    d.add(json(order, 2)).line('');
  } else {
    d.line(`ORDER `, L('order_number', V.orderNo(r)), '   placed ', c.ts('space'), '   status: ', r.pick(['refunded', 'partially refunded', 'return requested']));
    d.line('Customer:  ', cust.name(), '  <', cust.email(), '>  ', cust.phone());
    d.line('Ship to:   ', c.addr(cc, 'inline', true));
    d.line('Bill to:   ', r.chance(0.5) ? 'same as shipping' : c.addr(cc, 'inline', true));
    d.line('');
    d.line('SKU              EAN              Qty  Price');
    for (const it of items) d.line(it.sku, '   ', it.barcode, '   ', String(it.quantity), '    ', it.price);
    d.line('');
    if (r.chance(0.3)) d.line('Card typed at checkout: ', L('invalid_card', V.invalidCard(r)), ' (declined: invalid number)');
    d.line('Payment:   ', r.pick(['Visa', 'Mastercard', 'Amex']), ' ', L('masked_value', V.masked(r, 'card')), ' · auth ', L('request_id', `pi_${r.str(B62, 24)}`));
    d.line('Refund:    ', L('price', priceText(r, cur)), ' to IBAN ', V.iban(r, ibanCc), ' (account holder ', cust.name(), ')');
    d.line('Return label: ', L('tracking_number', V.trackingNo(r)), ' · invoice ', L('invoice_number', V.invoiceNo(r)));
    d.line('Notes: ', r.pick(['Customer called from ', 'Customer wrote from ']), cust.phone(), ' — ', r.pick(['parcel left with neighbour ', 'wrong size, exchange declined', 'damaged in transit']), r.chance(0.5) ? [c.person({ country: cc }).name()] : '');
  }
}

export function accountChange(c, d) {
  const r = c.r;
  const cust = c.person({ country: c.country() }), agent = agentFor(c);
  const fmt = r.pick(['audit', 'audit', 'note']);
  const lines = r.shuffle([
    () => ['email_changed', [cust.email(), ' -> ', c.person({ country: cust.country }).email()]],
    () => ['phone_changed', [cust.phone(), ' -> ', cust.phone('intl')]],
    () => ['address_changed', [c.addr(cust.country, 'inline', true)]],
    () => ['mfa_reset', ['recovery codes issued: ', S('MFA_RECOVERY_CODE', `${r.str(LOWER + DIGITS, 5)}-${r.str(LOWER + DIGITS, 5)}`), ' ', S('MFA_RECOVERY_CODE', `${r.str(LOWER + DIGITS, 5)}-${r.str(LOWER + DIGITS, 5)}`)]],
    () => ['password_reset', ['temporary password ', S('TEMPORARY_PASSWORD', SPECG(c, 'TEMPORARY_PASSWORD')), ' (must change at next login)']],
    () => ['kyc_document_added', ['US passport ', V.usPassport(r), ', expires ', c.date()]],
    () => { const dl = V.usDL(r); return ['kyc_document_added', [`driver license (${dl.state}) `, dl.span]]; },
    () => ['payout_method_changed', cust.country === 'US' ? ['ACH account ', V.usBank(r)] : ['IBAN ', V.iban(r, r.pick(V.IBAN_COUNTRIES))]],
    () => ['crypto_address_added', ['BTC ', V.btc(r), ' (whitelisted after 24h hold)']],
    () => ['name_changed', [c.person({ country: cust.country }).name(), ' -> ', cust.name()]],
    () => ['tax_id_verified', [r.chance(0.5) ? ['ITIN ', V.itin(r)] : ['SSN ', V.ssn(r)], ' (TIN match ok)']],
    () => ['tax_id_rejected', ['SSN ', L('invalid_ssn', V.invalidSsn(r)), ' (not issuable)']],
    () => ['api_key_created', ['prefix ', L('masked_value', `sk_live_…${r.str(B62, 4)}`), ' id ', L('key_id', V.keyId(r))]],
  ]).slice(0, r.int(4, 7));
  if (fmt === 'audit') {
    d.line('$ ', r.pick(['admin-cli', 'rails runner', 'acctl']), ' audit --account ', L('crm_id', V.crmId(r)), ' --since 30d');
    d.line('TIME                      ACTOR                         ACTION                 DETAILS');
    for (const f of lines) { c.tick(60000, 90000000); const [a, det] = f(); d.line(c.ts('isos'), '  ', r.chance(0.5) ? agent.email() : ['self (', c.ip(), ')'], '  ', a.padEnd(22), ' ', det); }
  } else {
    d.line('Account note — ', cust.name(), ' (', cust.email(), ')').line('Agent: ', agent.name(), ' · ', c.ts('space')).line('');
    d.line('Caller verified with DOB ', localDate(r, 'en', { y: r.int(1950, 2004), m: r.int(1, 12), d: r.int(1, 28) }), ' and postcode. Changes made:');
    for (const f of lines) { const [a, det] = f(); d.line('• ', a.replace(/_/g, ' '), ': ', det); }
    d.line('').line('Call back number: ', cust.phone(), ' · follow-up ', L('ticket_ref', V.ticketRef(r)));
  }
}
function SPECG(c, e) { return c.mk(e).v; }

export function hrRecord(c, d) {
  const r = c.r;
  const fmt = r.pick(['form', 'form', 'payroll', 'intl']);
  if (fmt === 'form') {
    const emp = c.person({ country: 'US' }), mgr = c.person({ country: 'US', domain: c.dom });
    const dl = V.usDL(r);
    d.line(`${c.co} — New Hire Onboarding (CONFIDENTIAL)`).line('='.repeat(48));
    d.line('Employee:            ', emp.name()).line('Employee ID:         ', L('crm_id', `E${r.digits(6)}`)).line('Start date:          ', c.date('en'));
    d.line('Personal email:      ', emp.email()).line('Mobile:              ', emp.phone('nat'));
    d.line('Home address:        ', c.addr('US', 'inline', false));
    d.line('SSN:                 ', V.ssn(r));
    if (r.chance(0.6)) d.line('ITIN (spouse):       ', V.itin(r));
    if (r.chance(0.3)) d.line('Previous SSN entry:  ', L('invalid_ssn', V.invalidSsn(r)), ' (rejected by E-Verify)');
    d.line(`Driver license (${dl.state}): `, dl.span);
    d.line('US passport no.:     ', V.usPassport(r));
    d.line('Date of birth:       ', `${String(r.int(1, 12)).padStart(2, '0')}/${String(r.int(1, 28)).padStart(2, '0')}/${r.int(1960, 2003)}`);
    d.line('').line('Direct deposit').line('  Bank routing (ABA): ', V.ABA(r)).line('  Account number:     ', V.usBank(r)).line('  Account type:       ', r.pick(['Checking', 'Savings']));
    const ec = c.person({ country: 'US' });
    d.line('').line('Emergency contact:   ', ec.name(), ' (', r.pick(['spouse', 'mother', 'brother', 'partner']), '), ', ec.phone());
    d.line('Hiring manager:      ', mgr.name(), ' <', mgr.email(), '>');
    d.line('Laptop asset tag:    ', L('sku', `LT-${r.digits(5)}`), ' · badge ', L('request_id', r.digits(10)));
  } else if (fmt === 'payroll') {
    d.line('employee_id,name,ssn,bank_account,routing,state,dl_number,net_pay,pay_date');
    for (let i = 0; i < r.int(6, 12) && d.size < 3400; i++) {
      const e = c.person({ country: 'US' }); const dl = V.usDL(r);
      d.line(`E${r.digits(5)},`, e.name(), ',', r.chance(0.6) ? V.ssn(r) : V.itin(r), ',', V.usBank(r), ',', V.ABA(r), `,${dl.state},`, dl.span, ',', L('price', priceText(r, 'USD')), ',', c.date());
    }
    d.line('# exported by ', c.person({ domain: c.dom }).email(), ' at ', c.ts('isos'));
  } else {
    const cc = r.pick(['DE', 'FR', 'ES', 'NL', 'PL', 'IT', 'GB', 'PT', 'SE', 'AT', 'BE', 'IE']);
    const emp = c.person({ country: cc });
    d.line('EMPLOYEE MASTER DATA / Personalstammblatt').line('');
    d.line('Name: ', emp.name()).line('Address: ', c.addr(cc, 'inline', true)).line('Phone: ', emp.phone()).line('Email: ', emp.email());
    d.line('IBAN: ', V.iban(r, COUNTRIES[cc].iban)).line('BIC: ', L('bic', V.bic(r)));
    d.line('Tax/VAT ref (employer): ', L('vat_id', V.vatId(r)));
    if (r.chance(0.8)) d.line('US tax: ', r.chance(0.6) ? ['ITIN ', V.itin(r)] : ['SSN ', V.ssn(r)], ' (cross-border assignment, ', P('LOCATION', cityOf(r, 'US').city), ' office)');
    d.line('Passport (US): ', V.usPassport(r));
    d.line('Manager: ', c.person({ domain: c.dom }).name(), ' · HRBP: ', c.person({ domain: c.dom }).name());
    d.line('Salary: ', L('price', priceText(r, COUNTRIES[cc].cur, r.int(3800000, 9800000) / 100)), ' p.a.');
  }
}

export function medicalRecord(c, d) {
  const r = c.r;
  const fmt = r.pick(['nhs', 'nhs', 'rx', 'lab']);
  if (fmt === 'nhs') {
    const pt = c.person({ country: 'GB' }), gp = c.person({ country: 'GB' });
    d.line(r.pick(['Referral letter', 'Discharge summary', 'Clinic letter'])).line('');
    d.line('Patient:     ', pt.name()).line('NHS number:  ', V.nhs(r)).line('DOB:         ', `${String(r.int(1, 28)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/${r.int(1940, 2010)}`);
    d.line('Address:     ', c.addr('GB', 'inline', false)).line('Telephone:   ', pt.phone());
    d.line('GP:          Dr ', gp.name(), ', ', P('LOCATION', r.pick(['Leeds', 'Bristol', 'York', 'Norwich'])), ' Medical Practice, ', gp.phone('nat'));
    d.line('').line('Dear Dr ', gp.last ? P('PERSON', gp.last) : gp.name(), ',').line('');
    d.line('I reviewed ', pt.firstName(), ' in clinic on ', c.date('en'), '. ', r.pick(['Blood pressure is well controlled.', 'Symptoms have improved on the new dose.', 'We will repeat the scan in six weeks.']));
    d.line('Previous record merged from NHS number ', V.nhs(r), r.chance(0.5) ? [' (duplicate ', L('invalid_nhs', V.invalidNhs(r)), ' rejected by PDS)'] : '', '.');
    d.line('').line('Yours sincerely,').line('Dr ', c.person({ country: 'GB' }).name(), ', Consultant').line('cc: ', pt.email());
  } else if (fmt === 'rx') {
    const pt = c.person({ country: 'US' }), doc = c.person({ country: 'US' });
    d.line('PRESCRIPTION — ', r.pick(['Schedule II', 'Schedule IV', 'Controlled substance'])).line('');
    d.line('Prescriber: ', doc.name(), ', MD').line('DEA #: ', V.dea(r, doc.last)).line('NPI: ', r.digits(10)).line('Clinic phone: ', doc.phone('nat'));
    d.line('').line('Patient: ', pt.name()).line('Address: ', c.addr('US', 'inline', false)).line('Phone: ', pt.phone());
    d.line('Rx: ', r.pick(['Oxycodone 5 mg', 'Lorazepam 0.5 mg', 'Methylphenidate 10 mg']), ' #', String(r.int(10, 60)), ' — ', r.pick(['1 tab PO q6h PRN', '1 tab BID', '1 tab qAM']));
    d.line('Date: ', c.date('en'), ' · Refills: 0');
    d.line('').line('Pharmacy note: verified DEA ', V.dea(r, c.person({ country: 'US' }).last), ' for covering physician; ', r.chance(0.5) ? ['insurance member ID ', L('crm_id', `W${r.digits(9)}`)] : 'self-pay');
  } else {
    d.line('patient_name,nhs_number,test,result,units,collected,clinician,clinician_dea');
    for (let i = 0; i < r.int(4, 7) && d.size < 3200; i++) {
      const pt = c.person({ country: r.pick(['GB', 'GB', 'IE', 'IN']) }), cl = c.person({ country: 'US' });
      d.line(pt.name(), ',', r.chance(0.12) ? L('invalid_nhs', V.invalidNhs(r)) : V.nhs(r), ',', r.pick(['HbA1c', 'eGFR', 'TSH', 'CRP', 'LDL']), ',', `${r.int(1, 120)}.${r.int(0, 9)}`, ',', r.pick(['mmol/mol', 'mL/min', 'mU/L', 'mg/L']), ',', c.tick(60000, 90000000).ts('isos'), ',', cl.name(), ',', V.dea(r, cl.last));
    }
  }
}

export function bankingDoc(c, d) {
  const r = c.r;
  const fmt = r.pick(['sepa', 'wire', 'crypto', 'payouts', 'dispute']);
  if (fmt === 'sepa') {
    const debtor = c.person({ country: 'DE' });
    d.line('<?xml version="1.0" encoding="UTF-8"?>').line('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">').line('  <CstmrCdtTrfInitn>');
    d.line('    <GrpHdr><MsgId>', L('request_id', `MSG-${r.digits(12)}`), '</MsgId><CreDtTm>', c.ts('isos'), '</CreDtTm><NbOfTxs>3</NbOfTxs></GrpHdr>');
    d.line('    <PmtInf>').line('      <Dbtr><Nm>', c.co, '</Nm></Dbtr>').line('      <DbtrAcct><Id><IBAN>', P('IBAN_CODE', V.ibanString(r, 'DE')), '</IBAN></Id></DbtrAcct>').line('      <DbtrAgt><FinInstnId><BICFI>', L('bic', V.bic(r)), '</BICFI></FinInstnId></DbtrAgt>');
    for (let i = 0; i < r.int(2, 4) && d.size < 3200; i++) {
      const cc = r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'AT', 'BE', 'PT', 'IE', 'FI']);
      const cr = c.person({ country: cc });
      d.line('      <CdtTrfTxInf>').line('        <PmtId><EndToEndId>', L('invoice_number', V.invoiceNo(r)), '</EndToEndId></PmtId>').line('        <Amt><InstdAmt Ccy="EUR">', L('price', `${r.int(10, 9000)}.${r.digits(2)}`), '</InstdAmt></Amt>');
      d.line('        <Cdtr><Nm>', cr.name(), '</Nm><PstlAdr><StrtNm>', P('LOCATION', COUNTRIES[cc].street(r)), '</StrtNm><TwnNm>', P('LOCATION', cityOf(r, cc).city), '</TwnNm><Ctry>', cc, '</Ctry></PstlAdr></Cdtr>');
      d.line('        <CdtrAcct><Id><IBAN>', P('IBAN_CODE', V.ibanString(r, cc)), '</IBAN></Id></CdtrAcct>').line('        <RmtInf><Ustrd>Refund ', L('order_number', V.orderNo(r)), '</Ustrd></RmtInf>').line('      </CdtTrfTxInf>');
    }
    d.line('    </PmtInf>').line('  </CstmrCdtTrfInitn>').line('</Document>');
    d.line('<!-- prepared by ', debtor.name(), ' -->');
  } else if (fmt === 'wire') {
    const sender = c.person({ country: 'US' }), ben = c.person({ country: r.pick(['US', 'GB', 'DE', 'JP', 'IN']) });
    d.line('WIRE TRANSFER CONFIRMATION').line('Reference: ', L('request_id', `FED${r.digits(14)}`), '   Date: ', c.date('en')).line('');
    d.line('Originator:     ', sender.name()).line('                ', c.addr('US', 'inline', false)).line('Account:        ', V.usBank(r)).line('Routing (ABA):  ', V.ABA(r)).line('Tax ID:         ', r.chance(0.5) ? V.itin(r) : V.ssn(r));
    d.line('').line('Beneficiary:    ', ben.name()).line('Bank:           ', r.pick(['First Harbor Bank', 'Northern Trust Co-op', 'Pacific Union Bank']), ', ', P('LOCATION', cityOf(r, ben.country).city));
    d.line('Account:        ', COUNTRIES[ben.country].iban ? V.iban(r, COUNTRIES[ben.country].iban) : V.usBank(r)).line('SWIFT:          ', L('bic', V.bic(r)));
    d.line('Amount:         ', L('price', priceText(r, 'USD'))).line('Purpose:        ', r.pick(['Invoice ', 'Settlement ', 'Payroll ']), L('invoice_number', V.invoiceNo(r)));
    d.line('').line('Questions? Call ', sender.phone(), ' or write to ', c.person({ domain: c.dom }).email());
  } else if (fmt === 'crypto') {
    const u = c.person();
    d.line('Withdrawal request ', L('uuid', V.uuid(r)), ' — ', r.pick(['pending review', 'approved', 'flagged']));
    d.line('Customer: ', u.name(), ' · ', u.email(), ' · KYC tier 2 · login IP ', c.ip());
    d.line('Asset: BTC   Amount: ', L('price', `${r.int(0, 3)}.${r.digits(8)} BTC`), '   Fee: ', L('price', `0.0000${r.digits(4)} BTC`));
    d.line('Destination: ', V.btc(r));
    d.line('Previous destinations: ', V.btc(r), ', ', V.btc(r));
    d.line('Deposit address (ours): ', V.btc(r));
    d.line('Funding tx: ', L('hash', r.str(HEX, 64)));
    d.line('Reviewer: ', c.person({ domain: c.dom }).name(), ' — ', r.pick(['matches whitelist', 'new address, call customer on ', 'travel rule info received']), r.chance(0.5) ? u.phone() : '');
  } else if (fmt === 'payouts') {
    d.line('payout_id;merchant;contact;iban;amount;currency;scheduled_for');
    for (let i = 0; i < r.int(5, 10) && d.size < 3300; i++) {
      const cc = r.pick(V.IBAN_COUNTRIES.filter((x) => COUNTRIES[x]));
      const m = c.person({ country: cc });
      d.line(L('request_id', `po_${r.str(B62, 14)}`), ';', r.pick(['Bäckerei Sonne', 'Café Lumière', 'Tienda Sol', 'Studio Nord', 'Pizzeria Roma', 'Kiosk 24']), ';', m.name(), ';', V.iban(r, COUNTRIES[cc].iban), ';', L('price', `${r.int(10, 90000)}.${r.digits(2)}`), ';', COUNTRIES[cc].cur, ';', c.date());
    }
    if (r.chance(0.6)) d.line('# rejected: ', L('invalid_iban', V.invalidIban(r)), ' (checksum)');
  } else {
    const h = c.person({ country: r.pick(['US', 'GB', 'CA', 'AU']) });
    d.line('Card dispute form').line('Cardholder: ', h.name()).line('Card number: ', V.card(r)).line('Phone: ', h.phone()).line('Email: ', h.email());
    d.line('Billing address: ', c.addr(h.country, 'inline', true));
    d.line('Transaction: ', L('price', priceText(r, COUNTRIES[h.country].cur)), ' at ', r.pick(['ONLINE STORE*8812', 'RIDE SHARE', 'STREAMING SVC']), ' on ', c.date('en'), ' (ARN ', L('request_id', r.digits(23)), ')');
    d.line('Reason: ', r.pick(['not recognised', 'charged twice', 'item not received']));
    d.line('Note: customer first gave ', L('invalid_card', V.invalidCard(r)), ' which fails validation; correct card above.');
    if (r.chance(0.5)) d.line('Second card on file: ', V.card(r), ' (not disputed)');
    if (r.chance(0.5)) d.line('Test transaction used processor card ', L('vendor_test_card', V.vendorTestCard(r)), '.');
  }
}

export function meetingNotes(c, d) {
  const r = c.r;
  const lg = r.pick(['en', 'en', 'de', 'fr', 'es', 'ja', 'pt', 'nl']); d.lang(lg);
  const hdr = { en: ['Meeting notes', 'Attendees', 'Notes', 'Action items'], de: ['Besprechungsnotizen', 'Teilnehmende', 'Notizen', 'Aufgaben'], fr: ['Compte rendu', 'Participants', 'Notes', 'Actions'], es: ['Acta de reunión', 'Asistentes', 'Notas', 'Tareas'], ja: ['議事録', '参加者', 'メモ', 'アクションアイテム'], pt: ['Ata da reunião', 'Participantes', 'Notas', 'Ações'], nl: ['Notulen', 'Aanwezig', 'Notities', 'Acties'] }[lg];
  const att = Array.from({ length: r.int(4, 7) }, () => c.person({ country: c.country(), domain: c.dom }));
  d.line(`# ${hdr[0]} — `, r.pick(['EU expansion sync', 'Q2 support review', 'Key rotation retro', 'Partner onboarding', 'Quarterly business review']), ' (', c.date(lg), ')').line('');
  d.line(`**${hdr[1]}:** `, att.flatMap((p, i) => (i ? [', ', p.name()] : [p.name()])));
  d.line(`**Location:** `, P('LOCATION', cityOf(r, att[0].country).city), ' office + video call').line('');
  d.line(`## ${hdr[2]}`);
  const notes = r.shuffle([
    () => ['- ', att[1].firstName(), ' walked through churn in ', P('LOCATION', countryName(r, c.country())), ' and ', P('LOCATION', countryName(r, c.country())), '.'],
    () => { const cu = c.person(); return ['- Escalation from ', cu.name(), ' (', cu.email(), '), ', r.pick(['wants a call back on ', 'left voicemail from ']), cu.phone(), '.']; },
    () => ['- Warehouse move to ', c.addr(r.pick(['NL', 'DE', 'PL', 'ES', 'GB']), 'inline', true), ' confirmed for ', c.date(lg), '.'],
    () => { const s = c.sec((x) => x.vendor); return ['- ', att[2].firstName(), ' shared the new ', s.key('kebab').split('-')[0], ' key in chat (', s.span, ') — needs to go into the vault.']; },
    () => ['- Shared vault passphrase for the offsite laptops: ', S('PASSPHRASE', c.pw('phrase'))],
    () => ['- Budget: ', L('price', priceText(r, r.pick(['EUR', 'USD', 'GBP', 'JPY']))), ' approved by ', att[0].name(), '.'],
    () => ['- Partner contact ', c.person().name(), ' in ', P('LOCATION', cityOf(r, c.country()).city), ' will send the contract (', L('ticket_ref', V.ticketRef(r)), ').'],
    () => ['- Wi-Fi for the visitors: ', S('WIFI_PSK', c.pw('human'))],
  ]).slice(0, r.int(4, 7));
  for (const n of notes) d.line(n());
  d.line('').line(`## ${hdr[3]}`);
  for (let i = 0; i < r.int(2, 4); i++) { const t = r.pick(['rotate shared credentials', 'follow up with the customer', 'update the runbook', 'book travel to ']); d.line('- [ ] ', r.pick(att).name(), ': ', t, t.endsWith(' ') ? P('LOCATION', cityOf(r, c.country()).city) : '', ' — ', c.date(lg)); }
}

export function kycReview(c, d) {
  const r = c.r;
  const cc = r.chance(0.8) ? 'US' : r.pick(['GB', 'DE', 'MX', 'IN', 'CA']);
  const ap = c.person({ country: cc });
  const reviewer = agentFor(c);
  const dl = V.usDL(r);
  const tin = r.chance(0.45) ? ['SSN', V.ssn(r)] : ['ITIN', V.itin(r)];
  if (r.chance(0.6)) {
    d.line('KYC review — case ', L('ticket_ref', `KYC-2026-${r.digits(6)}`), ' (', L('ulid', V.ulid(r)), ')').line('');
    d.line('Applicant:    ', ap.name()).line('DOB:          ', `${r.int(1950, 2005)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`);
    d.line('Email:        ', ap.email()).line('Phone:        ', ap.phone());
    d.line('Address:      ', c.addr(cc, 'inline', true));
    d.line('').line('Documents');
    d.line('  - US passport ', V.usPassport(r), ' (MRZ ok, expires ', c.date(), ')');
    d.line(`  - Driver license ${dl.state} `, dl.span);
    d.line(`  - ${tin[0]} `, tin[1], r.pick([' (SSA match)', ' (IRS letter uploaded)', ' (TIN check pending)']));
    if (r.chance(0.35)) d.line('  - rejected entry: ', L('invalid_ssn', V.invalidSsn(r)), ' (invalid area/group)');
    d.line('').line('Funding');
    d.line('  ACH account ', V.usBank(r), ' / routing ', V.ABA(r));
    if (r.chance(0.6)) d.line('  Card ', V.card(r), ' (3DS passed)');
    d.line('  BTC withdrawal whitelist: ', V.btc(r), r.chance(0.5) ? [', ', V.btc(r)] : '');
    d.line('').line('Device: ', c.ip(), ' · device ', L('fingerprint', r.str(HEX, 32)), ' · session ', L('request_id', V.requestId(r)));
    d.line('Reviewer: ', reviewer.name(), ' — ', r.pick(['approved', 'approved with limits', 'escalated to EDD', 'rejected']), ' on ', c.ts('isos'));
  } else {
    const o = { id: frag('inq_', L('request_id', r.str(B62, 24))), status: r.pick(['approved', 'needs_review', 'declined']), created_at: c.ts('iso'),
      applicant: { name_first: P('PERSON', ap.first), name_last: P('PERSON', ap.last), email_address: ap.email(), phone_number: ap.phone('intl'), address_street_1: P('LOCATION', COUNTRIES[cc].street(r)), address_city: P('LOCATION', cityOf(r, cc).city), address_postal_code: COUNTRIES[cc].post(r), address_country_code: cc },
      verifications: [{ type: 'government_id', id_class: 'pp', identification_number: V.usPassport(r), status: 'passed' }, { type: 'government_id', id_class: 'dl', issuing_subdivision: dl.state, identification_number: dl.span, status: r.pick(['passed', 'failed']) }, { type: 'database', tin_type: tin[0].toLowerCase(), tin: tin[1], status: 'passed' }],
      bank_account: { account_number: V.usBank(r), routing_number: V.ABA(r) }, crypto_address: V.btc(r), ip_address: c.ip(), reviewer: reviewer.email() };
    d.add(json(o, 2)).line('');
  }
}
