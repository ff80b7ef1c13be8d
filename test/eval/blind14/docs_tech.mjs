// blind14 technical tool outputs: logs, source code, shell history, CI, cloud CLI, git, traces, grep, APIs, exports, dumps.
import { rng, S } from './lib.mjs';
import * as P from './pii.mjs';
import { anySecret, noPrefixSecret, humanPw, urlPw, secret, oneLine, keyFor, pem, urlPassword, humanPassword, jwt } from './secrets.mjs';
import { look, anyLook, HOSTS, uuidStr } from './lookalikes.mjs';
import { sec1, entry } from './docs_config.mjs';

const ts = () => look('timestamp');
const noQ = (o) => !/["'\\`$]/.test(o.v);
const path = () => rng.pick(['/api/v1/orders', '/login', '/v2/users/me', '/checkout/confirm', '/healthz', '/graphql', '/oauth/token', '/admin/export']);

const LANGS = {
  python: (d) => { const o = sec1(noQ); d.m('import os\nimport requests\n\n', keyFor(o.e, 'UPPER'), ' = "', o, '"  # FIXME\nBASE = "https://', rng.pick(HOSTS.filter(h => h.includes('.'))), '/v1"\n\ndef fetch(uid):\n    return requests.get(f"{BASE}/users/{uid}", headers={"Authorization": f"Bearer {', keyFor(o.e, 'UPPER'), '}"}, timeout=10)\n\nDB = dict(user="report", password="', urlPw('POSTGRES_PASSWORD'), '", host="db-01")\nFALLBACK = os.environ.get("API_KEY", "', look('placeholder'), '")\n'); },
  javascript: (d) => { const o = sec1(noQ); d.m("const axios = require('axios');\nconst client = axios.create({\n  baseURL: 'https://", rng.pick(HOSTS.filter(h => h.includes('.'))), "',\n  headers: { 'x-api-key': '", o, "' },\n});\n// request id format: ", look('request_id'), "\nmodule.exports = { client, version: '", look('version'), "' };\n"); },
  typescript: (d) => { const o = sec1(noQ); d.m('export const config = {\n  stripe: process.env.STRIPE_KEY ?? "', secret('STRIPE_SECRET_KEY'), '",\n  ', keyFor(o.e, 'camel'), ': "', o, '",\n  brand: "', look('hex_color'), '",\n  sentryRelease: "', look('git_sha'), '",\n} as const;\n'); },
  go: (d) => { d.m('package main\n\nimport "database/sql"\n\nconst dsn = "', rng.pick(['appuser', 'root']), ':', urlPw('MYSQL_PASSWORD'), '@tcp(mysql-primary:3306)/shop?parseTime=true"\n\nvar webhookSecret = []byte("', secret(rng.pick(['WEBHOOK_SIGNING_SECRET', 'HMAC_SECRET', 'STRIPE_WEBHOOK_SECRET'])), '")\n\nfunc open() (*sql.DB, error) { return sql.Open("mysql", dsn) }\n'); },
  java: (d) => { const o = sec1(noQ); d.m('public final class PartnerClient {\n    private static final String API_SECRET = "', o, '";\n    private static final String USER = "', rng.pick(['svc_partner', 'integration']), '";\n    private static final String PASS = "', humanPw('USER_PASSWORD'), '";\n    // build ', look('build_number'), ' / ', look('uuid'), '\n}\n'); },
  csharp: (d) => { d.m('var conn = new SqlConnection("Server=tcp:sql-01,1433;Initial Catalog=Billing;User ID=billing;Password=', S(urlPassword().replace(/[;"]/g, '!'), 'MSSQL_PASSWORD'), ';");\nvar key = "', sec1(noQ), '";\nConsole.WriteLine($"started {DateTime.UtcNow} build ', look('version'), '");\n'); },
  ruby: (d) => { d.m("Rails.application.configure do\n  config.x.partner_token = '", sec1(noQ), "'\n  config.action_mailer.smtp_settings = { user_name: 'postmaster', password: '", urlPw('SMTP_PASSWORD'), "', address: 'smtp.mail.test' }\nend\n"); },
  php: (d) => { d.m("<?php\ndefine('DB_PASSWORD', '", urlPw('MYSQL_PASSWORD'), "');\ndefine('AUTH_KEY', '", secret('WORDPRESS_AUTH_KEY'), "');\n$apiKey = '", sec1(noQ), "';\n"); },
  rust: (d) => { d.m('const SIGNING_KEY: &str = "', secret(rng.pick(['ENCRYPTION_KEY', 'HMAC_SECRET', 'JWT_SIGNING_SECRET'])), '";\nconst DOCS_URL: &str = "https://docs.acme.example/');
    d.m(look('version'), '";\nlet client = reqwest::Client::new().get(url).bearer_auth("', sec1(noQ), '");\n'); },
  kotlin: (d) => { d.m('object Keys {\n    const val MAPS = "', secret('MAPS_API_KEY'), '"\n    const val ANALYTICS = "', secret(rng.pick(['SEGMENT_WRITE_KEY', 'MIXPANEL_API_SECRET'])), '"\n    const val BUILD = "', look('build_number'), '"\n}\n'); },
  swift: (d) => { d.m('let apiToken = "', sec1(noQ), '"\nlet supportPhone = "', P.phone(), '"\nlet release = "', look('version'), '"\n'); },
  shell: (d) => { d.m('#!/usr/bin/env bash\nset -euo pipefail\nexport PGPASSWORD=\'', urlPw('POSTGRES_PASSWORD'), "'\npg_dump -h db-01 -U backup ledger | gzip > /backups/ledger-$(date +%F).sql.gz\ncurl -fsS -H \"X-Token: ", sec1(noQ), '" https://backup.ops.example/notify\n'); },
  sql: (d) => { d.m("CREATE USER reporting WITH PASSWORD '", urlPw('POSTGRES_PASSWORD'), "';\nALTER ROLE etl PASSWORD '", urlPw('DATABASE_PASSWORD'), "';\n-- migration ", look('timestamp'), '\n'); },
  scala: (d) => { d.m('val kafkaProps = Map(\n  "sasl.password" -> "', urlPw('KAFKA_SASL_PASSWORD'), '",\n  "client.id" -> "', look('uuid'), '"\n)\n'); },
  dart: (d) => { d.m("const firebaseServerKey = '", secret('FIREBASE_SERVER_KEY'), "';\nconst appVersion = '", look('version'), "';\n"); },
};

export const TECH_DOCS = {
  app_log(d) {
    d.fill(rng.int(500, 3200), (d) => {
      const k = rng.int(0, 9);
      d.m(ts(), rng.pick([' INFO ', ' WARN ', ' ERROR ', ' DEBUG ']));
      if (k <= 2) d.m(P.ip(), ' - - "', rng.pick(['GET', 'POST', 'PUT']), ' ', path(), ' HTTP/1.1" ', rng.pick(['200', '401', '302', '500']), ' ', rng.int(120, 9000), ' rid=', look('request_id'), '\n');
      else if (k === 3) d.m('login ok user=', P.email(), ' from ', P.ip(), '\n');
      else if (k === 4) d.m('outbound call headers={"Authorization":"Bearer ', rng.chance(0.5) ? S(jwt(), 'JWT') : sec1(noQ), '","X-Request-Id":"', look('uuid'), '"}\n');
      else if (k === 5) d.m('connecting to amqp://', rng.pick(['guest2', 'orders']), ':', urlPw('RABBITMQ_PASSWORD'), '@mq-3:5672/ (attempt ', rng.int(1, 5), ')\n');
      else if (k === 6) d.m('payment declined card=', look(rng.pick(['invalid_card', 'vendor_test_card'])), ' order=', look('order_number'), ' amount=', look('price'), '\n');
      else if (k === 7) d.m('profile updated name="', P.person(), '" phone=', P.phone(), ' city=', P.city(), '\n');
      else if (k === 8) d.m('trace=', look('trace_id'), ' span ok in ', rng.int(2, 900), 'ms\n');
      else d.m('password reset requested for ', P.email(), ' ip=', P.ip(), ' token=', look('hash'), '\n');
    });
  },
  source_code(d) {
    const langs = rng.shuffle(Object.keys(LANGS));
    d.t(`// ${rng.pick(['src/', 'lib/', 'app/', 'pkg/'])}${rng.pick(['client', 'settings', 'partner', 'db', 'secrets_local'])} — excerpt\n`);
    let i = 0; d.fill(rng.int(400, 2400), (d) => { LANGS[langs[i++ % langs.length]](d); d.t('\n'); });
  },
  shell_history(d) {
    let n = rng.int(100, 900);
    const cmds = [
      (d) => d.m('mysql -u root -p', urlPw('MYSQL_PASSWORD'), ' -h db-01 shop\n'),
      (d) => d.m('psql "postgresql://', rng.pick(['admin', 'app']), ':', urlPw('POSTGRES_PASSWORD'), '@pg.internal.test:5432/app?sslmode=require"\n'),
      (d) => d.m('curl -H "Authorization: Bearer ', sec1(noQ), '" https://api.acme.example/v1/me\n'),
      (d) => d.m('curl -u ', rng.pick(['admin', 'ci', 'elastic']), ':', urlPw('ELASTICSEARCH_PASSWORD'), ' https://es-node-7.search.test:9200/_cat/indices\n'),
      (d) => d.m('export ', keyFor('API_KEY', 'UPPER'), '=', sec1(noQ), '\n'),
      (d) => d.m('docker login -u deploy -p ', secret(rng.pick(['DOCKERHUB_PAT', 'DATABASE_PASSWORD'])), ' registry.corp.example\n'),
      (d) => d.m('git clone https://', rng.pick(['oauth2', 'x-access-token', 'build']), ':', secret(rng.pick(['GITLAB_PAT', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_APP_INSTALLATION_TOKEN'])), '@git.corp.example/platform/infra.git\n'),
      (d) => d.m('sshpass -p \'', humanPw('SSH_PASSWORD'), "' ssh ops@bastion-1\n"),
      (d) => d.m('redis-cli -h cache-01 -a ', urlPw('REDIS_PASSWORD'), ' INFO\n'),
      (d) => d.m('kubectl create secret generic api --from-literal=token=', sec1(noQ), '\n'),
      (d) => d.m('git checkout ', look('git_sha'), '\n'),
      (d) => d.m('docker pull ', look('container_image'), '\n'),
      (d) => d.m('echo $', rng.pick(['DB_PASSWORD', 'GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY']), '\n'),
      (d) => d.m('aws configure set aws_secret_access_key ', secret('AWS_SECRET_KEY'), '\n'),
      (d) => d.m('htpasswd -b /etc/nginx/.htpasswd ', rng.pick(['marta', 'admin', 'qa']), ' ', humanPw('USER_PASSWORD'), '\n'),
      (d) => d.m('ssh-keygen -lf ~/.ssh/id_ed25519.pub   # ', look('public_key'), '\n'),
      (d) => d.m('npm config set //npm.corp.example/:_authToken ', secret('NPM_TOKEN'), '\n'),
      (d) => d.m('vault login ', secret('VAULT_TOKEN'), '\n'),
      (d) => d.m('openssl enc -aes-256-cbc -k ', S(humanPassword(), 'ENCRYPTION_PASSPHRASE'), ' -in dump.sql -out dump.enc\n'),
      (d) => d.m('ls -la /var/log\n'),
      (d) => d.m('ping -c 3 ', P.ip(), '\n'),
    ];
    d.fill(rng.int(300, 2200), (d) => { d.m(rng.chance(0.5) ? `  ${n++}  ` : '', ''); rng.pick(cmds)(d); });
  },
  ci_output(d) {
    d.m('Run ', rng.pick(['actions/checkout@v4', './scripts/deploy.sh', 'make release']), '\n', look('timestamp'), ' ##[group]Environment\n');
    d.fill(rng.int(500, 2800), (d) => {
      const k = rng.int(0, 7);
      if (k === 0) d.m('  DEPLOY_TOKEN: ***\n  REGISTRY_PASSWORD: ', look('placeholder'), '\n');
      else if (k === 1) d.m('+ curl -sf -X POST -H "PRIVATE-TOKEN: ', secret(rng.pick(['GITLAB_PAT', 'GITLAB_RUNNER_TOKEN'])), '" https://git.corp.example/api/v4/projects/12/trigger\n');
      else if (k === 2) d.m('Step ', rng.int(1, 20), '/', rng.int(20, 30), ' : FROM ', look('container_image'), '\n ---> ', look('hash'), '\n');
      else if (k === 3) d.m('+ echo "using key ', sec1(noQ), '" # debug, remove\n');
      else if (k === 4) d.m('Pushed ', look('digest'), ' build ', look('build_number'), ' version ', look('version'), '\n');
      else if (k === 5) d.m('+ export NODE_AUTH_TOKEN=', secret('NPM_TOKEN'), '\n');
      else if (k === 6) d.m('Resolved ', look('integrity'), ' for lodash@', look('version'), '\n');
      else d.m('[', look('timestamp'), '] deploying ', look('commit_range'), ' to ', rng.pick(HOSTS), '\n');
    });
  },
  cloud_cli(d) {
    d.fill(rng.int(500, 2800), (d) => {
      const k = rng.int(0, 4);
      if (k === 0) d.m('$ aws sts assume-role --role-arn arn:aws:iam::', rng.digits(12), ':role/deploy --role-session-name ci\n{\n    "Credentials": {\n        "AccessKeyId": "', secret('AWS_TEMP_ACCESS_KEY'), '",\n        "SecretAccessKey": "', secret('AWS_SECRET_KEY'), '",\n        "SessionToken": "', secret('AWS_SESSION_TOKEN'), '",\n        "Expiration": "', look('timestamp'), '"\n    }\n}\n');
      else if (k === 1) d.m('$ aws iam create-access-key --user-name ', rng.pick(['ci-bot', 'backup']), '\n{"AccessKey": {"UserName": "ci-bot", "AccessKeyId": "', secret('AWS_ACCESS_KEY'), '", "Status": "Active", "SecretAccessKey": "', secret('AWS_SECRET_KEY'), '", "CreateDate": "', look('timestamp'), '"}}\n');
      else if (k === 2) d.m('$ az ad sp credential reset --id ', look('uuid'), '\n{\n  "appId": "', look('uuid'), '",\n  "password": "', secret('AZURE_CLIENT_SECRET'), '",\n  "tenant": "', look('uuid'), '"\n}\n');
      else if (k === 3) d.m('$ gcloud iam service-accounts keys create key.json --iam-account=ci@proj.iam.example\n$ cat key.json\n{"type": "service_account", "project_id": "proj-', rng.digits(5), '", "private_key_id": "', look('hash'), '", "private_key": "', S(pem('escaped'), 'PRIVATE_KEY'), '", "client_email": "ci@proj.iam.example"}\n');
      else d.m('$ az storage account keys list -g rg-data -n stdata', rng.digits(3), '\n[{"keyName": "key1", "permissions": "FULL", "value": "', secret('AZURE_STORAGE_ACCOUNT_KEY'), '"}]\n');
    });
  },
  git_output(d) {
    d.fill(rng.int(500, 3000), (d) => {
      if (rng.chance(0.6)) { const n = P.nameParts(rng.pick(['en', 'es', 'fr', 'de', 'pt', 'in', 'pl', 'nl'])); d.m('commit ', look('git_sha'), '\nAuthor: ', P.P(n.full, 'PERSON'), ' <', P.email(n), '>\nDate:   ', look('date'), '\n\n    ', rng.pick(['fix: retry on 502', 'chore: bump deps', 'feat: partner export', 'revert accidental key commit', 'docs: update runbook']), ' (', look('ticket_id'), ')\n\n'); }
      else { const o = sec1(noQ); d.m('diff --git a/config/app.env b/config/app.env\nindex ', look('commit_range'), ' 100644\n@@ -3,4 +3,5 @@\n-', keyFor(o.e, 'UPPER'), '=', look('placeholder'), '\n+', keyFor(o.e, 'UPPER'), '=', o, '\n'); }
    });
  },
  stack_trace(d) {
    d.fill(rng.int(500, 2800), (d) => {
      if (rng.chance(0.5)) d.m('Traceback (most recent call last):\n  File "/srv/app/billing/charge.py", line ', rng.int(20, 400), ', in charge\n    resp = gateway.post(payload)\n  Locals: customer_email=\'', P.email(), "' card='", P.card(), "' api_key='", sec1(noQ), "'\nrequests.exceptions.HTTPError: 402 Client Error for url: https://pay.acme.example/v1/charges (req ", look('request_id'), ')\n');
      else d.m('Exception in thread "main" org.postgresql.util.PSQLException: FATAL: password authentication failed for user "', rng.pick(['app', 'ledger']), '"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:', rng.int(100, 900), ')\n\tat com.acme.db.Pool.open(Pool.java:', rng.int(10, 90), ')\nCaused by: config dump {url=jdbc:postgresql://db-01/ledger, user=ledger, password=', urlPw('POSTGRES_PASSWORD'), ', trace=', look('trace_id'), '}\n');
    });
  },
  grep_output(d) {
    d.m('$ grep -rn ', rng.pick(['"password"', '-i token', '"secret"', 'API_KEY', '"@corp"']), ' .\n');
    d.fill(rng.int(400, 2600), (d) => {
      const f = rng.pick(['config/prod.yml', 'src/main/resources/application.properties', 'deploy/.env', 'scripts/sync.py', 'docs/setup.md', 'test/fixtures/users.json', 'helm/values.yaml']);
      const k = rng.int(0, 4);
      d.t(`${f}:${rng.int(1, 300)}:`);
      if (k === 0) { const o = sec1(noQ); d.m('  ', keyFor(o.e), ': ', o, '\n'); }
      else if (k === 1) d.m('  password: ', look(rng.pick(['placeholder', 'env_reference'])), '\n');
      else if (k === 2) d.m('    "email": "', P.email(), '", "name": "', P.person(), '",\n');
      else if (k === 3) d.m('pw = "', humanPw(), '"  # ', rng.pick(['temp', 'from Marta', 'ask ops']), '\n');
      else d.m('  sha: ', look(rng.pick(['git_sha', 'hash', 'digest'])), '\n');
    });
  },
  json_api(d) {
    d.m('{"data": [\n');
    let first = true;
    d.fill(rng.int(500, 3000), (d) => {
      const n = P.nameParts();
      d.m(first ? '' : ',\n', '  {"id": "', look('crm_id'), '", "name": "', P.P(n.full, 'PERSON'), '", "email": "', P.email(n), '", "phone": "', P.phone(), '", "address": {"line1": "', P.street(), '", "city": "', P.city(), '", "postal_code": "', P.zip(), '", "country": "', P.country(), '"}, "last_ip": "', P.ip(), '", "created_at": "', look('timestamp'), '"', rng.chance(0.25) ? ', "api_token": "' : '', rng.chance(0.25) ? sec1(noQ) : '', '}');
      first = false;
    }, 3900);
    d.m('\n], "next_cursor": "', look('base64_blob'), '"}\n');
  },
  crm_export(d) {
    d.t('id,full_name,email,phone,street,city,country,dob,account_manager,card_on_file,iban\n');
    d.fill(rng.int(500, 3400), (d) => {
      const n = P.nameParts(rng.pick(['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'pl', 'in', 'tr', 'sv', 'ng', 'ke']));
      d.m(look('crm_id'), ',"', P.P(n.full, 'PERSON'), '",', P.email(n), ',', P.phone(), ',"', P.street(), '",', P.city(), ',', P.country(), ',', P.dob(), ',', P.firstName(), ',', rng.chance(0.4) ? P.card() : look(rng.pick(['invalid_card', 'vendor_test_card'])), ',', rng.chance(0.5) ? P.iban() : look('invalid_iban'), '\n');
    });
  },
  sql_dump(d) {
    d.t(`-- dump of ${rng.pick(['customers', 'patients', 'employees', 'accounts'])} ${rng.pick(['2025', '2026'])}\nINSERT INTO customers (id, name, email, ssn, phone, city, password_hash) VALUES\n`);
    let first = true;
    d.fill(rng.int(500, 3200), (d) => {
      const n = P.nameParts();
      d.m(first ? '' : ',\n', '(', String(rng.int(1, 99999)), ", '", P.P(n.full.replace(/'/g, ''), 'PERSON'), "', '", P.email(n), "', '", rng.chance(0.7) ? P.ssn() : look('invalid_ssn'), "', '", P.phone(), "', '", P.city(), "', '", look('hash'), "')");
      first = false;
    }, 3900);
    d.m(';\n-- users with plaintext passwords (legacy)\nUPDATE legacy_users SET pw = \'', humanPw('USER_PASSWORD'), "' WHERE login = '", rng.pick(['jsmith', 'm.rossi', 'akim']), "';\n");
  },
};
