// blind8: documents about people (API answers, CRM exports, tickets, mail, chat, HR, medical, banking, KYC, crypto).
import { T, J, P, L, S, mapText, spanVal, withV } from './lib.mjs';
import { sec, LK, isoDate, isoTs } from './secrets.mjs';
import { prose, jsonEsc } from './render.mjs';
import { fill, deal } from './ctx.mjs';
import * as x from './pii.mjs';

const PER = (p) => P('PERSON', p.full);
const money = (r, cur) => { const v = (r.int(100, 250000) / 100).toFixed(2); return cur === 'USD' ? `$${v}` : cur === 'GBP' ? `£${v}` : cur === 'CHF' ? `CHF ${v}` : `${v.replace('.', ',')} €`; };
const EM = (r, p, d) => P('EMAIL_ADDRESS', x.email(r, p, d));
const PH = (r, cc) => P('PHONE_NUMBER', x.phone(r, cc));
const LOC = (v) => P('LOCATION', v);
const LANG_OF = { de: 'de', fr: 'fr', es: 'es', pt: 'pt', it: 'it', nl: 'nl', ja: 'ja' };
const langOf = (r, p, langs) => { const l = LANG_OF[p.culture]; return l && langs.includes(l) && r.chance(0.8) ? l : r.chance(0.75) ? 'en' : r.pick(langs); };
const esc = (parts) => mapText(parts, jsonEsc);
const CC_OF = { en: 'US', es: 'ES', de: 'DE', fr: 'FR', pt: 'BR', it: 'IT', nl: 'NL', pl: 'PL', tr: null, ja: 'JP', zh: null, ko: 'KR', ru: null, ar: 'AE', hi: 'IN', inl: 'IN', vi: null, ng: 'NG', el: null, he: null, sw: null };
const ccOf = (r, p) => CC_OF[p.culture] || r.pick(['US', 'GB', 'CA', 'AU', 'SG', 'ZA', 'MX', 'CH', 'SE']);
// a street line written the way the city's country writes it (the person may live anywhere)
const addr = (r, p) => { const [ct, co, cul] = x.city(r); return { street: LOC(x.street(r, cul)), city: LOC(ct), country: LOC(co) }; };

// ---------- JSON API answers ----------
export function jsonApi(r, c) {
  const k = r.int(0, 2);
  if (k === 2) return T`HTTP/1.1 200 OK\ncontent-type: application/json\nx-request-id: ${c.lk(['request_id'])}\n\n{\n  "access_token": "${sec(r, 'JWT_ACCESS_TOKEN')}",\n  "token_type": "Bearer",\n  "expires_in": 3600,\n  "refresh_token": "${sec(r, r.pick(['GOOGLE_REFRESH_TOKEN', 'GITHUB_REFRESH_TOKEN', 'OAUTH_CLIENT_SECRET']))}",\n  "scope": "openid email profile",\n  "id_token_hint": null,\n  "issued_at": ${L('timestamp', String(r.int(1700000000, 1790000000)))}\n}\n`;
  const rows = [];
  fill(rows, r.int(700, 2600), () => {
    const p = x.person(r); const a = addr(r, p);
    if (k === 0) return (T`    {\n      "id": "${c.lk(['crm_id', 'uuid'])}",\n      "name": "${PER(p)}",\n      "email": "${EM(r, p)}",\n      "phone": "${PH(r, ccOf(r, p))}",\n      "address": { "line1": "${a.street}", "city": "${a.city}", "country": "${a.country}" },\n      "last_login_ip": "${x.ip(r)}",${r.chance(0.3) ? T`\n      "payout_iban": "${x.iban(r, r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'BE', 'PT', 'IE']), false)}",` : ''}\n      "created_at": "${c.lk(['timestamp'])}"\n    }`);
    return (T`    {\n      "order": "${c.lk(['order_number'])}",\n      "customer": "${PER(p)}",\n      "ship_to": "${a.street}, ${a.city}",\n      "payment": { "card": "${r.chance(0.75) ? x.card(r, null, 0) : x.testCard(r)}", "total": "${c.lk(['price'])}" },\n      "tracking": "${c.lk(['tracking_number'])}",\n      "color": "${c.lk(['hex_color'])}"\n    }`);
  }, 3700);
  return T`GET /v2/${k === 0 ? 'customers?limit=' + rows.length : 'orders?status=shipped'} → 200\n{\n  "data": [\n${J(rows, ',\n')}\n  ],\n  "next_cursor": "${c.lk(['hash'])}"\n}\n`;
}

