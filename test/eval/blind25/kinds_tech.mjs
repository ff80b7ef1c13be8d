// Document kinds: configuration, manifests, keys, shell history, logs, git output.
import { Doc, S, P, L, R, plain, GEN, rfc2822, dateText, isoTs, PHRASES, DATE_LANG, COUNTRIES, pickLang } from './common.mjs';
import { emitJSON, emitYAML, RAW, jsonInner } from './builder.mjs';
import { uuid, epoch } from './lookalikes.mjs';
import { SECRETS, pem, jwt, basicAuth, machinePassword } from './secrets.mjs';
import { sshPublicLine } from './pem.mjs';
import { asciiFold } from './data_names.mjs';
import { ALPHA } from './prng.mjs';

const keyStyle = (r, k) => r.wpick([[5, k], [1, k.toLowerCase()], [1, k.toLowerCase().replace(/_([a-z])/g, (m, c) => c.toUpperCase())], [1, k.toLowerCase().replace(/_/g, '-')]]);

// ---------------------------------------------------------------- mail client configs
export function mail_client_config(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'nl', 'pl', 'it']); d.lang = lang;
  const p = k.person(lang); const dom = k.dom(); const em = k.email(p, dom); const emv = em.value;
  const form = r.int(6);
  if (form === 0) {
    d.w('# ~/.msmtprc\ndefaults\nauth on\ntls on\ntls_trust_file /etc/ssl/certs/ca-certificates.crt\nlogfile ~/.msmtp.log\n\n');
    for (let i = 0, n = r.range(2, 3); i < n; i++) {
      const q = i ? k.person(lang) : p; const e = i ? k.email(q) : em; const h = `smtp.${e.value.split('@')[1]}`;
      d.w('account ', r.pick(['work', 'private', 'shared', 'invoices']), i, '\nhost ', h, '\nport ', r.pick(['587', '465']), '\nfrom ', e.with(e.value), '\nuser ', e.with(e.value), '\n');
      d.w(r.chance(0.75) ? ['password ', k.sec('SMTP_PASSWORD')] : ['passwordeval "', L('env_reference', `pass show mail/${i ? 'private' : 'work'}`), '"'], '\n\n');
    }
    d.w('account default : work0\n');
  } else if (form === 1) {
    d.w('# ~/.muttrc\nset realname = "', k.name(p), '"\nset from = "', em, '"\nset imap_user = "', em.with(emv), '"\nset imap_pass = "', k.sec('IMAP_PASSWORD'), '"\nset folder = "imaps://imap.', dom, ':993"\nset smtp_url = "smtps://', em.with(encodeURIComponent(emv)), '@smtp.', dom, ':465/"\nset smtp_pass = "', k.sec('SMTP_PASSWORD'), '"\nset spoolfile = "+INBOX"\nset signature = "~/.signature"\n');
    d.w('alias ', asciiFold(p.latFirst).toLowerCase(), ' ', k.name(p), ' <', em.with(emv), '>\n');
    for (let i = 0, n = r.range(2, 4); i < n; i++) { const q = k.person(lang); d.w('alias ', asciiFold(q.latFirst).toLowerCase().replace(/[^a-z]/g, ''), ' ', k.name(q), ' <', k.email(q), '>\n'); }
  } else if (form === 2) {
    d.w('[general]\naccounts = Work\n\n[Account Work]\nlocalrepository = Local\nremoterepository = Remote\n\n[Repository Remote]\ntype = IMAP\nremotehost = imap.', dom, '\nremoteuser = ', em, '\nremotepass = ', k.sec('IMAP_PASSWORD'), '\nsslcacertfile = /etc/ssl/certs/ca-certificates.crt\nfolderfilter = lambda f: f not in ["Trash"]\n\n[Repository Local]\ntype = Maildir\nlocalfolders = ~/Mail/Work\n');
  } else if (form === 3) {
    d.w('# /etc/postfix/sasl_passwd  (postmap after editing!)\n');
    for (let i = 0, n = r.range(2, 4); i < n; i++) { const q = k.person(lang); const e = k.email(q, dom); d.w('[smtp.', r.pick(['relay', 'mailout', 'office']), '.', dom, ']:587 ', e, ':', k.sec('SMTP_PASSWORD', machinePassword(r, r.range(12, 20), 'alnum')), '\n'); }
    d.w('# sender_dependent: ', k.roleEmail(dom), '\n# relay fallback ', k.look('hostname'), '\n');
  } else if (form === 4) {
    d.w('# ~/.fetchmailrc\nset daemon 300\nset logfile ~/.fetchmail.log\n\n');
    for (let i = 0, n = r.range(2, 3); i < n; i++) { const q = i ? k.person(lang) : p; const e = k.email(q, dom); d.w('poll imap.', dom, ' proto IMAP\n  user "', e, '" there with password "', k.sec('IMAP_PASSWORD'), '" is "', asciiFold(q.latFirst).toLowerCase().replace(/[^a-z]/g, ''), '" here\n  ssl keep\n\n'); }
  } else {
    d.w('# aerc accounts.conf\n[Work]\nsource   = imaps://', em.with(encodeURIComponent(emv)), ':', k.sec('IMAP_PASSWORD', machinePassword(r, r.range(14, 22), 'alnum')), '@imap.', dom, '\noutgoing = smtp+plain://', em.with(encodeURIComponent(emv)), ':', k.sec('SMTP_PASSWORD', machinePassword(r, r.range(14, 22), 'alnum')), '@smtp.', dom, ':587\ndefault  = INBOX\nfrom     = ', k.name(p), ' <', em, '>\ncopy-to  = Sent\n\n[Private]\nsource   = imaps://', k.username(p), ':', k.sec('APP_PASSWORD', r.str(ALPHA.LOW, 16)), '@imap.mailbox.example\nfrom     = ', k.name(p, 'first'), ' <', k.email(p, 'mailbox.example'), '>\n');
  }
  if (d.bytes < 260) d.w('# last edited ', L('timestamp', isoTs(r)), ' by ', k.username(p), '\n');
  return d;
}

