// HR, health, education, banking and tax documents: the personal files an
// office agent opens through HR, patient-portal, school and banking tools.
import { S, P, L, F, J, phrase, jsonEsc } from './doc.mjs';
import { abaRouting } from './pii.mjs';

const IBAN_CC = new Set(['AT', 'BE', 'CH', 'CZ', 'DE', 'DK', 'ES', 'FI', 'FR', 'GB', 'GR', 'HU', 'IE', 'IT', 'NL', 'NO', 'PL', 'PT', 'SE', 'TR', 'AE', 'IL', 'BR']);
const ibanCc = (c) => (IBAN_CC.has(c.cc) ? c.cc : undefined);
const dob = (c, a = 1955, b = 2005) => `${c.int(a, b)}-${String(c.int(1, 12)).padStart(2, '0')}-${String(c.int(1, 28)).padStart(2, '0')}`;

export function offer_letter(c, d) {
  const cand = c.person(); const mgr = c.person(); const hr = c.person();
  const dt = c.randDate(); const T = (m) => c.tr(m);
  d.line(c.company); d.line(c.addrOne()); d.raw('\n');
  d.line(c.date(dt)); d.raw('\n');
  d.line(c.name(cand)); for (const l of c.addrLines(cand.place)) d.line(l); d.raw('\n');
  d.line(phrase(c.ph.dear, c.name(cand))); d.raw('\n');
  d.line(T({ en: 'We are delighted to offer you the position of ', de: 'Wir freuen uns, Ihnen die Position ', fr: 'Nous avons le plaisir de vous proposer le poste de ', es: 'Nos complace ofrecerle el puesto de ', it: 'Siamo lieti di offrirle il ruolo di ', pt: 'Temos o prazer de oferecer a vaga de ', nl: 'Graag bieden wij u de functie ', ja: '下記の職位にて採用を内定いたしました：', zh: '我们很高兴向您提供以下职位：', ko: '다음 직무로 채용을 제안드립니다: ' }), c.pick(['Senior Data Analyst', 'Office Manager', 'Account Executive', 'Product Designer', 'Payroll Specialist', 'Site Reliability Engineer', 'Legal Counsel']), T({ en: '.', de: ' anzubieten.', nl: ' aan te bieden.' }) || '.');
  d.line(T({ en: 'Start date: ', de: 'Eintrittsdatum: ', fr: "Date d'entrée : ", es: 'Fecha de incorporación: ', it: 'Data di inizio: ', pt: 'Data de início: ', nl: 'Startdatum: ', ja: '入社日：', zh: '入职日期：', ko: '입사일: ' }), c.date(c.addDays(dt, c.int(14, 60))));
  d.line(T({ en: 'Annual base salary: ', de: 'Jahresbruttogehalt: ', fr: 'Salaire annuel brut : ', es: 'Salario bruto anual: ', it: 'RAL: ', pt: 'Salário anual: ', nl: 'Bruto jaarsalaris: ', ja: '年俸：', zh: '年薪：', ko: '연봉: ' }), c.price(35000, 160000));
  d.line(T({ en: 'Reporting to: ', de: 'Vorgesetzte/r: ', fr: 'Rattaché(e) à : ', es: 'Reporta a: ', it: 'Riporta a: ', pt: 'Gestor(a): ', nl: 'Leidinggevende: ', ja: '上長：', zh: '直属上级：', ko: '보고 대상: ' }), c.name(mgr));
  d.line(T({ en: 'Work location: ', de: 'Arbeitsort: ', fr: 'Lieu de travail : ', es: 'Centro de trabajo: ', it: 'Sede: ', pt: 'Local de trabalho: ', nl: 'Standplaats: ', ja: '勤務地：', zh: '工作地点：', ko: '근무지: ' }), c.city());
  d.raw('\n');
  if (c.chance(0.5)) d.line(T({ en: 'Your onboarding portal login: ', de: 'Ihr Zugang zum Onboarding-Portal: ', fr: "Votre accès au portail d'intégration : ", es: 'Acceso al portal de incorporación: ' }), c.user(cand), ' / ', c.tempPw());
  d.line(T({ en: 'Please sign and return by ', de: 'Bitte unterschrieben zurück bis ', fr: 'Merci de retourner signé avant le ', es: 'Devuélvala firmada antes del ', it: 'Da restituire firmata entro il ', pt: 'Devolver assinada até ', nl: 'Graag getekend retour voor ', ja: '署名の上、次の日までにご返送ください：', zh: '请于以下日期前签字寄回：', ko: '서명 후 회신 기한: ' }), c.date(c.addDays(dt, 7)), '.');
  d.raw('\n'); d.line(c.ph.regards); d.line(c.name(hr)); d.line(c.pick(['HR Business Partner', 'People Team', 'Personalabteilung', 'Ressources humaines', 'Recursos Humanos', '人事部', '人力资源部', '인사팀'])); d.line(c.workEmail(hr), ' · ', c.phone(c.cc));
}

