// Operational output: shell history, logs, HTTP traces, git output, SQL dumps, CLI env dumps.
import { F } from './doc.mjs';
import { keyFor, SERVICES, COMPANIES } from './fmt.mjs';
import { SECRETS, password, rs } from './secrets.mjs';
import { A } from './prng.mjs';
import { ipv4Private, uuid4 } from './values.mjs';

export function shell_history(d, v, r, g) {
  const epoch = r.chance(0.4);
  const cmds = [
    () => F`export ${keyFor(r, 'OPENAI_API_KEY', 'UPPER')}=${v.secNext()}`,
    () => F`mysql -h ${v.host()} -u root -p${v.sec('MYSQL_PASSWORD', password(r, 'urlsafe'))} orders < dump.sql`,
    () => F`curl -s -H "Authorization: Bearer ${v.sec(r.pick(['BEARER_TOKEN', 'JSON_WEB_TOKEN', 'GITLAB_PAT', 'DIGITALOCEAN_TOKEN']))}" https://${v.host()}/api/v2/${r.pick(['users', 'invoices', 'health'])}`,
    () => F`aws configure set aws_secret_access_key ${v.sec('AWS_SECRET_KEY')}`,
    () => F`docker login ${v.host()} -u ${r.pick(['ci', 'deploy', 'nino'])} -p '${v.sec(r.pick(['DOCKER_HUB_PAT', 'PASSWORD']))}'`,
    () => F`git clone https://${r.pick(['oauth2', 'deploy'])}:${v.sec(r.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PAT', 'GITHUB_OAUTH_TOKEN']))}@${v.host()}/${r.pick(['team', 'infra'])}/${r.pick(SERVICES)}.git`,
    () => F`psql "postgresql://app:${v.sec('POSTGRES_PASSWORD', password(r, 'urlsafe'))}@${v.host()}:5432/app" -c 'select count(*) from orders'`,
    () => F`kubectl create secret generic ${r.pick(SERVICES)} --from-literal=password='${v.sec('DATABASE_PASSWORD', password(r, 'urlsafe'))}'`,
    () => F`sshpass -p '${v.sec('SSH_PASSWORD')}' ssh deploy@${ipv4Private(r)}`,
    () => F`redis-cli -h ${v.host()} -a ${v.sec('REDIS_PASSWORD', password(r, 'urlsafe'))} FLUSHDB`,
    () => F`echo ${v.sec('GITHUB_PERSONAL_ACCESS_TOKEN')} | gh auth login --with-token`,
    () => F`vault login ${v.sec('VAULT_TOKEN')}`,
    () => F`htpasswd -b /etc/nginx/.htpasswd ${r.pick(['admin', 'staff'])} ${v.sec('HTTP_BASIC_PASSWORD')}`,
    () => F`openssl enc -aes-256-cbc -k ${v.sec('ENCRYPTION_KEY', password(r, 'urlsafe'))} -in backup.tar -out backup.enc`,
    () => F`npm config set //${v.host()}/:_authToken ${v.sec('NPM_ACCESS_TOKEN')}`,
    () => F`heroku config:set STRIPE_SECRET_KEY=${v.sec('STRIPE_SECRET_KEY')} -a ${r.pick(SERVICES)}`,
    () => F`stripe listen --forward-to localhost:4242/webhook  # ${v.sec('STRIPE_WEBHOOK_SECRET')}`,
    () => F`git commit -m "fix ${v.look('ticket_ref')}: bump to ${v.ver()}"`,
    () => F`git checkout ${v.look('short_sha')}`,
    () => F`docker pull ${v.look('hostname', 'registry.internal.example')}/app@${v.look('digest')}`,
    () => F`ssh-keygen -lf ~/.ssh/id_ed25519.pub`,
    () => F`ls -la /var/log/${r.pick(SERVICES)}`,
    () => F`export TOKEN=${v.look('placeholder')}`,
    () => F`curl -u ${r.pick(['admin', 'ops'])}:${v.sec('ADMIN_PASSWORD', password(r, 'urlsafe'))} https://${v.host()}/api/admin/reindex`,
    () => F`mongo "mongodb+srv://root:${v.sec('MONGODB_PASSWORD')}@${v.host()}/admin"`,
    () => F`export DD_API_KEY=${v.sec('DATADOG_API_KEY')} && ./install.sh`,
    () => F`ngrok config add-authtoken ${v.sec('NGROK_AUTHTOKEN')}`,
    () => F`tailscale up --authkey=${v.sec('TAILSCALE_AUTH_KEY')}`,
    () => F`echo "${v.sec('PASSWORD')}" | sudo -S systemctl restart ${r.pick(SERVICES)}`,
    () => F`history | grep ${v.look('request_id')}`,
    () => F`ping -c3 ${v.host()}`,
    () => F`terraform apply -var "db_password=${v.sec('DATABASE_PASSWORD', password(r, 'urlsafe'))}"`,
    () => F`${r.pick(['export ', ''])}${keyFor(r, 'OPAQUE_SECRET', 'UPPER')}=${v.secNext()}`,
    () => F`mail -s "keys" ${v.email()} < notes.txt`,
    () => F`scp report.pdf ${r.pick(['nino', 'tomek', 'aram'])}@${v.host()}:~/`,
  ];
  const n = r.int(9, 18);
  for (let i = 0; i < n; i++) {
    if (epoch) d.w`#${v.ts('epoch')}\n`;
    else if (r.chance(0.5)) d.add(`${String(r.int(100, 2000)).padStart(5)}  `);
    d.add(r.pick(cmds)()); d.add('\n');
    if (d.size > 3400) break;
  }
}