// ---------------------------------------------------------------- .env / config files
export function env_file(k) {
  const r = k.r, d = new Doc(); d.lang = 'en';
  const app = r.pick(['invoice-sync', 'crm-bridge', 'newsletter', 'booking-widget', 'hr-portal', 'shop-backend', 'ticket-bot', 'payroll-export']);
  const form = r.int(3);
  const entries = [];
  const n = r.range(7, 12);
  for (let i = 0; i < n; i++) {
    const t = r.int(11);
    if (t <= 5) {
      const v = k.vendor(); entries.push([keyStyle(r, v.key), v.span]);
      if (v.entity === 'AWS_ACCESS_KEY' || v.entity === 'AWS_SESSION_ACCESS_KEY') entries.push(['AWS_SECRET_ACCESS_KEY', k.sec('AWS_SECRET_KEY')]);
      if (v.entity === 'AWS_SESSION_ACCESS_KEY') entries.push(['AWS_SESSION_TOKEN', k.sec('AWS_SESSION_TOKEN')]);
    }
    else if (t <= 7) { const v = k.plainKeyed(); entries.push([keyStyle(r, v.key), v.span]); }
    else if (t === 8) { const u = r.pick(['app', 'svc_invoice', 'crm', 'postgres', 'root']); const pw = k.sec('DATABASE_PASSWORD', machinePassword(r, r.range(14, 24), 'url')); entries.push(['DATABASE_URL', R(`${r.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv'])}://${u}:`, pw, `@${r.pick(['db', 'pg-prd', 'mysql01', 'cluster0.a1b2c'])}.${r.pick(['corp.example', 'internal.test', 'db.example'])}:${r.pick(['5432', '3306', '27017'])}/${app.replace('-', '_')}`)]); }
    else if (t === 9) entries.push([r.pick(['REDIS_URL', 'CACHE_URL']), R('redis://:', k.sec('REDIS_PASSWORD'), `@cache.${r.pick(['corp.example', 'internal.test'])}:6379/0`)]);
    else entries.push([r.pick(['SENTRY_RELEASE', 'APP_VERSION', 'BUILD_SHA', 'REQUEST_ID_HEADER', 'PUBLIC_KEY', 'PLACEHOLDER_TOKEN', 'EXAMPLE_AWS_KEY', 'BUILD_NUMBER', 'BRAND_COLOR', 'DOCS_AWS_SECRET']), null]);
  }
  const filler = (key) => ({ SENTRY_RELEASE: k.look('git_sha'), APP_VERSION: k.look('version'), BUILD_SHA: k.look('git_sha'), REQUEST_ID_HEADER: 'X-Request-Id', PUBLIC_KEY: L('public_key', GEN.public_key(r)), PLACEHOLDER_TOKEN: k.look('placeholder'), EXAMPLE_AWS_KEY: k.look('aws_example_key'), BUILD_NUMBER: k.look('build_number'), BRAND_COLOR: k.look('hex_color'), DOCS_AWS_SECRET: L('aws_example_key', r.pick(['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'])) }[key]);
  for (const e of entries) if (e[1] === null) e[1] = filler(e[0]);
  const seen = new Set(); for (const e of entries) { let kk = e[0]; for (let j = 2; seen.has(kk.toLowerCase()); j++) kk = `${e[0]}_${j}`; e[0] = kk; seen.add(kk.toLowerCase()); }
  if (form === 0) {
    d.w('# ', app, ' – ', r.pick(['production', 'staging', 'copied from old server, clean up!']), '\n');
    for (const [kk, v] of entries) { const q = r.wpick([[6, ''], [2, '"'], [1, "'"]]); d.w(r.chance(0.15) ? 'export ' : '', kk, '=', q, v, q, '\n'); if (r.chance(0.1)) d.w('\n'); }
    d.w('LOG_LEVEL=info\nTZ=Europe/Berlin\n');
  } else if (form === 1) {
    const obj = {}; for (const [kk, v] of entries) obj[kk] = v;
    emitJSON(d, { name: app, env: r.pick(['production', 'staging']), settings: obj, updatedAt: L('timestamp', isoTs(r)) }, { indent: r.pick([2, 4]) }); d.w('\n');
  } else {
    const obj = {}; for (const [kk, v] of entries) obj[kk.toLowerCase()] = v;
    d.w('# config/', app, '.yml\n'); emitYAML(d, { app: { name: app, region: r.pick(['eu-west-1', 'eu-central-1', 'us-east-2']) }, secrets: obj }, { indent: 2, style: r.pick(['auto', 'double', 'single']) });
  }
  return d;
}