export function payroll(c, d) {
  const T = (m) => c.tr(m);
  if (c.cc === 'US' || (c.lang === 'en' && c.chance(0.3))) {
    d.line('PAYROLL REGISTER — pay period ending ', c.date(), ' — ', c.company);
    d.line('emp_id,name,tin,state,bank_account,routing,gross,net');
    for (let i = 0; i < c.int(6, 10); i++) {
      const p = c.person({ culture: c.pick(['us', 'us', 'us', 'mx', 'in', 'cn', 'kr', 'ng', 'ph', 'vn']), intl: 0 });
      d.line(c.look('employee_id'), ',', c.name(p, 'en'), ',', c.chance(0.25) ? c.itin() : c.ssn('dash'), ',', c.pick(['CA', 'NY', 'TX', 'WA', 'IL', 'GA']), ',', c.bankAcct(), ',', abaRouting(c.r), ',"', c.price(1800, 9000, 'USD'), '","', c.price(1200, 7000, 'USD'), '"');
    }
    if (c.chance(0.6)) d.line('# import warning: row skipped, invalid SSN ', c.invalidSsn(), ' for ', c.look('employee_id'));
    d.line('# prepared by ', c.workEmail(c.person()), ' at ', c.ts(undefined, 'iso'));
    return;
  }
  const e = c.person(); const ph = c.ph;
  d.line(T({ en: 'PAYSLIP', de: 'Entgeltabrechnung', fr: 'BULLETIN DE PAIE', es: 'NÓMINA', it: 'BUSTA PAGA', pt: 'HOLERITE', nl: 'LOONSTROOK', pl: 'PASEK WYPŁATY', ja: '給与明細書', zh: '工资单', ko: '급여명세서', sv: 'LÖNESPECIFIKATION', fi: 'PALKKALASKELMA', cs: 'VÝPLATNÍ PÁSKA', tr: 'MAAŞ BORDROSU', el: 'ΕΚΚΑΘΑΡΙΣΤΙΚΟ ΜΙΣΘΟΔΟΣΙΑΣ', ru: 'РАСЧЁТНЫЙ ЛИСТОК', uk: 'РОЗРАХУНКОВИЙ ЛИСТ' }), ' ', c.date());
  d.line(c.company, ' · ', c.addrOne());
  d.raw('\n');
  d.line(`${ph.f.employee}: `, c.name(e), ' · ', c.look('employee_id'));
  d.line(`${ph.f.address}: `, c.addrOne(e.place));
  d.line(T({ en: 'Tax ID', de: 'Steuer-ID', fr: 'N° fiscal', es: 'NIF', it: 'Codice fiscale', pt: 'CPF', nl: 'BSN', pl: 'PESEL', ja: 'マイナンバー', zh: '身份证号', ko: '주민등록번호', sv: 'Personnummer', fi: 'Henkilötunnus', cs: 'Rodné číslo', tr: 'TC Kimlik No', el: 'ΑΦΜ', ru: 'ИНН', uk: 'РНОКПП' }), ': ', c.r.digits(c.pick([9, 10, 11]), true), T({ en: '', de: '   SV-Nr.: ' + `${c.r.digits(2, true)} ${c.r.digits(6)} ${c.r.str('ABCDEFGHIJKLMNOPRSTUVWZ', 1)} ${c.r.digits(3)}`, fr: '   N° SS : ' + `${c.int(1, 2)} ${c.r.digits(2)} ${c.r.digits(2)} ${c.r.digits(2)} ${c.r.digits(3)} ${c.r.digits(3)} ${c.r.digits(2)}` }));
  d.raw('\n');
  const gross = 2200 + c.r.float() * 6000, tax = gross * (0.08 + c.r.float() * 0.15), soc = gross * (0.09 + c.r.float() * 0.1);
  for (const [k, amt] of [[T({ en: 'Gross pay', de: 'Bruttolohn', fr: 'Salaire brut', es: 'Devengado', it: 'Lordo', pt: 'Salário bruto', nl: 'Brutoloon', ja: '総支給額', zh: '应发工资', ko: '지급 총액' }), gross], [T({ en: 'Income tax', de: 'Lohnsteuer', fr: 'Impôt à la source', es: 'IRPF', it: 'IRPEF', pt: 'IRRF', nl: 'Loonheffing', ja: '所得税', zh: '个人所得税', ko: '소득세' }), tax], [T({ en: 'Social security', de: 'Sozialversicherung', fr: 'Cotisations sociales', es: 'Seguridad Social', it: 'Contributi INPS', pt: 'INSS', nl: 'Premies', ja: '社会保険料', zh: '社保', ko: '4대 보험' }), soc], [T({ en: 'Net pay', de: 'Auszahlungsbetrag', fr: 'Net à payer', es: 'Líquido a percibir', it: 'Netto in busta', pt: 'Líquido', nl: 'Nettoloon', ja: '差引支給額', zh: '实发工资', ko: '실지급액' }), gross - tax - soc]]) d.line(`  ${k}`.padEnd(28), c.money(amt));
  d.raw('\n');
  d.line(T({ en: 'Paid to', de: 'Überweisung an', fr: 'Versé sur', es: 'Abonado en', it: 'Accreditato su', pt: 'Creditado em', nl: 'Overgemaakt naar', ja: '振込先', zh: '发放账户', ko: '입금 계좌' }), ': ', c.iban(ibanCc(c)), ' · ', c.date());
}

