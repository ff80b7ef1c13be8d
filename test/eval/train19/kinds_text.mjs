// Everyday text kinds where people type credentials by hand.
import { S, P, L, fill } from './builder.mjs';
import { recoveryCode, secretByName } from './secrets.mjs';
import { LANGS } from './phrases.mjs';
import { LANG_CC, placeCc, phoneCc, personFor, PN, PH, EM, LOC, slots, credPhrase, piiPhrase, filler, chatMessage, addressLines, ts, epoch, gluedName, USERS } from './common.mjs';

const jesc = (s) => JSON.stringify(s).slice(1, -1);
const jsonParts = (parts) => parts.flat(Infinity).map((p) => (typeof p === 'string' ? jesc(p) : p));
const mainLang = (g) => g.r.weighted([['en', 5], ['de', 3], ['fr', 2], ['es', 2], ['pt', 2], ['it', 1], ['nl', 1], ['pl', 1], ['sv', 1], ['tr', 1], ['ru', 1], ['ja', 2], ['ko', 2], ['zh', 2], ['ar', 1], ['he', 1], ['hi', 1], ['th', 1], ['vi', 1], ['id', 1]]);

export function chat_export(g, d) {
  const r = g.r; const lang = mainLang(g); const style = r.int(4);
  const people = Array.from({ length: r.range(2, 5) }, () => personFor(g, lang));
  const nicks = people.map((p, i) => (p.script === 'Latin' ? p.given.toLowerCase().replace(/[^a-z]/g, '') || 'user' + i : ['mk', 'jj', 'ops', 'tk', 'sy'][i]));
  let t = epoch(g); const budget = r.range(900, 3400);
  const msg = () => (r.chance(0.2) ? chatMessage(g, 'en') : chatMessage(g, lang));
  if (style === 0) {
    d.w('[\n'); let first = true;
    while (d.size < budget) {
      const i = r.int(people.length); t += r.range(5, 900);
      d.w(first ? '' : ',\n', '  {"type": "message", "user": "U0', r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8), '", "text": "', jsonParts(msg()), '", "ts": "', L('timestamp', `${t}.${r.digits(6)}`), '"',
        r.chance(0.3) ? [', "user_profile": {"real_name": "', PN(people[i]), '"}'] : '', '}');
      first = false;
    }
    d.w('\n]\n');
  } else if (style === 1) {
    d.w(`#${r.pick(['ops', 'it-helpdesk', 'team-berlin', 'frontend', 'office', 'infra-alerts', 'random', 'buero'])} — export\n`);
    while (d.size < budget) { const i = r.int(people.length); t += r.range(5, 900); d.w('[', ts(g, t).slice(11, 16), '] ', nicks[i], ': ', msg(), '\n'); }
  } else if (style === 2) {
    while (d.size < budget) { const i = r.int(people.length); t += r.range(30, 2000); d.w(PN(people[i]), '  ', ts(g, t, 2), '\n', msg(), '\n', r.chance(0.2) ? '    👍 2\n' : '', '\n'); }
  } else {
    d.w(`*** Now talking in #${r.pick(['sysops', 'lab', 'hackerspace', 'infra'])}\n`);
    while (d.size < budget) { const i = r.int(people.length); t += r.range(5, 600); d.w(ts(g, t).slice(11), ' <', nicks[i], '> ', msg(), '\n'); }
  }
}

export function chat_messenger(g, d) {
  const r = g.r; const lang = mainLang(g); const style = r.int(3);
  const people = Array.from({ length: r.range(2, 4) }, () => personFor(g, lang, 0.15));
  let t = epoch(g); const budget = r.range(700, 3000);
  if (style === 2) d.w(r.pick(['Chat export: ', 'WhatsApp Chat mit ', 'Telegram — ']), PN(people[0]), '\n\n');
  while (d.size < budget) {
    const i = r.int(people.length); t += r.range(20, 5000);
    const who = r.chance(0.85) ? PN(people[i]) : PH(g, phoneCc(g, r.pick(LANG_CC[lang])));
    const m = r.chance(0.2) ? credPhrase(g, lang) : chatMessage(g, lang);
    if (style === 0) d.w('[', ts(g, t, 3), '] ', who, ': ', m, '\n');
    else if (style === 1) d.w(ts(g, t, 1), ' - ', who, ': ', m, '\n');
    else d.w(who, ', [', ts(g, t), ']\n', m, '\n\n');
    if (r.chance(0.08)) d.w(style === 0 ? `[${ts(g, t + 5, 3)}] ` : '', '‎<Media omitted>\n');
  }
}