// ---------------------------------------------------------------- Kubernetes manifests
export function k8s_manifest(k) {
  const r = k.r, d = new Doc(); d.lang = 'en';
  const ns = r.pick(['office-apps', 'finance', 'crm', 'booking', 'hr']); const app = r.pick(['mailer', 'erp-connector', 'crm-sync', 'pdf-signer', 'payroll-api']);
  const b64 = (s) => Buffer.from(s).toString('base64');
  const data = {};
  const put = (kk, v) => { let x = kk; for (let j = 2; x in data; j++) x = `${kk}-${j}`; data[x] = v; };
  const items = r.range(3, 5);
  for (let i = 0; i < items; i++) {
    const t = r.int(4);
    if (t === 0) put(r.pick(['smtp-password', 'db-password', 'ldap-bind-pw']), k.sec('K8S_SECRET_DATA', b64(machinePassword(r, r.range(14, 22), 'url'))));
    else if (t === 1) { const v = k.vendorOffDeck(); put(v.key.toLowerCase().replace(/_/g, '-'), k.sec('K8S_SECRET_DATA', b64(v.span.value))); }
    else if (t === 2) put(r.pick(['api-key', 'hmac-key', 'token']), k.sec('K8S_SECRET_DATA', b64(r.str(ALPHA.HEXL, 40))));
    else put(r.pick(['username', 'db-user']), L('k8s_plain_value', b64(r.pick(['mailer', 'erp', 'svc-crm', 'payroll']))));
  }
  d.w('apiVersion: v1\nkind: Secret\nmetadata:\n  name: ', app, '-credentials\n  namespace: ', ns, '\n  uid: ', L('uuid', uuid(r)), '\n  resourceVersion: "', k.look('k8s_resource_version'), '"\n  creationTimestamp: "', L('timestamp', isoTs(r).replace(/\.\d+/, '').replace(/[+-]\d\d:\d\d$/, 'Z')), '"\ntype: Opaque\ndata:\n');
  for (const [kk, v] of Object.entries(data)) d.w('  ', kk, ': ', v, '\n');
  if (r.chance(0.5)) d.w('stringData:\n  ', r.pick(['webhook-secret', 'signing-key']), ': "', k.sec('WEBHOOK_SIGNING_SECRET'), '"\n');
  d.w('---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\n  namespace: ', ns, '\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ');
  const user = r.pick(['ci-bot', 'deploy', 'robot$office+pull']); const pass = machinePassword(r, r.range(16, 30), 'alnum');
  const auth = basicAuth(user, pass);
  const cfg = JSON.stringify({ auths: { [`registry.${r.pick(['corp.example', 'office.test'])}`]: { username: user, password: pass, auth } } });
  d.w(k.sec('K8S_SECRET_DATA', b64(cfg)), '\n');
  if (r.chance(0.6)) {
    d.w('---\n# decoded for debugging (', k.name(k.person(pickLang(r)), 'first'), ', please delete)\n# {"auths":{"registry.corp.example":{"auth":"', k.sec('DOCKER_REGISTRY_AUTH', auth), '"}}}\n');
  }
  d.w('---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ', app, '\n  namespace: ', ns, '\nspec:\n  template:\n    spec:\n      containers:\n        - name: ', app, '\n          image: registry.corp.example/', ns, '/', app, '@', k.look('digest'), '\n          env:\n            - name: LOG_FORMAT\n              value: json\n            - name: ', r.pick(['SMTP_PASSWORD', 'API_TOKEN']), '\n              valueFrom: {secretKeyRef: {name: ', app, '-credentials, key: token}}\n');
  return d;
}