export function leave_request(c, d) {
  const e = c.person(); const m = c.person(); const dep = c.person();
  const dt = c.randDate(); const T = (x) => c.tr(x); const ph = c.ph;
  const json = c.chance(0.3);
  const type = T({ en: ['Annual leave', 'Parental leave', 'Sick leave', 'Unpaid leave'], de: ['Erholungsurlaub', 'Elternzeit', 'Sonderurlaub'], fr: ['Congés payés', 'Congé parental', 'RTT'], es: ['Vacaciones', 'Permiso por mudanza', 'Baja médica'], it: ['Ferie', 'Permesso ROL'], pt: ['Férias', 'Licença'], nl: ['Vakantieverlof', 'Ouderschapsverlof'], ja: ['年次有給休暇', '慶弔休暇'], zh: ['年假', '事假'], ko: ['연차', '병가'], pl: ['Urlop wypoczynkowy'], tr: ['Yıllık izin'], ru: ['Ежегодный отпуск'] });
  const start = c.addDays(dt, c.int(5, 40)); const end = c.addDays(start, c.int(1, 15));
  if (json) {
    d.raw('{\n  "request_id": "'); d.add(c.look('case_number')); d.raw('",\n  "employee": {"name": "'); d.add(c.name(e)); d.raw('", "id": "'); d.add(c.look('employee_id')); d.raw('", "email": "'); d.add(c.workEmail(e)); d.raw('"},\n');
    d.raw(`  "type": "${type}",\n  "from": "`); d.add(c.date(start, 'iso')); d.raw('",\n  "to": "'); d.add(c.date(end, 'iso')); d.raw('",\n  "approver": "'); d.add(c.name(m)); d.raw('",\n');
    d.raw('  "contact_during_leave": "'); d.add(c.phoneOf(e)); d.raw('",\n  "deputy": "'); d.add(c.name(dep)); d.raw('",\n  "status": "pending",\n  "submitted": "'); d.add(c.ts(dt, 'iso')); d.raw('"\n}\n');
    return;
  }
  d.line(T({ en: 'Leave request', de: 'Urlaubsantrag', fr: 'Demande de congé', es: 'Solicitud de ausencia', it: 'Richiesta ferie', pt: 'Solicitação de férias', nl: 'Verlofaanvraag', ja: '休暇申請', zh: '请假申请', ko: '휴가 신청서', pl: 'Wniosek urlopowy', tr: 'İzin talebi', ru: 'Заявление на отпуск', sv: 'Ledighetsansökan', fi: 'Lomahakemus', cs: 'Žádost o dovolenou', el: 'Αίτηση άδειας', uk: 'Заява на відпустку', vi: 'Đơn xin nghỉ phép', id: 'Pengajuan cuti', th: 'ใบลา', he: 'בקשת חופשה', ar: 'طلب إجازة', hi: 'अवकाश आवेदन' }), ' · ', c.look('case_number'));
  d.line(`${ph.f.employee}: `, c.name(e), ' (', c.look('employee_id'), ')');
  d.line(`${ph.f.manager}: `, c.name(m));
  d.line(`${type}: `, c.date(start), ' – ', c.date(end));
  d.line(T({ en: 'Deputy', de: 'Vertretung', fr: 'Suppléant', es: 'Sustituto', it: 'Sostituto', pt: 'Substituto', nl: 'Vervanger', ja: '代理', zh: '代理人', ko: '대리인', pl: 'Zastępstwo', tr: 'Vekil', ru: 'Замещающий' }), ': ', c.name(dep), ', ', c.phoneOf(dep));
  const trip2 = c.pick(['ES', 'IT', 'GR', 'TH', 'JP', 'PT', 'US', 'MX', 'ID', 'TR', 'VN', 'FR']);
  d.fmt(ph.travel, c.city(trip2), c.date(start)); d.raw('\n');
  if (c.chance(0.5)) d.line(`${ph.f.address}: `, c.addrOne(trip2));
  d.fmt(ph.call, c.phoneOf(e)); d.raw('\n');
  d.line(`${ph.f.signature}: `, c.name(e), ' — ', c.date(dt));
}

export function hr_onboarding(c, d) {
  const e = c.person({ culture: c.pick(['us', 'us', 'us', 'mx', 'in', 'cn', 'kr', 'ng', 'ph', 'vn', 'de', 'br']), intl: 0 });
  const ec = c.person({ culture: e.culture, intl: 0 });
  const itin = c.chance(0.4);
  d.line('NEW HIRE INFORMATION — ', c.company, ' — confidential');
  d.line('Start date: ', c.date(), '   Employee ID: ', c.look('employee_id'));
  d.raw('\n');
  d.line('Legal name:        ', c.name(e, 'en'));
  d.line('Preferred name:    ', c.given(e, 'en'));
  d.line('Date of birth:     ', dob(c));
  d.line(itin ? 'ITIN:              ' : 'SSN:               ', itin ? c.itin() : c.ssn());
  d.line('Home address:      ', c.addrOne('US'));
  d.line('Mobile:            ', c.phone('US'));
  d.line('Personal e-mail:   ', c.email(e));
  const st = c.pick(['CA', 'NY', 'TX', 'FL', 'IL', 'WA', 'PA', 'NJ', 'MI', 'OH', 'MA', 'GA', 'AZ', 'CO']);
  d.line(`Driver's license:  `, c.dl(st), ` (${st}), expires `, c.date(c.randDate(2027, 2032)));
  if (itin || c.chance(0.7)) d.line(itin ? 'Passport (US visa holder file copy): ' : 'US passport:       ', c.passport(), ', issued ', c.date(c.randDate(2018, 2025)));
  d.raw('\n');
  d.line('DIRECT DEPOSIT');
  d.line('  Bank: ', c.pick(['Pelorus Bank', 'First Harbor CU', 'Granite Savings']), '  Routing: ', abaRouting(c.r), '  Account: ', c.bankAcct(), '  (', c.pick(['checking', 'savings']), ')');
  d.raw('\n');
  const deps = c.int(0, 2);
  if (deps) { d.line('DEPENDENTS (benefits enrollment)'); for (let i = 0; i < deps; i++) { const k = c.person({ culture: e.culture, intl: 0 }); d.line('  ', c.name(k, 'en'), ' — ', c.pick(['child', 'spouse', 'child']), ' — ', itin || c.chance(0.2) ? F('ITIN ', c.itin()) : F('SSN ', c.ssn())); } d.raw('\n'); }
  d.line('EMERGENCY CONTACT');
  d.line('  ', c.name(ec, 'en'), ' (', c.pick(['spouse', 'mother', 'father', 'sister', 'partner', 'friend']), ') ', c.phoneOf(ec, 'intl'));
  d.raw('\n');
  if (c.chance(0.45)) d.line('Note: first submission rejected — SSN entered as ', c.invalidSsn(), ' (format check failed), corrected above.');
  d.line('I-9 documents verified by ', c.name(c.person({ culture: 'us', intl: 0 })), ' on ', c.date());
  if (c.chance(0.4)) d.line('Temporary SSO password (expires in 24h): ', c.tempPw());
}

