// Documents about people: CRM exports, support tickets, emails, chats, HR, medical and banking.
import { d, S, P, L, lines, cred, gen, password, LA, PII, int, pick, bool, f, hex, digits, sv } from '../lib/common.mjs';

const ph = (cc, intl) => P('PHONE_NUMBER', PII.phone(cc, intl));
const em = (p) => P('EMAIL_ADDRESS', PII.email(p));
const nm = (p) => P('PERSON', p.full);
const city = (a) => P('LOCATION', a.city);
const street = (a) => P('LOCATION', a.street);
const csvq = (s) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const company = () => f.company.name().replace(/,/g, '');

function crmRow(cols) {
  const p = PII.person();
  const a = PII.address(p.cc);
  const cells = cols.map((c) => {
    switch (c) {
      case 'id': return d`${int(10000, 99999)}`;
      case 'name': return /[",]/.test(p.full) ? d`"${nm(p)}"` : d`${nm(p)}`;
      case 'first': return d`${P('PERSON', p.first)}`;
      case 'last': return d`${P('PERSON', p.last)}`;
      case 'email': return d`${em(p)}`;
      case 'phone': return d`${ph(p.cc)}`;
      case 'company': return d`${csvq(company())}`;
      case 'city': return /[",]/.test(a.city) ? d`"${city(a)}"` : d`${city(a)}`;
      case 'street': return /[",]/.test(a.street) ? d`"${street(a)}"` : d`${street(a)}`;
      case 'country': return d`${PII.COUNTRY_NAMES[p.cc] ? P('LOCATION', PII.COUNTRY_NAMES[p.cc]) : p.cc}`;
      case 'created': return d`${L('date', LA.date())}`;
      case 'ltv': return d`${L('price', LA.price().replace(/,/g, '.'))}`;
      case 'order': return d`${L('order_number', LA.orderNumber())}`;
      case 'ip': return d`${P('IP_ADDRESS', PII.ipv4())}`;
      default: return d``;
    }
  });
  return lines(cells, ',');
}

export const crm = [
  () => { const cols = ['id', 'name', 'email', 'phone', 'company', 'city', 'country', 'created']; return d`${cols.join(',')}\n${lines(Array.from({ length: int(5, 15) }, () => crmRow(cols)))}\n`; },
  () => { const cols = ['first', 'last', 'email', 'phone', 'street', 'city', 'ltv']; return d`First Name,Last Name,Email,Phone,Address,City,Lifetime Value\n${lines(Array.from({ length: int(5, 12) }, () => crmRow(cols)))}\n`; },
  () => { const cols = ['order', 'name', 'email', 'ip', 'ltv', 'created']; return d`order_id,customer,email,ip,total,date\n${lines(Array.from({ length: int(5, 12) }, () => crmRow(cols)))}\n`; },
  // JSON export (HubSpot/Salesforce style)
  () => {
    const recs = Array.from({ length: int(2, 5) }, () => {
      const p = PII.person();
      return d`  {\n    "Id": "${L('crm_id', '003' + f.string.alphanumeric(15))}",\n    "Name": "${nm(p)}",\n    "Email": "${em(p)}",\n    "Phone": "${ph(p.cc, true)}",\n    "MobilePhone": "${ph(p.cc, false)}",\n    "MailingCity": "${city(PII.address(p.cc))}",\n    "LastModifiedDate": "${L('timestamp', LA.timestamp())}"\n  }`;
    });
    return d`[\n${lines(recs, ',\n')}\n]\n`;
  },
];

export const ticket = [
  () => {
    const p = PII.person();
    const a = PII.address(p.cc);
    return d`Ticket #${L('order_number', String(int(100000, 999999)))} — ${pick(['Refund request', 'Cannot log in', 'Wrong address on order', 'Double charge'])}\nStatus: Open   Priority: ${pick(['High', 'Normal'])}   Created: ${L('timestamp', LA.timestamp())}\nRequester: ${nm(p)} <${em(p)}>\nPhone: ${ph(p.cc)}\n\nHi, I was charged twice for order ${L('order_number', LA.orderNumber())} (${L('price', LA.price())}). The card I used is ${P('CREDIT_CARD', PII.card())}. Please refund to that card. My shipping address is ${street(a)}, ${city(a)} ${a.zip}.\n\n-- Agent note (${P('PERSON', PII.person('US').full)}): verified identity via last 4 digits, escalated to billing. Tracking ${L('tracking_number', LA.trackingNumber())}.\n`;
  },
  () => {
    const p = PII.person(pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB']));
    return d`[${L('timestamp', LA.timestamp())}] ${nm(p)} wrote:\n> Please change my payout account to ${P('IBAN_CODE', PII.iban(pick(PII.IBAN_COUNTRIES)))} — the old one (${L('invalid_iban', LA.badIban())}) was closed.\n> You can reach me at ${ph(p.cc, true)} or ${em(p)}.\n\nSupport (${P('PERSON', PII.person('US').first)}): Thanks, updated. Reference ${L('order_number', LA.orderNumber())}.\n`;
  },
  // IT helpdesk ticket with a leaked credential
  () => {
    const p = PII.person('US');
    return d`INC${digits(7)} | ${pick(['VPN not connecting', 'Jenkins job failing', 'Need access to prod DB'])}\nCaller: ${nm(p)} (${em(p)}, ext. ${int(1000, 9999)})\nDescription:\nI tried with the token from the wiki but it fails:\n  ${kv2()}\nMachine: ${L('hostname', `LAPTOP-${f.string.alphanumeric(7).toUpperCase()}`)}  OS build ${L('version', LA.windowsBuild())}\nIP: ${P('IP_ADDRESS', PII.ipv4())}\n`;
  },
  // GitHub issue
  () => d`### Bug report\n\n**Version:** ${L('version', LA.semver())}\n**Commit:** ${L('git_sha', LA.gitSha())}\n\nWhen I run the CLI with my config it crashes:\n\n\`\`\`\n$ mytool sync --token ${sv(cred(pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PAT', 'LINEAR_API_KEY', 'NOTION_TOKEN', 'ATLASSIAN_API_TOKEN', 'HUGGINGFACE_TOKEN'])))}\npanic: runtime error: index out of range [3] with length 3\n\`\`\`\n\nThanks! — @${f.internet.username()}\n`,
];
function kv2() { const c = cred(); return d`${c.name}=${sv(c)}`; }

export const email = [
  () => {
    const a = PII.person(), b = PII.person();
    return d`From: ${nm(a)} <${em(a)}>\nTo: ${nm(b)} <${em(b)}>\nDate: ${L('timestamp', LA.timestamp())}\nSubject: ${pick(['Invoice', 'Re: contract', 'Meeting next week', 'Your account'])} ${L('order_number', LA.orderNumber())}\nMessage-ID: <${L('uuid', LA.uuid())}@mail.${f.internet.domainName()}>\n\nHi ${P('PERSON', b.first)},\n\n${pick(['Please find the invoice attached.', 'As discussed, here are the details.', 'Following up on our call.'])} Payment to ${P('IBAN_CODE', PII.iban())} by ${L('date', LA.date())}, amount ${L('price', LA.price())}.\n\nBest regards,\n${nm(a)}\n${f.person.jobTitle()}, ${company()}\nTel: ${ph(a.cc, true)}\nMobile: ${ph(a.cc, false)}\n`;
  },
  () => {
    const a = PII.person('US'), b = PII.person('US');
    return d`-----Original Message-----\nFrom: ${em(a)}\nSent: ${L('timestamp', LA.timestamp())}\nTo: ${em(b)}\nCc: ${em(PII.person())}\nSubject: RE: new hire paperwork\n\n${P('PERSON', b.first)}, for the payroll form: SSN ${P('US_SSN', PII.ssn('dash'))}, direct deposit account ${P('US_BANK_NUMBER', PII.usBankAccount())} (routing ${PII.abaRouting()}). Start date ${L('date', LA.date())}.\n\nThanks,\n${P('PERSON', a.first)}\n`;
  },
  () => {
    const a = PII.person();
    return d`Subject: Your password reset\nTo: ${em(a)}\n\nHello ${nm(a)},\nWe received a request to reset the password for your account. If this was you, use this link within 30 minutes:\nhttps://app.${f.internet.domainName()}/reset?token=${S('JWT', gen.JWT())}\n\nRequest came from ${P('IP_ADDRESS', PII.ipv4())} (${city(PII.address(a.cc))}).\nOrder reference ${L('order_number', LA.orderNumber())}.\n`;
  },
];

export const chat = [
  () => {
    const ppl = [PII.person(), PII.person(), PII.person()];
    const msgs = Array.from({ length: int(5, 10) }, () => {
      const p = pick(ppl);
      return pick([
        () => d`[${L('timestamp', LA.timestamp())}] ${nm(p)}: can someone send me the staging key?`,
        () => d`[${L('timestamp', LA.timestamp())}] ${nm(p)}: here: ${sv(cred())}`,
        () => d`[${L('timestamp', LA.timestamp())}] ${nm(p)}: call me on ${ph(p.cc)} if it breaks`,
        () => d`[${L('timestamp', LA.timestamp())}] ${nm(p)}: deployed ${L('git_sha', LA.shortSha())} to prod, build ${L('build_number', LA.buildNumber())}`,
        () => d`[${L('timestamp', LA.timestamp())}] ${nm(p)}: customer is ${em(PII.person())}, order ${L('order_number', LA.orderNumber())}`,
        () => d`[${L('timestamp', LA.timestamp())}] ${nm(p)}: thanks!`,
      ])();
    });
    return lines(msgs).push('\n');
  },
  // Slack export JSON
  () => {
    const p = PII.person();
    const msgs = Array.from({ length: int(2, 5) }, () => pick([
      () => d`  {"type": "message", "user": "U${f.string.alphanumeric(10).toUpperCase()}", "user_name": "${nm(p)}", "text": "new webhook for alerts: ${S('SLACK_WEBHOOK_URL', gen.SLACK_WEBHOOK_URL())}", "ts": "${L('timestamp', LA.epoch())}.${digits(6)}"}`,
      () => d`  {"type": "message", "user": "U${f.string.alphanumeric(10).toUpperCase()}", "text": "my number is ${ph(p.cc, true)}, email ${em(p)}", "ts": "${L('timestamp', LA.epoch())}.${digits(6)}"}`,
      () => d`  {"type": "message", "user": "U${f.string.alphanumeric(10).toUpperCase()}", "text": "release ${L('version', LA.semver())} is out :tada:", "ts": "${L('timestamp', LA.epoch())}.${digits(6)}"}`,
      () => d`  {"type": "message", "user": "U${f.string.alphanumeric(10).toUpperCase()}", "text": "send the BTC refund to ${P('CRYPTO', PII.btcAddress())} please", "ts": "${L('timestamp', LA.epoch())}.${digits(6)}"}`,
    ])());
    return d`[\n${lines(msgs, ',\n')}\n]\n`;
  },
  // agent / LLM chat transcript
  () => {
    const p = PII.person();
    const a = PII.address(p.cc);
    return d`User: Hi, I need to update my billing details. My name is ${nm(p)}, account email ${em(p)}.\nAssistant: Sure, I can help. Could you confirm the phone number on file?\nUser: ${ph(p.cc, bool())}. New card is ${P('CREDIT_CARD', PII.card())}, exp ${String(int(1, 12)).padStart(2, '0')}/${int(26, 31)}.\nAssistant: Thanks. And the billing address?\nUser: ${street(a)}, ${city(a)}, ${a.zip}\nAssistant: Done. Your confirmation number is ${L('order_number', LA.orderNumber())}.\n`;
  },
];

export const hr = [
  () => {
    const p = PII.person('US');
    const a = PII.address('US');
    const dl = PII.usDriverLicense();
    return d`EMPLOYEE RECORD — CONFIDENTIAL\nName: ${nm(p)}\nEmployee ID: E${digits(6)}\nDate of birth: ${String(int(1, 12)).padStart(2, '0')}/${String(int(1, 28)).padStart(2, '0')}/${int(1960, 2002)}\nSSN: ${P('US_SSN', PII.ssn())}\nAddress: ${street(a)}, ${city(a)}, ${a.state} ${a.zip}\nPhone: ${ph('US')}\nPersonal email: ${em(p)}\nDriver license (${dl.state}): ${P('US_DRIVER_LICENSE', dl.value)}\nPassport no.: ${P('US_PASSPORT', PII.usPassport())}\nBank: ${f.company.name()} routing ${PII.abaRouting()} account ${P('US_BANK_NUMBER', PII.usBankAccount())}\nSalary: ${L('price', LA.price())} / year\nStart date: ${L('date', LA.date())}\nEmergency contact: ${P('PERSON', PII.person('US').full)}, ${ph('US')}\n`;
  },
  () => {
    const rows = Array.from({ length: int(3, 8) }, () => {
      const p = PII.person('US');
      return d`${nm(p)},${bool(0.3) ? P('US_ITIN', PII.itin()) : P('US_SSN', PII.ssn())},${em(p)},${L('price', `${int(40, 250)}000`)},${L('date', LA.date())}`;
    });
    return d`name,tax_id,email,salary,hire_date\n${lines(rows)}\n${L('invalid_ssn', LA.badSsn())} is not valid and was rejected by payroll.\n`;
  },
  () => {
    const p = PII.person(pick(['GB', 'DE', 'FR', 'IN']));
    return d`Offer letter\n\nDear ${nm(p)},\n\nWe are pleased to offer you the position of ${f.person.jobTitle()} at our ${city(PII.address(p.cc))} office, starting ${L('date', LA.date())}, with an annual salary of ${L('price', LA.price())}.\nPlease return the signed form with your bank details (IBAN ${P('IBAN_CODE', PII.iban())}) and a phone number where we can reach you (we have ${ph(p.cc, true)} on file).\n\n${P('PERSON', PII.person('US').full)}\nHead of People\n`;
  },
];

export const medical = [
  () => {
    const p = PII.person('GB');
    const dr = PII.person('GB');
    return d`NHS DISCHARGE SUMMARY\nPatient: ${nm(p)}    NHS No: ${P('UK_NHS', PII.nhsNumber())}\nDOB: ${String(int(1, 28)).padStart(2, '0')}/${String(int(1, 12)).padStart(2, '0')}/${int(1940, 2010)}    Admitted: ${L('date', LA.date())}\nAddress: ${street(PII.address('GB'))}, ${city(PII.address('GB'))}\nTel: ${ph('GB')}\nConsultant: Dr ${nm(dr)}\nDiagnosis: ${pick(['Community-acquired pneumonia', 'Type 2 diabetes, poorly controlled', 'Fractured left radius'])}\nMedication: ${pick(['Amoxicillin 500 mg TDS', 'Metformin 1 g BD', 'Paracetamol 1 g QDS'])}\nBed ${int(1, 40)}, ward ${pick(['A', 'B', 'C'])}${int(1, 9)}\n`;
  },
  () => {
    const p = PII.person('US');
    const dr = PII.person('US');
    return d`PRESCRIPTION\nPrescriber: ${nm(dr)}, MD   DEA# ${P('MEDICAL_LICENSE', PII.deaNumber(dr.last))}   NPI ${digits(10)}\nPatient: ${nm(p)}   Phone: ${ph('US')}\nAddress: ${street(PII.address('US'))}, ${city(PII.address('US'))}\nRx: ${pick(['Oxycodone 5 mg', 'Adderall 20 mg', 'Lisinopril 10 mg'])} #${int(10, 90)}   Refills: ${int(0, 3)}\nInsurance member ID: ${f.string.alphanumeric(10).toUpperCase()}\nDate: ${L('date', LA.date())}\n`;
  },
  () => {
    const p = PII.person();
    return d`{"resourceType":"Patient","id":"${L('uuid', LA.uuid())}",${p.cc === 'GB' || bool(0.4) ? d`"identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"${P('UK_NHS', PII.nhsNumber('plain'))}"}],` : ''}"name":[{"text":"${nm(p)}"}],"telecom":[{"system":"phone","value":"${ph(p.cc, true)}"},{"system":"email","value":"${em(p)}"}],"address":[{"city":"${city(PII.address(p.cc))}"}],"meta":{"versionId":"${int(1, 9)}","lastUpdated":"${L('timestamp', LA.timestamp())}"}}\n`;
  },
];

export const banking = [
  () => {
    const p = PII.person(pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB', 'PL']));
    const tx = Array.from({ length: int(4, 10) }, () => d`${L('date', LA.date())}  ${pick(['SEPA transfer', 'Card payment', 'Direct debit', 'Salary'])} ${pick([d`${P('PERSON', PII.person(p.cc).full)}`, d`${f.company.name()}`])}  ${bool(0.4) ? d`${P('IBAN_CODE', PII.iban())}  ` : ''}${L('price', LA.price())}`);
    return d`ACCOUNT STATEMENT\nAccount holder: ${nm(p)}\nIBAN: ${P('IBAN_CODE', PII.iban(PII.IBAN_COUNTRIES.includes(p.cc) ? p.cc : 'DE'))}\nBIC: ${f.finance.bic()}\nPeriod: ${L('date', LA.date())} – ${L('date', LA.date())}\n\n${lines(tx)}\n\nClosing balance: ${L('price', LA.price())}\n`;
  },
  () => {
    const p = PII.person('US');
    return d`Card dispute form\nCardholder: ${nm(p)}\nCard number: ${P('CREDIT_CARD', PII.card())}\nReplacement card: ${P('CREDIT_CARD', PII.card())}\nRejected test number: ${L('invalid_card', LA.badCard())}\nTransaction: ${L('price', LA.price())} on ${L('date', LA.date())}, merchant ref ${L('order_number', LA.orderNumber())}\nContact: ${ph('US')} / ${em(p)}\nChecking account: ${P('US_BANK_NUMBER', PII.usBankAccount())}\n`;
  },
  () => {
    const rows = Array.from({ length: int(4, 10) }, () => {
      const p = PII.person();
      return d`${nm(p)};${P('IBAN_CODE', PII.iban())};${L('price', `${int(10, 9999)},${digits(2)}`)};${L('date', LA.date())};${pick(['Miete', 'Rechnung', 'Invoice', 'Refund'])} ${L('order_number', LA.orderNumber())}`;
    });
    return d`Name;IBAN;Betrag;Datum;Verwendungszweck\n${lines(rows)}\n`;
  },
  // crypto payout
  () => d`Withdrawal requests\n${lines(Array.from({ length: int(2, 6) }, () => { const p = PII.person(); return d`- ${nm(p)} (${em(p)}): ${L('price', `${(int(1, 5000) / 1000).toFixed(3)} BTC`)} to ${P('CRYPTO', PII.btcAddress())}, tx ${L('hash', hex(64))}`; }))}\n`,
];

// ---- More templates (indices 3..5 of each list; index 5 goes to the dev split) ----------------
hr.push(
  // HRIS API JSON
  () => {
    const p = PII.person('US');
    const a = PII.address('US');
    return d`{"employee":{"id":${int(1000, 99999)},"legal_name":"${nm(p)}","work_email":"${em(p)}","mobile":"${ph('US', true)}","home_address":{"line1":"${street(a)}","city":"${city(a)}","state":"${a.state}","postal_code":"${a.zip}"},"tax":{"ssn":"${P('US_SSN', PII.ssn('dash'))}","w4_updated":"${L('date', LA.date())}"},"payroll":{"account_number":"${P('US_BANK_NUMBER', PII.usBankAccount())}","routing_number":"${PII.abaRouting()}"},"updated_at":"${L('timestamp', LA.timestamp())}"}}\n`;
  },
  // background check report
  () => {
    const p = PII.person('US');
    const dl = PII.usDriverLicense();
    return d`BACKGROUND CHECK — ${L('order_number', LA.orderNumber())}\nCandidate ............ ${nm(p)}\nSSN .................. ${P('US_SSN', PII.ssn(pick(['dash', 'space'])))}\nITIN (if any) ........ ${bool() ? P('US_ITIN', PII.itin()) : 'n/a'}\nDriver's lic. ........ ${dl.state} ${P('US_DRIVER_LICENSE', dl.value)}\nPassport ............. ${P('US_PASSPORT', PII.usPassport())}\nPrevious address ..... ${street(PII.address('US'))}, ${city(PII.address('US'))}\nReference ............ ${P('PERSON', PII.person('US').full)} ${ph('US')}\nResult ............... CLEAR (${L('date', LA.date())})\n`;
  },
  // dev split: onboarding checklist in markdown
  () => {
    const p = PII.person('US');
    const dl = PII.usDriverLicense();
    return d`## Onboarding: ${nm(p)}\n\n- [x] Offer signed ${L('date', LA.date())}\n- [x] I-9: passport ${P('US_PASSPORT', PII.usPassport())}, DL ${P('US_DRIVER_LICENSE', dl.value)} (${dl.state})\n- [x] W-4: SSN ${P('US_SSN', PII.ssn())}\n- [ ] Contractor ITIN ${P('US_ITIN', PII.itin())} to verify\n- [ ] Direct deposit: acct ${P('US_BANK_NUMBER', PII.usBankAccount())}\n- [ ] Laptop shipped to ${street(PII.address('US'))}, ${city(PII.address('US'))}\n\nQuestions: ${em(p)} / ${ph('US')}\n`;
  },
);
medical.push(
  // lab result HL7-ish
  () => {
    const p = PII.person('US');
    return d`MSH|^~\\&|LAB|${pick(['MERCY', 'STJOHN', 'KAISER'])}|EHR|CLINIC|${L('timestamp', `${int(2023, 2026)}${String(int(1, 12)).padStart(2, '0')}${String(int(10, 28))}${int(10, 23)}${int(10, 59)}`)}||ORU^R01|${digits(8)}|P|2.5\nPID|1||${digits(7)}^^^MRN||${P('PERSON', `${p.last}^${p.first}`)}||${int(1950, 2005)}${String(int(1, 12)).padStart(2, '0')}${String(int(10, 28))}|${pick(['M', 'F'])}|||${street(PII.address('US'))}^^${city(PII.address('US'))}^${f.location.state({ abbreviated: true })}||${ph('US')}\nOBX|1|NM|2345-7^GLUCOSE||${int(70, 250)}|mg/dL|70-99|H|||F\n`;
  },
  // insurance claim (UK private)
  () => {
    const p = PII.person('GB');
    return d`Claim form — ${L('order_number', LA.orderNumber())}\nMember: ${nm(p)} (NHS number ${P('UK_NHS', PII.nhsNumber())})\nContact: ${ph('GB', bool())}, ${em(p)}\nTreating clinician: Dr ${P('PERSON', PII.person('GB').full)}\nTreatment date: ${L('date', LA.date())}   Amount: ${L('price', LA.price())}\nPay to: ${P('IBAN_CODE', PII.iban('GB'))}\n`;
  },
  // dev split: pharmacy log
  () => lines(Array.from({ length: int(3, 7) }, () => {
    const dr = PII.person('US');
    return d`${L('timestamp', LA.timestamp())} fill rx=${digits(7)} prescriber="${nm(dr)}" dea=${P('MEDICAL_LICENSE', PII.deaNumber(dr.last))} patient="${P('PERSON', PII.person('US').full)}" phone=${ph('US')}`;
  })).push('\n'),
);
banking.push(
  // wire instructions
  () => {
    const p = PII.person();
    return d`WIRE INSTRUCTIONS (please verify by phone before sending)\nBeneficiary: ${nm(p)}\nIBAN: ${P('IBAN_CODE', PII.iban())}\nIntermediary US account: ${P('US_BANK_NUMBER', PII.usBankAccount())} (ABA ${PII.abaRouting()})\nReference: ${L('order_number', LA.orderNumber())}\nCall ${ph(p.cc, true)} to confirm. Do NOT use the old IBAN ${L('invalid_iban', LA.badIban())}.\n`;
  },
  // dev split: crypto exchange KYC
  () => {
    const p = PII.person();
    return d`KYC review ${L('order_number', LA.orderNumber())}\nName: ${nm(p)}\nCountry: ${PII.COUNTRY_NAMES[p.cc] ? P('LOCATION', PII.COUNTRY_NAMES[p.cc]) : p.cc}\nDeposit address: ${P('CRYPTO', PII.btcAddress())}\nWithdrawal address: ${P('CRYPTO', PII.btcAddress())}\nCard on file: ${P('CREDIT_CARD', PII.card())}\nPhone: ${ph(p.cc, true)}\nIP at signup: ${P('IP_ADDRESS', PII.ipv4())}\n`;
  },
  // payment processor webhook payload
  () => d`{"id":"evt_${f.string.alphanumeric(24)}","type":"charge.succeeded","created":${L('timestamp', LA.epoch())},"data":{"object":{"amount":${int(100, 99999)},"currency":"usd","billing_details":{"name":"${P('PERSON', PII.person().full)}","email":"${em(PII.person())}","phone":"${ph('US', true)}"},"payment_method_details":{"card":{"brand":"visa","last4":"${digits(4)}","fingerprint":"${f.string.alphanumeric(16)}"}},"metadata":{"raw_pan_debug":"${P('CREDIT_CARD', PII.card(undefined, 'plain'))}"}}}}\n`,
);
email.push(
  // newsletter bounce / mailer-daemon
  () => {
    const a = PII.person();
    return d`From: Mail Delivery Subsystem <${P('EMAIL_ADDRESS', 'mailer-daemon@googlemail.com')}>\nTo: ${em(PII.person())}\nSubject: Delivery Status Notification (Failure)\n\nAddress not found\nYour message wasn't delivered to ${em(a)} because the address couldn't be found.\n\nThe response was:\n550 5.1.1 The email account that you tried to reach does not exist. ${L('request_id', `${hex(16)}.${int(10, 99)} - gsmtp`)}\nReceived: from [${P('IP_ADDRESS', PII.ipv4())}] by mx.google.com\n`;
  },
  // signature-heavy thread in German/French
  () => {
    const a = PII.person(pick(['DE', 'FR'])), b = PII.person('US');
    return d`Am ${L('date', LA.date())} schrieb ${nm(a)} <${em(a)}>:\n> Hallo ${P('PERSON', b.first)},\n> anbei die Unterlagen. Bitte überweisen Sie auf ${P('IBAN_CODE', PII.iban(a.cc))}.\n> Mit freundlichen Grüßen\n> ${nm(a)}\n> Tel. ${ph(a.cc)} | Mobil ${ph(a.cc, true)}\n> ${street(PII.address(a.cc))}, ${city(PII.address(a.cc))}\n\nThanks ${P('PERSON', a.first)}, paid today. — ${P('PERSON', b.first)} (${ph('US')})\n`;
  },
  // dev split: calendar invite
  () => {
    const a = PII.person(), b = PII.person(), c = PII.person();
    return d`BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:${L('timestamp', `${int(2025, 2026)}${String(int(1, 12)).padStart(2, '0')}${String(int(10, 28))}T${int(10, 17)}0000Z`)}\nSUMMARY:Quarterly review\nORGANIZER;CN=${nm(a)}:mailto:${em(a)}\nATTENDEE;CN=${nm(b)}:mailto:${em(b)}\nATTENDEE;CN=${nm(c)}:mailto:${em(c)}\nLOCATION:${city(PII.address(a.cc))}\nDESCRIPTION:Dial-in ${ph(a.cc, true)} PIN ${digits(6)}#\nUID:${L('uuid', LA.uuid())}\nEND:VEVENT\nEND:VCALENDAR\n`;
  },
);
chat.push(
  // Discord/Teams style with phone numbers of many countries
  () => lines(Array.from({ length: int(4, 8) }, () => {
    const p = PII.person();
    return d`${P('PERSON', p.first)} — ${L('timestamp', LA.timestamp())}\n${pick([
      d`my whatsapp is ${ph(p.cc, true)}`, d`office line ${ph(p.cc, false)}, ask for ${P('PERSON', p.last)}`,
      d`version ${L('version', LA.semver())} fixed it for me`, d`ticket ${L('order_number', LA.orderNumber())} still open`,
      d`new ip of the vpn box: ${P('IP_ADDRESS', PII.ipv4())}`, d`ping me at ${em(p)}`,
    ])}`;
  }), '\n\n').push('\n'),
  // support chat widget export
  () => {
    const p = PII.person();
    return d`visitor_name,visitor_email,visitor_phone,message,ip\n${lines(Array.from({ length: int(3, 6) }, () => { const q = PII.person(); return d`${nm(q)},${em(q)},${ph(q.cc, true)},"${pick(['where is my order', 'cancel subscription', 'wrong size'])} ${LA.orderNumber()}",${P('IP_ADDRESS', PII.ipv4())}`; }))}\n`;
  },
  // dev split: incident channel with a leaked key and a phone bridge
  () => {
    const p = PII.person('US');
    return d`#inc-${int(1000, 9999)}\n${P('PERSON', p.first)}: bridge is ${ph('US')} pin ${digits(6)}\n${P('PERSON', PII.person().first)}: rolled back to ${L('git_sha', LA.shortSha())}\n${P('PERSON', p.first)}: the old key was ${sv(cred())} — revoke it\n${P('PERSON', PII.person().first)}: done at ${L('timestamp', LA.timestamp())}\n`;
  },
);