// ---------------------------------------------------------------- service-account JSON (\n-escaped PEM)
export function service_account_json(k) {
  const r = k.r, d = new Doc(); d.lang = 'en';
  const proj = `${r.pick(['office', 'finance', 'crm', 'travel', 'mailroom'])}-${r.pick(['prod', 'automation', 'sheets'])}-${r.range(100000, 999999)}`;
  const kind = r.pick(['PKCS8_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY']);
  const key = pem(r, kind);
  const acct = `${r.pick(['sheets-sync', 'drive-export', 'calendar-bot', 'invoice-ocr'])}@${proj}.iam.example`;
  const p = k.person(pickLang(r));
  if (r.chance(0.3)) d.w('$ cat ~/Downloads/', proj, '-', r.str(ALPHA.HEXL, 12), '.json\n');
  d.w('{\n  "type": "service_account",\n  "project_id": "', proj, '",\n  "private_key_id": "', k.sec('GCP_PRIVATE_KEY_ID'), '",\n  "private_key": "', k.sec(kind, jsonInner(key)), '\\n",\n  "client_email": "', P('EMAIL_ADDRESS', acct), '",\n  "client_id": "', L('record_id', r.digits(21)), '",\n  "auth_uri": "https://accounts.auth.example/o/oauth2/auth",\n  "token_uri": "https://oauth2.auth.example/token",\n  "client_x509_cert_url": "https://certs.auth.example/robot/v1/metadata/x509/', P('EMAIL_ADDRESS', encodeURIComponent(acct)), '",\n  "universe_domain": "auth.example"\n}\n');
  if (r.chance(0.6)) d.w('\n# shared by ', k.name(p), ' (', k.email(p), ') on ', L('date', dateText(r, 'iso')), '\n');
  return d;
}