export function insurance_claim(c, d) {
  const h = c.person(); const tp = c.person(); const w = c.person();
  const dt = c.randDate(); const T = (m) => c.tr(m); const ph = c.ph; const us = c.cc === 'US';
  d.line(T({ en: 'CLAIM NOTIFICATION', de: 'SCHADENMELDUNG', fr: 'DÉCLARATION DE SINISTRE', es: 'PARTE DE SINIESTRO', it: 'DENUNCIA DI SINISTRO', pt: 'AVISO DE SINISTRO', nl: 'SCHADEMELDING', pl: 'ZGŁOSZENIE SZKODY', ja: '事故報告書', zh: '理赔申请', ko: '사고 접수서', tr: 'HASAR İHBARI', sv: 'SKADEANMÄLAN' }), ' ', c.look('claim_number'));
  d.line(T({ en: 'Policy', de: 'Versicherungsschein', fr: 'Contrat', es: 'Póliza', it: 'Polizza', pt: 'Apólice', nl: 'Polis', ja: '証券番号', zh: '保单号', ko: '증권번호' }), ': ', c.look('policy_number'), ' · ', c.pick(['Vireo Insurance', 'Vireo Assurances', 'Vireo Seguros']));
  d.raw('\n');
  d.line(T({ en: 'Policyholder', de: 'Versicherungsnehmer', fr: 'Assuré', es: 'Tomador', it: 'Contraente', pt: 'Segurado', nl: 'Verzekeringnemer', ja: '契約者', zh: '投保人', ko: '계약자' }), ': ', c.name(h), ', ', c.addrOne(h.place));
  d.line(`${ph.f.phone}: `, c.phoneOf(h), '   ', `${ph.f.email}: `, c.email(h));
  if (us) d.line("Driver's license: ", c.dl(), '   DOB: ', dob(c));
  if (us && c.chance(0.5)) { const dr = c.person(); d.line('Other driver: ', c.name(dr), ", driver's license ", c.dl(), ', ', c.phoneOf(dr)); }
  d.raw('\n');
  d.line(T({ en: 'Date/time of loss', de: 'Schadentag/Uhrzeit', fr: 'Date et heure', es: 'Fecha y hora', it: 'Data e ora', pt: 'Data e hora', nl: 'Datum/tijd', ja: '発生日時', zh: '出险时间', ko: '사고 일시' }), ': ', c.date(dt), ' ', c.time(dt));
  d.line(T({ en: 'Location', de: 'Schadenort', fr: 'Lieu', es: 'Lugar', it: 'Luogo', pt: 'Local', nl: 'Plaats', ja: '発生場所', zh: '出险地点', ko: '사고 장소' }), ': ', c.street(), ', ', c.city());
  d.line(T({ en: 'Description: rear-end collision at traffic lights, bumper and tailgate damaged.', de: 'Hergang: Auffahrunfall an der Ampel, Stoßstange und Heckklappe beschädigt.', fr: 'Circonstances : collision par l\'arrière au feu, pare-chocs endommagé.', es: 'Descripción: alcance trasero en un semáforo, paragolpes dañado.', it: 'Dinamica: tamponamento al semaforo, paraurti danneggiato.', pt: 'Descrição: colisão traseira no semáforo, para-choque danificado.', ja: '状況：信号待ち中に後方から追突され、バンパー破損。', zh: '经过：等红灯时被追尾，保险杠受损。' }));
  d.line(T({ en: 'Other party', de: 'Unfallgegner', fr: 'Tiers', es: 'Contrario', it: 'Controparte', pt: 'Terceiro', nl: 'Wederpartij', ja: '相手方', zh: '第三方', ko: '상대방' }), ': ', c.name(tp), ', ', c.phoneOf(tp), ', ', c.look('policy_number'));
  d.line(T({ en: 'Witness', de: 'Zeuge', fr: 'Témoin', es: 'Testigo', it: 'Testimone', pt: 'Testemunha', nl: 'Getuige', ja: '目撃者', zh: '证人', ko: '목격자' }), ': ', c.name(w), ', ', c.phoneOf(w));
  d.line(T({ en: 'Repair estimate', de: 'Kostenvoranschlag', fr: 'Devis', es: 'Presupuesto', it: 'Preventivo', pt: 'Orçamento', nl: 'Offerte', ja: '修理見積', zh: '维修报价', ko: '수리 견적' }), ': ', c.price(400, 9000), ' — ', c.pick(['Autohaus', 'Garage', 'Taller', 'Carrozzeria', 'Body shop']), ' ', c.addrOne());
  if (c.chance(0.4)) d.line(T({ en: 'Also stolen: phone, IMEI ', de: 'Ebenfalls entwendet: Handy, IMEI ', fr: 'Également volé : téléphone, IMEI ', es: 'También robado: móvil, IMEI ', it: 'Rubato anche: cellulare, IMEI ', pt: 'Também furtado: celular, IMEI ', ja: '盗難品：携帯電話 IMEI ', zh: '另被盗：手机 IMEI ' }), c.look('imei'));
  d.line(T({ en: 'Pay out to', de: 'Auszahlung auf', fr: 'Règlement sur', es: 'Abonar en', it: 'Liquidare su', pt: 'Pagar em', nl: 'Uitkeren op', ja: '支払先', zh: '赔款账户', ko: '지급 계좌' }), ': ', us ? c.bankAcct() : c.iban(ibanCc(c)));
}