const LEVELS = ['INFO', 'WARN', 'ERROR', 'DEBUG'];
export function app_log(d, v, r, g) {
  const style = r.pick(['json', 'logfmt', 'plain', 'plain', 'java']);
  const svc = r.pick(SERVICES);
  const n = r.int(7, 14);
  for (let i = 0; i < n; i++) {
    const p = v.person(g.culture.next());
    const msg = r.pick([
      () => F`login failed for ${v.email(p)} from ${v.ip()}`,
      () => F`user ${v.name(p)} updated phone to ${v.phone()}`,
      () => F`payment authorized card=${v.look('masked_card')} amount=${v.price()} order=${v.look('order_number')}`,
      () => F`outgoing request headers={"Authorization": "Bearer ${v.sec(r.pick(['JSON_WEB_TOKEN', 'BEARER_TOKEN', 'GCP_OAUTH_ACCESS_TOKEN', 'OKTA_API_TOKEN']))}"}`,
      () => F`db connect failed: url=${'postgres'}://svc:${v.sec('DATABASE_PASSWORD', password(r, 'urlsafe'))}@${v.host()}:5432/app`,
      () => F`webhook delivered to ${v.host()} sig_secret=${v.sec('STRIPE_WEBHOOK_SECRET')}`,
      () => F`cache miss key=user:${v.look('uuid')}`,
      () => F`shipment ${v.look('tracking_number')} created for ${v.name(p)}, ${v.street('DE')}, ${v.city('DE')}`,
      () => F`SMS sent to ${v.phone(null, 'intl')} template=otp`,
      () => F`config loaded version=${v.ver()} commit=${v.look('git_sha')}`,
      () => F`slow query 2345ms trace=${v.look('trace_id')}`,
      () => F`refund issued to IBAN ${v.iban()} for ${v.name(p)}`,
      () => F`geo lookup ${v.ip('pub')} -> ${v.city()} (${v.look('coordinates')})`,
      () => F`retrying with api key ${v.secNext()}`,
      () => F`test charge with ${v.look('vendor_test_card')} ok`,
      () => F`card declined: ${v.card()} (do_not_honor)`,
      () => F`rejected invalid card number ${v.look('invalid_card')}`,
      () => F`new device for ${v.email(p)} ip=${v.ip('v6')} ua="Mozilla/5.0"`,
      () => F`export finished: ${String(r.int(10, 900))} rows by ${v.name(p, 'given')}`,
      () => F`BTC payout to ${v.btc()} queued`,
      () => F`feature flag color=${v.look('hex_color')} rollout=25%`,
      () => F`container ${v.look('container_id')} restarted`,
      () => F`validation rejected ${r.pick(['card_number', 'iban', 'ssn', 'nhs_no'])}=${v.look(r.pick(['invalid_card', 'invalid_iban', 'invalid_ssn', 'invalid_nhs']))} for ${v.look('crm_id')}`,
      () => F`token scanner ignored ${v.look(r.pick(['invalid_github_token', 'aws_example_key', 'placeholder']))} (not a live credential)`,
      () => F`device ${v.look('mac_address')} joined vlan ${String(r.int(10, 90))}`,
      () => F`oauth client ${v.look('client_id')} refreshed token for ${v.email(p)}`,
      () => F`secret resolved from ${v.look('secret_reference')}`,
      () => F`${r.pick(['indexed', 'synced', 'archived'])} ${v.lookNext()}`,
    ])();
    const lvl = r.pick(LEVELS);
    if (style === 'json') d.w`{"ts":"${v.ts('iso')}","level":"${lvl.toLowerCase()}","svc":"${svc}","req":"${v.look('request_id')}","msg":"${msg}"}\n`;
    else if (style === 'logfmt') d.w`time=${v.ts('isoz')} level=${lvl.toLowerCase()} service=${svc} request_id=${v.look('request_id')} msg="${msg}"\n`;
    else if (style === 'java') d.w`${v.ts('space')} ${lvl.padEnd(5)} [${r.pick(['main', 'http-nio-8080-exec-3', 'scheduler-1'])}] c.${r.pick(['acme', 'kanto'])}.${svc.replace('-', '')}.Service - ${msg}\n`;
    else d.w`${v.ts('syslog')} ${r.pick(['web-1', 'ip-10-0-3-17', 'worker'])} ${svc}[${String(r.int(100, 40000))}]: ${lvl}: ${msg}\n`;
    if (d.size > 3300) break;
  }
}

