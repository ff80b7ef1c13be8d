// Communication, directory, calendar, clinical and EDI documents.
import { T, P, S, L, flat, text, mapText, jsonEsc } from './frag.mjs';
import { J, Y, F, RAW, XT, N } from './emit.mjs';
import { fill, lines, stamp } from './kutil.mjs';
import { basicAuth, password, secretValue } from './secrets.mjs';
import { ascii } from './people.mjs';
import { langFor } from './text.mjs';

const rfcDate = (c) => { const r = c.r; return L('timestamp', `${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${r.int(1, 28)} ${r.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])} ${r.int(2023, 2026)} ${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')} ${r.pick(['+0000', '+0100', '+0200', '-0500', '+0900', '+0530'])}`); };
function secretShare(c, lang) { const r = c.r; const k = r.int(0, 3); if (k === 0) return T`${c.say(lang, 'pw')} ${c.pw(r.pick(['USER_PASSWORD', 'ADMIN_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD', 'WIFI_PSK']))}`; const s = c.sec(); return T`${r.pick(['token', 'key', 'API key', 'Schlüssel', 'clé', 'clave', 'キー', '密钥'])} (${s.key}): ${s.span}`; }
export function greet(c, lang, nameSpan) { const t = c.say(lang, 'hi', '\u0000'); const [a, b] = t.split('\u0000'); return [a, nameSpan, b ?? '']; }
const PAYPHRASE = { de: ['Bitte überweisen Sie den Betrag von', 'auf'], fr: ['Merci de virer la somme de', 'sur le compte'], es: ['Por favor transfiera', 'a la cuenta'], pt: ['Favor transferir', 'para a conta'], it: ['Si prega di bonificare', 'sul conto'], nl: ['Gelieve', 'over te maken naar'] };
function signature(c, p, dom, lang) {
  const r = c.r; const a = c.addr(p); const out = ['-- \n', c.name(p, r.pick(['full', 'full', 'latin'])), '\n'];
  out.push(r.pick(['Customer Success', 'Buchhaltung', 'Service client', 'Atención al cliente', 'IT Operations', '総務部', 'Praxisteam']), ' | ', c.org()[0], '\n');
  out.push(...T`${r.pick(['T', 'Tel.', 'Phone', 'Tél.', 'TEL'])}: ${c.phone(p)}${r.chance(0.4) ? c.ext(lang) : ''}\n`);
  if (r.chance(0.5)) out.push(...T`${r.pick(['M', 'Mobil', 'Cell', 'Port.'])}: ${c.phone(p)}\n`);
  out.push(...T`${c.email(p, dom)}\n`, ...c.addrLine(a, r.chance(0.6), r.chance(0.4)), '\n');
  return out;
}

export function email_rfc822(c) {
  const r = c.r; const [org, dom] = c.org(); const from = c.person(); const to = c.person(); const lang = r.chance(0.6) ? langFor(from.country) : c.lang();
  const fe = c.emailStr(from, dom); const te = c.emailStr(to);
  const bnd = c.lk('mime_boundary');
  const out = [...T`Return-Path: <${P('EMAIL_ADDRESS', fe)}>\nReceived: from mail.${dom} (mail.${dom} [${c.ip()}])\n\tby mx1.corp.example with ESMTPS id ${c.lk('request_id')}\n\tfor <${P('EMAIL_ADDRESS', te)}>; ${rfcDate(c)}\nMessage-ID: ${c.lk('message_id')}\nDate: ${rfcDate(c)}\nFrom: "${c.name(from)}" <${P('EMAIL_ADDRESS', fe)}>\nTo: ${c.name(to)} <${P('EMAIL_ADDRESS', te)}>\n`];
  if (r.chance(0.5)) { const cc = c.person(); out.push(...T`Cc: ${c.name(cc)} <${c.email(cc, dom)}>\n`); }
  out.push(...T`Subject: ${r.pick(['Re: ', 'AW: ', 'TR: ', 'RE: ', 'Fwd: ', ''])}${r.pick(['Zugangsdaten', 'Contact update', 'Your order', 'Rechnung', 'Dossier patient', '連絡先の変更', 'Acceso al portal', 'Onboarding'])} ${c.lk('order_number')}\n`);
  out.push('MIME-Version: 1.0\n', ...T`Content-Type: multipart/alternative; boundary="${bnd}"\n\n--${L('mime_boundary', bnd.v)}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n`);
  out.push(...greet(c, lang, r.chance(0.6) ? c.given(to) : c.name(to, 'full')), '\n\n');
  out.push(c.say(lang, 's'), ' ', c.say(lang, 's'), '\n\n');
  const k = r.int(0, 4);
  if (k === 0) out.push(...secretShare(c, lang), '\n');
  if (k === 1) { const a = c.addr(to); out.push(...T`${c.say(lang, 'addr')} ${c.addrLine(a)}\n`); }
  if (k === 2) out.push(...T`${c.say(lang, 'call')} ${c.phone(from)}\n`);
  if (k === 3) out.push(...T`${r.pick(['USt-IdNr.', 'VAT no.', 'N° TVA', 'NIF-IVA'])}: ${c.lk('vat_number')}\nIBAN: ${c.iban(null, true)}  BIC: ${c.lk('bic')}\n${r.pick(['Betrag', 'Amount', 'Montant', 'Importe'])}: ${c.lk('price')} / Ref. ${c.lk('invoice_number')}\n`);
  if (k === 4) out.push(...T`${c.say(lang, 'pw')} ${c.pw('USER_PASSWORD')}\n${c.say(lang, 'call')} ${c.phone(from)}\n`);
  out.push('\n', c.say(lang, 'bye'), '\n', ...signature(c, from, dom, lang));
  if (r.chance(0.5)) { out.push(...T`\n> On ${rfcDate(c)}, ${c.name(to)} <${P('EMAIL_ADDRESS', te)}> wrote:\n> ${c.say(langFor(to.country), 's')}\n> ${c.say(langFor(to.country), 'call')} ${c.phone(to)}\n`); }
  out.push(...T`\n--${L('mime_boundary', bnd.v)}--\n`);
  return out;
}

