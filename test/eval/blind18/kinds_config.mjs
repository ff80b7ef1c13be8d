// Document kinds: configuration files in many syntaxes.
import { Doc, J, sec, look, pii, flat, mapText, jsonEsc, Span } from './doc.mjs';
import { S, V, pw, basic, k8sData, CATALOG, PEM_NAMES, keyFor, ODD_KEYS } from './secrets.mjs';
import { L, Person, email, roleEmail, phone, ip, address, city, country, uuidStr, fmtTs, Clock, ascii } from './values.mjs';
import { kvLine, keyName, fillerKV, yamlVal, shq, envQ, org, tld, hostName, bareHost, svc, user, TOKENISH, PASSWORDISH, ONE_LINE, basicAuth } from './common.mjs';
import { SERVICES, ENVS, COMPANIES } from './data.mjs';

export const indentSpan = (s, pad) => new Span(s.family, s.name, s.value.split('\n').join('\n' + pad), { ...s.meta, transformed: true });
export const escSpan = (s) => new Span(s.family, s.name, s.value.replace(/\n/g, '\\n'), { ...s.meta, transformed: true });
const pemPick = (r, ctx, list) => S(r, ctx.deck.take(r, list || PEM_NAMES));

// one secret under some key in the given syntax
function secretKV(d, r, ctx, style, cands, oddP = 0.3, caseStyle) {
  const name = ctx.deck.take(r, cands || ONE_LINE);
  const s = S(r, name);
  let k = keyName(r, name, oddP, caseStyle);
  if (/^(env|export|docker_env|docker_arg|ps|bat|csh|make|systemd)$/.test(style)) k = k.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1');
  d.put(kvLine(r, style, k, s));
  return s;
}
function fillerLine(d, r, style, o) {
  let [k, v] = fillerKV(r, o);
  if (style === 'yaml' || style === 'ini' || style === 'toml' || style === 'json' || style === 'xml' || style === 'php') k = k.toLowerCase();
  d.put(kvLine(r, style, k, v));
}
const sizeTarget = (r, lo = 500, hi = 3300) => r.int(lo, hi);

