// blind17 document kinds. Each kind: head(c), line(c) repeated until the target size, tail(c).
import { S, P, L, txt } from './lib.mjs';
import * as pii from './pii.mjs';
import { pem, humanPassword, PEM_TYPES } from './secrets.mjs';

const ts = (c) => c.la((k) => k === 'timestamp');
const two = (n) => String(n).padStart(2, '0');
const plainDate = (r) => `2026-${two(r.int(1, 12))}-${two(r.int(1, 28))}`;
const ODD_KEYS = ['zz_blob', 'k1', 'partner_handshake', 'the_thing', 'vendorCred', 'svc.auth.material', 'opaque', 'sigil', 'x_internal_ref_secret', 'bridge_key', 'magic', 'PASS_PHRASE_OLD', 'creds_primary', 'upstream_auth', 'sync_cookie', 'legacy_shared', 'hush', 'kv_unseal', 'auth_str', 'mtls_pw', 'BACKEND_SALT'];
const keyOf = (c, s) => (c.r.chance(0.35) ? c.r.pick(ODD_KEYS) : s.key || 'secret');
const infraIp = (r) => `10.${r.int(0, 40)}.${r.int(0, 255)}.${r.int(2, 250)}`;
const user = (r) => r.pick(['admin', 'deploy', 'app', 'svc_etl', 'root', 'jenkins', 'report_ro', 'backup', 'mlops', 'kiosk01']);
const host = (r) => r.pick(['db-01', 'pg-primary', 'mysql.internal.example', 'cache-02', 'mq.corp.example', 'mongo-rs0', 'ftp.partner.test', 'bastion', 'build-03.ci.test']);

// a secret inside a command line / connection string / URL (value only labelled)
function cmdSecret(c) {
  const { r, sec } = c; const u = user(r); const h = host(r); const p = sec.urlPassword();
  return r.pick([
    () => ['mysql -u ', u, " -p'", p, "' -h ", h, ' --database=orders'],
    () => ['psql "postgresql://', u, ':', p, '@', h, ':5432/app?sslmode=require"'],
    () => ['curl -sS -u ', u, ':', p, ' https://api.vendor.example/v2/export'],
    () => { const s = sec.plain(); return ['curl -H "Authorization: Bearer ', s, '" https://api.corp.example/v1/me']; },
    () => { const s = sec.noPrefix(); return ['curl "https://hooks.partner.test/ingest?api_key=', s, '&fmt=json"']; },
    () => ['docker login -u ', u, ' -p ', p, ' registry.corp.example'],
    () => ['redis-cli -h ', h, ' -a ', p, ' INFO keyspace'],
    () => ["sshpass -p '", p, "' ssh ", u, '@', h],
    () => { const s = sec.of('AWS_SECRET_KEY'); return ['aws configure set aws_secret_access_key ', s]; },
    () => { const s = sec.plain(); return ['git clone https://oauth2:', s, '@git.corp.example/platform/infra.git']; },
    () => ['mongosh "mongodb://', u, ':', p, '@', h, ':27017/admin?authSource=admin"'],
    () => ['helm upgrade api ./chart --set db.password=', p, ' --set image.tag=', c.la((k) => k === 'version')],
    () => ['export ', keyOf(c, p).toUpperCase().replace(/[^A-Z0-9_]/g, '_'), '=', p],
    () => ['htpasswd -b /etc/nginx/.htpasswd ', u, ' ', p],
    () => ['lftp -u ', u, ',', p, ' sftp://', h],
    () => ['amqp://', u, ':', p, '@', h, ':5672/%2f'],
    () => ['jdbc:mysql://', h, ':3306/app?user=', u, '&password=', p, '&useSSL=true'],
    () => ['Server=', h, ';Database=Billing;User Id=', u, ';Password=', p, ';Encrypt=True;'],
    () => { const s = sec.noPrefix(); return ['wget --header="X-Api-Key: ', s, '" https://files.partner.test/dump.csv']; },
    () => ['smbclient //fs01/share -U ', u, '%', p],
  ])();
}

// secret in prose, several languages
function proseSecret(c) {
  const { r, sec } = c; const s = r.chance(0.5) ? sec.noPrefix() : sec.password(); const u = user(r);
  return r.pick([
    () => ['the new key for staging is ', s, ', old one is revoked'],
    () => ['passwd for the box: ', s, ' (user ', u, ')'],
    () => ['login ', u, ' / ', s],
    () => ['el nuevo token de producción es ', s, ', no lo compartas'],
    () => ['das Passwort für den Server lautet ', s, ' – bitte nach dem Login ändern'],
    () => ['le mot de passe du compte ', u, ' est ', s],
    () => ['新しいAPIキーは ', s, ' です。'],
    () => ['пароль от сервера: ', s],
    () => ['a senha do banco é ', s, ' (usuário ', u, ')'],
    () => ['la chiave API aggiornata è ', s],
    () => ['can you rotate it? current secret = ', s],
    () => ['creds are ', u, ' and ', s, ', don\'t paste them in the channel pls'],
    () => ['het wachtwoord is ', s],
    () => ['ok I reset it, pw is now ', s],
  ])();
}

