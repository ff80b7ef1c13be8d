// Operations document kinds: shell history, terminal sessions, logs, crash dumps, CI, Kubernetes,
// compose, credential files, cloud CLI output, network and VPN configs, server configs, inventories.
import { L, moment } from './lookalikes.mjs';
import { cli } from './cli.mjs';
import { connUrl, connString } from './ctx.mjs';
import { sec, pii, reenc, look } from './builder.mjs';
import { humanPassword, machinePassword, PEM_GEN } from './secrets.mjs';
import * as P from './pii.mjs';

export function clock(c) { let t = moment(c.r).getTime(); return () => { t += c.r.int(50, 90000); return new Date(t); }; }
const pick = (c, a) => c.r.pick(a);

const BENIGN = [
  (c) => `cd /srv/${pick(c, ['app', 'billing', 'www', 'infra'])}`, () => 'ls -la', () => 'git pull --rebase', (c) => `git checkout -b fix/${pick(c, ['login', 'timeout', 'csv-export', 'retry'])}`,
  () => 'docker ps -a', (c) => `kubectl get pods -n ${pick(c, ['prod', 'payments', 'monitoring'])}`, () => 'tail -f /var/log/nginx/access.log', () => 'vim .env', () => 'make test',
  (c) => ['git show ', L.git_sha(c.r, true)], (c) => ['ssh ', L.hostname(c.r)], (c) => [`docker pull registry.${c.domain()}/app@`, L.digest(c.r)], (c) => ['npm version ', L.version(c.r)],
  (c) => ['echo ', L.env_reference(c.r, null, '$')], (c) => ['gpg --recv-keys ', L.pgp_fingerprint(c.r)], () => 'htop', () => 'df -h', (c) => ['git log --oneline ', L.git_sha(c.r, true), '..HEAD'],
  (c) => ['kubectl rollout undo deploy/api --to-revision=', String(c.r.int(2, 40))], () => 'sudo systemctl restart nginx', (c) => ['ping -c 3 ', L.hostname(c.r)], () => 'history | grep ssh',
  (c) => ['export VAULT_TOKEN=', L.env_reference(c.r, 'CI_VAULT_TOKEN', '${}')], (c) => ['curl -s https://status.', c.domain(), '/api/v2/status.json | jq .'], () => 'terraform plan -out=tfplan',
  (c) => ['aws sts get-caller-identity --profile ', pick(c, ['prod', 'dev', 'audit'])], (c) => ['git tag ', L.version(c.r)], () => 'cat ~/.ssh/config', () => 'unset HISTFILE',
];
const EXPORTS = ['GITHUB_TOKEN', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'AWS_SECRET_KEY', 'SLACK_BOT_TOKEN', 'NPM_ACCESS_TOKEN', 'HUGGING_FACE_TOKEN', 'DATADOG_API_KEY', 'SENTRY_USER_TOKEN', 'CLOUDFLARE_API_TOKEN', 'GROQ_API_KEY', 'VAULT_SERVICE_TOKEN', 'LINEAR_API_KEY', 'TELEGRAM_BOT_TOKEN', 'TWILIO_AUTH_TOKEN', 'ATLAS_INTERNAL_KEY', 'NIMBUS_PAT', 'HELIX_TENANT_KEY'];
const ENV_NAME = { GITHUB_TOKEN: 'GITHUB_PERSONAL_ACCESS_TOKEN', AWS_SECRET_KEY: 'AWS_SECRET_KEY' };
function exportLine(c) {
  const e = pick(c, EXPORTS); const ent = ENV_NAME[e] || e;
  const name = e === 'AWS_SECRET_KEY' ? 'AWS_SECRET_ACCESS_KEY' : e === 'GITHUB_TOKEN' ? pick(c, ['GITHUB_TOKEN', 'GH_TOKEN']) : e.replace(/_API_KEY$/, c.r.chance(0.5) ? '_API_KEY' : '_KEY');
  return [`export ${name}=`, c.r.chance(0.3) ? ['"', c.S(ent), '"'] : c.S(ent)];
}

function shellHistory(c, n) {
  const r = c.r, d = c.d, tick = clock(c);
  const style = pick(c, ['bash', 'zsh', 'fish', 'numbered', 'timed', 'pwsh']);
  c.tag('shell', style);
  if (r.chance(0.4)) d.add(pick(c, ['$ cat ~/.bash_history\n', '$ tail -n 60 ~/.zsh_history\n', '# ~/.local/share/fish/fish_history\n', 'PS> Get-Content (Get-PSReadLineOption).HistorySavePath -Tail 40\n', '$ history\n']));
  let num = r.int(200, 1900);
  const lines = n * 2 + 4;
  for (let i = 0; i < lines; i++) {
    const x = r.float();
    let cmd = x < 0.42 ? cli(c) : x < 0.55 ? exportLine(c) : pick(c, BENIGN)(c);
    const t = tick();
    if (style === 'zsh') d.add(': ', L.timestamp(r, 'epoch', t), ':0;', cmd, '\n');
    else if (style === 'fish') d.add('- cmd: ', cmd, '\n  when: ', L.timestamp(r, 'epoch', t), '\n');
    else if (style === 'numbered') d.add(String(num++).padStart(5, ' '), '  ', cmd, '\n');
    else if (style === 'timed') d.add(String(num++).padStart(5, ' '), '  ', L.timestamp(r, 'space', t), ' ', cmd, '\n');
    else d.add(cmd, '\n');
  }
}