// ---------- .env ----------
function dotenv(r, ctx) {
  const d = new Doc('dotenv'); const o = org(r); const target = sizeTarget(r);
  const style = r.pickw([[5, 'env'], [2, 'export'], [1, 'csh'], [1, 'bat']]);
  const cm = style === 'bat' ? 'REM ' : '# ';
  const owner = new Person(r);
  d.put(r.pick([
    J`${cm}${o} ${svc(r)} — local overrides, do not commit\n${cm}owner: ${owner.P(r.pick(['full', 'lower', 'initial']))} <${owner.email()}>\n\n`,
    J`${cm}generated ${L.timestamp(r)} by envsync ${L.version(r)}\n`,
    J`${cm}.env.${r.pick(ENVS)}\n`,
    J`${cm}Ansprechpartner: ${owner.P()} (Tel. ${phone(r, 'DE')})\n`,
  ]));
  const sections = ['database', 'cache', 'third-party', 'mail', 'auth', 'storage', 'misc'];
  while (d.size < target) {
    if (r.chance(0.25)) d.t(`\n${cm}--- ${r.pick(sections)} ---\n`);
    const x = r.float();
    if (x < 0.45) secretKV(d, r, ctx, style, ONE_LINE, 0.3, 'upper');
    else if (x < 0.55) { const u = user(r); const p = S(r, ctx.deck.take(r, ['DATABASE_URL_PASSWORD', 'REDIS_PASSWORD', 'MONGODB_PASSWORD', 'HTTP_URL_PASSWORD'])); const sch = { DATABASE_URL_PASSWORD: r.pick(['postgres', 'postgresql', 'mysql', 'mariadb']), REDIS_PASSWORD: r.pick(['redis', 'rediss']), MONGODB_PASSWORD: 'mongodb+srv', HTTP_URL_PASSWORD: r.pick(['https', 'amqp', 'http']) }[p.name]; d.put(kvLine(r, style, r.pick(['DATABASE_URL', 'CACHE_URL', 'BROKER_URL', 'CONN', 'DSN', 'PRIMARY', 'URL_2']), J`${sch}://${p.name === 'REDIS_PASSWORD' && r.chance(0.5) ? '' : u}:${p}@${r.pick([hostName(r, o), bareHost(r)])}${r.pick([':5432', ':6379', ':3306', '', ':5672'])}/${r.pick(['app', 'main', '0', 'orders', ''])}`)); }
    else if (x < 0.6 && d.size < target - 1200) { const k = pemPick(r, ctx, ['EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'RSA_PRIVATE_KEY']); d.put(J`${r.pick(['PRIVATE_KEY', 'JWT_PRIVATE_KEY', 'SIGNING_KEY', 'APP_CERT_KEY', 'KEY_MATERIAL'])}="${escSpan(k)}"\n`); }
    else if (x < 0.66) { d.t(`${cm}`); secretKV(d, r, ctx, 'env', ONE_LINE, 0.2, 'upper'); }
    else if (x < 0.72) d.put(kvLine(r, style, r.pick(['STRIPE_KEY', 'API_TOKEN', 'SMTP_PASS', 'DB_PASSWORD']), r.chance(0.5) ? L.placeholder(r) : L.env_reference(r)));
    else if (x < 0.75) d.put(kvLine(r, style, r.pick(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']), L.aws_example_key(r)));
    else if (x < 0.78) d.put(kvLine(r, style, r.pick(['SENTRY_DSN', 'NEXT_PUBLIC_SENTRY_DSN', 'ERROR_DSN']), J`https://${S(r, 'SENTRY_DSN_KEY')}@sentry.ops.${tld(r)}/${String(r.int(2, 99))}`));
    else fillerLine(d, r, style, o);
  }
  return d;
}

// ---------- Makefile ----------
function makefile(r, ctx) {
  const d = new Doc('makefile'); const o = org(r); const target = sizeTarget(r, 600, 3000);
  d.put(J`# Makefile for ${svc(r)}\n# maintainer: ${new Person(r).P(r.pick(['full', 'lower']))}\n\nSHELL := /bin/bash\nVERSION ?= ${L.version(r)}\nCOMMIT := $(shell git rev-parse --short HEAD)\nREGISTRY := registry.${o}.${tld(r)}\n`);
  const n = r.int(2, 5);
  for (let i = 0; i < n; i++) secretKV(d, r, ctx, 'make', ONE_LINE, 0.35, 'upper');
  d.t('\n.PHONY: build push deploy db-dump smoke\n\n');
  const recipes = [
    () => { const u = user(r); const p = S(r, ctx.deck.take(r, ['DOCKER_HUB_PAT', 'GENERIC_PASSWORD', 'REGISTRY_AUTH_TOKEN'])); return J`push:\n\tdocker login -u ${u} -p ${p} $(REGISTRY)\n\tdocker push $(REGISTRY)/app:$(VERSION)\n\n`; },
    () => { const p = S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'ROOT_PASSWORD'])); return J`db-dump:\n\tmysqldump -h ${bareHost(r)} -u root -p${p} --single-transaction shop > dump-$(shell date +%F).sql\n\n`; },
    () => { const t = S(r, ctx.deck.take(r, TOKENISH)); return J`smoke:\n\tcurl -fsS -H "Authorization: Bearer ${t}" https://${hostName(r, o)}/healthz\n\n`; },
    () => { const u = user(r), p = S(r, 'HTTP_URL_PASSWORD'); return J`fetch-assets:\n\tcurl -u ${u}:${p} -o assets.tgz https://files.${o}.${tld(r)}/releases/assets-$(VERSION).tgz\n\n`; },
    () => { const p = S(r, ctx.deck.take(r, ['KEYSTORE_PASSWORD', 'PKCS12_PASSWORD'])); return J`sign:\n\tjarsigner -keystore release.jks -storepass ${p} build/app.jar release\n\n`; },
    () => { const t = S(r, ctx.deck.take(r, ['GENERIC_PASSWORD', 'JFROG_API_KEY', 'ATLASSIAN_APP_PASSWORD'])); return J`helm-repo:\n\thelm repo add internal https://charts.${o}.${tld(r)} --username ci --password ${t}\n\n`; },
    () => J`deploy:\n\tkubectl --context ${r.pick(ENVS)} set image deploy/app app=$(REGISTRY)/app@${L.digest(r)}\n\n`,
    () => { const t = S(r, ctx.deck.take(r, ['SENTRY_ORG_TOKEN', 'SENTRY_USER_TOKEN'])); return J`release:\n\tSENTRY_AUTH_TOKEN=${t} sentry-cli releases new $(VERSION)\n\n`; },
  ];
  while (d.size < target) d.put(r.pick(recipes)());
  return d;
}

// ---------- Dockerfile / compose ----------
function dockerfile(r, ctx) {
  const d = new Doc('dockerfile'); const o = org(r);
  const base = r.pick(['node:20-alpine', 'python:3.12-slim', 'eclipse-temurin:21-jre', 'golang:1.22', 'ruby:3.3', 'debian:bookworm-slim']);
  const m = new Person(r);
  d.put(J`# syntax=docker/dockerfile:1.7\nFROM ${base} AS build\nLABEL maintainer="${m.P()} <${m.email()}>" \\\n      org.opencontainers.image.revision="${L.git_sha(r)}" \\\n      org.opencontainers.image.version="${L.version(r)}"\n`);
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) secretKV(d, r, ctx, r.pick(['docker_arg', 'docker_env', 'docker_env']), ONE_LINE, 0.3, 'upper');
  const runs = [
    () => { const t = S(r, ctx.deck.take(r, ['NPM_ACCESS_TOKEN', 'REGISTRY_AUTH_TOKEN'])); return J`RUN echo "//npm.pkg.${o}.${tld(r)}/:_authToken=${t}" > .npmrc && npm ci && rm .npmrc\n`; },
    () => { const p = S(r, 'HTTP_URL_PASSWORD'); return J`RUN pip install --no-cache-dir --index-url https://${user(r)}:${p}@pkgs.${o}.${tld(r)}/simple -r requirements.txt\n`; },
    () => J`RUN --mount=type=secret,id=api_key API_KEY=$(cat /run/secrets/api_key) ./scripts/prefetch.sh\n`,
    () => J`COPY --from=build /src/dist /app\n`,
    () => { const t = S(r, ctx.deck.take(r, TOKENISH)); return J`RUN curl -sSfL -H "X-Auth: ${t}" https://${hostName(r, o)}/bootstrap.sh | sh\n`; },
    () => J`HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8080/health || exit 1\n`,
    () => J`ENV TZ=Europe/Berlin LANG=C.UTF-8 APP_BUILD=${L.build_number(r)}\n`,
    () => J`RUN echo "app:${S(r, ctx.deck.take(r, ['GENERIC_PASSWORD', 'ROOT_PASSWORD', 'USER_CHOSEN_PASSWORD']))}" | chpasswd\n`,
  ];
  const k = r.int(3, 6); for (let i = 0; i < k; i++) d.put(r.pick(runs)());
  d.put(J`\nFROM ${base}\nWORKDIR /app\nUSER 10001\nEXPOSE ${String(r.pick([8080, 3000, 9000]))}\nCMD ["./server"]\n`);
  return d;
}
function compose(r, ctx) {
  const d = new Doc('compose'); const o = org(r); const target = sizeTarget(r, 700, 3300);
  d.put(J`# docker-compose.${r.pick(['yml', 'override.yml', 'prod.yml'])}\nservices:\n`);
  const svcs = r.sample(['db', 'cache', 'api', 'worker', 'search', 'queue', 'mail', 'proxy'], 6);
  for (const s of svcs) {
    if (d.size > target) break;
    const img = { db: `postgres:${r.int(12, 17)}.${r.int(0, 6)}`, cache: `redis:${r.int(6, 7)}.${r.int(0, 4)}-alpine`, api: `registry.${o}.${tld(r)}/api:${flat(L.version(r).value)}`, worker: `registry.${o}.${tld(r)}/worker@sha256:${r.hex(64)}`, search: `opensearch:${r.int(2, 2)}.${r.int(5, 15)}.0`, queue: `rabbitmq:3.${r.int(10, 13)}-management`, mail: 'mailpit:latest', proxy: `nginx:1.${r.int(22, 27)}` }[s];
    d.t(`  ${s}:\n    image: ${img}\n`);
    const listStyle = r.chance(0.5);
    d.t('    environment:\n');
    const n = r.int(1, 4); const used = new Set();
    for (let i = 0; i < n; i++) {
      const name = ctx.deck.take(r, s === 'db' ? ['DATABASE_PASSWORD', 'ROOT_PASSWORD', 'MONGODB_PASSWORD'] : s === 'cache' ? ['REDIS_PASSWORD'] : s === 'queue' ? ['RABBITMQ_ERLANG_COOKIE', 'GENERIC_PASSWORD'] : s === 'search' ? ['ELASTIC_PASSWORD'] : ONE_LINE);
      const v = S(r, name); let k = keyName(r, name, 0.25, 'upper').replace(/[^A-Z0-9_]/g, '_'); if (used.has(k)) k = k + '_' + r.pick(['OLD', 'NEW', '2', 'REPLICA', 'BACKUP']); if (used.has(k)) continue; used.add(k);
      d.put(listStyle ? J`      - ${k}=${v}\n` : J`      ${k}: ${yamlVal(r, v)}\n`);
    }
    if (r.chance(0.4)) { const [k, v] = fillerKV(r, o); d.put(listStyle ? J`      - ${k}=${v}\n` : J`      ${k}: ${yamlVal(r, v, true)}\n`); }
    if (s === 'cache' && r.chance(0.6)) d.put(J`    command: ["redis-server", "--requirepass", "${S(r, 'REDIS_PASSWORD')}"]\n`);
    if (s === 'proxy') d.put(J`    labels:\n      - "traefik.http.middlewares.auth.basicauth.users=${user(r)}:${L.bcrypt(r)}"\n`);
    d.t(`    restart: unless-stopped\n`);
  }
  return d;
}

// ---------- systemd ----------
function systemd(r, ctx) {
  const d = new Doc('systemd'); const o = org(r); const s = svc(r);
  d.put(J`# /etc/systemd/system/${s}.service\n# ${r.pick(['managed by ansible', 'edited by hand', 'Do not edit: generated'])} ${L.date(r)}\n[Unit]\nDescription=${s} daemon (${o})\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nType=${r.pick(['simple', 'notify', 'exec'])}\nUser=${s}\nWorkingDirectory=/opt/${s}\n`);
  const n = r.int(2, 6);
  for (let i = 0; i < n; i++) {
    if (r.chance(0.7)) secretKV(d, r, ctx, 'systemd', ONE_LINE, 0.3, 'upper');
    else { const [k, v] = fillerKV(r, o); d.put(J`Environment=${k}=${v}\n`); }
  }
  d.t(`EnvironmentFile=-/etc/default/${s}\n`);
  const t = S(r, ctx.deck.take(r, ONE_LINE));
  d.put(r.pick([
    J`ExecStart=/opt/${s}/bin/${s} --listen 0.0.0.0:${String(r.int(7000, 9999))} --${r.pick(['token', 'api-key', 'secret', 'auth', 'key'])}=${t} --log-level info\n`,
    J`ExecStart=/usr/bin/${s} -c /etc/${s}/config.yml -p ${t}\n`,
    J`ExecStartPre=/usr/bin/curl -fsS -H 'X-Token: ${t}' https://${hostName(r, o)}/register\nExecStart=/opt/${s}/run\n`,
  ]));
  d.t(`Restart=on-failure\nRestartSec=5\nLimitNOFILE=65536\n\n[Install]\nWantedBy=multi-user.target\n`);
  if (r.chance(0.6)) {
    const c = new Clock(r);
    d.t(`\n$ journalctl -u ${s} -n 5 --no-pager\n`);
    for (let i = 0; i < r.int(3, 6); i++) { c.tick(); d.put(J`${c.ts('syslog')} ${r.pick(['app01', 'web-3', 'node7'])} ${s}[${String(r.int(300, 40000))}]: ${r.pick([J`accepted connection from ${ip(r)}`, J`request ${L.request_id(r)} completed in ${String(r.int(2, 900))}ms`, J`login ok for ${email(r)} from ${ip(r)}`, J`config reloaded (rev ${L.git_sha(r, true)})`])}\n`); }
  }
  return d;
}

// ---------- nginx / apache ----------
function nginx(r, ctx) {
  const d = new Doc('nginx'); const o = org(r); const h = `${r.pick(['shop', 'api', 'portal', 'admin'])}.${o}.${tld(r)}`;
  d.put(J`# /etc/nginx/conf.d/${h}.conf\nupstream backend {\n    server ${bareHost(r)}:8080 max_fails=3;\n    server 10.${String(r.int(0, 255))}.${String(r.int(0, 255))}.${String(r.int(2, 250))}:8080 backup;\n}\n\nserver {\n    listen 443 ssl http2;\n    server_name ${h};\n    ssl_certificate     /etc/ssl/${h}.crt;\n    ssl_certificate_key /etc/ssl/${h}.key;\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const pick = r.int(0, 4);
    if (pick === 0) d.put(J`    proxy_set_header Authorization "Basic ${basicAuth(r)}";\n`);
    else if (pick === 1) { const nm = ctx.deck.take(r, TOKENISH); d.put(J`    proxy_set_header ${r.pick(['X-Api-Key', 'X-Upstream-Token', 'X-Auth-Token', 'Authorization'])} "${r.chance(0.3) ? 'Bearer ' : ''}${S(r, nm)}";\n`); }
    else if (pick === 2) { const nm = ctx.deck.take(r, TOKENISH); d.put(J`    set $${r.pick(['upstream_key', 'k', 'tok', 'backend_secret', 'x'])} "${S(r, nm)}";\n`); }
    else if (pick === 3) d.put(J`    location /internal/ {\n        allow 10.0.0.0/8;\n        deny all;\n        proxy_pass http://backend;\n        proxy_set_header X-Internal-Secret ${S(r, ctx.deck.take(r, ['HMAC_SIGNING_SECRET', 'WEBHOOK_SIGNING_SECRET', 'GENERIC_API_KEY_BASE62']))};\n    }\n`);
    else d.put(J`    location /metrics { auth_basic "metrics"; auth_basic_user_file /etc/nginx/.htpasswd; }\n    add_header X-Build ${L.build_number(r)} always;\n`);
  }
  d.t('    location / { proxy_pass http://backend; }\n}\n');
  if (r.chance(0.7)) {
    d.t(`\n$ tail -n 6 /var/log/nginx/access.log\n`);
    const c = new Clock(r);
    for (let i = 0; i < r.int(3, 7); i++) {
      c.tick(20000);
      const q = r.chance(0.25) ? J`?${r.pick(['access_token', 'api_key', 'token', 'sig'])}=${S(r, ctx.deck.take(r, TOKENISH))}` : r.chance(0.3) ? J`?order=${L.order_number(r)}` : '';
      d.put(J`${ip(r, r.pick(['pub', 'pub', 'doc', 'v6']))} - ${r.chance(0.3) ? email(r) : '-'} [${c.ts('clf')}] "${r.pick(['GET', 'POST', 'PUT'])} /${r.pick(['api/v2/orders', 'login', 'cart', 'static/app.js', 'account'])}${q} HTTP/1.1" ${String(r.pick([200, 200, 302, 401, 404, 500]))} ${String(r.int(120, 90000))} "-" "Mozilla/5.0"\n`);
    }
  }
  return d;
}
function apache(r, ctx) {
  const d = new Doc('apache'); const o = org(r); const h = `${r.pick(['intranet', 'wiki', 'svn', 'reports'])}.${o}.${tld(r)}`; const adm = new Person(r);
  d.put(J`<VirtualHost *:443>\n    ServerName ${h}\n    ServerAdmin ${adm.email()}\n    DocumentRoot /var/www/${h}\n    SSLEngine on\n    SSLCertificateFile /etc/pki/tls/certs/${h}.pem\n\n`);
  const ldapPw = S(r, ctx.deck.take(r, ['LDAP_BIND_PASSWORD', 'GENERIC_PASSWORD']));
  d.put(J`    <Location />\n        AuthType Basic\n        AuthName "${o} staff"\n        AuthBasicProvider ldap\n        AuthLDAPURL "ldap://${bareHost(r)}:389/ou=people,dc=${o},dc=${tld(r)}?uid"\n        AuthLDAPBindDN "cn=${r.pick(['apache', 'svc-web', 'binduser'])},ou=services,dc=${o},dc=${tld(r)}"\n        AuthLDAPBindPassword ${r.chance(0.5) ? J`"${ldapPw}"` : ldapPw}\n        Require valid-user\n    </Location>\n\n`);
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const nm = ctx.deck.take(r, ONE_LINE); const s = S(r, nm);
    d.put(r.pick([
      J`    SetEnv ${keyName(r, nm, 0.3, 'upper').replace(/[^A-Z0-9_]/g, '_')} ${s}\n`,
      J`    RequestHeader set ${r.pick(['Authorization', 'X-Api-Key', 'X-Service-Token'])} "${r.chance(0.4) ? 'Bearer ' : ''}${s}"\n`,
      J`    SetEnvIf Request_URI "^/hooks" HOOK_SECRET=${s}\n`,
      J`    ProxyPass /legacy/ https://${user(r)}:${S(r, 'HTTP_URL_PASSWORD')}@${hostName(r, o)}/\n`,
    ]));
  }
  d.put(J`    ErrorLog logs/${h}-error.log\n    Header always set X-Revision "${L.git_sha(r, true)}"\n</VirtualHost>\n`);
  if (r.chance(0.6)) { const c = new Clock(r); d.t('\n# error_log excerpt\n'); for (let i = 0; i < r.int(2, 4); i++) { c.tick(); d.put(J`[${c.ts('iso')}] [authnz_ldap:info] [pid ${String(r.int(1000, 30000))}] [client ${ip(r)}:${String(r.int(1024, 65000))}] AH01697: auth_ldap authenticate: user ${new Person(r).handle()} authentication failure\n`); } }
  return d;
}

// ---------- PowerShell ----------
function powershell(r, ctx) {
  const d = new Doc('powershell'); const o = org(r); const a = new Person(r, r.pick(['en_us', 'de', 'nl', 'pl', 'in_lat', 'fr']));
  d.put(J`<#\n.SYNOPSIS\n    ${r.pick(['Nightly export of', 'Rotates', 'Syncs', 'Provisions'])} ${svc(r)} ${r.pick(['accounts', 'reports', 'mailboxes', 'VMs'])}\n.AUTHOR\n    ${a.P()} (${a.email()})\n.VERSION\n    ${L.version(r)}\n#>\nparam([string]$Environment = "${r.pick(ENVS)}")\n$ErrorActionPreference = 'Stop'\n\n`);
  const usr = `${o.toUpperCase()}\\${a.handle().replace(/[^a-z.]/g, '')}`;
  const p = S(r, ctx.deck.take(r, ['POWERSHELL_PLAINTEXT_PASSWORD', 'POWERSHELL_PLAINTEXT_PASSWORD', 'GENERIC_PASSWORD', 'USER_CHOSEN_PASSWORD']));
  d.put(r.pick([
    J`$secure = ConvertTo-SecureString "${p}" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ("${usr}", $secure)\n`,
    J`$cred = [pscredential]::new('${usr}', (ConvertTo-SecureString -String '${p}' -AsPlainText -Force))\n`,
    J`$Password = '${p}'\n$cred = New-Object PSCredential -ArgumentList "${usr}", ($Password | ConvertTo-SecureString -AsPlainText -Force)\n`,
  ]));
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) {
    const nm = ctx.deck.take(r, TOKENISH); const s = S(r, nm);
    d.put(r.pick([
      J`$env:${keyName(r, nm, 0.3, 'upper').replace(/[^A-Z0-9_]/g, '_')} = '${s}'\n`,
      J`$headers = @{ Authorization = "Bearer ${s}"; 'Content-Type' = 'application/json' }\nInvoke-RestMethod -Uri "https://${hostName(r, o)}/v1/${r.pick(['users', 'export', 'jobs'])}" -Headers $headers -Method Get\n`,
      J`$${r.pick(['apiKey', 'k', 'cfg', 'blob', 'tenantColor', 'x'])} = "${s}"\n`,
      J`Set-Secret -Name ${r.pick(['ReportApi', 'Backup', 'Ci'])} -Secret '${s}' -Vault LocalStore\n`,
    ]));
  }
  if (r.chance(0.6)) d.put(J`Connect-AzAccount -ServicePrincipal -Tenant ${L.uuid(r)} -Credential (New-Object PSCredential '${L.uuid(r)}', (ConvertTo-SecureString '${S(r, 'AZURE_CLIENT_SECRET')}' -AsPlainText -Force))\n`);
  if (r.chance(0.5)) d.put(J`net use Z: \\\\${bareHost(r)}\\${r.pick(['finance', 'scans', 'public'])} /user:${usr} ${S(r, ctx.deck.take(r, ['SMB_MOUNT_PASSWORD', 'USER_CHOSEN_PASSWORD']))} /persistent:no\n`);
  d.put(J`Write-Host "done at $(Get-Date -Format o) (build ${L.build_number(r)})"\n`);
  return d;
}

// ---------- Windows .reg ----------
function winreg(r, ctx) {
  const d = new Doc('winreg'); const o = org(r); const u = new Person(r, r.pick(['en_us', 'de', 'fr', 'es', 'it', 'pl', 'tr', 'ja_lat']));
  d.t('Windows Registry Editor Version 5.00\n\n');
  const blocks = [
    () => J`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n"AutoAdminLogon"="1"\n"DefaultDomainName"="${o.toUpperCase()}"\n"DefaultUserName"="${u.handle()}"\n"DefaultPassword"="${S(r, ctx.deck.take(r, ['WINDOWS_AUTOLOGON_PASSWORD', 'USER_CHOSEN_PASSWORD']))}"\n\n`,
    () => J`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion]\n"RegisteredOwner"="${u.P()}"\n"RegisteredOrganization"="${r.pick(COMPANIES)}"\n"InstallDate"=dword:${r.hex(8)}\n"ProductId"="${r.digits(5)}-${r.digits(5)}-${r.digits(5)}-AA${r.digits(3)}"\n\n`,
    () => J`[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\${r.pick(['Reporting', 'ERP', 'Warehouse'])}]\n"Driver"="C:\\\\Program Files\\\\PostgreSQL\\\\psqlodbc35w.dll"\n"Servername"="${bareHost(r)}"\n"Database"="${r.pick(['erp', 'dwh', 'crm'])}"\n"Username"="${user(r)}"\n"Password"="${S(r, ctx.deck.take(r, ['ODBC_PASSWORD', 'DATABASE_PASSWORD']))}"\n\n`,
    () => J`[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\${r.pick(['prod-bastion', 'nas', 'router'])}]\n"HostName"="${hostName(r, o)}"\n"UserName"="${user(r)}"\n"ProxyUsername"="${user(r)}"\n"ProxyPassword"="${S(r, ctx.deck.take(r, ['GENERIC_PASSWORD', 'HTTP_URL_PASSWORD']))}"\n"PortNumber"=dword:00000016\n\n`,
    () => { const nm = ctx.deck.take(r, TOKENISH); return J`[HKEY_LOCAL_MACHINE\\SOFTWARE\\${r.pick(COMPANIES).replace(/[^A-Za-z]/g, '')}\\${r.pick(['Agent', 'Sync', 'Updater'])}]\n"${r.pick(['ApiKey', 'Token', 'ClientSecret', 'Data', 'Value1', 'Cookie'])}"="${S(r, nm)}"\n"LicenseKey"="${L.license_id(r)}"\n"Endpoint"="https://${hostName(r, o)}/agent"\n"LastSync"="${L.timestamp(r)}"\n\n`; },
    () => J`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList\\${L.windows_sid(r)}]\n"ProfileImagePath"="C:\\\\Users\\\\${u.handle()}"\n"Flags"=dword:00000000\n\n`,
    () => J`[HKEY_CURRENT_USER\\Software\\${r.pick(['FileZilla', 'WinSCP 2'])}\\Sessions\\${r.pick(['ftp-partner', 'media', 'backup'])}]\n"HostName"="${hostName(r, o)}"\n"UserName"="${user(r)}"\n"Password"="${S(r, ctx.deck.take(r, ['FTP_PASSWORD', 'GENERIC_PASSWORD']))}"\n\n`,
    () => J`[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Common\\Identity]\n"ADUserName"="${u.email()}"\n"ADUserDisplayName"="${u.P(r.pick(['full', 'formal']))}"\n\n`,
    () => J`[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\Interfaces\\{${L.uuid(r)}}]\n"DhcpIPAddress"="192.168.${String(r.int(0, 5))}.${String(r.int(2, 250))}"\n"EnableDHCP"=dword:00000001\n\n`,
  ];
  const n = r.int(3, 6); for (const b of r.sample(blocks, n)) d.put(b());
  return d;
}

// ---------- crontab ----------
function crontab(r, ctx) {
  const d = new Doc('crontab'); const o = org(r); const owner = new Person(r);
  d.put(J`$ crontab -l\n# m h  dom mon dow   command\n# owner: ${owner.P(r.pick(['lower', 'full', 'given']))} — ping before changing\nMAILTO=${owner.email()}\nSHELL=/bin/bash\n`);
  if (r.chance(0.6)) d.put(J`${r.pick(['PGPASSWORD', 'MYSQL_PWD', 'RESTIC_PASSWORD', 'BORG_PASSPHRASE'])}=${S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'PASSPHRASE', 'GENERIC_PASSWORD']))}\n`);
  const jobs = [
    () => J`*/5 * * * * curl -fsS -m 10 -H "Authorization: Bearer ${S(r, ctx.deck.take(r, TOKENISH))}" https://${hostName(r, o)}/ping > /dev/null\n`,
    () => J`0 3 * * * mysqldump -u${user(r)} -p'${S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'ROOT_PASSWORD']))}' --all-databases | gzip > /backup/db-$(date +\\%F).sql.gz\n`,
    () => J`30 2 * * 0 pg_dump "postgresql://${user(r)}:${S(r, 'DATABASE_URL_PASSWORD')}@${bareHost(r)}:5432/${r.pick(['shop', 'crm'])}" -Fc -f /srv/dumps/weekly.dump\n`,
    () => J`@reboot /opt/${svc(r)}/agent --token=${S(r, ctx.deck.take(r, TOKENISH))} >> /var/log/agent.log 2>&1\n`,
    () => J`15 * * * * AWS_ACCESS_KEY_ID=${S(r, 'AWS_ACCESS_KEY')} AWS_SECRET_ACCESS_KEY=${S(r, 'AWS_SECRET_KEY')} aws s3 sync /srv/uploads s3://${o}-uploads --quiet\n`,
    () => J`0 */6 * * * /usr/local/bin/renew-certs.sh # last run ${L.timestamp(r)}\n`,
    () => J`45 23 * * 1-5 /usr/bin/rsync -az --password-file=/etc/rsync.pw /data/ ${user(r)}@${bareHost(r)}::archive\n`,
    () => J`0 7 * * 1 /opt/report/send.py --to ${email(r)} --smtp-pass '${S(r, ctx.deck.take(r, ['SMTP_PASSWORD', 'SENDGRID_API_KEY']))}'\n`,
    () => J`*/10 * * * * wget -q -O- "https://${hostName(r, o)}/cron?key=${S(r, ctx.deck.take(r, ['GENERIC_API_KEY_HEX', 'GENERIC_API_KEY_BASE62', 'WEBHOOK_SIGNING_SECRET']))}" >/dev/null\n`,
  ];
  const n = r.int(4, 8); for (let i = 0; i < n; i++) d.put(r.pick(jobs)());
  return d;
}

// ---------- Ansible ----------
function ansible(r, ctx) {
  const d = new Doc('ansible'); const o = org(r); const target = sizeTarget(r, 700, 3500);
  d.put(J`---\n# group_vars/${r.pick(['all', 'webservers', 'db', 'prod'])}/vars.yml\nansible_user: ${user(r)}\n`);
  if (r.chance(0.6)) d.put(J`ansible_become_pass: ${yamlVal(r, S(r, ctx.deck.take(r, ['ANSIBLE_VAULT_PASSWORD', 'ROOT_PASSWORD', 'GENERIC_PASSWORD'])))}\n`);
  if (r.chance(0.5)) { d.t('vault_api_token: !vault |\n'); let blob = '$ANSIBLE_VAULT;1.1;AES256'; for (let i = 0; i < r.int(3, 6); i++) blob += '\n          ' + r.hex(80); d.put(J`          ${look('encrypted_blob', blob)}\n`); }
  while (d.size < target) {
    const x = r.float();
    if (x < 0.45) { const nm = ctx.deck.take(r, ONE_LINE); d.put(J`${r.pick(['vault_', '', 'app_', ''])}${keyName(r, nm, 0.3, 'lower')}: ${yamlVal(r, S(r, nm))}\n`); }
    else if (x < 0.6) { d.t(`${r.pick(['app_users', 'admins', 'deploy_users'])}:\n`); for (let i = 0; i < r.int(1, 3); i++) { const p = new Person(r); d.put(J`  - name: ${p.handle()}\n    comment: "${p.P()}"\n    email: ${p.email()}\n    ssh_key: "${L.ssh_public(r, p.handle() + '@laptop')}"\n`); } }
    else if (x < 0.68 && d.size < target - 900) { const k = pemPick(r, ctx, ['EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY']); d.put(J`${r.pick(['tls_key', 'nginx_ssl_key', 'deploy_key', 'ssh_private_key'])}: |\n  ${indentSpan(k, '  ')}\n`); }
    else if (x < 0.78) d.put(J`db_password: "${L.env_reference(r)}"\n`);
    else if (x < 0.88) d.put(J`${r.pick(['mysql_users', 'pg_roles'])}:\n  - name: ${user(r)}\n    password: ${yamlVal(r, S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'GENERIC_PASSWORD'])))}\n    priv: "*.*:SELECT"\n`);
    else { const [k, v] = fillerKV(r, o); d.put(J`${k.toLowerCase()}: ${yamlVal(r, v, true)}\n`); }
  }
  if (r.chance(0.4)) d.put(J`\n# inventory/hosts.ini\n[db]\n${bareHost(r)} ansible_host=10.${String(r.int(0, 9))}.${String(r.int(0, 9))}.${String(r.int(2, 99))} ansible_password=${S(r, ctx.deck.take(r, ['GENERIC_PASSWORD', 'SSHPASS_PASSWORD']))}\n`);
  return d;
}

// ---------- Terraform tfvars / state ----------
function tfvars(r, ctx) {
  const d = new Doc('tfvars'); const o = org(r); const owner = new Person(r);
  d.put(J`# ${r.pick(['terraform.tfvars', 'prod.auto.tfvars', 'secrets.tfvars'])}\nproject     = "${o}-${r.pick(ENVS)}"\nregion      = "${r.pick(['eu-west-1', 'europe-west3', 'westeurope', 'us-east-1'])}"\n`);
  const n = r.int(3, 7);
  for (let i = 0; i < n; i++) { const nm = ctx.deck.take(r, ONE_LINE); d.put(J`${keyName(r, nm, 0.3, 'lower').padEnd(12)}= "${S(r, nm)}"\n`); }
  d.put(J`tags = {\n  owner       = "${owner.P(r.pick(['full', 'lower']))}"\n  contact     = "${owner.email()}"\n  cost_center = "${String(r.int(1000, 9999))}"\n}\nssh_public_key = "${L.ssh_public(r)}"\nallowed_cidrs  = ["10.0.0.0/8", "${String(r.int(11, 200))}.${String(r.int(0, 255))}.${String(r.int(0, 255))}.0/24"]\n`);
  if (r.chance(0.5)) { const k = pemPick(r, ctx, ['RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY']); d.put(J`tls_private_key = <<EOT\n${k}\nEOT\n`); }
  if (r.chance(0.5)) {
    d.put(J`\n# terraform show -json | jq '.values.root_module.resources[0]'\n{\n  "address": "${r.pick(['aws_db_instance.main', 'azurerm_postgresql_server.db', 'google_sql_user.app'])}",\n  "values": {\n    "id": "${L.uuid(r)}",\n    "username": "${user(r)}",\n    "password": "${S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'ROOT_PASSWORD']))}",\n    "engine_version": "${L.version(r)}",\n    "arn": "arn:aws:rds:eu-west-1:${r.digits(12)}:db:${o}"\n  }\n}\n`);
  }
  return d;
}

// ---------- package manager credential files ----------
function npmrc(r, ctx) {
  const d = new Doc('pkgcreds'); const o = org(r); const t = tld(r);
  const files = [
    () => J`==> ~/.npmrc <==\nregistry=https://npm.pkg.${o}.${t}/\n//npm.pkg.${o}.${t}/:_authToken=${S(r, ctx.deck.take(r, ['NPM_ACCESS_TOKEN', 'REGISTRY_AUTH_TOKEN']))}\n//mirror.${o}.${t}/repository/npm/:_auth=${basic(r, user(r), pw.url(r), 'NPM_BASIC_AUTH')}\nemail=${email(r)}\nalways-auth=true\n\n`,
    () => J`==> .yarnrc.yml <==\nnpmRegistryServer: "https://npm.pkg.${o}.${t}"\nnpmAlwaysAuth: true\nnpmAuthToken: ${yamlVal(r, S(r, ctx.deck.take(r, ['NPM_ACCESS_TOKEN', 'REGISTRY_AUTH_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN'])))}\nyarnPath: .yarn/releases/yarn-${L.version(r)}.cjs\n\n`,
    () => J`==> ~/.config/pip/pip.conf <==\n[global]\nindex-url = https://${user(r)}:${S(r, 'HTTP_URL_PASSWORD')}@pkgs.${o}.${t}/pypi/simple\ntimeout = 60\n\n`,
    () => J`==> ~/.pypirc <==\n[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pkgs.${o}.${t}/pypi/\nusername = ${user(r)}\npassword = ${S(r, ctx.deck.take(r, ['GENERIC_PASSWORD', 'GITLAB_DEPLOY_TOKEN', 'JFROG_API_KEY']))}\n\n`,
    () => J`==> ~/.gem/credentials <==\n---\n:rubygems_api_key: ${S(r, 'RUBYGEMS_API_KEY')}\n:internal: ${S(r, ctx.deck.take(r, ['GENERIC_API_KEY_HEX', 'REGISTRY_AUTH_TOKEN']))}\n\n`,
    () => J`==> NuGet.Config <==\n<configuration>\n  <packageSourceCredentials>\n    <internal>\n      <add key="Username" value="${user(r)}" />\n      <add key="ClearTextPassword" value="${S(r, ctx.deck.take(r, ['NUGET_API_KEY', 'AZURE_DEVOPS_PAT', 'GENERIC_PASSWORD']))}" />\n    </internal>\n  </packageSourceCredentials>\n</configuration>\n\n`,
    () => J`==> ~/.m2/settings.xml <==\n<settings>\n  <servers>\n    <server>\n      <id>${o}-releases</id>\n      <username>${user(r)}</username>\n      <password>${S(r, ctx.deck.take(r, ['GENERIC_PASSWORD', 'JFROG_API_KEY', 'GITLAB_PERSONAL_ACCESS_TOKEN']))}</password>\n    </server>\n  </servers>\n</settings>\n\n`,
    () => J`==> ~/.cargo/credentials.toml <==\n[registries.${o}]\ntoken = "${S(r, ctx.deck.take(r, ['REGISTRY_AUTH_TOKEN', 'GENERIC_API_KEY_BASE62']))}"\n\n`,
    () => J`==> auth.json <==\n{\n  "http-basic": {\n    "repo.${o}.${t}": { "username": "${user(r)}", "password": "${S(r, ctx.deck.take(r, ['GENERIC_PASSWORD', 'HTTP_URL_PASSWORD']))}" }\n  },\n  "bearer": { "satis.${o}.${t}": "${S(r, ctx.deck.take(r, TOKENISH))}" }\n}\n\n`,
    () => J`==> ~/.config/gh/hosts.yml <==\ngit.${o}.${t}:\n    user: ${new Person(r).handle()}\n    oauth_token: ${S(r, ctx.deck.take(r, ['GITHUB_OAUTH_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN']))}\n    git_protocol: https\n\n`,
  ];
  d.t(`$ head -n 40 ${r.pick(['~/.npmrc .yarnrc.yml', '*rc *.conf', 'config files'])}\n`);
  for (const f of r.sample(files, r.int(2, 4))) d.put(f());
  return d;
}

// ---------- netrc / pgpass / my.cnf / git-credentials / s3cfg / rclone ----------
function credfiles(r, ctx) {
  const d = new Doc('credfiles'); const o = org(r); const t = tld(r);
  const files = [
    () => { let s = J`==> ~/.netrc <==\n`; const parts = [s]; for (let i = 0; i < r.int(1, 3); i++) parts.push(r.chance(0.5) ? J`machine ${hostName(r, o)} login ${user(r)} password ${S(r, ctx.deck.take(r, ['NETRC_PASSWORD', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'GENERIC_PASSWORD']))}\n` : J`machine ${hostName(r, o)}\n  login ${new Person(r).email().value}\n  password ${S(r, ctx.deck.take(r, ['NETRC_PASSWORD', 'HEROKU_API_KEY', 'BEARER_TOKEN']))}\n`); parts.push('\n'); return { parts }; },
    () => { const parts = [J`==> ~/.pgpass <==\n# hostname:port:database:username:password\n`]; for (let i = 0; i < r.int(1, 4); i++) parts.push(J`${r.pick([bareHost(r), hostName(r, o), '*'])}:${r.pick(['5432', '6432', '*'])}:${r.pick(['*', 'app', 'analytics', 'postgres'])}:${user(r)}:${S(r, ctx.deck.take(r, ['PGPASS_PASSWORD', 'PGPASS_PASSWORD', 'DATABASE_PASSWORD']))}\n`); parts.push('\n'); return { parts }; },
    () => J`==> ~/.my.cnf <==\n[client]\nuser=${user(r)}\npassword="${S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'ROOT_PASSWORD']))}"\nhost=${bareHost(r)}\n\n[mysqldump]\npassword=${S(r, 'DATABASE_PASSWORD')}\n\n`,
    () => J`==> ~/.git-credentials <==\nhttps://${new Person(r).handle()}:${S(r, ctx.deck.take(r, ['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'ATLASSIAN_APP_PASSWORD', 'GITHUB_FINE_GRAINED_PAT']))}@git.${o}.${t}\nhttps://oauth2:${S(r, ctx.deck.take(r, ['GITLAB_PERSONAL_ACCESS_TOKEN', 'GITLAB_DEPLOY_TOKEN']))}@code.${o}.${t}\n\n`,
    () => J`==> ~/.s3cfg <==\n[default]\naccess_key = ${S(r, 'AWS_ACCESS_KEY')}\nsecret_key = ${S(r, 'AWS_SECRET_KEY')}\nhost_base = s3.${o}.${t}\nuse_https = True\n\n`,
    () => J`==> ~/.config/rclone/rclone.conf <==\n[${r.pick(['backup', 'media', 'offsite'])}]\ntype = ${r.pick(['s3', 'webdav', 'sftp'])}\nuser = ${user(r)}\npass = ${S(r, ctx.deck.take(r, ['GENERIC_API_KEY_BASE64', 'GENERIC_PASSWORD']))}\naccess_key_id = ${S(r, ctx.deck.take(r, ['ALIBABA_ACCESS_KEY_ID', 'AWS_ACCESS_KEY', 'TENCENT_SECRET_ID']))}\nsecret_access_key = ${S(r, ctx.deck.take(r, ['MINIO_SECRET_KEY', 'ALIBABA_ACCESS_KEY_SECRET', 'TENCENT_SECRET_KEY']))}\n\n`,
    () => J`==> ~/.aws/credentials <==\n[default]\naws_access_key_id = ${S(r, 'AWS_ACCESS_KEY')}\naws_secret_access_key = ${S(r, 'AWS_SECRET_KEY')}\n\n[${r.pick(['ci', 'sandbox', 'legacy'])}]\naws_access_key_id = ${S(r, 'AWS_TEMPORARY_ACCESS_KEY')}\naws_secret_access_key = ${S(r, 'AWS_SECRET_KEY')}\naws_session_token = ${S(r, 'AWS_SESSION_TOKEN')}\n\n`,
    () => J`==> /etc/wpa_supplicant/wpa_supplicant.conf <==\nnetwork={\n    ssid="${r.pick(['FRITZ!Box 7590', 'Office-5G', 'Casa Rossi', 'Lab'])}"\n    psk="${S(r, 'WIFI_PSK')}"\n    key_mgmt=WPA-PSK\n}\n\n`,
    () => J`==> /etc/snmp/snmpd.conf <==\nrocommunity ${S(r, 'SNMP_COMMUNITY')} 10.0.0.0/8\nsyslocation "${r.pick(['Rack 4, DC Frankfurt', 'Server room 2'])}"\nsyscontact ${email(r)}\n\n`,
    () => J`==> /etc/freeradius/3.0/clients.conf <==\nclient ${r.pick(['ap-floor2', 'vpn-gw', 'switch-core'])} {\n    ipaddr = 10.${String(r.int(0, 20))}.${String(r.int(0, 255))}.${String(r.int(2, 250))}\n    secret = ${S(r, 'RADIUS_SHARED_SECRET')}\n    shortname = ${r.pick(['ap2', 'vpn', 'core'])}\n}\n\n`,
    () => J`==> /etc/ipsec.secrets <==\n# site-to-site ${r.pick(['Frankfurt', 'Lyon', 'Porto'])}\n%any ${String(r.int(11, 200))}.${String(r.int(0, 255))}.${String(r.int(0, 255))}.${String(r.int(1, 254))} : PSK "${S(r, 'IPSEC_PRESHARED_KEY')}"\n\n`,
    () => J`==> /etc/wireguard/wg0.conf <==\n[Interface]\nPrivateKey = ${S(r, 'WIREGUARD_PRIVATE_KEY')}\nAddress = 10.66.0.${String(r.int(2, 250))}/24\n\n[Peer]\nPublicKey = ${look('public_key', r.bytes(32).toString('base64'))}\nPresharedKey = ${S(r, 'WIREGUARD_PRESHARED_KEY')}\nEndpoint = vpn.${o}.${t}:51820\n\n`,
  ];
  for (const f of r.sample(files, r.int(2, 4))) d.put(f());
  return d;
}

// ---------- INI / properties / app config ----------
function appconfig(r, ctx) {
  const d = new Doc('appconfig'); const o = org(r); const t = tld(r);
  const variant = r.int(0, 6);
  if (variant === 0) { // Spring application.properties
    d.put(J`# application-${r.pick(ENVS)}.properties\nspring.application.name=${svc(r)}\nspring.datasource.url=jdbc:${r.pick(['postgresql', 'mysql'])}://${bareHost(r)}:5432/${r.pick(['app', 'billing'])}\nspring.datasource.username=${user(r)}\nspring.datasource.password=${S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'GENERIC_PASSWORD']))}\nspring.mail.host=smtp.${o}.${t}\nspring.mail.password=${S(r, ctx.deck.take(r, ['SMTP_PASSWORD', 'SENDGRID_API_KEY']))}\nspring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${user(r)}" password="${S(r, ctx.deck.take(r, ['KAFKA_SASL_PASSWORD', 'CONFLUENT_API_SECRET']))}";\nserver.ssl.key-store-password=${S(r, 'KEYSTORE_PASSWORD')}\ninfo.app.version=${L.version(r)}\n`);
  } else if (variant === 1) { // appsettings.json
    d.put(J`{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ConnectionStrings": {\n    "Default": "Server=${bareHost(r)};Database=${r.pick(['Shop', 'Crm'])};User Id=${user(r)};Password=${S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'ODBC_PASSWORD']))};TrustServerCertificate=True",\n    "Storage": "DefaultEndpointsProtocol=https;AccountName=${o}store;AccountKey=${S(r, 'AZURE_STORAGE_ACCOUNT_KEY')};EndpointSuffix=core.${t}",\n    "Exports": "https://${o}files.blob.${tld(r)}/exports?sv=2022-11-02&ss=b&srt=sco&sp=rwl&se=2026-01-01T00:00:00Z&spr=https&sig=${S(r, 'AZURE_SAS_SIGNATURE')}",
    "Bus": "Endpoint=sb://${o}-bus.${t}/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${S(r, 'AZURE_SERVICE_BUS_KEY')}"\n  },\n  "AzureAd": { "TenantId": "${L.uuid(r)}", "ClientId": "${L.uuid(r)}", "ClientSecret": "${S(r, 'AZURE_CLIENT_SECRET')}" },\n  "Build": "${L.build_number(r)}"\n}\n`);
  } else if (variant === 2) { // wp-config.php
    d.put(J`<?php\n/** ${r.pick(['WordPress', 'Shop'])} config — ${L.date(r)} */\ndefine( 'DB_NAME', '${o}_wp' );\ndefine( 'DB_USER', '${user(r)}' );\ndefine( 'DB_PASSWORD', '${S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'USER_CHOSEN_PASSWORD']))}' );\ndefine( 'DB_HOST', '${bareHost(r)}' );\ndefine( 'AUTH_KEY',         '${S(r, 'SESSION_SECRET')}' );\ndefine( 'SECURE_AUTH_SALT', '${S(r, 'SESSION_SECRET')}' );\ndefine( 'SMTP_PASS', '${S(r, 'SMTP_PASSWORD')}' );\n$table_prefix = 'wp_';\n`);
  } else if (variant === 3) { // Django settings.py
    d.put(J`# settings/production.py\nimport os\nDEBUG = False\nSECRET_KEY = "${S(r, 'DJANGO_SECRET_KEY')}"\nALLOWED_HOSTS = ["${hostName(r, o)}"]\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "HOST": "${bareHost(r)}",\n        "USER": "${user(r)}",\n        "PASSWORD": "${S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'GENERIC_PASSWORD']))}",\n    }\n}\nEMAIL_HOST_PASSWORD = os.environ.get("EMAIL_PW", "${S(r, 'SMTP_PASSWORD')}")\nSTRIPE_SECRET = "${S(r, ctx.deck.take(r, ['STRIPE_SECRET_KEY', 'STRIPE_RESTRICTED_KEY']))}"\nADMINS = [("${new Person(r).P()}", "${email(r)}")]\n`);
  } else if (variant === 4) { // Rails database.yml + credentials
    d.put(J`# config/database.yml\nproduction:\n  adapter: postgresql\n  host: ${bareHost(r)}\n  username: ${user(r)}\n  password: ${yamlVal(r, S(r, ctx.deck.take(r, ['DATABASE_PASSWORD', 'GENERIC_PASSWORD'])))}\n  pool: 10\n\n# config/master.key\n${S(r, 'RAILS_MASTER_KEY')}\n\n# .env.production\nSECRET_KEY_BASE=${S(r, 'SESSION_SECRET')}\nAPP_KEY=${S(r, 'LARAVEL_APP_KEY')}\n`);
  } else if (variant === 5) { // TOML
    d.put(J`# config.toml\n[server]\nbind = "0.0.0.0:${String(r.int(3000, 9000))}"\nrelease = "${L.version(r)}"\n\n[database]\nurl = "postgres://${user(r)}:${S(r, 'DATABASE_URL_PASSWORD')}@${bareHost(r)}/app"\n\n[auth]\njwt_secret = "${S(r, 'JWT_SIGNING_SECRET')}"\n${r.pick(['session_key', 'cookie_secret', 'k'])} = "${S(r, ctx.deck.take(r, ['SESSION_SECRET', 'ENCRYPTION_KEY', 'NEXTAUTH_SECRET']))}"\n\n[integrations]\n${keyName(r, 'GENERIC_API_KEY_HEX', 0.4, 'lower')} = "${S(r, ctx.deck.take(r, TOKENISH))}"\n${r.pick(['analytics', 'search', 'mail'])}_key = "${S(r, ctx.deck.take(r, TOKENISH))}"\n`);
  } else { // php.ini / odbc.ini / ldap.conf
    d.put(J`; /etc/odbc.ini\n[${r.pick(['Warehouse', 'Legacy', 'Reports'])}]\nDriver=PostgreSQL Unicode\nServername=${bareHost(r)}\nPort=5432\nUID=${user(r)}\nPWD=${S(r, 'ODBC_PASSWORD')}\n\n# /etc/ldap.secret\n${S(r, 'LDAP_BIND_PASSWORD')}\n\n; /etc/php/8.2/fpm/pool.d/www.conf\nenv[${r.pick(['API_KEY', 'MAILER_DSN', 'X'])}] = ${S(r, ctx.deck.take(r, TOKENISH))}\nenv[REDIS_URL] = redis://:${S(r, 'REDIS_PASSWORD')}@${bareHost(r)}:6379/0\n`);
  }
  const extra = r.int(1, 4);
  for (let i = 0; i < extra; i++) { const [k, v] = fillerKV(r, o); d.put(J`# ${k.toLowerCase()}: ${v}\n`); }
  return d;
}

// ---------- Kubernetes ----------
function k8s(r, ctx) {
  const d = new Doc('k8s'); const o = org(r); const ns = r.pick(['default', 'payments', 'platform', svc(r)]); const nmS = svc(r);
  d.put(J`$ kubectl get secret ${nmS}-env -n ${ns} -o yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  creationTimestamp: "${L.timestamp(r, 'isoz')}"\n  name: ${nmS}-env\n  namespace: ${ns}\n  resourceVersion: "${L.k8s_resource_version(r)}"\n  uid: ${L.uuid(r)}\ntype: Opaque\ndata:\n`);
  const n = r.int(2, 6);
  for (let i = 0; i < n; i++) {
    const nm = r.pick(ONE_LINE.filter((n) => !/PRIVATE_KEY|JWT|TOKEN$/.test(n) || r.chance(0.3))); const raw = V(r, nm);
    d.put(J`  ${keyName(r, nm, 0.3, 'upper').replace(/[^A-Za-z0-9_.-]/g, '_')}: ${k8sData(r, raw)}\n`);
  }
  if (r.chance(0.6)) {
    d.t('---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app-plain\nstringData:\n');
    for (let i = 0; i < r.int(1, 3); i++) { const nm = ctx.deck.take(r, ONE_LINE); d.put(J`  ${keyName(r, nm, 0.3)}: ${yamlVal(r, S(r, nm))}\n`); }
    if (r.chance(0.35)) d.put(J`  ${r.pick(['jwt-signing.pem', 'sftp_key', 'key.pem'])}: |\n    ${indentSpan(pemPick(r, ctx, ['EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'RSA_PRIVATE_KEY']), '    ')}\n`);
  }
  if (r.chance(0.5)) {
    const u = user(r), p = pw.url(r);
    const cfg = JSON.stringify({ auths: { [`registry.${o}.${tld(r)}`]: { username: u, password: p, auth: Buffer.from(`${u}:${p}`).toString('base64') } } });
    d.put(J`---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${sec('KUBERNETES_SECRET_DATA', Buffer.from(cfg).toString('base64'))}\n`);
  }
  if (r.chance(0.4)) d.put(J`---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${svc(r)}-cfg\n  resourceVersion: "${L.k8s_resource_version(r)}"\ndata:\n  LOG_LEVEL: info\n  RELEASE: "${L.version(r)}"\n  IMAGE: "registry.${o}.${tld(r)}/app@${L.digest(r)}"\n  SUPPORT_CONTACT: "${email(r)}"\n`);
  if (r.chance(0.3)) d.put(J`---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-${o}\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${look('certificate', Buffer.from(flat(L.certificate(r, `*.${o}.example`).value)).toString('base64'))}\n  tls.key: ${sec('KUBERNETES_SECRET_DATA', Buffer.from(V(r, r.pick(['EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY'])) + '\n').toString('base64'))}\n`);
  return d;
}

// ---------- docker config ----------
function dockerconfig(r, ctx) {
  const d = new Doc('dockerconfig'); const o = org(r);
  const regs = r.sample([`registry.${o}.example`, `cr.${o}.test`, `harbor.${o}.example:8443`, `${r.digits(12)}.dkr.ecr.eu-west-1.${o}.invalid`, `mirror.${o}.test`], r.int(1, 3));
  d.t(r.pick(['$ cat ~/.docker/config.json\n', '$ cat ${XDG_RUNTIME_DIR}/containers/auth.json\n', '// config.json\n']));
  d.t('{\n  "auths": {\n');
  regs.forEach((g, i) => { const u = r.chance(0.5) ? user(r) : new Person(r).handle(); d.put(J`    "${g}": {\n      "auth": "${basic(r, u, r.chance(0.5) ? pw.url(r) : V(r, r.pick(['DOCKER_HUB_PAT', 'GITLAB_DEPLOY_TOKEN', 'GENERIC_API_KEY_BASE62'])), 'DOCKER_REGISTRY_AUTH')}"${r.chance(0.3) ? J`,\n      "email": "${email(r)}"` : ''}\n    }${i < regs.length - 1 ? ',' : ''}\n`); });
  d.t('  },\n');
  if (r.chance(0.4)) d.put(J`  "identitytoken": "${S(r, ctx.deck.take(r, ['OAUTH_REFRESH_TOKEN', 'JWT_TOKEN']))}",\n`);
  d.put(J`  "HttpHeaders": { "User-Agent": "Docker-Client/${L.version(r)} (linux)"${r.chance(0.5) ? J`, "X-Meta-Source-Client": "${S(r, ctx.deck.take(r, TOKENISH))}"` : ''} },\n  "credsStore": "${r.pick(['desktop', 'pass', 'secretservice'])}"\n}\n`);
  if (r.chance(0.6)) d.put(J`\n$ echo '${S(r, ctx.deck.take(r, ['DOCKER_HUB_PAT', 'GENERIC_PASSWORD', 'GITLAB_DEPLOY_TOKEN']))}' | docker login ${regs[0]} -u ${user(r)} --password-stdin\nWARNING! Your credentials are stored unencrypted in '/home/${new Person(r).handle().replace(/[^a-z]/g, '')}/.docker/config.json'.\nLogin Succeeded\n`);
  return d;
}

// ---------- CI configs ----------
function ciconfig(r, ctx) {
  const d = new Doc('ciconfig'); const o = org(r); const v = r.int(0, 3);
  if (v === 0) {
    d.put(J`name: release\non:\n  push:\n    tags: ["v*"]\nenv:\n  REGISTRY: registry.${o}.${tld(r)}\n  NODE_AUTH_TOKEN: ${L.env_reference(r, 'NPM_TOKEN')}\njobs:\n  build:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@${L.git_sha(r)}\n      - uses: actions/setup-node@${look('version', 'v' + r.int(3, 4))}\n        with:\n          node-version: ${L.version(r)}\n      - run: npm ci && npm run build\n        env:\n          ${r.pick(['SENTRY_AUTH_TOKEN', 'API_KEY', 'DEBUG_TOKEN', 'TURBO_TOKEN'])}: ${S(r, ctx.deck.take(r, TOKENISH))}\n          STRIPE_KEY: ${L.env_reference(r, 'STRIPE_KEY')}\n      - name: notify\n        run: curl -X POST -H 'Content-Type: application/json' -d '{"text":"released"}' https://hooks.chat.${o}.${tld(r)}/services/T${r.str(9, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')}/B${r.str(10, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')}/${S(r, 'CHAT_WEBHOOK_SECRET')}\n`);
  } else if (v === 1) {
    d.put(J`# .gitlab-ci.yml\nvariables:\n  DOCKER_DRIVER: overlay2\n  ${r.pick(['SONAR_TOKEN', 'SONAR_LOGIN', 'QUALITY_KEY'])}: "${S(r, ctx.deck.take(r, ['SONARQUBE_USER_TOKEN', 'SONARQUBE_PROJECT_TOKEN']))}"\n  DEPLOY_PASSWORD: ${L.env_reference(r, 'DEPLOY_PASSWORD')}\n\nstages: [test, deploy]\n\ndeploy:\n  stage: deploy\n  image: alpine:${L.version(r)}\n  script:\n    - apk add curl\n    - curl --fail -X POST -F token=${S(r, 'GITLAB_PIPELINE_TRIGGER_TOKEN')} -F ref=main https://code.${o}.${tld(r)}/api/v4/projects/${String(r.int(10, 999))}/trigger/pipeline\n    - echo "${S(r, ctx.deck.take(r, TOKENISH))}" > .token\n  only: [main]\n`);
    if (r.chance(0.5)) d.put(J`\n# pasted from CI/CD settings by mistake\nvariables:\n  SSH_PRIVATE_KEY: |\n    ${indentSpan(pemPick(r, ctx, ['OPENSSH_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'RSA_PRIVATE_KEY']), '    ')}\n`);
  } else if (v === 2) {
    d.put(J`// Jenkinsfile\npipeline {\n  agent { label 'linux' }\n  environment {\n    ${r.pick(['ARTIFACTORY_KEY', 'REPO_TOKEN', 'X_KEY'])} = '${S(r, ctx.deck.take(r, ['JFROG_API_KEY', 'GENERIC_API_KEY_BASE62']))}'\n    SLACK_TOKEN = credentials('slack-bot')\n    VERSION = '${L.version(r)}'\n  }\n  stages {\n    stage('Publish') {\n      steps {\n        sh 'mvn -B deploy -Dmaven.password=${S(r, ctx.deck.take(r, ['GENERIC_PASSWORD', 'KEYSTORE_PASSWORD']))}'\n        sh "curl -u admin:${S(r, 'JENKINS_API_TOKEN')} https://ci.${o}.${tld(r)}/job/downstream/build"\n      }\n    }\n  }\n  post { failure { mail to: '${email(r)}', subject: "Build ${L.build_number(r)} failed" } }\n}\n`);
  } else {
    d.put(J`# azure-pipelines.yml\ntrigger: [main]\npool: { vmImage: ubuntu-latest }\nvariables:\n  buildConfiguration: Release\n  ${r.pick(['pat', 'feedKey', 'artifactsKey'])}: ${S(r, 'AZURE_DEVOPS_PAT')}\nsteps:\n  - script: dotnet nuget push out/*.nupkg --api-key ${S(r, 'NUGET_API_KEY')} --source internal\n  - script: az login --service-principal -u ${L.uuid(r)} -p ${S(r, 'AZURE_CLIENT_SECRET')} --tenant ${L.uuid(r)}\n  - script: echo $(System.AccessToken) # ${L.placeholder(r)}\n`);
  }
  return d;
}

// ---------- PEM key material ----------
function pemfiles(r, ctx) {
  const d = new Doc('keyfile'); const o = org(r); const v = r.int(0, 4);
  if (v === 0) { const k = pemPick(r, ctx); d.put(J`$ cat ${r.pick(['~/.ssh/id_deploy', 'certs/server.key', 'secrets/signing.pem', 'backup/key.asc'])}\n${k}\n`); if (r.chance(0.5) && d.size < 2200) d.put(J`\n$ cat certs/fullchain.pem\n${L.certificate(r, hostName(r, o))}\n`); if (r.chance(0.6)) d.put(J`$ ssh-keygen -lf ~/.ssh/id_deploy.pub\n256 ${L.ssh_fingerprint(r)} ${user(r)}@${r.pick(['build-01', 'laptop'])} (ED25519)\n`); }
  else if (v === 1) { // GCP-style service account json
    const k = S(r, ctx.deck.take(r, ['PKCS8_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'RSA_PRIVATE_KEY']));
    d.put(J`{\n  "type": "service_account",\n  "project_id": "${o}-${r.pick(ENVS)}-${r.digits(4)}",\n  "private_key_id": "${L.key_id(r)}",\n  "private_key": "${escSpan(k)}\\n",\n  "client_email": "${r.pick(['deployer', 'bq-reader', 'ci'])}@${o}.iam.example",\n  "client_id": "${r.digits(21)}",\n  "auth_uri": "https://accounts.${o}.example/o/oauth2/auth",\n  "token_uri": "https://oauth2.${o}.example/token"\n}\n`);
  } else if (v === 2) { // yaml with indented block
    const k = pemPick(r, ctx, ['EC_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY']);
    const pad = r.pick(['    ', '      ', '  ']);
    d.put(J`# values.${r.pick(ENVS)}.yaml\ningress:\n  host: ${hostName(r, o)}\n  tls:\n${pad.slice(2)}  certificate: |\n${pad}${indentSpan(L.certificate(r, hostName(r, o)), pad)}\n${pad.slice(2)}  key: |\n${pad}${indentSpan(k, pad)}\n`);
  } else if (v === 3) { // PGP + public key + fingerprint
    const p = new Person(r); const uid = `${p.latin ? p.full : p.latinGiven() + ' ' + p.latinFamily()} <${p.emailLocal()}@${o}.example>`;
    d.put(J`$ gpg --list-secret-keys --keyid-format long\nsec   ed25519/${look('key_id', r.HEX(16))} ${L.date(r, 'iso')} [SC]\n      ${L.gpg_fingerprint(r)}\nuid                 [ultimate] ${p.P()} <${p.email(o + '.example')}>\n\n$ gpg --export-secret-keys --armor ${r.HEX(8)}\n${S(r, 'PGP_PRIVATE_KEY_BLOCK', { uid })}\n`);
    ctx.deck.note('PGP_PRIVATE_KEY_BLOCK');
  } else { // JSON with escaped key + JWK-ish + public PEM
    const k = pemPick(r, ctx, ['EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'DSA_PRIVATE_KEY']);
    d.put(J`{"kid":"${L.key_id(r)}","alg":"${r.pick(['ES256', 'EdDSA', 'RS256'])}","private_pem":"${escSpan(k)}","public_pem":"${mapText(L.pem_public(r), (s) => s.replace(/\n/g, '\\n'))}","created":"${L.timestamp(r, 'iso')}"}\n`);
  }
  return d;
}

export const CONFIG_KINDS = { dotenv, makefile, dockerfile, compose, systemd, nginx, apache, powershell, winreg, crontab, ansible, tfvars, pkgcreds: npmrc, credfiles, appconfig, k8s, dockerconfig, ciconfig, keyfile: pemfiles };