export function ticket(g, d) {
  const r = g.r; const lang = mainLang(g); const rep = personFor(g, lang); const ag = personFor(g, 'en', 0.6);
  const cc = r.pick(LANG_CC[lang]);
  const hdr = r.int(3);
  if (hdr === 0) d.w('Ticket ', g.look('ticket_ref'), ' — ', r.pick(['Cannot log in to VPN', 'Zugang für neue Kollegin', 'Imprimante bloquée', 'Reset MFA', 'Acceso al NAS', 'Kiosk-PC neu aufsetzen', 'ログインできません', '와이파이 연결 문제']), '\n',
    'Status: ', r.pick(['Open', 'In Progress', 'Waiting for customer', 'Resolved']), '   Priority: ', r.pick(['P2', 'P3', 'High', 'Normal']), '\n',
    'Reporter: ', PN(rep), ' <', EM(g, rep), '>\n', 'Assignee: ', PN(ag), '\n', 'Created: ', g.look('timestamp'), '\n\n');
  else if (hdr === 1) d.w('#', r.digits(5), ' | ', r.pick(['Service Request', 'Incident', 'Anfrage']), '\n', 'Requester: ', PN(rep), ' (', PH(g, phoneCc(g, cc)), ')\n', 'Site: ', LOC(g.town(placeCc(g, cc))), '\n', '----\n');
  else d.w('{panel:title=', r.pick(['Request', 'Anfrage', 'Demande']), '}\n*Reporter:* [~', (rep.script === 'Latin' ? rep.given : 'user').toLowerCase().replace(/[^a-z]/g, '') || 'user', ']\n*Linked:* ', g.look('ticket_ref'), ', ', g.look('ticket_ref'), '\n{panel}\n\n');
  d.w(r.pick(['Description:\n', 'Beschreibung:\n', '', 'h3. Details\n']), credPhrase(g, lang), '. ', piiPhrase(g, lang), '\n\n');
  const budget = r.range(900, 3300);
  while (d.size < budget) {
    const who = r.chance(0.5) ? rep : ag;
    d.w('— ', PN(who), ' · ', ts(g, epoch(g), r.pick([0, 2])), '\n');
    const k = r.int(6);
    if (k === 0) d.w(credPhrase(g, lang), '\n');
    else if (k === 1) d.w(credPhrase(g, 'en'), '\n');
    else if (k === 2) d.w('Device: ', g.look('serial_number'), ', MAC ', g.look('mac_address'), ', user reports error id ', g.look('request_id'), '\n');
    else if (k === 3) d.w(piiPhrase(g, lang), '\n');
    else if (k === 4) d.w(r.pick(['Reset done. New one-time password: ', 'Passwort zurückgesetzt, neues Einmalpasswort: ', 'Mot de passe réinitialisé : ', 'Temp pw set: ']), g.S('TEMPORARY_PASSWORD'), '\n');
    else d.w(filler(g, lang), '\n');
    d.w('\n');
  }
}