function promptFor(c) { const u = c.user(); const h = pick(c, ['bastion', 'build07', 'ops-laptop', 'jump-eu', 'db-prod-02']); return pick(c, [`${u}@${h}:~$ `, `[${u}@${h} ~]$ `, `${h}% `, `PS C:\\Users\\${u}> `, '$ ']); }
function terminalSession(c, n) {
  const r = c.r, d = c.d;
  for (let k = 0; k < Math.max(1, Math.ceil(n / 3)); k++) {
    const pr = promptFor(c);
    const which = r.int(0, 8);
    if (which === 0) {
      d.add(pr, 'env | grep -iE "key|token|pass|secret"\n');
      for (let i = r.int(3, 6); i > 0; i--) { const e = pick(c, EXPORTS); d.add(e === 'AWS_SECRET_KEY' ? 'AWS_SECRET_ACCESS_KEY' : e, '=', c.S(ENV_NAME[e] || e), '\n'); }
      d.add('DB_PASSWORD=', c.pw('DATABASE_PASSWORD'), '\nKUBE_TOKEN_FILE=/var/run/secrets/kubernetes.io/serviceaccount/token\n');
    } else if (which === 1) {
      const ns = pick(c, ['prod', 'payments', 'default']);
      d.add(pr, `kubectl get secret app-secrets -n ${ns} -o yaml\n`, 'apiVersion: v1\ndata:\n');
      for (const k of r.picks(['DB_PASSWORD', 'REDIS_PASSWORD', 'SMTP_PASSWORD', 'API_KEY', 'JWT_SECRET'], r.int(2, 4))) {
        const v = k === 'API_KEY' ? c.S('KUBERNETES_SECRET_VALUE', 'b64', { raw: c.S(pick(c, ['STRIPE_SECRET_KEY', 'SENDGRID_API_KEY', 'GENERIC_API_KEY'])).raw }) : c.S('KUBERNETES_SECRET_VALUE', 'b64', { raw: k === 'JWT_SECRET' ? machinePassword(r, 48) : humanPassword(r) });
        d.add(`  ${k}: `, v, '\n');
      }
      d.add('kind: Secret\nmetadata:\n  creationTimestamp: "', L.timestamp(r, 'isoz'), `"\n  name: app-secrets\n  namespace: ${ns}\n  resourceVersion: "`, L.k8s_resource_version(r), '"\n  uid: ', L.uuid(r, 'lower'), '\ntype: Opaque\n');
    } else if (which === 2) {
      d.add(pr, 'aws sts assume-role --role-arn ', L.arn(r), ' --role-session-name ', c.user(), '\n{\n    "Credentials": {\n        "AccessKeyId": "', c.S('AWS_TEMPORARY_ACCESS_KEY'), '",\n        "SecretAccessKey": "', c.S('AWS_SECRET_KEY'),
        '",\n        "SessionToken": "', c.S('AWS_SESSION_TOKEN'), '",\n        "Expiration": "', L.timestamp(r, 'iso'), '"\n    },\n    "AssumedRoleUser": {\n        "Arn": "', L.arn(r), '"\n    }\n}\n');
    } else if (which === 3) {
      d.add(pr, `vault kv get secret/${pick(c, ['payments', 'crm', 'ci'])}/prod\n====== Metadata ======\nKey              Value\n---              -----\ncreated_time     `, L.timestamp(r, 'isoz'), '\nversion          ', String(r.int(2, 30)), '\n\n====== Data ======\nKey         Value\n---         -----\n');
      d.add('password    ', c.pw('DATABASE_PASSWORD'), '\napi_key     ', c.S(c.pick(['STRIPE_SECRET_KEY', 'MAILGUN_API_KEY', 'TWILIO_AUTH_TOKEN', 'KESTREL_API_KEY'])), '\nusername    ', c.user(), '\n');
    } else if (which === 4) {
      d.add(pr, 'cat ~/.aws/credentials\n[default]\naws_access_key_id = ', c.S('AWS_ACCESS_KEY'), '\naws_secret_access_key = ', c.S('AWS_SECRET_KEY'), '\n\n[example-docs]\naws_access_key_id = ', L.aws_example_key(r, 'id'), '\naws_secret_access_key = ', L.aws_example_key(r, 'secret'), '\n');
    } else if (which === 5) {
      d.add(pr, `mysql -u ${c.user()} -p -e "SELECT id, name, email, phone FROM customers LIMIT 4" crm\nEnter password: \n+------+----------------------+-------------------------------+------------------+\n| id   | name                 | email                         | phone            |\n+------+----------------------+-------------------------------+------------------+\n`);
      for (let i = r.int(2, 4); i > 0; i--) { const info = c.info(); d.add('| ', String(r.int(1000, 9999)), ' | ', P.personVal(info), ' | ', P.emailFor(r, info), ' | ', c.phone(), ' |\n'); }
      d.add('+------+----------------------+-------------------------------+------------------+\n');
    } else if (which === 6) {
      d.add(pr, 'docker inspect --format "{{json .Config.Env}}" billing-worker\n["PATH=/usr/local/sbin:/usr/local/bin","DATABASE_URL=', connUrl(c), '","STRIPE_KEY=', c.S('STRIPE_SECRET_KEY'), '","NODE_VERSION=', L.version(r), '"]\n');
    } else if (which === 7) {
      d.add(pr, 'vault operator init -key-shares=3 -key-threshold=2\n');
      for (let i = 1; i <= 3; i++) d.add(`Unseal Key ${i}: `, c.S('VAULT_UNSEAL_KEY'), '\n');
      d.add('\nInitial Root Token: ', c.S('VAULT_SERVICE_TOKEN'), '\n\nVault initialized with 3 key shares and a key threshold of 2.\n');
    } else {
      d.add(pr, cli(c), '\n', pick(c, ['Login Succeeded\n', 'OK\n', 'Connected.\n', 'warning: using a password on the command line interface can be insecure.\n', '']));
    }
  }
  if (r.chance(0.3)) d.add(promptFor(c), 'history -c && exit\n');
}

// ---------- logs ----------
const LVL = ['INFO', 'INFO', 'INFO', 'WARN', 'ERROR', 'DEBUG'];
function logEvent(c) {
  const r = c.r;
  return r.pick([
    () => ['request from ', c.ip(), ' user=', c.email(), ' path=/api/orders status=200'],
    () => ['login failed for ', c.email(), ' from ', c.ip(), ' (password=', c.pw('USER_PASSWORD'), ')'],
    () => ['outgoing request headers: {"Authorization": "Bearer ', c.S(c.pick(['JSON_WEB_TOKEN', 'BEARER_TOKEN', 'OKTA_API_TOKEN', 'GRANITE_M2M_TOKEN', 'PELICAN_REFRESH_TOKEN', 'QUILL_SESSION_KEY'])), '"}'],
    () => ['connecting to ', connUrl(c)],
    () => ['sending SMS to ', c.phone(), ' for order ', L.order_number(r)],
    () => ['payment declined card=', P.card(r), ' customer=', c.person()],
    () => ['cache miss key=session:', L.uuid(r), ' took ', String(r.int(2, 900)), 'ms'],
    () => ['webhook delivered id=', L.api_object_id(r), ' trace=', L.trace_id(r)],
    () => ['retrying upstream ', L.hostname(r), ' attempt=', String(r.int(1, 5))],
    () => ['config loaded: smtp.user=', c.user(), ' smtp.pass=', c.pw('SMTP_PASSWORD'), ' smtp.host=', c.hostStr('smtp')],
    () => ['user profile updated: ', c.person(), ' moved to ', c.city()],
    () => ['deploy ', L.version(r), ' (', L.git_sha(r, true), ') finished'],
    () => ['api key rejected: ', c.S(c.pick(['GENERIC_API_KEY', 'CORVID_API_KEY', 'VOLTA_INGEST_KEY', 'HELIX_TENANT_KEY', 'GOOGLE_API_KEY', 'MAILCHIMP_API_KEY']))],
    () => ['signed upload url issued, etag=', L.etag(r), ' size=', String(r.int(1000, 900000))],
  ])();
}
function appLog(c, n) {
  const r = c.r, d = c.d, tick = clock(c);
  const fmt = pick(c, ['json', 'logfmt', 'nginx', 'syslog', 'logback', 'python']);
  c.tag('log_format', fmt);
  const svc = pick(c, ['api', 'billing', 'auth', 'gateway', 'worker', 'notifier']);
  for (let i = 0; i < n + 3; i++) {
    const t = tick();
    if (fmt === 'nginx') {
      const ok = r.chance(0.7);
      d.add(c.ip(), ' - ', r.chance(0.2) ? c.user() : '-', ' [', L.timestamp(r, 'clf', t), '] "', pick(c, ['GET', 'POST', 'PUT']), ' ',
        ok ? pick(c, ['/api/v1/orders', '/login', '/static/app.js', '/healthz']) : ['/api/v1/export?token=', c.S(c.pick(['BEARER_TOKEN', 'GENERIC_API_KEY', 'SESSION_COOKIE', 'SABLE_PROXY_TOKEN']))],
        ' HTTP/1.1" ', String(pick(c, [200, 200, 302, 401, 404, 500])), ' ', String(r.int(200, 90000)), ' "-" "', [pick(c, ['Mozilla/', 'curl/', 'okhttp/', 'python-requests/', 'Go-http-client/']), L.version(r, 'semver')], '" rid=', L.request_id(r), '\n');
    } else if (fmt === 'json') {
      d.add('{"ts":"', L.timestamp(r, 'iso', t), '","level":"', pick(c, LVL).toLowerCase(), '","svc":"', svc, '","msg":"', logEvent(c), '","request_id":"', L.request_id(r), '"}\n');
    } else if (fmt === 'logfmt') {
      d.add('time=', L.timestamp(r, 'isoz', t), ' level=', pick(c, LVL).toLowerCase(), ` service=${svc} msg="`, logEvent(c), '" trace_id=', L.trace_id(r), '\n');
    } else if (fmt === 'syslog') {
      d.add(L.timestamp(r, 'syslog', t), ' ', L.hostname(r), ` ${svc}[${r.int(300, 40000)}]: `, logEvent(c), '\n');
    } else if (fmt === 'logback') {
      d.add(L.timestamp(r, 'space', t), ` [${pick(c, ['main', 'http-nio-8080-exec-3', 'pool-2-thread-1'])}] ${pick(c, LVL).padEnd(5)} ${pick(c, ['c.f.billing.PaymentService', 'o.a.c.c.C.[Tomcat]', 'c.f.auth.LoginController'])} - `, logEvent(c), '\n');
    } else {
      d.add(L.timestamp(r, 'space', t), ` ${pick(c, LVL)} ${svc}.${pick(c, ['views', 'tasks', 'client'])}: `, logEvent(c), '\n');
    }
  }
}