// ---------- CRM / CSV exports ----------
export function crmCsv(r, c) {
  const k = r.int(0, 2); const sep = r.pick([',', ';', '\t']);
  const hdr = k === 0 ? ['contact_id', 'full_name', 'email', 'phone', 'city', 'country', 'last_order', 'created'] : k === 1 ? ['Kundennr', 'Name', 'E-Mail', 'Telefon', 'Ort', 'IBAN', 'Umsatz'] : ['id', 'nombre', 'correo', 'móvil', 'dirección', 'ciudad', 'tarjeta', 'pedido'];
  const p = [hdr.join(sep) + '\n'];
  const q = (v) => sep === ',' ? ['"', v, '"'] : v;
  fill(p, r.int(600, 3000), () => {
    const pe = x.person(r); const [ct, co] = x.city(r);
    if (k === 0) return J([c.lk(['crm_id']), q(PER(pe)), EM(r, pe), PH(r, ccOf(r, pe)), LOC(ct), LOC(co), c.lk(['order_number']), c.lk(['date'])], sep).concat('\n');
    if (k === 1) return J([c.lk(['crm_id']), q(PER(pe)), EM(r, pe), PH(r, r.pick(['DE', 'AT', 'CH', 'NL'])), LOC(ct), r.chance(0.8) ? x.iban(r, r.pick(['DE', 'AT', 'CH', 'NL', 'BE', 'LU', 'FR']), false) : x.invalidIban(r), c.lk(['price'])], sep).concat('\n');
    return J([String(r.int(1000, 99999)), q(PER(pe)), EM(r, pe), PH(r, r.pick(['ES', 'MX', 'US'])), q(LOC(x.street(r, 'es'))), LOC(ct), r.chance(0.7) ? x.card(r, null, 0) : x.invalidCard(r), c.lk(['order_number'])], sep).concat('\n');
  }, 3900);
  return p;
}

