// blind1: document kinds, part 1 (configs, manifests, logs, code, shell, CI, git, lockfiles).
import { Doc, secret, jsonEsc } from './doc.mjs';
import { pii, look, lookInline, R, V, D } from './helpers.mjs';

const svc = () => R.pick(['billing-api', 'orders', 'notifier', 'search-indexer', 'auth-gateway', 'reports', 'ingest-worker', 'payments']);

export function env() {
  const d = new Doc('env');
  const style = R.pick(['env', 'env', 'env', 'ini', 'toml', 'xml']);
  const n = R.range(3, 5);
  if (style === 'xml') d.t(`<?xml version="1.0" encoding="utf-8"?>\n<!-- ${svc()} settings, do not commit -->\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n`);
  else if (style === 'toml') d.t(`# ${svc()}.toml\n[server]\nport = ${R.range(3000, 9000)}\nbase_url = "https://${D.host()}"\n\n[credentials]\n`);
  else if (style === 'ini') d.t(`; ${svc()} - settings.ini (generated ${V.date()})\n[main]\nlog_level = info\nhost = ${D.host()}\n\n[secrets]\n`);
  else d.t(`# ${R.pick(['.env.production', '.env', '.env.local', 'deploy/.env.staging'])} — ${R.pick(['do not commit', 'managed by ops', 'copy from 1Password', 'NE PAS PARTAGER'])}\nNODE_ENV=production\nPORT=${R.range(3000, 9000)}\nAPP_URL=https://${D.host()}\n`);
  for (let i = 0; i < n; i++) {
    secret(d, style, { allowPem: i === 0 && R.bool(0.25) });
    if (R.bool(0.6)) {
      const w = R.pick(['placeholder', 'env_reference', 'aws_example_key', 'uuid', 'version', 'hex_color', 'hostname', 'timestamp']);
      const k = { placeholder: 'SENTRY_AUTH_TOKEN', env_reference: 'REDIS_URL', aws_example_key: 'AWS_DOCS_SAMPLE_KEY', uuid: 'TENANT_ID', version: 'APP_VERSION', hex_color: 'BRAND_COLOR', hostname: 'UPSTREAM_HOST', timestamp: 'DEPLOYED_AT' }[w];
      if (style === 'xml') { d.t(`    <add key="${k}" value="`); look(d, w); d.t('" />\n'); }
      else if (style === 'toml') { d.t(`${k.toLowerCase()} = "`); look(d, w); d.t('"\n'); }
      else if (style === 'ini') { d.t(`${k.toLowerCase()} = `); look(d, w); d.t('\n'); }
      else { d.t(`${k}=`); look(d, w); d.t('\n'); }
    }
  }
  if (R.bool(0.4)) { d.t(style === 'xml' ? '    <add key="SupportContact" value="' : style === 'env' ? 'ALERT_EMAIL=' : 'alert_email = '); pii(d, 'EMAIL_ADDRESS'); d.t(style === 'xml' ? '" />\n' : '\n'); }
  if (style === 'xml') d.t('  </appSettings>\n</configuration>\n');
  return d;
}