export function patient_portal(c, d) {
  const pt = c.person(); const gp = c.person(); const sp = c.person();
  const dt = c.randDate(); const uk = c.cc === 'GB' || (c.cc !== 'US' && c.chance(0.2)); const us = c.cc === 'US' || (!uk && c.chance(0.2));
  if (c.chance(0.5)) {
    d.raw('{\n  "resourceType": "Patient",\n  "id": "'); d.add(c.look('uuid')); d.raw('",\n  "identifier": [');
    if (uk) { d.raw('{"system": "nhs-number", "value": "'); d.add(c.nhs('plain')); d.raw('"}, '); }
    d.raw('{"system": "mrn", "value": "'); d.add(c.look('patient_mrn')); d.raw('"}],\n');
    d.raw('  "name": [{"text": "'); d.add(c.name(pt)); d.raw('"}],\n  "birthDate": "'); d.raw(dob(c)); d.raw('",\n');
    d.raw('  "telecom": [{"system": "phone", "value": "'); d.add(c.phoneOf(pt)); d.raw('"}, {"system": "email", "value": "'); d.add(c.email(pt)); d.raw('"}],\n');
    d.raw('  "address": [{"line": ["'); d.add(jsonEsc(c.street(pt.place))); d.raw('"], "city": "'); d.add(c.city(pt.place)); d.raw('"}],\n');
    d.raw('  "generalPractitioner": [{"display": "Dr '); d.add(c.name(gp)); d.raw('"');
    if (us) { d.raw(', "dea": "'); d.add(c.dea(gp)); d.raw('"'); }
    d.raw('}],\n  "appointments": [\n');
    const na = c.int(1, 3);
    for (let i = 0; i < na; i++) { const a = c.addDays(dt, i * 9); d.raw('    {"start": "'); d.add(c.ts(a, 'isooff')); d.raw('", "clinician": "'); d.add(c.name(sp)); d.raw('", "location": "'); d.add(jsonEsc(c.addrOne())); d.raw(`"}${i < na - 1 ? ',' : ''}\n`); }
    d.raw('  ],\n  "portal": {"username": "'); d.add(c.email(pt)); d.raw('", "lastLogin": "'); d.add(c.ts(undefined, 'iso')); d.raw('", "lastLoginIp": "'); d.add(c.ip()); d.raw('"}\n}\n');
    return;
  }
  const T = (m) => c.tr(m);
  d.line(T({ en: 'Patient summary', de: 'Patientenübersicht', fr: 'Synthèse patient', es: 'Resumen del paciente', it: 'Riepilogo paziente', pt: 'Resumo do paciente', nl: 'Patiëntoverzicht', ja: '患者サマリー', zh: '患者摘要', ko: '환자 요약' }), ' — ', c.ts(dt, 'space'));
  d.line(`${c.f('name')}: `, c.name(pt), '   DOB: ', dob(c));
  if (uk) d.line('NHS No: ', c.nhs());
  d.line('MRN: ', c.look('patient_mrn'));
  d.line(`${c.f('address')}: `, c.addrOne(pt.place));
  d.line(`${c.f('phone')}: `, c.phoneOf(pt), '   ', c.email(pt));
  d.raw('\n');
  d.line(T({ en: 'Medications', de: 'Medikation', fr: 'Traitements', es: 'Medicación', it: 'Terapia', pt: 'Medicamentos', nl: 'Medicatie', ja: '処方薬', zh: '用药', ko: '복용약' }), ':');
  for (let i = 0; i < c.int(1, 3); i++) {
    const pr = c.chance(0.5) ? gp : sp;
    d.line('  - ', c.pick(['Amlodipine 5 mg', 'Metformin 500 mg', 'Sertraline 50 mg', 'Levothyroxine 75 µg', 'Atorvastatin 20 mg', 'Ibuprofen 400 mg']), ' — ', c.pick(['once daily', 'twice daily', '1-0-1', 'as needed']), ' — Dr ', c.family(pr), us ? F(' (DEA ', c.dea(pr), ')') : '');
  }
  d.line(T({ en: 'Next appointment', de: 'Nächster Termin', fr: 'Prochain rendez-vous', es: 'Próxima cita', it: 'Prossimo appuntamento', pt: 'Próxima consulta', nl: 'Volgende afspraak', ja: '次回予約', zh: '下次预约', ko: '다음 예약' }), ': ', c.date(c.addDays(dt, 20)), ' ', c.time(), ', ', c.addrOne());
  d.line(T({ en: 'Message from Dr ', de: 'Nachricht von Dr. ', fr: 'Message du Dr ', es: 'Mensaje del Dr. ', it: 'Messaggio dal dott. ', pt: 'Mensagem do Dr. ', nl: 'Bericht van dr. ', ja: '医師からのメッセージ：', zh: '医生留言：', ko: '의사 메시지: ' }), c.name(gp), ': ', T({ en: 'results are fine, call ', de: 'Befunde unauffällig, Rückfragen unter ', fr: 'résultats normaux, joignable au ', es: 'resultados normales, llame al ', it: 'esiti nella norma, chiamare il ', pt: 'exames normais, ligue ', nl: 'uitslagen goed, bel ', ja: '検査結果は問題ありません。連絡先 ', zh: '结果正常，可致电 ', ko: '결과 정상, 문의 ' }), c.phone());
}

export function referral_letter(c, d) {
  const pt = c.person(); const from = c.person(); const to = c.person();
  const dt = c.randDate(); const uk = c.cc === 'GB' || (c.lang === 'en' && c.cc !== 'US' && c.chance(0.5)); const T = (m) => c.tr(m);
  d.line(c.pick(['Tidewell Clinic Group', 'Marigold Health Partners', 'Riverside Surgery', 'Hausarztpraxis am Markt', 'Cabinet médical des Tilleuls', 'Centro de Salud Norte']));
  d.line(c.addrOne()); d.line(`${c.f('phone')}: `, c.phone(c.cc));
  d.raw('\n'); d.line(c.date(dt)); d.raw('\n');
  d.line(T({ en: 'Dear Dr ', de: 'Sehr geehrte/r Frau/Herr Dr. ', fr: 'Cher confrère, Dr ', es: 'Estimado/a Dr./Dra. ', it: 'Gentile dott. ', pt: 'Prezado(a) Dr(a). ', nl: 'Geachte collega ', ja: '', zh: '尊敬的', ko: '' }), c.family(to), T({ en: ',', de: ',', fr: ',', es: ':', ja: ' 先生 御机下', zh: '医生：', ko: ' 선생님께' }));
  d.raw('\n');
  d.line(T({ en: 'Re: ', de: 'Betreff: ', fr: 'Objet : ', es: 'Asunto: ', it: 'Oggetto: ', pt: 'Assunto: ', nl: 'Betreft: ', ja: '患者：', zh: '患者：', ko: '환자: ' }), c.name(pt), ', DOB ', dob(c), uk ? F(', NHS ', c.nhs()) : '', c.chance(0.5) ? F(', ', c.look('patient_mrn')) : '');
  d.line(`${c.f('address')}: `, c.addrOne(pt.place), ' · ', c.phoneOf(pt));
  d.raw('\n');
  d.line(T({ en: 'Thank you for seeing this patient with a three-month history of exertional chest tightness. ECG unremarkable; I would value your opinion.', de: 'Ich überweise die Patientin/den Patienten mit seit drei Monaten bestehender Belastungsdyspnoe zur weiteren Abklärung.', fr: "Je vous adresse ce patient pour une dyspnée d'effort évoluant depuis trois mois.", es: 'Remito al paciente por disnea de esfuerzo de tres meses de evolución.', it: 'Invio il paziente per dispnea da sforzo da tre mesi.', pt: 'Encaminho o paciente por dispneia aos esforços há três meses.', nl: 'Graag uw beoordeling van deze patiënt met sinds drie maanden kortademigheid.', ja: '3か月前からの労作時胸部圧迫感につき、ご高診をお願いいたします。', zh: '患者近三个月活动后胸闷，恳请会诊。', ko: '3개월간 지속된 운동 시 흉부 압박감으로 의뢰드립니다.' }));
  if (c.chance(0.5)) d.line(T({ en: 'Next of kin: ', de: 'Angehörige/r: ', fr: 'Personne à prévenir : ', es: 'Familiar de contacto: ', ja: '家族連絡先：', zh: '家属：' }), c.name(c.person()), ', ', c.phone());
  d.raw('\n'); d.line(c.ph.regards);
  d.line('Dr ', c.name(from));
  if (c.cc === 'US' || (!uk && c.chance(0.3))) d.line('DEA ', c.dea(from), '   NPI ', c.r.digits(10, true));
  else if (uk) d.line('GMC ', c.r.digits(7, true));
  d.line(c.workEmail(from));
}