// ---------- support tickets ----------
export function ticket(r, c) {
  const cu = x.person(r); const ag = x.person(r, r.pick(x.latinCultures)); const lang = langOf(r, cu, ['en', 'de', 'es', 'fr', 'pt', 'ja']);
  const a = addr(r, cu);
  const p = [T`Ticket ${c.lk(['order_number', 'crm_id'])} · ${r.pick(['Priority: High', 'Prio: normal', 'SLA breached'])} · opened ${c.lk(['timestamp'])}\nRequester: ${PER(cu)} <${EM(r, cu)}>\nAssignee: ${r.chance(0.5) ? PER(ag) : r.pick(['Tier 2 queue', 'billing-escalations', '(unassigned)'])}\n\n`];
  const body = {
    en: [T`Hi, my order ${c.lk(['order_number'])} never arrived (tracking ${c.lk(['tracking_number'])}). I was charged ${c.lk(['price'])} twice on my card ${x.card(r)}. Please call me at ${PH(r, ccOf(r, cu))}, I'm at ${a.street}, ${a.city}.\n\n`, T`Our integration stopped working after we rotated keys. Here is the current one so you can check: ${c.sk()}\nThe old one was ${c.lk(['placeholder'])}.\n\n`, T`Please update my billing address to ${a.street}, ${a.city}, ${a.country}. New phone: ${PH(r)}.\n\n`],
    de: [T`Guten Tag, meine Bestellung ${c.lk(['order_number'])} ist nicht angekommen. Bitte erstatten Sie ${c.lk(['price'])} auf mein Konto ${x.iban(r, 'DE')}. Sie erreichen mich unter ${PH(r, 'DE')}.\nMit freundlichen Grüßen\n${PER(cu)}\n\n`, T`Hallo, unser API-Zugang geht nicht mehr. ${prose(r, c.sk(), 'de')}\n\n`],
    es: [T`Hola, no puedo acceder a mi cuenta. Mi teléfono es ${PH(r, r.pick(['ES', 'MX']))} y vivo en ${a.city}. Pagué con la tarjeta ${x.card(r)}, pedido ${c.lk(['order_number'])}.\n\n`],
    fr: [T`Bonjour, je n'ai pas reçu le colis ${c.lk(['tracking_number'])}. Adresse : ${a.street}, ${a.city}. Téléphone : ${PH(r, 'FR')}. Merci de rembourser sur ${x.iban(r, 'FR')}.\n\n`],
    pt: [T`Olá, fui cobrado ${c.lk(['price'])} duas vezes. Cartão final ${L('masked_card', '•••• ' + r.digits(4))}, número completo ${x.card(r)}. Meu celular: ${PH(r, 'BR')}.\n\n`],
    ja: [T`お世話になっております。注文番号 ${c.lk(['order_number'])} の件です。住所は ${a.street}、電話番号は ${PH(r, 'JP')} です。よろしくお願いいたします。\n${PER(cu)}\n\n`],
  };
  p.push(r.pick(body[lang]));
  const dk = deal(r, 6);
  fill(p, r.int(500, 2200), () => {
    const k = dk();
    if (k === 0) return T`--- ${PER(ag)} (agent) ${c.lk(['timestamp'])}\nThanks! I've verified the account via the email ${EM(r, cu)}. Refund reference ${c.lk(['invoice_number'])}.\n\n`;
    if (k === 1) return T`--- internal note\nCustomer's card on file ${x.card(r)} failed AVS; tried the test card ${x.testCard(r)} in sandbox, works. Card from the screenshot ${x.invalidCard(r)} fails Luhn.\n\n`;
    if (k === 2) return T`--- ${PER(cu)}\n${prose(r, c.sk(), lang)}\n\n`;
    if (k === 3) return T`--- ${PER(ag)}\nEscalated to ${PER(x.person(r))} in the ${LOC(x.city(r)[0])} office. Client IP from the session: ${x.ip(r)}.\n\n`;
    if (k === 4 && r.chance(0.5)) return T`--- ${PER(cu)}\n${r.pick(['For verification, my social is', 'Identity check — SSN', 'You asked for my Social Security number:'])} ${x.ssn(r)}${r.chance(0.5) ? T` and my passport is ${x.passport(r)}` : ''}.\n\n`;
    if (k === 4) return T`--- system\nMacro applied: refund-duplicate-charge (${c.lk(['uuid'])}) at ${c.lk(['timestamp'])}\n\n`;
    return T`--- ${PER(cu)}\nAlso my partner ${PER(x.person(r))} (${EM(r, x.person(r))}) should get the invoices.\n\n`;
  });
  return p;
}

