// Customer-facing documents: tickets, chats, transcripts, forms.
import { s, p, l } from './ctx.mjs';
import * as P from './pii.mjs';

const z = (n, w = 2) => String(n).padStart(w, '0');
// customer utterance with one secret or PII, in the document's language
export function said(X, what) {
  const { L, r } = X;
  switch (what) {
    case 'login': return [L.cant, '. ', L.pw, ' ', X.S('USER_PASSWORD', 'cfg'), r.pick(['', ' ', ' 🙏', '!!'])];
    case 'newpw': return [L.pw, ' ', X.S(r.pick(['USER_PASSWORD', 'USER_PASSWORD', 'ROUTER_ADMIN_PASSWORD', 'APP_SPECIFIC_PASSWORD']), 'cfg')];
    case 'code': return [L.code, ' ', X.S('ONE_TIME_CODE')];
    case 'pin': return [L.pin, ' ', X.S(r.pick(['ACCOUNT_PIN', 'PHONE_BANKING_PASSCODE', 'VOICEMAIL_PIN']))];
    case 'callback': return [L.callback, ' ', X.T()];
    case 'addr': return [L.lbl.address, ': ', X.A()];
    case 'door': return [L.door, ' ', X.S(r.pick(['DOOR_ACCESS_CODE', 'DOOR_ACCESS_CODE', 'GATE_CODE']))];
    case 'wifi': return [L.wifi, ' ', X.S('WIFI_PASSWORD', 'cfg')];
    case 'refund': return [L.refund, ' ', X.lk('order_number'), '.'];
    case 'port': return [L.port, '. PUK ', X.S('SIM_PUK'), ', PIN ', X.S('PORT_OUT_PIN')];
    case 'email': return [L.lbl.email, ': ', X.E(X.cust)];
    case 'card': return [L.lbl.name, ': ', X.N(X.cust), ' / ', X.card(), ' ', r.pick(['exp', 'val.', 'vence']), ' ', `${z(r.int(1, 12))}/${r.int(27, 31)}`, ', CVV ', X.S('CARD_CVV')];
    case 'recovery': return ['recovery codes: ', X.S('RECOVERY_CODE'), ' ', X.S('RECOVERY_CODE'), ' ', X.S('RECOVERY_CODE')];
    case 'gift': return ['gift card ', X.S('GIFT_CARD_CODE', 'cfg')];
    default: return [L.thanks];
  }
}
const CUST_INTENTS = ['login', 'code', 'pin', 'callback', 'addr', 'door', 'wifi', 'refund', 'port', 'email', 'card', 'newpw', 'recovery', 'gift'];

function chatLines(X, fmtLine, n, custSide, agentSide) {
  const { r, L } = X; const parts = [];
  const intents = r.sample(CUST_INTENTS, n + 1);
  parts.push(fmtLine(custSide, [L.hi, '. ', said(X, intents[0])]));
  parts.push(fmtLine(agentSide, [L.hi, ' ', X.F(X.cust), '. ', L.verify]));
  parts.push(fmtLine(custSide, [X.N(X.cust), ', ', X.A()]));
  for (let i = 1; i < intents.length; i++) {
    parts.push(fmtLine(custSide, said(X, intents[i])));
    if (r.chance(0.6)) parts.push(fmtLine(agentSide, [r.pick([L.wait, L.wait, L.solved]), r.chance(0.5) ? [' Ref ', X.lk(r.pick(['ticket_id', 'case_number', 'order_number']))] : '']));
  }
  parts.push(fmtLine(agentSide, [L.solved]));
  parts.push(fmtLine(custSide, [L.thanks]));
  return parts;
}