export function school_record(c, d) {
  const st = c.person(); const g1 = c.person({ culture: st.culture, intl: 0 }); const coun = c.person();
  const T = (m) => c.tr(m);
  d.line(c.pick(['Oaklet Learning Academy', 'Northgate University', 'Lycée Saint-Exupéry', 'Colegio Los Almendros', 'Gymnasium am Stadtpark', '桜ヶ丘高等学校', '한빛고등학교', '启明中学']), ' — ', T({ en: 'Student record', de: 'Schülerakte', fr: 'Dossier scolaire', es: 'Expediente académico', it: 'Fascicolo studente', pt: 'Histórico escolar', nl: 'Leerlingdossier', ja: '生徒指導要録', zh: '学生档案', ko: '학적부', pl: 'Arkusz ocen', tr: 'Öğrenci kaydı' }));
  d.line(`${c.f('name')}: `, c.name(st), '   ID: ', c.look('student_id'), '   ', c.f('dob'), ': ', dob(c, 2002, 2019));
  d.line(`${c.f('address')}: `, c.addrOne(st.place));
  d.line(T({ en: 'Parent/guardian', de: 'Erziehungsberechtigte/r', fr: 'Responsable légal', es: 'Tutor/a', it: 'Genitore', pt: 'Responsável', nl: 'Ouder/verzorger', ja: '保護者', zh: '监护人', ko: '보호자', pl: 'Opiekun', tr: 'Veli' }), ': ', c.name(g1), ', ', c.phoneOf(g1), ', ', c.email(g1));
  if (c.chance(0.5)) { const g2 = c.person({ culture: st.culture, intl: 0 }); d.line('                 ', c.name(g2), ', ', c.phoneOf(g2)); }
  d.raw('\n');
  d.line(T({ en: 'Course       Grade  Term', de: 'Fach         Note   Halbjahr', fr: 'Matière      Note   Trimestre', es: 'Asignatura   Nota   Trimestre', ja: '科目         評定   学期', zh: '课程         成绩   学期', ko: '과목         성적   학기' }));
  for (let i = 0; i < c.int(4, 8); i++) d.line(c.look('course_code'), '      ', c.pick(['A', 'A-', 'B+', 'B', 'C', '1,7', '2,3', '15/20', '5', '優', '秀']), '     ', c.pick(['2025-1', '2025-2', '2026-1', 'S1', 'S2']));
  d.line('GPA: ', (c.r.float() * 2 + 2).toFixed(2));
  if (c.chance(0.6)) d.line(T({ en: 'Required textbooks', de: 'Lehrbücher', fr: 'Manuels', es: 'Libros de texto', ja: '教科書', zh: '教材', ko: '교재' }), ': ISBN ', c.look('isbn'), ', ISBN ', c.look('isbn'));
  d.raw('\n');
  d.line(T({ en: 'Counselor', de: 'Beratungslehrkraft', fr: 'Conseiller principal', es: 'Orientador/a', ja: '担任', zh: '班主任', ko: '담임' }), ': ', c.name(coun), ' · ', c.workEmail(coun));
  if (c.chance(0.4)) d.line(T({ en: 'Parent portal temporary password: ', de: 'Elternportal Erstpasswort: ', fr: 'Portail parents, mot de passe provisoire : ', es: 'Portal de familias, contraseña temporal: ', ja: '保護者ポータル仮パスワード：', zh: '家长平台初始密码：', ko: '학부모 포털 임시 비밀번호: ' }), c.tempPw());
}

