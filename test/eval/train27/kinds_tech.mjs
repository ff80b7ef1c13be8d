// Tool output on the technical side of an office: mail client settings, app configs,
// shell history, git output, application logs.
import { Doc } from './builder.mjs';
import { S, P, L, V, LK, sec, gen, who, nm, mail, tel, pickLoc, phraseLang, cfgKey, J, jt } from './common.mjs';
import { pwRandom } from './secrets.mjs';

// ---------------------------------------------------------------- mail client settings
export function mailClientConfig(r, ctx) {
  const loc = pickLoc(r);
  const p = who(r, loc);
  const org = V.org(r, phraseLang(loc));
  const em = mail(r, p, org.domain);
  const f = r.pick(['msmtp', 'mutt', 'mbsync', 'prefs', 'fetchmail', 'mobileconfig', 'dotenv']);
  const d = new Doc('mail_client_config').lang('en');
  const smtp = `smtp.${org.domain}`, imap = `imap.${org.domain}`;
  const pw = () => sec(r, r.pick(['SMTP_PASSWORD', 'APP_PASSWORD', 'GOOGLE_APP_PASSWORD']));
  if (f === 'msmtp') d.add('# ~/.msmtprc\ndefaults\nauth on\ntls on\ntls_trust_file /etc/ssl/certs/ca-certificates.crt\nlogfile ~/.msmtp.log\n\naccount work\nhost ', smtp, '\nport 587\nfrom ', em, '\nuser ', em, '\npassword ', sec(r, 'SMTP_PASSWORD'), '\n\naccount private\nhost smtp.mailbox.example\nport 465\ntls_starttls off\nfrom ', mail(r, p), '\nuser ', mail(r, p), '\npassword ', pw(), '\n\naccount default : work\n');
  else if (f === 'mutt') d.add('# ~/.muttrc\nset realname = "', nm(p, 'full', true), '"\nset from = "', em, '"\nset imap_user = "', em, '"\nset imap_pass = "', sec(r, 'IMAP_PASSWORD'), '"\nset folder = "imaps://', imap, ':993"\nset spoolfile = "+INBOX"\nset smtp_url = "smtps://', V.ascii(p.givenL).toLowerCase(), '@', smtp, ':465/"\nset smtp_pass = "', sec(r, 'SMTP_PASSWORD'), '"\nset signature = "~/.signature"\n# phone for the signature: ', tel(r, loc), '\n');
  else if (f === 'mbsync') d.add('# ~/.mbsyncrc\nIMAPAccount office\nHost ', imap, '\nUser ', em, '\nPass ', sec(r, 'IMAP_PASSWORD'), '\nSSLType IMAPS\nCertificateFile /etc/ssl/certs/ca-certificates.crt\n\nIMAPStore office-remote\nAccount office\n\nMaildirStore office-local\nPath ~/Mail/office/\nInbox ~/Mail/office/INBOX\n\nChannel office\nFar :office-remote:\nNear :office-local:\nPatterns *\nCreate Both\nSyncState *\n');
  else if (f === 'prefs') { const n = r.int(1, 4); d.add('// Thunderbird prefs.js (excerpt)\nuser_pref("mail.identity.id', n, '.fullName", "', nm(p, 'full'), '");\nuser_pref("mail.identity.id', n, '.useremail", "', em, '");\nuser_pref("mail.identity.id', n, '.htmlSigText", "', nm(p, 'full'), ' | ', tel(r, loc), '");\nuser_pref("mail.server.server', n, '.hostname", "', imap, '");\nuser_pref("mail.server.server', n, '.userName", "', em, '");\nuser_pref("mail.smtpserver.smtp', n, '.hostname", "', smtp, '");\nuser_pref("mail.smtpserver.smtp', n, '.username", "', em, '");\nuser_pref("mail.server.server', n, '.oauth2.refreshToken", "', sec(r, 'GOOGLE_OAUTH_REFRESH_TOKEN'), '");\nuser_pref("extensions.lastAppBuildId", "', L('build_number', `${r.int(2023, 2025)}${r.pad(r.int(1, 12), 2)}${r.pad(r.int(1, 28), 2)}${r.digits(6)}`), '");\n'); }
  else if (f === 'fetchmail') d.add('# ~/.fetchmailrc\nset daemon 300\npoll ', imap, ' protocol IMAP port 993\n  user "', em, '" there with password "', sec(r, 'IMAP_PASSWORD'), '" is "', V.ascii(p.givenL).toLowerCase(), '" here\n  ssl sslfingerprint "', L('hash', Array.from({ length: 16 }, () => r.HEX(2)).join(':')), '"\n  keep\n');
  else if (f === 'mobileconfig') d.add('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>PayloadContent</key>\n  <array>\n    <dict>\n      <key>EmailAccountDescription</key><string>', org.name, '</string>\n      <key>EmailAccountName</key><string>', nm(p, 'full'), '</string>\n      <key>EmailAddress</key><string>', em, '</string>\n      <key>IncomingMailServerHostName</key><string>', imap, '</string>\n      <key>IncomingMailServerUsername</key><string>', em, '</string>\n      <key>IncomingPassword</key><string>', sec(r, 'IMAP_PASSWORD'), '</string>\n      <key>OutgoingMailServerHostName</key><string>', smtp, '</string>\n      <key>OutgoingPassword</key><string>', sec(r, 'SMTP_PASSWORD'), '</string>\n      <key>PayloadType</key><string>com.apple.mail.managed</string>\n      <key>PayloadUUID</key><string>', LK.uuid(r, true), '</string>\n    </dict>\n  </array>\n  <key>PayloadIdentifier</key><string>example.office.mail</string>\n  <key>PayloadUUID</key><string>', LK.uuid(r, true), '</string>\n</dict>\n</plist>\n');
  else d.add('# mail relay for the booking site\nMAIL_MAILER=smtp\nMAIL_HOST=', smtp, '\nMAIL_PORT=587\nMAIL_USERNAME=', em, '\nMAIL_PASSWORD=', sec(r, 'SMTP_PASSWORD'), '\nMAIL_FROM_NAME="', nm(p, 'full'), '"\nIMAP_PASSWORD=', sec(r, 'IMAP_PASSWORD'), '\nSES_SMTP_PASSWORD=', sec(r, 'AWS_SES_SMTP_PASSWORD'), '\nBACKUP_PASSWORD=', r.chance(0.5) ? LK.placeholder(r, 'changeme') : LK.envRef(r, 'BACKUP_PASSWORD'), '\n');
  return d;
}