export function k8s() {
  const d = new Doc('k8s_yaml');
  const name = svc();
  const v = R.int(3);
  if (v === 0) {
    d.t(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}-credentials\n  namespace: ${R.pick(['prod', 'payments', 'default', 'data'])}\n  uid: `); look(d, 'uuid'); d.t('\n  resourceVersion: "'); look(d, 'k8s_resource_version'); d.t('"\n  creationTimestamp: "'); look(d, 'timestamp', V.isoTs().replace(/\.\d+Z/, 'Z')); d.t('"\ntype: Opaque\ndata:\n');
    for (let i = 0, n = R.range(1, 3); i < n; i++) { d.t(`  ${R.pick(['password', 'db-password', 'api-token', 'redis-pass', 'admin-pass'])}${i}: `); d.s('K8S_SECRET_DATA', Buffer.from(V.password()).toString('base64')); d.t('\n'); }
    d.t('  username: '); d.t(Buffer.from(R.pick(['app', 'svc_reader', 'postgres'])).toString('base64')); d.t('\nstringData:\n');
    secret(d, 'yaml', { allowPem: R.bool(0.3) });
  } else if (v === 1) {
    d.t(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  labels:\n    app.kubernetes.io/version: "`); look(d, 'version'); d.t(`"\nspec:\n  replicas: ${R.range(1, 6)}\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: registry.build.example/${name}@`); look(d, 'digest'); d.t('\n          env:\n');
    for (let i = 0, n = R.range(2, 3); i < n; i++) {
      const ent = undefined; const before = d.labels.length;
      d.t('            - name: '); const tmp = new Doc('x'); secret(tmp, 'env', { allowPem: false });
      // re-render as name/value pair
      const lab = tmp.labels[0]; const txt = tmp.text(); const key = txt.slice(0, txt.indexOf('=')).replace(/^export /, '');
      d.t(`${key}\n              value: "`); d.s(lab.entity, jsonEsc(tmp.checks[0].raw), tmp.checks[0].raw); d.t('"\n'); void before; void ent;
    }
    d.t('            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: db, key: password}\n            - name: LOG_LEVEL\n              value: debug\n            - name: FEATURE_FLAGS_URL\n              value: "'); look(d, 'env_reference', '${FLAGS_URL}'); d.t('"\n');
  } else {
    d.t(`# values-${R.pick(['prod', 'staging', 'eu'])}.yaml for chart ${name} `); look(d, 'version'); d.t(`\nreplicaCount: ${R.range(1, 5)}\nimage:\n  repository: registry.build.example/${name}\n  tag: "`); look(d, 'git_sha', V.gitSha(12)); d.t('"\nglobal:\n  annotations:\n    checksum/config: '); look(d, 'hash', V.gitSha(64)); d.t('\nsecrets:\n');
    for (let i = 0, n = R.range(2, 4); i < n; i++) secret(d, 'yaml1', { allowPem: i === 0 && R.bool(0.3) });
    d.t('ingress:\n  host: '); look(d, 'hostname'); d.t('\n  tls:\n    secretName: tls-wildcard\nsmtp:\n  password: "'); look(d, 'placeholder'); d.t('"\n');
  }
  return d;
}

const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'curl/8.5.0', 'okhttp/4.12.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'python-requests/2.31.0'];
export function applog() {
  const d = new Doc('app_log');
  const fmt = R.int(3); const n = R.range(5, 8);
  for (let i = 0; i < n; i++) {
    const ts = V.isoTs(); const r = R.f();
    if (fmt === 0) { // access log
      d.t(''); pii(d, 'IP_ADDRESS'); d.t(` - - [`); look(d, 'timestamp', ts); d.t(`] "${R.pick(['GET', 'POST', 'PUT'])} /api/v${R.range(1, 3)}/${R.pick(['orders', 'users/me', 'cart', 'login', 'search?q=shoes'])} HTTP/1.1" ${R.pick([200, 201, 302, 401, 404, 500])} ${R.range(120, 90000)} "-" "${R.pick(UA)}"`);
      if (r < 0.3) { d.t(' rid='); look(d, 'request_id'); }
      d.t('\n');
    } else if (fmt === 1) { // json lines
      d.t('{"ts":"'); look(d, 'timestamp', ts); d.t(`","level":"${R.pick(['info', 'warn', 'error', 'debug'])}","svc":"${svc()}",`);
      if (r < 0.35) { d.t('"event":"login","user":"'); pii(d, 'EMAIL_ADDRESS'); d.t('","ip":"'); pii(d, 'IP_ADDRESS'); d.t('"'); }
      else if (r < 0.5) { d.t('"event":"payment.captured","order":"'); look(d, 'order_number'); d.t('","amount":"'); look(d, 'price'); d.t('"'); }
      else if (r < 0.6) { d.t('"event":"config.loaded","dump":"'); const tmp = new Doc('x'); secret(tmp, 'env', { allowPem: false }); const key = tmp.text().split('=')[0].replace(/^export /, ''); d.t(`${key}=`); d.s(tmp.labels[0].entity, jsonEsc(tmp.checks[0].raw), tmp.checks[0].raw); d.t('"'); }
      else { d.t('"event":"request","trace_id":"'); look(d, 'request_id'); d.t(`","latency_ms":${R.range(2, 900)}`); }
      d.t('}\n');
    } else { // syslog-ish
      d.t(`${ts.slice(0, 19).replace('T', ' ')} ${R.pick(['INFO ', 'WARN ', 'ERROR', 'DEBUG'])} [${svc()}] `);
      if (r < 0.3) { d.t('Failed password for '); d.t(R.pick(['root', 'admin', 'deploy', 'ubuntu'])); d.t(' from '); pii(d, 'IP_ADDRESS'); d.t(` port ${R.range(1024, 65000)} ssh2`); }
      else if (r < 0.45) { d.t('sent receipt to '); pii(d, 'EMAIL_ADDRESS'); d.t(' for '); look(d, 'invoice_number'); }
      else if (r < 0.55) { secret(d, 'log', { allowPem: false }); d.parts[d.parts.length - 1] = d.parts.at(-1).replace(/\n$/, ''); d.n -= 1; }
      else if (r < 0.7) { d.t('SMS fallback to '); pii(d, 'PHONE_NUMBER'); d.t(' queued id='); look(d, 'uuid'); }
      else { d.t('deployed build '); look(d, 'build_number'); d.t(' at commit '); look(d, 'git_sha'); }
      d.t('\n');
    }
  }
  return d;
}