export function bank_statement(c, d) {
  const h = c.person({ intl: 0 }); const us = c.cc === 'US' || c.cc === 'CA';
  const T = (m) => c.tr(m); const dt = c.randDate();
  const ibanLand = IBAN_CC.has(c.cc);
  d.line(c.pick(['Pelorus Bank', 'Banca Aurora', 'Caixa Litoral', 'Nordbank', 'Banque Horizon', 'Harbor Credit Union', 'Sakura Trust', 'Hanbit Savings']), ' — ', T({ en: 'Account statement', de: 'Kontoauszug', fr: 'Relevé de compte', es: 'Extracto de cuenta', it: 'Estratto conto', pt: 'Extrato', nl: 'Rekeningafschrift', ja: '取引明細', zh: '对账单', ko: '거래내역서' }), ` ${c.int(1, 12)}/${dt.y}`);
  d.line(c.name(h)); for (const l of c.addrLines(h.place)) d.line(l);
  if (us) d.line('Account number: ', c.bankAcct(), '   Routing: ', abaRouting(c.r));
  else if (ibanLand) d.line('IBAN: ', c.iban(c.cc), '   BIC: ', c.look('swift_bic'));
  else d.line(T({ en: 'Account no.', ja: '口座番号', zh: '账号', ko: '계좌번호' }), ': ', `${c.r.digits(3)}-${c.r.digits(7)}`, '   ', T({ en: 'Branch', ja: '支店', zh: '开户行', ko: '지점' }), ' ', c.r.digits(3));
  const n = c.int(5, 10); let off = 0;
  for (let i = 0; i < n; i++) {
    const t = c.addDays(dt, (off += c.int(0, 4)));
    const kind = c.int(0, 4);
    let desc, sign;
    if (kind === 0) { const q = c.person(); sign = '+'; desc = F(T({ en: 'Transfer from ', de: 'Gutschrift von ', fr: 'Virement de ', es: 'Transferencia de ', it: 'Bonifico da ', pt: 'Transferência de ', nl: 'Overboeking van ', ja: '振込 ', zh: '转入 ', ko: '입금 ' }), c.name(q), ' ', c.look('payment_reference')); }
    else if (kind === 1) { const q = c.person(); sign = '-'; desc = F(T({ en: 'Payment to ', de: 'Überweisung an ', fr: 'Virement à ', es: 'Pago a ', it: 'Pagamento a ', pt: 'Pagamento para ', nl: 'Betaling aan ', ja: '送金 ', zh: '转账给 ', ko: '송금 ' }), c.name(q), ibanLand && c.chance(0.6) ? F(' ', c.iban()) : ''); }
    else if (kind === 2) { sign = '-'; desc = F(T({ en: 'CARD ', de: 'Kartenzahlung ', fr: 'CB ', es: 'Compra tarjeta ', it: 'POS ', pt: 'Compra cartão ', nl: 'Betaalpas ', ja: 'デビット ', zh: '刷卡 ', ko: '체크카드 ' }), c.look('masked_card'), ' ', c.pick(['SUPERMARKT', 'PHARMACY', 'CAFE', 'FUEL', 'BOOKSHOP', 'RESTAURANT']), ' ', c.city()); }
    else if (kind === 3) { sign = '-'; desc = F(T({ en: 'Direct debit ', de: 'Lastschrift ', fr: 'Prélèvement ', es: 'Domiciliación ', it: 'Addebito SDD ', pt: 'Débito direto ', nl: 'Incasso ', ja: '口座振替 ', zh: '代扣 ', ko: '자동이체 ' }), c.pick(['Vireo Insurance', 'Corvell Energy', 'Amberlane Property']), ' ', c.look('policy_number')); }
    else { sign = '+'; desc = F(T({ en: 'Salary ', de: 'Gehalt ', fr: 'Salaire ', es: 'Nómina ', it: 'Stipendio ', pt: 'Salário ', nl: 'Salaris ', ja: '給与 ', zh: '工资 ', ko: '급여 ' }), c.company); }
    d.line(c.date(t, 'iso'), '  ', desc, '  ', sign, c.price(5, 4000));
  }
  d.line(T({ en: 'Closing balance', de: 'Neuer Kontostand', fr: 'Nouveau solde', es: 'Saldo final', it: 'Saldo finale', pt: 'Saldo final', nl: 'Nieuw saldo', ja: '残高', zh: '期末余额', ko: '잔액' }), ': ', c.price(100, 20000));
}