export function access_log(d, v, r, g) {
  const n = r.int(6, 13);
  const paths = [
    () => F`/api/v1/orders/${v.look('order_number', String(r.int(100000, 999999)))}`,
    () => F`/login?next=%2Fdashboard`,
    () => F`/export.csv?api_key=${v.sec(r.pick(['API_KEY', 'ALGOLIA_ADMIN_KEY', 'GCP_API_KEY', 'MAILCHIMP_API_KEY']))}`,
    () => F`/oauth/callback?code=${v.sec('OAUTH_AUTHORIZATION_CODE')}&state=${v.look('oauth_state')}`,
    () => F`/reset?email=${v.email()}&token=${v.sec('SESSION_SECRET', rs(r, A.alnum, 40))}`,
    () => F`/assets/app.${v.look('short_sha', r.hex(8))}.js`,
    () => F`/hooks/telegram/${v.sec('TELEGRAM_BOT_TOKEN')}`,
    () => F`/v2/track/${v.look('tracking_number')}`,
    () => F`/health`,
    () => F`/search?q=${r.pick(['shoes', 'usb-c', 'kimchi', 'khachapuri'])}&page=${String(r.int(1, 9))}`,
    () => F`/api/users/${v.look('uuid')}/avatar`,
    () => F`/download?access_token=${v.sec(r.pick(['DROPBOX_ACCESS_TOKEN', 'FACEBOOK_ACCESS_TOKEN', 'BEARER_TOKEN']))}`,
  ];
  for (let i = 0; i < n; i++) {
    const user = r.chance(0.2) ? v.email() : '-';
    const ua = r.pick([() => F`Mozilla/${v.look('version', '5.0')} (Windows NT 10.0; Win64; x64)`, () => F`curl/${v.look('version', `${r.int(7, 8)}.${r.int(0, 12)}.${r.int(0, 3)}`)}`, () => F`okhttp/${v.look('version', `4.${r.int(9, 12)}.${r.int(0, 3)}`)}`, () => F`Mozilla/${v.look('version', '5.0')} (iPhone; CPU iPhone OS 17_4 like Mac OS X)`, () => F`python-requests/${v.look('version', `2.${r.int(25, 32)}.${r.int(0, 3)}`)}`])();
    d.w`${v.ip(r.pick(['pub', 'pub', 'priv', 'v6']))} - ${user} [${v.ts('clf')}] "${r.pick(['GET', 'GET', 'POST', 'PUT'])} ${r.pick(paths)()} HTTP/1.1" ${String(r.pick([200, 200, 302, 401, 404, 500]))} ${String(r.int(0, 90000))} "-" "${ua}"${r.chance(0.4) ? F` rt=${String(r.int(1, 2000) / 1000)} rid=${v.look('request_id')}` : ''}\n`;
    if (d.size > 3400) break;
  }
}