function proseLine(c) {
  const { r } = c; const p1 = pii.person(r), p2 = pii.person(r);
  const lc = r.chance(0.3);
  return r.pick([
    () => [p1, ' flew from ', pii.city(r, lc), ' to ', pii.city(r), ' last Tuesday and met ', p2, ' near the harbour.'],
    () => ['After the storm, ', p1, ' drove down to ', pii.city(r, lc), ' to check on the house at ', pii.street(r, 'us'), '.'],
    () => ['Spoke with ', p1, ' who is relocating to ', pii.country(r), '; she can be reached on ', pii.phone(r), '.'],
    () => ['En la reunión, ', p1, ' explicó que la oficina de ', pii.city(r), ' se muda a ', pii.street(r, 'es'), '.'],
    () => [p1, ' wohnt seit März in der ', pii.street(r, 'de'), ' in ', pii.city(r), ' und ist unter ', pii.phone(r, 'DE'), ' erreichbar.'],
    () => ['Hier soir, ', p1, ' a retrouvé ', p2, ' au café du ', pii.street(r, 'fr'), ', à deux pas de la gare de ', pii.city(r), '.'],
    () => [p1, 'さんは', pii.city(r), 'から', pii.city(r), 'へ引っ越しました。連絡先は', pii.phone(r, 'JP'), 'です。'],
    () => ['we stayed two nights in ', pii.city(r, true), ' then took the bus up to ', pii.city(r, true), ', where ', p1, ' had booked a room.'],
    () => ['Client ', p1, ' reported that her neighbour ', p2, ' moved out of ', pii.street(r, 'uk'), ' in ', pii.city(r), '.'],
    () => ['Reporter ', p1, ', writing from ', pii.city(r), ', said the minister met ', p2, ' in ', pii.country(r), ' on Friday.'],
    () => [p1, ' ligou de ', pii.city(r), ' pelo ', pii.phone(r, 'BR'), ' e pediu para enviar os documentos para ', pii.street(r, 'pt'), '.'],
    () => ['Our driver ', pii.firstName(r), ' picked us up at ', pii.street(r, 'in'), ' and we reached ', pii.city(r), ' by noon.'],
    () => ['Case note: ', p1, ' (mother) and ', p2, ' attended; family lives at ', pii.street(r), ', ', pii.city(r), '. Call back ', pii.phone(r), '.'],
    () => ['Переговоры с ', p1, ' прошли в ', pii.city(r), '; следующая встреча — в ', pii.country(r), '.'],
    () => ['hey its ', pii.firstName(r), ', landed in ', pii.city(r, true), ' 🙂 text me at ', pii.phone(r), ' or mail ', pii.email(r, p1)],
    () => ['Volunteer ', p1, ' (', pii.email(r, p1), ') will host the workshop at ', pii.street(r, 'nl'), ', ', pii.city(r), '.'],
  ])();
}

const LANGS = ['python', 'js', 'go', 'java', 'ruby', 'php', 'rust', 'csharp', 'kotlin', 'swift', 'bash', 'c', 'scala', 'ts'];