// ---------------------------------------------------------------- app configs
function kv(r, style, key, items) {
  switch (style) {
    case 'env': return [key.toUpperCase().replace(/[.-]/g, '_'), '=', items, '\n'];
    case 'yaml': return ['  ', key, ': ', r.chance(0.5) ? ['"', items, '"'] : items, '\n'];
    case 'ini': return [key, ' = ', items, '\n'];
    default: return [key, '=', items, '\n'];
  }
}
export function appConfig(r, ctx) {
  const d = new Doc('app_config').lang('en');
  const loc = pickLoc(r);
  const f = r.pick(['env', 'env', 'yaml', 'yaml', 'ini', 'ini', 'appsettings', 'docker', 'k8s', 'sa_json', 'yaml_pem', 'yaml_pem']);
  if (f === 'docker') {
    const user = r.lower(6);
    d.add(J({ auths: { 'registry.corp.example': { auth: sec(r, 'DOCKER_REGISTRY_AUTH', { user }) }, 'harbor.intra.example:5000': { auth: sec(r, 'DOCKER_REGISTRY_AUTH', { user: 'robot$ci' }), email: mail(r, who(r, loc), 'corp.example') } }, credsStore: r.chance(0.5) ? 'desktop' : undefined, HttpHeaders: { 'User-Agent': jt('Docker-Client/', LK.version(r), ' (linux)') } }, { indent: r.pick([1, 2, 4]) }), '\n');
    return d;
  }
  if (f === 'k8s') {
    const name = r.pick(['booking-mailer', 'hr-portal', 'crm-sync', 'invoice-bot']);
    d.add('apiVersion: v1\nkind: Secret\nmetadata:\n  name: ', name, '-secrets\n  namespace: office\n  uid: ', LK.uuid(r), '\n  resourceVersion: "', LK.k8sResourceVersion(r), '"\n  creationTimestamp: "', V.tsMark(r), '"\n  annotations:\n    owner: ', mail(r, who(r, loc), 'corp.example'), '\ntype: Opaque\ndata:\n');
    for (const k of ['smtp-password', 'db-password', 'api-token']) d.add('  ', k, ': ', sec(r, 'KUBERNETES_SECRET_VALUE'), '\n');
    const e = ctx.deck.draw();
    d.add('stringData:\n  ', cfgKey(r, e, 'kebab'), ': "', sec(r, e), '"\n');
    return d;
  }
  if (f === 'sa_json') {
    const proj = `${r.pick(['office', 'booking', 'hr'])}-${r.lower(5)}-${r.digits(6)}`;
    d.add(J({ type: 'service_account', project_id: proj, private_key_id: LK.hash(r, 'sha1'), private_key: jt(sec(r, 'GCP_SERVICE_ACCOUNT_KEY'), '\n'), client_email: P('EMAIL_ADDRESS', `sheets-sync@${proj}.iam.serviceaccount.example`), client_id: String(r.nzdigits(21)), auth_uri: 'https://accounts.auth.example/o/oauth2/auth', token_uri: 'https://oauth2.auth.example/token', universe_domain: 'auth.example' }, { indent: 2 }), '\n');
    return d;
  }
  if (f === 'yaml_pem') {
    const e = ctx.pemDeck.draw();
    const ind = r.pick(['  ', '    ']);
    const key = gen(r, e);
    d.add('# sftp drop for the bank statements\nsftp:\n', ind, 'host: sftp.bank.example\n', ind, 'user: ', r.lower(8), '\n', ind, 'known_host_key: ', LK.sshPublicKey(r), '\n', ind, 'private_key: |\n', ind, ind, S(e, key.replace(/\n/g, '\n' + ind + ind)), '\n');
    if (r.chance(0.5)) d.add(ind, 'server_cert: |\n', ind, ind, L('certificate', LK.certificate(r).value.replace(/\n/g, '\n' + ind + ind)), '\n');
    return d;
  }
  if (f === 'appsettings') {
    const e1 = ctx.deck.draw(), e2 = ctx.deck.draw();
    d.add(J({ Logging: { LogLevel: { Default: 'Information' } }, ConnectionStrings: { Default: jt('Server=srv-sql02;Database=Booking;User Id=booking_app;Password=', sec(r, 'MSSQL_PASSWORD'), ';') }, Smtp: { Host: 'smtp.office.example', User: mail(r, who(r, loc), 'office.example'), Password: sec(r, 'SMTP_PASSWORD') }, Integrations: { [cfgKey(r, e1, 'Pascal')]: sec(r, e1), [cfgKey(r, e2, 'Pascal')]: sec(r, e2) }, Jwt: { Issuer: 'https://login.office.example', SigningKey: sec(r, 'JWT_SIGNING_SECRET') }, AllowedHosts: '*', BuildId: LK.buildNumber(r) }, { indent: 2 }), '\n');
    return d;
  }
  const style = f;
  if (style === 'yaml') d.add('# config.yaml – office booking app\nservice:\n  name: room-booking\n  version: ', LK.version(r), '\n  admin: ', mail(r, who(r, loc), 'office.example'), '\nsecrets:\n');
  else if (style === 'ini') d.add('; settings.ini\n[general]\nversion = ', LK.version(r), '\ncontact = ', nm(who(r, loc), 'full'), ' ', tel(r, loc), '\n\n[secrets]\n');
  else d.add('# .env – generated ', V.tsMark(r), '\nAPP_ENV=production\nAPP_URL=https://booking.office.example\n');
  const n = r.int(6, 10);
  if (r.chance(0.5)) d.add(style === 'ini' ? '; ' : '# ', 'template: ', cfgKey(r, 'SMTP_PASSWORD', style === 'env' ? 'UPPER' : 'snake'), style === 'yaml' ? ': ' : '=', LK.placeholder(r, r.pick(['<your-password>', 'changeme', '<insert key>'])), '\n');
  for (let i = 0; i < n; i++) {
    const e = ctx.deck.draw();
    d.add(kv(r, style, cfgKey(r, e, style === 'env' ? 'UPPER' : r.pick(['snake', 'dot', 'camel'])), sec(r, e)));
  }
  { const [sch, port, ent] = r.pick([['postgres', '5432', 'POSTGRES_PASSWORD'], ['mysql', '3306', 'MYSQL_PASSWORD'], ['mongodb', '27017', 'MONGODB_PASSWORD'], ['postgresql', '5432', 'DATABASE_PASSWORD'], ['redis', '6379', 'REDIS_PASSWORD'], ['amqp', '5672', 'AMQP_PASSWORD']]); d.add(kv(r, style, style === 'env' ? (sch === 'redis' ? 'REDIS_URL' : sch === 'amqp' ? 'BROKER_URL' : 'DATABASE_URL') : 'database_url', [sch, '://', sch === 'redis' ? '' : 'app', ':', sec(r, ent), '@', r.pick(['db.internal.example', '10.0.2.5', 'localhost']), ':', port, sch === 'redis' ? '/0' : '/booking'])); }
  if (r.chance(0.5)) d.add(kv(r, style, style === 'env' ? 'AWS_ACCESS_KEY_ID_EXAMPLE_DOCS' : 'docs_sample_key', LK.awsExample(r, 0)));
  if (r.chance(0.5)) d.add(kv(r, style, style === 'env' ? 'SENTRY_DSN' : 'sentry_dsn', ['https://', sec(r, 'SENTRY_DSN_KEY'), '@o', r.digits(6), '.ingest.sentry.example/', r.digits(7)]));
  if (r.chance(0.5)) d.add(kv(r, style, style === 'env' ? 'PAYMENT_KEY' : 'payment_key', LK.envRef(r, 'PAYMENT_KEY')));
  if (r.chance(0.4)) d.add(kv(r, style, style === 'env' ? 'SUPPORT_PASSWORD' : 'support_password', LK.placeholder(r)));
  return d;
}