// ---------- e-mail ----------
export function email(r, c) {
  const f = x.person(r); const t = x.person(r); const lang = langOf(r, f, ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt']);
  const p = [T`From: ${PER(f)} <${EM(r, f)}>\nTo: ${r.chance(0.5) ? T`${PER(t)} <${EM(r, t)}>` : EM(r, t)}\nDate: ${c.lk(['date'])}\nMessage-ID: <${c.lk(['uuid'])}@mail.acme-corp.example>\nSubject: ${r.pick(['Re: access for the new contractor', 'Zugangsdaten', 'Fwd: invoice', 'Accès au serveur', 'Credenciales del entorno de pruebas', 'wire instructions', 'Travel booking – passport details'])}\n\n`];
  const greet = { en: 'Hi', de: 'Hallo', fr: 'Bonjour', es: 'Hola', it: 'Ciao', nl: 'Hoi', pt: 'Oi' }[lang];
  p.push(r.chance(0.5) ? T`${greet} ${P('PERSON', t.first)},\n\n` : T`${greet} ${r.pick(['all', 'team', 'zusammen', 'à tous', 'a todos'])},\n\n`);
  const dk = deal(r, 8);
  fill(p, r.int(500, 2400), () => {
    const k = dk();
    if (k === 0) return T`${prose(r, c.sk(), lang)}\n\n`;
    if (k === 1) return T`For the wire, please use IBAN ${x.iban(r)} (beneficiary ${PER(x.person(r))}, ${LOC(x.city(r)[0])}). Invoice ${c.lk(['invoice_number'])}, amount ${c.lk(['price'])}.\n\n`;
    if (k === 2) { const d = x.dl(r); return T`For the booking I need: passport ${x.passport(r)}, DOB on file, and driver's license ${d.span} (${d.st}) for the rental car in ${LOC(x.city(r)[0])}.\n\n`; }
    if (k === 3) return T`Call me on ${PH(r, ccOf(r, f))} or my assistant ${PER(x.person(r))} at ${PH(r)}.\n\n`;
    if (k === 4) return T`The VPN login is ${L('placeholder', 'first.last')} and the temporary password is ${sec(r, 'USER_PASSWORD')} — you'll be asked to change it.\n\n`;
    if (k === 5) return r.chance(0.5) ? T`Tracking: ${c.lk(['tracking_number'])} (shipped ${c.lk(['date'])}).\n\n` : T`${r.pick(['For the 1040-NR the preparer needs your ITIN', 'Your ITIN on the W-7 confirmation is', 'ITIN for the contractor payment:'])} ${x.itin(r)}.\n\n`;
    if (k === 6) return T`PS: The ${L('placeholder', '<your-token>')} in the docs is just a placeholder; use the real token from the vault.\n\n`;
    return T`I'll be in ${LOC(x.city(r)[0])} next week, meeting ${PER(x.person(r))} at ${LOC(x.street(r, 'en'))}.\n\n`;
  });
  p.push(r.chance(0.5) ? T`--\n${PER(f)}\n${r.pick(['Head of Finance', 'Platform Engineer', 'Responsable IT', 'Teamleitung Einkauf'])}\n${PH(r, ccOf(r, f))}\n${LOC(x.street(r, f.culture))}, ${LOC(x.city(r)[0])}\n` : T`${r.pick(['Best', 'Cheers', 'Grüße', 'Cordialement', 'Saludos'])},\n${P('PERSON', f.first)}\n`);
  return p;
}

// ---------- chat exports ----------
export function chat(r, c) {
  const ppl = [x.person(r), x.person(r), x.person(r)]; const clang = r.chance(0.7) ? 'en' : r.pick(['de', 'fr', 'es', 'pt', 'ja', 'nl', 'it']); const slack = r.chance(0.8); let h = r.int(8, 17), m = r.int(0, 30);
  const p = [slack ? T`#${r.pick(['ops-private', 'payments-eng', 'incident-4821', 'team-berlin'])} — exported ${c.lk(['date'])}\n` : T`[Teams] Chat with ${PER(ppl[1])}, ${PER(ppl[2])}\n`];
  const dk = deal(r, 11);
  fill(p, r.int(500, 2500), () => {
    m += r.int(1, 7); if (m > 59) { m -= 60; h++; } const who = r.pick(ppl); const ts = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    const pre = slack ? T`[${ts}] ${who.fl}.${who.ll.slice(0, 1)}: ` : T`${PER(who)} ${ts}\n`;
    const k = dk();
    if (k < 3) return T`${pre}${prose(r, c.sk(), clang)}\n`;
    if (k === 3) return T`${pre}my number while travelling: ${PH(r)}\n`;
    if (k === 4) return T`${pre}deployed ${c.lk(['version'])} (${c.lk(['short_sha'])}), ping me if ${c.lk(['request_id'])} shows up again\n`;
    if (k === 5) return T`${pre}the customer's card is ${x.card(r)}, can you check why it got declined?\n`;
    if (k === 6) return r.chance(0.5) ? T`${pre}send the refund to ${x.btc(r)} — that's her BTC address\n` : T`${pre}${r.pick(['her IBAN for the refund:', 'IBAN do fornecedor:', 'Bankverbindung für die Rückzahlung:', 'IBAN pour le remboursement :'])} ${x.iban(r)}\n`;
    if (k === 7) return T`${pre}${r.pick(['lol', 'ok', '👍', 'on it', 'merci', 'danke!', 'ありがとう'])}\n`;
    if (k === 8) return T`${pre}don't paste keys here, use ${c.lk(['env_reference', 'placeholder'])} in the config\n`;
    if (k === 9 && r.chance(0.5)) return r.pick([T`${pre}HR portal is down, so: her SSN is ${x.ssn(r)} and passport ${x.passport(r)}, please file the I-9 today\n`, T`${pre}visa letter needs the passport number → ${x.passport(r)} (exp ${c.lk(['date'])})\n`, T`${pre}pharmacy called back, the prescriber DEA they have is ${x.dea(r)} — can you confirm with the clinic?\n`]);
    if (k === 9) { const q = x.person(r); return T`${pre}new hire ${PER(q)} starts Monday in ${LOC(x.city(r)[0])}, email ${EM(r, q, 'acme-corp.example')}\n`; }
    return T`${pre}${r.pick(['can you approve my PR?', 'standup in 5', 'is staging down?', 'who owns the cron?'])}\n`;
  });
  return p;
}

// ---------- HR records ----------
export function hr(r, c) {
  const e = x.person(r); const a = addr(r, e); const us = r.chance(0.7); const d = x.dl(r); const em = x.person(r);
  const p = [T`${r.pick(['EMPLOYEE ONBOARDING FORM', 'Personnel file – confidential', 'New hire packet (Workday export)'])}\nEmployee: ${PER(e)}    Employee ID: ${c.lk(['crm_id'])}\nStart date: ${c.lk(['date'])}    Salary: ${L('price', r.pick([`$${r.int(58, 240)},${r.int(100, 999)}.00 / yr`, `€${r.int(42, 130)}.${r.int(100, 999)} p.a.`, `£${r.int(38, 120)},${r.int(100, 999)} per annum`]))}\nHome address: ${a.street}, ${a.city}, ${a.country}\nPersonal email: ${EM(r, e, r.pick(['mailbox.example', 'postfach.test', 'correo.example']))}\nMobile: ${PH(r, ccOf(r, e))}\n`];
  if (us) p.push(T`${r.chance(0.7) ? T`SSN: ${x.ssn(r)}` : T`Taxpayer ID (ITIN, no SSN yet): ${x.itin(r)}`}\nDriver's license: ${d.span} (state ${d.st})\nPassport no.: ${x.passport(r)}\nDirect deposit — routing ${x.routing(r)}, account ${x.bankAcct(r)}\n`);
  else p.push(T`ITIN (US tax filing): ${x.itin(r)}\nBank (payroll): IBAN ${x.iban(r)}\nUS passport (dual citizen): ${x.passport(r)}\n`);
  p.push(T`Emergency contact: ${PER(em)} (${r.pick(['spouse', 'mother', 'brother', 'friend'])}), ${PH(r)}\n`);
  const dk = deal(r, 5);
  fill(p, r.int(600, 1800), () => {
    const k = dk();
    if (k === 0) return T`Note ${c.lk(['date'])}: I-9 verified by ${PER(x.person(r, 'en'))}; document checked: ${r.pick(['US passport', 'passport card', 'state ID'])} ${x.passport(r)}.\n`;
    if (k === 1) { const d2 = x.dl(r); return T`Fleet vehicle authorisation: DL# ${d2.span} issued by ${d2.st}, expires ${c.lk(['date'])}.\n`; }
    if (k === 2) return T`Rejected form (typo, do not use): SSN ${x.invalidSsn(r)}; corrected ${x.ssn(r)} on ${c.lk(['date'])}.\n`;
    if (k === 3) return T`Dependent: ${PER(x.person(r, e.culture))}, ITIN ${x.itin(r)}.\n`;
    return T`Equipment: laptop asset ${c.lk(['product_code'])}, badge ${c.lk(['crm_id'])}.\n`;
  });
  return p;
}

// ---------- medical records ----------
export function medical(r, c) {
  const pt = x.person(r); const doc = x.person(r, r.pick(x.latinCultures)); const a = addr(r, pt); const uk = r.chance(0.5); const d0 = x.dl(r);
  const p = [T`${uk ? 'NHS Trust – Discharge summary' : r.pick(['PATIENT CHART', 'Clinic visit note', 'e-Prescription record'])}\nPatient: ${PER(pt)}   ${uk ? T`NHS No: ${x.nhs(r)}` : T`MRN: ${L('crm_id', r.digits(8))}`}\nAddress: ${a.street}, ${a.city}\nPhone: ${PH(r, uk ? 'GB' : ccOf(r, pt))}\nVisit: ${c.lk(['date'])}\n${uk ? '' : T`Photo ID checked: ${d0.st} driver's license ${d0.span}\n`}Attending: Dr. ${PER(doc)}, DEA ${x.dea(r, doc.romanLast)}\n`];
  if (!uk) p.push(T`Insurance subscriber SSN: ${x.ssn(r)}\n`);
  if (r.chance(0.6)) { const d2 = x.person(r, r.pick(x.latinCultures)); p.push(T`${r.pick(['Co-signed by', 'Covering physician:', 'Prescriber of record:'])} ${PER(d2)}${r.pick([', DEA# ', ' (DEA ', ' — DEA reg. '])}${x.dea(r, d2.romanLast)}${r.chance(0.5) ? ')' : ''}\n`); }
  const dk = deal(r, 6);
  fill(p, r.int(600, 2200), () => {
    const k = dk();
    if (k === 0) { const d2 = x.person(r, r.pick(x.latinCultures)); return T`Rx: ${r.pick(['amoxicillin 500 mg', 'oxycodone 5 mg', 'sertraline 50 mg', 'atorvastatin 20 mg'])} — prescriber ${PER(d2)} (DEA ${x.dea(r, d2.romanLast)}), pharmacy in ${LOC(x.city(r)[0])}\n`; }
    if (k === 1) return T`Lab ${c.lk(['request_id'])}: HbA1c ${r.int(5, 9)}.${r.int(0, 9)} %, collected ${c.lk(['date'])}\n`;
    if (k === 2) return T`Referral to ${PER(x.person(r))}, ${PH(r, uk ? 'GB' : 'US')}; patient portal login ${EM(r, pt)}\n`;
    if (k === 3) return uk ? T`GP practice NHS number check for relative: ${x.nhs(r)}\n` : T`Billing: card ${x.card(r)} authorised ${c.lk(['price'])}\n`;
    if (k === 4) return T`Ward location: ${c.lk(['coordinates'])} (building GPS), device ${c.lk(['product_code'])}\n`;
    return T`Next of kin: ${PER(x.person(r, pt.culture))}, ${PH(r)}\n`;
  });
  return p;
}

// ---------- bank statements / wires ----------
export function bank(r, c) {
  const h = x.person(r); const a = addr(r, h); const us = r.chance(0.4); const cur = us ? 'USD' : r.pick(['EUR', 'GBP', 'CHF']); const y = r.int(2023, 2026), m0 = r.int(0, 9); let day = 0;
  const fmtDay = (d) => { const t = new Date(Date.UTC(y, m0, 1 + d)); return us ? `${t.getUTCMonth() + 1}/${t.getUTCDate()}/${y}` : `${String(t.getUTCDate()).padStart(2, '0')}.${String(t.getUTCMonth() + 1).padStart(2, '0')}.${t.getUTCFullYear()}`; };
  const p = [T`${r.pick(['Kontoauszug', 'Account statement', 'Relevé de compte', 'Wire transfer confirmation'])} — ${PER(h)}\n${a.street}, ${a.city}, ${a.country}\n${us ? T`Account number: ${x.bankAcct(r)}  Routing: ${x.routing(r)}  Tax ID (${r.pick(['ITIN', 'taxpayer id', 'TIN'])}): ${x.itin(r)}` : T`IBAN: ${x.iban(r)}  BIC: ${r.upper(4)}${r.pick(['DE', 'FR', 'NL', 'GB'])}${r.upper(2)}XXX`}\nPeriod: ${L('date', fmtDay(day))} – ${L('date', fmtDay(day + 45))}\n\nDate        Description                                        Amount\n`];
  fill(p, r.int(700, 2600), () => {
    const k = r.int(0, 5); day += r.int(1, 6); const dt = L('date', fmtDay(day)); const amt = () => L('price', money(r, cur));
    if (k === 0) return T`${dt}  SEPA transfer to ${PER(x.person(r))} ${x.iban(r)}  ${amt()}\n`;
    if (k === 1) return T`${dt}  Card payment ${x.card(r, null, 1)} at ${LOC(x.city(r)[0])}  ${amt()}\n`;
    if (k === 2) return T`${dt}  Returned: invalid beneficiary account ${x.invalidIban(r)}  ${amt()}\n`;
    if (k === 3) return T`${dt}  Crypto purchase, withdrawn to ${x.btc(r)}  ${amt()}\n`;
    if (k === 4) return T`${dt}  ACH from ${PER(x.person(r, 'en'))} acct ${x.bankAcct(r)} ref ${c.lk(['invoice_number'])}  ${amt()}\n`;
    return T`${dt}  Standing order ${c.lk(['order_number'])}  ${amt()}\n`;
  });
  return p;
}

// ---------- KYC / identity verification ----------
export function kyc(r, c) {
  const pe = x.person(r); const a = addr(r, pe); const d = x.dl(r);
  const style = r.int(0, 2);
  if (style === 0) return T`{"applicant":{"name":"${esc([PER(pe)])}","residential_address":"${esc([a.street])}, ${esc([a.city])}","ssn":"${x.ssn(r, 0)}","itin":"${x.itin(r, 0)}","id_documents":[{"type":"us_passport","number":"${x.passport(r)}","expires":"${c.lk(['date'])}"},{"type":"drivers_license","state":"${d.st}","number":"${d.span}"}],"phone":"${PH(r)}","email":"${EM(r, pe)}"},"co_applicant":{"itin":"${x.itin(r, 2)}","relationship":"spouse"},"check_id":"${c.lk(['uuid'])}","score":${r.int(10, 99)},"ip":"${x.ip(r)}","submitted":"${c.lk(['timestamp'])}"}\n{"applicant":{"name":"${esc([PER(x.person(r))])}","ssn":"${x.invalidSsn(r)}","status":"rejected: invalid SSN"},"check_id":"${c.lk(['uuid'])}"}\n`;
  if (style === 1) return T`IDENTITY VERIFICATION — W-7 / ITIN application worksheet\nName: ${PER(pe)}\nMailing address: ${a.street}, ${a.city}, ${a.country}\nITIN issued: ${x.itin(r, 1)}\nForeign passport country: ${a.country}\nUS visa / passport ref: ${x.passport(r)}\n${r.pick(['State ID / driver license', 'DL (secondary ID)', 'Driver licence no.'])}: ${d.span}, ${d.st}\nPhone: ${PH(r, ccOf(r, pe))}\nPreparer: ${PER(x.person(r, 'en'))}, PTIN ${L('crm_id', 'P' + r.digits(8))}\nReceived ${c.lk(['date'])}, case ${c.lk(['order_number'])}\nNotes: spouse ${PER(x.person(r, pe.culture))} — ITIN ${x.itin(r)}; prior SSN on file ${x.ssn(r)}.\n`;
  const d2 = x.dl(r);
  return T`Rental agreement ${c.lk(['order_number'])}\nRenter: ${PER(pe)}\nLicence: ${d.span} (${d.st})  |  Additional driver: ${PER(x.person(r))}, licence ${d2.span} (${d2.st})\nPassport (intl. renters): ${x.passport(r)}\nPickup: ${LOC(x.city(r)[0])} airport, ${c.lk(['timestamp'])}\nDeposit card: ${x.card(r)}\nContact: ${PH(r)} / ${EM(r, pe)}\nVehicle GPS at return: ${c.lk(['coordinates'])}\n`;
}

// ---------- crypto exchange exports ----------
export function cryptoEx(r, c) {
  const u = x.person(r); const p = [T`Withdrawal history — account ${EM(r, u)} (${PER(u)})\ntime,asset,amount,destination,txid,status\n`];
  fill(p, r.int(600, 2400), () => r.chance(0.85) ? T`${c.lk(['timestamp'])},BTC,${(r.f() * 2).toFixed(8)},${x.btc(r)},${c.lk(['tx_hash'])},${r.pick(['confirmed', 'pending'])}\n` : T`${c.lk(['timestamp'])},USDC,${r.int(10, 5000)}.00,internal:${c.lk(['uuid'])},-,confirmed\n`);
  if (r.chance(0.4)) p.push(T`\n# note from ${PER(x.person(r))}: cold wallet seed backup is NOT here; hot wallet WIF ${sec(r, 'BITCOIN_WIF_PRIVATE_KEY')} was rotated.\n`);
  return p;
}