export function http_trace(d, v, r, g) {
  const host = v.host();
  const style = r.pick(['curl', 'raw', 'har']);
  const authKind = r.pick(['basic', 'bearer', 'apikey', 'cookie']);
  let auth;
  if (authKind === 'basic') auth = F`Authorization: Basic ${v.sec('BASIC_AUTH_CREDENTIALS', Buffer.from(`${r.pick(['admin', 'api', 'svc_report', 'mkowalska'])}:${password(r)}`).toString('base64'))}`;
  else if (authKind === 'bearer') auth = F`Authorization: Bearer ${v.sec(r.pick(['JSON_WEB_TOKEN', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'HUGGINGFACE_TOKEN', 'GROQ_API_KEY', 'SHOPIFY_ACCESS_TOKEN', 'NOTION_INTEGRATION_TOKEN', 'LINEAR_API_KEY']))}`;
  else if (authKind === 'apikey') { const e = r.pick(['ANTHROPIC_API_KEY', 'ELEVENLABS_API_KEY', 'SENDGRID_API_KEY', 'ADYEN_API_KEY', 'API_KEY', 'POSTMARK_SERVER_TOKEN']); auth = F`${r.pick(['X-Api-Key', 'x-api-key', 'Api-Key', 'X-Auth-Token'])}: ${v.sec(e)}`; }
  else auth = F`Cookie: ${r.pick(['sessionid', '_session', 'connect.sid', 'JSESSIONID'])}=${v.sec('SESSION_COOKIE')}; theme=dark`;
  const p = v.person(g.culture.next());
  const body = F`{"id":"${v.look('crm_id')}","name":"${v.name(p)}","email":"${v.email(p)}","phone":"${v.phone()}","city":"${v.city()}","updated":"${v.ts('isoz')}"}`;
  if (style === 'curl') {
    d.w`$ curl -v https://${host}/v1/contacts/${String(r.int(1000, 99999))}\n*   Trying ${ipv4Private(r)}:443...\n* Connected to ${host} port 443\n* SSL connection using TLSv1.3\n> GET /v1/contacts HTTP/2\n> Host: ${host}\n> User-Agent: curl/${v.ver()}\n> ${auth}\n> Accept: */*\n>\n< HTTP/2 200\n< content-type: application/json\n< x-request-id: ${v.look('request_id')}\n< date: ${v.look('timestamp', 'Tue, 0' + r.int(1, 9) + ' Apr 2025 1' + r.int(0, 9) + ':2' + r.int(0, 9) + ':11 GMT')}\n<\n${body}\n`;
  } else if (style === 'raw') {
    d.w`POST /api/${r.pick(['sync', 'import', 'contacts'])} HTTP/1.1\r\nHost: ${host}\r\n${auth}\r\nContent-Type: application/json\r\nX-Correlation-Id: ${v.look('uuid')}\r\ntraceparent: 00-${v.look('trace_id')}-${v.look('hash', r.hex(16))}-01\r\n\r\n${body}\r\n\r\nHTTP/1.1 201 Created\r\nSet-Cookie: ${'session'}=${v.sec('SESSION_COOKIE')}; HttpOnly; Secure\r\nETag: "${v.look('hash', r.hex(32))}"\r\n\r\n`;
  } else {
    d.w`{\n  "log": {\n    "entries": [\n      {\n        "startedDateTime": "${v.ts('iso')}",\n        "request": {\n          "method": "GET",\n          "url": "https://${host}/me",\n          "headers": [\n            { "name": "${auth[0].split(':')[0]}", "value": "${auth[0].split(': ').slice(1).join(': ')}${auth.slice(1)}" },\n            { "name": "X-Client-Version", "value": "${v.ver()}" }\n          ]\n        },\n        "response": { "status": 200, "content": { "text": ${JSON.stringify('')} } },\n        "serverIPAddress": "${v.ip('pub')}"\n      }\n    ]\n  }\n}\n`;
    d.w`response body: ${body}\n`;
  }
}