// ---------------------------------------------------------------- shell history
export function shellHistory(r, ctx) {
  const d = new Doc('shell_history').lang('en');
  const loc = pickLoc(r);
  const p = who(r, loc);
  const f = r.pick(['bash', 'zsh', 'pwsh']);
  const cmds = [];
  const u = V.ascii(p.givenL).toLowerCase().split(/[ -]/)[0];
  const pool = f === 'pwsh' ? [
    () => ['net use Z: \\\\fileserver01\\scans /user:CORP\\', u, ' ', sec(r, 'PASSWORD')],
    () => ['$env:OPENAI_API_KEY = "', sec(r, 'OPENAI_API_KEY'), '"'],
    () => ['Connect-ExchangeOnline -UserPrincipalName ', mail(r, p, 'corp.example')],
    () => ['manage-bde -protectors -get C: # ', sec(r, 'BITLOCKER_RECOVERY_KEY')],
    () => ['Invoke-RestMethod -Uri https://api.crm.example/v1/contacts -Headers @{Authorization="Bearer ', sec(r, ctx.deck.draw()), '"}'],
    () => ['Get-ADUser -Filter "EmailAddress -eq \'', mail(r, who(r, loc), 'corp.example'), '\'"'],
    () => ['Set-ADAccountPassword -Identity ', u, ' -NewPassword (ConvertTo-SecureString "', sec(r, 'TEMPORARY_PASSWORD'), '" -AsPlainText -Force) -Reset'],
    () => ['winget upgrade --id Office --version ', LK.version(r)],
    () => ['Test-NetConnection ', LK.hostname(r), ' -Port 443'],
  ] : [
    () => ['curl -u ', u, ':', sec(r, 'PASSWORD'), ' https://nas.office.example/api/shares'],
    () => { const e = ctx.deck.draw(); return ['export ', cfgKey(r, e, 'UPPER'), '=', sec(r, e)]; },
    () => ['mysql -h 10.0.3.15 -u crm -p\'', sec(r, 'MYSQL_PASSWORD'), '\' crm -e "select email from contacts where id=', r.int(10, 9999), '"'],
    () => ['git clone https://', u, ':', sec(r, r.pick(['GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN'])), '@git.office.example/finance/reports.git'],
    () => ['curl -s -H "Authorization: Basic ', sec(r, 'BASIC_AUTH_CREDENTIALS', { user: u }), '" https://intranet.office.example/api/rooms'],
    () => ['gh auth login --with-token <<< ', sec(r, 'GITHUB_PERSONAL_ACCESS_TOKEN')],
    () => ['sshpass -p \'', sec(r, 'SFTP_PASSWORD'), '\' sftp upload@sftp.bank.example'],
    () => ['7z a -p', sec(r, 'PASSWORD'), ' payroll_', r.int(2024, 2025), '.7z payroll/'],
    () => ['ssh-keygen -lf ~/.ssh/id_ed25519.pub  # ', L('hash', `SHA256:${r.bytes(32).toString('base64').replace(/=+$/, '')}`)],
    () => ['echo "', sec(r, 'WIFI_PASSWORD'), '" | nmcli dev wifi connect Office-5G password -'],
    () => ['docker login registry.corp.example -u ', u, ' -p ', sec(r, 'DOCKER_HUB_ACCESS_TOKEN')],
    () => ['git log --oneline | head -3  # ', LK.gitSha(r, true)],
    () => ['smbclient //fileserver01/hr -U ', u, '%', sec(r, 'PASSWORD')],
    () => ['psql "postgresql://reporting:', sec(r, 'POSTGRES_PASSWORD'), '@db.internal.example:5432/hr"'],
    () => ['ping -c 3 ', LK.hostname(r)],
    () => ['ls -la ~/Downloads/', r.pick(['Gehaltsabrechnung.pdf', 'passport_scan.jpg', 'contract.docx'])],
  ];
  const n = r.int(6, 10);
  for (let i = 0; i < n; i++) cmds.push(r.pick(pool)());
  let t = r.int(1700000000, 1740000000);
  for (const c of cmds) {
    t += r.int(5, 4000);
    if (f === 'zsh') d.add(': ', L('timestamp', String(t)), ':0;', c, '\n');
    else if (f === 'bash' && r.chance(0.5)) d.add('#', L('timestamp', String(t)), '\n', c, '\n');
    else d.add(c, '\n');
  }
  return d;
}