export function email(g, d) {
  const r = g.r; const lang = mainLang(g); const from = personFor(g, lang); const to = personFor(g, lang); const cc = r.pick(LANG_CC[lang]);
  const subj = { en: 'Access details', de: 'Zugangsdaten', fr: 'Vos accès', es: 'Datos de acceso', pt: 'Dados de acesso', it: 'Credenziali', nl: 'Inloggegevens', pl: 'Dane dostępowe', sv: 'Inloggningsuppgifter', tr: 'Erişim bilgileri', ru: 'Доступы', ja: 'アカウント情報', ko: '계정 정보', zh: '账号信息', ar: 'بيانات الدخول', he: 'פרטי גישה', hi: 'लॉगिन विवरण', th: 'ข้อมูลเข้าสู่ระบบ', vi: 'Thông tin đăng nhập', id: 'Info akses' }[lang];
  const fromDom = r.pick(['corp.example', 'nordwind-logistik.example', 'kanzlei-beispiel.test', 'mail.example']);
  d.w(r.chance(0.5) ? ['Return-Path: <', EM(g, from, fromDom), '>\nReceived: from ', g.look('hostname'), ' (', g.ipv4Private(), ') by mx1.corp.example; ', ts(g, epoch(g)), '\n'] : '',
    'From: "', PN(from), '" <', EM(g, from, fromDom), '>\n', 'To: ', PN(to), ' <', EM(g, to), '>\n',
    r.chance(0.4) ? ['Cc: ', EM(g, personFor(g, lang)), '\n'] : '',
    'Subject: ', r.chance(0.3) ? 'Re: ' : '', subj, '\n', 'Date: ', L('timestamp', new Date(epoch(g) * 1000).toUTCString().replace('GMT', r.pick(['+0000', '+0100', '+0200', '-0500', '+0900']))), '\n', 'Message-ID: <', g.look('uuid'), '@mail.corp.example>\n', 'Content-Type: text/plain; charset=UTF-8\n\n');
  const greet = { en: 'Hi ', de: 'Hallo ', fr: 'Bonjour ', es: 'Hola ', pt: 'Olá ', it: 'Ciao ', nl: 'Hoi ', pl: 'Cześć ', sv: 'Hej ', tr: 'Merhaba ', ru: 'Привет, ', ja: '', ko: '', zh: '', ar: 'مرحباً ', he: 'היי ', hi: 'नमस्ते ', th: 'สวัสดี', vi: 'Chào ', id: 'Halo ' }[lang];
  d.w(greet, gluedName(g, to, lang), r.pick([',', '', '!']), '\n\n');
  const n = r.range(2, 5);
  for (let i = 0; i < n; i++) d.w(r.chance(0.6) ? credPhrase(g, lang) : piiPhrase(g, lang), r.pick(['.\n', '\n', '.\n\n']));
  if (r.chance(0.4)) d.w('\n', r.pick(['Order ', 'Bestellung ', 'Commande ', 'Ref. ']), g.look('order_number'), ' / ', g.look('price'), '\n');
  d.w('\n', r.pick(['Best,', 'Viele Grüße', 'Cordialement,', 'Saludos,', 'Abraços,', '--', 'よろしくお願いします。', '감사합니다.', '谢谢', 'BR']), '\n', PN(from), '\n');
  if (r.chance(0.8)) d.w(r.pick(['Tel. ', 'Mobile: ', 'T ', '☎ ', '']), PH(g, phoneCc(g, cc)), '\n');
  if (r.chance(0.6)) d.w(addressLines(g, cc), '\n');
  if (r.chance(0.3)) { d.w('\n> On ', g.look('date'), ', ', PN(to), ' wrote:\n> ', piiPhrase(g, 'en'), '\n'); }
}

