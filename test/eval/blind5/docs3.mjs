// blind5 document templates, part 3: human documents (CRM, tickets, email, chat, HR, medical, banking, KYC).
import * as X from './lib.mjs';
import { frag as f, S, P, L, pick, ri, chance, hex, al, dig, up, lo } from './lib.mjs';
import { sec, password } from './secrets.mjs';
const s = (k) => S(k.e, k.v);
const per = (n = X.person()) => P('PERSON', n);
const loc = () => P('LOCATION', chance(0.5) ? X.city() : X.street());
const last = (n) => n.split(' ').slice(-1)[0];

export const HUMAN = {
  crm_csv: [
    () => { const rows = [...Array(ri(3, 5))].map(() => { const n = X.person(); return f`${L('crm_id', X.crmId())},"${per(n)}",${P('EMAIL_ADDRESS', X.email(n))},${P('PHONE_NUMBER', X.phone())},"${P('LOCATION', X.city())}",${L('price', X.price())},${L('date', X.date())}\n`; });
      return f`account_id,full_name,email,phone,city,lifetime_value,first_seen\n${rows}`; },
    () => { const rows = [...Array(ri(3, 4))].map(() => { const n = X.person(); return f`${per(n)};${P('IBAN_CODE', X.iban(undefined, false))};${L('invoice_number', X.invoiceNo())};${L('price', X.price())};${chance(0.5) ? f`${L('invalid_iban', X.iban(undefined, false, true))}` : 'n/a'}\n`; });
      return f`Name;IBAN;Rechnung;Betrag;IBAN_alt_ungeprüft\n${rows}`; },
    () => { const rows = [...Array(ri(3, 4))].map(() => f`${P('PERSON', X.person())}\t${P('US_SSN', X.ssn())}\t${P('US_DRIVER_LICENSE', X.dl())}\t${L('invalid_ssn', X.badSsn())}\t${L('date', X.date())}\n`);
      return f`employee\tssn\tdriver_license\tssn_typo_flagged\thired\n${rows}`; },
  ],
  support_ticket: [
    () => { const n = X.person(); const c = X.card(ri(1, 2));
      return f`Ticket #${L('order_number', dig(6))} — Priority: High\nRequester: ${per(n)} <${P('EMAIL_ADDRESS', X.email(n))}>\nPhone: ${P('PHONE_NUMBER', X.phone())}\n\nHi, my card ${P('CREDIT_CARD', c)} was charged twice for order ${L('order_number', X.orderNo())} (${L('price', X.price())}). I also tried ${L('invalid_card', X.badCard(1))} but your form said it was invalid — I probably mistyped.\nShipping to ${loc()}, tracking ${L('tracking_number', X.tracking())}.\n\n— Internal note (agent ${P('PERSON', X.person())}): refund issued ${L('timestamp', X.ts())}\n`; },
    () => { const k = sec(); const n = X.person();
      return f`[JIRA] SUP-${dig(4)}: integration broken after key rotation\nReporter: ${per(n)}\n\nDescription:\nWe pasted the new key into the portal but calls still fail. Here is exactly what we used:\n{code}\n${k.env}=${s(k)}\n{code}\nClient IP: ${P('IP_ADDRESS', X.pubIp())}, request id ${L('request_id', X.reqId())}, SDK ${L('version', X.semver())}.\nPlease call me back on ${P('PHONE_NUMBER', X.phone())}.\n`; },
    () => { const n = X.person(); const a = X.btc();
      return f`Zendesk #${dig(7)} | Status: open\nDe : ${per(n)} (${P('EMAIL_ADDRESS', X.email(n))})\nObjet : retrait non reçu\n\nBonjour, j'ai envoyé 0.042 BTC à l'adresse ${P('CRYPTO', a)} le ${L('date', X.date())} mais rien n'apparaît. Transaction : ${L('hash', hex(64))}. Mon numéro : ${P('PHONE_NUMBER', X.phone())}. J'habite à ${loc()}.\nMerci !\n`; },
    () => { const n = X.person();
      return f`Support case ${L('crm_id', X.crmId())}\nCustomer: ${per(n)}\nIssue: passport upload rejected\nCustomer wrote: "I typed my US passport number ${P('US_PASSPORT', X.passport())} and ITIN ${P('US_ITIN', X.itin())}, the system keeps saying mismatch. Old ticket ref ${L('order_number', X.orderNo())}."\nAgent reply (${L('timestamp', X.ts())}): please re-upload a clearer scan; do not send your SSN by email.\n`; },
  ],
  email: [
    () => { const a = X.person(), b = X.person();
      return f`From: ${per(a)} <${P('EMAIL_ADDRESS', X.email(a))}>\nTo: ${per(b)} <${P('EMAIL_ADDRESS', X.email(b))}>\nDate: ${L('date', X.date())}\nSubject: Wire details for the ${P('LOCATION', X.city())} office deposit\nMessage-ID: <${L('request_id', X.uuid())}@mail.acme-corp.example>\n\nHi ${b.split(' ')[0]},\n\nPlease send the deposit (${L('price', X.price())}) to IBAN ${P('IBAN_CODE', X.iban())}, reference ${L('invoice_number', X.invoiceNo())}.\nIf anything is unclear, call me on ${P('PHONE_NUMBER', X.phone())}.\n\nBest,\n${a}\n`; },
    () => { const a = X.person(); const k = sec();
      return f`From: it-helpdesk@acme-corp.example\nTo: ${P('EMAIL_ADDRESS', X.email(a))}\nSubject: Your temporary credentials\n\nDear ${per(a)},\n\nyour account for the reporting portal has been created.\n  Username: ${lo(1)}.${lo(6)}\n  Temporary password: ${S('ADMIN_PASSWORD', password())}\n  API key (service account): ${s(k)}\n\nPlease change the password at first login. Ticket ${L('crm_id', 'REQ' + dig(7))}.\n`; },
    () => { const a = X.person(); const b = X.person();
      return f`Von: ${per(a)} <${P('EMAIL_ADDRESS', X.email(a))}>\nAn: personal@kundenmail.example\nBetreff: Bewerbung – Unterlagen\n\nSehr geehrte Damen und Herren,\n\nanbei meine Unterlagen. Ich wohne in ${loc()} und bin unter ${P('PHONE_NUMBER', X.phone())} erreichbar.\nReferenz: ${per(b)}, ${P('EMAIL_ADDRESS', X.email(b))}.\n\nMit freundlichen Grüßen\n${a}\n-- \nGesendet am ${L('timestamp', X.ts())}\n`; },
  ],
  chat_export: [
    () => { const a = X.person(), b = X.person(); const k = sec();
      return f`[${L('timestamp', X.ts())}] ${per(a)}: can someone send me the staging key? mine expired\n[${L('timestamp', X.ts())}] ${per(b)}: here ${s(k)}\n[${L('timestamp', X.ts())}] ${a}: thx. also prod deploy was ${L('git_sha', X.shortSha())}?\n[${L('timestamp', X.ts())}] ${b}: yes, tag ${L('version', X.semver())}. please don't paste keys in #general lol, use ${L('placeholder', '<your-token>')} in docs\n`; },
    () => { const a = X.person(), b = X.person();
      return f`${L('date', X.date())}, 21:14 - ${per(a)}: Oi! Me passa teu pix/iban? Vou te pagar o jantar\n${L('date', X.date())}, 21:16 - ${per(b)}: ${P('IBAN_CODE', X.iban('PT'))}\n${L('date', X.date())}, 21:16 - ${b}: ou manda btc: ${P('CRYPTO', X.btc())}\n${L('date', X.date())}, 21:20 - ${a}: feito! meu número novo é ${P('PHONE_NUMBER', X.phone())}\n`; },
    () => { const a = X.person(), b = X.person();
      return f`#support-escalations\n${per(a)} 10:02  customer at ${P('IP_ADDRESS', X.pubIp())} keeps failing KYC, SSN on file ${P('US_SSN', X.ssn())}\n${per(b)} 10:05  that SSN looks fine; the one in the form was ${L('invalid_ssn', X.badSsn())} which is obviously invalid\n${per(b)} 10:05  passport on file ${P('US_PASSPORT', X.passport())}, ITIN ${P('US_ITIN', X.itin())}\n${a} 10:06  ok, order ${L('order_number', X.orderNo())}, I'll ping them at ${P('EMAIL_ADDRESS', X.email())}\n`; },
  ],
  hr_document: [
    () => { const n = X.person();
      return f`EMPLOYEE ONBOARDING FORM\n\nFull name: ${per(n)}\nHome address: ${P('LOCATION', X.street())}, ${P('LOCATION', X.city())}\nPersonal email: ${P('EMAIL_ADDRESS', X.email(n))}\nMobile: ${P('PHONE_NUMBER', X.phone())}\nSSN: ${P('US_SSN', X.ssn())}\nPassport no.: ${P('US_PASSPORT', X.passport())}\nDirect deposit — account ${P('US_BANK_NUMBER', dig(ri(9, 14)))}, routing 0${dig(8)}\nStart date: ${L('date', X.date())}\nEmployee ID: ${L('crm_id', 'E' + dig(6))}\nBadge color: ${L('hex_color', X.hexColor())}\n`; },
    () => { const n = X.person();
      return f`W-4 / contractor intake — ${L('date', X.date())}\nName: ${per(n)}\nTaxpayer ID (ITIN): ${P('US_ITIN', X.itin())}\nSpouse ITIN: ${P('US_ITIN', X.itin(' '))}\nEmergency contact: ${per()} — ${P('PHONE_NUMBER', X.phone())}\nForm revision ${L('version', 'Rev. ' + ri(2019, 2025))}, case ${L('crm_id', X.crmId())}\n`; },
    () => { const n = X.person();
      return f`Performance review ${L('date', X.date().slice(0, 4))} — confidential\nEmployee: ${per(n)} (${L('crm_id', 'EMP-' + dig(5))})\nManager: ${per()}\nLocation: ${P('LOCATION', X.city())}\nSalary band change effective ${L('date', X.date())}: ${L('price', X.price())}\nTravel card on file: ${P('CREDIT_CARD', X.card())}\nITIN (dependent): ${P('US_ITIN', X.itin())}\nPassport for travel: ${P('US_PASSPORT', X.passport())}\n`; },
  ],
  medical_record: [
    () => { const n = X.person(); const dr = X.person();
      return f`PATIENT SUMMARY\nPatient: ${per(n)}    NHS No: ${P('UK_NHS', X.nhs())}\nAddress: ${loc()}\nTel: ${P('PHONE_NUMBER', X.phone())}\nPrescriber: Dr ${per(dr)}, DEA ${P('MEDICAL_LICENSE', X.dea(last(dr)))}\nRx: amoxicillin 500 mg, lot ${L('order_number', up(2) + dig(6))}, ref ${L('request_id', X.uuid())}\nVisit: ${L('timestamp', X.ts())}\n`; },
    () => { const dr = X.person(), dr2 = X.person(); const n = X.person();
      return f`Controlled-substance log — pharmacy ${P('LOCATION', X.city())}\n| date | patient | prescriber | DEA | qty |\n|---|---|---|---|---|\n| ${L('date', X.date())} | ${per(n)} | ${per(dr)} | ${P('MEDICAL_LICENSE', X.dea(last(dr)))} | 30 |\n| ${L('date', X.date())} | ${per()} | ${per(dr2)} | ${P('MEDICAL_LICENSE', X.dea(last(dr2)))} | 14 |\nAudit id ${L('uuid', X.uuid())}\n`; },
    () => { const n = X.person();
      return f`Discharge letter\nTo: ${per()} (GP)\nRe: ${per(n)}, SSN ${P('US_SSN', X.ssn())}, insurance member ${L('crm_id', 'MBR' + dig(9))}\nAttending: DEA ${P('MEDICAL_LICENSE', X.dea())}\nFollow-up at ${loc()} on ${L('date', X.date())}. Contact ${P('EMAIL_ADDRESS', X.email(n))}.\nReferring physician DEA: ${P('MEDICAL_LICENSE', X.dea())}\nNHS (UK visitor record): ${P('UK_NHS', X.nhs())}\n`; },
    () => { const rows = [...Array(ri(3, 4))].map(() => { const d = X.person(); return f`${per(d)} | ${P('MEDICAL_LICENSE', X.dea(last(d)))} | ${P('LOCATION', X.city())} | exp ${L('date', X.date())}\n`; });
      return f`Prescriber registry export (${L('timestamp', X.ts())})\nname | DEA | practice city | expiry\n${rows}Billing card on file for registry fee: ${P('CREDIT_CARD', X.card())}\nPatient NHS ref: ${P('UK_NHS', X.nhs())}\n`; },
  ],
  banking_document: [
    () => { const n = X.person();
      return f`ACCOUNT STATEMENT  ${L('date', X.date())}\nAccount holder: ${per(n)}\n${P('LOCATION', X.street())}, ${P('LOCATION', X.city())}\nIBAN: ${P('IBAN_CODE', X.iban())}\n\nDate        Description                          Amount\n${L('date', X.date())}  SEPA transfer from ${P('IBAN_CODE', X.iban())}   ${L('price', X.price())}\n${L('date', X.date())}  Card payment ${P('CREDIT_CARD', X.card(1))}    ${L('price', X.price())}\n${L('date', X.date())}  Rejected: beneficiary ${L('invalid_iban', X.iban(undefined, true, true))} (checksum)\n`; },
    () => { const n = X.person();
      return f`Wire transfer request\nOriginator: ${per(n)}, ${loc()}\nUS account no.: ${P('US_BANK_NUMBER', dig(ri(10, 12)))}  (ABA 0${dig(8)})\nBeneficiary: ${per()}\nBeneficiary IBAN: ${P('IBAN_CODE', X.iban())}\nAmount: ${L('price', X.price())}\nReference: ${L('invoice_number', X.invoiceNo())}\nCallback number: ${P('PHONE_NUMBER', X.phone())}\n`; },
    () => { const n = X.person();
      return f`Chargeback dispute ${L('crm_id', X.crmId())}\nCardholder: ${per(n)}\nCard: ${P('CREDIT_CARD', X.card())}\nSecondary card: ${P('CREDIT_CARD', X.card())}\nVirtual card: ${P('CREDIT_CARD', X.card(0))}  (mistyped earlier as ${L('invalid_card', X.badCard(0))})\nMerchant test transaction (ignore): ${L('vendor_test_card', X.testCard())}\nDisputed: ${L('price', X.price())} on ${L('date', X.date())}, ARN ${L('tracking_number', dig(23))}\n`; },
  ],
  kyc_document: [
    () => { const n = X.person();
      return f`KYC VERIFICATION REPORT\nApplicant: ${per(n)}\nNationality / residence: ${P('LOCATION', X.city())}\nUS passport: ${P('US_PASSPORT', X.passport())}\nSSN: ${P('US_SSN', X.ssn(pick(['-', ' ', ''])))}\nITIN (spouse): ${P('US_ITIN', X.itin())}\nWithdrawal wallet: ${P('CRYPTO', X.btc())}\nDevice IP: ${P('IP_ADDRESS', X.pubIp())}\nCheck id: ${L('uuid', X.uuid())}\nScore: 0.${dig(2)}  at ${L('timestamp', X.ts())}\n`; },
    () => { const n = X.person();
      return f`{"applicant":{"name":"${per(n)}","email":"${P('EMAIL_ADDRESS', X.email(n))}","phone":"${P('PHONE_NUMBER', X.phone())}"},"documents":[{"type":"passport","country":"US","number":"${P('US_PASSPORT', X.passport())}"},{"type":"itin_letter","number":"${P('US_ITIN', X.itin())}"}],"wallets":["${P('CRYPTO', X.btc())}","${P('CRYPTO', X.btc())}"],"rejected_ssn":"${L('invalid_ssn', X.badSsn())}","review_id":"${L('request_id', X.reqId())}"}\n`; },
    () => { const n = X.person();
      return f`本人確認書類チェック\n氏名: ${per(n)}\n住所: ${P('LOCATION', pick(['東京都渋谷区神南1-2-3', '大阪府大阪市北区梅田2-4-9', '北海道札幌市中央区北1条西5']))}\n電話: ${P('PHONE_NUMBER', pick([`03-${dig(4)}-${dig(4)}`, `090-${dig(4)}-${dig(4)}`, `+81 80-${dig(4)}-${dig(4)}`]))}\n米国パスポート番号: ${P('US_PASSPORT', X.passport())}\n暗号資産アドレス: ${P('CRYPTO', X.btc())}\n申請番号: ${L('crm_id', 'JP-' + dig(8))}  受付日時: ${L('timestamp', X.ts())}\n`; },
  ],
};