// ---------------------------------------------------------------- git output
export function gitOutput(r, ctx) {
  const d = new Doc('git_output').lang('en');
  const loc = pickLoc(r);
  const a = who(r, loc), b = who(r, pickLoc(r));
  const am = mail(r, a, 'office.example'), bm = mail(r, b);
  const file = r.pick(['config/mail.yml', 'scripts/send_reminders.py', '.env.production', 'settings/local.json', 'automation/sync.ps1']);
  d.add('commit ', LK.gitSha(r), '\nAuthor: ', nm(a, 'full', true), ' <', am, '>\nDate:   ', L('timestamp', `${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${r.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${r.int(1, 28)} ${r.pad(r.int(7, 22), 2)}:${r.pad(r.int(0, 59), 2)}:${r.pad(r.int(0, 59), 2)} ${r.int(2024, 2025)} ${r.pick(['+0100', '+0200', '-0400'])}`), '\n\n    ', r.pick(['quick fix for the mailer', 'add vendor credentials (temporary)', 'WIP reminders', 'update contact list']), '\n\n');
  d.add('diff --git a/', file, ' b/', file, '\nindex ', LK.gitSha(r, true), '..', LK.gitSha(r, true), ' 100644\n--- a/', file, '\n+++ b/', file, '\n@@ -', r.int(1, 40), ',', r.int(3, 9), ' +', r.int(1, 40), ',', r.int(5, 12), ' @@\n');
  const e1 = ctx.deck.draw(), e2 = ctx.deck.draw();
  d.add(' smtp_host: smtp.office.example\n-smtp_password: ', LK.envRef(r, 'SMTP_PASSWORD'), '\n+smtp_password: ', sec(r, 'SMTP_PASSWORD'), '\n+', cfgKey(r, e1, 'snake'), ': ', sec(r, e1), '\n+', cfgKey(r, e2, 'snake'), ': ', sec(r, e2), '\n');
  d.add('+notify: ', bm, '\n+owner_phone: "', tel(r, b.loc), '"\n');
  d.add('\ncommit ', LK.gitSha(r), '\nMerge: ', LK.gitSha(r, true), ' ', LK.gitSha(r, true), '\nAuthor: ', nm(b, 'full', true), ' <', bm, '>\nDate:   ', L('timestamp', `${r.pick(['Mon', 'Fri'])} ${r.pick(['Feb', 'Aug'])} ${r.int(1, 28)} ${r.pad(r.int(7, 22), 2)}:${r.pad(r.int(0, 59), 2)}:${r.pad(r.int(0, 59), 2)} ${r.int(2024, 2025)} +0000`), '\n\n    Merge branch \'', r.pick(['feature/invoices', 'hotfix/smtp', 'main']), '\'\n');
  return d;
}