export function source() {
  const d = new Doc('source_code');
  const lang = R.pick(['js', 'py', 'go']);
  if (lang === 'js') {
    d.t(`// ${R.pick(['src/lib/client.ts', 'config/index.js', 'scripts/sync.mjs', 'app/services/payments.ts'])}\nimport axios from 'axios';\n\nconst BRAND = '`); look(d, 'hex_color'); d.t("';\nconst TENANT = '"); look(d, 'uuid'); d.t("';\n// TODO: move to vault before release\n");
    for (let i = 0, n = R.range(1, 3); i < n; i++) secret(d, 'js', { allowPem: i === 0 && R.bool(0.2) });
    d.t(`\nexport const api = axios.create({\n  baseURL: 'https://${D.host()}/v2',\n  headers: { 'X-Client-Version': '`); look(d, 'version'); d.t(`' },\n});\n\nexport async function fetchOrder(id = '`); look(d, 'order_number'); d.t("') {\n  const { data } = await api.get(`/orders/${id}`);\n  return data;\n}\n");
    if (R.bool(0.5)) { d.t("// example only, not a real key:\nconst SAMPLE = '"); look(d, R.pick(['placeholder', 'aws_example_key'])); d.t("';\n"); }
  } else if (lang === 'py') {
    d.t(`# ${R.pick(['etl/settings.py', 'bot/main.py', 'tools/backfill.py'])}\nimport os\nimport requests\n\nDEFAULT_COLOR = "`); look(d, 'hex_color'); d.t('"\nSTORE_ID = "'); look(d, 'uuid'); d.t('"\n');
    for (let i = 0, n = R.range(1, 3); i < n; i++) secret(d, 'py', { allowPem: i === 0 && R.bool(0.2) });
    d.t('TOKEN = os.environ.get("API_TOKEN", "'); look(d, 'placeholder'); d.t(`")\n\n\ndef notify(msg):\n    """Send msg; owner: `); pii(d, 'PERSON', D.latinPerson().name); d.t(' <'); pii(d, 'EMAIL_ADDRESS'); d.t(`>"""\n    return requests.post("https://${D.host()}/notify", json={"text": msg}, timeout=10)\n`);
  } else {
    d.t(`package ${R.pick(['main', 'config', 'storage'])}\n\n// Built from `); look(d, 'git_sha'); d.t('\nconst Version = "'); look(d, 'version'); d.t('"\n\nfunc defaults() map[string]string {\n');
    for (let i = 0, n = R.range(1, 3); i < n; i++) secret(d, 'go', { allowPem: false });
    d.t('\tcluster := "'); look(d, 'hostname'); d.t('"\n\treturn map[string]string{"cluster": cluster}\n}\n');
  }
  return d;
}

