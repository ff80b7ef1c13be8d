// train9 documents: CRM exports, HR / medical / banking records, JSON API answers, logs, stack traces, SQL dumps.
import { t, S, P, L, join, int, pick, chance, str, hex, digits, cyc, jsonEsc, mapv, B62, UP, LO, DIG } from './lib.mjs';
import { KIND_BY, SEC, anyKind, pem, password, jwt } from './secrets.mjs';
import * as X from './looks.mjs';
import { ADDR } from './pii.mjs';
import { EMAIL, PERSON, IP, PHONE, CARD, SSN, ITIN, PASSPORT, DEA, NHS, IBAN, BTC, CITY, COUNTRY, STREET, email, personName, personParts, latinPerson, emailFor, phone, driverLicense, bankAccount, ABA, ipv4, ipv6, fmtCard, cardNumber, ssn, itin, passport, dea, nhs, btc, fmtIban, ibanRaw, city, street } from './pii.mjs';

const esc = (m) => mapv(m, jsonEsc);
const csvq = (m) => mapv(m, (s) => (/[",;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s));

// ---------- CRM / CSV exports ----------
export function crmExport() {
  const v = cyc('crmv', ['contacts', 'leads', 'payments', 'donors', 'tsv', 'prescribers', 'travel']);
  const n = int(5, 9);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = latinPerson(); const nm = p.full;
    const em = emailFor(p.first.split(' ')[0], p.last.split(' ').pop());
    if (v === 'contacts') rows.push(t`${X.CRMID()},${csvq(P('PERSON', nm))},${P('EMAIL_ADDRESS', em)},${csvq(P('PHONE_NUMBER', phone()))},${csvq(P('LOCATION', city()))},${X.DATE()}`);
    else if (v === 'leads') rows.push(t`${i + 1};${csvq(P('PERSON', nm))};${P('EMAIL_ADDRESS', em)};${csvq(P('LOCATION', street()))};${csvq(P('LOCATION', city()))};${P('PHONE_NUMBER', phone())};${pick(['new', 'qualified', 'lost'])}`);
    else if (v === 'payments') rows.push(chance(0.2) ? t`${X.ORDER()},${csvq(P('PERSON', nm))},${X.TESTCARD()},${X.PRICE()},test` : chance(0.15) ? t`${X.ORDER()},${csvq(P('PERSON', nm))},${X.BADCARD()},${X.PRICE()},declined_invalid_number` : t`${X.ORDER()},${csvq(P('PERSON', nm))},${P('CREDIT_CARD', fmtCard(cardNumber()))},${X.PRICE()},captured`);
    else if (v === 'donors') rows.push(t`${csvq(P('PERSON', nm))},${P('EMAIL_ADDRESS', em)},${chance(0.5) ? P('IBAN_CODE', fmtIban(ibanRaw())) : P('CRYPTO', btc())},${X.PRICE()},${X.DATE()}`);
    else if (v === 'prescribers') rows.push(t`${csvq(P('PERSON', nm))},${pick(['MD', 'DO', 'NP', 'DDS'])},${P('MEDICAL_LICENSE', dea(p.last))},${digits(10)},${csvq(P('PHONE_NUMBER', phone('US')))},${csvq(P('LOCATION', city()))}`);
    else if (v === 'travel') { const d = driverLicense(); rows.push(t`${csvq(P('PERSON', nm))},${P('US_PASSPORT', passport())},${X.DATE()},${d.st},${P('US_DRIVER_LICENSE', d.v)},${X.ORDER()},${csvq(P('LOCATION', city()))}`); }
    else rows.push(t`${X.CRMID()}\t${P('PERSON', nm)}\t${P('PHONE_NUMBER', phone())}\t${P('IP_ADDRESS', chance(0.7) ? ipv4() : ipv6())}\t${X.TS()}`);
  }
  const head = { contacts: 'id,name,email,phone,city,created', leads: 'nr;naam;e-mail;adres;plaats;telefoon;status', payments: 'order,cardholder,pan,amount,status', donors: 'name,email,payout_account,amount,date', tsv: 'account\tfull_name\tmobile\tlast_ip\tlast_seen', prescribers: 'prescriber,credential,dea_number,npi,phone,city', travel: 'traveler,passport_no,passport_expiry,dl_state,dl_number,booking,destination' }[v];
  return t`${pick(['# export from CRM', '# crm_export.csv', '# Salesforce report', '# hubspot contacts'])} ${X.TS()}\n${head}\n${join(rows)}\n`;
}

// ---------- HR ----------
export function hrRecord() {
  const v = cyc('hrv', ['i9', 'payroll', 'review', 'de', 'relocation']);
  const p = personParts(); const nm = p.full;
  if (v === 'i9') { const d = driverLicense(); return t`EMPLOYEE RECORD — CONFIDENTIAL\nEmployee: ${P('PERSON', nm)}    Employee ID: ${X.CRMID()}\nHome address: ${ADDR()}\nMobile: ${PHONE('US')}    Personal email: ${EMAIL()}\nSSN: ${SSN()}\nForm I-9, List A: U.S. Passport #${PASSPORT()}, expires ${X.DATE()}\nList B (backup): ${pick(["Driver's License", 'DL#', 'State driver license no.'])} ${d.st}-${P('US_DRIVER_LICENSE', d.v)}\nEmergency contact: ${PERSON()}, ${PHONE()}\nStart: ${X.DATE()}   Salary band: ${X.PRICE()}\n`; }
  if (v === 'payroll') return t`PAYROLL CHANGE FORM ${X.INVOICE()}\nName: ${P('PERSON', nm)}\nTax ID (ITIN): ${ITIN()}\nDirect deposit — Bank: ${pick(['First Federal', 'Community Credit Union', 'Harbor Savings'])}\n  ABA routing no.: ${ABA()}\n  ${pick(['Checking account #', 'Acct no.', 'Account number'])}: ${P('US_BANK_NUMBER', bankAccount())}\n  Savings acct: ${P('US_BANK_NUMBER', bankAccount())}\nPrevious account (closed): ${P('US_BANK_NUMBER', bankAccount())}\nApproved by ${PERSON()} on ${X.DATE()}\nNote: the SSN field on the old form (${X.BADSSN()}) was invalid and has been replaced by ${SSN()}.\n`;
  if (v === 'review') return t`Performance review ${new Date(Date.UTC(2026, int(0, 11), 1)).toISOString().slice(0, 7)}\nEmployee: ${P('PERSON', nm)}, based in ${CITY()}\nManager: ${PERSON()}\nPeers consulted: ${PERSON()}, ${PERSON()}, ${PERSON()}\nITIN on file: ${ITIN()}\nSummary: strong delivery on ${X.TICKET()} and the ${X.VERSION()} release. Relocation to ${CITY()} approved.\nContact for follow-up: ${EMAIL()} / ${PHONE()}\n`;
  if (v === 'de') return t`Personalstammblatt\nName: ${P('PERSON', personName('de'))}\nAnschrift: ${ADDR()}\nTelefon: ${PHONE('DE')}  Mobil: ${PHONE('DE')}\nE-Mail: ${EMAIL()}\nBankverbindung: IBAN ${IBAN()}\nFrühere Bankverbindung (ungültig): ${X.BADIBAN()}\nEintritt: ${X.DATE()}   Kostenstelle ${int(1000, 9999)}\nAnsprechpartnerin HR: ${PERSON()}\n`;
  return t`Relocation package — ${P('PERSON', nm)}\nFrom: ${CITY()}, ${COUNTRY()}  →  To: ${CITY()}, ${COUNTRY()}\nVisa sponsor contact: ${PERSON()} (${PHONE()})\nTemporary housing: ${STREET()}\nPassport (US): ${PASSPORT()}\nUK NHS number (previous residence): ${NHS()}\nFamily: ${PERSON()} (spouse, ITIN ${ITIN()}), ${PERSON()}\nMoving company quote ${X.INVOICE()}: ${X.PRICE()}\n`;
}

// ---------- medical ----------
export function medicalRecord() {
  const v = cyc('medv', ['rx', 'nhs', 'referral', 'claim', 'lab']);
  const pt = personName(), doc = personParts();
  const docName = doc.full;
  const deaL = () => P('MEDICAL_LICENSE', dea(/^[A-Za-z]/.test(doc.last) ? doc.last : null));
  if (v === 'rx') return t`PRESCRIPTION\nPatient: ${P('PERSON', pt)}    DOB: ${L('date', `${String(int(1, 12)).padStart(2, '0')}/${String(int(1, 28)).padStart(2, '0')}/${int(1941, 2004)}`)}\nAddress: ${ADDR()}\nPhone: ${PHONE()}\nRx: ${pick(['Oxycodone 5 mg', 'Adderall XR 20 mg', 'Lorazepam 1 mg'])}, #${int(10, 60)}, ${int(0, 2)} refills\nPrescriber: Dr. ${P('PERSON', docName)}\nDEA #: ${deaL()}    NPI: ${digits(10)}\nPharmacy fax order ${X.ORDER()}; lot ${X.SERIAL()}\n`;
  if (v === 'nhs') return t`Discharge summary\nPatient: ${P('PERSON', pt)}\nNHS Number: ${NHS()}\nGP: Dr ${P('PERSON', docName)}, ${ADDR()}\nNext of kin: ${PERSON()} — ${PHONE('GB')}\nAdmitted ${X.DATE()}, discharged ${X.DATE()}. Ward ${int(1, 30)}${pick(['A', 'B'])}.\nPrevious NHS number on file (typo): ${L('invalid_nhs', (() => { const n = nhs().replace(/\D/g, ''); return n.slice(0, 9) + ((+n[9] + 1) % 10); })())}\n`;
  if (v === 'referral') return t`REFERRAL\nTo: ${pick(['Cardiology', 'Dermatology', 'Orthopedics'])}, ${CITY()}\nFrom: ${P('PERSON', docName)}, MD — DEA ${deaL()}\nCo-signing prescriber: ${PERSON()} (DEA Registration No. ${DEA()})\nRe: ${P('PERSON', pt)}, NHS no. ${NHS()}, insured under member ID ${X.CRMID()}\nReason: ${pick(['atrial fibrillation', 'suspicious nevus', 'torn ACL'])}. Please call ${PHONE()} to schedule.\n`;
  if (v === 'claim') return t`{"claim_id": "${X.UUID()}", "patient": {"name": "${P('PERSON', pt)}", "ssn": "${SSN()}", "address": "${esc(STREET())}", "city": "${CITY()}", "phone": "${PHONE('US')}"}, "provider": {"name": "${P('PERSON', docName)}", "dea": "${deaL()}", "npi": "${digits(10)}"}, "amount": "${X.PRICE()}", "submitted": "${X.TS()}"}\n`;
  return t`LAB REPORT ${X.ORDER()}\nPatient: ${P('PERSON', pt)}   Patient ID: ${X.CRMID()}   NHS ${NHS()}\nOrdering physician: ${P('PERSON', docName)} (DEA ${deaL()})\nCollected ${X.TS()} at ${CITY()} draw site\nHbA1c 6.${int(0, 9)} %   LDL ${int(70, 190)} mg/dL\nResults phoned to patient at ${PHONE()} by ${PERSON()}.\n`;
}

// ---------- banking ----------
export function bankingDoc() {
  const v = cyc('bankv', ['statement', 'wire', 'chargeback', 'crypto', 'kyc', 'ach']);
  const nm = personName();
  if (v === 'statement') { const rows = []; for (let i = 0; i < int(4, 7); i++) rows.push(t`${X.DATE()}  ${pick(['SEPA transfer from', 'Lastschrift', 'Card payment', 'Virement de'])} ${PERSON()}  ${pick(['', 'IBAN ' ])}${chance(0.6) ? IBAN() : X.ORDER()}  ${X.PRICE()}`); return t`ACCOUNT STATEMENT — ${P('PERSON', nm)}\n${ADDR()}\nIBAN: ${IBAN()}\nPeriod ${X.DATE()} – ${X.DATE()}\n\n${join(rows)}\n\nCard on account: ${CARD()}\n`; }
  if (v === 'wire') return t`WIRE TRANSFER REQUEST\nOriginator: ${P('PERSON', nm)}, ${ADDR()}\nOriginator account no.: ${P('US_BANK_NUMBER', bankAccount())} (routing ${ABA()})\nBeneficiary: ${PERSON()}\nBeneficiary IBAN: ${IBAN()}\nAmount: ${X.PRICE()}   Reference: ${X.INVOICE()}\nCallback verification: ${PHONE()}\n`;
  if (v === 'chargeback') return t`Chargeback case ${X.ORDER()}\nCardholder: ${P('PERSON', nm)}\nPAN: ${CARD()}\nDisputed transaction ${X.REQID()} of ${X.PRICE()} on ${X.DATE()}\nMerchant test PAN (ignore): ${X.TESTCARD()}\nBilling address: ${ADDR()}\nCustomer IP at checkout: ${IP()}\n`;
  if (v === 'crypto') return t`Withdrawal requests (compliance hold)\n${join(Array.from({ length: int(3, 5) }, () => t`- ${P('PERSON', personName())} → ${BTC()}  ${int(0, 3)}.${digits(6)} BTC  tx ${X.HASH()}`))}\nHot wallet change address: ${BTC()}\nReviewed by ${PERSON()} from ${IP()}\n`;
  if (v === 'kyc') { const d = driverLicense(); return t`KYC CHECKLIST\nApplicant: ${P('PERSON', nm)}\nSSN: ${SSN()}   ITIN (spouse): ${ITIN()}\nID document: US passport ${PASSPORT()}\nSecondary ID: ${d.st} driver's license number ${P('US_DRIVER_LICENSE', d.v)}\nAddress proof: utility bill for ${ADDR()}\nExisting checking acct: ${P('US_BANK_NUMBER', bankAccount())}\nPhone verified: ${PHONE()}\n`; }
  return t`ACH batch ${X.BUILD()} (${X.DATE()})\n${join(Array.from({ length: int(3, 5) }, () => t`  ${PERSON()} | RDFI ${ABA()} | DFI acct ${P('US_BANK_NUMBER', bankAccount())} | ${X.PRICE()}`))}\nBatch hash ${X.HASH()}\n`;
}

// ---------- JSON API answers ----------
export function jsonApi() {
  const v = cyc('apiv', ['user', 'orders', 'oauth', 'search', 'webhook', 'admin']);
  const p = personParts(); const nm = p.full;
  if (v === 'user') return t`{"data":{"id":"${X.UUID()}","type":"user","attributes":{"full_name":"${P('PERSON', nm)}","email":"${EMAIL()}","phone":"${PHONE()}","address":{"line1":"${esc(STREET())}","city":"${CITY()}","country":"${COUNTRY()}"},"last_login_ip":"${IP()}","geo":"${X.COORD()}","ssn":"${SSN()}","created_at":"${X.TS()}","avatar_color":"${X.COLOR()}"}},"meta":{"request_id":"${X.REQID()}","api_version":"${X.VERSION()}"}}\n`;
  if (v === 'orders') return t`{\n  "orders": [\n    {"id": "${X.ORDER()}", "customer": "${P('PERSON', nm)}", "ship_to": "${esc(STREET())}, ${CITY()}", "tracking": "${X.TRACKING()}", "total": "${X.PRICE()}", "payment": {"card": "${CARD()}", "wallet": "${BTC()}"}},\n    {"id": "${X.ORDER()}", "customer": "${PERSON()}", "ship_to": "${CITY()}", "tracking": "${X.TRACKING()}", "total": "${X.PRICE()}", "payment": {"card": "${X.TESTCARD()}"}}\n  ],\n  "next_cursor": "${L('cursor', Buffer.from(`{"after":${int(1000, 99999)}}`).toString('base64'))}"\n}\n`;
  if (v === 'oauth') return t`HTTP/1.1 200 OK\nContent-Type: application/json\nX-Request-Id: ${X.REQID()}\n\n{"access_token":"${S('JWT_BEARER_TOKEN', jwt())}","token_type":"Bearer","expires_in":3600,"refresh_token":"${SEC('GOOGLE_REFRESH_TOKEN')}","id_token":"${S('JWT_BEARER_TOKEN', jwt({ alg: 'RS256' }))}","scope":"openid email"}\n`;
  if (v === 'search') return t`{"hits":{"total":${int(2, 40)},"hits":[{"_id":"${X.HASH()}","_source":{"name":"${P('PERSON', nm)}","email":"${EMAIL()}","ssn_last4":"${digits(4)}","passport":"${PASSPORT()}","nhs":"${NHS()}","geo":"${X.COORD()}"}},{"_id":"${X.HASH()}","_source":{"name":"${PERSON()}","itin":"${ITIN()}","ssn":"${SSN()}","dea":"${DEA()}"}}]},"took":${int(2, 90)}}\n`;
  if (v === 'webhook') { const k = anyKind(); return t`POST /hooks/billing HTTP/1.1\nHost: hooks.acme.example\nStripe-Signature: t=${X.TS()},v1=${X.HASH()}\nAuthorization: Basic ${SEC('BASIC_AUTH_CREDENTIALS')}\n\n{"id":"evt_${str(B62, 24)}","type":"customer.updated","data":{"object":{"id":"${X.CRMID()}","name":"${P('PERSON', nm)}","email":"${EMAIL()}","phone":"${PHONE()}","metadata":{"${k.env.toLowerCase()}":"${S(k.e, k.g())}"}}}}\n`; }
  const k = anyKind();
  return t`{"integrations":[{"name":"${pick(['slack', 'datadog', 'jira'])}","config":{"${k.env.toLowerCase()}":"${S(k.e, k.g())}","owner":"${EMAIL()}","placeholder":"${X.PH()}"},"updated_at":"${X.TS()}"},{"name":"smtp","config":{"host":"${X.HOST()}","user":"mailer","password":"${SEC('SMTP_PASSWORD')}"}}],"audit":{"actor":"${P('PERSON', nm)}","ip":"${IP()}"}}\n`;
}

// ---------- logs ----------
export function logDoc() {
  const v = cyc('logv', ['nginx', 'app', 'auth', 'k8s', 'json', 'syslog']);
  const lines = [];
  const n = int(6, 12);
  const style = pick(['iso', 'iso', 'epoch', 'epochms', 'clock']);
  let now = 1760000000000 + int(0, 3e10);
  const TS = () => { now += int(50, 90000); const d = new Date(now); return L('timestamp', style === 'iso' ? d.toISOString() : style === 'epoch' ? String(Math.floor(now / 1000)) : style === 'epochms' ? String(now) : d.toISOString().slice(11, 23).replace('.', ',')); };
  for (let i = 0; i < n; i++) {
    if (v === 'nginx') lines.push(t`${IP()} - - [${int(1, 28)}/Oct/2026:${int(10, 23)}:${int(10, 59)}:${int(10, 59)} +0000] "${pick(['GET', 'POST'])} ${pick([t`/api/v1/orders/${X.ORDER().v.replace('#', '')}`, t`/login?next=%2F`, t`/reset?token=${SEC('SESSION_SECRET')}`, t`/export?api_key=${SEC('GENERIC_API_KEY')}`, '/healthz', t`/static/app.${X.SHORTSHA()}.js`])} HTTP/1.1" ${pick([200, 200, 302, 401, 404])} ${int(100, 90000)} "-" "${pick(['Mozilla/5.0', 'curl/8.5.0', 'okhttp/4.12.0'])}"`);
    else if (v === 'app') lines.push(pick([
      () => t`${TS()} INFO  [${pick(['main', 'worker-3'])}] user ${EMAIL()} logged in from ${IP()}`,
      () => t`${TS()} DEBUG [http] outgoing request headers={"Authorization": "Bearer ${SEC(pick(['OPENAI_API_KEY', 'SLACK_BOT_TOKEN', 'JWT_BEARER_TOKEN', 'NOTION_TOKEN', 'LINEAR_API_KEY']))}", "X-Request-Id": "${X.REQID()}"}`,
      () => t`${TS()} WARN  [db] connect failed: postgres://app:${SEC('POSTGRES_PASSWORD')}@${X.HOST()}:5432/app (timeout)`,
      () => t`${TS()} INFO  [billing] charged card ${CARD()} amount=${X.PRICE()} order=${X.ORDER()}`,
      () => t`${TS()} INFO  [sms] sent OTP to ${PHONE()} (template ${X.UUID()})`,
      () => t`${TS()} ERROR [mailer] SMTP auth failed for user noreply pass=${SEC('SMTP_PASSWORD')}`,
      () => t`${TS()} INFO  [deploy] rolled out ${X.VERSION()} (${X.SHORTSHA()})`,
    ])());
    else if (v === 'auth') lines.push(t`${pick(['Oct', 'Nov'])} ${int(1, 28)} ${int(10, 23)}:${int(10, 59)}:${int(10, 59)} bastion sshd[${int(1000, 60000)}]: ${pick([t`Accepted publickey for deploy from ${IP()} port ${int(30000, 65000)} ssh2: ED25519 SHA256:${L('hash', Buffer.from(hex(64), 'hex').toString('base64').replace(/=+$/, ''))}`, t`Failed password for invalid user admin from ${IP()} port ${int(30000, 65000)} ssh2`, t`pam_unix(sshd:auth): authentication failure; rhost=${IP()} user=${pick(['root', 'oracle'])}`])}`);
    else if (v === 'k8s') lines.push(pick([
      () => t`${TS()} pod/${pick(['api', 'worker'])}-${hex(10)}-${str(LO + DIG, 5)} env: ${(() => { const k = anyKind(); return t`${k.env}=${S(k.e, k.g())}`; })()}`,
      () => t`${TS()} Pulled image "registry.acme.example/api@${X.DIGEST()}"`,
      () => t`${TS()} client ${IP()} GET /metrics 200 trace=${X.TRACE()} span=${X.SPAN()}`,
    ])());
    else if (v === 'json') lines.push(pick([
      () => t`{"ts":"${TS()}","level":"info","msg":"signup","user":{"name":"${PERSON()}","email":"${EMAIL()}","phone":"${PHONE()}"},"ip":"${IP()}"}`,
      () => t`{"ts":"${TS()}","level":"error","msg":"upstream 401","headers":{"x-api-key":"${SEC(anyKind().e)}"},"request_id":"${X.REQID()}"}`,
      () => t`{"ts":"${TS()}","level":"warn","msg":"payout","iban":"${IBAN()}","btc":"${BTC()}","amount":"${X.PRICE()}"}`,
    ])());
    else lines.push(t`<${int(10, 190)}>1 ${TS()} ${X.HOST()} ${pick([() => t`radiusd ${int(100, 9999)} - - client ${IP()} shared secret ${SEC('RADIUS_SHARED_SECRET')} mismatch`, () => t`postfix/smtpd ${int(100, 9999)} - - connect from unknown[${IP()}]`, () => t`charon ${int(100, 9999)} - - IKE_SA psk '${SEC('IPSEC_PSK')}' loaded`, () => t`postfix/smtpd ${int(100, 9999)} - - ${str(UP + DIG, 10)}: client=unknown[${IP()}], sasl_method=LOGIN, sasl_username=${EMAIL()}`])()}`);
  }
  return t`${join(lines)}\n`;
}

// ---------- stack traces / crash dumps ----------
export function stackTrace() {
  const v = cyc('stv', ['python', 'java', 'node', 'go', 'ruby', 'dotnet']);
  const k = anyKind();
  if (v === 'python') return t`Traceback (most recent call last):\n  File "/srv/app/jobs/export.py", line ${int(20, 300)}, in run\n    conn = psycopg2.connect("host=${X.HOST().v} dbname=warehouse user=etl password=${SEC('POSTGRES_PASSWORD')}")\n  File "/usr/lib/python3.12/site-packages/psycopg2/__init__.py", line 122, in connect\n    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\npsycopg2.OperationalError: connection to server failed: timeout\n\nLocals at frame 0:\n  self.api_key = '${S(k.e, k.g())}'\n  self.user_email = '${EMAIL()}'\n  job_id = '${X.UUID()}'\n`;
  if (v === 'java') return t`${X.TS()} ERROR [http-nio-8080-exec-${int(1, 9)}] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() threw exception\norg.springframework.web.client.HttpClientErrorException$Unauthorized: 401 : "{\\"error\\":\\"invalid key ${esc(S(k.e, k.g()))}\\"}"\n\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:${int(100, 200)})\n\tat com.acme.crm.SyncService.push(SyncService.java:${int(40, 400)})\nCaused by: request to https://crm.globex.test/api?user=${EMAIL()}&token=${SEC('OAUTH_CLIENT_SECRET')}\n\t... ${int(10, 60)} more\n`;
  if (v === 'node') return t`/app/node_modules/axios/lib/core/settle.js:19\n    reject(new AxiosError(\nAxiosError: Request failed with status code 403\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n  config: {\n    url: 'https://api.acme.example/v1/chat',\n    headers: { Authorization: 'Bearer ${S(k.e, k.g())}', 'User-Agent': 'axios/${X.VERSION()}' },\n    data: '{"user":"${P('PERSON', personName())}","phone":"${PHONE()}"}'\n  },\n  code: 'ERR_BAD_REQUEST'\nNode.js v${X.VERSION()}\n`;
  if (v === 'go') return t`panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x${hex(6)}]\n\ngoroutine ${int(1, 300)} [running]:\nmain.(*Uploader).Put(0xc000${hex(6)}, {0xc0001${hex(5)}, 0x${hex(2)}})\n\t/src/uploader.go:${int(20, 200)} +0x${hex(3)}\nmain.main()\n\t/src/main.go:${int(10, 60)} +0x${hex(3)}\n\nenv at crash: AWS_ACCESS_KEY_ID=${SEC('AWS_ACCESS_KEY_ID')} AWS_SECRET_ACCESS_KEY=${SEC('AWS_SECRET_ACCESS_KEY')} AWS_REGION=eu-west-1 BUILD=${X.SHA()}\n`;
  if (v === 'ruby') return t`Net::SMTPAuthenticationError (535 5.7.8 Username and Password not accepted):\n  app/mailers/invoice_mailer.rb:${int(10, 90)}:in \`deliver'\n  app/jobs/send_invoice_job.rb:${int(5, 40)}:in \`perform'\nParameters: {"invoice_id"=>"${X.INVOICE().v}", "to"=>"${EMAIL()}"}\nsmtp_settings: {:address=>"${X.HOST().v}", :user_name=>"billing", :password=>"${SEC('SMTP_PASSWORD')}"}\nRequest ${X.REQID()} from ${IP()}\n`;
  return t`Unhandled exception. System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'.\n   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions)\n   at Acme.Payroll.Db.Open() in D:\\a\\payroll\\Db.cs:line ${int(10, 300)}\nConnectionString: Data Source=${X.HOST().v};Initial Catalog=Payroll;User Id=sa;Password=${SEC('MSSQL_PASSWORD')};\nClientConnectionId:${X.UUID()}\nError Number:18456,State:1,Class:14\n`;
}

// ---------- SQL dumps ----------
export function sqlDump() {
  const v = cyc('sqlv', ['users', 'patients', 'employees']);
  const rows = [];
  for (let i = 0; i < int(3, 6); i++) {
    const p = latinPerson(); const nm = p.full.replace(/'/g, "''");
    if (v === 'users') rows.push(t`(${int(1, 99999)}, '${P('PERSON', nm)}', '${P('EMAIL_ADDRESS', emailFor(p.first.split(' ')[0], p.last.split(' ').pop()))}', '${P('PHONE_NUMBER', phone())}', '${P('IP_ADDRESS', ipv4())}', '${L('hash', '$2b$12$' + str(B62 + './', 53))}', '${X.TS().v}')`);
    else if (v === 'patients') rows.push(t`(${int(1, 99999)}, '${P('PERSON', nm)}', '${P('US_SSN', ssn('-'))}', '${P('MEDICAL_LICENSE', dea(p.last))}', '${P('LOCATION', street().replace(/'/g, "''"))}')`);
    else { const d = driverLicense(); rows.push(t`(${int(1, 99999)}, '${P('PERSON', nm)}', '${P('US_PASSPORT', passport())}', '${d.st}', '${P('US_DRIVER_LICENSE', d.v)}', '${P('US_BANK_NUMBER', bankAccount())}', '${P('US_ITIN', itin())}')`); }
  }
  const cols = { users: '(id, name, email, phone, signup_ip, password_hash, created_at)', patients: '(id, full_name, ssn, prescriber_dea, address)', employees: '(id, name, passport_no, dl_state, drivers_license, bank_account_number, itin)' }[v];
  return t`-- MySQL dump ${X.VERSION()}\n-- Host: ${X.HOST()}    Database: ${pick(['app', 'clinic', 'hr'])}\n-- Dump completed on ${X.TS()}\n\nLOCK TABLES \`${v}\` WRITE;\nINSERT INTO \`${v}\` ${cols} VALUES\n${join(rows, ',\n')};\nUNLOCK TABLES;\n`;
}