// ---------------------------------------------------------------- application logs
export function appLog(r, ctx) {
  const d = new Doc('app_log').lang('en');
  const f = r.pick(['nginx', 'json', 'auth']);
  const n = r.int(5, 8);
  for (let i = 0; i < n; i++) {
    const loc = pickLoc(r);
    const p = who(r, loc);
    const ts = V.isoTs(r);
    if (f === 'nginx') {
      const g = r.int(0, 4);
      const path = g === 0 ? ['/reset-password?token=', sec(r, 'PASSWORD_RESET_TOKEN')] : g === 1 ? ['/api/v1/bookings?guest=', P('EMAIL_ADDRESS', V.email(r, p).value.replace('@', '%40'))] : g === 2 ? ['/calendar/private/', sec(r, 'PRIVATE_CALENDAR_TOKEN'), '/basic.ics'] : g === 3 ? ['/invoice/', LK.invoiceNumber(r), '.pdf'] : ['/login?next=%2Fdashboard'];
      d.add(V.ip(r), ' - - [', L('timestamp', `${r.pad(r.int(1, 28), 2)}/${r.pick(['Jan', 'Mar', 'May', 'Sep'])}/${r.int(2024, 2025)}:${r.pad(r.int(0, 23), 2)}:${r.pad(r.int(0, 59), 2)}:${r.pad(r.int(0, 59), 2)} +0000`), '] "', r.pick(['GET', 'POST']), ' ', path, ' HTTP/1.1" ', r.pick(['200', '302', '404', '401']), ' ', r.int(200, 90000), ' "-" "Mozilla/5.0 (', r.pick(['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'iPhone; CPU iPhone OS 17_4 like Mac OS X']), ')" rid=', LK.requestId(r), '\n');
    } else if (f === 'json') {
      const g = r.int(0, 3);
      const ev = { ts: L('timestamp', ts), level: r.pick(['info', 'warn', 'error']), msg: ['login ok', 'password reset requested', 'upstream 401', 'booking created'][g], user: V.email(r, p), client_ip: V.ip(r), request_id: LK.requestId(r) };
      if (g === 2) ev.headers = r.chance(0.6) ? { authorization: jt('Bearer ', sec(r, 'JSON_WEB_TOKEN')) } : { authorization: jt('Basic ', sec(r, 'BASIC_AUTH_CREDENTIALS', { user: V.ascii(p.givenL).toLowerCase().split(/[ -]/)[0] })) };
      if (g === 3) ev.booking = { ref: LK.bookingRef(r), guest: nm(p, 'full', true), phone: tel(r, loc) };
      if (g === 0) ev.session = sec(r, 'SESSION_COOKIE');
      d.add(J(ev, { indent: 0 }), '\n');
    } else {
      const g = r.int(0, 2);
      d.add(L('timestamp', ts), ' ', r.pick(['portal-1', 'hr-web', 'sso']), ' auth[', r.int(1000, 40000), ']: ');
      if (g === 0) d.add('Failed password for ', V.email(r, p), ' from ', V.ip(r), ' port ', r.int(30000, 65000), ' ssh2\n');
      else if (g === 1) d.add('Accepted login for ', nm(p, 'full', true), ' <', V.email(r, p), '> from ', V.ip(r), ' (', V.cityMark(r, loc, true), ', ', V.countryMark(loc, true), ')\n');
      else d.add('DEBUG login form body: user=', V.email(r, p), '&password=', S('PASSWORD', encodeURIComponent(pwRandom(r, 14, '!#*-_'))), '&otp=', S('ONE_TIME_CODE', r.digits(6)), '\n');
    }
  }
  return d;
}