export const KINDS = {
  env: { head: (c) => [`# ${c.r.pick(['.env.production', '.env.local', 'service.env', 'docker.env'])}\nNODE_ENV=production\nDB_HOST=`, infraIp(c.r), '\n'],
    line: (c) => { const { r, sec } = c; const s = r.chance(0.4) ? sec.noPrefix() : sec.plain(); return r.pick([
      () => [keyOf(c, s).toUpperCase().replace(/[^A-Z0-9_]/g, '_'), '=', s, '\n'],
      () => [keyOf(c, s).toUpperCase().replace(/[^A-Z0-9_]/g, '_'), '="', s, '"\n'],
      () => ['SUPPORT_CONTACT=', pii.email(c.r), '\nOWNER_NAME="', pii.person(r), '"\n'],
      () => ['PLACEHOLDER_TOKEN=', c.la((k) => k === 'placeholder'), '\nREF=', c.la((k) => k === 'env_reference'), '\n'],
      () => ['RELEASE_SHA=', c.la((k) => k === 'git_sha'), '\nBUILD_ID=', c.la((k) => k === 'uuid'), '\n'],
    ])(); } },
  yaml_config: { head: () => ['# config.yaml\nservice:\n  name: billing\n  listen: 0.0.0.0:8080\n'],
    line: (c) => { const { r, sec } = c; const s = sec.next(); return r.pick([
      () => [`  ${keyOf(c, s).replace(/[^A-Za-z0-9_]/g, '_')}: "`, s, '"\n'],
      () => ['database:\n  host: ', host(r), '\n  user: ', user(r), '\n  password: ', sec.urlPassword(), '\n'],
      () => ['  owner:\n    name: ', pii.person(r), '\n    email: ', pii.email(r), '\n    phone: "', pii.phone(r), '"\n'],
      () => ['  image: registry.corp.example/billing@', c.la((k) => k === 'digest'), '\n  version: ', c.la((k) => k === 'version'), '\n'],
      () => ['  tls_key: |\n    ', pem(r, r.pick(['ec', 'ed25519']), 'indent:4'), '\n'],
      () => ['  fallback_secret: ', c.la((k) => k === 'env_reference'), '\n'],
    ])(); } },
  toml_config: { head: () => ['# settings.toml\n[server]\nport = 8443\n'],
    line: (c) => { const { r, sec } = c; const s = sec.next(); return r.pick([
      () => [`\n[${r.pick(['auth', 'upstream', 'vendor', 'queue'])}]\n${keyOf(c, s).replace(/[^A-Za-z0-9_]/g, '_')} = "`, s, '"\n'],
      () => ['\n[maintainer]\nname = "', pii.person(r), '"\nemail = "', pii.email(r), '"\n'],
      () => ['\n[package]\nversion = "', c.la((k) => k === 'version'), '"\nchecksum = "', c.la((k) => k === 'hash'), '"\n'],
      () => ['\n[db]\nurl = "postgres://', user(r), ':', sec.urlPassword(), '@', host(r), '/main"\n'],
    ])(); } },
  ini_config: { head: () => ['; app.ini\n[general]\nlog_level=info\n'],
    line: (c) => { const { r, sec } = c; const s = sec.next(); return r.pick([
      () => [`[${r.pick(['smtp', 'ldap', 'api', 'partner'])}]\n${keyOf(c, s)}=`, s, '\n'],
      () => ['[contact]\nname=', pii.person(r), '\nmobile=', pii.phone(r), '\n'],
      () => ['[ldap]\nbind_dn=cn=', user(r), ',dc=corp,dc=example\nbind_pw=', sec.of('LDAP_BIND_PASSWORD'), '\n'],
      () => ['[build]\ncommit=', c.la((k) => k === 'git_sha'), '\nrequest=', c.la((k) => k === 'request_id'), '\n'],
    ])(); } },
  properties: { head: () => ['# application.properties\nspring.application.name=ledger\nserver.port=8080\n'],
    line: (c) => { const { r, sec } = c; const s = sec.next(); return r.pick([
      () => [`${r.pick(['spring.datasource', 'app.vendor', 'integration.crm', 'mail'])}.${keyOf(c, s).replace(/[^A-Za-z0-9_.]/g, '')}=`, s, '\n'],
      () => ['spring.datasource.url=jdbc:postgresql://', host(r), ':5432/ledger\nspring.datasource.password=', sec.urlPassword(), '\n'],
      () => ['app.admin.contact=', pii.email(r), '\napp.admin.hotline=', pii.phone(r), '\n'],
      () => ['app.secret.placeholder=', c.la((k) => k === 'placeholder'), '\napp.build.time=', ts(c), '\n'],
    ])(); } },
  json_config: { head: () => ['{\n  "service": "notifier",\n'],
    line: (c) => { const { r, sec } = c; const s = sec.next(); return r.pick([
      () => [`  "${keyOf(c, s)}": "`, s, '",\n'],
      () => ['  "owner": {"name": "', pii.person(r), '", "email": "', pii.email(r), '"},\n'],
      () => ['  "signing_key": "', pem(r, r.pick(['ec', 'ed25519', 'openssh']), 'escaped'), '",\n'],
      () => ['  "lock": {"integrity": "', c.la((k) => k === 'integrity'), '", "resolved_version": "', c.la((k) => k === 'version'), '"},\n'],
    ])(); }, tail: () => ['  "enabled": true\n}\n'] },
  xml_config: { head: () => ['<?xml version="1.0" encoding="UTF-8"?>\n<configuration>\n'],
    line: (c) => { const { r, sec } = c; const s = sec.next(); return r.pick([
      () => [`  <add key="${keyOf(c, s)}" value="`, s, '" />\n'],
      () => ['  <connectionStrings><add name="main" connectionString="Server=', host(r), ';User Id=', user(r), ';Password=', sec.urlPassword(), ';" /></connectionStrings>\n'],
      () => ['  <contact><name>', pii.person(r), '</name><tel>', pii.phone(r), '</tel></contact>\n'],
      () => ['  <build id="', c.la((k) => k === 'uuid'), '" commit="', c.la((k) => k === 'git_sha'), '" />\n'],
    ])(); }, tail: () => ['</configuration>\n'] },
  hcl: { head: () => ['terraform {\n  required_version = ">= 1.6"\n}\n'],
    line: (c) => { const { r, sec } = c; const s = sec.next(); return r.pick([
      () => [`\nvariable "${keyOf(c, s).replace(/[^A-Za-z0-9_]/g, '_')}" {\n  default = "`, s, '"\n}\n'],
      () => ['\nresource "aws_db_instance" "main" {\n  username = "', user(r), '"\n  password = "', sec.urlPassword(), '"\n}\n'],
      () => ['\nprovider "aws" {\n  access_key = "', sec.of('AWS_ACCESS_KEY'), '"\n  secret_key = "', sec.of('AWS_SECRET_KEY'), '"\n}\n'],
      () => ['\n# owner: ', pii.person(r), ' <', pii.email(r), '>\nlocals { role = "', c.la((k) => k === 'aws_arn'), '" }\n'],
    ])(); } },
  k8s_manifest: { head: (c) => ['apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  resourceVersion: "', c.la((k) => k === 'k8s_resource_version'), '"\n  uid: ', c.la((k) => k === 'uuid'), '\ntype: Opaque\ndata:\n'],
    line: (c) => { const { r, sec } = c; return r.pick([
      () => [`  ${r.pick(['password', 'db-pass', 'token', 'smtp_pw', 'seed'])}: `, sec.of('K8S_SECRET_DATA'), '\n'],
      () => { const s = sec.next(); return [`  # stringData\n  ${keyOf(c, s).replace(/[^A-Za-z0-9_.-]/g, '')}: "`, s, '"\n']; },
      () => ['  .dockerconfigjson-auth: ', sec.of('DOCKER_CONFIG_AUTH'), '\n'],
      () => ['  # maintained by ', pii.person(r), ' ', pii.email(r), '\n'],
      () => ['  image-digest: ', c.la((k) => k === 'digest'), '\n'],
    ])(); } },
  app_log: { head: () => [''],
    line: (c) => { const { r, sec } = c; return r.pick([
      () => [ts(c), ' INFO  http ', pii.ipClient(r), ' "GET /api/v1/orders/', c.la((k) => k === 'order_number'), '" 200 req=', c.la((k) => k === 'request_id'), '\n'],
      () => [ts(c), ' WARN  auth login failed user=', pii.email(r), ' ip=', pii.ipClient(r), '\n'],
      () => [ts(c), ' DEBUG outbound headers={"Authorization":"Bearer ', sec.plain(), '"} trace=', c.la((k) => k === 'trace_id'), '\n'],
      () => [ts(c), ' INFO  profile updated name="', pii.person(r), '" phone="', pii.phone(r), '" city=', pii.city(r), '\n'],
      () => [ts(c), ' ERROR payment declined card=', c.la((k) => k === 'invalid_card' || k === 'vendor_test_card'), ' amount=', c.la((k) => k === 'price'), '\n'],
      () => [ts(c), ' DEBUG config loaded ', keyOf(c, { key: 'api_key' }), '=', sec.noPrefix(), '\n'],
      () => [ts(c), ' INFO  sso callback id_token=', sec.of('JWT'), ' nonce=', c.la((k) => k === 'nonce'), '\n'],
      () => [ts(c), ' INFO  meta ref=', c.la(), ' other=', c.la(), '\n'],
    ])(); } },
  source_code: { head: (c) => { c.lang = c.r.pick(LANGS); return [`// file: src/${c.lang}/client (${c.lang})\n`]; },
    line: (c) => { const { r, sec } = c; const s = r.chance(0.5) ? sec.noPrefix() : sec.plain(); const k = keyOf(c, s).replace(/[^A-Za-z0-9_]/g, '_');
      const assign = { python: [`${k.toUpperCase()} = "`, '"\n'], js: [`const ${k} = '`, "';\n"], ts: [`export const ${k}: string = "`, '";\n'], go: [`var ${k} = "`, '"\n'], java: [`private static final String ${k.toUpperCase()} = "`, '";\n'], ruby: [`${k.toUpperCase()} = '`, "'.freeze\n"], php: [`$${k} = '`, "';\n"], rust: [`const ${k.toUpperCase()}: &str = "`, '";\n'], csharp: [`private const string ${k} = "`, '";\n'], kotlin: [`val ${k} = "`, '"\n'], swift: [`let ${k} = "`, '"\n'], bash: [`${k.toUpperCase()}='`, "'\n"], c: [`static const char *${k} = "`, '";\n'], scala: [`val ${k} = "`, '"\n'] }[c.lang];
      return r.pick([
        () => [assign[0], s, assign[1]],
        () => [`// TODO(${r.pick(['ops', 'me'])}): ask `, pii.person(r), ' for the prod key, use ', c.la((kk) => kk === 'placeholder'), ' for now\n'],
        () => [assign[0], c.la((kk) => kk === 'uuid' || kk === 'hash' || kk === 'public_key'), assign[1]],
        () => [`// fixture: card `, c.la((kk) => kk === 'vendor_test_card'), ', contact ', pii.email(r), '\n'],
        () => ['// password for local test db: ', sec.password(), '\n'],
      ])(); } },
  shell_history: { head: () => [''],
    line: (c) => { const { r } = c; return r.pick([
      () => [`${r.int(100, 2000)}  `, cmdSecret(c), '\n'],
      () => [`${r.int(100, 2000)}  `, cmdSecret(c), '\n'],
      () => [`${r.int(100, 2000)}  git checkout `, c.la((k) => k === 'short_sha'), '\n'],
      () => [`${r.int(100, 2000)}  ssh ops@`, c.la((k) => k === 'hostname'), '\n'],
      () => [`${r.int(100, 2000)}  docker pull registry.corp.example/api@`, c.la((k) => k === 'digest'), '\n'],
      () => [`${r.int(100, 2000)}  echo "`, c.la((k) => k === 'env_reference'), '"\n'],
    ])(); } },
  ci_output: { head: (c) => ['Run #', c.la((k) => k === 'build_number'), ' on runner build-07\n'],
    line: (c) => { const { r, sec } = c; return r.pick([
      () => ['[deploy] using token ', sec.plain(), '\n'],
      () => ['+ ', cmdSecret(c), '\n'],
      () => ['Step 4/9 : FROM node@', c.la((k) => k === 'digest'), '\n'],
      () => ['Resolved ', c.la((k) => k === 'semver_range'), ' -> ', c.la((k) => k === 'version'), ' (', c.la((k) => k === 'integrity'), ')\n'],
      () => ['Triggered by ', pii.person(r), ' <', pii.email(r), '> at ', ts(c), '\n'],
      () => ['Secrets masked: ', c.la((k) => k === 'env_reference'), '\n'],
      () => ['artifact ', c.la(), ' ', c.la(), '\n'],
    ])(); } },
  cloud_cli: { head: () => ['$ aws sts get-caller-identity && aws iam list-access-keys --output json\n'],
    line: (c) => { const { r, sec } = c; return r.pick([
      () => ['{"AccessKeyId": "', sec.of('AWS_ACCESS_KEY'), '", "SecretAccessKey": "', sec.of('AWS_SECRET_KEY'), '", "Status": "Active"}\n'],
      () => ['{"Arn": "', c.la((k) => k === 'aws_arn'), '", "RequestId": "', c.la((k) => k === 'uuid'), '"}\n'],
      () => ['$ gcloud auth print-access-token\n', sec.of('OAUTH_ACCESS_TOKEN'), '\n'],
      () => ['$ az storage account keys list\n[{"keyName":"key1","value":"', sec.of('AZURE_STORAGE_KEY'), '"}]\n'],
      () => ['{"Owner": "', pii.email(r), '", "Example": "', c.la((k) => k === 'aws_example_key'), '"}\n'],
      () => ['$ doctl auth init -t ', sec.of('DIGITALOCEAN_TOKEN'), '\n'],
    ])(); } },
  git_output: { head: (c) => ['commit ', c.la((k) => k === 'git_sha'), '\nAuthor: ', pii.person(c.r), ' <', pii.email(c.r), '>\n\n'],
    line: (c) => { const { r, sec } = c; return r.pick([
      () => ['commit ', c.la((k) => k === 'git_sha'), '\nAuthor: ', pii.person(r), ' <', pii.email(r), '>\nDate:   Mon Mar 3 10:12:44 2026 +0100\n\n    ', r.pick(['fix retry', 'bump deps', 'rotate creds', 'add fixtures']), '\n\n'],
      () => { const s = sec.next(); return ['-', keyOf(c, s), ' = "', c.la((k) => k === 'placeholder'), '"\n+', keyOf(c, s), ' = "', s, '"\n']; },
      () => ['index ', c.la((k) => k === 'short_sha'), '..', c.la((k) => k === 'short_sha'), ' 100644\n'],
      () => ['Merge: ', c.la((k) => k === 'short_sha'), ' ', c.la((k) => k === 'short_sha'), '\n'],
    ])(); } },
  stack_trace: { head: () => ['Traceback (most recent call last):\n'],
    line: (c) => { const { r, sec } = c; return r.pick([
      () => [`  File "/srv/app/${r.pick(['db', 'client', 'auth'])}.py", line ${r.int(10, 900)}, in connect\n    conn = connect(dsn="postgresql://`, user(r), ':', sec.urlPassword(), '@', host(r), '/prod")\n'],
      () => ['  locals: user_email=', pii.email(r), ' user_name=', pii.person(r), ' remote=', pii.ipClient(r), '\n'],
      () => ['  locals: api_key=\'', sec.noPrefix(), '\' request_id=', c.la((k) => k === 'request_id'), '\n'],
      () => ['    at com.corp.billing.Charge.run(Charge.java:', String(r.int(10, 400)), ') card=', c.la((k) => k === 'invalid_card'), '\n'],
      () => ['  thread ', c.la((k) => k === 'uuid'), ' at ', ts(c), '\n'],
    ])(); }, tail: () => ['psycopg.OperationalError: connection failed\n'] },
  grep_output: { head: () => ['$ grep -rn -i "secret\\|passw\\|token" .\n'],
    line: (c) => { const { r, sec } = c; const f = r.pick(['deploy/values.yaml', 'scripts/sync.sh', 'old/config.bak', 'notes.txt', 'src/settings.py']); return r.pick([
      () => { const s = r.chance(0.5) ? sec.noPrefix() : sec.next(); return [`${f}:${r.int(1, 300)}:${keyOf(c, s)}: `, s, '\n']; },
      () => [`${f}:${r.int(1, 300)}:  password: `, c.la((k) => k === 'placeholder' || k === 'env_reference'), '\n'],
      () => [`${f}:${r.int(1, 300)}:# token rotated by `, pii.person(r), ' on ', plainDate(r), '\n'],
      () => [`${f}:${r.int(1, 300)}:`, proseSecret(c), '\n'],
      () => [`${f}:${r.int(1, 300)}:checksum=`, c.la((k) => k === 'hash'), '\n'],
    ])(); } },
  json_api: { head: () => ['HTTP/1.1 200 OK\ncontent-type: application/json\n\n{"data": [\n'],
    line: (c) => { const { r, sec } = c; const p = pii.person(r); return r.pick([
      () => ['  {"id": "', c.la((k) => k === 'uuid'), '", "name": "', p, '", "email": "', pii.email(r, p), '", "phone": "', pii.phone(r), '", "city": "', pii.city(r), '", "created": ', ts(c), '},\n'],
      () => ['  {"id": "', c.la((k) => k === 'crm_id'), '", "ip": "', pii.ipClient(r), '", "card_last_order": "', c.la((k) => k === 'order_number'), '"},\n'],
      () => ['  {"session": {"jwt": "', c.sec.of('JWT'), '", "ref": "', c.la(), '"}},\n'],
      () => ['  {"webhook": {"secret": "', sec.next(), '", "etag": "', c.la((k) => k === 'etag'), '"}},\n'],
      () => ['  {"payout": {"iban": "', pii.iban(r), '", "holder": "', p, '", "amount": "', c.la((k) => k === 'price'), '"}},\n'],
    ])(); }, tail: () => ['  {}\n]}\n'] },
  crm_export: { head: () => ['id,full_name,email,phone,street,city,country,notes\n'],
    line: (c) => { const { r } = c; const p = pii.person(r); return [c.la((k) => k === 'crm_id'), ',"', p, '",', pii.email(r, p), ',"', pii.phone(r), '","', pii.street(r), '",', pii.city(r), ',', pii.country(r), ',"', r.pick(['VIP', 'churn risk', 'prefers phone', 'do not call']), '"\n']; } },
  sql_dump: { head: () => ['-- PostgreSQL dump\nCOPY public.customers (id, name, email, ssn, dob, card, zip) FROM stdin;\n'],
    line: (c) => { const { r } = c; return r.pick([
      () => [String(r.int(1, 99999)), '\t', pii.person(r), '\t', pii.email(r), '\t', pii.ssn(r), '\t', pii.dob(r), '\t', pii.card(r), '\t', pii.ZIPS(r), '\n'],
      () => [String(r.int(1, 99999)), '\t', pii.person(r), '\t', pii.email(r), '\t', c.la((k) => k === 'invalid_ssn'), '\t', pii.dob(r), '\t', c.la((k) => k === 'invalid_card'), '\t', pii.ZIPS(r), '\n'],
      () => ["INSERT INTO users (login, password_plain) VALUES ('", user(r), "', '", c.sec.password(), "');\n"],
      () => ["INSERT INTO payouts VALUES ('", pii.iban(r), "', '", c.la((k) => k === 'invalid_iban'), "');\n"],
    ])(); } },
  support_ticket: { head: (c) => ['Ticket ', c.la((k) => k === 'ticket_id'), ' | priority: high\nRequester: ', pii.person(c.r), '\n\n'],
    line: (c) => { const { r } = c; return r.pick([
      () => ['Customer says the card ending in ', String(r.int(1000, 9999)), ' was charged twice for order ', c.la((k) => k === 'order_number'), '. Full number on file: ', pii.card(r), '.\n'],
      () => ['Callback number ', pii.phone(r), ', alternate email ', pii.email(r), '.\n'],
      () => ['Agent note: user pasted their login (', user(r), ') and password ', c.sec.password(), ' into the chat, advised reset.\n'],
      () => [proseLine(c), '\n'],
      () => ['Tracking ', c.la((k) => k === 'tracking_number'), ' shows delivery to ', pii.street(r), ', ', pii.city(r), '.\n'],
    ])(); } },
  email: { head: (c) => { const p = pii.person(c.r); return ['From: ', p, ' <', pii.email(c.r, p), '>\nTo: ', pii.email(c.r), '\nSubject: ', c.r.pick(['access for the new contractor', 'Re: invoice', 'trip next week', 'server creds']), '\n\n']; },
    line: (c) => { const { r } = c; return r.pick([
      () => [proseLine(c), '\n'],
      () => [proseSecret(c), '\n'],
      () => ['Invoice ', c.la((k) => k === 'invoice_number'), ' for ', c.la((k) => k === 'price'), ' please wire to ', pii.iban(r), '.\n'],
      () => ['Best,\n', pii.person(r), '\n', pii.phone(r), '\n'],
    ])(); } },
  chat: { head: () => ['#ops-private (export)\n'],
    line: (c) => { const { r } = c; const who = txt(pii.firstName(r)).toLowerCase(); return r.pick([
      () => [`[${two(r.int(0, 23))}:${two(r.int(0, 59))}] ${who}: `, proseSecret(c), '\n'],
      () => [`[${two(r.int(0, 23))}:${two(r.int(0, 59))}] ${who}: `, proseLine(c), '\n'],
      () => [`[${two(r.int(0, 23))}:${two(r.int(0, 59))}] ${who}: `, 'deploy of ', c.la((k) => k === 'short_sha'), ' done, see ', c.la((k) => k === 'ticket_id'), '\n'],
      () => [`[${two(r.int(0, 23))}:${two(r.int(0, 59))}] ${who}: `, 'cmd was `', cmdSecret(c), '`\n'],
    ])(); } },
  hr_record: { head: (c) => ['EMPLOYEE FILE — CONFIDENTIAL\nEmployer: ', c.r.pick(pii.COMPANIES), '\n'],
    line: (c) => { const { r } = c; const p = pii.person(r); return r.pick([
      () => ['Name: ', p, '\nDOB: ', pii.dob(r), '\nSSN: ', pii.ssn(r), '\nHome: ', pii.street(r, 'us'), ', ', pii.city(r), ' ', pii.ZIPS(r), '\n'],
      () => ['Tax ID (ITIN): ', pii.itin(r), '\nPassport: ', pii.passport(r), '\nDriver license: ', pii.driverLicense(r), '\n'],
      () => ['Direct deposit: routing ', pii.aba(r), ', account ', pii.bankNumber(r), '\n'],
      () => ['Emergency contact: ', pii.person(r), ', ', pii.phone(r), '\n'],
      () => ['Manager notes: ', proseLine(c), '\n'],
    ])(); } },
  medical_record: { head: () => ['PATIENT SUMMARY\n'],
    line: (c) => { const { r } = c; const doc = pii.person(r, 'en'); return r.pick([
      () => ['Patient: ', pii.person(r), '  NHS No: ', pii.nhs(r), '  DOB: ', pii.dob(r), '\n'],
      () => ['Prescriber: Dr ', doc, ' DEA ', pii.dea(r, txt(doc).split(' ').slice(-1)[0]), '\n'],
      () => ['Address: ', pii.street(r, 'uk'), ', ', pii.city(r), '. Tel ', pii.phone(r, 'GB'), '\n'],
      () => ['Lab ref ', c.la((k) => k === 'batch_lot'), ', old NHS no. on file ', c.la((k) => k === 'invalid_nhs'), ' (rejected)\n'],
      () => ['Notes: ', proseLine(c), '\n'],
    ])(); } },
  bank_statement: { head: (c) => ['STATEMENT  ', c.r.pick(pii.COMPANIES), '\nAccount holder: ', pii.person(c.r), '\nIBAN: ', pii.iban(c.r), '\n\n'],
    line: (c) => { const { r } = c; return r.pick([
      () => [plainDate(r), '  SEPA transfer to ', pii.person(r), ' ', pii.iban(r), '  ', c.la((k) => k === 'price'), '\n'],
      () => [plainDate(r), '  card ', pii.card(r), '  ', c.la((k) => k === 'price'), '\n'],
      () => [plainDate(r), '  returned: invalid IBAN ', c.la((k) => k === 'invalid_iban'), '\n'],
      () => [plainDate(r), '  ACH acct ', pii.bankNumber(r), ' routing ', pii.aba(r), '\n'],
      () => [plainDate(r), '  BTC withdrawal to ', pii.btc(r), ' ref ', c.la((k) => k === 'uuid'), '\n'],
    ])(); } },
  travel_itinerary: { head: (c) => ['ITINERARY  booking ', c.la((k) => k === 'booking_ref'), '\nTraveller: ', pii.person(c.r), '  Passport ', pii.passport(c.r), '\n\n'],
    line: (c) => { const { r } = c; return r.pick([
      () => ['Flight ', r.pick(['LX', 'TP', 'JL', 'AZ']), String(r.int(100, 999)), ' ', pii.city(r), ' → ', pii.city(r), ', departs ', ts(c), '\n'],
      () => ['Hotel: ', pii.street(r), ', ', pii.city(r), ', ', pii.country(r), ', tel ', pii.phone(r), '\n'],
      () => ['Day ', String(r.int(1, 9)), ': ', proseLine(c), '\n'],
      () => ['Paid with ', pii.card(r), ' total ', c.la((k) => k === 'price'), '\n'],
    ])(); } },
  tax_form: { head: () => ['FORM 1040 WORKSHEET (draft)\n'],
    line: (c) => { const { r } = c; return r.pick([
      () => ['Taxpayer: ', pii.person(r), '  SSN ', pii.ssn(r), '\n'],
      () => ['Spouse: ', pii.person(r), '  ITIN ', pii.itin(r), '\n'],
      () => ['Refund to account ', pii.bankNumber(r), ' (routing ', pii.aba(r), ')\n'],
      () => ['Address: ', pii.street(r, 'us'), ', ', pii.city(r), ' ', pii.ZIPS(r), '\n'],
      () => ['Rejected SSN ', c.la((k) => k === 'invalid_ssn'), ' on line 6c\n'],
    ])(); } },
  markdown_doc: { head: () => ['# Onboarding\n\n'],
    line: (c) => { const { r, sec } = c; return r.pick([
      () => ['Ask ', pii.person(r), ' (', pii.email(r), ') for VPN access.\n\n'],
      () => ['```bash\n', cmdSecret(c), '\n```\n\n'],
      () => ['Set `API_KEY` to ', c.la((k) => k === 'placeholder'), ' locally; CI injects ', c.la((k) => k === 'env_reference'), '.\n\n'],
      () => ['> temporary shared login: `', user(r), '` / `', sec.password(), '`\n\n'],
      () => ['Pinned: ', c.la((k) => k === 'version'), ' (', c.la((k) => k === 'git_sha'), ')\n\n'],
      () => ['Refs: ', c.la(), ', ', c.la(), '\n\n'],
    ])(); } },
  meeting_notes: { head: (c) => ['Meeting notes ', plainDate(c.r), '\nAttendees: ', pii.person(c.r), ', ', pii.person(c.r), ', ', pii.person(c.r), '\n\n'],
    line: (c) => { const { r } = c; return r.pick([
      () => ['- ', proseLine(c), '\n'],
      () => ['- action: ', pii.firstName(r), ' to call ', pii.person(r), ' at ', pii.phone(r), '\n'],
      () => ['- ', proseSecret(c), '\n'],
      () => ['- follow up on ', c.la((k) => k === 'ticket_id'), '\n'],
    ])(); } },
  wiki_page: { head: () => ['= Runbook: database failover =\n\n'],
    line: (c) => { const { r, sec } = c; return r.pick([
      () => ['On-call: ', pii.person(r), ', ', pii.phone(r), '\n'],
      () => ['Break-glass account: ', user(r), ' / ', sec.password(), '\n'],
      () => ['Connection: ', cmdSecret(c), '\n'],
      () => ['Primary host ', c.la((k) => k === 'hostname'), ', MAC ', c.la((k) => k === 'mac_address'), '\n'],
      () => ['Legacy key (', c.r.pick(['rotated', 'still live?']), '):\n', pem(r, r.pick(PEM_TYPES)), '\n'],
    ])(); } },
  narrative: { head: () => [''],
    line: (c) => [proseLine(c), c.r.pick([' ', '\n', '\n\n'])] },
  pem_bundle: { head: () => ['# keys/ (do not commit)\n'],
    line: (c) => { const { r } = c; return r.pick([
      () => [pem(r, r.pick(PEM_TYPES)), '\n'],
      () => ['# public half: ', c.la((k) => k === 'public_key'), '\n'],
      () => ['# fingerprint ', c.la((k) => k === 'hash'), ' owner ', pii.email(r), '\n'],
    ])(); } },
};
export const KIND_NAMES = Object.keys(KINDS);