export function onboarding_doc(g, d) {
  const r = g.r; const lang = r.pick(['en', 'en', 'de', 'fr', 'es', 'nl', 'pt', 'ja', 'pl', 'sv']); const hire = personFor(g, lang); const cc = r.pick(LANG_CC[lang]);
  const T = { en: ['Welcome aboard', 'Day one checklist', 'Your accounts', 'People to know'], de: ['Willkommen im Team', 'Checkliste für Tag 1', 'Deine Zugänge', 'Ansprechpartner'],
    fr: ['Bienvenue', 'Premier jour', 'Vos comptes', 'Contacts utiles'], es: ['Bienvenida', 'Primer día', 'Tus cuentas', 'Contactos'], nl: ['Welkom', 'Eerste dag', 'Je accounts', 'Contactpersonen'],
    pt: ['Boas-vindas', 'Primeiro dia', 'Suas contas', 'Contatos'], ja: ['ようこそ', '初日のチェックリスト', 'アカウント', '連絡先'], pl: ['Witamy', 'Pierwszy dzień', 'Twoje konta', 'Kontakty'], sv: ['Välkommen', 'Första dagen', 'Dina konton', 'Kontakter'] }[lang];
  d.w('# ', T[0], ', ', PN(hire), '!\n\n', r.chance(0.5) ? ['_Start: ', g.look('date'), ' · Desk ', String(r.range(1, 80)), ' · ', LOC(g.town(placeCc(g, cc))), ' office_\n\n'] : '');
  d.w('## ', T[1], '\n\n');
  const items = [
    () => ['- [ ] Laptop: login `', r.pick(USERS), '`, initial password `', g.S('TEMPORARY_PASSWORD'), '`'],
    () => ['- [ ] Wi-Fi `', r.pick(['CORP-Staff', 'Buero-5G', 'guest', 'HQ-WLAN']), '` → PSK `', g.S('WIFI_PASSWORD'), '`'],
    () => ['- [ ] Door badge pending; until then code ', g.S('DOOR_ACCESS_CODE'), ' at the back door'],
    () => ['- [ ] Enroll MFA — if the QR code does not scan, type the key manually: `', g.S('TOTP_SEED'), '`'],
    () => ['- [ ] VPN: ', g.S('VPN_PASSWORD'), ' (username = your e-mail)'],
    () => ['- [ ] Phone PIN for the desk phone: ', g.S('VOICEMAIL_PIN')],
    () => ['- [ ] Shared mailbox password: ', g.S('EMAIL_ACCOUNT_PASSWORD')],
    () => ['- [ ] Printer release PIN: ', g.S('DEVICE_PIN')],
    () => ['- [ ] Read the handbook (', g.look('version'), ')'],
    () => ['- [ ] Payroll: IBAN on file ', P('IBAN_CODE', g.iban()), ' — check it'],
    () => ['- [ ] ', credPhrase(g, lang)],
  ];
  for (const it of r.pickN(items, r.range(5, 9))) d.w(it(), '\n');
  d.w('\n## ', T[3], '\n\n| ', r.pick(['Name', 'Wer']), ' | Role | Phone | E-mail |\n|---|---|---|---|\n');
  for (let i = 0, n = r.range(2, 5); i < n; i++) { const p = personFor(g, lang, 0.4); d.w('| ', PN(p), ' | ', r.pick(['Buddy', 'IT', 'HR', 'Lead', 'Office', 'Facility']), ' | ', PH(g, phoneCc(g, cc)), ' | ', EM(g, p, 'corp.example'), ' |\n'); }
  if (r.chance(0.5)) d.w('\n> ', r.pick(['Never share these with anyone. ', 'Bitte nach dem ersten Login ändern. ', '']), 'Questions → ', g.look('ticket_ref'), '\n');
}