export function git_output(d, v, r, g) {
  const style = r.pick(['log', 'show', 'remote', 'blame']);
  if (style === 'log') {
    for (let i = 0, n = r.int(3, 6); i < n; i++) {
      const p = v.person(g.culture.next());
      d.w`commit ${v.look('git_sha')}\n${r.chance(0.3) ? F`Merge: ${v.look('short_sha', r.hex(7))} ${v.look('short_sha', r.hex(7))}\n` : ''}Author: ${v.name(p)} <${v.email(p)}>\nDate:   ${v.look('timestamp', ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][r.int(0, 4)] + ' ' + ['Jan', 'Mar', 'Jun', 'Sep', 'Nov'][r.int(0, 4)] + ' ' + r.int(1, 28) + ' ' + r.int(10, 23) + ':' + r.int(10, 59) + ':' + r.int(10, 59) + ' 2025 +0' + r.int(0, 4) + '00')}\n\n    ${r.pick(['fix', 'feat', 'chore', 'refactor'])}: ${r.pick(['rotate credentials', 'bump deps', 'add retry to sync', 'remove debug output', 'update translations', 'handle empty cart'])} (${v.look('ticket_ref')})\n${r.chance(0.4) ? F`\n    Co-authored-by: ${v.name(v.person(g.culture.next()))} <${v.email()}>\n` : ''}\n`;
      if (d.size > 3000) break;
    }
  } else if (style === 'show') {
    const p = v.person(g.culture.next());
    const file = r.pick(['config/settings.py', '.env.staging', 'deploy/values.yaml', 'src/main/resources/application.yml', 'scripts/sync.sh']);
    d.w`commit ${v.look('git_sha')}\nAuthor: ${v.name(p)} <${v.email(p)}>\nDate:   ${v.ts('isoz')}\n\n    temporary: hardcode creds until vault is back\n\ndiff --git a/${file} b/${file}\nindex ${v.look('short_sha', r.hex(7))}..${v.look('short_sha', r.hex(7))} 100644\n--- a/${file}\n+++ b/${file}\n@@ -${String(r.int(3, 40))},6 +${String(r.int(3, 40))},8 @@\n`;
    for (let i = 0, n = r.int(3, 6); i < n; i++) {
      const e = g.secret.next();
      if (r.chance(0.35)) d.w`-${keyFor(r, e, 'UPPER')}=${v.look('env_reference')}\n`;
      d.w`+${keyFor(r, e, 'UPPER')}=${v.sec(e)}\n`;
      if (r.chance(0.3)) d.w` LOG_LEVEL=info\n`;
    }
    d.w` # maintained by ${v.name(v.person(g.culture.next()), 'given')}\n`;
  } else if (style === 'remote') {
    d.w`$ git remote -v\norigin\thttps://${r.pick(['ci', 'oauth2', 'deploy'])}:${v.sec(r.pick(['GITLAB_PAT', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_SERVER_TO_SERVER_TOKEN', 'BITBUCKET_APP_PASSWORD']))}@${v.host()}/${r.pick(['platform', 'web'])}/${r.pick(SERVICES)}.git (fetch)\norigin\tgit@${v.host()}:${r.pick(['platform', 'web'])}/${r.pick(SERVICES)}.git (push)\n$ git log --oneline -5\n`;
    for (let i = 0; i < 5; i++) d.w`${v.look('short_sha', r.hex(7))} ${r.pick(['Merge branch', 'Revert', 'Bump', 'Fix typo in', 'Add'])} ${r.pick(['release/' , 'feature/', ''])}${r.pick(['v', ''])}${v.ver()}\n`;
    d.w`$ git config user.email\n${v.email()}\n$ git config --get credential.helper\nstore\n`;
  } else {
    const lines = r.int(5, 9);
    for (let i = 0; i < lines; i++) {
      const p = v.person(g.culture.next());
      d.w`${v.look('short_sha', r.hex(8))} (${v.name(p)} ${v.date('iso')} ${String(i + 10).padStart(3)}) `;
      if (r.chance(0.4)) { const e = g.secret.next(); d.w`${keyFor(r, e, 'snake')} = "${v.sec(e)}"\n`; }
      else d.add(r.pick(['def connect(self):\n', '    return None\n', 'TIMEOUT = 30\n', '# TODO: remove before release\n', 'import os\n']));
    }
  }
}

export function sql_dump(d, v, r, g) {
  const tbl = r.pick(['customers', 'users', 'patients', 'employees', 'accounts']);
  d.w`-- ${r.pick(['MySQL dump 10.13', 'PostgreSQL database dump', 'pg_dump ' ])} ${v.ver()}\n-- Host: ${v.host()}    Database: ${r.pick(['crm', 'shop', 'hr'])}\n-- Dump completed on ${v.ts('space')}\n\nCREATE TABLE ${tbl} (\n  id BIGINT PRIMARY KEY,\n  full_name VARCHAR(120),\n  email VARCHAR(255),\n  phone VARCHAR(40),\n  ${tbl === 'employees' ? 'ssn CHAR(11)' : tbl === 'patients' ? 'nhs_no CHAR(12)' : 'card_no VARCHAR(25)'},\n  api_token VARCHAR(200),\n  pw_hash CHAR(64),\n  created_at TIMESTAMP\n);\n\nINSERT INTO ${tbl} VALUES\n`;
  const n = r.int(3, 7);
  for (let i = 0; i < n; i++) {
    const p = v.person(g.culture.next());
    const special = tbl === 'employees' ? v.ssn('-') : tbl === 'patients' ? v.nhs() : r.chance(0.2) ? v.look('vendor_test_card') : v.card(null, '');
    const tok = r.chance(0.5) ? F`'${v.sec(r.pick(['API_KEY', 'SESSION_SECRET', 'REFRESH_TOKEN', 'SLACK_USER_TOKEN', 'STRIPE_SECRET_KEY']))}'` : 'NULL';
    d.w`  (${String(1000 + i)}, '${v.loc ? sqlName(p) : ''}', '${v.email(p)}', '${v.phone()}', '${special}', ${tok}, '${v.look('hash', r.hex(64))}', '${v.ts('space')}')${i < n - 1 ? ',' : ';'}\n`;
  }
  d.w`\n-- grants\nCREATE USER 'report'@'%' IDENTIFIED BY '${v.sec('MYSQL_PASSWORD', password(r, 'urlsafe'))}';\nALTER ROLE etl WITH PASSWORD '${v.sec('POSTGRES_PASSWORD', password(r, 'urlsafe'))}';\n`;
}