function crashDump(c, n) {
  const r = c.r, d = c.d;
  const lang = pick(c, ['python', 'java', 'go', 'node', 'dotnet', 'ruby', 'php']);
  c.tag('crash_lang', lang);
  const t = L.timestamp(r, 'iso');
  if (lang === 'python') {
    d.add('Traceback (most recent call last):\n  File "/srv/app/worker/sync.py", line ', String(r.int(20, 400)), ', in run\n    conn = psycopg2.connect(dsn)\n  File "/usr/lib/python3/site-packages/psycopg2/__init__.py", line 122, in connect\n');
    d.add('psycopg2.OperationalError: connection to server at "', c.hostStr('db'), '", port 5432 failed: FATAL:  password authentication failed for user "', c.user(), '"\n\nLocal variables in run:\n');
    d.add("    dsn = '", connUrl(c, pick(c, ['postgresql', 'postgres', 'postgresql+psycopg2'])), "'\n    api_key = '", c.S(c.pick(['OPENAI_API_KEY', 'SENDGRID_API_KEY', 'MERIDIAN_PAT', 'TANGO_BILLING_KEY', 'REPLICATE_API_TOKEN'])), "'\n");
    d.add("    customer = {'name': '", c.person(), "', 'email': '", c.email(), "', 'phone': '", c.phone(), "'}\n    started_at = '", t, "'\n");
  } else if (lang === 'java') {
    d.add('Exception in thread "main" org.springframework.beans.factory.BeanCreationException: Error creating bean with name \'dataSource\': ', 'Failed to obtain JDBC Connection for url [', connString(c, pick(c, ['jdbc:postgresql', 'jdbc:mysql', 'jdbc:sqlserver', 'jdbc:oracle', 'jdbc:db2', 'jdbc:redshift', 'jdbc:hive2'])), ']\n');
    for (let i = r.int(3, 6); i > 0; i--) d.add(`\tat ${pick(c, ['org.springframework.beans.factory.support', 'com.zaxxer.hikari.pool', 'com.fabrikam.billing.config'])}.${pick(c, ['HikariPool', 'AbstractBeanFactory', 'DataSourceConfig'])}.${pick(c, ['getConnection', 'doGetBean', 'init'])}(${pick(c, ['HikariPool.java', 'AbstractBeanFactory.java', 'DataSourceConfig.java'])}:${r.int(40, 900)})\n`);
    d.add('Caused by: java.sql.SQLException: Access denied for user \'', c.user(), '\'@\'', c.hostStr('app'), '\' (using password: YES)\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)\n');
  } else if (lang === 'go') {
    d.add('panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x', r.hex(7), ']\n\ngoroutine ', String(r.int(1, 300)), ' [running]:\nmain.(*Client).Send(0xc000', r.hex(6), ', {0xc0001', r.hex(5), ', 0x2a})\n\t/build/cmd/relay/client.go:', String(r.int(30, 300)), ' +0x1d4\n');
    d.add('config dump: &main.Config{Endpoint:"https://', c.hostStr('api'), '", Token:"', c.S(c.pick(['SLACK_BOT_TOKEN', 'DISCORD_BOT_TOKEN', 'TELEGRAM_BOT_TOKEN', 'ORBIT_DEPLOY_KEY', 'WREN_AGENT_KEY', 'NATS_NKEY_SEED'])), '", Owner:"', c.email(), '", Retries:3}\n');
  } else if (lang === 'node') {
    d.add('/srv/app/node_modules/pg/lib/client.js:', String(r.int(100, 600)), '\n      throw err\n      ^\n\nError: getaddrinfo ENOTFOUND ', c.hostStr('db'), '\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {\n  errno: -3008,\n  code: \'ENOTFOUND\'\n}\n\nNode.js ', L.version(r), '\nprocess.env snapshot:\n');
    for (let i = r.int(3, 5); i > 0; i--) { const e = pick(c, EXPORTS); d.add(`  ${e === 'AWS_SECRET_KEY' ? 'AWS_SECRET_ACCESS_KEY' : e}: '`, c.S(ENV_NAME[e] || e), "',\n"); }
    d.add("  DATABASE_URL: '", connUrl(c), "'\n");
  } else if (lang === 'dotnet') {
    d.add('Unhandled exception. System.Data.SqlClient.SqlException (0x80131904): Login failed for user \'', c.user(), '\'.\n   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity)\n   ConnectionString: ', connString(c, pick(c, ['adonet', 'odbc', 'azure-storage', 'azure-sb', 'cosmos'])), '\nClientConnectionId:', L.uuid(r), '\nError Number:18456,State:1,Class:14\n');
  } else if (lang === 'ruby') {
    d.add('/srv/app/app/services/mailer.rb:', String(r.int(10, 200)), ":in `deliver': 535-5.7.8 Username and Password not accepted (Net::SMTPAuthenticationError)\n\tfrom /srv/app/app/jobs/notify_job.rb:12:in `perform'\nsmtp_settings: {:address=>\"", c.hostStr('smtp'), '", :port=>587, :user_name=>"', c.email(), '", :password=>"', c.S('GOOGLE_APP_PASSWORD'), '"}\n');
  } else {
    d.add('PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user \'', c.user(), '\' in /var/www/html/lib/Db.php:', String(r.int(10, 90)), "\nStack trace:\n#0 /var/www/html/lib/Db.php(41): PDO->__construct('mysql:host=", c.hostStr('mysql'), ";dbname=shop', '", c.user(), "', '", c.pw('MYSQL_PASSWORD'), "')\n#1 {main}\n  thrown in /var/www/html/lib/Db.php on line 41\n");
  }
  d.add(pick(c, ['\n-- reported by ', '\nreporter: ', '\n(crash forwarded by ']), c.nameEmail(), ' at ', L.timestamp(r, 'iso'), '\n');
}