export function shell() {
  const d = new Doc('shell_history');
  let no = R.range(100, 2000);
  const line = () => { d.t(R.bool(0.5) ? `  ${no++}  ` : R.bool(0.5) ? `: ${V.epoch().slice(0, 10)}:0;` : '$ '); };
  for (let i = 0, n = R.range(7, 12); i < n; i++) {
    line(); const r = R.f();
    if (r < 0.28) secret(d, 'shell', { allowPem: R.bool(0.1) });
    else if (r < 0.38) { d.t(`mysql -h db-primary.prod.example -u ${R.pick(['root', 'app', 'report'])} -p'`); d.s('DATABASE_PASSWORD', V.SECRETS.DATABASE_URL_PASSWORD.g()); d.t("' orders\n"); }
    else if (r < 0.45) { d.t('git clone https://oauth2:'); d.s('GITLAB_PAT', V.SECRETS.GITLAB_PAT.g()); d.t(`@git.internal.example/${R.pick(['platform', 'data'])}/${svc()}.git\n`); }
    else if (r < 0.55) { d.t('git checkout '); look(d, 'git_sha'); d.t('\n'); }
    else if (r < 0.63) { d.t('docker pull registry.build.example/base@'); look(d, 'digest'); d.t('\n'); }
    else if (r < 0.7) { d.t('ssh -i ~/.ssh/id_ed25519 ops@'); look(d, 'hostname'); d.t('\n'); }
    else if (r < 0.77) { d.t(`npm install ${R.pick(['left-pad', 'zod', 'fastify', 'sharp'])}@`); look(d, 'version'); d.t('\n'); }
    else if (r < 0.83) { d.t('export API_TOKEN='); look(d, 'placeholder'); d.t('\n'); }
    else if (r < 0.9) { d.t('kubectl logs deploy/'); d.t(svc()); d.t(' --since=1h | grep '); look(d, 'request_id'); d.t('\n'); }
    else { d.t(R.pick(['ls -la', 'cd ~/src', 'history | tail', 'vim .env', 'make test', 'htop'])); d.t('\n'); }
  }
  return d;
}

export function ci() {
  const d = new Doc('ci_output');
  const t0 = V.isoTs();
  const ts = () => d.t(t0.slice(0, 11) + `${String(R.range(10, 23))}:${String(R.range(10, 59))}:${String(R.range(10, 59))}.${R.digits(7)}Z `);
  ts(); d.t(`Run ${R.pick(['build', 'deploy', 'release', 'test-e2e'])} #`); look(d, 'build_number', String(R.range(100, 99999))); d.t('\n');
  ts(); d.t('Checking out '); look(d, 'git_sha'); d.t('\n');
  ts(); d.t('Using node '); look(d, 'version'); d.t('\n');
  for (let i = 0, n = R.range(2, 4); i < n; i++) {
    ts(); const r = R.f();
    if (r < 0.55) { d.t(R.pick(['+ echo "debug env:" && env | sort\n', '::group::Environment\n', '> printenv\n'])); ts(); secret(d, 'env', { allowPem: false }); }
    else if (r < 0.7) { d.t('  STRIPE_KEY: '); look(d, 'placeholder', '***'); d.t('\n'); }
    else if (r < 0.85) { d.t('added '); d.t(R.range(10, 900)); d.t(' packages, resolved lockfile integrity '); look(d, 'integrity'); d.t('\n'); }
    else { d.t('Pushed image registry.build.example/'); d.t(svc()); d.t('@'); look(d, 'digest'); d.t('\n'); }
  }
  if (R.bool(0.5)) { ts(); d.t(R.pick(['$ ./scripts/deploy.sh --token ', 'curl -fsSL -H "Authorization: token '])); const k = R.pick(['GITHUB_PAT', 'GITHUB_APP_INSTALLATION_TOKEN', 'CIRCLECI_TOKEN', 'DOCKERHUB_PAT', 'TERRAFORM_CLOUD_TOKEN', 'PULUMI_TOKEN']); d.s(k, V.SECRETS[k].g()); d.t(d.parts.at(-2).startsWith('curl') ? `" https://git.internal.example/api/v3/repos\n` : '\n'); }
  ts(); d.t(`Tests: ${R.range(10, 800)} passed, ${R.range(0, 3)} skipped\n`);
  ts(); d.t('Job finished at '); look(d, 'timestamp', V.epoch()); d.t('\n');
  return d;
}

