// Technical kinds: configs, shell history, logs, SQL dumps, git output,
// Kubernetes, compose, CI, markdown, Terraform, lockfiles, HTTP traces, keys, traces.
import { P, L, S } from './doc.mjs';
import { LK, LOOK_GEN } from './lookalikes.mjs';
import { person, anyCulture, emailFor, EMAIL, PHONE, IBAN, CARD, IP, SSN, LOC, ADDR, ADDR_CODES, privateIPv4, publicIPv4, balancedId, DRIVER } from './pii.mjs';
import { draw, make, styleKey, pemAs, jwt, urlPassword, uuid } from './secrets.mjs';
import { configEntries, toEnv, toYaml, toJson, toToml, toIni, toProperties, toXml, writeLines, secretPieces, dsn, host, SMALL, PLAIN_TOKEN, BEARER, DBPW, LOGINPW, publicOneLine } from './common.mjs';
const PW = DBPW;
import { ascii } from './names.mjs';
import * as K from './keys.mjs';

const PER = (p) => P(p.text, 'PERSON', { culture: p.culture });
const mail = (r, p, dom) => EMAIL(emailFor(r, p, dom));
const anyP = (r) => person(r, anyCulture(r));
const BIG = (c) => c.big || c.e === 'KUBECONFIG_CLIENT_KEY_DATA';
const handle = (p) => ascii(p.rom).toLowerCase().replace(/\s+/g, '.');

// ---------------- config files ----------------
function envFile(r, d) {
  const a = anyP(r);
  d.w`# ${r.pick(['.env', '.env.production', '.env.local', 'config/app.env', 'deploy/.env.staging'])} — maintained by ${PER(a)} <${mail(r, a)}>\n`;
  if (r.chance(0.5)) d.w`# last rotated ${LK(r, 'date')}\n`;
  d.text('\n');
  writeLines(d, toEnv(r, configEntries(r, { secrets: r.int(4, 7), looks: r.int(2, 4), plain: r.int(2, 4), pii: r.int(0, 1) }), { export: r.chance(0.3) }));
  if (r.chance(0.35)) { const s = draw(r, BIG); d.text('\n'); d.add([`${styleKey(s.kw, 'env')}="`, ...secretPieces(r, s, { pem: 'escaped' }), '"']); d.text('\n'); }
  if (r.chance(0.3)) { const s = draw(r, PW); d.text('\n# old one, keep until cutover\n# '); d.add(['DATABASE_URL=', ...dsn(r, s)]); d.text('\n'); }
}
function yamlConfig(r, d) {
  const a = anyP(r);
  d.w`# ${r.pick(['config/production.yml', 'settings.yaml', 'application.yml', 'values-prod.yaml', 'conf/app.yaml'])}\n# owner: ${PER(a)}\n`;
  if (r.chance(0.5)) d.w`version: "${LK(r, 'version')}"\n`;
  writeLines(d, toYaml(r, configEntries(r, { secrets: r.int(4, 7), looks: r.int(2, 4), plain: r.int(2, 4), pii: r.int(0, 2) }), { style: r.pick(['snake', 'camel', 'kebab']) }));
  if (r.chance(0.4)) { const s = draw(r, BIG); writeLines(d, toYaml(r, [{ group: 'tls', words: s.e === 'KUBECONFIG_CLIENT_KEY_DATA' ? 'client key data' : 'private key', pieces: secretPieces(r, s, { pem: 'escaped' }), kind: 'secret', multi: s.entry.big }], { anchors: false })); }
  if (r.chance(0.4)) { const s = draw(r, PW); d.text('database:\n  url: "'); d.add(dsn(r, s)); d.text('"\n'); }
}
function jsonConfig(r, d) {
  const k = r.int(0, 3);
  if (k === 0) { // service account style
    const s = make(r, 'GCP_SERVICE_ACCOUNT_KEY');
    const proj = `${r.pick(['billing', 'maps', 'crm', 'etl'])}-${r.pick(['prod', 'dev', 'eu'])}-${r.int(100, 999)}`;
    d.w`{\n  "type": "service_account",\n  "project_id": "${proj}",\n  "private_key_id": "${LK(r, 'git_sha')}",\n  "private_key": "${s.span()}\\n",\n`;
    d.w`  "client_email": "${r.pick(['deployer', 'etl-runner', 'backup'])}@${proj}.iam.svc.example",\n  "client_id": "${r.digits(21)}",\n  "auth_uri": "https://accounts.login.example/o/oauth2/auth",\n  "token_uri": "https://oauth2.login.example/token"\n}\n`;
    return;
  }
  if (k === 1) { // docker config
    d.text('{\n  "auths": {\n');
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) { const s = make(r, 'DOCKER_REGISTRY_AUTH'); d.w`    "${r.pick(['registry', 'harbor', 'cr', 'images'])}.${r.pick(['corp', 'lab', 'ops'])}.example${r.chance(0.3) ? ':5000' : ''}": {\n      "auth": "${s.span()}"${r.chance(0.3) ? `,\n      "email": "` : ''}`; if (d.textValue.endsWith('"email": "')) { d.add(mail(r, anyP(r))); d.text('"'); } d.text(`\n    }${i < n - 1 ? ',' : ''}\n`); }
    d.text('  },\n  "credsStore": "desktop",\n  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }\n}\n');
    return;
  }
  writeLines(d, toJson(r, configEntries(r, { secrets: r.int(4, 7), looks: r.int(2, 5), plain: r.int(2, 4), pii: r.int(0, 2) }), { style: r.pick(['camel', 'snake', 'pascal']), nested: r.chance(0.7) }));
}
function iniToml(r, d) {
  const k = r.int(0, 6);
  const e = () => configEntries(r, { secrets: r.int(4, 6), looks: r.int(2, 3), plain: r.int(2, 3), pii: r.int(0, 1) });
  if (k === 0) { d.text('# config.toml\n'); writeLines(d, toToml(r, e())); }
  else if (k === 1) { d.text('; settings.ini\n'); writeLines(d, toIni(r, e())); }
  else if (k === 2) { d.text('# application.properties\n'); writeLines(d, toProperties(r, e(), r.pick(['app', 'spring', '']))); }
  else if (k === 3) { d.text('<!-- app.config -->\n'); writeLines(d, toXml(r, e())); }
  else if (k === 4) { // .netrc / .pgpass / .git-credentials
    for (let i = 0; i < r.int(2, 4); i++) {
      const m = r.int(0, 2);
      if (m === 0) { const s = draw(r, LOGINPW); d.w`machine ${host(r)} login ${r.pick(['deploy', 'ci', 'backup', 'anna'])} password ${s.span()}\n`; }
      else if (m === 1) { const s = draw(r, PW); d.w`${host(r, 'db')}:5432:${r.pick(['app', '*', 'crm'])}:${r.pick(['postgres', 'app', 'etl'])}:${s.span()}\n`; }
      else { const s = draw(r, BEARER); d.w`https://${r.pick(['oauth2', 'x-access-token', 'ci-bot'])}:${s.span()}@git.${r.pick(['corp', 'lab'])}.example\n`; }
    }
  } else if (k === 5) { // .npmrc / pip.conf
    const s = make(r, r.pick(['NPM_ACCESS_TOKEN', 'NPM_LEGACY_AUTH']));
    d.w`registry=https://registry.pkgs.${r.pick(['corp', 'lab'])}.example/\n//registry.pkgs.corp.example/:${s.e === 'NPM_LEGACY_AUTH' ? '_auth' : '_authToken'}=${s.span()}\nalways-auth=true\n`;
    const a = anyP(r); d.w`email=${mail(r, a)}\ninit-author-name=${PER(a)}\n`;
    const p = draw(r, PW); d.w`\n# pip.conf\n[global]\nindex-url = https://${r.pick(['pypi-mirror', 'pkgs'])}:${p.span()}@pypi.${r.pick(['corp', 'lab'])}.example/simple\n`;
  } else { // my.cnf / redis.conf
    const p = draw(r, PW);
    if (r.chance(0.5)) d.w`[client]\nuser=${r.pick(['root', 'backup', 'app'])}\npassword="${p.span()}"\nhost=${LK(r, 'hostname')}\n\n[mysqldump]\nquick\nmax_allowed_packet=64M\n`;
    else d.w`# redis.conf\nbind ${privateIPv4(r)} 127.0.0.1\nport 6379\nrequirepass ${p.span()}\nmasterauth ${draw(r, PW).span()}\nmaxmemory 2gb\n`;
  }
}