export function chat_export(c) {
  const r = c.r; const ppl = Array.from({ length: r.int(2, 4) }, () => c.person()); const v = r.int(0, 2); const lang = r.chance(0.5) ? langFor(ppl[0].country) : 'en';
  const msg = () => { const k = r.int(0, 8); const p = r.pick(ppl); const o = r.pick(ppl);
    if (k === 0) return secretShare(c, lang); if (k === 1) return T`${c.say(lang, 'call')} ${c.phone(p)}`; if (k === 2) return T`${c.say(lang, 'addr')} ${c.addrLine(c.addr(o), r.chance(0.5))}`;
    if (k === 3) return T`${r.pick(['can you send', 'bitte überweisen an', 'virement sur', 'manda para'])} ${c.iban()} (${c.name(o)})`; if (k === 4) return T`${r.pick(['BTC to', 'wallet:', 'send the deposit to'])} ${c.btc()}`;
    if (k === 5) return r.chance(0.6) ? T`${r.pick(['deploy done', 'build green', 'rolled back'])} ${c.lk('short_sha')} (${c.lk('version')})` : r.pick([() => T`${r.pick(['IMEI of the lost phone:', 'IMEI vom verlorenen Handy:'])} ${c.lk('imei')}`, () => T`${r.pick(['meet here', 'treffpunkt', 'on est ici'])} ${c.lk('coordinates')}`, () => T`SIM ${c.lk('iccid')} ${r.pick(['is blocked', 'gesperrt'])}`, () => T`${r.pick(['the book', 'das Buch'])}: ISBN ${c.lk('isbn')}`])(); if (k === 6) return T`${c.say(lang, 's')} ${c.email(o)}`;
    if (k === 7) return T`${r.pick(['ticket', 'order', 'Auftrag'])} ${c.lk(r.pick(['order_number', 'tracking_number', 'invoice_number']))} ${r.pick(['is stuck', 'hängt', 'bloqué'])}`; return c.say(lang, 's'); };
  if (v === 0) {
    const users = ppl.map((p) => ({ id: 'U' + r.str(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), p }));
    const mk = () => { const u = r.pick(users); return { client_msg_id: c.lk('uuid'), type: 'message', user: u.id, text: F(msg()), ts: L('timestamp', `${r.int(1690000000, 1780000000)}.${r.digits(6)}`), user_profile: { real_name: c.name(u.p, 'full'), display_name: c.user(u.p), team: 'T' + r.str(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') } }; };
    return fill(c, mk, (ms) => J(ms, { indent: 4 }), 900, 3600, 2);
  }
  if (v === 1) return fill(c, () => { const p = r.pick(ppl); const st = stamp(r); return T`[${L('timestamp', `${st.h}:${st.mi}`)}] ${c.name(p, 'full')}: ${msg()}\n`; }, (x) => [`# Teams chat export – ${ppl.length} participants\n`, ...x.flat()], 500, 3000, 3);
  return fill(c, () => { const p = r.pick(ppl); const st = stamp(r); return T`${L('date', `${st.d}/${st.mo}/${st.y}`)}, ${st.h}:${st.mi} - ${c.name(p, 'full')}: ${msg()}\n`; }, (x) => x.flat(), 500, 3000, 3);
}

export function ticket(c) {
  const r = c.r; const [org, dom] = c.org(); const cust = c.person(); const agent = c.person(); const lang = r.chance(0.5) ? langFor(cust.country) : 'en';
  if (r.chance(0.5)) {
    const t = { id: r.int(10000, 999999), url: `https://support.${dom}/api/v2/tickets/${r.int(10000, 99999)}.json`, subject: F(T`${r.pick(['Cannot log in', 'Wrong address on invoice', 'Refund request', 'Kontodaten ändern', 'Problème de livraison'])} - ${c.lk('order_number')}`), status: c.lk('enum_value'), priority: r.pick(['low', 'normal', 'high', 'urgent']),
      requester: { name: c.name(cust), email: c.email(cust), phone: c.phone(cust), locale: langFor(cust.country) }, assignee: { name: c.name(agent, 'full'), email: c.email(agent, dom) }, created_at: c.lk('timestamp'), via: { channel: r.pick(['email', 'web', 'voice']), source: { from: { address: c.email(cust) } } },
      comments: [{ author: c.name(cust), body: F(T`${c.say(lang, 's')} ${c.say(lang, 'addr')} ${c.addrLine(c.addr(cust))}. ${c.say(lang, 'call')} ${c.phone(cust)}`), created_at: c.lk('timestamp') }, { author: c.name(agent, 'full'), body: F(T`${c.say(lang, 's')} ${secretShare(c, lang)}`), public: false, created_at: c.lk('timestamp') }],
      custom_fields: [{ id: r.int(100000, 999999), value: c.lk('crm_id') }, { id: r.int(100000, 999999), value: r.chance(0.5) ? c.card(null, 1) : c.lk('masked_value') }] };
    if (r.chance(0.4)) t.custom_fields.push({ id: r.int(100000, 999999), value: c.ssn() });
    return J({ ticket: t }, { indent: 2 });
  }
  const key = `${r.pick(['SUP', 'OPS', 'HELP', 'CS'])}-${r.int(100, 9999)}`;
  const out = [...T`${key}: ${r.pick(['Customer cannot reset password', 'Duplicate customer record', 'Leaked credentials in log', 'Incorrect shipping address'])}\nReporter: ${c.name(agent)} (${c.email(agent, dom)})\nAssignee: ${c.name(c.person())}\nPriority: ${r.pick(['P1', 'P2', 'P3'])}   Status: ${c.lk('enum_value')}\nCreated: ${c.lk('timestamp')}\nAffects: ${c.lk('version')}\n\nDescription:\nCustomer ${c.name(cust)} (${c.email(cust)}, ${c.phone(cust)}) reports: ${c.say('en', 's')}\n`];
  out.push(...T`Account: ${c.lk('crm_id')}   Last IP: ${c.ip()}\n\n{code}\n${c.lk('timestamp')} ERROR auth failed for ${c.user(cust)} token=${c.sec().span}\n{code}\n\nComments:\n`);
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) { const a = c.person(); out.push(...T`  ${c.name(a)} — ${c.lk('timestamp')}\n  ${c.say(langFor(a.country), 's')}${r.chance(0.4) ? T` ${c.say(langFor(a.country), 'call')} ${c.phone(a)}` : ''}\n`); }
  if (r.chance(0.3)) out.push(...T`\nInline image: ${c.lk('data_uri')}\n`);
  out.push(...T`\nAttachments: har-${c.lk('short_sha')}.json (sha256 ${c.lk('hash')})\n`);
  return out;
}

export function markdown_doc(c) {
  const r = c.r; const [org, dom] = c.org(); const svc = r.pick(['Payments API', 'Patient Portal', 'CRM Sync', 'Warehouse Scanner']);
  const out = [`# ${svc} — Runbook\n\n`, ...T`![version](https://badges.${dom}/v/${c.lk('version')}) ![build](https://ci.${dom}/b/${c.lk('build_number')})\n\n## Contacts\n\n| Name | Role | Phone | Email |\n|------|------|-------|-------|\n`];
  for (let i = 0; i < r.int(2, 5); i++) { const p = c.person(); out.push(...T`| ${c.name(p)} | ${r.pick(['Primary on-call', 'Secondary', 'DBA', 'Product owner', 'Security'])} | ${c.phone(p)}${r.chance(0.3) ? c.ext('en') : ''} | ${c.email(p, dom)} |\n`); }
  const sx = c.sec(); out.push('\n## Connecting\n\n```bash\n', ...T`export ${sx.keyOf('SNAKE').replace(/[^A-Z0-9_]/g, '_')}=${sx.span}\n`, ...T`psql "${c.lk('env_reference')}"\n`, '```\n\n');
  out.push('Staging credentials (rotate after the migration!):\n\n```yaml\n');
  const s1 = c.sec(), s2 = c.sec(); out.push(...T`${s1.keyOf('snake')}: ${s1.span}\n${s2.keyOf('snake')}: ${s2.span}\nexample_key: ${c.lk('aws_example_key')}\nplaceholder: ${c.lk('placeholder')}\n`, '```\n\n');
  out.push('## Known issues\n\n', ...T`- Release ${c.lk('version')} (commit ${c.lk('short_sha')}) breaks CSV import for rows with ${L('column_name', 'iban')} set.\n- Trace ${c.lk('trace_id')} shows the timeout.\n- Test card ${c.lk('vendor_test_card')} is declined in sandbox; ${c.lk('invalid_card')} fails Luhn on purpose.\n- Validator fixtures: IBAN ${c.lk('invalid_iban')}, SSN ${c.lk('invalid_ssn')} and NHS ${c.lk('invalid_nhs')} must be rejected.\n- Office map pin: ${c.lk('coordinates')}; reference book ISBN ${c.lk('isbn')}.\n`);
  if (r.chance(0.5)) { const p = c.person(); out.push(...T`\n## Office\n\n${c.addrLine(c.addr(p))}\nReception: ${c.phone(p)}\n`); }
  return out;
}

export function prose_letter(c) {
  const r = c.r; const from = c.person(); const to = c.person(r.chance(0.5) ? from.cul : undefined); const lang = langFor(to.country); const org = c.org();
  const fa = c.addr(from), ta = c.addr(to);
  const out = [...T`${c.name(from)}\n${c.addrLine(fa, true, true)}\n${c.phone(from)} · ${c.email(from)}\n\n${c.name(to)}\n${c.addrLine(ta, true, true)}\n\n${c.lk('date')}\n\n`];
  out.push(...greet(c, lang, c.name(to, 'full')), '\n\n', c.say(lang, 's'), ' ', c.say(lang, 's'), '\n');
  const k = r.int(0, 3);
  if (k === 0) { out.push(...T`\n${org[0]} · ${r.pick(['USt-IdNr.', 'VAT', 'TVA', 'P.IVA'])} ${c.lk('vat_number')}\n`); const pp = PAYPHRASE[lang] || ['Please transfer', 'to']; out.push(...T`\n${pp[0]} ${c.lk('price')} ${pp[1]} IBAN ${c.iban(null, true)} (${c.lk('bic')}), Ref. ${c.lk('invoice_number')}.\n`); }
  if (k === 1) out.push(...T`\nSSN: ${c.ssn()} · ${r.pick(['Passport', 'Passport No.'])}: ${c.passport()} · ${r.pick(["Driver's license", 'DL'])}: ${c.dl().span}\n`);
  if (k === 2) out.push(...T`\n${c.say(lang, 'call')} ${c.phone(from)}${c.ext(lang)}.\n`);
  if (k === 3) out.push(...T`\nBTC: ${c.btc()} — ${c.say(lang, 'pw')} ${c.pw('USER_PASSWORD')}\n`);
  out.push('\n', c.say(lang, 'bye'), '\n', c.name(from, 'full'), '\n');
  return out;
}

const vEsc = (f) => mapText(flat(f), (s) => s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;'));
export function vcard(c) {
  const r = c.r; const v4 = r.chance(0.4);
  const mk = () => {
    const p = c.person(); const a = c.addr(p); const out = ['BEGIN:VCARD\n', `VERSION:${v4 ? '4.0' : '3.0'}\n`, 'N:', ...vEsc(c.family(p)), ';', ...vEsc(c.given(p)), ';;;\n', 'FN:', ...vEsc(c.name(p, 'full')), '\n'];
    if (p.kana) out.push('X-PHONETIC-LAST-NAME:', P('PERSON', p.familyK), '\nX-PHONETIC-FIRST-NAME:', P('PERSON', p.givenK), '\n');
    out.push(`ORG:${c.org()[0]}\n`, ...T`TEL;TYPE=${v4 ? 'cell' : 'CELL'}:${c.phone(p)}\n`);
    if (r.chance(0.6)) out.push(...T`TEL;TYPE=WORK,VOICE:${c.phone(p)}\n`);
    out.push(...T`EMAIL;TYPE=INTERNET:${c.email(p)}\n`, 'ADR;TYPE=HOME:;;', ...vEsc(c.loc(a.street)), ';', ...vEsc(c.loc(a.city)), ';', ...(a.region ? vEsc(c.loc(a.region)) : []), `;${a.postcode};`, ...vEsc(c.loc(a.countryEn)), '\n');
    if (r.chance(0.5)) out.push(`BDAY:${c.dob()}\n`);
    if (r.chance(0.3)) out.push('NOTE:', ...vEsc(T`${c.say(langFor(p.country), 's')}`), '\n');
    out.push(...T`UID:urn:uuid:${c.lk('uuid')}\nREV:${c.lk('timestamp')}\n`, 'END:VCARD\n'); return out;
  };
  return fill(c, mk, (x) => x.flat(), 700, 3600, 1);
}

export function ical(c) {
  const r = c.r; const org = c.person(); const [, dom] = c.org();
  const mk = () => {
    const st = stamp(r); const a = c.addr(org); const out = ['BEGIN:VEVENT\n', ...T`UID:${c.lk('uuid')}\nDTSTAMP:${L('timestamp', `${st.y}${st.mo}${st.d}T${st.h}${st.mi}${st.s}Z`)}\nDTSTART;TZID=${r.pick(['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Europe/Paris'])}:${L('timestamp', `${st.y}${st.mo}${st.d}T${st.h}0000`)}\nSUMMARY:${r.pick(['Onboarding', 'Quarterly review', 'Kundentermin', 'Réunion fournisseur', 'Follow-up visit'])}\nORGANIZER;CN="${c.name(org, 'full')}":mailto:${c.email(org, dom)}\n`];
    for (let i = 0; i < r.int(1, 3); i++) { const p = c.person(); out.push(...T`ATTENDEE;CN=${c.name(p, 'full')};ROLE=REQ-PARTICIPANT;PARTSTAT=${r.pick(['ACCEPTED', 'NEEDS-ACTION', 'TENTATIVE'])}:mailto:${c.email(p)}\n`); }
    out.push('LOCATION:', ...vEsc(c.addrLine(a, false)), '\n');
    out.push(...T`DESCRIPTION:Dial-in ${c.anyPhone()} PIN ${r.int(100000, 999999)}#\\n${c.say(c.lang(), 's')}\n`, 'END:VEVENT\n'); return out;
  };
  return fill(c, mk, (x) => ['BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Corp//Calendar 7.2//EN\nMETHOD:REQUEST\n', ...x.flat(), 'END:VCALENDAR\n'], 700, 3600, 1);
}

export function ldif(c) {
  const r = c.r;
  if (r.chance(0.4)) { // PowerShell Get-ADUser output (UTF-8)
    const mk = () => { const p = c.person(); const u = c.user(p);
      return T`\nDistinguishedName : CN=${c.name(p, 'full')},OU=Users,DC=corp,DC=example\nEnabled           : ${r.pick(['True', 'False'])}\nGivenName         : ${c.given(p)}\nSurname           : ${c.family(p)}\nDisplayName       : ${c.name(p, 'lastFirst')}\nSamAccountName    : ${u}\nUserPrincipalName : ${P('EMAIL_ADDRESS', u.v + '@corp.example')}\nmobile            : ${c.phone(p)}\nObjectGUID        : ${c.lk('uuid')}\nSID               : ${c.lk('windows_sid')}\nwhenCreated       : ${L('timestamp', `${r.int(1, 12)}/${r.int(1, 28)}/${r.int(2015, 2025)} ${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')} ${r.pick(['AM', 'PM'])}`)}\n`; };
    return fill(c, mk, (x) => ['PS C:\\> Get-ADUser -Filter * -SearchBase "OU=Users,DC=corp,DC=example" -Properties mobile,whenCreated\n', ...x.flat()], 800, 3600, 1);
  }
  const mk = () => {
    const p = c.person(); const g = ascii(p.givenL), f = ascii(p.familyL); const u = c.user(p); const a = c.addr(p); const street = ascii(a.street), city = ascii(a.city);
    const hash = '{SSHA}' + r.bytes(24).toString('base64');
    const out = [...T`dn: uid=${u},ou=people,dc=corp,dc=example\nobjectClass: inetOrgPerson\nobjectClass: posixAccount\nuid: ${P('PERSON', u.v)}\ncn: ${P('PERSON', g + ' ' + f)}\ngivenName: ${P('PERSON', g)}\nsn: ${P('PERSON', f)}\nmail: ${c.email(p, 'corp.example')}\ntelephoneNumber: ${c.phone(p)}\n`];
    if (r.chance(0.5)) out.push(...T`street: ${P('LOCATION', street)}\nl: ${P('LOCATION', city)}\npostalCode: ${a.postcode}\nc: ${a.cc}\n`);
    out.push(...T`uidNumber: ${r.int(1000, 60000)}\nemployeeNumber: ${c.lk('counter')}\nuserPassword:: ${S('PASSWORD_HASH', Buffer.from(hash).toString('base64'), { decoded: hash })}\nobjectGUID:: ${c.lk('guid_base64')}\nmodifyTimestamp: ${L('timestamp', stamp(r).compact + 'Z')}\n`);
    if (r.chance(0.4)) { const m = c.person(); out.push(...T`manager: uid=${c.user(m)},ou=people,dc=corp,dc=example\n`); }
    out.push('\n'); return out;
  };
  return fill(c, mk, (x) => ['# extended LDIF\n#\n# LDAPv3\n# base <ou=people,dc=corp,dc=example> with scope subtree\n# filter: (objectClass=inetOrgPerson)\n#\n\n', ...x.flat(), `# search result\nsearch: 2\nresult: 0 Success\n`], 800, 3600, 1);
}

const h7 = (f) => mapText(flat(f), (s) => s.replace(/\\/g, '\\E\\').replace(/\|/g, '\\F\\').replace(/\^/g, '\\S\\').replace(/&/g, '\\T\\').replace(/~/g, '\\R\\'));
export function hl7_v2(c) {
  const r = c.r; const uk = r.chance(0.3); const st = stamp(r);
  const p = uk ? c.person(r.pick(['en_GB', 'cy_GB', 'en_IN', 'yo_NG', 'pl_PL'])) : c.person(r.pick(['en_US', 'es_MX', 'vi_VN', 'zh_CN', 'ar_EG', 'ko_KR', 'fil_PH']));
  const a = c.addr(uk ? 'GB' : 'US'); const doc = c.person(r.pick(['en_US', 'en_IN', 'de_DE', 'ko_KR', 'he_IL']));
  const nk = c.person(p.cul);
  const out = [...T`MSH|^~\\&|${r.pick(['EPIC', 'CERNER', 'MEDITECH'])}|${r.pick(['NWH', 'CEDAR', 'STLUC'])}|LAB|HUB|${L('timestamp', st.compact)}||${r.pick(['ADT^A04', 'ADT^A08', 'ORM^O01', 'ORU^R01'])}|${c.lk('hl7_control_id')}|P|2.5.1\n`, ...T`EVN|A04|${L('timestamp', st.compact)}\n`];
  const ids = uk ? T`${r.digits(7)}^^^NWH^MR~${c.nhs('')}^^^NHS^NH` : T`${r.digits(7)}^^^NWH^MR~${c.ssn('-')}^^^SSA^SS`;
  out.push(...T`PID|1||${ids}||${h7(c.family(p))}^${h7(c.given(p))}^^^^^L||${c.dob().replace(/-/g, '')}|${r.pick(['F', 'M'])}|||${h7(c.loc(a.street))}^^${h7(c.loc(a.city))}^${a.region ? h7(c.loc(a.region)) : ''}^${a.postcode}^${a.cc}^H||${c.phone(uk ? 'GB' : 'US')}^PRN^PH~^NET^Internet^${c.email(p)}||${r.pick(['EN', 'ES', 'VI', 'ZH'])}|M|||${uk ? '' : c.ssn('')}|${uk ? '' : T`${c.dl('CA').span}^CA`}\n`);
  out.push(...T`NK1|1|${h7(c.family(nk))}^${h7(c.given(nk))}|${r.pick(['SPO', 'MTH', 'CHD'])}||${c.phone(uk ? 'GB' : 'US')}\n`);
  out.push(...T`PV1|1|O|CLIN^${r.int(100, 420)}^A||||${c.dea(doc.familyL)}^${h7(c.family(doc, true))}^${h7(c.given(doc, true))}^^^DR^^^DEA|||||||||||${c.lk('counter')}\n`);
  if (r.chance(0.7)) out.push(...T`ORC|NW|${c.lk('order_number')}|||||||${L('timestamp', st.compact)}|||${c.dea(doc.familyL)}^${h7(c.family(doc, true))}^${h7(c.given(doc, true))}\n`);
  for (let i = 0; i < r.int(1, 4); i++) out.push(...T`OBX|${i + 1}|NM|${c.lk('loinc_code')}^${r.pick(['Glucose', 'Creatinine', 'Hemoglobin A1c', 'Potassium'])}^LN||${r.int(3, 180)}|${r.pick(['mg/dL', '%', 'mmol/L'])}|||||F\n`);
  if (r.chance(0.5)) out.push(...T`DG1|1||${c.lk('icd10_code')}^${r.pick(['Type 2 diabetes', 'Hypertension', 'Asthma'])}^I10\n`);
  if (r.chance(0.4)) out.push(...T`IN1|1|${r.pick(['BCBS', 'AETNA', 'MEDICARE'])}|${c.lk('crm_id')}|||||||||||||${h7(c.family(p))}^${h7(c.given(p))}|01|${c.dob().replace(/-/g, '')}|||||||||||||||||${c.bank()}\n`);
  return out;
}

export function fhir_json(c) {
  const r = c.r; const us = r.chance(0.6); const p = c.person(); const a = c.addr(us ? 'US' : 'GB'); const dr = c.person();
  const idents = us ? [{ system: 'urn:oid:2.16.840.1.113883.4.1', value: c.ssn() }, { system: 'urn:x-us-passport', value: c.passport() }] : [{ system: 'urn:oid:2.16.840.1.113883.2.1.4.1', value: c.nhs() }];
  if (us && r.chance(0.5)) { const d = c.dl(); idents.push({ system: `urn:x-us-dl:${d.state}`, value: d.span }); }
  const patient = { resourceType: 'Patient', id: c.lk('uuid'), meta: { versionId: String(r.int(1, 9)), lastUpdated: c.lk('timestamp') }, identifier: idents, name: [{ use: 'official', family: c.family(p), given: [c.given(p)] }], telecom: [{ system: 'phone', value: c.phone(us ? 'US' : 'GB'), use: 'mobile' }, { system: 'email', value: c.email(p) }], gender: r.pick(['female', 'male', 'other']), birthDate: c.dob(), address: [{ use: 'home', line: [c.loc(a.street)], city: c.loc(a.city), state: a.region ? c.loc(a.region) : undefined, postalCode: a.postcode, country: a.cc }] };
  if (!patient.address[0].state) delete patient.address[0].state;
  const pract = { resourceType: 'Practitioner', id: c.lk('uuid'), identifier: [{ system: 'urn:x-dea', value: c.dea(dr.familyL) }, { system: 'urn:oid:2.16.840.1.113883.4.6', value: c.lk('npi') }], name: [{ prefix: ['Dr.'], family: c.family(dr), given: [c.given(dr)] }], telecom: [{ system: 'phone', value: c.phone(dr), use: 'work' }] };
  const med = { resourceType: 'MedicationRequest', id: c.lk('uuid'), status: 'active', medicationCodeableConcept: { coding: [{ system: 'urn:x-ndc', code: c.lk('ndc_code') }] }, subject: { reference: F(T`Patient/${L('uuid', patient.id.v)}`) }, authoredOn: c.lk('timestamp'), requester: { display: c.name(dr) } };
  const entries = [patient, pract, med].map((res) => ({ fullUrl: F(T`urn:uuid:${c.lk('uuid')}`), resource: res }));
  if (r.chance(0.4)) entries.push({ fullUrl: F(T`urn:uuid:${c.lk('uuid')}`), resource: { resourceType: 'Coverage', id: c.lk('uuid'), subscriberId: c.lk('crm_id'), payor: [{ display: r.pick(['Northwind Mutual', 'Cedar Health Plan']) }], beneficiary: { display: c.name(p) } } });
  return J({ resourceType: 'Bundle', id: c.lk('uuid'), type: 'searchset', total: entries.length, entry: entries }, { indent: r.pick([2, 2, 0]) });
}

export function edi_x12(c) {
  const r = c.r; const st = stamp(r); const W = (s, n) => (s + ' '.repeat(n)).slice(0, n); const ctl = c.lk('edi_control_number');
  const sec = S('EDI_SECURITY_INFORMATION', secretValue(r, 'EDI_SECURITY_INFORMATION'));
  const sender = W('SENDER' + r.int(10, 99), 15), recv = W(r.pick(['ACMELOG', 'KESTREL', 'LUMENRTL']), 15);
  const out = [...T`ISA*00*          *01*${sec}*ZZ*${sender}*ZZ*${recv}*${st.y % 100}${st.mo}${st.d}*${st.h}${st.mi}*U*00401*${ctl}*0*P*>~\n`, ...T`GS*PO*${sender.trim()}*${recv.trim()}*${st.y}${st.mo}${st.d}*${st.h}${st.mi}*${r.int(1, 9999)}*X*004010~\nST*850*0001~\nBEG*00*SA*${c.lk('order_number')}**${st.y}${st.mo}${st.d}~\n`];
  const buyer = c.person('en_US'); out.push(...T`PER*BD*${c.name(buyer, 'full')}*TE*${c.phone('US', 1)}*EM*${c.email(buyer)}~\n`);
  for (const role of ['ST', 'BT']) { const p = c.person(r.pick(['en_US', 'es_MX', 'fr_CA'])); const cc = p.country === 'MX' ? 'MX' : p.country === 'CA' ? 'CA' : 'US'; const a = c.addr(cc); out.push(...T`N1*${role}*${c.name(p, 'full')}*92*${r.digits(6)}~\nN3*${c.loc(a.street)}~\nN4*${c.loc(a.city)}*${US_ST[a.region] || ''}*${a.postcode}*${cc}~\n`); }
  const n = r.int(1, 5); for (let i = 0; i < n; i++) out.push(...T`PO1*${i + 1}*${r.int(1, 200)}*EA*${r.int(1, 999)}.${r.digits(2)}**VP*${c.lk('sku')}*UP*${c.lk('gtin')}~\n`);
  out.push(`CTT*${n}~\nSE*${8 + n * 1 + 6}*0001~\nGE*1*${r.int(1, 9999)}~\n`, ...T`IEA*1*${L('edi_control_number', ctl.v)}~\n`);
  return out;
}

const US_ST = { Ohio: 'OH', Texas: 'TX', Oregon: 'OR', Colorado: 'CO', Georgia: 'GA', California: 'CA', Wisconsin: 'WI', 'Québec': 'QC', Ontario: 'ON', 'British Columbia': 'BC', Jalisco: 'JAL', 'Nuevo León': 'NLE', Oaxaca: 'OAX', 'Yucatán': 'YUC' };
const eEsc = (f) => mapText(flat(f), (s) => s.replace(/([?+:'])/g, '?$1'));
export function edifact(c) {
  const r = c.r; const st = stamp(r); const ref = c.lk('edi_control_number'); const pw = S('EDI_SECURITY_INFORMATION', secretValue(r, 'EDI_SECURITY_INFORMATION'));
  const out = ["UNA:+.? '\n", ...T`UNB+UNOC:3+${c.lk('gtin')}:14+${c.lk('gtin')}:14+${st.y % 100}${st.mo}${st.d}:${st.h}${st.mi}+${ref}+${pw}:AA++ORDERS'\nUNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+${c.lk('order_number')}+9'\nDTM+137:${st.y}${st.mo}${st.d}:102'\n`];
  for (const q of ['BY', 'DP']) { const p = c.person(r.pick(['de_DE', 'nl_NL', 'fr_FR', 'pl_PL', 'it_IT', 'sv_SE'])); const a = c.addr(p); out.push(...T`NAD+${q}+${c.lk('gtin')}::9++`, ...eEsc(c.name(p, 'full')), '+', ...eEsc(c.loc(a.street)), '+', ...eEsc(c.loc(a.city)), `++${a.postcode}+${a.cc}'\n`, ...T`CTA+PD+:`, ...eEsc(c.name(p, 'full')), "'\n", 'COM+', ...eEsc(c.phone(p)), ":TE'\n", 'COM+', ...eEsc(c.email(p)), ":EM'\n"); }
  const n = r.int(1, 5); for (let i = 0; i < n; i++) out.push(...T`LIN+${i + 1}++${c.lk('gtin')}:EN'\nQTY+21:${r.int(1, 300)}'\nPRI+AAA:${r.int(1, 999)}.${r.digits(2)}'\n`);
  out.push(`UNS+S'\nUNT+${6 + n * 3 + 8}+1'\n`, ...T`UNZ+1+${L('edi_control_number', ref.v)}'\n`);
  return out;
}

const CLIN = {
  en: { t: 'DISCHARGE SUMMARY', pt: 'Patient', dob: 'DOB', ad: 'Address', ph: 'Phone', att: 'Attending', adm: 'Admitted', dis: 'Discharged', dx: 'Diagnoses', med: 'Medications', lab: 'Labs', fu: 'Follow-up', body: ['Patient admitted with hyperglycaemia, managed with IV fluids and insulin.', 'Uneventful recovery; ambulating independently at discharge.', 'Family updated by phone.'] },
  de: { t: 'ENTLASSBRIEF', pt: 'Patient/in', dob: 'Geb.', ad: 'Anschrift', ph: 'Tel.', att: 'Behandelnde/r Ärztin/Arzt', adm: 'Aufnahme', dis: 'Entlassung', dx: 'Diagnosen', med: 'Medikation', lab: 'Labor', fu: 'Weiteres Vorgehen', body: ['Aufnahme bei entgleistem Diabetes mellitus, Einstellung auf Basalinsulin.', 'Verlauf komplikationslos, mobil bei Entlassung.', 'Angehörige telefonisch informiert.'] },
  fr: { t: "COMPTE RENDU D'HOSPITALISATION", pt: 'Patient(e)', dob: 'Né(e) le', ad: 'Adresse', ph: 'Tél.', att: 'Médecin référent', adm: 'Entrée', dis: 'Sortie', dx: 'Diagnostics', med: 'Traitement', lab: 'Biologie', fu: 'Suivi', body: ['Hospitalisation pour déséquilibre glycémique, réhydratation et insulinothérapie.', 'Évolution favorable, autonome à la sortie.', 'Famille prévenue par téléphone.'] },
  es: { t: 'INFORME DE ALTA', pt: 'Paciente', dob: 'F. nac.', ad: 'Domicilio', ph: 'Tel.', att: 'Médico responsable', adm: 'Ingreso', dis: 'Alta', dx: 'Diagnósticos', med: 'Tratamiento', lab: 'Analítica', fu: 'Seguimiento', body: ['Ingresa por descompensación hiperglucémica, se inicia insulina basal.', 'Evolución sin incidencias, deambula de forma autónoma.', 'Se informa a la familia por teléfono.'] },
};
export function clinical_note(c) {
  const r = c.r; const lang = r.pick(['en', 'en', 'de', 'fr', 'es']); const L0 = CLIN[lang]; const uk = lang === 'en' && r.chance(0.5);
  const p = c.person(); const a = c.addr(uk ? 'GB' : p); const dr = c.person(); const nk = c.person(p.cul);
  const out = [...T`${L0.t} — ${c.org()[0]}\n\n${L0.pt}: ${c.name(p, r.pick(['full', 'upperFamily', 'lastFirst']))}    ${L0.dob}: ${c.dob()}    MRN: ${r.digits(8)}`];
  if (uk) out.push(...T`    NHS No: ${c.nhs()}`); else if (lang === 'en') out.push(...T`    SSN: ${c.ssn()}`);
  out.push(...T`\n${L0.ad}: ${c.addrLine(a)}\n${L0.ph}: ${c.phone(uk ? 'GB' : p)}   ${c.email(p)}\n${L0.att}: Dr. ${c.name(dr)} (DEA ${c.dea(dr.familyL)}, NPI ${c.lk('npi')})\n${L0.adm}: ${c.lk('date')}   ${L0.dis}: ${c.lk('date')}\n\n${L0.dx}:\n  1. ${c.lk('icd10_code')}\n  2. ${c.lk('icd10_code')}\n\n`);
  out.push(r.pickN(L0.body, 2).join(' '), ' ', ...T`(${c.name(nk, 'full')}, ${c.phone(nk)})\n\n${L0.med}:\n  - metformin 500 mg 1-0-1 (NDC ${c.lk('ndc_code')})\n  - insulin glargine 12 IU (NDC ${c.lk('ndc_code')})\n\n${L0.lab}: LOINC ${c.lk('loinc_code')} ${r.int(80, 300)} mg/dL; LOINC ${c.lk('loinc_code')} ${r.int(5, 12)}.${r.int(0, 9)} %\n\n${L0.fu}: ${c.say(lang === 'en' ? 'en' : lang, 'call')} ${c.phone(dr)}${c.ext(lang)}\n`);
  if (r.chance(0.5)) { const d2 = c.person(); out.push(...T`\nRx signed: Dr. ${c.name(d2)} — DEA ${c.dea(d2.familyL)} — ${c.lk('timestamp')}\n`); }
  if (uk && r.chance(0.5)) out.push(...T`Note: NHS no. ${c.lk('invalid_nhs')} on the referral letter fails the check digit — corrected above.\n`);
  if (r.chance(0.3)) out.push(...T`Insurance: member ${c.lk('crm_id')}, group ${r.digits(6)}; billing card on file ${c.lk('masked_value')}\n`);
  return out;
}