// ---------- CI ----------
function ciPipeline(c, n) {
  const r = c.r, d = c.d;
  const sys = pick(c, ['gha', 'gitlab', 'jenkins', 'azure', 'log']);
  c.tag('ci_system', sys);
  if (sys === 'gha') {
    d.add(`name: ${pick(c, ['deploy', 'release', 'nightly'])}\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      NODE_ENV: production\n      API_TOKEN: `, L.env_reference(r, 'API_TOKEN', '${{}}'), '\n');
    for (const ent of c.pickN(['NPM_ACCESS_TOKEN', 'DOCKER_HUB_PAT', 'SONARQUBE_TOKEN', 'CARGO_REGISTRY_TOKEN', 'RUBYGEMS_API_KEY', 'NUGET_API_KEY', 'GITHUB_APP_INSTALLATION_TOKEN', 'RIVET_CI_TOKEN', 'PULUMI_ACCESS_TOKEN', 'TERRAFORM_CLOUD_TOKEN'], n)) {
      d.add(`      ${ent.replace(/_(API|ACCESS)/, '')}: `, r.chance(0.6) ? c.S(ent) : L.env_reference(r, ent, '${{}}'), r.chance(0.3) ? '   # TODO use secrets' : '', '\n');
    }
    d.add('    steps:\n      - uses: actions/checkout@', L.git_sha(r), '\n      - run: echo "deploying ', L.version(r), '"\n      - run: curl -fsS -H "Authorization: token ', c.S(c.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_TOKEN'])), `" https://git.${c.domain()}/api/v3/repos/platform/app/releases\n`);
  } else if (sys === 'gitlab') {
    d.add('variables:\n  DOCKER_DRIVER: overlay2\n  DEPLOY_TOKEN: ', L.env_reference(r, 'CI_JOB_TOKEN', '$'), '\n');
    for (const ent of c.pickN(['GITLAB_RUNNER_TOKEN', 'GITLAB_PIPELINE_TRIGGER_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'ARTIFACTORY_API_KEY', 'SONARQUBE_TOKEN', 'DOCKER_HUB_PAT'], n)) { d.add(`  ${ent.replace('GITLAB_', '')}: "`, c.S(ent), '"\n'); }
    d.add('deploy:\n  stage: deploy\n  image: alpine@', L.digest(r), '\n  script:\n    - ', cli(c, pick(c, ['docker', 'helm', 'kubectl', 'curl'])), '\n  only: [main]\n');
  } else if (sys === 'jenkins') {
    d.add(`pipeline {\n  agent any\n  environment {\n    REGISTRY = 'registry.${c.domain()}'\n    NEXUS_CREDS = credentials('nexus-deploy')\n`);
    for (const ent of c.pickN(['JENKINS_API_TOKEN', 'ARTIFACT_REPOSITORY_PASSWORD', 'SONARQUBE_TOKEN', 'SLACK_BOT_TOKEN', 'JAVA_KEYSTORE_PASSWORD'], n)) { d.add(`    ${ent.replace(/_/g, '_')} = '`, ent.endsWith('PASSWORD') ? c.pw(ent) : c.S(ent), "'\n"); }
    d.add("  }\n  stages {\n    stage('Deploy') {\n      steps {\n        sh \"", cli(c, pick(c, ['sshpass', 'rsync', 'scp', 'lftp', 'docker'])), "\"\n      }\n    }\n  }\n}\n");
  } else if (sys === 'azure') {
    d.add('trigger:\n- main\npool:\n  vmImage: ubuntu-latest\nvariables:\n  buildConfiguration: Release\n  azureSubscription: ', L.uuid(r), '\n');
    for (const ent of c.pickN(['AZURE_DEVOPS_PAT', 'AZURE_AD_CLIENT_SECRET', 'AZURE_STORAGE_ACCOUNT_KEY', 'NUGET_API_KEY', 'AZURE_SERVICE_BUS_KEY'], n)) { d.add(`  ${ent.toLowerCase().replace(/_/g, '')}: '`, c.S(ent), "'\n"); }
    d.add('steps:\n- script: dotnet nuget push **/*.nupkg --api-key ', L.env_reference(r, 'NUGET_KEY', '$'), ` --source https://nuget.${c.domain()}/v3/index.json\n`);
  } else {
    const tick = clock(c);
    d.add(`Running with gitlab-runner `, L.version(r), ` (`, L.git_sha(r, true), `)\n`);
    for (let i = 0; i < n + 2; i++) {
      const t = tick();
      const x = r.int(0, 4);
      d.add(L.timestamp(r, 'isoz', t), ' ');
      if (x === 0) d.add('$ echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin   # value: ', L.placeholder(r, '[MASKED]'), '\n');
      else if (x === 1) d.add('$ echo ', c.S('KUBERNETES_SECRET_VALUE', 'b64', { raw: c.S(c.pick(['NPM_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'SONARQUBE_TOKEN'])).raw }), ' | base64 -d > ~/.npmrc-token   # debug\n');
      else if (x === 2) d.add('+ ', cli(c), '\n');
      else if (x === 3) d.add('Pulling docker image node@', L.digest(r), ' ...\n');
      else d.add('Job succeeded, artifact checksum ', L.hash(r, 256), '\n');
    }
  }
  if (r.chance(0.3)) d.add('# maintained by ', c.nameEmail(' (', ')'), '\n');
}

// ---------- Kubernetes ----------
function k8sManifest(c, n) {
  const r = c.r, d = c.d, ns = pick(c, ['prod', 'payments', 'data', 'default', 'ci']);
  const meta = (name) => ['metadata:\n  name: ', name, '\n  namespace: ', ns, '\n  uid: ', L.uuid(r, 'lower'), '\n  resourceVersion: "', L.k8s_resource_version(r), '"\n  creationTimestamp: "', L.timestamp(r, 'isoz'), '"\n'];
  if (r.chance(0.25)) d.add('# owner: ', c.nameEmail(' — ', ''), '\n');
  const b64 = r.chance(0.5);
  d.add('apiVersion: v1\nkind: Secret\n', meta(pick(c, ['app-secrets', 'db-credentials', 'api-keys'])), 'type: Opaque\n', b64 ? 'data:\n' : 'stringData:\n');
  for (let i = 0; i < n; i++) {
    const ent = c.pick(['DATABASE_PASSWORD', 'REDIS_PASSWORD', 'STRIPE_SECRET_KEY', 'SENDGRID_API_KEY', 'JWT_SIGNING_SECRET', 'OPENAI_API_KEY', 'SESSION_SECRET', 'HELIX_TENANT_KEY', 'TUNDRA_PAT', 'AMQP_PASSWORD', 'SUPABASE_SERVICE_ROLE_KEY']);
    const key = ent.toLowerCase().replace(/_/g, r.chance(0.5) ? '-' : '_');
    if (b64) d.add(`  ${key}: `, c.S('KUBERNETES_SECRET_VALUE', 'b64', { raw: c.S(ent).raw }), '\n');
    else d.add(`  ${key}: "`, ent.endsWith('PASSWORD') ? c.pw(ent) : c.S(ent), '"\n');
  }
  d.add('---\napiVersion: apps/v1\nkind: Deployment\n', meta(pick(c, ['api', 'worker', 'billing'])), 'spec:\n  replicas: ', String(r.int(1, 6)), '\n  template:\n    spec:\n      containers:\n      - name: app\n        image: registry.', c.domain(), '/app@', L.digest(r), '\n        env:\n');
  d.add('        - name: APP_VERSION\n          value: "', L.version(r), '"\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef: {name: db-credentials, key: password}\n');
  if (r.chance(0.7)) d.add('        - name: ', pick(c, ['LEGACY_TOKEN', 'FALLBACK_API_KEY', 'SMTP_PASS']), '\n          value: "', c.S(c.pick(['GENERIC_API_KEY', 'MAILGUN_API_KEY', 'PAX_ADMIN_TOKEN', 'BEACON_DEVICE_KEY', 'FIGMA_PAT'])), '"  # temporary\n');
  if (r.chance(0.5)) d.add('---\napiVersion: v1\nkind: ConfigMap\n', meta('app-config'), 'data:\n  SUPPORT_EMAIL: ', c.email(), '\n  SUPPORT_PHONE: "', c.phone(), '"\n  OFFICE: ', c.city(), '\n  THEME: "', L.hex_color(r), '"\n');
}
function kubeconfig(c, withKey = false) {
  const r = c.r, d = c.d, name = pick(c, ['prod-eu', 'staging', 'lab']);
  d.add('apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ', look_b64cert(c), `\n    server: https://${c.hostStr('k8s')}:6443\n  name: ${name}\ncontexts:\n- context:\n    cluster: ${name}\n    user: ${c.user()}\n  name: ${name}\ncurrent-context: ${name}\nusers:\n- name: ${c.user()}\n  user:\n`);
  if (withKey || r.chance(0.5)) d.add('    client-certificate-data: ', look_b64cert(c), '\n    client-key-data: ', c.S('KUBECONFIG_CLIENT_KEY', 'b64', { raw: PEM_GEN[pick(c, ['RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY'])](r) }), '\n');
  else d.add('    token: ', c.S('KUBERNETES_SERVICE_ACCOUNT_TOKEN'), '\n');
}
function look_b64cert(c) { return reenc(L.certificate(c.r), 'b64'); }

function compose(c, n) {
  const r = c.r, d = c.d;
  d.add(r.chance(0.5) ? ['version: "', look('version', `3.${r.int(7, 9)}`), '"\n'] : '', 'services:\n');
  const svcs = r.picks(['db', 'cache', 'app', 'worker', 'broker', 'search', 'proxy'], Math.min(4, n));
  for (const s of svcs) {
    const img = { db: ['postgres:', L.version(r)], cache: ['redis:', L.version(r), '-alpine'], app: `registry.${c.domain()}/shop/app`, worker: `registry.${c.domain()}/shop/worker`, broker: 'rabbitmq:3-management', search: ['elasticsearch:', L.version(r, 'semver')], proxy: ['nginx:', L.version(r)] }[s];
    d.add(`  ${s}:\n    image: `, img, r.chance(0.3) ? ['@', L.digest(r)] : '', '\n');
    const env = { db: [['POSTGRES_PASSWORD', () => c.pw('POSTGRES_PASSWORD')], ['POSTGRES_USER', () => c.user()]], cache: [['REDIS_PASSWORD', () => c.pw('REDIS_PASSWORD')]],
      app: [['DATABASE_URL', () => connUrl(c, pick(c, ['postgresql', 'mysql', 'mongodb']))], ['SECRET_KEY_BASE', () => c.S('RAILS_SECRET_KEY_BASE')], ['STRIPE_SECRET_KEY', () => c.S('STRIPE_SECRET_KEY')], ['SENTRY_DSN', () => ['https://', L.hash(r, 128), '@sentry.', c.domain(), '/', String(r.int(2, 90))]]],
      worker: [['BROKER_URL', () => connUrl(c, pick(c, ['amqp', 'amqps', 'redis']))], ['SMTP_PASSWORD', () => c.pw('SMTP_PASSWORD')], ['OPENAI_API_KEY', () => c.S('OPENAI_API_KEY')]],
      broker: [['RABBITMQ_DEFAULT_PASS', () => c.pw('AMQP_PASSWORD')], ['RABBITMQ_DEFAULT_USER', () => c.user()]], search: [['ELASTIC_PASSWORD', () => c.pw('ELASTICSEARCH_PASSWORD')], ['discovery.type', () => 'single-node']],
      proxy: [['BASIC_AUTH', () => c.S('HTTP_BASIC_AUTH', 'b64', { raw: `${c.user()}:${humanPassword(r)}` })]] }[s];
    const list = r.chance(0.5);
    d.add('    environment:\n');
    for (const [k, g] of env) d.add(list ? `      - ${k}=` : `      ${k}: `, g(), '\n');
    if (s === 'app') d.add('    ports:\n      - "8080:8080"\n');
  }
  if (r.chance(0.4)) d.add('# ', c.passing(), '\n');
}

// ---------- credential files ----------
const CRED = {
  netrc: (c) => [`# ~/.netrc\nmachine ${c.hostStr('git')}\n  login ${c.user()}\n  password `, c.S(c.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'ATLASSIAN_API_TOKEN', 'HEROKU_API_KEY'])), `\nmachine ${c.hostStr('ftp')} login ${c.user()} password `, c.pw('FTP_PASSWORD'), '\n'],
  pgpass: (c) => ['# ~/.pgpass\n', ...[0, 1].flatMap(() => [`${c.hostStr('pg')}:5432:${c.r.pick(['app', '*', 'reporting'])}:${c.user()}:`, c.pw('POSTGRES_PASSWORD'), '\n'])],
  gitcred: (c) => ['# ~/.git-credentials\nhttps://', c.user(), ':', c.S(c.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_TOKEN', 'AZURE_DEVOPS_PAT', 'GITLAB_PERSONAL_ACCESS_TOKEN'])), `@git.${c.domain()}\nhttps://`, c.user(), ':', c.pw('GIT_HTTP_PASSWORD', { enc: 'pct' }), `@svn.${c.domain()}\n`],
  dockercfg: (c) => ['# ~/.docker/config.json\n{\n  "auths": {\n    "registry.', c.domain(), '": {\n      "auth": "', c.S('DOCKER_REGISTRY_AUTH', 'b64', { raw: `${c.user()}:${c.r.chance(0.5) ? humanPassword(c.r) : c.S('DOCKER_HUB_PAT').raw}` }), '"\n    }\n  },\n  "credsStore": "', c.r.pick(['desktop', 'osxkeychain', 'pass']), '"\n}\n'],
  npmrc: (c) => ['# .npmrc\nregistry=https://npm.pkg.', c.domain(), '/\n//npm.pkg.', c.domain(), '/:_authToken=', c.S('NPM_ACCESS_TOKEN'), '\nalways-auth=true\n'],
  s3cfg: (c) => ['# ~/.s3cfg\n[default]\naccess_key = ', c.S('AWS_ACCESS_KEY'), '\nsecret_key = ', c.S('AWS_SECRET_KEY'), `\nhost_base = s3.${c.domain()}\nuse_https = True\n`],
  gcpjson: (c) => { const info = c.info(); return ['# sa-key.json\n{\n  "type": "service_account",\n  "project_id": "', c.r.lower(6), '-', c.r.digits(6), '",\n  "private_key_id": "', L.hash(c.r, 160), '",\n  "private_key": "', c.S('GCP_SERVICE_ACCOUNT_PRIVATE_KEY', 'json'), '\\n",\n  "client_email": "', pii('EMAIL_ADDRESS', `deployer@${c.r.lower(6)}.iam.gserviceaccount.test`), '",\n  "client_id": "', look('oauth_client_id', c.r.digits(21)), '",\n  "token_uri": "https://oauth2.', c.domain(), '/token"\n}\n']; },
  m2: (c) => ['<!-- ~/.m2/settings.xml -->\n<settings>\n  <servers>\n    <server>\n      <id>internal-releases</id>\n      <username>', c.user(), '</username>\n      <password>', c.pw('ARTIFACT_REPOSITORY_PASSWORD', { enc: 'xml', safe: false }), '</password>\n    </server>\n  </servers>\n</settings>\n'],
  mycnf: (c) => ['# ~/.my.cnf\n[client]\nuser=', c.user(), '\npassword="', c.pw('MYSQL_PASSWORD'), `"\nhost=${c.hostStr('mysql')}\n`],
  composer: (c) => ['// auth.json\n{\n    "http-basic": {\n        "repo.', c.domain(), '": {\n            "username": "', c.user(), '",\n            "password": "', c.pw('ARTIFACT_REPOSITORY_PASSWORD'), '"\n        }\n    }\n}\n'],
  gem: (c) => ['# ~/.gem/credentials\n---\n:rubygems_api_key: ', c.S('RUBYGEMS_API_KEY'), '\n'],
  cargo: (c) => ['# ~/.cargo/credentials.toml\n[registries.internal]\ntoken = "', c.S('CARGO_REGISTRY_TOKEN'), '"\n'],
  nuget: (c) => ['<!-- NuGet.Config -->\n<configuration>\n  <packageSourceCredentials>\n    <internal>\n      <add key="Username" value="', c.user(), '" />\n      <add key="ClearTextPassword" value="', c.S('NUGET_API_KEY'), '" />\n    </internal>\n  </packageSourceCredentials>\n</configuration>\n'],
  terraformrc: (c) => ['# ~/.terraformrc\ncredentials "app.terraform.example" {\n  token = "', c.S('TERRAFORM_CLOUD_TOKEN'), '"\n}\n'],
  ghhosts: (c) => ['# ~/.config/gh/hosts.yml\ngit.', c.domain(), ':\n    user: ', c.user(), '\n    oauth_token: ', c.S('GITHUB_OAUTH_TOKEN'), '\n    git_protocol: https\n'],
  vaulttoken: (c) => ['$ cat ~/.vault-token\n', c.S(c.pick(['VAULT_SERVICE_TOKEN', 'VAULT_BATCH_TOKEN'])), '\n'],
  wpa: (c) => ['# /etc/wpa_supplicant/wpa_supplicant.conf\nnetwork={\n    ssid="', c.r.pick(['FRITZ!Box 7590 XY', 'Lab-5G', 'Zuhause', 'Casa_Rossi']), '"\n    psk="', c.pw('WIFI_PASSPHRASE'), '"\n}\n'],
  natscreds: (c) => ['# nats.creds\n-----BEGIN NATS USER JWT-----\n', c.S('JSON_WEB_TOKEN'), '\n------END NATS USER JWT------\n\n-----BEGIN USER NKEY SEED-----\n', c.S('NATS_NKEY_SEED'), '\n------END USER NKEY SEED------\n'],
  kubeconfig: (c) => { kubeconfig(c); return []; },
  sshkey: (c) => ['$ cat ~/.ssh/', c.r.pick(['id_ed25519', 'deploy_key', 'id_rsa']), '\n', c.S(c.pick(['OPENSSH_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'PUTTY_PRIVATE_KEY'])), '\n$ cat ~/.ssh/authorized_keys\n', L.public_key(c.r, c.r.pick(['ssh-ed25519', 'ecdsa'])), ' ', c.email(), '\n'],
  pgpkey: (c) => ['$ gpg --export-secret-keys --armor ', L.pgp_fingerprint(c.r), '\n', c.S('PGP_PRIVATE_KEY'), '\n'],
  totp: (c) => ['# 2fa backup (', c.person(), ')\notpauth://totp/Corp%20SSO:', c.user(), '?secret=', c.S('TOTP_SECRET'), '&issuer=Corp%20SSO\nrecovery codes:\n', ...[0, 1, 2, 3].flatMap(() => ['  ', c.S('MFA_RECOVERY_CODE'), '\n'])],
};
function credentialsFile(c, n) {
  const r = c.r, d = c.d;
  const ks = r.picks(Object.keys(CRED), Math.max(1, Math.min(4, Math.ceil(n / 2))));
  for (const k of ks) { c.tag('cred_file', k); d.add(CRED[k](c)); d.add('\n'); }
}

function cloudOutput(c, n) {
  const r = c.r, d = c.d;
  for (let i = 0; i < Math.max(1, Math.ceil(n / 3)); i++) {
    const w = r.int(0, 4);
    if (w === 0) d.add('$ aws iam create-access-key --user-name ', c.user(), '\n{\n    "AccessKey": {\n        "UserName": "', c.user(), '",\n        "AccessKeyId": "', c.S('AWS_ACCESS_KEY'), '",\n        "Status": "Active",\n        "SecretAccessKey": "', c.S('AWS_SECRET_KEY'), '",\n        "CreateDate": "', L.timestamp(r, 'iso'), '"\n    }\n}\n');
    else if (w === 1) d.add('$ az ad sp create-for-rbac --name ', pick(c, ['gh-deployer', 'backup-sp', 'terraform']), ' --role Contributor\n{\n  "appId": "', L.uuid(r, 'lower'), '",\n  "displayName": "deployer",\n  "password": "', c.S('AZURE_AD_CLIENT_SECRET'), '",\n  "tenant": "', L.uuid(r, 'lower'), '"\n}\n');
    else if (w === 2) d.add('$ terraform output -json\n{\n  "db_password": {\n    "sensitive": true,\n    "type": "string",\n    "value": "', c.pw('DATABASE_PASSWORD'), '"\n  },\n  "cdn_token": {\n    "sensitive": true,\n    "value": "', c.S(c.pick(['FASTLY_API_TOKEN', 'CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_GLOBAL_API_KEY'])), '"\n  },\n  "bucket_arn": {\n    "value": "', L.arn(r), '"\n  }\n}\n');
    else if (w === 3) d.add('$ doctl compute droplet list --format ID,Name,PublicIPv4\nID           Name          Public IPv4\n', r.digits(9), '    web-01        ', '10.', String(r.int(0, 255)), '.0.', String(r.int(2, 250)), '\n$ cat ~/.config/doctl/config.yaml\naccess-token: ', c.S(c.pick(['DIGITALOCEAN_PAT', 'DIGITALOCEAN_OAUTH_TOKEN'])), '\n');
    else d.add('$ heroku config -a ', pick(c, ['shop-prod', 'api-eu']), '\n=== shop-prod Config Vars\nDATABASE_URL:      ', connUrl(c, 'postgres'), '\nPAPERTRAIL_API_TOKEN: ', c.S('GENERIC_API_KEY'), '\nSENDGRID_API_KEY:  ', c.S('SENDGRID_API_KEY'), '\nHEROKU_API_KEY:    ', c.S('HEROKU_API_KEY'), '\n');
  }
}

// ---------- network / VPN / servers / inventories ----------
function networkConfig(c, n) {
  const r = c.r, d = c.d, vendor = pick(c, ['ios', 'junos', 'mikrotik']);
  c.tag('net_vendor', vendor);
  const hn = L.hostname(r);
  if (vendor === 'ios') {
    d.add('!\n! Last configuration change at ', L.timestamp(r, 'syslog'), ' by ', c.user(), '\nversion ', look('version', `15.${r.int(1, 9)}`), '\nhostname ', hn, '\n!\nenable secret 5 $1$', r.str('./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 4), '$', L.hash(r, 128), '\n');
    d.add('enable password 0 ', c.pw('NETWORK_DEVICE_ENABLE_SECRET'), '\nusername admin privilege 15 password 0 ', c.pw('ADMIN_PASSWORD'), '\n!\ninterface GigabitEthernet0/1\n description uplink to ', L.hostname(r), ' (', L.mac_address(r), ')\n ip address 10.', String(r.int(0, 255)), '.1.1 255.255.255.0\n!\n');
    d.add('snmp-server community ', c.pw('SNMP_COMMUNITY_STRING'), ' RO 10\nsnmp-server contact ', c.person(), ' ', c.phone(), '\nsnmp-server location ', c.city(), '\nradius-server host 10.0.0.', String(r.int(2, 250)), ' key ', c.pw('RADIUS_SHARED_SECRET'), '\ncrypto isakmp key ', c.pw('IPSEC_PRESHARED_KEY'), ' address 0.0.0.0\n!\nend\n');
  } else if (vendor === 'junos') {
    d.add('## Last commit: ', L.timestamp(r, 'space'), ' UTC by ', c.user(), '\nset system host-name ', hn, '\nset system root-authentication plain-text-password-value "', c.pw('ROOT_PASSWORD'), '"\nset system login user noc authentication encrypted-password "$6$', r.alnum(8), '$', L.hash(r, 512), '"\n');
    d.add('set snmp community ', c.pw('SNMP_COMMUNITY_STRING'), ' authorization read-only\nset snmp location "', c.city(), '"\nset security ike policy ike-pol pre-shared-key ascii-text "', c.pw('IPSEC_PRESHARED_KEY'), '"\nset access radius-server 10.1.1.', String(r.int(2, 250)), ' secret "', c.pw('RADIUS_SHARED_SECRET'), '"\n');
  } else {
    d.add('# ', L.timestamp(r, 'space'), ' by RouterOS ', L.version(r), '\n# software id = ', r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4), '-', r.str('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4), '\n# serial number = ', L.serial_number(r), '\n/interface wireless security-profiles\nset [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key="', c.pw('WIFI_PASSPHRASE'), '"\n');
    d.add('/ppp secret\nadd name=', c.user(), ' password=', c.pw('VPN_PASSWORD'), ' service=l2tp\n/ip ipsec peer\nadd address=', L.hostname(r), ' secret="', c.pw('IPSEC_PRESHARED_KEY'), '"\n/system identity\nset name=', hn, '\n/snmp community\nset [ find default=yes ] name=', c.pw('SNMP_COMMUNITY_STRING'), '\n/interface ethernet\nset [ find default-name=ether1 ] mac-address=', L.mac_address(r), '\n');
  }
}
function vpnConfig(c, n) {
  const r = c.r, d = c.d, kind = pick(c, ['wireguard', 'openvpn', 'ipsec', 'nm']);
  c.tag('vpn', kind);
  if (kind === 'wireguard') {
    d.add('# /etc/wireguard/wg0.conf — ', c.person(), '’s laptop\n[Interface]\nAddress = 10.8.0.', String(r.int(2, 250)), '/32\nPrivateKey = ', c.S('WIREGUARD_PRIVATE_KEY'), '\nDNS = 10.8.0.1\n');
    for (let i = 0; i < Math.max(1, n - 3); i++) d.add('\n[Peer]\n# ', pick(c, ['office', 'dc-eu', 'home-lab', 'backup site']), '\nPublicKey = ', L.public_key(r, 'wg'), '\n', r.chance(0.5) ? ['PresharedKey = ', c.S('IPSEC_PRESHARED_KEY', 'plain', { raw: r.bytes(32).toString('base64') }), '\n'] : '', 'AllowedIPs = ', L.cidr(r), '\nEndpoint = vpn.', c.domain(), ':51820\nPersistentKeepalive = 25\n');
  } else if (kind === 'openvpn') {
    d.add('client\ndev tun\nproto udp\nremote vpn.', c.domain(), ' 1194\nauth-user-pass\ncipher AES-256-GCM\n<ca>\n', L.certificate(r), '\n</ca>\n<key>\n', c.S(c.pick(['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY'])), '\n</key>\n<tls-crypt>\n', c.S('OPENVPN_STATIC_KEY'), '\n</tls-crypt>\n');
  } else if (kind === 'ipsec') {
    d.add('# /etc/ipsec.secrets - strongSwan IPsec secrets file\n', L.hostname(r), ' %any : PSK "', c.pw('IPSEC_PRESHARED_KEY'), '"\n');
    for (let i = 0; i < Math.max(1, n - 2); i++) { const info = c.info(); d.add(c.user(), ' : EAP "', c.pw('VPN_PASSWORD'), '"   # ', P.personVal(info), '\n'); }
    d.add(': RSA /etc/ipsec.d/private/gw.key\n');
  } else {
    d.add('# /etc/NetworkManager/system-connections/', pick(c, ['Office', 'Hotel', 'Corp-VPN']), '.nmconnection\n[connection]\nid=Corp-VPN\nuuid=', L.uuid(r, 'lower'), '\ntype=vpn\n\n[vpn]\ngateway=vpn.', c.domain(), '\nusername=', c.user(), '\nservice-type=org.freedesktop.NetworkManager.openconnect\n\n[vpn-secrets]\npassword=', c.pw('VPN_PASSWORD'), '\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=', c.pw('WIFI_PASSPHRASE'), '\n');
  }
}
function serverConf(c, n) {
  const r = c.r, d = c.d;
  const parts = r.picks(['nginx', 'haproxy', 'redis', 'postfix', 'pgbouncer', 'squid', 'apache', 'phpfpm', 'caddy', 'mosquitto'], Math.max(1, Math.min(3, Math.ceil(n / 3))));
  for (const p of parts) {
    c.tag('server', p);
    if (p === 'nginx') d.add(`# /etc/nginx/conf.d/upstream.conf\nserver {\n    listen 443 ssl;\n    server_name ${pick(c, ['api', 'admin', 'grafana'])}.${c.domain()};\n    location /internal/ {\n        proxy_pass http://${c.hostStr('api')}:8080;\n        proxy_set_header Authorization "Basic `, c.S('HTTP_BASIC_AUTH', 'b64', { raw: `${c.user()}:${humanPassword(r)}` }), `";\n        proxy_set_header X-Api-Key "`, c.S(c.pick(['GENERIC_API_KEY', 'KESTREL_API_KEY', 'CORVID_API_KEY'])), '";\n    }\n}\n');
    else if (p === 'haproxy') d.add('# haproxy.cfg\nlisten stats\n    bind :8404\n    stats enable\n    stats uri /stats\n    stats auth admin:', c.pw('ADMIN_PASSWORD'), '\nuserlist ops\n    user ', c.user(), ' insecure-password ', c.pw('USER_PASSWORD'), '\n');
    else if (p === 'redis') d.add('# redis.conf\nbind 0.0.0.0\nport 6379\nrequirepass ', c.pw('REDIS_PASSWORD'), '\nmasterauth ', c.pw('REDIS_PASSWORD'), '\nmaxmemory 2gb\n');
    else if (p === 'postfix') d.add('# /etc/postfix/sasl_passwd\n[smtp.', c.domain(), ']:587 ', c.email(), ':', c.pw('SMTP_PASSWORD'), '\n');
    else if (p === 'pgbouncer') { d.add('; /etc/pgbouncer/userlist.txt\n'); for (let i = r.int(2, 3); i > 0; i--) d.add(`"${c.user()}" "`, c.pw('POSTGRES_PASSWORD'), '"\n'); }
    else if (p === 'squid') d.add('# squid.conf\ncache_peer ', c.hostStr('proxy'), ' parent 3128 0 no-query login=', c.user(), ':', c.pw('PROXY_PASSWORD'), '\n');
    else if (p === 'apache') d.add('# /etc/apache2/sites-enabled/app.conf\n<VirtualHost *:443>\n    ServerAdmin ', c.email(), '\n    SetEnv DB_PASS "', c.pw('DATABASE_PASSWORD'), '"\n    SetEnv MAPS_KEY "', c.S('GOOGLE_API_KEY'), '"\n</VirtualHost>\n');
    else if (p === 'phpfpm') d.add('; /etc/php/8.2/fpm/pool.d/www.conf\n[www]\nenv[DB_PASSWORD] = ', c.pw('MYSQL_PASSWORD'), '\nenv[APP_KEY] = ', c.S('LARAVEL_APP_KEY'), '\nenv[MAIL_FROM] = ', c.email(), '\n');
    else if (p === 'caddy') d.add('# Caddyfile\n', pick(c, ['files', 'wiki', 'status']), '.', c.domain(), ' {\n    reverse_proxy ', c.hostStr('app'), ':3000 {\n        header_up X-Internal-Token ', c.S(c.pick(['SABLE_PROXY_TOKEN', 'HALDOR_SERVICE_TOKEN', 'GRANITE_M2M_TOKEN'])), '\n    }\n}\n');
    else d.add('# /etc/mosquitto/conf.d/bridge.conf\nconnection cloud-bridge\naddress ', c.hostStr('mqtt'), ':8883\nremote_username ', c.user(), '\nremote_password ', c.pw('MQTT_PASSWORD'), '\ntopic sensors/# out 1\n');
    d.add('\n');
  }
  if (r.chance(0.4)) d.add('# ', c.passing(), '\n');
}
function ansibleInventory(c, n) {
  const r = c.r, d = c.d;
  if (r.chance(0.5)) {
    d.add('# inventory/prod.ini\n[web]\n');
    for (let i = 0; i < Math.max(2, n - 2); i++) d.add(L.hostname(r), ` ansible_host=10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)} ansible_user=${c.user()} ansible_password=`, c.pw('SSH_PASSWORD'), '\n');
    d.add('\n[db:vars]\nansible_become_pass=', c.pw('ROOT_PASSWORD'), '\n');
  } else {
    d.add('# group_vars/all/vars.yml\nntp_server: ', L.hostname(r), '\nadmin_contact: ', c.email(), '\nmysql_root_password: ', c.pw('MYSQL_PASSWORD'), '\nvault_unseal_hint: ', L.placeholder(r), '\nldap_bind_password: "', c.pw('LDAP_BIND_PASSWORD'), '"\nipmi_password: ', c.pw('IPMI_PASSWORD'), '\n');
  }
  d.add('\n# group_vars/all/vault.yml (encrypted)\n$ANSIBLE_VAULT;1.1;AES256\n', L.ciphertext(r, 'hex'), '\n# vault password file: ~/.vault_pass -> ', c.pw('ANSIBLE_VAULT_PASSWORD'), '\n');
}

export const OPS_KINDS = {
  shell_history: shellHistory, terminal_session: terminalSession, app_log: appLog, crash_dump: crashDump, ci_pipeline: ciPipeline, k8s_manifest: k8sManifest,
  compose_file: compose, credentials_file: credentialsFile, cloud_cli_output: cloudOutput, network_config: networkConfig, vpn_config: vpnConfig, server_conf: serverConf, ansible_inventory: ansibleInventory,
};
export { EXPORTS, ENV_NAME, BENIGN };

// ---------- key material in many wrappings (raw, indented YAML, JSON-escaped, base64 in a Secret, \n-escaped env) ----------
const PEM_KINDS = ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'ED25519_PRIVATE_KEY', 'ENCRYPTED_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY', 'PUTTY_PRIVATE_KEY'];
function keyMaterial(c, n) {
  const r = c.r, d = c.d;
  const ent = c.pick([...PEM_KINDS, 'GCP_SERVICE_ACCOUNT_PRIVATE_KEY', 'KUBECONFIG_CLIENT_KEY']);
  const ctx = ent === 'GCP_SERVICE_ACCOUNT_PRIVATE_KEY' ? 'gcp' : ent === 'KUBECONFIG_CLIENT_KEY' ? 'kubeconfig' : ['PGP_PRIVATE_KEY', 'PUTTY_PRIVATE_KEY'].includes(ent) ? 'cat'
    : r.pick(['cat', 'helm', 'tfstate', 'env', 'k8s_tls', 'vault_pki', 'python']);
  c.tag('key_wrapping', ctx);
  if (ctx === 'kubeconfig') { d.add('$ cat ~/.kube/config\n'); kubeconfig(c, true); return; }
  if (ctx === 'cat') {
    const f = { OPENSSH_PRIVATE_KEY: '~/.ssh/id_ed25519', PUTTY_PRIVATE_KEY: 'C:\\Users\\ops\\keys\\jump.ppk', PGP_PRIVATE_KEY: 'backup-signing.asc' }[ent] || '/etc/ssl/private/server.key';
    d.add('$ ls -l ', f, '\n-rw------- 1 ', c.user(), ' ', c.user(), ' 1679 ', L.date(r), ' ', f, '\n$ cat ', f, '\n', c.S(ent), '\n');
    if (r.chance(0.6)) d.add('$ cat ', f, '.pub\n', L.public_key(r, r.pick(['ssh-ed25519', 'ecdsa', 'ssh-rsa'])), ' ', c.email(), '\n$ ssh-keygen -lf ', f, '.pub\n256 ', L.ssh_fingerprint(r), ' (ED25519)\n');
  } else if (ctx === 'helm') {
    d.add('# values-prod.yaml\ningress:\n  host: ', pick(c, ['shop', 'api', 'portal']), '.', c.domain(), '\ntls:\n  cert: |\n    ', reenc(L.certificate(r), 'indent:4'), '\n  key: |\n    ', c.S(ent, 'indent:4'), '\n');
  } else if (ctx === 'tfstate') {
    d.add('{\n  "version": 4,\n  "terraform_version": "', L.version(r, 'semver'), '",\n  "serial": ', String(r.int(3, 300)), ',\n  "lineage": "', L.uuid(r, 'lower'), '",\n  "resources": [\n    {\n      "type": "tls_private_key",\n      "name": "deploy",\n      "instances": [\n        {\n          "attributes": {\n            "algorithm": "', r.pick(['RSA', 'ECDSA', 'ED25519']), '",\n            "private_key_pem": "', c.S(ent, 'json'), '\\n",\n            "public_key_fingerprint_sha256": "', L.ssh_fingerprint(r), '"\n          }\n        }\n      ]\n    }\n  ]\n}\n');
  } else if (ctx === 'env') {
    const multi = r.chance(0.5);
    d.add('# .env.local\nAPP_ENV=production\nJWT_ISSUER=https://auth.', c.domain(), '\nJWT_PRIVATE_KEY="', c.S(ent, multi ? 'plain' : 'nl'), '"\nJWT_KID=', L.hash(r, 128), '\n');
  } else if (ctx === 'k8s_tls') {
    const cert = L.certificate(r);
    d.add('apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: ', pick(c, ['shop-tls', 'api-cert', 'wildcard']), '\n  uid: ', L.uuid(r, 'lower'), '\ndata:\n  tls.crt: ', reenc(cert, 'b64'), '\n  tls.key: ', c.S(ent, 'b64'), '\n');
  } else if (ctx === 'vault_pki') {
    d.add('$ vault write pki_int/issue/web common_name=', pick(c, ['api', 'grafana', 'wiki']), '.', c.domain(), ' ttl=720h\nKey                 Value\n---                 -----\ncertificate         ', L.certificate(r), '\nexpiration          ', L.timestamp(r, 'epoch'), '\nprivate_key         ', c.S(ent), '\nprivate_key_type    ', r.pick(['rsa', 'ec']), '\nserial_number       ', L.serial_number(r), '\n');
  } else if (ctx === 'python') {
    d.add('# signing.py — ', c.nameEmail(), '\nimport jwt\n\nPRIVATE_KEY = """', c.S(ent), '"""\n\nKID = "', L.uuid(r, 'lower'), '"\n\ndef sign(claims):\n    return jwt.encode(claims, PRIVATE_KEY, algorithm="RS256", headers={"kid": KID})\n');
  } else {
    CRED.gcpjson(c).forEach((x) => d.add(x));
  }
  if (r.chance(0.3)) d.add('# ', c.passing(), '\n');
}
OPS_KINDS.key_material = keyMaterial;