// ---------------- shell history ----------------
function shell(r, d) {
  const zsh = r.chance(0.4); let t = 1690000000 + r.int(0, 9e7); let n = r.int(100, 900);
  const line = (pieces) => { if (zsh) { t += r.int(5, 900); d.text(`: ${t}:0;`); } else d.text(`${String(n++).padStart(5)}  `); d.add(pieces); d.text('\n'); };
  const me = anyP(r);
  const cmds = [
    () => { const s = draw(r, PLAIN_TOKEN); return [`export ${styleKey(s.kw, 'env')}=`, s.span()]; },
    () => { const s = draw(r, BEARER); return ['curl -s -H "Authorization: Bearer ', s.span(), `" https://${host(r)}/v1/${r.pick(['users', 'orders', 'health', 'exports'])} | jq .`]; },
    () => { const s = draw(r, PW); return [`mysql -h ${LK(r, 'hostname').t} -u root -p'`, s.span(), `' ${r.pick(['app', 'crm'])} < dump.sql`]; },
    () => { const s = draw(r, PW); return ['psql "', ...dsn(r, s, 'postgresql'), '"']; },
    () => { const s = draw(r, PW); return ['PGPASSWORD=', s.span(), ` pg_dump -h ${privateIPv4(r)} -U app app > /tmp/app.sql`]; },
    () => { const s = draw(r, BEARER); return [`docker login registry.${r.pick(['corp', 'lab'])}.example -u deploy -p `, s.span()]; },
    () => { const s = make(r, r.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_PAT', 'GITLAB_DEPLOY_TOKEN'])); return ['git clone https://oauth2:', s.span(), `@git.${r.pick(['corp', 'lab'])}.example/${r.pick(['platform', 'web', 'data'])}/${r.pick(['api', 'infra', 'etl'])}.git`]; },
    () => { const s = make(r, 'AWS_SECRET_KEY'); return ['aws configure set aws_secret_access_key ', s.span(), ' --profile prod']; },
    () => { const s = make(r, 'AWS_ACCESS_KEY'); return ['aws configure set aws_access_key_id ', s.span()]; },
    () => { const s = draw(r, PW); return [`kubectl -n ${r.pick(['prod', 'crm'])} create secret generic db-creds --from-literal=password=`, s.span()]; },
    () => { const s = draw(r, LOGINPW); return ["sshpass -p '", s.span(), `' ssh admin@${privateIPv4(r)}`]; },
    () => { const s = draw(r, LOGINPW); return ['openssl enc -aes-256-cbc -pbkdf2 -k ', s.span(), ' -in backup.tar -out backup.tar.enc']; },
    () => { const s = make(r, r.pick(['VAULT_SERVICE_TOKEN', 'VAULT_BATCH_TOKEN'])); return ['vault login ', s.span()]; },
    () => { const s = make(r, 'NPM_ACCESS_TOKEN'); return ['npm config set //registry.pkgs.corp.example/:_authToken ', s.span()]; },
    () => { const s = make(r, 'RESTIC_PASSWORD'); return ['RESTIC_PASSWORD=', s.span(), ` restic -r sftp:backup@${LK(r, 'hostname').t}:/srv/restic backup ~/photos`]; },
    () => ['git config --global user.email "', mail(r, me), '"'],
    () => ['git config --global user.name "', PER(me), '"'],
    () => [`git log --oneline -3 ${LK(r, 'git_sha').t.slice(0, 0)}`],
    () => ['ssh ', `deploy@${LK(r, 'hostname').t}`],
    () => ['docker pull registry.corp.example/app@', LK(r, 'digest')],
    () => ['kubectl get pods -n prod -o wide'],
    () => ['echo ', LK(r, 'env_reference'), ' | base64'],
    () => [`cd ~/projects/${r.pick(['api', 'shop', 'etl'])} && make test`],
    () => ['curl -X POST ', `https://${host(r)}/hooks/deploy?token=`, draw(r, BEARER).span(), ' -d @payload.json'],
  ];
  for (let i = 0; i < r.int(8, 14); i++) line(r.pick(cmds)());
  if (r.chance(0.85)) { // heredoc
    line([`cat > ${r.pick(['.env', 'deploy/secrets.env', '/etc/app/env'])} <<'EOF'`]);
    writeLines(d, toEnv(r, configEntries(r, { secrets: r.int(2, 4), looks: 1, plain: 1, pii: 0 })));
    d.text('EOF\n');
  }
  for (let i = 0; i < r.int(1, 4); i++) line(r.pick(cmds)());
}

// ---------------- logs ----------------
function ts(r) { return LK(r, 'timestamp'); }
function appLog(r, d) {
  const fmt = r.pick(['json', 'logfmt', 'plain', 'plain']);
  const svc = r.pick(['checkout', 'auth-svc', 'crm-sync', 'mailer', 'api-gateway', 'billing']);
  const evs = [];
  for (let i = 0; i < r.int(6, 11); i++) {
    const u = anyP(r); const k = r.int(0, 9);
    if (k === 0) evs.push(['info', ['login ok user=', mail(r, u), ' ip=', IP(r)]]);
    else if (k === 1) evs.push(['warn', ['login failed for ', mail(r, u), ' from ', IP(r), ' (attempt ', String(r.int(2, 6)), ')']]);
    else if (k === 2) { const s = draw(r, BEARER); evs.push(['debug', ['outgoing request headers={"Authorization": "Bearer ', s.span(), '", "X-Request-Id": "', LK(r, 'request_id'), '"}']]); }
    else if (k === 3) { const s = draw(r, PW); evs.push(['error', ['could not connect to ', ...dsn(r, s), ': timeout after 30s']]); }
    else if (k === 4) evs.push(['info', ['order ', LK(r, 'order_number'), ' created for ', PER(u), ' (', LOC(r.pick(['Tampere', 'Kraków', 'Brno', 'Izmir', 'Lviv', 'Tbilisi', 'Leeds', 'Porto'])), ')']]);
    else if (k === 5) evs.push(['info', ['GET /api/v2/profile 200 ', String(r.int(3, 900)), 'ms client=', IP(r), ' req=', LK(r, 'request_id')]]);
    else if (k === 6) evs.push(['error', ['SQL failed: INSERT INTO customers (name, email, phone) VALUES (\'', PER(u), '\', \'', mail(r, u), '\', \'', PHONE(r, r.pick(['DE', 'PL', 'FI', 'GB', 'TR', 'IN'])), '\')']]);
    else if (k === 7) { const s = draw(r, SMALL); evs.push(['warn', [`config reload: ${styleKey(s.kw, 'snake')}=`, ...secretPieces(r, s)]]); }
    else if (k === 8) evs.push(['info', ['pod restarted container=', LK(r, 'container_id'), ' resourceVersion=', LK(r, 'k8s_resource_version')]]);
    else evs.push(['info', ['payment authorized amount=', LK(r, 'price'), ' card=****', r.digits(4), ' merchant=', LK(r, 'company')]]);
  }
  for (const [lvl, msg] of evs) {
    if (fmt === 'json') { d.text('{"ts":"'); d.add(ts(r)); d.text(`","level":"${lvl}","svc":"${svc}","msg":"`); d.add(msg.map((x) => typeof x === 'string' ? x.replace(/"/g, '\\"') : x)); d.text('"}\n'); }
    else if (fmt === 'logfmt') { d.text('time='); d.add(ts(r)); d.text(` level=${lvl} svc=${svc} msg="`); d.add(msg.map((x) => typeof x === 'string' ? x.replace(/"/g, '\\"') : x)); d.text('"\n'); }
    else { d.add(ts(r)); d.text(` [${lvl.toUpperCase().padEnd(5)}] ${svc}: `); d.add(msg); d.text('\n'); }
  }
}
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function accessLog(r, d) {
  for (let i = 0; i < r.int(7, 12); i++) {
    const when = `${String(r.int(1, 28)).padStart(2, '0')}/${r.pick(MON)}/${r.int(2023, 2025)}:${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')} +0000`;
    const k = r.int(0, 6); let path;
    if (k === 0) { const s = draw(r, BEARER); path = [`/api/v1/export?format=csv&${r.pick(['api_key', 'access_token', 'token', 'key'])}=`, s.span()]; }
    else if (k === 1) path = ['/newsletter/confirm?email=', mail(r, anyP(r)), '&lang=', r.pick(['fi', 'pl', 'de', 'tr'])];
    else if (k === 2) path = [`/static/app.${LK(r, 'git_sha').t.slice(0, 8)}.js`];
    else if (k === 3) { const s = make(r, r.pick(['AZURE_SAS_SIGNATURE'])); path = ['/media/report.pdf?sv=2022-11-02&sr=b&sp=r&sig=', s.span()]; }
    else if (k === 4) path = ['/track/', LK(r, 'tracking_number')];
    else if (k === 5) { const s = make(r, 'MEETING_PASSCODE'); path = [`/j/${r.digits(11)}?pwd=`, s.span()]; }
    else path = ['/orders/', LK(r, 'order_number')];
    const user = r.chance(0.15) ? r.pick(['admin', 'metrics', 'kiosk']) : '-';
    d.add([IP(r, r.chance(0.85) ? 'v4' : 'v6'), ` - ${user} [`, L(when, 'timestamp'), `] "${r.pick(['GET', 'GET', 'POST', 'HEAD'])} `, ...path, ` HTTP/1.1" ${r.pick([200, 200, 302, 304, 401, 404, 500])} ${r.int(120, 90000)} "${r.pick(['-', `https://${host(r, 'www')}/`])}" "${r.pick(['Mozilla/5.0 (X11; Linux x86_64) Firefox/126.0', 'curl/8.5.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'python-requests/2.31'])}"\n`]);
  }
}

// ---------------- SQL dump ----------------
function sqlDump(r, d) {
  const pg = r.chance(0.5);
  d.text(pg ? '--\n-- PostgreSQL database dump\n--\n\n' : `-- MySQL dump 10.13  Distrib 8.0.${r.int(20, 39)}\n-- Host: ${privateIPv4(r)}    Database: app\n\n`);
  d.text('CREATE TABLE users (\n  id bigint PRIMARY KEY,\n  full_name text,\n  email text,\n  phone text,\n  city text,\n  password_hash text,\n  created_at timestamp\n);\n\n');
  d.text('INSERT INTO users VALUES\n');
  const n = r.int(4, 7);
  for (let i = 0; i < n; i++) { const u = anyP(r); d.w`  (${r.int(1000, 99999)}, '${PER(u)}', '${mail(r, u)}', '${PHONE(r, r.pick(['GB', 'DE', 'FI', 'PL', 'CZ', 'HU', 'TR', 'GR', 'IN', 'JP', 'KR', 'BR']))}', '${LOC(r.pick(['Leeds', 'Tampere', 'Kraków', 'Brno', 'Szeged', 'Izmir', 'Lviv', 'Tbilisi', 'Kyoto', 'Busan', 'Porto']))}', '${LK(r, 'hash')}', '${LK(r, 'timestamp')}')${i < n - 1 ? ',' : ';'}\n`; }
  d.text('\nCREATE TABLE api_tokens (id int, owner text, token text, note text);\n');
  for (let i = 0; i < r.int(2, 4); i++) { const s = draw(r, BEARER); d.w`INSERT INTO api_tokens VALUES (${i + 1}, '${mail(r, anyP(r))}', '${s.span()}', '${styleKey(s.kw, 'words')}');\n`; }
  if (r.chance(0.6)) { d.text('\nCREATE TABLE payment_methods (user_id bigint, card_number text, iban text);\n'); for (let i = 0; i < r.int(2, 3); i++) d.w`INSERT INTO payment_methods VALUES (${r.int(1000, 99999)}, '${CARD(r, undefined, 'plain')}', '${IBAN(r, undefined, false)}');\n`; }
  if (r.chance(0.7)) { d.text('\nCREATE TABLE kyc_documents (user_id bigint, doc_type text, doc_value text, verified_at timestamp);\n'); for (let i = 0; i < r.int(2, 4); i++) { const b = balancedId(r); d.w`INSERT INTO kyc_documents VALUES (${r.int(1000, 99999)}, '${b.col}', '${b.span}', '${LK(r, 'timestamp')}');\n`; } }
  if (r.chance(0.4)) d.w`\n-- QA fixture: '${LK(r, 'vendor_test_card')}' and '${LK(r, 'invalid_card')}' (must be rejected)\n`;
  if (r.chance(0.5)) { const s = draw(r, PW); d.w`\n-- ALTER USER app WITH PASSWORD '${s.span()}';\n`; }
}

// ---------------- git ----------------
function git(r, d) {
  for (let c = 0; c < r.int(1, 3); c++) {
    const a = anyP(r);
    d.w`commit ${LK(r, 'git_sha')}\nAuthor: ${PER(a)} <${mail(r, a, r.pick(['corp.example', 'users.noreply.example', 'lab.test']))}>\nDate:   ${new Date((1650000000 + r.int(0, 9e7)) * 1000).toUTCString()}\n\n    ${r.pick(['fix: retry on timeout', 'chore: bump deps', 'feat: add export job', 'WIP config', 'hotfix prod creds'])}\n`;
    if (r.chance(0.4)) { const co = anyP(r); d.w`\n    Co-authored-by: ${PER(co)} <${mail(r, co)}>\n`; }
    d.text('\n');
    if (c === 0 || r.chance(0.5)) {
      const f = r.pick(['.env', 'config/settings.py', 'deploy/values.yaml', 'src/config.ts', 'docker-compose.yml']);
      d.w`diff --git a/${f} b/${f}\nindex ${LK(r, 'git_sha').t.slice(0, 7)}..${LK(r, 'git_sha').t.slice(0, 7)} 100644\n--- a/${f}\n+++ b/${f}\n@@ -${r.int(1, 40)},${r.int(3, 8)} +${r.int(1, 40)},${r.int(3, 9)} @@\n`;
      const ents = configEntries(r, { secrets: r.int(2, 4), looks: r.int(1, 2), plain: r.int(1, 2), pii: 0 });
      for (const l of toEnv(r, ents)) { d.text(r.pick([' ', '+', '+', '-'])); d.add(l); d.text('\n'); }
      d.text('\n');
    }
  }
  if (r.chance(0.5)) { const s = make(r, r.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_OAUTH_TOKEN'])); d.w`$ git remote -v\norigin\thttps://${r.pick(['ci', 'oauth2', 'deploy'])}:${s.span()}@git.corp.example/team/app.git (fetch)\n`; }
}

// ---------------- Kubernetes ----------------
function k8s(r, d) {
  const ns = r.pick(['prod', 'payments', 'crm', 'staging']); const app = r.pick(['api', 'worker', 'billing', 'mailer']);
  const meta = () => d.w`metadata:\n  name: ${app}-${r.pick(['secrets', 'creds', 'config'])}\n  namespace: ${ns}\n  uid: ${LK(r, 'uuid')}\n  resourceVersion: "${LK(r, 'k8s_resource_version')}"\n`;
  const k = r.int(0, 2);
  if (k === 0) {
    d.text('apiVersion: v1\nkind: Secret\n'); meta(); d.text('type: Opaque\ndata:\n');
    for (const key of r.sample(['password', 'db-password', 'api-token', 'smtp-pass', 'redis-auth', 'ldap-bind-pw'], r.int(2, 4))) { const s = make(r, 'KUBERNETES_SECRET_DATA'); d.w`  ${key}: ${s.span()}\n`; }
    d.text('stringData:\n');
    for (let i = 0; i < r.int(1, 3); i++) { const s = draw(r, SMALL); d.add([`  ${styleKey(s.kw, 'kebab')}: "`, ...secretPieces(r, s), '"\n']); }
    if (r.chance(0.5)) { const s = draw(r, BIG); d.add([`  ${s.entry.medium ? 'client-key-data' : s.e === 'PGP_PRIVATE_KEY' ? 'signing.asc' : s.e === 'OPENSSH_PRIVATE_KEY' ? 'ssh-privatekey' : 'tls.key'}: |\n    `, ...secretPieces(r, s, { pem: 'indent', indent: '    ' }), '\n']); }
    d.text('---\napiVersion: v1\nkind: Secret\n'); meta(); d.text('type: kubernetes.io/dockerconfigjson\ndata:\n');
    d.w`  .dockerconfigjson: ${make(r, 'DOCKER_CONFIG_JSON').span()}\n`;
  } else if (k === 1) {
    d.w`apiVersion: apps/v1\nkind: Deployment\n`; meta();
    d.w`spec:\n  replicas: ${r.int(1, 6)}\n  template:\n    metadata:\n      annotations:\n        checksum/config: ${LK(r, 'hash')}\n    spec:\n      containers:\n        - name: ${app}\n          image: registry.corp.example/${app}@${LK(r, 'digest')}\n          env:\n`;
    for (const e of configEntries(r, { secrets: r.int(2, 4), looks: r.int(1, 2), plain: r.int(1, 2), pii: 0 })) { d.add([`            - name: ${styleKey(e.words, 'env')}\n              value: "`, ...(e.multi ? [S(e.pieces[0].t.includes('\\n') ? e.pieces[0].t : e.pieces[0].t.replace(/\n/g, '\\n'), e.pieces[0].e)] : e.pieces), '"\n']); }
    d.text(`            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: { name: ${app}-secrets, key: password }\n`);
  } else {
    const user = anyP(r);
    d.w`apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${L(Buffer.from(LK(r, 'certificate').t + '\n').toString('base64'), 'certificate')}\n    server: https://${privateIPv4(r)}:6443\n  name: ${ns}-cluster\n`;
    d.w`contexts:\n- context: { cluster: ${ns}-cluster, user: ${handle(user)} }\n  name: ${ns}\ncurrent-context: ${ns}\nusers:\n- name: ${handle(user)}\n  user:\n`;
    if (r.chance(0.5)) { const s = make(r, 'KUBECONFIG_CLIENT_KEY_DATA'); d.w`    client-certificate-data: ${L(Buffer.from(LK(r, 'certificate').t + '\n').toString('base64'), 'certificate')}\n    client-key-data: ${s.span()}\n`; }
    else { const s = make(r, 'KUBERNETES_SERVICE_ACCOUNT_TOKEN'); d.w`    token: ${s.span()}\n`; }
    d.w`# owner: ${PER(user)} <${mail(r, user)}>\n`;
  }
}

// ---------------- compose ----------------
function compose(r, d) {
  d.text(`version: "3.${r.int(7, 9)}"\n\nx-common-env: &common-env\n`);
  for (const e of configEntries(r, { secrets: r.int(1, 2), looks: 1, plain: 1, pii: 0 })) { d.add([`  ${styleKey(e.words, 'env')}: "`, ...e.pieces, '"\n']); }
  d.text('\nservices:\n');
  const pw = draw(r, PW);
  d.w`  db:\n    image: postgres:${r.int(13, 17)}@${LK(r, 'digest')}\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${pw.span()}\n    volumes: [ "pgdata:/var/lib/postgresql/data" ]\n`;
  d.w`  app:\n    image: registry.corp.example/app:${LK(r, 'version')}\n    environment:\n      <<: *common-env\n      DATABASE_URL: "`; d.add(dsn(r, pw, 'postgres')); d.text('"\n');
  for (const e of configEntries(r, { secrets: r.int(1, 3), looks: r.int(1, 2), plain: 1, pii: r.int(0, 1) })) { d.add([`      ${styleKey(e.words, 'env')}: "`, ...e.pieces, '"\n']); }
  d.w`    ports: [ "8080:8080" ]\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8080/health"]\n`;
  if (r.chance(0.5)) { const s = draw(r, PW); d.w`  redis:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "${s.span()}"]\n`; }
  d.text('volumes:\n  pgdata: {}\n');
}

// ---------------- CI ----------------
function ci(r, d) {
  const k = r.int(0, 2);
  if (k === 0) {
    d.w`name: deploy\non:\n  push:\n    branches: [ main ]\nenv:\n  REGISTRY: registry.corp.example\n  NODE_VERSION: "${LK(r, 'version')}"\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      DB_PASSWORD: ${L('${{ secrets.DB_PASSWORD }}', 'env_reference')}\n      API_TOKEN: ${LK(r, 'env_reference')}\n`;
    const s = draw(r, SMALL); d.add(['      ', styleKey(s.kw, 'env'), ': "', ...secretPieces(r, s), '"   # TODO move to secrets\n']);
    d.w`    steps:\n      - uses: actions/checkout@${LK(r, 'git_sha')}\n      - name: Publish\n        run: |\n`;
    const t = draw(r, BEARER); d.w`          curl -sf -X POST -H "Authorization: token ${t.span()}" https://${host(r)}/api/releases\n`;
    d.w`          echo "built by ${PER(anyP(r))}"\n`;
  } else if (k === 1) {
    d.text('stages: [test, deploy]\n\nvariables:\n');
    for (const e of configEntries(r, { secrets: r.int(2, 4), looks: r.int(1, 3), plain: r.int(1, 2), pii: 0 })) d.add([`  ${styleKey(e.words, 'env')}: "`, ...(e.multi ? [] : e.pieces), '"\n']);
    d.w`\ndeploy:\n  stage: deploy\n  image: alpine@${LK(r, 'digest')}\n  script:\n`;
    const s = draw(r, PW); d.w`    - ssh deploy@${privateIPv4(r)} "PGPASSWORD=${s.span()} ./migrate.sh"\n`;
    d.w`  only: [ main ]\n  # contact: ${PER(anyP(r))}, ${PHONE(r, r.pick(['DE', 'PL', 'FI', 'CZ']), 'intl')}\n`;
  } else {
    const s = draw(r, LOGINPW); const t = draw(r, BEARER);
    d.w`pipeline {\n  agent any\n  environment {\n    REGISTRY_PASS = '${s.span()}'\n    SONAR = credentials('sonar-token')\n  }\n  stages {\n    stage('Deploy') {\n      steps {\n        sh "curl -H 'X-Api-Key: ${t.span()}' https://${host(r)}/deploy?rev=${LK(r, 'git_sha')}"\n      }\n    }\n  }\n  post { failure { mail to: '${mail(r, anyP(r))}', subject: 'build ${LK(r, 'build_number')} failed' } }\n}\n`;
  }
}

// ---------------- markdown docs ----------------
function markdown(r, d) {
  d.w`# ${r.pick(['Runbook: payments', 'Onboarding', 'Local setup', 'Incident 2024-03 postmortem', 'Data export how-to'])}\n\n`;
  d.text(r.pick(['This page describes how to get a working environment. ', 'Owners and escalation paths are listed below. ', 'Read this before touching production. ']) + '\n\n## Contacts\n\n| Name | Role | Email | Phone |\n|---|---|---|---|\n');
  for (let i = 0; i < r.int(2, 4); i++) { const p = anyP(r); d.w`| ${PER(p)} | ${r.pick(['on-call', 'owner', 'DBA', 'security', 'PM'])} | ${mail(r, p)} | ${PHONE(r, r.pick(['GB', 'FI', 'DE', 'PL', 'IN', 'US', 'JP', 'BR', 'TR', 'GR', 'UA', 'GE']), 'intl')} |\n`; }
  d.text('\n## Configuration\n\nCopy the template and fill in real values (never commit them):\n\n```bash\n');
  writeLines(d, toEnv(r, configEntries(r, { secrets: r.int(1, 3), looks: r.int(2, 3), plain: 1, pii: 0 }), { export: true }));
  d.text('```\n\n');
  if (r.chance(0.5)) { d.text('The staging key below was pasted during the incident and **must be rotated**:\n\n```\n'); const s = draw(r, r.chance(0.3) ? BIG : SMALL); d.add(secretPieces(r, s, { pem: 'raw' })); d.text('\n```\n\n'); }
  d.w`Dashboards: https://${host(r, 'grafana')}/d/${LK(r, 'uuid')}\nLast verified: ${LK(r, 'date')} (build ${LK(r, 'build_number')})\n`;
}

// ---------------- Terraform ----------------
function terraform(r, d) {
  const ak = make(r, 'AWS_ACCESS_KEY'), sk = make(r, 'AWS_SECRET_KEY');
  d.w`provider "aws" {\n  region     = "${r.pick(['eu-north-1', 'eu-central-1', 'us-east-2'])}"\n  access_key = "${ak.span()}"\n  secret_key = "${sk.span()}"\n}\n\n`;
  const pw = draw(r, PW);
  d.w`resource "aws_db_instance" "main" {\n  identifier = "app-${r.pick(['prod', 'eu'])}"\n  engine     = "postgres"\n  username   = "app"\n  password   = "${pw.span()}"\n  tags = { owner = "${mail(r, anyP(r))}" }\n}\n\n`;
  for (const e of configEntries(r, { secrets: r.int(1, 3), looks: r.int(1, 3), plain: 1, pii: 0 })) { d.add([`variable "${styleKey(e.words, 'snake')}" {\n  default = "`, ...(e.multi ? [] : e.pieces), '"\n}\n']); }
  if (r.chance(0.4)) { const s = draw(r, BIG); d.add(['\nresource "tls_private_key_import" "legacy" {\n  private_key_pem = <<EOT\n', ...secretPieces(r, s, { pem: 'raw' }), '\nEOT\n}\n']); }
  if (r.chance(0.3)) d.w`\n# example from the docs, not used: ${LK(r, 'aws_example_key')}\n`;
}

// ---------------- lockfiles ----------------
function lockfile(r, d) {
  const k = r.int(0, 2);
  const pk = ['left-pad', 'lodash', 'chalk', 'zod', 'axios', 'dayjs', 'uuid', 'semver', 'yaml', 'ms', 'debug', 'commander'];
  if (k === 0) {
    const a = anyP(r);
    d.w`{\n  "name": "${r.pick(['shop-web', 'crm-ui', 'etl-tools'])}",\n  "version": "${LK(r, 'version')}",\n  "author": "${PER(a)} <${mail(r, a)}>",\n  "lockfileVersion": 3,\n  "packages": {\n`;
    const names = r.sample(pk, r.int(3, 5)); const n = names.length;
    for (let i = 0; i < n; i++) {
      const name = names[i]; const v = L(`${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, 'version');
      d.w`    "node_modules/${name}": {\n      "version": "${v}",\n      "resolved": "https://registry.pkgs.corp.example/${name}/-/${name}-${v.t.replace(/^[^\d]*/, '')}.tgz`;
      if (r.chance(0.2)) { const s = draw(r, BEARER); d.w`?token=${s.span()}`; }
      d.w`",\n      "integrity": "${LK(r, 'integrity')}"\n    }${i < n - 1 ? ',' : ''}\n`;
    }
    d.text('  }\n}\n');
  } else if (k === 1) {
    d.text('# This file is automatically @generated by Cargo.\nversion = 3\n\n');
    for (const name of r.sample(['serde', 'tokio', 'rand', 'regex', 'hyper', 'anyhow', 'bytes', 'tracing'], r.int(4, 6))) d.w`[[package]]\nname = "${name}"\nversion = "${L(`${r.int(0, 3)}.${r.int(0, 40)}.${r.int(0, 30)}`, 'version')}"\nsource = "registry+https://index.crates.corp.example/"\nchecksum = "${L(r.hex(64), 'digest')}"\n\n`;
  } else {
    for (const name of r.sample(pk, r.int(4, 6))) { d.w`${name}@${LK(r, 'semver_range')}:\n  version "${L(`${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, 'version')}"\n  resolved "https://registry.pkgs.corp.example/${name}/-/${name}.tgz#${LK(r, 'git_sha')}"\n  integrity ${LK(r, 'integrity')}\n\n`; }
  }
}

// ---------------- HTTP trace ----------------
function http(r, d) {
  const h = host(r); const u = anyP(r); const cid = r.int(1000, 99999);
  d.w`$ curl -v https://${h}/v2/customers/${cid}\n*   Trying ${privateIPv4(r)}:443...\n> GET /v2/customers/${cid} HTTP/2\n> Host: ${h}\n`;
  const m = r.int(0, 2);
  if (m === 0) d.w`> Authorization: Bearer ${draw(r, BEARER).span()}\n`;
  else if (m === 1) d.w`> Authorization: Basic ${make(r, 'HTTP_BASIC_AUTH').span()}\n`;
  else d.w`> X-Api-Key: ${draw(r, BEARER).span()}\n`;
  if (r.chance(0.5)) d.w`> Cookie: sessionid=${make(r, 'SESSION_COOKIE').span()}; theme=dark\n`;
  d.w`> User-Agent: curl/8.5.0\n>\n< HTTP/2 200\n< content-type: application/json\n< x-request-id: ${LK(r, 'request_id')}\n`;
  if (r.chance(0.5)) d.w`< set-cookie: sid=${make(r, 'SESSION_COOKIE').span()}; Path=/; HttpOnly; Secure\n`;
  const cc = r.pick(ADDR_CODES);
  d.w`<\n{"id":"${LK(r, 'crm_id')}","name":"${PER(u)}","email":"${mail(r, u)}","phone":"${PHONE(r, r.pick(['DE', 'FI', 'PL', 'GB', 'US', 'IN', 'BR', 'JP']), 'e164')}","address":{"line1":"${LOC(ADDR[cc].st(r))}","city":"${LOC(r.pick(ADDR[cc].cities))}"},"last_login_ip":"${IP(r)}","updated":"${LK(r, 'timestamp')}"}\n`;
}

// ---------------- key material ----------------
function keyFiles(r, d) {
  const who = anyP(r); const hn = handle(who);
  const k = r.int(0, 4);
  if (k === 0) { d.w`$ cat ~/.ssh/${r.pick(['id_ed25519', 'id_ecdsa', 'deploy_key', 'id_rsa'])}\n`; d.add(make(r, 'OPENSSH_PRIVATE_KEY').span()); d.text('\n'); d.w`$ cat ~/.ssh/authorized_keys\n`; for (let i = 0; i < r.int(1, 3); i++) { d.add(publicOneLine(r)); d.text('\n'); } }
  else if (k === 1) { const e = r.pick(['RSA_PRIVATE_KEY', 'PRIVATE_KEY', 'EC_PRIVATE_KEY', 'ENCRYPTED_PRIVATE_KEY']); d.w`# ${r.pick(['/etc/ssl/private/server.key', 'certs/tls.key', 'nginx/ssl/site.key'])}\n`; d.add(make(r, e).span()); d.text('\n'); if (r.chance(0.6)) { d.text('\n# chain\n'); d.add(LK(r, 'certificate')); d.text('\n'); } }
  else if (k === 2) {
    const wg = make(r, 'WIREGUARD_PRIVATE_KEY'); const psk = make(r, 'VPN_PRESHARED_KEY');
    d.w`# /etc/wireguard/wg0.conf (${PER(who)})\n[Interface]\nPrivateKey = ${wg.span()}\nAddress = 10.${r.int(0, 250)}.${r.int(0, 250)}.${r.int(2, 250)}/32\nDNS = 10.0.0.1\n\n[Peer]\nPublicKey = ${L(K.edKey(r).pub.toString('base64'), 'public_key')}\nPresharedKey = ${psk.span()}\nEndpoint = vpn.${r.pick(['corp', 'home'])}.example:51820\nAllowedIPs = 0.0.0.0/0\n`;
  } else if (k === 3) {
    const a = make(r, 'AGE_SECRET_KEY');
    d.w`# created: ${LK(r, 'timestamp')}\n# public key: ${L('age1' + r.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58), 'public_key')}\n${a.span()}\n\n`;
    d.add(make(r, 'PGP_PRIVATE_KEY').span()); d.text('\n');
  } else {
    d.w`$ gpg --export-secret-keys --armor ${mail(r, who)}\n`; d.add(make(r, 'PGP_PRIVATE_KEY').span()); d.text('\n');
    d.w`$ cat ~/.ssh/known_hosts\n`; for (let i = 0; i < r.int(1, 3); i++) { d.add([LK(r, 'hostname'), ',', privateIPv4(r), ' ', publicOneLine(r)]); d.text('\n'); }
  }
}

// ---------------- stack traces ----------------
function trace(r, d) {
  const u = anyP(r); const k = r.int(0, 2);
  if (k === 0) {
    const s = make(r, 'JDBC_PASSWORD');
    d.w`Exception in thread "main" org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; url=jdbc:postgresql://${LK(r, 'hostname')}:5432/app?user=app&password=${s.span()}\n\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)\n\tat com.corp.crm.CustomerRepository.findByEmail(CustomerRepository.java:${r.int(20, 300)})\n\tat com.corp.crm.ImportJob.run(ImportJob.java:${r.int(20, 300)})\nCaused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "app"\n`;
    d.w`\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\n... 12 more\n[job] customer=${mail(r, u)} request=${LK(r, 'request_id')}\n`;
  } else if (k === 1) {
    const s = draw(r, BEARER);
    d.w`Traceback (most recent call last):\n  File "/home/${handle(u)}/etl/sync.py", line ${r.int(10, 400)}, in <module>\n    client = Client(api_key="${s.span()}")\n  File "/usr/lib/python3.11/site-packages/client/core.py", line 88, in __init__\n    raise AuthError(f"key rejected for {user}")\nclient.errors.AuthError: key rejected for ${mail(r, u)} (account ${LK(r, 'crm_id')}, ${LOC(r.pick(['Tartu', 'Kaunas', 'Riga', 'Szeged', 'Brno', 'Izmir']))} office)\n`;
  } else {
    const s = draw(r, PW);
    d.w`panic: dial tcp ${privateIPv4(r)}:5432: connect: connection refused\n\ngoroutine 1 [running]:\nmain.mustDB({0xc000012345, 0x${r.hex(2)}})\n\t/src/cmd/api/main.go:${r.int(20, 200)} +0x1a5\n// DSN was: `; d.add(dsn(r, s)); d.w`\nmain.main()\n\t/src/cmd/api/main.go:42 +0x3f\nexit status 2\nbuild ${LK(r, 'build_number')} commit ${LK(r, 'git_sha')}\n`;
  }
}

export const TECH_KINDS = { env_file: envFile, yaml_config: yamlConfig, json_config: jsonConfig, ini_toml: iniToml, shell_history: shell, app_log: appLog, access_log: accessLog, sql_dump: sqlDump, git_output: git, k8s_manifest: k8s, docker_compose: compose, ci_pipeline: ci, markdown_doc: markdown, terraform, lockfile, http_trace: http, key_material: keyFiles, stack_trace: trace };