export function tax_form(c, d) {
  const v = c.cc === 'US' ? c.pick(['w9', '1040', 'w2', 'us1040nr', 'w7']) : c.pick(['us1040nr', 'local', 'local', 'local']);
  const p = c.person(); const sp = c.person({ culture: p.culture, intl: 0 });
  if (v === 'w7') {
    d.line('Department of the Treasury — Internal Revenue Service');
    d.line('Notice CP565 — We assigned you an Individual Taxpayer Identification Number');
    d.line(c.date());
    d.line(c.name(p, 'en')); for (const l of c.addrLines('US')) d.line(l); d.raw('\n');
    d.line('Your new ITIN: ', c.itin());
    d.line('Name on file: ', c.name(p, 'en'), '   Date of birth: ', dob(c));
    d.line('Document used: foreign passport, filed with Form W-7 by ', c.name(c.person()), ' (acceptance agent), ', c.phone('US'));
    if (c.chance(0.5)) { const sp2 = c.person({ culture: p.culture, intl: 0 }); d.line('Spouse ITIN (same notice batch): ', c.itin(), ' — ', c.name(sp2, 'en')); }
    return;
  }
  if (v === 'w9') {
    d.line('Form W-9 (Rev. March 2024) — Request for Taxpayer Identification Number');
    d.line('1 Name: ', c.name(p, 'en'));
    d.line('2 Business name: ', c.pick(['', 'Sole proprietor', F(c.family(p, 'en'), ' Consulting')]));
    d.line('5 Address: ', c.addrLines('US')[0]);
    d.line('6 City, state, ZIP: ', c.addrLines('US')[1]);
    if (c.chance(0.65)) d.line('Part I  Social security number: ', c.ssn()); else d.line('Part I  Individual taxpayer identification number: ', c.itin());
    d.line('Signature: ', c.name(p, 'en'), '   Date: ', c.date());
    return;
  }
  if (v === '1040' || v === 'us1040nr') {
    d.line(v === '1040' ? 'Form 1040 U.S. Individual Income Tax Return ' : 'Form 1040-NR U.S. Nonresident Alien Income Tax Return ', String(c.int(2024, 2025)));
    d.line('Your first name and middle initial / Last name: ', c.name(p, 'en'), '   Your SSN: ', v === '1040' ? c.ssn() : c.itin());
    if (v === '1040' && c.chance(0.6)) d.line("Spouse's name: ", c.name(sp, 'en'), "   Spouse's SSN: ", c.ssn());
    d.line('Home address: ', c.addrOne('US'));
    if (v === '1040') for (let i = 0; i < c.int(0, 2); i++) { const k = c.person({ culture: p.culture, intl: 0 }); d.line('Dependent: ', c.name(k, 'en'), '  SSN ', c.ssn(), '  child'); }
    d.line('1a Wages: ', c.price(20000, 180000, 'USD'), '   25a Withholding: ', c.price(1000, 30000, 'USD'));
    d.line('35a Refund direct deposit — routing ', abaRouting(c.r), '  account ', c.bankAcct(), '  type: checking');
    d.line('Preparer: ', c.name(c.person()), '  PTIN P', c.r.digits(8), '  ', c.phone('US'));
    return;
  }
  if (v === 'w2') {
    d.line('Form W-2 Wage and Tax Statement ', String(c.int(2024, 2025)));
    d.line('a Employee SSN: ', c.ssn(), '   b EIN: ', `${c.r.digits(2, true)}-${c.r.digits(7)}`);
    d.line('c Employer: ', c.company, ', ', c.addrOne('US'));
    d.line('e Employee: ', c.name(p, 'en'), '   f ', c.addrOne('US'));
    d.line('1 Wages: ', c.price(30000, 150000, 'USD'), '   2 Federal tax withheld: ', c.price(3000, 30000, 'USD'));
    return;
  }
  const T = (m) => c.tr(m);
  d.line(T({ en: 'Self Assessment tax return — summary', de: 'Einkommensteuererklärung — Hauptvordruck (Auszug)', fr: "Déclaration des revenus — n° 2042 (extrait)", es: 'Modelo 100 — Declaración de la Renta (resumen)', it: 'Modello 730 — riepilogo', pt: 'IRPF — Declaração de Ajuste Anual (resumo)', nl: 'Aangifte inkomstenbelasting — overzicht', pl: 'PIT-37 — zeznanie (wyciąg)', ja: '給与所得の源泉徴収票', zh: '个人所得税年度汇算（摘要）', ko: '근로소득 원천징수영수증', tr: 'Yıllık Gelir Vergisi Beyannamesi', sv: 'Inkomstdeklaration 1', cs: 'Přiznání k dani z příjmů', el: 'Δήλωση Φορολογίας Εισοδήματος Ε1', ru: 'Налоговая декларация 3-НДФЛ', fi: 'Veroilmoitus', uk: 'Податкова декларація' }), ' ', String(c.int(2024, 2025)));
  d.line(`${c.f('name')}: `, c.name(p));
  d.line(T({ en: 'UTR', de: 'Steuernummer', fr: 'Numéro fiscal', es: 'NIF', it: 'Codice fiscale', pt: 'CPF', nl: 'BSN', pl: 'PESEL', ja: '個人番号', zh: '纳税人识别号', ko: '주민등록번호', tr: 'VKN', sv: 'Personnummer', cs: 'DIČ', el: 'ΑΦΜ', ru: 'ИНН', fi: 'Henkilötunnus', uk: 'РНОКПП' }), ': ', c.r.digits(c.pick([10, 11, 12, 13]), true));
  d.line(`${c.f('address')}: `, c.addrOne());
  if (c.chance(0.5)) d.line(T({ en: 'Spouse/partner', de: 'Ehegatte', fr: 'Conjoint', es: 'Cónyuge', it: 'Coniuge', pt: 'Cônjuge', nl: 'Partner', ja: '配偶者', zh: '配偶', ko: '배우자', pl: 'Małżonek', tr: 'Eş', sv: 'Make/maka', cs: 'Manžel/ka', el: 'Σύζυγος', ru: 'Супруг(а)', fi: 'Puoliso', uk: 'Чоловік/дружина' }), ': ', c.name(sp));
  d.line(T({ en: 'Employment income', de: 'Bruttoarbeitslohn', fr: 'Salaires', es: 'Rendimientos del trabajo', it: 'Redditi di lavoro', pt: 'Rendimentos tributáveis', nl: 'Loon', ja: '支払金額', zh: '工资薪金', ko: '총급여', pl: 'Przychód ze stosunku pracy', tr: 'Ücret geliri', sv: 'Lön', cs: 'Příjmy ze závislé činnosti', el: 'Εισόδημα από μισθούς', ru: 'Доход по месту работы', fi: 'Palkkatulot', uk: 'Заробітна плата' }), ': ', c.price(20000, 120000));
  d.line(T({ en: 'Tax paid', de: 'Einbehaltene Lohnsteuer', fr: 'Prélèvement à la source', es: 'Retenciones', it: 'Ritenute', pt: 'Imposto retido', nl: 'Ingehouden loonheffing', ja: '源泉徴収税額', zh: '已缴税额', ko: '기납부세액', pl: 'Zaliczki na podatek', tr: 'Kesilen vergi', sv: 'Preliminär skatt', cs: 'Sražená záloha', el: 'Παρακρατηθείς φόρος', ru: 'Удержанный налог', fi: 'Ennakonpidätys', uk: 'Утриманий податок' }), ': ', c.price(2000, 30000));
  if (IBAN_CC.has(c.cc)) d.line(T({ en: 'Refund to', de: 'Erstattung auf', fr: 'Remboursement sur', es: 'Devolución a', it: 'Rimborso su', pt: 'Restituição em', nl: 'Teruggave naar', pl: 'Zwrot na', tr: 'İade hesabı', sv: 'Återbetalning till', cs: 'Přeplatek na', el: 'Επιστροφή σε', ru: 'Возврат на счёт', fi: 'Palautus tilille', uk: 'Повернення на рахунок', ja: '還付先', zh: '退税账户', ko: '환급 계좌' }), ': ', c.iban(c.cc));
  d.line(T({ en: 'Prepared by', de: 'Steuerberater/in', fr: 'Préparé par', es: 'Gestor/a', it: 'CAF / commercialista', pt: 'Contador(a)', nl: 'Adviseur', ja: '作成者', zh: '经办人', ko: '작성자', pl: 'Sporządził(a)', tr: 'Mali müşavir', sv: 'Upprättad av', cs: 'Zpracoval(a)', el: 'Λογιστής', ru: 'Подготовил(а)', fi: 'Laatija', uk: 'Підготував(ла)' }), ': ', c.name(c.person()), ', ', c.phone(c.cc));
}

export const PEOPLE_KINDS = { offer_letter, payroll, leave_request, hr_onboarding, insurance_claim, patient_portal, referral_letter, school_record, bank_statement, tax_form };