export function gitout() {
  const d = new Doc('git_output');
  for (let i = 0, n = R.range(1, 2); i < n; i++) {
    const p = D.latinPerson();
    d.t('commit '); look(d, 'git_sha', V.gitSha()); d.t('\nAuthor: '); pii(d, 'PERSON', p.name); d.t(' <'); pii(d, 'EMAIL_ADDRESS', D.email(p)); d.t('>\nDate:   '); d.t(R.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])); d.t(` ${R.pick(['Jan', 'Mar', 'Jun', 'Oct'])} ${R.range(1, 28)} ${R.range(10, 23)}:${R.range(10, 59)}:${R.range(10, 59)} 2024 ${R.pick(['+0200', '-0500', '+0900', '+0530'])}\n\n    ${R.pick(['fix: retry on 503', 'chore: bump deps', 'feat: add webhook', 'config: point to new db', 'Revert accidental commit of credentials'])}\n\n`);
  }
  d.t(`diff --git a/${R.pick(['config/prod.yml', '.env.example', 'deploy/values.yaml'])} b/same\nindex `); look(d, 'git_sha', V.gitSha(7)); d.t('..'); look(d, 'git_sha', V.gitSha(7)); d.t(' 100644\n@@ -3,6 +3,8 @@\n');
  for (let i = 0, n = R.range(1, 3); i < n; i++) { d.t(R.pick(['+', '-'])); secret(d, 'env', { allowPem: false }); }
  d.t('+IMAGE_TAG='); look(d, 'version'); d.t('\n ');
  look(d, 'env_reference', 'TOKEN=${CI_TOKEN}'); d.t('\n');
  return d;
}

export function lockfile() {
  const d = new Doc('lockfile');
  if (R.bool(0.6)) {
    d.t(`{\n  "name": "${svc()}",\n  "version": "`); look(d, 'version', `${R.range(0, 4)}.${R.range(0, 20)}.${R.range(0, 9)}`); d.t('",\n  "lockfileVersion": 3,\n  "packages": {\n');
    for (let i = 0, n = R.range(3, 6); i < n; i++) {
      const p = R.pick(['lodash', 'undici', 'semver', 'chalk', 'ws', 'yaml', 'debug', 'ms', 'picomatch']);
      d.t(`    "node_modules/${p}": {\n      "version": "`); look(d, 'version', `${R.range(1, 9)}.${R.range(0, 20)}.${R.range(0, 9)}`); d.t(`",\n      "resolved": "https://pkgs.mirror.test/${p}/-/${p}.tgz",\n      "integrity": "`); look(d, 'integrity'); d.t('"\n    },\n');
    }
    d.t('  }\n}\n');
  } else {
    d.t('# ~/.npmrc\nregistry=https://pkgs.mirror.test/\n//pkgs.mirror.test/:_authToken='); d.s('NPM_TOKEN', V.SECRETS.NPM_TOKEN.g()); d.t('\n//npm.internal.example/:_authToken='); look(d, 'env_reference', '${NPM_INTERNAL_TOKEN}'); d.t('\nalways-auth=true\n\n# requirements.txt (hash-pinned)\n');
    for (let i = 0, n = R.range(2, 4); i < n; i++) { d.t(`${R.pick(['requests', 'urllib3', 'idna', 'certifi', 'pydantic'])}==`); look(d, 'version', `${R.range(1, 3)}.${R.range(0, 30)}.${R.range(0, 9)}`); d.t(' \\\n    --hash=sha256:'); look(d, 'hash', V.gitSha(64)); d.t('\n'); }
    if (R.bool()) { d.t('\n# ~/.pypirc\n[testpypi]\nrepository = https://upload.pkgs.test/legacy/\nusername = __token__\npassword = '); d.s('PYPI_TOKEN', V.SECRETS.PYPI_TOKEN.g()); d.t('\n'); }
  }
  return d;
}