export const CX = {
  zendesk_ticket_json(X) {
    const { r, L } = X; X.cust = X.person(); const ag = X.agent(); const id = r.int(40000, 990000);
    const dom = `${X.brand.toLowerCase().replace(/[^a-z]/g, '')}.zendesk.example`;
    X.add`{\n  "ticket": {\n    "id": ${id},\n    "url": "https://${dom}/api/v2/tickets/${id}.json",\n    "created_at": "${X.tick('iso', 45)}",\n    "subject": "${r.pick(['Cannot log in', 'SIM swap request', 'Refund not received', 'Account locked', 'Change of address', 'Chargeback question'])}",\n    "status": "${r.pick(['open', 'pending', 'solved'])}",\n    "priority": "${r.pick(['normal', 'high', 'urgent'])}",\n    "requester": { "name": "${X.N(X.cust)}", "email": "${X.E(X.cust)}", "phone": "${X.T()}" },\n    "assignee": { "name": "${X.N(ag)}", "email": "${X.E(ag, 'support.' + dom.split('.')[0] + '.example')}" },\n    "tags": ["${r.pick(['vip', 'billing', 'kyc'])}", "lang_${X.lang}"],\n    "via": { "channel": "${r.pick(['web', 'email', 'api'])}", "source": { "ip_address": "${X.IP()}" } },\n    "custom_fields": [ { "id": ${r.int(360000000, 369999999)}, "value": "${X.lk('crm_id')}" }, { "id": ${r.int(360000000, 369999999)}, "value": "${X.lk('order_number')}" } ],\n    "external_id": "${X.lk('uuid')}"\n  },\n  "comments": [\n`;
    const n = r.int(3, 5);
    for (let i = 0; i < n; i++) {
      const cust = i % 2 === 0; const body = cust ? [L.hi, ',\\n\\n', said(X, r.pick(CUST_INTENTS)), '\\n', said(X, r.pick(CUST_INTENTS)), '\\n\\n', X.F(X.cust)] : [L.hi, ' ', X.F(X.cust), ',\\n', r.pick([L.verify, L.wait, L.solved]), '\\n\\n', X.N(ag), ' | ', X.brand];
      X.add`    { "id": ${r.int(1e10, 9e10)}, "author": "${cust ? X.N(X.cust) : X.N(ag)}", "public": ${cust || r.chance(0.7)}, "created_at": "${X.tick('iso', 300)}", "body": "${body}" }${i < n - 1 ? ',' : ''}\n`;
    }
    X.add`  ],\n  "audit": { "request_id": "${X.lk('request_id')}", "etag": "${X.lk('etag').v.replace(/"/g, '')}" }\n}\n`;
  },
  freshdesk_ticket_json(X) {
    const { r, L } = X; X.cust = X.person(); const ag = X.agent();
    X.add`GET /api/v2/tickets/${r.int(1000, 99999)}?include=conversations,requester\nHTTP/1.1 200 OK\nX-Request-Id: ${X.lk('request_id')}\n\n{"id":${r.int(1000, 99999)},"type":"${r.pick(['Question', 'Incident', 'Problem'])}","source":${r.int(1, 9)},"status":${r.int(2, 5)},"subject":"${r.pick(['Passwort vergessen', 'Portabilidad', 'Refund', 'Login issue', '無法登入', 'Смена тарифа'])}",`;
    X.add`"requester":{"name":"${X.N(X.cust)}","email":"${X.E(X.cust)}","mobile":"${X.T()}","address":"${X.A()}"},"responder_id":${r.int(1e10, 9e10)},"custom_fields":{"cf_contract_no":"${X.lk('policy_number')}","cf_last_order":"${X.lk('order_number')}"},"created_at":"${X.tick('iso', 45)}","description_text":"${said(X, 'login')}. ${said(X, r.pick(['pin', 'callback', 'code']))}",\n"conversations":[`;
    const n = r.int(2, 4);
    for (let i = 0; i < n; i++) {
      const agent = i % 2 === 0;
      X.add`{"body_text":"${agent ? [L.hi, ' ', X.F(X.cust), '. ', r.pick([L.verify, L.wait]), ' -- ', X.N(ag)] : said(X, r.pick(CUST_INTENTS))}","incoming":${!agent},"private":false,"from_email":"${agent ? 'support@' + X.brand.toLowerCase().replace(/[^a-z]/g, '') + '.freshdesk.example' : X.E(X.cust)}","created_at":"${X.tick('iso', 45)}"}${i < n - 1 ? ',' : ''}\n`;
    }
    X.add`]}\n`;
  },
  email_thread(X) {
    const { r, L } = X; X.cust = X.person(); const ag = X.agent(); const dom = X.brand.toLowerCase().replace(/[^a-z]/g, '') + '.example';
    X.add`From: ${X.N(X.cust)} <${X.E(X.cust)}>\nTo: ${X.brand} Support <support@${dom}>\nSubject: Re: [${X.lk('ticket_id')}] ${r.pick(['Account access', 'Your claim', 'Direct debit', 'Porting request', 'Password reset'])}\nMessage-ID: ${X.lk('message_id')}\nDate: ${X.tick('iso', 45)}\nX-Originating-IP: [${X.IP()}]\n\n${L.hi},\n\n${said(X, 'login')}\n${said(X, r.pick(['pin', 'code', 'newpw']))}\n${said(X, 'callback')}\n\n${X.N(X.cust)}\n${X.A(undefined, false)}\n${X.T()}\n\n`;
    X.add`On ${X.ts()}, ${X.N(ag)} <${X.E(ag, 'support.' + dom)}> wrote:\n> ${L.hi} ${X.F(X.cust)},\n> ${L.verify}\n> ${r.pick(['Please never send your password by e-mail.', 'We will never ask for your full PIN.', 'Reference: '])}${X.lk('case_number')}\n>\n> ${X.N(ag)}\n> ${X.brand} | ${X.T(P.PHONE_COUNTRIES.includes(ag.cc) ? ag.cc : 'US')}\n`;
  },
  livechat_transcript(X) {
    const { r } = X; X.cust = X.person(); const ag = X.agent();
    X.add`Chat transcript — ${X.brand} web chat\nChat ID: ${X.lk('uuid')}\nStarted: ${X.ts()}\nVisitor: ${X.N(X.cust)} (${X.E(X.cust)})\nVisitor IP: ${X.IP()}  Location: ${X.city()}, ${X.country()}\nBrowser: Chrome ${X.lk('version')} / ${r.pick(['Android 15', 'Windows 11', 'iOS 19'])}\nAgent: ${X.N(ag)}\n----------------------------------------\n`;
    const fmt = (cust, body) => [`(${X.tick('hm', 2)}) `, cust ? X.F(X.cust) : X.F(ag), ': ', body, '\n'];
    X.put(chatLines(X, fmt, r.int(4, 7), true, false));
    X.add`----------------------------------------\nRating: ${r.int(1, 5)}/5  Tags: ${X.lk('feature_flag')}\n`;
  },
  whatsapp_export(X) {
    const { r } = X; X.cust = X.person(); const ag = X.agent();
    X.add`[${X.tick('wa')}] ${X.brand}: Messages and calls are end-to-end encrypted. Only people in this chat can read them.\n`;
    const fmt = (cust, body) => { return ['[', X.tick('wa', 4), '] ', cust ? X.N(X.cust) : [X.brand, ' (', X.F(ag), ')'], ': ', body, '\n']; };
    X.put(chatLines(X, fmt, r.int(4, 7), true, false));
    X.put(fmt(true, ['‎<attached: 0000', r.int(10, 99), '-PHOTO-2026.jpg>']));
  },
  telegram_export(X) {
    const { r } = X; X.cust = X.person(); const ag = X.agent(); const uid = r.int(1e8, 8e9);
    X.add`{\n "name": "${X.N(X.cust)}",\n "type": "personal_chat",\n "id": ${uid},\n "messages": [\n`;
    const fmt = (cust, body) => [`  {"id": ${r.int(1000, 99999)}, "type": "message", "date": "`, X.tick('local'), `", "from": "`, cust ? X.N(X.cust) : [X.brand, ' Support'], `", "from_id": "user${cust ? uid : r.int(1e8, 8e9)}", "text": "`, body, '"},\n'];
    X.put(chatLines(X, fmt, r.int(4, 6), true, false));
    X.add`  {"id": ${r.int(1000, 99999)}, "type": "service", "actor": "${X.brand} Support", "action": "pin_message"}\n ]\n}\n`;
  },
  line_export(X) {
    const { r } = X; X.cust = X.person(); const ag = X.agent();
    X.add`[LINE] ${X.brand}公式アカウントとのトーク履歴\n保存日時：2026/${z(r.int(1, 12))}/${z(r.int(1, 28))} ${z(r.int(8, 22))}:${z(r.int(0, 59))}\n\n2026/${z(r.int(1, 12))}/${z(r.int(1, 28))}(${r.pick(['月', '火', '水', '木', '金'])})\n`;
    const fmt = (cust, body) => [`${X.tick('hm', 8)}\t`, cust ? X.N(X.cust) : X.brand, '\t', body, '\n'];
    X.put(chatLines(X, fmt, r.int(4, 7), true, false));
  },
  wechat_export(X) {
    const { r } = X; X.cust = X.person(); const ag = X.agent();
    X.add`微信聊天记录导出 | 客服会话 ${X.lk('uuid')}\n——————————————\n`;
    const fmt = (cust, body) => [cust ? X.N(X.cust) : [X.brand, '客服-', X.F(ag)], ' ', X.tick('space', 5), '\n', body, '\n\n'];
    X.put(chatLines(X, fmt, r.int(4, 7), true, false));
  },
  call_transcript(X) {
    const { r, L } = X; X.cust = X.person(); const ag = X.agent();
    const spell = (str, grp) => { const d = str.replace(/\D/g, ''); if (grp) return d.match(/.{1,4}/g).join(', '); return d.split('').join(' '); };
    X.add`# STT transcript  call_id=${X.lk('uuid')}  queue=${r.pick(['billing', 'fraud', 'porting', 'claims', 'tech'])}  lang=${X.lang}\n# engine ${r.pick(['whisper-large-v4', 'nova-3', 'chirp-2'])} ${X.lk('version')}  started ${X.tick('iso', 45)}\n# ANI ${X.T()}  DNIS ${X.lk('ticket_id').v.replace(/\D/g, '').slice(0, 6)}\n\n`;
    let t = 0; const turn = (who, body) => { t += r.int(2, 9); X.put([`[${z(Math.floor(t / 60))}:${z(t % 60)}] ${who}: `, body, '\n']); };
    turn('AGENT', [`thank you for calling ${X.brand}, my name is `, X.F(ag), ', ', L.verify]);
    turn('CUSTOMER', ['yes uh it\'s ', X.N(X.cust), ', ', X.A()]);
    turn('AGENT', ['and can I take a contact number?']);
    const ph = P.phone(r, X.cc); turn('CUSTOMER', ['sure ', p('PHONE_NUMBER', spell(ph, false))]);
    turn('AGENT', ['so that is ', X.A(), ', and the name on the account is ', X.N(X.cust), '?']);
    turn('CUSTOMER', ['yes that\'s right, my wife ', X.F(X.person()), ' is also on the account']);
    for (const k of r.sample([0, 1, 2, 3, 4], 2)) {
    if (k === 4) { turn('AGENT', ['can you spell the e-mail for me']); turn('CUSTOMER', [X.E(X.cust)]); }
    else if (k === 0) { const c = P.card(r); turn('AGENT', ['what is the long number on the card']); turn('CUSTOMER', [p('CREDIT_CARD', spell(c, true))]); turn('AGENT', ['and the three digit code on the back']); turn('CUSTOMER', [s('CARD_CVV', r.digits(3).split('').join(' '))]); }
    else if (k === 1) { turn('AGENT', ['I need the last four of the social and the full social for the dispute form']); turn('CUSTOMER', [p('US_SSN', spell(P.ssn(r), false))]); }
    else if (k === 2) { turn('AGENT', ['what is your account PIN']); turn('CUSTOMER', [s('ACCOUNT_PIN', r.digits(4).split('').join(' '))]); turn('CUSTOMER', ['and the PUK from the card is ', s('SIM_PUK', r.digits(8).replace(/(\d{4})(\d{4})/, '$1 $2'))]); }
    else { turn('AGENT', ['I just sent a six digit code to your phone']); turn('CUSTOMER', ['okay it says ', s('ONE_TIME_CODE', r.digits(3) + ' ' + r.digits(3))]); }
    }
    turn('AGENT', [L.wait, ' ', 'I can see the last login from ', X.IP(), ' in ', X.city(), ', was that you?']);
    turn('CUSTOMER', [r.pick(['no no that was not me', 'yes I was travelling', 'uh maybe my son ']), r.chance(0.5) ? X.F(X.person()) : '']);
    turn('AGENT', ['the order number is seven seven three four, reference ', X.lk('order_number')]);
    turn('CUSTOMER', [said(X, r.pick(['email', 'callback', 'pin']))]);
    turn('AGENT', [L.solved, ' ', L.thanks]);
    X.add`\n# sentiment=${r.pick(['neutral', 'negative', 'positive'])} silence_ratio=0.${r.int(10, 40)} redaction=${r.pick(['off', 'pending'])}\n`;
  },
  ivr_log(X) {
    const { r } = X; const n = r.int(8, 12);
    X.add`# ${X.brand} contact-centre event log (${r.pick(['Genesys', 'Amazon Connect', 'Five9'])} export)\n`;
    for (let i = 0; i < n; i++) {
      const c = X.person(); const ev = r.pick(['inbound', 'callback', 'transfer', 'auth']);
      X.add`${X.tick('iso', 45)} ${ev.padEnd(8)} contact=${X.lk('uuid')} ani=${X.T()} caller="${X.N(c)}" `;
      if (ev === 'auth') X.add`method=dtmf account_pin=${X.S(r.pick(['ACCOUNT_PIN', 'PHONE_BANKING_PASSCODE']))} result=${r.pick(['ok', 'fail'])}`;
      else if (ev === 'callback') X.add`callback_to=${X.T()} agent="${X.N(X.agent())}"`;
      else X.add`queue=${r.pick(['billing', 'fraud', 'sales'])} wait=${r.int(3, 600)}s sip_src=${X.IP()}`;
      X.add`\n`;
    }
    X.add`${X.tick('iso', 45)} config   sip.trunk.password=${X.S('SIP_TRUNK_PASSWORD', 'cfg')} realm=voice-gw\n`;
  },
  crm_timeline(X) {
    const { r, L } = X; X.cust = X.person(); const ag = X.agent();
    X.add`CONTACT ${X.lk('crm_id')} · ${X.N(X.cust)}\n${X.E(X.cust)} · ${X.T()} · ${X.A()}\nOwner: ${X.N(ag)}   Lifecycle: ${r.pick(['customer', 'lead', 'churn-risk'])}\n\nTimeline\n`;
    for (let i = 0; i < r.int(6, 9); i++) {
      const k = r.int(0, 5);
      X.add`• ${X.ts()}  `;
      if (k === 0) X.add`Call logged by ${X.N(X.agent())}: ${said(X, r.pick(['callback', 'pin', 'addr']))}\n`;
      else if (k === 1) X.add`Email received from ${X.E(X.cust)}: "${said(X, r.pick(['login', 'code', 'refund']))}"\n`;
      else if (k === 2) X.add`Deal ${X.lk('invoice_number')} updated · amount ${X.lk('price')}\n`;
      else if (k === 3) X.add`Note (${X.N(ag)}): ${L.verify} ${r.pick(['Verified with', 'ID check via'])} ${X.dl()}\n`;
      else if (k === 4) X.add`Payment method added: ${X.lk('masked_card')} · IBAN ${X.iban(X.cc)}\n`;
      else X.add`Web session from ${X.IP()} (${X.city()})\n`;
    }
  },
  crm_note(X) {
    const { r, L } = X; X.cust = X.person(); const ag = X.agent(); const sup = X.agent();
    X.add`Internal note — ${X.lk('case_number')} — ${X.ts()}\nAuthor: ${X.N(ag)}  cc: ${X.N(sup)}\n\nCaller ${X.N(X.cust)} (DOB ${r.int(1950, 2004)}-${z(r.int(1, 12))}-${z(r.int(1, 28))}) rang about ${r.pick(['a double debit', 'a blocked card', 'the SIM swap', 'a missing refund'])}. Passed ID&V with postcode and ${said(X, 'pin')}. Customer insisted on reading out ${said(X, 'login')} — told them we never need it, flagged for reset.\nNew contact details: ${X.E(X.cust)}, ${X.T()}, ${X.A()}.\nSecond contact on file: ${X.N(X.person())} (${r.pick(['spouse', 'daughter', 'carer', 'landlord'])}) ${X.T()}.\n${L.solved}\n`;
  },
  kyc_form(X) {
    const { r, L } = X; X.cust = X.person('en'); const form = r.int(0, 1);
    const rows = [['Full legal name', X.N(X.cust)], ['Date of birth', `${z(r.int(1, 12))}/${z(r.int(1, 28))}/${r.int(1955, 2005)}`], ['SSN', X.ssn()], ['ITIN (if no SSN)', r.chance(0.5) ? X.itin() : 'n/a'], ['Passport no.', X.passport()], ['Driver license', X.dl()], ['Residential address', X.A('US')], ['Mobile', X.T('US')], ['Email', X.E(X.cust)], ['Funding account', X.bank()], ['Routing (ABA)', P.abaRouting(r)], ['Source IP', X.IP()], ['Applicant ID', X.lk('uuid')], ['Selfie check', X.lk('feature_flag')], ['Wallet (optional)', X.btc()]];
    X.add`${X.brand} — Customer onboarding / KYC (${r.pick(['Persona', 'Onfido', 'Alloy'])} webhook dump)\nSubmitted: ${X.tick('iso', 45)}\n\n`;
    for (const [k, v] of rows) { if (form === 0) X.put(`${k.padEnd(22, '.')}: `, v, '\n'); else X.put(`| ${k} | `, v, ' |\n'); }
    X.add`\nReviewer: ${X.N(X.agent())} — ${r.pick(['approved', 'manual review', 'document blurry, re-request'])}\n`;
  },
  insurance_claim(X) {
    const { r, L } = X; X.cust = X.person(); const adj = X.agent();
    X.add`${X.brand} — First notice of loss\nClaim: ${X.lk('claim_number')}   Policy: ${X.lk('policy_number')}\nPolicyholder: ${X.N(X.cust)}\nContact: ${X.T()} / ${X.E(X.cust)}\nLoss location: ${X.A()}\nGPS: ${X.lk('coordinates')}\nWitness: ${X.N(X.person())}, ${X.T()}\nPayout account: ${X.iban(X.cc)}\nEstimated damage: ${X.lk('price')}\n\nNarrative (customer, ${X.lang}):\n${said(X, 'addr')}. ${said(X, 'door')}. ${said(X, 'callback')}.\n\nAdjuster ${X.N(adj)}: photos uploaded (${X.lk('hash')}); contractor portal login for site visit ${X.S('TEMPORARY_PASSWORD', 'cfg')} expires 48h.\n`;
  },
  bank_dispute(X) {
    const { r, L } = X; X.cust = X.person(); const ag = X.agent();
    X.add`DISPUTE ${X.lk('case_number')}  opened ${X.ts()}\nCardholder: ${X.N(X.cust)}   Card: ${X.card()}   Exp ${z(r.int(1, 12))}/${r.int(27, 31)}\nMerchant: ${r.pick(['SP * ZEN GADGETS', 'AMZN MKTP', 'UBER *TRIP', 'GOOGLE *Cloud'])}  Amount: ${X.lk('price')}  ARN ${r.digits(23)}\nReason code: ${r.pick(['10.4 Other Fraud', '13.1 Merchandise not received', '4837'])}\nRefund to: ${X.iban(X.cc)}\nCustomer statement: "${said(X, 'refund')} ${said(X, 'callback')}"\nTest auth (ignore): ${X.lk('vendor_test_card')}\nRejected entry: ${X.lk('invalid_card')}\nAgent: ${X.N(ag)}  Device IP at time of txn: ${X.IP()}\n`;
  },
  chargeback_case(X) {
    const { r } = X; X.cust = X.person();
    X.add`POST /hooks/chargebacks HTTP/1.1\nHost: payments-bridge\nStripe-Signature: t=${X.lk('timestamp')},v1=${X.lk('hash')}\nContent-Type: application/json\n\n{"id":"dp_${r.str(24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}","object":"dispute","amount":${r.int(500, 90000)},"currency":"${r.pick(['eur', 'usd', 'gbp'])}","reason":"${r.pick(['fraudulent', 'product_not_received', 'duplicate'])}",\n "evidence":{"customer_name":"${X.N(X.cust)}","customer_email_address":"${X.E(X.cust)}","billing_address":"${X.A()}","customer_purchase_ip":"${X.IP()}","shipping_tracking_number":"${X.lk('tracking_number')}","receipt":"${X.lk('invoice_number')}"},\n "payment_method_details":{"card":{"last4":"${r.digits(4)}","fingerprint":"${r.str(16, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')}"}}}\n\n# handler config (pasted by ${X.N(X.agent())} in #payments-oncall)\n`;
    X.put(X.config('env', 2, { kinds: ['STRIPE_WEBHOOK_SECRET', r.pick(['STRIPE_SECRET_KEY', 'STRIPE_RESTRICTED_KEY', 'ADYEN_API_KEY', 'BRAINTREE_ACCESS_TOKEN'])] }));
  },
  sim_porting(X) {
    const { r, L } = X; X.cust = X.person();
    X.add`${X.brand} · Port-out / SIM request ${X.lk('ticket_id')}\n${L.lbl.name}: ${X.N(X.cust)}\n${L.lbl.phone}: ${X.T()}\n${L.lbl.address}: ${X.A()}\n${L.lbl.email}: ${X.E(X.cust)}\n${L.lbl.pin}: ${X.S('ACCOUNT_PIN')}\nPort-out PIN: ${X.S('PORT_OUT_PIN')}\n${r.pick(['PAC', 'RIO', 'NIP'])}: ${X.S('PORTING_AUTH_CODE')}\nPUK1: ${X.S('SIM_PUK')}   PUK2: ${X.S('SIM_PUK')}\nVoicemail PIN: ${X.S('VOICEMAIL_PIN')}\nNew SIM shipping: ${X.lk('tracking_number')}\n\n${L.port}. ${said(X, 'callback')}\n\nAgent check (${X.N(X.agent())}): caller IP ${X.IP()} — ${r.pick(['matches', 'does not match'])} last login; fraud score ${r.int(1, 99)}.\n`;
  },
  utility_account(X) {
    const { r, L } = X; X.cust = X.person();
    X.add`${X.brand} — ${r.pick(['Kundenkonto', 'Customer account', 'Compte client', 'Cuenta'])} ${X.lk('crm_id')}\nAccount holder: ${X.N(X.cust)}\nSupply address: ${X.A()}\nMeter: ${X.lk('meter_number')}   Reading ${r.int(1000, 99999)} kWh on ${X.lk('date')}\nDirect debit: ${X.iban(X.cc)} (mandate ${X.lk('uuid')})\nPhone: ${X.T()}   Email: ${X.E(X.cust)}\nSmart-meter portal: user ${X.E(X.cust)} / ${X.S('USER_PASSWORD', 'cfg')}\nHome hub: ${said(X, 'wifi')}\nAccess note for engineer: ${said(X, 'door')}\nTariff ${r.pick(['Fix24', 'Öko Plus', 'Agile'])} ${X.lk('version')}, monthly ${X.lk('price')}\n`;
  },
  ecommerce_return(X) {
    const { r, L } = X; X.cust = X.person();
    X.add`RMA ${X.lk('order_number')} · ${X.brand}\nCustomer: ${X.N(X.cust)} <${X.E(X.cust)}>\nShip-from: ${X.A()}\nItems: ${X.lk('sku')} x${r.int(1, 3)}, ${X.lk('sku')} x1\nReturn label: ${X.lk('tracking_number')}\nRefund: ${X.lk('price')} as store credit → gift card ${X.S('GIFT_CARD_CODE', 'cfg')} (PIN ${X.S('GIFT_CARD_CODE', 'cfg')})\nCustomer message: "${said(X, 'refund')} ${said(X, 'callback')}"\nLocker drop-off ${r.pick(['Packstation', 'InPost', 'Amazon Hub'])} ${r.int(100, 999)}: pickup code ${X.S('PARCEL_LOCKER_PIN')}\nInternal: duplicate account from ${X.IP()}, original card ${X.lk('masked_card')}\n`;
  },
  travel_rebooking(X) {
    const { r, L } = X; X.cust = X.person(); const pax2 = X.person();
    X.add`Rebooking request — ${X.brand}\nFlight ${X.lk('flight_number')} on ${X.lk('date')} cancelled; moved to ${X.lk('flight_number')}.\nPassengers: ${X.N(X.cust)}, ${X.N(pax2)}\nPassport (US): ${X.passport()}\nContact: ${X.T()} · ${X.E(X.cust)}\nHotel voucher sent to ${X.A()}\nFare difference charged to ${X.card()} (${X.lk('price')})\nLoyalty login reset: temporary password ${X.S('TEMPORARY_PASSWORD', 'cfg')}\n${L.thanks}, ${X.F(X.cust)}\n`;
  },
  tenant_portal(X) {
    const { r, L } = X; X.cust = X.person(); const tech = X.agent();
    X.add`Maintenance request ${X.lk('ticket_id')} (tenant portal)\nTenant: ${X.N(X.cust)}, ${X.A()}\nPhone: ${X.T()}\nIssue: ${r.pick(['boiler not heating', 'leaking tap', 'intercom broken', 'mould in bathroom'])}\nAccess: ${said(X, 'door')}; ${L.lbl.pin} key safe ${X.S('KEY_SAFE_CODE')}; alarm ${X.S('ALARM_DISARM_CODE')}\nGate code ${X.S('GATE_CODE')} · ${said(X, 'wifi')}\nRent account: ${X.iban(X.cc)}\nAssigned contractor: ${X.N(tech)} ${X.T()}\nPhotos: ${X.lk('data_uri')}\n`;
  },
  school_frontdesk(X) {
    const { r, L } = X; X.cust = X.person(); const kid = X.person(); const t = X.agent();
    X.add`Front desk log — ${X.brand}\n${X.ts()}  Parent ${X.N(X.cust)} called (${X.T()}).\nStudent: ${X.N(kid)}, class ${r.int(1, 12)}${r.pick(['A', 'B', 'C'])}\nAuthorised pickup: ${X.N(X.person())} — pickup password ${X.S('SECURITY_ANSWER', 'cfg')}\nParent portal reset: ${X.E(X.cust)}, temp ${X.S('TEMPORARY_PASSWORD', 'cfg')}\nHome address on file: ${X.A()}\nMessage for ${X.N(t)}: ${said(X, 'callback')}\nLunch account top-up via ${X.lk('masked_card')}, receipt ${X.lk('invoice_number')}\n`;
  },
  clinic_frontdesk(X) {
    const { r, L } = X; X.cust = X.person(r.pick(['gb', 'gb', X.cult])); const doc = X.person('gb');
    X.add`${X.brand} — reception\nPatient: ${X.N(X.cust)}   NHS no: ${X.nhs()}   DOB ${z(r.int(1, 28))}/${z(r.int(1, 12))}/${r.int(1940, 2010)}\nAddress: ${X.A('GB')}\nMobile: ${X.T('GB')}  Email: ${X.E(X.cust)}\nGP: Dr ${X.N(doc)}\nPrescriber DEA (US locum): ${X.dea(doc.last)}\nAppointment ${X.ts()} — ${r.pick(['repeat prescription', 'blood test', 'physio'])}\nPatient portal: ${said(X, 'code')}\nRejected SSN entry (US visitor, typo): ${l('invalid_ssn', P.invalidSsn(r))}\nNext of kin: ${X.N(X.person('gb'))} ${X.T('GB')}\n`;
  },
  password_reset_chat(X) {
    const { r, L } = X; X.cust = X.person(); const ag = X.agent();
    X.add`Ticket ${X.lk('ticket_id')} · channel: ${r.pick(['chat', 'messenger', 'in-app'])} · ${X.ts()}\n\n`;
    const fmt = (cust, body) => [cust ? 'Customer' : 'Agent', ' (', cust ? X.F(X.cust) : X.F(ag), '): ', body, '\n'];
    X.put(fmt(true, [L.hi, '. ', L.cant, '. ', L.pw, ' ', X.S('USER_PASSWORD', 'cfg'), ' / ', X.S('USER_PASSWORD', 'cfg'), ' ?']));
    X.put(fmt(false, [L.verify]));
    X.put(fmt(true, [X.N(X.cust), ', ', X.E(X.cust), ', ', X.T()]));
    X.put(fmt(false, ['I sent a code to ', X.lk('redacted')]));
    X.put(fmt(true, [said(X, 'code')]));
    X.put(fmt(true, ['security question: ', X.S('SECURITY_ANSWER', 'cfg')]));
    X.put(fmt(true, [said(X, 'recovery')]));
    X.put(fmt(false, [L.solved, ' TOTP re-enrolled; new seed shown once: ', X.S('TOTP_SEED')]));
    X.put(fmt(true, [said(X, 'newpw')]));
    X.put(fmt(false, ['Please never share passwords. ', L.thanks]));
  },
  account_recovery_email(X) {
    const { r, L } = X; X.cust = X.person(); const ag = X.agent(); const dom = X.brand.toLowerCase().replace(/[^a-z]/g, '') + '.test';
    X.add`From: ${X.E(X.cust)}\nTo: recovery@${dom}\nSubject: ${r.pick(['Locked out', 'Konto gesperrt', 'Compte bloqué', 'アカウント復旧'])} ${X.lk('ticket_id')}\nReceived: from ${X.IP()} by mx1.${dom}\n\n${L.hi},\n${L.cant}.\n${L.lbl.name}: ${X.N(X.cust)}\n${L.lbl.phone}: ${X.T()}\nOld ${L.lbl.pw.toLowerCase()}: ${X.S('USER_PASSWORD', 'cfg')}\nMemorable word: ${X.S('SECURITY_ANSWER', 'cfg')}\nBackup codes I printed: ${X.S('RECOVERY_CODE')}, ${X.S('RECOVERY_CODE')}, ${X.S('RECOVERY_CODE')}, ${X.S('RECOVERY_CODE')}\nReset link that did not work: https://id.${dom}/reset?token=${X.S('PASSWORD_RESET_TOKEN', 'url')}&u=${X.lk('uuid')}\n${r.chance(0.5) ? ['Magic link: https://id.', dom, '/m/', X.S('MAGIC_LINK_TOKEN', 'url')] : ['Wallet backup phrase (do I need this?): ', X.S('WALLET_SEED_PHRASE')]}\n\n${X.N(X.cust)}\n${X.A()}\n`;
  },
  qa_review(X) {
    const { r } = X; const ag = X.agent(); const qa = X.agent(); X.cust = X.person();
    X.add`QA scorecard ${X.lk('uuid')} — call ${X.lk('ticket_id')}\nAgent: ${X.N(ag)}   Evaluator: ${X.N(qa)}   Team lead: ${X.N(X.agent())}\nCustomer: ${X.N(X.cust)} (${X.T()})\n\n| Criterion | Score | Comment |\n|---|---|---|\n| Greeting | ${r.int(1, 5)} | ok |\n| ID&V | ${r.int(0, 5)} | agent read back full card ${X.card()} — PCI breach |\n| Compliance | ${r.int(0, 5)} | customer PIN ${X.S('ACCOUNT_PIN')} typed into free-text notes |\n| Resolution | ${r.int(1, 5)} | refund ${X.lk('price')} |\n| Pause/resume | ${r.int(0, 1)} | recording not paused, DTMF ${X.lk('redacted')} |\n\nTotal ${r.int(40, 98)}% · calibrated ${X.lk('date')}\n`;
  },
  dsar_request(X) {
    const { r, L } = X; X.cust = X.person();
    X.add`Data subject access request ${X.lk('case_number')} (GDPR Art. 15)\nRequester: ${X.N(X.cust)}\nVerified email: ${X.E(X.cust)}   Alt: ${X.E(X.cust)}\nPostal: ${X.A()}\nPhone numbers found: ${X.T()}, ${X.T()}\nLogin IPs (90d): ${X.IP()}, ${X.IP()}, ${X.IP()}\nPayment instruments: ${X.lk('masked_card')}; ${X.iban(X.cc)}\nSystems searched: zendesk, crm, billing ${X.lk('version')}\nExport bundle sha256 ${X.lk('hash')} sent ${X.ts()}\nDPO: ${X.N(X.agent())}\n`;
  },
  fraud_alert(X) {
    const { r } = X; X.cust = X.person();
    X.add`[FRAUD] rule ${r.pick(['velocity_card_bin', 'sim_swap_then_reset', 'new_device_high_value'])} fired ${X.tick('iso', 45)}\nsubject: ${X.N(X.cust)} ${X.lk('crm_id')}\ncards tried: ${X.card()}, ${X.card()}, ${X.lk('invalid_card')}\nIBAN changed to ${X.iban()} (prev ${X.lk('invalid_iban')})\ncash-out wallet: ${X.btc()}\nIPs: ${X.IP()}, ${X.IP()} (tor exit?)\ndevice: ${X.lk('hash')}\ncontact: ${X.E(X.cust)} / ${X.T()}\nassigned: ${X.N(X.agent())}\n`;
  },
  tax_form_intake(X) {
    const { r } = X; X.cust = X.person('en'); const sp = X.person(r.pick(['mx', 'en', 'hi', 'vi', 'tl'])); const prep = X.agent();
    X.add`${X.brand} — intake sheet (season 2026) · file ${X.lk('case_number')}\nPreparer: ${X.N(prep)}  PTIN on file\n\nTaxpayer: ${X.N(X.cust)}   SSN ${X.ssn()}\nSpouse: ${X.N(sp)}   ITIN ${X.itin()} (W-7 renewal, expired ITIN ${X.itin()})\nAddress: ${X.A('US')}\nPhone ${X.T('US')} · email ${X.E(X.cust)}\nID seen: DL ${X.dl()} / passport ${X.passport()}\n\nDependents\n`;
    for (let i = 0; i < r.int(1, 3); i++) { const d = X.person(sp.cult); X.add`  - ${X.N(d)}, born ${r.int(2008, 2024)}, ${r.chance(0.5) ? ['ITIN ', X.itin()] : ['SSN ', X.ssn()]}\n`; }
    X.add`\nRefund by direct deposit: routing ${P.abaRouting(r)} account ${X.bank()} (checking)\nBalance due from: account ${X.bank()} (savings)\nIRS IP PIN: ${X.S('ACCOUNT_PIN')}\nPortal: ${X.E(X.cust)} / ${X.S('USER_PASSWORD', 'cfg')}\nPrior-year AGI ${l('price', '$' + r.int(18, 160) + ',' + r.digits(3))} · e-file id ${X.lk('request_id')} · rejected SSN typed by client ${X.lk('invalid_ssn')}\n`;
  },
  pharmacy_callback(X) {
    const { r } = X; const ph = X.agent();
    X.add`${X.brand} pharmacy — prescription callbacks ${X.lk('date')}\nPharmacist on duty: ${X.N(ph)}\n\n`;
    for (let i = 0; i < r.int(3, 5); i++) {
      const pt = X.person(r.pick(['gb', 'gb', 'en', 'hi', 'pl'])); const doc = X.person(r.pick(['en', 'gb'])); X.cust = pt;
      X.add`${i + 1}. ${X.N(pt)} · ${r.chance(0.6) ? ['NHS ', X.nhs()] : ['DOB ', `${z(r.int(1, 28))}/${z(r.int(1, 12))}/${r.int(1940, 2010)}`]} · ${X.T(r.pick(['GB', 'US']))}\n   Rx ${X.lk('order_number')} ${r.pick(['oxycodone 5mg', 'sertraline 50mg', 'methylphenidate 18mg', 'amoxicillin 500mg'])} — prescriber Dr ${X.N(doc)}, DEA ${X.dea(doc.last)}\n   ${r.pick([() => ['Left voicemail on ', X.T(r.pick(['GB', 'US']))], () => ['Delivery to ', X.A(r.pick(['GB', 'US']))], () => ['Patient will collect, ', r.pick(['after 3pm', 'tomorrow', 'Saturday'])], () => ['Insurance rejected, called back on ', X.T(r.pick(['GB', 'US']))]])()}\n`;
    }
    X.add`\nAudit: ${X.lk('uuid')} · controlled-drug register page ${r.int(10, 300)}\n`;
  },
  voicemail_transcripts(X) {
    const { r, L } = X;
    X.add`Voicemail inbox — ${X.brand} back office — ${X.ts()}\n\n`;
    for (let i = 0; i < r.int(4, 7); i++) { const c = X.person(); X.cust = c; X.add`#${i + 1} from ${X.T()} (${r.int(8, 95)}s): "${L.hi}, ${r.pick(['this is', 'hier ist', "c'est", 'soy', 'aqui é'])} ${X.N(c)}. ${said(X, r.pick(['callback', 'pin', 'addr', 'code', 'door']))}"\n`; }
  },
  sms_log(X) {
    const { r } = X;
    X.add`timestamp,to,from,template,body,status,provider_msg_id\n`;
    for (let i = 0; i < r.int(9, 14); i++) {
      const k = r.int(0, 3); X.add`${X.tick('iso', 45)},${X.T()},${X.brand.split(' ')[0].toUpperCase()},`;
      if (k === 0) X.add`otp_login,"Your code is ${X.S('ONE_TIME_CODE')}. Never share it.",delivered,`;
      else if (k === 1) X.add`porting,"Your port-out PIN is ${X.S('PORT_OUT_PIN')}",delivered,`;
      else if (k === 2) X.add`parcel,"Locker ${r.int(1, 99)} code ${X.S('PARCEL_LOCKER_PIN')} tracking ${X.lk('tracking_number')}",sent,`;
      else X.add`reset,"Temporary password: ${X.S('TEMPORARY_PASSWORD', 'cfg')}",failed,`;
      X.add`${X.lk('request_id')}\n`;
    }
  },
};
export const CX_KINDS = Object.keys(CX);
