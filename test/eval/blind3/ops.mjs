// blind3 operational documents: logs, traces, CI output, shell history, code, API answers, git, docs.
import { S, L, P, A } from './lib.mjs';

const jsonEsc = (s) => JSON.stringify(s).slice(1, -1);
const je = (pieces) => pieces.map((p) => (typeof p === 'string' ? jsonEsc(p) : p && p.kind ? { ...p, v: jsonEsc(p.v) } : p));

export const opsTemplates = {
  app_log(ctx, d) {
    const { r, Pi, Lk, K } = ctx;
    const n = r.int(5, 7);
    const style = r.pick(['nginx', 'json', 'plain']);
    for (let i = 0; i < n; i++) {
      const ip = P('IP_ADDRESS', Pi.clientIp());
      const ts = L('timestamp', Lk.timestamp());
      const ev = r.int(0, 9);
      if (style === 'nginx') {
        const path = ev === 0 ? ['/api/v1/export?token=', S('API_KEY', K.API_KEY())] : ev === 1 ? ['/oauth/callback?code=', r.chars(A.alnum, 20), '&state=', L('uuid', Lk.uuid())] : [r.pick(['/healthz', '/api/v1/orders/', '/login', '/static/app.js']), ev === 2 ? L('uuid', Lk.uuid()) : ''];
        d.add([ip, ' - - [', `${r.int(1, 28)}/Nov/2025:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000`, '] "', r.pick(['GET', 'POST']), ' ', ...path, ' HTTP/1.1" ', r.pick(['200', '200', '302', '401', '404']), ' ', String(r.int(120, 90000)), ' "-" "', r.pick(['Mozilla/5.0 (X11; Linux x86_64)', 'curl/8.5.0', 'okhttp/4.12.0']), '" rt=', `0.${r.digits(3)}`, ' req=', L('request_id', Lk.request_id()), '\n']);
      } else if (style === 'json') {
        const extra = ev === 0 ? [', "user": "', P('EMAIL_ADDRESS', Pi.email()), '"'] : ev === 1 ? [', "headers": {"authorization": "Bearer ', S('JWT', K.JWT()), '"}'] : ev === 2 ? [', "card": "', L('card_masked', Lk.card_masked()), '"'] : ev === 3 ? [', "payer_card": "', P('CREDIT_CARD', Pi.cardRaw()), '"'] : ev === 4 ? [', "trace": "', L('trace_id', Lk.trace_id()), '"'] : ev === 5 ? [', "withdraw_to": "', P('CRYPTO', Pi.btc()), '"'] : [];
        d.add(['{"ts": "', ts, '", "level": "', r.pick(['info', 'warn', 'error', 'debug']), '", "msg": "', r.pick(['request completed', 'payment authorized', 'login failed', 'webhook delivered', 'rate limited']), '", "client_ip": "', ip, '"', ...extra, '}\n']);
      } else {
        const extra = ev === 0 ? [' dsn=postgres://app:', S('POSTGRES_PASSWORD', K.urlpw()), '@', L('hostname', Lk.hostname()), '/app'] : ev === 1 ? [' X-Api-Key: ', ((e) => S(e, K[e]()))(r.pick(['SENDGRID_API_KEY', 'DATADOG_API_KEY', 'MAILGUN_API_KEY']))] : ev === 2 ? [' user=', P('PERSON', Pi.person()), ' phone=', P('PHONE_NUMBER', Pi.phone())] : ev === 3 ? [' build=', L('git_sha', Lk.git_sha())] : ev === 4 ? [' job=', L('uuid', Lk.uuid()), ' attempt=', String(r.int(1, 5))] : [' took=', String(r.int(1, 900)), 'ms'];
        d.add([ts, ' ', r.pick(['INFO ', 'WARN ', 'ERROR', 'DEBUG']), ' [', r.pick(['http-nio-8080-exec-3', 'worker-2', 'main', 'celery@w1']), '] ', r.pick(['c.a.api.AuthFilter', 'payments.charge', 'ingest.Consumer', 'app.mailer']), ' - from ', ip, ...extra, '\n']);
      }
    }
  },
  stack_trace(ctx, d) {
    const { r, K, Lk, Pi } = ctx;
    const t = r.int(0, 2);
    if (t === 0) {
      d.add(['Traceback (most recent call last):\n  File "/srv/app/.venv/lib/python3.12/site-packages/sqlalchemy/engine/base.py", line 145, in __init__\n    self._dbapi_connection = engine.raw_connection()\n  File "/srv/app/worker.py", line 88, in sync_orders\n    engine = create_engine("postgresql+psycopg://etl:', S('POSTGRES_PASSWORD', K.urlpw()), '@', L('hostname', Lk.hostname()), ':5432/orders")\nsqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection failed: FATAL:  password authentication failed for user "etl"\n']);
      d.add(['\nLocal variables in frame sync_orders:\n    settings = {\'STRIPE_KEY\': \'', S('STRIPE_SECRET_KEY', K.STRIPE_SECRET_KEY()), '\', \'REGION\': \'eu-west-1\', \'BUILD\': \'', L('git_sha', Lk.git_sha()), '\'}\n    customer = {\'email\': \'', P('EMAIL_ADDRESS', Pi.email()), '\', \'id\': \'', L('uuid', Lk.uuid()), '\'}\n']);
    } else if (t === 1) {
      d.add(['Exception in thread "main" org.springframework.beans.factory.BeanCreationException: Error creating bean with name \'dataSource\'\n\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1804)\n\tat com.acme.ledger.Application.main(Application.java:27)\nCaused by: java.sql.SQLException: Access denied for user \'ledger\'@\'', P('IP_ADDRESS', Pi.ipv4Private()), '\' (using password: YES)\n']);
      d.add(['\tProperties: {url=jdbc:mysql://', L('hostname', Lk.hostname()), ':3306/ledger, username=ledger, password=', S('MYSQL_PASSWORD', K.MYSQL_PASSWORD()), ', sslMode=REQUIRED}\n\t... 42 common frames omitted\nBuild ', L('version', Lk.version()), ' (', L('short_sha', Lk.short_sha()), ')\n']);
    } else {
      d.add(['Error: Request failed with status code 401\n    at createError (/app/node_modules/axios/lib/core/createError.js:16:15)\n    at settle (/app/node_modules/axios/lib/core/settle.js:17:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:269:11) {\n  config: {\n    url: \'https://api.payments.acme.example/v1/charges\',\n    headers: {\n      Accept: \'application/json\',\n      Authorization: \'Bearer ', ((e) => S(e, K[e]()))(r.pick(['OPENAI_API_KEY', 'STRIPE_RESTRICTED_KEY', 'BEARER_TOKEN'])), '\',\n      \'X-Request-Id\': \'', L('request_id', Lk.request_id()), '\'\n    },\n']);
      d.add(['    data: \'{"amount":', String(r.int(100, 99999)), ',"customer":"', P('EMAIL_ADDRESS', Pi.email()), '"}\'\n  },\n  code: \'ERR_BAD_REQUEST\'\n}\nNode.js v20.11.1\n']);
    }
  },
  ci_output(ctx, d) {
    const { r, K, Lk } = ctx;
    d.add(['Running with gitlab-runner ', L('version', Lk.version()), ' (', L('short_sha', Lk.short_sha()), ')\n  on runner-', r.chars(A.lowalnum, 8), ' ', r.chars(A.lowalnum, 8), '\nPreparing the "docker" executor\nUsing docker image ', L('digest', Lk.digest()), ' for node:20-alpine\nChecking out ', L('short_sha', Lk.short_sha()), ' as detached HEAD (ref is main)...\n$ npm ci\nadded 812 packages in 21s\n']);
    const t = r.int(0, 3);
    if (t === 0) d.add(['$ echo "//npm.pkg.acme.example/:_authToken=$NPM_TOKEN" > .npmrc\n$ cat .npmrc   # debug, remove me\n//npm.pkg.acme.example/:_authToken=', S('NPM_TOKEN', K.NPM_TOKEN()), '\n']);
    else if (t === 1) d.add(['$ env | sort\nCI=true\nCI_COMMIT_SHA=', L('git_sha', Lk.git_sha()), '\nCI_JOB_ID=', L('build_number', String(r.int(1000000, 9999999))), '\nCI_JOB_TOKEN=[MASKED]\nDOCKER_AUTH_CONFIG={"auths":{"registry.acme.example":{"auth":"', S('DOCKER_AUTH', K.DOCKER_AUTH()), '"}}}\nDEPLOY_KEY_PASSPHRASE=', S('PRIVATE_KEY_PASSPHRASE', K.PRIVATE_KEY_PASSPHRASE()), '\nHOME=/root\nTF_TOKEN_app_terraform_acme_example=', S('TERRAFORM_CLOUD_TOKEN', K.TERRAFORM_CLOUD_TOKEN()), '\n']);
    else if (t === 2) d.add(['$ ./deploy.sh\n+ curl -sS -X POST https://deploy.acme.example/hooks/release -H \'X-Deploy-Token: ', S('API_KEY', K.API_KEY()), '\' -d \'{"sha":"', L('git_sha', Lk.git_sha()), '"}\'\n+ pulumi login --cloud-url https://pulumi.acme.example\n+ PULUMI_ACCESS_TOKEN=', S('PULUMI_ACCESS_TOKEN', K.PULUMI_ACCESS_TOKEN()), ' pulumi up --yes\n']);
    else d.add(['$ docker login -u ci-bot -p ', S('DOCKERHUB_PAT', K.DOCKERHUB_PAT()), ' registry.acme.example\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n$ docker push registry.acme.example/api:', L('version', Lk.version()), '\n', L('version', Lk.version()), ': digest: ', L('digest', Lk.digest()), ' size: 2417\n']);
    d.add(['$ npm test\n\n  312 passing (14s)\n  2 pending\n\nUploading artifacts...\nJob succeeded\nDuration: ', String(r.int(1, 12)), 'm ', String(r.int(0, 59)), 's  Pipeline ', L('build_number', Lk.build_number()), '\n']);
  },
  shell_history(ctx, d) {
    const { r, K, Lk, Pi } = ctx;
    const cmds = r.shuffle([
      () => ['export GITHUB_TOKEN=', S('GITHUB_PAT', K.GITHUB_PAT())],
      () => ['export AWS_ACCESS_KEY_ID=', S('AWS_ACCESS_KEY', K.AWS_ACCESS_KEY())],
      () => ['export AWS_SECRET_ACCESS_KEY=', S('AWS_SECRET_KEY', K.AWS_SECRET_KEY())],
      () => ['mysql -h ', L('hostname', Lk.hostname()), ' -u root -p', S('MYSQL_PASSWORD', K.urlpw()), ' orders'],
      () => ['PGPASSWORD=', S('POSTGRES_PASSWORD', K.urlpw()), ' psql -h ', L('hostname', Lk.hostname()), ' -U app app'],
      () => ['redis-cli -h ', L('hostname', Lk.hostname()), ' -a ', S('REDIS_PASSWORD', K.REDIS_PASSWORD()), ' --no-auth-warning info'],
      () => ['curl -u admin:', S('ELASTICSEARCH_PASSWORD', K.urlpw()), ' https://search.prod.globex.example:9243/_cat/indices'],
      () => ['curl -H "Authorization: token ', S('GITHUB_OAUTH_TOKEN', K.GITHUB_OAUTH_TOKEN()), '" https://git.acme.example/api/v3/user'],
      () => ['vault login ', S('VAULT_TOKEN', K.VAULT_TOKEN())],
      () => ['doctl auth init -t ', S('DIGITALOCEAN_TOKEN', K.DIGITALOCEAN_TOKEN())],
      () => ['git checkout ', L('git_sha', Lk.git_sha())],
      () => ['kubectl rollout undo deploy/api --to-revision=', String(r.int(2, 40))],
      () => ['ssh -i ~/.ssh/id_ed25519 ops@', P('IP_ADDRESS', Pi.ipv4Public())],
      () => ['docker pull registry.acme.example/api@', L('digest', Lk.digest())],
      () => ['export DB_PASSWORD=', L('env_reference', '$(vault kv get -field=password secret/db)')],
      () => ['npm install @acme/ui@', L('version', Lk.version())],
      () => ['echo ', S('SLACK_BOT_TOKEN', K.SLACK_BOT_TOKEN()), ' | gh secret set SLACK_TOKEN'],
      () => ['az storage blob list --account-name acmelogs --account-key ', S('AZURE_STORAGE_KEY', K.AZURE_STORAGE_KEY())],
      () => ['openssl x509 -in cert.pem -noout -fingerprint -sha256   # ', L('hash', Array.from({ length: 32 }, () => r.chars(A.HEX, 2)).join(':'))],
      () => ['export HF_TOKEN=', S('HUGGINGFACE_TOKEN', K.HUGGINGFACE_TOKEN())],
      () => ['export ANTHROPIC_API_KEY=', L('placeholder', r.pick(['sk-ant-...', '<your-key>', 'changeme']))],
      () => ['curl -X POST https://api.sms.acme.example/2010-04-01/Accounts/AC', r.chars(A.hex, 32), '/Messages.json -u AC', r.chars(A.hex, 32), ':', S('TWILIO_AUTH_TOKEN', K.TWILIO_AUTH_TOKEN())],
      () => ['cd ~/src/api && git log --oneline -3'],
      () => ['ls -la /var/log/nginx'],
    ]).slice(0, r.int(8, 14));
    const zsh = r.bool(0.5);
    let n = r.int(100, 2000);
    for (const f of cmds) {
      if (zsh) d.add([': ', String(r.int(1700000000, 1790000000)), ':0;', ...f(), '\n']);
      else d.add([String(n++).padStart(5, ' '), '  ', ...f(), '\n']);
    }
  },
  source_code(ctx, d) {
    const { r, K, Lk, Pi } = ctx;
    const t = r.int(0, 3);
    if (t === 0) {
      d.add(['import os\nimport requests\n\n# TODO: move to env before merging\nOPENAI_KEY = "', S('OPENAI_API_KEY', K.OPENAI_API_KEY()), '"\nMODEL = "gpt-4o-mini"\nBUCKET_KEY_ID = "', L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE'), '"  # from the AWS docs, for moto tests\n\n\ndef summarize(text: str) -> str:\n    resp = requests.post(\n        "https://llm.gateway.acme.example/v1/chat/completions",\n        headers={"Authorization": f"Bearer {OPENAI_KEY}"},\n        json={"model": MODEL, "messages": [{"role": "user", "content": text}]},\n        timeout=30,\n    )\n    return resp.json()["choices"][0]["message"]["content"]\n\n\nSLACK = "', S('SLACK_BOT_TOKEN', K.SLACK_BOT_TOKEN()), '"\nDEFAULT_TZ = "Europe/Berlin"\nPIPELINE_ID = "', L('uuid', Lk.uuid()), '"\n']);
    } else if (t === 1) {
      d.add(['package config\n\nimport "os"\n\n// Defaults used when the env is empty. FIXME(', r.pick(['ana', 'lukas', 'priya']), '): remove secrets\nvar Defaults = map[string]string{\n\t"stripe_key":    "', S('STRIPE_SECRET_KEY', K.STRIPE_SECRET_KEY()), '",\n\t"stripe_pub":    "', L('stripe_publishable_key', Lk.stripe_publishable_key()), '",\n\t"sendgrid":      "', S('SENDGRID_API_KEY', K.SENDGRID_API_KEY()), '",\n\t"db_password":   os.Getenv("DB_PASSWORD"),\n\t"release":       "', L('version', Lk.version()), '",\n\t"commit":        "', L('git_sha', Lk.git_sha()), '",\n}\n\nconst jwtSigningKey = "', S('SESSION_SECRET', K.SESSION_SECRET()), '"\n']);
    } else if (t === 2) {
      d.add(['// src/lib/clients.ts\nimport { Octokit } from "@octokit/rest";\nimport Stripe from "stripe";\n\nexport const octokit = new Octokit({\n  auth: process.env.GITHUB_TOKEN ?? "', S('GITHUB_FINE_GRAINED_PAT', K.GITHUB_FINE_GRAINED_PAT()), '",\n});\n\nexport const stripe = new Stripe(process.env.STRIPE_KEY || "', L('placeholder', 'sk_test_...'), '", {\n  apiVersion: "', L('date', '2024-06-20'), '",\n});\n\nconst ANTHROPIC = "', S('ANTHROPIC_API_KEY', K.ANTHROPIC_API_KEY()), '";\nconst BRAND = "', L('hex_color', Lk.hex_color()), '";\nexport const supabaseAnon = "', S('SUPABASE_SERVICE_ROLE_KEY', K.SUPABASE_SERVICE_ROLE_KEY()), '";\n']);
    } else {
      d.add(['// Seed data for local dev — DO NOT SHIP\npublic final class Fixtures {\n  static final String ADMIN_EMAIL = "', P('EMAIL_ADDRESS', Pi.email()), '";\n  static final String TEST_CARD = "', L('vendor_test_card', Lk.vendor_test_card()), '";\n  static final String CUSTOMER_CARD = "', P('CREDIT_CARD', Pi.cardRaw()), '"; // copied from prod ticket :(\n  static final String KEYSTORE_PASS = "', S('KEYSTORE_PASSWORD', K.KEYSTORE_PASSWORD()), '";\n  static final String PRIVATE_KEY = """\n', S('EC_PRIVATE_KEY', K.EC_PRIVATE_KEY()), '\n""";\n  static final String CERT_FINGERPRINT = "', L('hash', r.chars(A.hex, 64)), '";\n}\n']);
    }
  },
  json_api(ctx, d) {
    const { r, K, Lk, Pi } = ctx;
    const t = r.int(0, 3);
    const w = Pi.personParts();
    if (t === 0) {
      d.add(['{\n  "object": "customer",\n  "id": "', L('crm_id', `cus_${r.chars(A.alnum, 14)}`), '",\n  "name": "', P('PERSON', `${w[0]} ${w[1]}`), '",\n  "email": "', P('EMAIL_ADDRESS', Pi.email(w)), '",\n  "phone": "', P('PHONE_NUMBER', Pi.phone()), '",\n  "address": {"line1": "', P('LOCATION', Pi.street()), '", "city": "', P('LOCATION', Pi.city()), '", "postal_code": "', r.digits(5), '"},\n']);
      d.add(['  "created": ', L('timestamp', String(r.int(1700000000, 1790000000))), ',\n  "default_source": {"brand": "visa", "last4": "', r.digits(4), '", "fingerprint": "', L('hash', r.chars(A.alnum, 16)), '"},\n  "crypto_payout_address": "', P('CRYPTO', Pi.btc()), '",\n  "metadata": {"ssn_last_verified": "', L('date', Lk.date()), '", "tax_id": "', r.bool(0.5) ? P('US_SSN', Pi.ssn()) : P('US_ITIN', Pi.itin()), '"}\n}\n']);
    } else if (t === 1) {
      d.add(['{"data":[\n']);
      const n = r.int(3, 5);
      for (let i = 0; i < n; i++) {
        const p = Pi.personParts();
        d.add(['  {"id":"', L('uuid', Lk.uuid()), '","name":"', P('PERSON', `${p[0]} ${p[1]}`), '","email":"', P('EMAIL_ADDRESS', Pi.email(p)), '","last_ip":"', P('IP_ADDRESS', Pi.clientIp()), '","passport":"', P('US_PASSPORT', Pi.passport()), '","wallet":"', P('CRYPTO', Pi.btc()), '"}', i < n - 1 ? ',' : '', '\n']);
      }
      d.add(['],"next_cursor":"', L('request_id', Lk.request_id()), '"}\n']);
    } else if (t === 2) {
      d.add(['{\n  "access_token": "', S('OAUTH_ACCESS_TOKEN', K.jwtWith({ sub: r.digits(6), scope: 'read write', iat: 1760000000 + r.int(0, 9999999) })), '",\n  "refresh_token": "', S('OAUTH_REFRESH_TOKEN', r.chars(A.alnum + '-_', 64)), '",\n  "token_type": "Bearer",\n  "expires_in": 3600,\n  "id_token_kid": "', L('hash', r.chars(A.hex, 40)), '",\n  "session": "', L('uuid', Lk.uuid()), '"\n}\n']);
    } else {
      d.add(['{\n  "prescription": {\n    "rx_id": "', L('order_number', Lk.order_number()), '",\n    "patient": {"name": "', P('PERSON', `${w[0]} ${w[1]}`), '", "itin": "', P('US_ITIN', Pi.itin()), '", "phone": "', P('PHONE_NUMBER', Pi.phone('US')), '"},\n    "prescriber": {"name": "', ((q) => [P('PERSON', `${q[0]} ${q[1]}`), '", "dea": "', P('MEDICAL_LICENSE', Pi.dea(q[1]))])(Pi.personParts()), '"},\n    "pharmacy_ip": "', P('IP_ADDRESS', Pi.clientIp()), '",\n    "filled_at": "', L('timestamp', Lk.timestamp()), '",\n    "payment": {"card": "', P('CREDIT_CARD', Pi.cardRaw()), '", "amount": "', L('price', Lk.price()), '"}\n  }\n}\n']);
    }
  },
  git_output(ctx, d) {
    const { r, K, Lk, Pi } = ctx;
    const a = Pi.personParts();
    d.add(['commit ', L('git_sha', Lk.git_sha()), '\nAuthor: ', P('PERSON', `${a[0]} ${a[1]}`), ' <', P('EMAIL_ADDRESS', Pi.email(a)), '>\nDate:   ', r.pick(['Mon', 'Tue', 'Thu']), ' Nov ', String(r.int(1, 28)), ' 14:', String(r.int(10, 59)), ':07 2025 +0100\n\n    ', r.pick(['Add payment provider config', 'wip: local settings', 'fix deploy script', 'chore: update env example']), '\n\ndiff --git a/config/settings.yml b/config/settings.yml\nindex ', L('short_sha', Lk.short_sha()), '..', L('short_sha', Lk.short_sha()), ' 100644\n--- a/config/settings.yml\n+++ b/config/settings.yml\n@@ -12,7 +12,9 @@ payments:\n   provider: stripe\n-  secret_key: ', L('env_reference', '${STRIPE_SECRET_KEY}'), '\n+  secret_key: "', S('STRIPE_SECRET_KEY', K.STRIPE_SECRET_KEY()), '"\n']);
    const t = r.int(0, 2);
    if (t === 0) d.add(['+  webhook_secret: "', S('STRIPE_WEBHOOK_SECRET', K.STRIPE_WEBHOOK_SECRET()), '"\n   currency: eur\n']);
    else if (t === 1) d.add(['+  mapbox_token: "', S('MAPBOX_SECRET_TOKEN', K.MAPBOX_SECRET_TOKEN()), '"\n+  map_center: "', L('coordinates', Lk.coordinates()), '"\n']);
    else d.add(['   currency: eur\ndiff --git a/.env.example b/.env.example\n--- a/.env.example\n+++ b/.env.example\n@@ -1,3 +1,4 @@\n DATABASE_URL=postgres://app:', L('placeholder', 'password'), '@localhost:5432/app\n+SENTRY_DSN=https://', L('placeholder', 'public-key'), '@sentry.example/1\n']);
    d.add(['\ncommit ', L('git_sha', Lk.git_sha()), '\nMerge: ', L('short_sha', Lk.short_sha()), ' ', L('short_sha', Lk.short_sha()), '\nAuthor: release-bot <release-bot@acme.example>\n\n    Release ', L('version', Lk.version()), '\n']);
  },
  markdown_doc(ctx, d) {
    const { r, K, Lk, Pi } = ctx;
    d.add(['# ', r.pick(['Local development', 'Runbook: rotating credentials', 'Onboarding', 'Staging environment']), '\n\n> Last updated ', L('date', Lk.date()), ' by ', P('PERSON', Pi.person()), '\n\n## Prerequisites\n\n- Node ', L('version', Lk.version()), ', Docker, `psql`\n- Ask ', P('PERSON', Pi.person()), ' (', P('EMAIL_ADDRESS', Pi.email()), ') for VPN access\n\n## Configuration\n\nCopy `.env.example` to `.env` and fill in:\n\n```dotenv\nDATABASE_URL=postgres://app:', L('placeholder', r.pick(['<password>', 'changeme', 'secret'])), '@localhost:5432/app\nSTRIPE_SECRET_KEY=', L('placeholder', r.pick(['sk_live_xxx', '<your-stripe-key>', 'sk_test_...'])), '\nAWS_ACCESS_KEY_ID=', L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE'), '\n```\n\n']);
    const t = r.int(0, 2);
    if (t === 0) d.add(['For staging you can use the shared key (rotate monthly!):\n\n| service | key |\n|---|---|\n| Datadog | `', S('DATADOG_API_KEY', K.DATADOG_API_KEY()), '` |\n| Linear | `', S('LINEAR_API_KEY', K.LINEAR_API_KEY()), '` |\n| Grafana | `', S('GRAFANA_SERVICE_ACCOUNT_TOKEN', K.GRAFANA_SERVICE_ACCOUNT_TOKEN()), '` |\n| Postman | `', L('placeholder', 'PMAK-<ask in #platform>'), '` |\n\n']);
    else if (t === 1) d.add(['Staging admin login: `admin` / `', S('ADMIN_PASSWORD', K.ADMIN_PASSWORD()), '`\nThe bastion host key fingerprint is `SHA256:', L('hash', r.bytes(32).toString('base64').replace(/=+$/, '')), '`.\nPager: ', P('PHONE_NUMBER', Pi.phone()), '\n\n']);
    else d.add(['Deploy key (read-only, staging):\n\n```\n', S('OPENSSH_PRIVATE_KEY', K.OPENSSH_PRIVATE_KEY()), '\n```\n\nIts public half:\n\n```\n', L('public_key', Lk.ssh_public_key()), '\n```\n\n']);
    d.add(['## Troubleshooting\n\nIf the migration hangs, check request `', L('request_id', Lk.request_id()), '` in Kibana. Test payments use `', L('vendor_test_card', Lk.vendor_test_card()), '`.\n']);
  },
};
