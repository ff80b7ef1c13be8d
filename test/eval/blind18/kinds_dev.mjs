// Document kinds: developer tool output (HTTP traces, logs, VCS, shell, source, manifests, dumps, credential stores).
import { Doc, J, sec, look, pii, flat, Span } from './doc.mjs';
import { S, V, pw, basic, CATALOG, PEM_NAMES } from './secrets.mjs';
import { L, Person, email, roleEmail, phone, ip, address, street, city, country, uuidStr, Clock, card, iban, ssn, fmtTs, ascii, btc } from './values.mjs';
import { keyName, fillerKV, yamlVal, shq, org, tld, hostName, bareHost, svc, user, TOKENISH, PASSWORDISH, ONE_LINE, basicAuth, lookMention, lookKV, RARE_LOOKS } from './common.mjs';
import { SERVICES, ENVS, COMPANIES, COUNTRY_CODES } from './data.mjs';
import { escSpan, indentSpan } from './kinds_config.mjs';

const jstr = (x) => x; // values used inside JSON strings contain no quotes/backslashes by construction

// ---------- HAR ----------
function har(r, ctx) {
  const d = new Doc('har'); const o = org(r); const host = hostName(r, o); const c = new Clock(r);
  d.t(`{\n  "log": {\n    "version": "1.2",\n    "creator": { "name": "WebInspector", "version": "537.36" },\n    "entries": [\n`);
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    c.tick(4000);
    const path = r.pick(['/api/v1/session', '/graphql', '/api/account/profile', '/oauth/token', '/api/orders']);
    const isLogin = path === '/api/v1/session' || path === '/oauth/token';
    const p = new Person(r);
    const auth = r.pick([J`"Bearer ${S(r, ctx.deck.take(r, ['JWT_TOKEN', 'OIDC_ID_TOKEN', 'BEARER_TOKEN', 'GOOGLE_OAUTH_ACCESS_TOKEN']))}"`, J`"Basic ${basicAuth(r)}"`, J`"token ${S(r, ctx.deck.take(r, TOKENISH))}"`]);
    d.put(J`      {\n        "startedDateTime": "${c.ts('iso')}",\n        "time": ${String(r.int(12, 900))}.${r.digits(3)},\n        "request": {\n          "method": "${isLogin ? 'POST' : r.pick(['GET', 'GET', 'PATCH'])}",\n          "url": "https://${host}${path}${r.chance(0.3) ? J`?api_key=${S(r, ctx.deck.take(r, TOKENISH))}` : ''}",\n          "httpVersion": "HTTP/2",\n          "headers": [\n            { "name": "authorization", "value": ${auth} },\n            { "name": "x-request-id", "value": "${L.request_id(r)}" },\n            { "name": "x-forwarded-for", "value": "${ip(r)}" },\n            { "name": "cookie", "value": "${r.pick(['sid', 'session', '_app_session', 'connect.sid'])}=${S(r, 'SESSION_COOKIE')}; theme=dark; _ga=GA1.2.${r.digits(9)}.${L.timestamp(r, 'epoch')}" }\n          ],\n`);
    if (isLogin) {
      const pwd = S(r, ctx.deck.take(r, ['USER_CHOSEN_PASSWORD', 'GENERIC_PASSWORD', 'PASSPHRASE']));
      d.put(J`          "postData": {\n            "mimeType": "application/json",\n            "text": "{\\"username\\":\\"${p.email()}\\",\\"password\\":\\"${pwd}\\",\\"remember\\":true}"\n          }\n`);
    } else d.t(`          "queryString": []\n`);
    const cc = r.pick(COUNTRY_CODES);
    d.put(J`        },\n        "response": {\n          "status": 200,\n          "headers": [\n            { "name": "etag", "value": "${mapq(L.etag(r))}" },\n            { "name": "set-cookie", "value": "session=${S(r, 'SESSION_COOKIE')}; Path=/; HttpOnly; Secure" }\n          ],\n          "content": {\n            "mimeType": "application/json",\n            "text": "{\\"id\\":\\"${L.uuid(r)}\\",\\"name\\":\\"${p.P()}\\",\\"email\\":\\"${p.email()}\\",\\"phone\\":\\"${phone(r, null, 'intl')}\\",\\"city\\":\\"${city(r, cc)}\\",\\"last_login_ip\\":\\"${ip(r)}\\",\\"updated\\":${L.timestamp(r, 'epochms')}}"\n          }\n        },\n        "serverIPAddress": "10.${String(r.int(0, 255))}.${String(r.int(0, 255))}.${String(r.int(1, 254))}"\n      }${i < n - 1 ? ',' : ''}\n`);
  }
  d.t('    ]\n  }\n}\n');
  return d;
}
// etag contains quotes — escape for JSON
function mapq(s) { return new Span(s.family, s.name, s.value.replace(/"/g, '\\"'), s.meta); }

// ---------- curl -v ----------
function curlv(r, ctx) {
  const d = new Doc('curlv'); const o = org(r); const host = hostName(r, o); const path = r.pick(['/v1/customers', '/api/me', '/v2/invoices?limit=5', '/admin/users/42']);
  const variant = r.int(0, 3);
  let cmdAuth, hdr;
  if (variant === 0) { const u = user(r), p = pw.url(r); const b = basic(r, u, p); cmdAuth = J`-u ${u}:${sec('HTTP_URL_PASSWORD', p)}`; hdr = J`> Authorization: Basic ${b}\n`; }
  else { const t = S(r, ctx.deck.take(r, TOKENISH)); const h = r.pick(['Authorization: Bearer ', 'X-API-Key: ', 'Authorization: token ', 'PRIVATE-TOKEN: ', 'X-Auth-Token: ']); cmdAuth = J`-H "${h}${t}"`; hdr = J`> ${h}${sec(t.name, t.value)}\n`; }
  const addr = `${r.pick(['198.51.100', '203.0.113', '192.0.2'])}.${r.int(1, 254)}`;
  d.put(J`$ curl -v ${cmdAuth} https://${host}${path}\n*   Trying ${addr}:443...\n* Connected to ${host} (${addr}) port 443\n* ALPN: curl offers h2,http/1.1\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n* Server certificate:\n*  subject: CN=${host}\n*  expire date: ${L.date(r, 'long')}\n*  issuer: C=US; O=${r.pick(['Internal CA', o + ' Root'])}; CN=${o} Issuing CA 2\n> GET ${path} HTTP/2\n> Host: ${host}\n> User-Agent: curl/${L.version(r)}\n${hdr}> Accept: */*\n>\n< HTTP/2 200\n< date: ${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${L.date(r, 'long')} ${fmtTs(r, 'time')}:${String(r.int(10, 59))} GMT\n< content-type: application/json\n< x-request-id: ${L.request_id(r)}\n< x-ratelimit-remaining: ${String(r.int(0, 5000))}\n`);
  if (r.chance(0.5)) d.put(J`< set-cookie: ${r.pick(['sid', '__Host-session', 'remember_token'])}=${S(r, 'SESSION_COOKIE')}; Path=/; Secure; HttpOnly\n`);
  d.t('<\n');
  const rows = r.int(1, 4); const items = [];
  for (let i = 0; i < rows; i++) { const p = new Person(r); const cc = r.pick(COUNTRY_CODES); items.push(J`{"id":"${L.crm_id(r)}","name":"${p.P()}","email":"${p.email()}","phone":"${phone(r)}","address":{"line1":"${street(r, cc)}","city":"${city(r, cc)}","country":"${country(r, cc)}"},"created_at":"${L.timestamp(r, 'iso')}"}`); }
  d.put(J`{"data":[`); items.forEach((x, i) => { d.put(x); if (i < items.length - 1) d.t(','); }); d.put(J`],"has_more":${r.chance(0.5) ? 'true' : 'false'},"request_id":"${L.request_id(r)}"}\n* Connection #0 to host ${host} left intact\n`);
  return d;
}

// ---------- git ----------
function gitlog(r, ctx) {
  const d = new Doc('gitlog'); const o = org(r); const v = r.int(0, 3);
  const author = () => { const p = new Person(r); return J`${p.P(r.pick(['full', 'full', 'lower']))} <${p.email(r.chance(0.5) ? `${o}.${tld(r)}` : null)}>`; };
  if (v === 0 || v === 1) {
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      d.put(J`commit ${L.git_sha(r)}\nAuthor: ${author()}\nDate:   ${L.timestamp(r, 'git')}\n\n    ${r.pick(['Add staging config', 'Fix flaky login test', 'wip', 'Bump deps', 'Rotate keys (old ones revoked?)', 'Konfiguration für Kunde angepasst', 'corrige le calcul de TVA'])}\n`);
      if (r.chance(0.4)) d.put(J`\n    Co-authored-by: ${author()}\n`);
      if (v === 0 || r.chance(0.5)) {
        const f = r.pick(['.env.staging', 'config/settings.yml', 'deploy/values.yaml', 'src/config.ts', 'scripts/seed.py']);
        d.put(J`\ndiff --git a/${f} b/${f}\nindex ${L.git_sha(r, true)}..${L.git_sha(r, true)} 100644\n--- a/${f}\n+++ b/${f}\n@@ -${String(r.int(1, 40))},${String(r.int(3, 8))} +${String(r.int(1, 40))},${String(r.int(3, 9))} @@\n`);
        for (let k = 0; k < r.int(2, 5); k++) {
          const nm = ctx.deck.take(r, ONE_LINE); const key = keyName(r, nm, 0.3, f.endsWith('.ts') || f.endsWith('.py') ? 'ident' : 'upper');
          const sign = r.pick(['+', '+', '-', ' ']);
          d.put(f.endsWith('.yml') || f.endsWith('.yaml') ? J`${sign}  ${key.toLowerCase()}: ${yamlVal(r, S(r, nm))}\n` : f.endsWith('.ts') ? J`${sign}export const ${key} = '${S(r, nm)}';\n` : f.endsWith('.py') ? J`${sign}${key} = "${S(r, nm)}"\n` : J`${sign}${key}=${S(r, nm)}\n`);
        }
        if (r.chance(0.5)) d.put(J` # release ${L.version(r)}\n`);
      }
      d.t('\n');
    }
  } else if (v === 2) {
    d.put(J`$ git remote -v\norigin\thttps://${r.pick(['oauth2', 'x-access-token', new Person(r).handle()])}:${S(r, ctx.deck.take(r, ['GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_SERVER_TO_SERVER_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_DEPLOY_TOKEN', 'ATLASSIAN_APP_PASSWORD']))}@git.${o}.${tld(r)}/${svc(r)}/${svc(r)}.git (fetch)\n\n$ git config --list --show-origin\nfile:/home/dev/.gitconfig\tuser.name=${new Person(r).P()}\nfile:/home/dev/.gitconfig\tuser.email=${email(r)}\nfile:.git/config\thttp.https://git.${o}.${tld(r)}/.extraheader=AUTHORIZATION: basic ${basicAuth(r)}\nfile:.git/config\tcore.repositoryformatversion=0\nfile:.git/config\tremote.origin.fetch=+refs/heads/*:refs/remotes/origin/*\n\n$ git log --oneline -n 4\n`);
    for (let i = 0; i < 4; i++) d.put(J`${L.git_sha(r, true)} ${r.pick(['fix: typo', 'chore: bump to ' + r.int(1, 9) + '.' + r.int(0, 9), 'feat(api): pagination', 'Merge branch main'])}\n`);
  } else {
    d.put(J`$ git blame -L ${String(r.int(10, 90))},+6 config/secrets.rb\n`);
    for (let i = 0; i < 6; i++) { const p = new Person(r); const nm = ctx.deck.take(r, ONE_LINE); d.put(J`${L.git_sha(r, true)} (${p.P(r.pick(['full', 'lower']))} ${L.timestamp(r, 'sql')} +0100 ${String(20 + i)}) ${r.chance(0.6) ? J`  ${keyName(r, nm, 0.3, 'ident')} = ENV.fetch("${keyName(r, nm, 0, 'upper').replace(/[^A-Z0-9_]/g, '_')}", "${S(r, nm)}")` : J`  # see ${L.jira_key(r)}`}\n`); }
  }
  return d;
}

// ---------- shell history ----------
function shellhistory(r, ctx) {
  const d = new Doc('shellhistory'); const o = org(r); const target = r.int(500, 2600);
  const style = r.pick(['plain', 'zsh', 'numbered']); const c = new Clock(r); let n = r.int(100, 900);
  const cmds = [
    () => J`export ${keyName(r, 'GITHUB_PERSONAL_ACCESS_TOKEN', 0.2, 'upper').replace(/[^A-Z0-9_]/g, '_')}=${S(r, ctx.deck.take(r, ['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_PAT', 'GITLAB_PERSONAL_ACCESS_TOKEN']))}`,
    () => { const nm = ctx.deck.take(r, TOKENISH); return J`export ${keyName(r, nm, 0.35, 'upper').replace(/[^A-Z0-9_]/g, '_')}=${shq(r, S(r, nm))}`; },
    () => J`mysql -h ${bareHost(r)} -u ${user(r)} -p${shq(r, S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'ROOT_PASSWORD'])))} ${r.pick(['shop', 'crm', ''])}`,
    () => J`sshpass -p ${shq(r, S(r, 'SSHPASS_PASSWORD'))} ssh -o StrictHostKeyChecking=no ${user(r)}@10.${String(r.int(0, 20))}.${String(r.int(0, 255))}.${String(r.int(2, 250))}`,
    () => J`curl -s -H "${r.pick(['X-Api-Key', 'Authorization: Bearer', 'apikey'])}${r.chance(0.5) ? ':' : ''} ${S(r, ctx.deck.take(r, TOKENISH))}" https://${hostName(r, o)}/v1/${r.pick(['status', 'users?limit=10', 'export'])} | jq .`,
    () => J`aws configure set aws_secret_access_key ${S(r, 'AWS_SECRET_KEY')} --profile ${r.pick(['prod', 'ci'])}`,
    () => J`docker login ${r.pick([`registry.${o}.${tld(r)}`, `cr.${o}.test`])} -u ${user(r)} -p ${shq(r, S(r, ctx.deck.take(r, ['DOCKER_HUB_PAT', 'GENERIC_PASSWORD'])))}`,
    () => J`psql "postgresql://${user(r)}:${S(r, 'DATABASE_URL_PASSWORD')}@${bareHost(r)}:5432/${r.pick(['app', 'dwh'])}?sslmode=require"`,
    () => J`echo ${shq(r, S(r, ctx.deck.take(r, ['USER_CHOSEN_PASSWORD', 'ROOT_PASSWORD'])))} | sudo -S systemctl restart ${svc(r)}`,
    () => J`htpasswd -b -B /etc/nginx/.htpasswd ${new Person(r).handle()} ${shq(r, S(r, ctx.deck.take(r, ['USER_CHOSEN_PASSWORD', 'GENERIC_PASSWORD'])))}`,
    () => J`git clone https://${new Person(r).handle()}:${S(r, ctx.deck.take(r, ['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'ATLASSIAN_APP_PASSWORD']))}@git.${o}.${tld(r)}/${svc(r)}.git`,
    () => J`sudo mount -t cifs //${bareHost(r)}/${r.pick(['scans', 'share'])} /mnt/s -o username=${user(r)},password=${S(r, 'SMB_MOUNT_PASSWORD')},vers=3.0`,
    () => J`openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:${S(r, 'PKCS12_PASSWORD')}`,
    () => J`gpg --batch --pinentry-mode loopback --passphrase ${shq(r, S(r, 'GPG_PASSPHRASE'))} -d backup.tar.gpg | tar x`,
    () => J`vault login ${S(r, ctx.deck.take(r, ['VAULT_SERVICE_TOKEN', 'VAULT_LEGACY_TOKEN', 'VAULT_BATCH_TOKEN']))}`,
    () => J`kubectl create secret generic ${svc(r)} --from-literal=${r.pick(['password', 'api-key', 'token', 'value'])}=${shq(r, S(r, ctx.deck.take(r, ONE_LINE)))} -n ${r.pick(ENVS)}`,
    () => J`redis-cli -h ${bareHost(r)} -a ${shq(r, S(r, 'REDIS_PASSWORD'))} INFO keyspace`,
    () => J`mosquitto_pub -h ${bareHost(r)} -u sensor -P ${S(r, 'MQTT_PASSWORD')} -t plant/${r.int(1, 9)}/temp -m 21.5`,
    () => J`lftp -u ${user(r)},${S(r, 'FTP_PASSWORD')} ftp.${o}.${tld(r)}`,
    () => J`x11vnc -storepasswd ${S(r, 'VNC_PASSWORD')} ~/.vnc/passwd`,
    () => J`az login --service-principal -u ${L.uuid(r)} -p ${S(r, 'AZURE_CLIENT_SECRET')} --tenant ${L.uuid(r)}`,
    () => J`az storage blob download --account-name ${o}files -c ${r.pick(['exports', 'backups'])} -n ${r.pick(['q3.csv', 'db.dump'])} -f out.bin --sas-token "sv=2022-11-02&ss=b&srt=co&sp=rl&se=${fmtTs(r, 'iso').slice(0, 19)}Z&spr=https&sig=${S(r, 'AZURE_SAS_SIGNATURE')}"`,
    () => J`gh auth login --with-token <<< ${S(r, ctx.deck.take(r, ['GITHUB_OAUTH_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN']))}`,
    () => J`ssh ${user(r)}@${hostName(r, o)}`, () => J`git log --oneline | head`, () => J`cd ~/src/${svc(r)} && make test`,
    () => J`git checkout ${L.git_sha(r, true)}`, () => J`docker pull registry.${o}.${tld(r)}/app@${L.digest(r)}`, () => J`ls -la`, () => J`vim .env`,
    () => J`npm i ${r.pick(['lodash', 'zod', 'express'])}@${L.version(r)}`, () => J`ping -c 3 ${L.hostname(r, o)}`,
    () => J`export API_TOKEN=${L.placeholder(r)}`, () => J`echo ${L.env_reference(r)}`,
  ];
  while (d.size < target) {
    const cmd = r.pick(cmds)();
    if (style === 'zsh') d.put(J`: ${c.tick(600000).ts('epoch')}:${String(r.int(0, 9))};${cmd}\n`);
    else if (style === 'numbered') d.put(J`${String(n++).padStart(5)}  ${r.chance(0.5) ? J`${c.tick(600000).ts('sql')} ` : ''}${cmd}\n`);
    else d.put(J`${cmd}\n`);
  }
  return d;
}

// ---------- application logs ----------
function applog(r, ctx) {
  const d = new Doc('applog'); const o = org(r); const c = new Clock(r); const target = r.int(900, 3500);
  const fmt = r.pick(['json', 'logfmt', 'plain', 'sshd', 'java']);
  while (d.size < target) {
    c.tick(30000); const p = new Person(r); const x = r.float();
    if (fmt === 'json') {
      if (x < 0.55) d.put(J`{"ts":"${c.ts('iso')}","level":"${r.pick(['info', 'info', 'warn'])}","msg":"${r.pick(['login succeeded', 'password reset requested', 'profile updated', 'order placed'])}","user":"${p.email()}","client_ip":"${ip(r)}","req_id":"${L.request_id(r)}"${r.chance(0.3) ? J`,"name":"${p.P()}"` : ''}}\n`);
      else if (x < 0.8) d.put(J`{"ts":"${c.ts('epochms')}","level":"debug","msg":"outbound request","url":"https://${hostName(r, o)}/v1/charge","headers":{"Authorization":"Bearer ${S(r, ctx.deck.take(r, TOKENISH))}","X-Trace":"${L.trace_id(r)}"}}\n`);
      else if (x < 0.88) { const [k, v] = lookKV(r, RARE_LOOKS); d.put(J`{"ts":"${c.ts('iso')}","level":"info","msg":"sync","${k}":"${v}"}\n`); }
      else d.put(J`{"ts":"${c.ts('iso')}","level":"error","msg":"payment declined","order":"${L.order_number(r)}","amount":"${L.price(r)}","customer":"${p.P()}","phone":"${phone(r)}"}\n`);
    } else if (fmt === 'logfmt') {
      if (x < 0.6) d.put(J`time=${c.ts('isoz')} level=info msg="request" method=${r.pick(['GET', 'POST'])} path=/${r.pick(['login', 'api/cart', 'checkout'])} status=${String(r.pick([200, 201, 401, 403]))} remote=${ip(r)} user=${p.handle()} dur=${String(r.int(1, 900))}ms trace=${L.trace_id(r)}\n`);
      else if (x < 0.85) d.put(J`time=${c.ts('isoz')} level=warn msg="retrying upstream" upstream=${L.hostname(r, o)} dsn="postgres://${user(r)}:${S(r, 'DATABASE_URL_PASSWORD')}@${bareHost(r)}/app" attempt=${String(r.int(1, 5))}\n`);
      else d.put(J`time=${c.ts('isoz')} level=info msg="mail sent" to=${p.email()} template=${r.pick(['welcome', 'invoice', 'reset'])} invoice=${L.invoice_number(r)}\n`);
    } else if (fmt === 'plain') {
      if (x < 0.5) d.put(J`${c.ts('sql')},${String(r.int(100, 999))} INFO  [${svc(r)}] User ${p.P(r.pick(['full', 'upper', 'formal']))} (${p.email()}) logged in from ${ip(r)}\n`);
      else if (x < 0.75) d.put(J`${c.ts('sql')},${String(r.int(100, 999))} DEBUG [http] -> ${r.pick(['Authorization', 'X-Api-Key', 'Cookie'])}: ${S(r, ctx.deck.take(r, TOKENISH))}\n`);
      else if (x < 0.85) d.put(J`${c.ts('sql')},${String(r.int(100, 999))} INFO  [sync] ${lookMention(r, RARE_LOOKS)}\n`);
      else d.put(J`${c.ts('sql')},${String(r.int(100, 999))} WARN  [geo] shipping address unverifiable: ${address(r, r.pick(COUNTRY_CODES), { sep: ', ' })}\n`);
    } else if (fmt === 'sshd') {
      const h = r.pick(['bastion', 'web-2', 'db1']);
      if (x < 0.45) d.put(J`${c.ts('syslog')} ${h} sshd[${String(r.int(1000, 60000))}]: Accepted ${r.pick(['password', 'publickey'])} for ${p.handle()} from ${ip(r)} port ${String(r.int(1024, 65535))} ssh2${r.chance(0.3) ? J`: ED25519 ${L.ssh_fingerprint(r)}` : ''}\n`);
      else if (x < 0.8) d.put(J`${c.ts('syslog')} ${h} sshd[${String(r.int(1000, 60000))}]: Failed password for ${r.chance(0.4) ? 'invalid user ' : ''}${r.pick(['admin', 'oracle', 'test', p.handle()])} from ${ip(r, 'pub')} port ${String(r.int(1024, 65535))} ssh2\n`);
      else d.put(J`${c.ts('syslog')} ${h} sudo[${String(r.int(1000, 60000))}]: ${p.handle()} : TTY=pts/0 ; PWD=/home/${p.handle().replace(/[^a-z]/g, '')} ; USER=root ; COMMAND=/usr/bin/env ${r.pick(['DB_PASS', 'TOKEN', 'PGPASSWORD'])}=${S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'BEARER_TOKEN', 'GENERIC_PASSWORD']))} /opt/migrate.sh\n`);
    } else {
      if (x < 0.5) d.put(J`${c.ts('iso')} ERROR 1 --- [nio-8080-exec-${String(r.int(1, 9))}] o.h.engine.jdbc.spi.SqlExceptionHelper : Connection refused: jdbc:mysql://${bareHost(r)}:3306/shop?user=${user(r)}&password=${S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'DATABASE_URL_PASSWORD']))}\n\tat com.mysql.cj.jdbc.ConnectionImpl.<init>(ConnectionImpl.java:${String(r.int(100, 900))})\n`);
      else d.put(J`${c.ts('iso')}  INFO 1 --- [main] c.${o}.audit.AuditListener : customer ${L.crm_id(r)} ${p.P()} changed email to ${p.email()} (ip ${ip(r)})\n`);
    }
  }
  return d;
}

// ---------- source code ----------
function sourcecode(r, ctx) {
  const d = new Doc('sourcecode'); const o = org(r); const lang = r.pick(['py', 'ts', 'go', 'java', 'cs', 'rb', 'php', 'rs', 'kt']); const a = new Person(r);
  const tok = () => { const nm = ctx.deck.take(r, ONE_LINE); return [nm, S(r, nm)]; };
  const ident = (nm) => r.chance(0.45) ? r.pick(['color', 'defaultTheme', 'fallbackSeed', 'buildHash', 'CACHE_SALT', 'legacyId', 'sampleValue', 'PUBLIC_ID', 'checksum', 'fixture', 'x', 'k2', 'DEMO', 'placeholderText', 'tmpVal', 'notSecret', 'localeHint', 'iconSet']) : keyName(r, nm, 0, 'ident');
  const header = { py: J`# -*- coding: utf-8 -*-\n# Author: ${a.P()} <${a.email()}>\n`, ts: J`/**\n * @author ${a.P()} <${a.email()}>\n * @since ${L.version(r)}\n */\n`, go: J`// Package client talks to the ${svc(r)} API.\n// Maintainer: ${a.P()}\npackage client\n\n`, java: J`/*\n * Copyright ${String(r.int(2019, 2026))} ${r.pick(COMPANIES)}\n * @author ${a.P()}\n */\npackage com.${o}.${svc(r).replace(/-/g, '')};\n\n`, cs: J`// ${a.P()} — ${L.date(r)}\nnamespace ${o[0].toUpperCase() + o.slice(1)}.Integrations;\n\n`, rb: J`# frozen_string_literal: true\n# Maintained by ${a.P()} (${a.email()})\n`, php: J`<?php\n// ${a.P()} <${a.email()}>\n`, rs: J`//! ${svc(r)} client\n//! Author: ${a.P()}\n`, kt: J`// ${a.P()}\npackage ${o}.mobile\n\n` }[lang];
  d.put(header);
  const n = r.int(3, 6); const lines = [];
  for (let i = 0; i < n; i++) {
    const [nm, s] = tok(); const id = ident(nm);
    lines.push({ py: J`${id.toUpperCase()} = "${s}"\n`, ts: J`const ${id} = ${r.chance(0.5) ? J`'${s}'` : J`\`${s}\``};\n`, go: J`const ${id} = "${s}"\n`, java: J`    private static final String ${id.toUpperCase()} = "${s}";\n`, cs: J`    private const string ${id[0].toUpperCase() + id.slice(1)} = @"${s}";\n`, rb: J`${id.toUpperCase()} = '${s}'\n`, php: J`$${id} = '${s}';\n`, rs: J`const ${id.toUpperCase()}: &str = "${s}";\n`, kt: J`private const val ${id.toUpperCase()} = "${s}"\n` }[lang]);
  }
  lines.push({ py: J`TEST_CARD = "${L.vendor_test_card(r)}"  # stripe docs\n`, ts: J`export const TEST_CARD = '${L.vendor_test_card(r)}';\n`, go: J`var testCard = "${L.vendor_test_card(r)}"\n`, java: J`    static final String TEST_CARD = "${L.vendor_test_card(r)}";\n`, cs: J`    const string TestCard = "${L.vendor_test_card(r)}";\n`, rb: J`TEST_CARD = '${L.vendor_test_card(r)}'\n`, php: J`$testCard = '${L.vendor_test_card(r)}';\n`, rs: J`const TEST_CARD: &str = "${L.vendor_test_card(r)}";\n`, kt: J`val testCard = "${L.vendor_test_card(r)}"\n` }[lang]);
  lines.push(J`${lang === 'py' || lang === 'rb' ? '#' : '//'} ${r.pick([J`TODO(${a.P('given')}): move to vault, see ${L.jira_key(r)}`, J`request id format: ${L.request_id(r)}`, J`uuid ${L.uuid(r)} is the default tenant`, J`brand ${L.hex_color(r)} / ${L.hex_color(r)}`, J`Passwort für Staging ist ${S(r, ctx.deck.take(r, ['USER_CHOSEN_PASSWORD', 'GENERIC_PASSWORD']))} – bitte nicht committen`, J`la contraseña del entorno de pruebas es ${S(r, ctx.deck.take(r, ['USER_CHOSEN_PASSWORD', 'PASSPHRASE']))} (cambiar)`])}\n`);
  lines.push({ py: J`AWS_DOC_KEY = "${L.aws_example_key(r)}"\n`, ts: J`const docsKey = '${L.aws_example_key(r)}'; // from the AWS docs\n`, go: J`var sampleHash = "${L.hash(r)}"\n`, java: J`    static final String SCHEMA_SHA = "${L.hash(r)}";\n`, cs: J`    const string ApiKeyPlaceholder = "${L.placeholder(r)}";\n`, rb: J`SUPPORT_EMAIL = '${roleEmail(r, o)}'\n`, php: J`$ref = getenv('API_TOKEN') ?: '${L.placeholder(r)}';\n`, rs: J`const SCHEMA_VERSION: &str = "${L.version(r)}";\n`, kt: J`val release = "${L.version(r)}"\n` }[lang]);
  lines.push(J`${lang === 'py' || lang === 'rb' ? '#' : '//'} ${lookMention(r, RARE_LOOKS)}\n`);
  if (r.chance(0.25)) { const k = S(r, ctx.deck.take(r, ['RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'DSA_PRIVATE_KEY'])); lines.push(lang === 'py' ? J`SIGNING_KEY = """${k}"""\n` : lang === 'ts' ? J`const signingKey = \`${k}\`;\n` : lang === 'go' ? J`const signingKey = \`${k}\`\n` : lang === 'rb' ? J`SIGNING_KEY = <<~PEM\n  ${indentSpan(k, '  ')}\nPEM\n` : lang === 'rs' ? J`const SIGNING_KEY: &str = r"${k}";\n` : lang === 'kt' ? J`val signingKey = """${k}"""\n` : lang === 'cs' ? J`    const string SigningKey = @"${k}";\n` : lang === 'php' ? J`$key = <<<PEM\n${k}\nPEM;\n` : J`    static final String KEY = "${escSpan(k)}";\n`); }
  for (const l of r.shuffle(lines)) d.put(l);
  if (r.chance(0.5)) { const [nm, s] = tok(); d.put({ py: J`\nclient = Client(base_url="https://${hostName(r, o)}", ${r.pick(['api_key', 'token', 'auth'])}="${s}")\n`, ts: J`\nconst client = new Client({ baseUrl: 'https://${hostName(r, o)}', headers: { Authorization: 'Bearer ${s}' } });\n`, go: J`\nreq.Header.Set("Authorization", "Bearer ${s}")\n`, java: J`\n    conn.setRequestProperty("X-Api-Key", "${s}");\n`, cs: J`\n    http.DefaultRequestHeaders.Add("Authorization", "Bearer ${s}");\n`, rb: J`\nFaraday.new(url: 'https://${hostName(r, o)}', headers: { 'X-Token' => '${s}' })\n`, php: J`\ncurl_setopt($ch, CURLOPT_USERPWD, "${user(r)}:${s}");\n`, rs: J`\nlet resp = client.get(url).bearer_auth("${s}").send()?;\n`, kt: J`\n.addHeader("Authorization", "Bearer ${s}")\n` }[lang]); }
  return d;
}

// ---------- manifests / lockfiles ----------
function manifest(r, ctx) {
  const d = new Doc('manifest'); const o = org(r); const v = r.int(0, 5); const a = new Person(r);
  if (v === 0) {
    d.put(J`{\n  "name": "@${o}/${svc(r)}",\n  "version": "${L.version(r)}",\n  "author": "${a.P()} <${a.email()}>",\n  "contributors": [{ "name": "${new Person(r).P()}", "email": "${email(r)}" }],\n  "scripts": {\n    "build": "tsc -p .",\n    "release": "${r.pick(['NPM_TOKEN', 'GH_TOKEN', 'TOKEN'])}=${S(r, ctx.deck.take(r, ['NPM_ACCESS_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'REGISTRY_AUTH_TOKEN']))} semantic-release",\n    "seed": "node seed.js --api-key ${S(r, ctx.deck.take(r, TOKENISH))}"\n  },\n  "dependencies": {\n`);
    const deps = r.sample(['express', 'zod', 'pg', 'ioredis', 'dayjs', 'pino', 'undici', 'jsonwebtoken'], r.int(3, 6));
    deps.forEach((x, i) => d.put(J`    "${x}": "^${L.version(r)}"${i < deps.length - 1 ? ',' : ''}\n`));
    d.t('  }\n}\n');
  } else if (v === 1) {
    d.t('{\n  "lockfileVersion": 3,\n  "packages": {\n');
    for (const x of r.sample(['node_modules/left-pad', 'node_modules/ms', 'node_modules/debug', 'node_modules/semver', 'node_modules/uuid', 'node_modules/chalk'], r.int(3, 6))) d.put(J`    "${x}": {\n      "version": "${L.version(r)}",\n      "resolved": "https://npm.mirror.${o}.example/${x.split('/')[1]}/-/${x.split('/')[1]}.tgz",\n      "integrity": "${L.integrity(r)}"\n    },\n`);
    d.t('    "": { "name": "app" }\n  }\n}\n');
  } else if (v === 2) {
    d.t('# requirements.txt (pip-compile --generate-hashes)\n');
    if (r.chance(0.7)) d.put(J`--extra-index-url https://${user(r)}:${S(r, ctx.deck.take(r, ['HTTP_URL_PASSWORD', 'GITLAB_DEPLOY_TOKEN', 'GENERIC_API_KEY_BASE62']))}@pkgs.${o}.${tld(r)}/simple\n`);
    for (const x of r.sample(['requests', 'urllib3', 'certifi', 'idna', 'django', 'celery', 'boto3'], r.int(3, 5))) d.put(J`${x}==${L.version(r)} \\\n    --hash=sha256:${L.hash(r, 'sha256')} \\\n    --hash=sha256:${L.hash(r, 'sha256')}\n`);
  } else if (v === 3) {
    d.put(J`# Chart.yaml\napiVersion: v2\nname: ${svc(r)}\nversion: ${L.version(r)}\nappVersion: "${L.version(r)}"\nmaintainers:\n  - name: ${a.P()}\n    email: ${a.email()}\n  - name: ${new Person(r).P()}\n    email: ${email(r)}\ndependencies:\n  - name: postgresql\n    version: ${L.version(r)}\n    repository: https://charts.${o}.example\n---\n# values.yaml\npostgresql:\n  auth:\n    postgresPassword: ${yamlVal(r, S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'ROOT_PASSWORD'])))}\n    ${r.pick(['replicationPassword', 'password'])}: ${yamlVal(r, S(r, 'DATABASE_PASSWORD'))}\nimage:\n  digest: ${L.digest(r)}\n`);
  } else if (v === 4) {
    d.t('# go.sum\n');
    for (const x of r.sample(['crypto', 'net', 'yaml/v3', 'zap', 'grpc', 'sync', 'text'].map((m) => `mod.${o}.example/${m}`), r.int(3, 5))) { const ver = L.version(r); d.put(J`${x} v${look('version', ver.value.replace(/^v/, ''))} h1:${look('integrity', r.bytes(32).toString('base64'))}\n`); }
    d.put(J`\n# Cargo.lock\n[[package]]\nname = "${r.pick(['serde', 'tokio', 'rand'])}"\nversion = "${L.version(r)}"\nchecksum = "${L.hash(r, 'sha256')}"\n`);
  } else {
    d.put(J`<!-- pom.xml -->\n<project>\n  <groupId>com.${o}</groupId>\n  <artifactId>${svc(r)}</artifactId>\n  <version>${L.version(r)}</version>\n  <developers>\n    <developer><name>${a.P()}</name><email>${a.email()}</email><timezone>${r.pick(['Europe/Berlin', 'America/Chicago', 'Asia/Tokyo'])}</timezone></developer>\n    <developer><name>${new Person(r).P()}</name><email>${email(r)}</email></developer>\n  </developers>\n  <properties>\n    <sonar.login>${S(r, ctx.deck.take(r, ['SONARQUBE_USER_TOKEN', 'SONARQUBE_PROJECT_TOKEN']))}</sonar.login>\n    <maven.build.timestamp>${L.timestamp(r, 'iso')}</maven.build.timestamp>\n  </properties>\n</project>\n`);
  }
  return d;
}

// ---------- markdown docs ----------
function markdown(r, ctx) {
  const d = new Doc('markdown'); const o = org(r); const p = new Person(r); const q = new Person(r);
  d.put(J`# ${svc(r)} — ${r.pick(['Runbook', 'Setup guide', 'Onboarding', 'Leitfaden', 'Guía rápida'])}\n\n![build](https://ci.${o}.example/badge.svg) ![color](https://img.${o}.example/badge/${look('hex_color', r.hex(6))})\n\n## Setup\n\n\`\`\`bash\ncp .env.example .env\nexport API_KEY=${L.placeholder(r)}\nexport AWS_ACCESS_KEY_ID=${L.aws_example_key(r)}\n\`\`\`\n\nThe app reads \`${L.env_reference(r)}\` at start-up. Never paste real keys here — use ${L.placeholder(r)} in examples.\n\n`);
  d.put(J`## Staging credentials\n\n| system | user | secret |\n|---|---|---|\n`);
  for (let i = 0; i < r.int(2, 4); i++) { const nm = ctx.deck.take(r, ONE_LINE); d.put(J`| ${r.pick(['Grafana', 'Admin UI', 'SFTP', 'Mail relay', 'Search', 'Metabase'])} | ${user(r)} | \`${S(r, nm)}\` |\n`); }
  d.put(J`\n> ${r.pick(['Rotated on', 'Last checked', 'Geändert am'])} ${L.date(r)} by ${p.P(r.pick(['full', 'given', 'lower']))}.\n\n## Smoke test\n\n\`\`\`\ncurl -H "Authorization: Bearer ${S(r, ctx.deck.take(r, TOKENISH))}" https://${hostName(r, o)}/v1/ping\n\`\`\`\n\nExpected: \`{"status":"ok","build":"${L.build_number(r)}","commit":"${L.git_sha(r, true)}"}\`\n\n## Contacts\n\n- On-call: ${q.P()} — ${phone(r)} — ${q.email()}\n- Escalation: ${p.P()} (${p.email()}), office ${city(r, r.pick(COUNTRY_CODES))}\n- Release ${L.version(r)} shipped ${L.date(r)}\n\n## Reference\n\n`);
  for (let i = 0; i < r.int(2, 4); i++) d.put(J`- ${lookMention(r, RARE_LOOKS)}\n`);
  if (r.chance(0.3) && d.size < 2300) d.put(J`\n<details><summary>old deploy key (revoked?)</summary>\n\n\`\`\`\n${S(r, ctx.deck.take(r, ['OPENSSH_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY']))}\n\`\`\`\n</details>\n`);
  return d;
}

// ---------- SQL dump ----------
function sqldump(r, ctx) {
  const d = new Doc('sqldump'); const o = org(r); const target = r.int(1200, 3600);
  d.put(J`-- MySQL dump 10.13  Distrib ${L.version(r)}\n-- Host: ${bareHost(r)}    Database: ${o}_prod\n-- Dump completed on ${L.timestamp(r, 'sql')}\n\n`);
  if (r.chance(0.6)) d.put(J`CREATE USER '${user(r)}'@'%' IDENTIFIED BY '${S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'GENERIC_PASSWORD']))}';\nALTER USER 'reporting'@'10.%' IDENTIFIED BY '${S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'USER_CHOSEN_PASSWORD']))}';\n\n`);
  d.t('INSERT INTO `customers` (`id`, `full_name`, `email`, `phone`, `street`, `city`, `country`, `pw_hash`, `api_token`, `created_at`) VALUES\n');
  let first = true;
  while (d.size < target) {
    const p = new Person(r); const cc = r.pick(COUNTRY_CODES);
    d.put(J`${first ? '' : ',\n'}(${String(r.int(1000, 99999))}, '${p.P(r.pick(['full', 'full', 'upper', 'lower']))}', '${p.email()}', '${phone(r)}', '${street(r, cc).value.includes("'") ? 'n/a' : street(r, cc)}', '${city(r, cc)}', '${country(r, cc)}', '${L.bcrypt(r)}', ${r.chance(0.4) ? J`'${S(r, ctx.deck.take(r, ['GENERIC_API_KEY_HEX', 'GENERIC_API_KEY_BASE62', 'BEARER_TOKEN']))}'` : 'NULL'}, '${L.timestamp(r, 'sql')}')`);
    first = false;
  }
  d.t(';\n');
  if (r.chance(0.5)) d.put(J`\n-- PostgreSQL\nALTER ROLE ${user(r)} WITH LOGIN PASSWORD '${S(r, 'DATABASE_PASSWORD')}';\n`);
  return d;
}

// ---------- OS keyring dumps ----------
function keyring(r, ctx) {
  const d = new Doc('keyring'); const o = org(r); const p = new Person(r, r.pick(['en_us', 'de', 'fr', 'pl', 'nl', 'sv', 'ja_lat', 'es']));
  const home = p.handle().replace(/[^a-z]/g, '');
  const v = r.int(0, 2);
  if (v === 0) {
    d.t('$ secret-tool search --all --unlock service ' + r.pick(['*', 'git', 'smtp']) + '\n');
    for (let i = 0; i < r.int(2, 4); i++) { const c = new Clock(r); d.put(J`[/org/freedesktop/secrets/collection/login/${String(r.int(1, 60))}]\nlabel = ${r.pick(['Password for', 'Token for', 'GnuPG passphrase', 'Network secret for'])} ${r.pick([hostName(r, o), 'Office-WLAN', p.handle()])}\nsecret = ${S(r, ctx.deck.take(r, ['KEYRING_SECRET', 'KEYRING_SECRET', 'GITHUB_OAUTH_TOKEN', 'WIFI_PSK', 'GPG_PASSPHRASE', 'SMTP_PASSWORD']))}\ncreated = ${c.ts('sql')}\nmodified = ${c.tick(9e8).ts('sql')}\nschema = org.freedesktop.Secret.Generic\nattribute.username = ${r.chance(0.5) ? p.email() : p.handle()}\nattribute.service = ${hostName(r, o)}\n\n`); }
  } else if (v === 1) {
    for (let i = 0; i < r.int(1, 3); i++) d.put(J`$ security find-generic-password -ga "${r.pick(['Chrome Safe Storage', hostName(r, o), 'Slack', 'docker-credential'])}"\nkeychain: "/Users/${home}/Library/Keychains/login.keychain-db"\nversion: 512\nclass: "genp"\nattributes:\n    0x00000007 <blob>="${hostName(r, o)}"\n    "acct"<blob>="${r.chance(0.5) ? p.email() : p.handle()}"\n    "cdat"<timedate>=0x${r.HEX(32)}  "${L.timestamp(r, 'sql')}"\n    "svce"<blob>="${hostName(r, o)}"\npassword: "${S(r, ctx.deck.take(r, ['KEYRING_SECRET', 'KEYRING_SECRET', 'SLACK_USER_TOKEN', 'USER_CHOSEN_PASSWORD', 'DOCKER_HUB_PAT']))}"\n\n`);
  } else {
    d.put(J`PS C:\\Users\\${home}> Get-StoredCredential -AsCredentialObject | Format-List\n`);
    for (let i = 0; i < r.int(2, 4); i++) d.put(J`\nTargetName  : ${r.pick(['git:https://git.' + o + '.example', 'MicrosoftOffice16_Data:SSPI', 'TERMSRV/' + bareHost(r), 'LegacyGeneric:target=' + hostName(r, o)])}\nUserName    : ${r.chance(0.5) ? p.email() : J`${o.toUpperCase()}\\${p.handle()}`}\nPassword    : ${S(r, ctx.deck.take(r, ['KEYRING_SECRET', 'KEYRING_SECRET', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'USER_CHOSEN_PASSWORD', 'AZURE_DEVOPS_PAT']))}\nLastWritten : ${L.timestamp(r, 'sql')}\nPersist     : LocalMachine\n`);
  }
  return d;
}

// ---------- password manager CSV exports ----------
function pwexport(r, ctx) {
  const d = new Doc('pwexport'); const o = org(r); const owner = new Person(r); const target = r.int(900, 3500);
  const fmt = r.pick(['simple', 'quoted', 'bitwardenish', 'headerless', 'semicolon']);
  const sep = fmt === 'semicolon' ? ';' : ',';
  const head = { simple: 'name,url,username,password,note,totp\n', quoted: '"Title","Website","Login","Password","Notes"\n', bitwardenish: 'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n', headerless: '', semicolon: 'Titel;URL;Benutzername;Passwort;Notiz\n' }[fmt];
  d.t(head);
  const sites = ['Webmail', 'Bank online', 'Router', 'Netflix', 'Steuer-Portal', 'Amazon', 'VPN', 'Pharmacy', 'Kita-App', 'Car insurance', 'Gym', 'Jira', 'Grafana', 'Payroll', 'Strava', 'Airline miles'];
  while (d.size < target) {
    const site = r.pick(sites); const url = `https://${site.toLowerCase().replace(/[^a-z]/g, '')}.${r.pick([o, 'portal', 'login'])}.${tld(r)}/`;
    const userv = r.chance(0.6) ? owner.email() : r.chance(0.5) ? owner.handle() : email(r);
    const pass = S(r, ctx.deck.take(r, ['PASSWORD_MANAGER_ENTRY', 'PASSWORD_MANAGER_ENTRY', 'USER_CHOSEN_PASSWORD', 'PASSPHRASE', 'GENERIC_PASSWORD']));
    const note = r.pick([J``, J`PIN ${r.digits(4)}`, J`security q: ${r.pick(['first pet', 'mother maiden name'])}`, J`recovery ${S(r, 'RECOVERY_CODE')}`, J`shared with ${new Person(r).P(r.pick(['given', 'full']))}`, J`phone on file ${phone(r)}`, J`acct ${pii('US_BANK_NUMBER', r.digits(r.int(9, 12)))}`, J`renews ${L.date(r)}`]);
    const totp = r.chance(0.3) ? (r.chance(0.5) ? J`${S(r, 'TOTP_SEED')}` : J`otpauth://totp/${site.replace(/ /g, '%20')}:${owner.handle()}?secret=${S(r, 'TOTP_SEED')}&issuer=${site.replace(/ /g, '%20')}`) : J``;
    const q = (x) => J`"${x}"`;
    if (fmt === 'simple' || fmt === 'headerless') d.put(J`${site},${url},${userv},${pass.value.includes(',') ? q(pass) : pass},${q(note)},${totp}\n`);
    else if (fmt === 'quoted') d.put(J`${q(site)},${q(url)},${q(userv)},${q(pass)},${q(note)}\n`);
    else if (fmt === 'semicolon') d.put(J`${site};${url};${userv};${pass.value.includes(';') ? q(pass) : pass};${note}\n`);
    else d.put(J`${r.pick(['', 'Work', 'Family'])},${r.pick(['', '1'])},login,${site},${q(note)},,0,${url},${userv},${q(pass)},${totp}\n`);
  }
  return d;
}

export const DEV_KINDS = { har, curlv, gitlog, shellhistory, applog, sourcecode, manifest, markdown, sqldump, keyring, pwexport };