// ---------------------------------------------------------------- key handover: YAML vars / mail / notes with PEM blocks
export function key_handover(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r, ['en', 'de', 'fr', 'es', 'nl', 'pl', 'en']); d.lang = lang;
  const kind = k.pemKind(); const p = k.person(lang); const who = `${asciiFold(p.latFirst).toLowerCase().replace(/[^a-z]/g, '')}@${r.pick(['laptop', 'fileserver', 'nas01', 'scanner-pc'])}`;
  const key = pem(r, kind, kind === 'PGP_PRIVATE_KEY' ? `${plain(k.name(p, 'latin'))} <${k.email(p).value}>` : who);
  const form = r.int(3);
  if (form === 0) {
    d.w('# group_vars/', r.pick(['fileservers', 'office_backup', 'sftp_partners']), '.yml\n---\nbackup_user: ', k.username(p), '\nbackup_host: ', k.look('hostname'), '\nbackup_contact: ', k.email(p), '\n');
    d.w('backup_ssh_password: "', k.sec('SSH_PASSWORD', machinePassword(r, 16, 'alnum')), '"\n');
    d.w('backup_private_key: |\n    ', k.sec(kind, key.split('\n').join('\n    ')), '\n');
    d.w('backup_known_hosts:\n  - "', k.look('hostname'), ' ', L('public_key', sshPublicLine(r, r.chance(0.7) ? 'ed25519' : 'rsa')), '"\n');
  } else if (form === 1) {
    const to = k.person(lang);
    d.w('From: ', k.name(p), ' <', k.email(p), '>\nTo: ', k.name(to), ' <', k.email(to), '>\nSubject: ', r.pick(['key for the SFTP partner', 'Schlüssel für den Scanner-Upload', 'clé pour le serveur de sauvegarde', 'signing key (urgent)']), '\nDate: ', L('timestamp', rfc2822(r)), '\n\n');
    d.fill(r.pick(PHRASES[lang].hi), k.resolver(lang, { to, from: p })); d.w('\n\n');
    d.w(r.pick(['here is the key you asked for, please store it and delete this mail:', 'anbei der Schlüssel, bitte sicher ablegen:', 'voici la clé, à supprimer après usage :', 'aquí está la clave:']), '\n\n', k.sec(kind, key), '\n\n');
    if (r.chance(0.5)) d.w(r.pick(['Passphrase is ', 'Passphrase: ', 'Phrase secrète : ']), k.pass(lang), '\n');
    d.w(r.pick(PHRASES[lang].bye), '\n', k.name(p, 'first'), '\n');
  } else {
    d.w('## ', r.pick(['SFTP partner access', 'Zugang Steuerberater', 'Scanner upload']), '\n\nHost: `', k.look('hostname'), '` · user `', k.username(p), '` · contact ', k.name(p), ' ', k.phone(k.ccOf(p)), '\n\n```\n', k.sec(kind, key), '\n```\n\nFingerprint: ', k.look('fingerprint'), '\n');
    if (d.bytes < 2600 && r.chance(0.7)) d.w('\nServer certificate (public):\n\n', k.look('certificate'), '\n');
  }
  return d;
}