export function readme_setup(g, d) {
  const r = g.r; const proj = r.pick(['billing-api', 'wetterstation', 'shopfront', 'ingest-worker', 'kiosk-app', 'telemetry-relay', 'hr-portal']);
  d.w('# ', proj, '\n\n', r.pick(['Internal service. ', 'Small tool we use for ops. ', '']), 'Version ', g.look('version'), '\n\n## ', r.pick(['Setup', 'Getting started', 'Local development', 'Installation']), '\n\n');
  const steps = [
    () => ['```bash\ngit clone ssh://git@', g.look('hostname'), '/team/', proj, '.git\ncd ', proj, '\ncp .env.sample .env\n```\n'],
    () => ['Ask ', PN(g.person()), ' for the staging credentials (right now it is `', r.pick(USERS), '` / `', g.S(r.pick(['DATABASE_PASSWORD', 'ADMIN_PASSWORD', 'PASSWORD'])), '`, will move to the vault soon).\n'],
    () => { const e = r.pick(['STRIPE_SECRET_KEY', 'OPENAI_API_KEY', 'SENDGRID_API_KEY', 'ANTHROPIC_API_KEY', 'GROQ_API_KEY', 'MAPBOX_SECRET_TOKEN', 'TWILIO_AUTH_TOKEN']); return ['```sh\nexport ', r.pick(['API_KEY', 'PARTNER_KEY', 'X_API_KEY']), '=', g.S('API_KEY'), '\nexport ', secretByName[e].keys[0], '=', g.S(e), '\n```\n']; },
    () => ['Default login of the dev container: `admin` / ', g.look('placeholder'), ' (change it).\n'],
    () => ['```\ndocker login registry.corp.example -u ci -p ', g.S('DOCKER_HUB_TOKEN'), '\n```\n'],
    () => ['Seed database: `psql postgres://app:', g.S('DATABASE_PASSWORD'), '@', g.look('hostname'), ':5432/app -f seed.sql`\n'],
    () => ['The test SMTP inbox is `', EM(g, null, 'mail.example'), '`, password ', g.S('SMTP_PASSWORD'), '.\n'],
    () => ['Use the test card ', g.look('vendor_test_card'), ' with any future expiry.\n'],
    () => ['Set `SECRET_KEY` in `.env`, e.g. `SECRET_KEY=', g.S('DJANGO_SECRET_KEY'), '`\n'],
    () => ['Do **not** use ', g.look('aws_example_key'), ' — that is from the docs. Real key for the sandbox: ', g.S('AWS_ACCESS_KEY'), ' / ', g.S('AWS_SECRET_KEY'), '\n'],
    () => ['Integrity of the release tarball: ', g.look('digest'), '\n'],
    () => ['CI reads the token from ', g.look('env_reference'), '.\n'],
  ];
  for (const s of r.pickN(steps, r.range(5, 9))) d.w(s(), '\n');
  d.w('## Contact\n\nMaintainer: ', PN(g.person()), ' <', EM(g, g.person(), 'corp.example'), '>\n');
}