export function env_dump(d, v, r, g) {
  const style = r.pick(['printenv', 'kubectl', 'inspect', 'helm']);
  if (style === 'printenv') {
    d.add('$ printenv | sort\n');
    const rows = [F`HOME=/home/${r.pick(['app', 'ubuntu', 'runner'])}`, F`HOSTNAME=${v.look('container_id')}`, F`LANG=${r.pick(['C.UTF-8', 'de_DE.UTF-8', 'ka_GE.UTF-8'])}`, F`PATH=/usr/local/bin:/usr/bin:/bin`, F`GIT_COMMIT=${v.look('git_sha')}`, F`BUILD_ID=${v.look('build_number')}`];
    for (let i = 0, n = r.int(5, 9); i < n; i++) { const e = g.secret.next(); rows.push(F`${keyFor(r, e, 'UPPER')}=${v.sec(e)}`); }
    rows.push(F`OWNER_EMAIL=${v.email()}`);
    rows.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
    for (const row of rows) d.add([row, '\n']);
  } else if (style === 'kubectl') {
    d.w`$ kubectl describe pod ${r.pick(SERVICES)}-${rs(r, A.lowalnum, 10)}-${rs(r, A.lowalnum, 5)} -n ${r.pick(['prod', 'payments'])}\nName:         ${r.pick(SERVICES)}\nNamespace:    prod\nNode:         ${v.host()}/${ipv4Private(r)}\nStart Time:   ${v.look('timestamp', 'Wed, 1' + r.int(0, 9) + ' Jan 2025 0' + r.int(0, 9) + ':1' + r.int(0, 9) + ':00 +0000')}\nContainers:\n  app:\n    Container ID:  containerd://${v.look('hash', r.hex(64))}\n    Image ID:      ${v.look('hostname', 'registry.internal.example')}/app@${v.look('digest')}\n    Environment:\n`;
    for (let i = 0, n = r.int(4, 7); i < n; i++) { const e = g.secret.next(); d.w`      ${keyFor(r, e, 'UPPER')}:  ${v.sec(e)}\n`; }
    d.w`      DB_PASSWORD:  <set to the key 'password' in secret 'db'>  Optional: false\n`;
  } else if (style === 'inspect') {
    d.w`$ docker inspect --format '{{json .Config.Env}}' ${v.look('container_id')}\n[`;
    const n = r.int(4, 8);
    for (let i = 0; i < n; i++) { const e = g.secret.next(); d.w`"${keyFor(r, e, 'UPPER')}=${v.sec(e)}"${i < n - 1 ? ',' : ''}`; }
    d.w`]\n$ docker ps --format '{{.ID}} {{.Image}}'\n${v.look('container_id')} app:${v.ver()}\n${v.look('container_id')} postgres:${v.ver()}\n`;
  } else {
    d.w`$ helm get values ${r.pick(SERVICES)} -n ${r.pick(['prod', 'staging'])}\nUSER-SUPPLIED VALUES:\nimage:\n  tag: ${v.ver()}\nsecrets:\n`;
    for (let i = 0, n = r.int(3, 6); i < n; i++) { const e = g.secret.next(); d.w`  ${keyFor(r, e, 'camel')}: ${v.sec(e)}\n`; }
    d.w`ingress:\n  host: ${v.host()}\n  annotations:\n    owner: ${v.email()}\n`;
  }
}

import { P } from './doc.mjs';
function sqlName(p) { return P('PERSON', p.full.replace(/'/g, "''"), p.culture); }