// ---------------------------------------------------------------- shell history
export function shell_history(k) {
  const r = k.r, d = new Doc(); d.lang = 'en';
  const hosts = () => r.pick(['db01.corp.example', 'fs01.office.test', 'erp.hq.example', 'mail.corp.example', 'nas.lan.test']);
  const n = r.range(10, 16); const ts = r.chance(0.4);
  for (let i = 0; i < n; i++) {
    if (ts) d.w('#', L('timestamp', epoch(r)), '\n');
    const t = r.int(16); const u = r.pick(['admin', 'backup', 'svc_erp', 'root', 'ops', 'mailer']);
    switch (t) {
      case 0: d.w("mysql -h ", hosts(), ' -u ', u, " -p'", k.sec('DATABASE_PASSWORD', machinePassword(r, 16, 'url')), "' erp\n"); break;
      case 1: d.w('psql "postgresql://', u, ':', k.sec('DATABASE_PASSWORD', machinePassword(r, 18, 'url')), '@', hosts(), ':5432/payroll"\n'); break;
      case 2: d.w('curl -u ', u, ':', k.sec('USER_PASSWORD', machinePassword(r, 14, 'alnum')), ' https://', hosts(), '/api/export.csv -o export.csv\n'); break;
      case 3: { const v = k.vendor(); d.w('export ', v.key, '=', v.span, '\n'); break; }
      case 4: d.w('curl -s -H "Authorization: Bearer ', r.chance(0.5) ? k.sec('JSON_WEB_TOKEN') : k.sec('GENERIC_BEARER_TOKEN'), '" https://api.', r.pick(['crm', 'billing', 'hr'])[0] === 'c' ? 'crm.example' : 'billing.test', '/v2/contacts?limit=50 | jq .\n'); break;
      case 5: d.w("sshpass -p '", k.sec('SSH_PASSWORD', machinePassword(r, 12, 'alnum')), "' ssh ", L('ssh_target', `${u}@${hosts()}`), '\n'); break;
      case 6: d.w('git clone https://', u, ':', k.sec('GITLAB_PERSONAL_ACCESS_TOKEN'), '@code.corp.example/office/', r.pick(['scripts', 'payroll-export', 'intranet']), '.git\n'); break;
      case 7: d.w('echo "', k.sec('DOCKER_HUB_PAT'), '" | docker login registry.corp.example -u ', u, ' --password-stdin\n'); break;
      case 8: d.w('smbclient //', hosts(), '/scans -U ', u, '%', k.sec('SMB_PASSWORD', machinePassword(r, 12, 'alnum')), '\n'); break;
      case 9: d.w('git log --oneline -3   # ', k.look('git_sha'), '\n'); break;
      case 10: d.w('docker pull registry.corp.example/tools/pdftk@', k.look('digest'), '\n'); break;
      case 11: d.w('ssh-keygen -lf ~/.ssh/id_ed25519.pub   # ', k.look('fingerprint'), '\n'); break;
      case 12: d.w('htpasswd -b /etc/nginx/.htpasswd ', u, ' ', k.sec('USER_PASSWORD', machinePassword(r, 12, 'alnum')), '\n'); break;
      case 13: d.w('curl -H "Authorization: Basic ', k.basic(u, machinePassword(r, 14, 'alnum')), '" https://', hosts(), '/status\n'); break;
      case 14: d.w('wg genkey | tee wg.key   # ', k.sec('WIREGUARD_PRIVATE_KEY'), '\n'); break;
      default: d.w(r.pick(['ls -la', 'cd /srv/exports', 'df -h', 'systemctl restart postfix', 'tail -f /var/log/mail.log', 'sudo apt upgrade', 'vim ~/.msmtprc', 'history | grep curl']), '\n');
    }
  }
  return d;
}

// ---------------------------------------------------------------- application / access logs
export function app_access_log(k) {
  const r = k.r, d = new Doc(); d.lang = 'en';
  const json = r.chance(0.45); const n = r.range(7, 12);
  for (let i = 0; i < n; i++) {
    const p = k.person(pickLang(r)); const t = r.int(6);
    if (json) {
      const ev = { ts: L('timestamp', isoTs(r)), level: r.pick(['info', 'warn', 'error']), req_id: k.look('request_id'), client_ip: k.ip() };
      if (t === 0) Object.assign(ev, { msg: 'login ok', user: k.email(p) });
      else if (t === 1) Object.assign(ev, { msg: 'outbound call', headers: { authorization: R('Bearer ', k.sec('JSON_WEB_TOKEN')) } });
      else if (t === 2) Object.assign(ev, { msg: 'password reset requested', user: k.email(p), reset_url: R('https://portal.corp.example/reset?token=', k.sec('PASSWORD_RESET_TOKEN')) });
      else if (t === 3) Object.assign(ev, { msg: 'payment failed', customer: k.name(p), card: L('masked_card', GEN.masked_card(r)), amount: k.price() });
      else if (t === 4) { const v = k.vendor(); Object.assign(ev, { msg: 'config loaded', config: { [v.key.toLowerCase()]: v.span } }); }
      else Object.assign(ev, { msg: 'profile updated', user_id: L('crm_id', GEN.crm_id(r)), phone: k.phone(k.ccOf(p)), city: k.city(k.ccOf(p)) });
      emitJSON(d, ev, { indent: 0 }); d.w('\n');
    } else {
      const ip = k.ip();
      const tsS = L('timestamp', `${String(r.range(1, 28)).padStart(2, '0')}/${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'][r.int(6)]}/2026:${String(r.range(0, 23)).padStart(2, '0')}:${String(r.range(0, 59)).padStart(2, '0')}:${String(r.range(0, 59)).padStart(2, '0')} +0100`);
      let path;
      if (t === 0) path = R('/api/v1/contacts?email=', k.email(p).with(encodeURIComponent(k.email(p).value)));
      else if (t === 1) path = R('/export/report.pdf?access_token=', k.sec('GENERIC_BEARER_TOKEN'));
      else if (t === 2) path = R('/webhook?api_key=', k.vendor().span);
      else if (t === 3) path = R('/s/', k.sec('SHARED_LINK_TOKEN'));
      else if (t === 4) path = R('/invoices/', k.look('invoice_number'), '.pdf');
      else path = R('/assets/app.', r.str(ALPHA.HEXL, 8), '.js');
      d.w(ip, ' - ', r.chance(0.3) ? k.email(p) : '-', ' [', tsS, '] "', r.pick(['GET', 'GET', 'POST']), ' ', path, ' HTTP/1.1" ', r.pick(['200', '200', '302', '401', '404']), ' ', String(r.range(200, 90000)), ' "-" "', r.pick(['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Outlook-iOS/709.2189', 'python-requests/2.32', 'curl/8.5.0']), '" rid=', k.look('request_id'), '\n');
    }
  }
  return d;
}