export function meeting_notes(g, d) {
  const r = g.r; const lang = mainLang(g); const ppl = Array.from({ length: r.range(3, 6) }, () => personFor(g, lang, 0.3));
  const H = { en: ['Meeting notes', 'Attendees', 'Action items'], de: ['Protokoll', 'Teilnehmer', 'To-dos'], fr: ['Compte rendu', 'Participants', 'Actions'], es: ['Acta de reunión', 'Asistentes', 'Tareas'], ja: ['議事録', '出席者', 'アクション'], ko: ['회의록', '참석자', '액션 아이템'], zh: ['会议纪要', '参会人', '待办'] }[lang] || ['Notes', 'Attendees', 'Actions'];
  d.w(H[0], ' — ', g.look('date'), r.chance(0.5) ? [' — ', LOC(g.town(placeCc(g, r.pick(LANG_CC[lang]))))] : '', '\n', H[1], ': ');
  ppl.forEach((p, i) => d.w(i ? ', ' : '', r.chance(0.3) ? gluedName(g, p, lang) : PN(p)));
  d.w('\n\n');
  const budget = r.range(800, 3000);
  while (d.size < budget) {
    const k = r.int(7);
    if (k === 0) d.w('- ', credPhrase(g, lang), '\n');
    else if (k === 1) d.w('- ', piiPhrase(g, lang), '\n');
    else if (k === 2) d.w('- ', PN(r.pick(ppl)), ': ', r.pick(['rotate the payment key (old one was ', 'replace leaked token ', 'revoke ', 'altes Passwort war ']), g.S(r.pick(['STRIPE_SECRET_KEY', 'SLACK_BOT_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'PASSWORD', 'DATADOG_API_KEY', 'SENDGRID_API_KEY'])), r.chance(0.5) ? ')' : '', '\n');
    else if (k === 3) d.w('- budget ', g.look('price'), ', PO ', g.look('invoice_number'), '\n');
    else if (k === 4) d.w('- release ', g.look('version'), ' build ', g.look('build_number'), ' → ', g.look('ticket_ref'), '\n');
    else if (k === 5) d.w('- ', filler(g, lang), '\n');
    else d.w('- ', r.pick(['bridge passcode ', 'Einwahl-PIN ', 'code de la visio ']), g.S('MEETING_PASSCODE'), '\n');
  }
  d.w('\n', H[2], ':\n');
  for (let i = 0; i < r.range(1, 3); i++) d.w('* [ ] ', PN(r.pick(ppl)), ' — ', g.look('ticket_ref'), '\n');
}

export function handover_notes(g, d) {
  const r = g.r; const lang = r.pick(['en', 'de', 'fr', 'es', 'nl', 'it', 'pl', 'ja', 'ko', 'zh', 'pt', 'sv']); const from = personFor(g, lang); const to = personFor(g, lang); const cc = r.pick(LANG_CC[lang]);
  d.w({ en: 'HANDOVER', de: 'Schichtübergabe', fr: 'Passation', es: 'Entrega de turno', nl: 'Overdracht', it: 'Passaggio di consegne', pl: 'Przekazanie zmiany', ja: '引き継ぎメモ', ko: '인수인계', zh: '交接记录', pt: 'Passagem de turno', sv: 'Överlämning' }[lang], ' ', g.look('date'), '\n', 'from ', PN(from), ' to ', PN(to), '\n', '='.repeat(r.range(20, 40)), '\n\n');
  const blocks = [
    () => ['Server room: door ', g.S('DOOR_ACCESS_CODE'), ', alarm ', g.S('ALARM_CODE'), '\n'],
    () => ['Backup NAS ', g.look('hostname'), ': ', r.pick(USERS), ' / ', g.S('NAS_PASSWORD'), '\n'],
    () => ['On-call phone (SIM PIN ', g.S('SIM_PIN'), ', PUK ', g.S('SIM_PUK'), ') is in the drawer\n'],
    () => ['Escalation: ', PN(g.person()), ' ', PH(g, phoneCc(g, cc)), ', then ', PN(g.person()), ' ', PH(g, phoneCc(g, cc)), '\n'],
    () => ['Firewall console: ', g.S('ADMIN_PASSWORD'), '  (yes, still not in the vault)\n'],
    () => ['root on the old jump host: ', g.S('ROOT_PASSWORD'), '\n'],
    () => ['Open incidents: ', g.look('ticket_ref'), ', ', g.look('ticket_ref'), '\n'],
    () => ['IPMI ', g.ipv4Private(), ' ADMIN / ', g.S('BIOS_PASSWORD'), '\n'],
    () => ['Camera NVR: ', g.S('CAMERA_PASSWORD'), '\n'],
    () => [credPhrase(g, lang), '\n'],
    () => [piiPhrase(g, lang), '\n'],
    () => ['Safe in the office: ', g.S('SAFE_COMBINATION'), '\n'],
    () => ['Courier pickup ', g.look('tracking_number'), ' for ', PN(g.person()), ', ', addressLines(g, cc, ', '), '\n'],
  ];
  for (const b of r.pickN(blocks, r.range(6, 10))) d.w(r.pick(['* ', '- ', '', '• ']), b());
  d.w('\n', r.pick(['Good luck!', 'Viel Erfolg', 'Bon courage', '']), '\n');
}

export function wiki_it(g, d) {
  const r = g.r; const cc = r.pick(['DE', 'FR', 'US', 'GB', 'NL', 'ES', 'IT', 'JP', 'PL', 'SE']);
  d.w('= ', r.pick(['IT-Infos Standort ', 'Office IT cheat sheet — ', 'Infos pratiques — ']), LOC(g.town(placeCc(g, cc))), ' =\n\n');
  d.w('== WLAN / Wi-Fi ==\n{| class="wikitable"\n! SSID !! Key !! Notes\n');
  for (let i = 0; i < r.range(2, 4); i++) d.w('|-\n| ', r.pick(['Staff', 'Guest', 'IoT', 'Lager', 'Werkstatt', 'Meeting']), '-', r.range(1, 9), ' || ', g.S('WIFI_PASSWORD'), ' || ', r.pick(['rotated quarterly', 'valid until ', 'VLAN 30']), r.chance(0.3) ? g.look('date') : '', '\n');
  d.w('|}\n\n== Devices ==\n');
  for (let i = 0; i < r.range(3, 6); i++) {
    const k = r.int(5);
    if (k === 0) d.w('* Printer ', g.look('serial_number'), ' (', g.look('mac_address'), ') — web admin PIN ', g.S('PRINTER_ADMIN_PASSWORD'), '\n');
    else if (k === 1) d.w('* Router ', g.ipv4Private(), ' — ', g.S('ROUTER_ADMIN_PASSWORD'), '\n');
    else if (k === 2) d.w('* Door ', r.pick(['A', 'B', 'Lager', 'Tiefgarage']), ': ', g.S('DOOR_ACCESS_CODE'), '\n');
    else if (k === 3) d.w('* Cam ', g.look('hostname'), ' rtsp user viewer / ', g.S('CAMERA_PASSWORD'), '\n');
    else d.w('* Meeting room display PIN ', g.S('DEVICE_PIN'), '\n');
  }
  d.w('\n== Contacts ==\n');
  for (let i = 0; i < r.range(2, 4); i++) { const p = g.person(g.r.chance(0.6) ? undefined : undefined); d.w('* ', PN(p), ' — ', PH(g, phoneCc(g, cc)), ' — ', EM(g, p), '\n'); }
  d.w('\nPostal: ', addressLines(g, cc, ', '), '\n');
}

export function recovery_codes(g, d) {
  const r = g.r; const style = r.int(4); const p = g.person();
  const service = r.pick(['Corp SSO', 'Password vault', 'Cloud console', 'Git server', 'Payroll portal', 'Mail']);
  if (style === 0) {
    d.w(service, ' backup codes\n', 'Account: ', EM(g, p), '\n', 'Generated ', g.look('timestamp'), '\n\n', 'Each code can be used once. Keep them somewhere safe.\n\n');
    const st = r.int(6); const n = r.pick([8, 10, 10, 12, 16]);
    for (let i = 0; i < n; i++) d.w(r.chance(0.5) ? `${i + 1}. ` : '', S('RECOVERY_CODE', recoveryCode(r, st)), i % 2 && r.chance(0.5) ? '\n' : r.chance(0.5) ? '    ' : '\n');
    d.w('\n\n(', g.look('request_id'), ')\n');
  } else if (style === 1) {
    const seed = g.secret('TOTP_SEED').replace(/ /g, '').toUpperCase(); const st = r.int(6);
    d.w('2FA setup for ', PN(p), '\n', 'otpauth://totp/', encodeURIComponent(service), ':', EM(g, p, 'corp.example'), '?secret=', S('TOTP_SEED', seed), '&issuer=', encodeURIComponent(service), '&digits=6\n\n');
    d.w('Manual entry key: ', S('TOTP_SEED', r.chance(0.5) ? seed.match(/.{1,4}/g).join(' ') : seed.toLowerCase()), '\n\nRecovery codes:\n');
    for (let i = 0; i < r.range(6, 10); i++) d.w('  ', S('RECOVERY_CODE', recoveryCode(r, st)), '\n');
  } else if (style === 2) {
    d.w('BitLocker Drive Encryption recovery key\n\nTo verify that this is the correct recovery key, compare the start of the following identifier with the identifier value displayed on your PC.\n\nIdentifier:\n\n\t', L('uuid', g.lookValue('uuid').toUpperCase()), '\n\nIf the above identifier matches the one displayed by your PC, then use the following key to unlock your drive.\n\nRecovery Key:\n\n\t', g.S('BITLOCKER_RECOVERY_KEY'), '\n\nDevice: ', g.look('serial_number'), ' (', PN(p), ')\n');
  } else {
    d.w('Emergency sheet — ', PN(p), '\n\n', 'Password manager master password: ', g.S('PASSWORD_MANAGER_MASTER_PASSWORD'), '\n', 'Secret key: ', g.S('ACCOUNT_RECOVERY_KEY'), '\n', 'Disk passphrase: ', g.S('DISK_ENCRYPTION_PASSPHRASE'), '\n',
      r.chance(0.5) ? ['Wallet words: ', g.S('CRYPTO_WALLET_MNEMONIC'), '\n', 'Receive address: ', P('CRYPTO', g.btc()), '\n'] : '', 'Phone PIN: ', g.S('DEVICE_PIN'), '\n', 'Bank card PIN: ', g.S('PAYMENT_CARD_PIN'), '\n\n', 'In case of emergency call ', PN(g.person()), ' ', PH(g), '\n');
  }
}
export function password_sheet(g, d) {
  const r = g.r; const style = r.int(3);
  const rows = r.range(5, 12);
  const ents = ['PASSWORD', 'ADMIN_PASSWORD', 'EMAIL_ACCOUNT_PASSWORD', 'FTP_PASSWORD', 'SHARED_ACCOUNT_PASSWORD', 'ROUTER_ADMIN_PASSWORD', 'VPN_PASSWORD', 'NAS_PASSWORD', 'SSH_PASSWORD'];
  const site = () => `https://${r.pick(['portal', 'crm', 'intranet', 'billing', 'shop-admin', 'wiki', 'mail'])}.${r.pick(['corp', 'acme', 'nordwind', 'kanzlei'])}.example${r.pick(['', '/login', '/admin'])}`;
  if (style === 0) { d.w('name,url,username,password,extra,grouping,fav\n'); for (let i = 0; i < rows; i++) { const p = g.person(); d.w(r.pick(['CRM', 'Webmail', 'Router', 'Shop', 'FTP', 'Bank (Firma)', 'Telefonanlage']), ',', site(), ',', EM(g, p), ',', g.S(r.pick(ents)), ',', r.chance(0.3) ? ['"TOTP: ', g.S('TOTP_SEED'), '"'] : '', ',', r.pick(['Work', 'Shared', 'Büro']), ',0\n'); } }
  else if (style === 1) { d.w('| Dienst | Benutzer | Kennwort | Notiz |\n|---|---|---|---|\n'); for (let i = 0; i < rows; i++) d.w('| ', r.pick(['DATEV', 'Router', 'Kopierer', 'Webshop', 'Bank', 'Telefon']), ' | ', r.pick(USERS), ' | ', g.S(r.pick(ents)), ' | ', r.pick(['', 'von ', 'neu seit ']), r.chance(0.4) ? PN(g.person()) : g.look('date'), ' |\n'); }
  else { d.w('"Title","Username","Password","URL","Notes"\n'); for (let i = 0; i < rows; i++) { const p = g.person(); d.w('"', r.pick(['Payroll', 'VPN', 'AWS root', 'DNS registrar', 'Wi-Fi']), '","', EM(g, p), '","', g.S(r.pick(ents.concat(['WIFI_PASSWORD']))), '","', site(), '","', r.chance(0.4) ? ['recovery ', g.S('RECOVERY_CODE')] : r.pick(['', 'owner ']) , '"\n'); } }
}

export function sms_voicemail(g, d) {
  const r = g.r; const lang = mainLang(g); const cc = phoneCc(g, r.pick(LANG_CC[lang]));
  if (r.chance(0.5)) {
    d.w(r.pick(['Voicemail transcript', 'Transkript Mailbox', 'Transcription messagerie']), '\nFrom: ', PH(g, cc), '\nReceived: ', g.look('timestamp'), '\nDuration: 0:', String(r.range(10, 59)), '\n\n');
    const p = personFor(g, lang);
    d.w('"', r.pick(['Hi, this is ', 'Hallo, hier ist ', 'Bonjour, c\'est ', 'Hola, soy ']), PN(p), r.pick([' from facilities. ', ' vom Hausmeisterservice. ', '. ']), credPhrase(g, lang), '. ', r.pick(['Call me back at ', 'Ruf mich zurück unter ', 'Rappelez-moi au ']), PH(g, cc), '. ', piiPhrase(g, lang), '."\n');
  } else {
    const peer = personFor(g, lang);
    d.w(r.pick(['Messages with ', 'SMS — ', 'iMessage: ']), PN(peer), ' (', PH(g, cc), ')\n\n');
    const budget = r.range(400, 1800);
    while (d.size < budget) d.w(r.pick(['> ', '< ']), ts(g, epoch(g)).slice(5, 16), ' ', r.chance(0.4) ? credPhrase(g, lang) : chatMessage(g, lang), '\n');
  }
}