// ---------------------------------------------------------------- git log -p
export function git_log_patch(k) {
  const r = k.r, d = new Doc(); const lang = pickLang(r); d.lang = lang;
  const n = r.range(2, 3);
  for (let i = 0; i < n; i++) {
    const a = k.person(r.chance(0.6) ? lang : pickLang(r));
    d.w('commit ', L('git_sha', r.str(ALPHA.HEXL, 40)), '\nAuthor: ', k.name(a, r.chance(0.3) ? 'latin' : 'full'), ' <', k.email(a, r.pick(['corp.example', 'users.noreply.code.example', 'office.test'])), '>\nDate:   ', L('timestamp', rfc2822(r)), '\n\n    ', r.pick(['add mail settings for the scanner', 'update invoice export', 'temp: hardcode creds for demo', 'bump version', 'move secrets to env (WIP)', 'fix CSV import of contacts']), '\n\n');
    if (i === 0 || r.chance(0.5)) {
      const file = r.pick(['config/settings.py', 'scripts/export.sh', 'app/config.json', 'deploy/.env.production', 'docs/setup.md']);
      d.w('diff --git a/', file, ' b/', file, '\nindex ', L('git_sha', r.str(ALPHA.HEXL, 7)), '..', L('git_sha', r.str(ALPHA.HEXL, 7)), ' 100644\n--- a/', file, '\n+++ b/', file, '\n@@ -', String(r.range(1, 40)), ',', String(r.range(3, 8)), ' +', String(r.range(1, 40)), ',', String(r.range(4, 9)), ' @@\n');
      for (let j = 0, m = r.range(3, 6); j < m; j++) {
        const t = r.int(7); const sign = r.pick(['+', '+', ' ', '-']);
        if (t <= 2) { const v = k.vendor(); d.w(sign, v.key, ' = "', v.span, '"\n'); }
        else if (t === 6) { const v = k.plainKeyed(); d.w(sign, v.key.toUpperCase(), ' = "', v.span, '"\n'); }
        else if (t === 3) d.w(sign, 'SMTP_USER = "', k.email(k.person(lang)), '"\n', sign, 'SMTP_PASSWORD = "', k.sec('SMTP_PASSWORD', machinePassword(r, 14, 'alnum')), '"\n');
        else if (t === 4) d.w(sign, 'API_KEY = "', k.look('placeholder'), '"  # ', r.pick(['set in env', 'TODO']), '\n');
        else d.w(sign, 'VERSION = "', k.look('version'), '"\n');
      }
      if (r.chance(0.5)) {
        const pkg = r.pick(['pdf-lib', 'date-fns', 'nodemailer', 'exceljs', 'imapflow']);
        d.w('diff --git a/package-lock.json b/package-lock.json\n@@ -1,6 +1,6 @@\n     "node_modules/', pkg, '": {\n-      "version": "', k.look('version'), '",\n+      "version": "', k.look('version'), '",\n-      "integrity": "', k.look('integrity'), '"\n+      "integrity": "', k.look('integrity'), '"\n');
      }
      d.w('\n');
    }
  }
  return d;
}
