// kinds: env_config, k8s_yaml, shell_history, ci_output, iac_output
import { S, P, L, T, J, F, CS, jsonEsc, b64, LK, PI, Sv } from './h.mjs';
import { conn, dbconn } from './conn.mjs';
import { WORDS, password } from './secrets.mjs';

const svc = (r) => r.pick(['billing-api', 'orders', 'ledger', 'notifier', 'search-indexer', 'auth-gateway', 'media-worker', 'crm-sync', 'payouts']);

export function env_config(r, K, H, i) {
  const v = i % 8;
  if (v === 7) { const k = K.pem(), a = K.tok(); return T`# .env.deploy
DEPLOY_HOST=${H.host()}
${k.env}="${Sv(k)}"
${a.env.toUpperCase().replace(/\./g, '_')}=${Sv(a)}
SSH_KNOWN_HOST_KEY="${L('public_key', LK.sshPub(r))}"
TLS_CA_BUNDLE=/etc/ssl/certs/ca.pem
BUILD_ID=${H.uuid()}
`; }
  if (v === 0) { // .env
    const lines = [T`# ${svc(r)} — local overrides, do not commit (copied from 1Password on ${H.date()})`, 'NODE_ENV=production', `PORT=${r.pick([3000, 8080, 5000])}`,
      T`DATABASE_URL=${dbconn(r)}`];
    for (let i = 0, n = r.int(3, 6); i < n; i++) {
      const s = K.tok(); const q = r.pick(['', '"', "'"]);
      lines.push(r.chance(0.15) ? T`# ${s.env}=${q}${Sv(s)}${q}   # old one, rotated?` : T`${s.env.toUpperCase().replace(/\./g, '_')}=${q}${Sv(s)}${q}`);
    }
    lines.push(T`SENTRY_RELEASE=${H.sha()}`, T`SMTP_PASSWORD=${H.env('SMTP_PASSWORD')}`, T`STRIPE_PUBLISHABLE_KEY=${L('public_key', LK.stripePk(r))}`, T`FEATURE_FLAGS_KEY=${H.ph()}`);
    return F(J([lines[0], ...r.shuffle(lines.slice(1))], '\n'), '\n');
  }
  if (v === 1) { // aws credentials
    const a = K.of('AWS_ACCESS_KEY'), b = K.of('AWS_SECRET_KEY'), c = K.of('AWS_TEMP_ACCESS_KEY'), d = K.of('AWS_SECRET_KEY'), e = K.of('AWS_SESSION_TOKEN');
    return T`$ cat ~/.aws/credentials
[default]
aws_access_key_id = ${Sv(a)}
aws_secret_access_key = ${Sv(b)}

[${r.pick(['prod-admin', 'sandbox', 'ci'])}]
aws_access_key_id=${Sv(c)}
aws_secret_access_key=${Sv(d)}
aws_session_token=${Sv(e)}
# expires ${H.ts()}

[docs-example]
aws_access_key_id = ${L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')}
aws_secret_access_key = ${L('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}

$ cat ~/.aws/config
[profile ${r.pick(['prod-admin', 'sandbox'])}]
region = ${r.pick(['eu-central-1', 'us-east-1', 'ap-southeast-2'])}
role_arn = arn:aws:iam::${r.digits(12)}:role/${r.pick(['OrgAdmin', 'Deployer'])}
`;
  }
  if (v === 2) { // netrc / npmrc / git-credentials / pgpass
    const gl = K.of('GITLAB_PAT'), npm = K.of('NPM_TOKEN'), pg = password(r), gh = K.of(r.pick(['GITHUB_PAT', 'GITHUB_FINE_GRAINED_PAT']));
    return T`==> ~/.netrc <==
machine git.acme.example
  login ${r.pick(['jdoe', 'ci-runner', 'mkowalski'])}
  password ${Sv(gl)}
machine api.heroku.example login ${P('EMAIL_ADDRESS', 'ops@acme.example')} password ${S('GENERIC_API_KEY', r.str(36, CS.lowdig))}

==> ~/.npmrc <==
//npm.registry.acme.example/:_authToken=${Sv(npm)}
//npm.pkg.acme.example/:_authToken=${H.env('NPM_TOKEN')}
always-auth=true

==> ~/.git-credentials <==
https://${r.pick(['maria', 'oauth2', 'bot'])}:${Sv(gh)}@code.acme.example

==> ~/.pgpass <==
${r.pick(['db-prod.corp.example', 'pg-replica.svc.test'])}:5432:*:${r.pick(['postgres', 'report'])}:${S('POSTGRES_PASSWORD', pg.replace(/:/g, ''))}
localhost:5432:*:postgres:${L('placeholder', 'postgres')}
`;
  }
  if (v === 3) { // spring properties
    const mailpw = password(r), kspw = password(r), s1 = K.tok();
    return T`# application-prod.properties  (${svc(r)} ${H.ver()})
spring.datasource.url=jdbc:postgresql://pg-prod.corp.example:5432/${r.pick(['billing', 'core'])}
spring.datasource.username=${r.pick(['app', 'billing_rw'])}
spring.datasource.password=${S('DATABASE_PASSWORD', password(r))}
spring.mail.host=smtp.acme.example
spring.mail.username=${P('EMAIL_ADDRESS', 'noreply@acme.example')}
spring.mail.password=${S('SMTP_PASSWORD', mailpw)}
server.ssl.key-store=classpath:keystore.p12
server.ssl.key-store-password=${S('KEYSTORE_PASSWORD', kspw)}
server.ssl.key-alias=${r.pick(['tomcat', 'api'])}
app.integrations.${s1.env.toLowerCase().replace(/_/g, '-')}=${Sv(s1)}
app.jwt.secret=\${JWT_SECRET:${L('placeholder', 'changeme')}}
app.cache.ttl=PT${r.int(5, 60)}M
management.endpoints.web.exposure.include=health,info
logging.level.org.hibernate.SQL=${r.pick(['DEBUG', 'WARN'])}
`;
  }
  if (v === 4) { // toml
    const a = K.tok(), b = K.tok(), c = K.pw();
    return T`# config.toml — ${svc(r)}
[server]
bind = "0.0.0.0:${r.pick([8443, 9000])}"
instance_id = "${H.uuid()}"

[database]
url = "${dbconn(r)}"
pool_max = ${r.int(5, 40)}

[auth]
${c.env.toLowerCase()} = "${Sv(c)}"
session_secret = '${S('SESSION_SECRET', r.str(64, CS.hex))}'

[integrations.${r.pick(['payments', 'alerts', 'llm'])}]
${a.env.toLowerCase()} = "${Sv(a)}"
timeout_ms = ${r.int(500, 30000)}

[integrations.backup]
${b.env.toLowerCase()} = """${Sv(b)}"""
checksum = "${L('digest', 'sha256:' + r.str(64, CS.hex))}"
`;
  }
  if (v === 5) { // my.cnf / odbc.ini / wpa_supplicant
    const pw = password(r).replace(/[#;]/g, '!');
    return T`; ~/.my.cnf
[client]
user=${r.pick(['root', 'backup', 'dba'])}
password=${S('MYSQL_PASSWORD', pw)}
host=mysql-primary.corp.example

; /etc/odbc.ini
[ReportingDSN]
Driver=PostgreSQL Unicode
Servername=pg-report.corp.example
Username=report_ro
Password=${S('POSTGRES_PASSWORD', password(r, 3))}
Database=warehouse

# /etc/wpa_supplicant/wpa_supplicant.conf (kiosk image ${H.build()})
network={
    ssid="${r.pick(['ACME-Guest', 'Warehouse-5G', 'Lab_IoT'])}"
    psk="${S('WIFI_PASSPHRASE', password(r, 2))}"
    key_mgmt=WPA-PSK
}
`;
  }
  // appsettings.json
  const a = K.tok(), b = K.tok();
  return T`{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Default": "${F(dbconn(r))}",
    "Reporting": "Server=sql-report.corp.example;Database=Reports;User Id=rpt;Password=${S('MSSQL_SA_PASSWORD', password(r, 3))};TrustServerCertificate=true"
  },
  "${a.env}": "${Sv(a, jsonEsc(a.v))}",
  "Integrations": {
    "${b.env}": "${Sv(b, jsonEsc(b.v))}",
    "WebhookUrl": "https://hooks.chatops.example/services/T${r.str(8, CS.updig)}/B${r.str(10, CS.updig)}/${S('INCOMING_WEBHOOK_TOKEN', r.str(24, CS.alnum))}",
    "PublicKey": "${L('public_key', LK.mapboxPk(r))}"
  },
  "ApplicationInsights": { "InstrumentationKey": "${H.uuid()}" },
  "Build": { "Commit": "${H.sha()}", "Version": "${H.ver()}" }
}
`;
}

export function k8s_yaml(r, K, H, i) {
  const v = i % 6, ns = r.pick(['payments', 'prod', 'data-platform', 'default', 'kube-system']), name = svc(r);
  if (v === 5) { const k = K.pem(); return T`apiVersion: v1
kind: Secret
metadata:
  name: ${name}-ssh
  namespace: ${ns}
  annotations:
    argocd.argoproj.io/tracking-id: "${name}:/Secret:${ns}/${name}-ssh"
type: Opaque
stringData:
  known_hosts: |
    git.acme.example ${L('public_key', LK.sshPub(r))}
  identity: |
    ${Sv(k, k.v.replace(/\n/g, '\n    '))}
  ca.crt: |
    ${L('certificate', LK.certPem(r).replace(/\n/g, '\n    '))}
`; }
  if (v === 0) { // Secret with data base64
    const pw = password(r), s1 = K.tok();
    return T`apiVersion: v1
kind: Secret
metadata:
  name: ${name}-secrets
  namespace: ${ns}
  resourceVersion: "${L('k8s_resource_version', LK.k8sRv(r))}"
  uid: ${H.uuid()}
  creationTimestamp: "${H.ts()}"
type: Opaque
data:
  DB_PASSWORD: ${S('K8S_SECRET_DATA', b64(pw))}
  ${s1.env.toUpperCase().replace(/\./g, '_')}: ${S('K8S_SECRET_DATA', b64(s1.v))}
  DB_USER: ${b64(r.pick(['app', 'orders']))}
stringData:
  REDIS_URL: "${F(conn(r))}"
`;
  }
  if (v === 1) { // deployment env
    const a = K.tok(), b = K.any(), c = K.pw();
    return T`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
  labels: { app: ${name}, version: "${H.ver()}" }
spec:
  replicas: ${r.int(1, 6)}
  template:
    spec:
      containers:
        - name: ${name}
          image: registry.acme.example/${name}@${H.digest()}
          env:
            - name: ${a.env.toUpperCase().replace(/\./g, '_')}
              value: "${Sv(a)}"
            - name: ${b.env.toUpperCase().replace(/\./g, '_')}
              value: '${Sv(b)}'
            - name: ${c.env.toUpperCase().replace(/\./g, '_')}
              value: ${Sv(c)}
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: ${name}-secrets, key: stripe }
            - name: OTEL_EXPORTER_OTLP_ENDPOINT
              value: http://otel-collector.observability.svc:4317
`;
  }
  if (v === 2) { // dockerconfigjson + tls
    const auth = K.of('DOCKER_CONFIG_AUTH');
    const cfg = `{"auths":{"registry.acme.example":{"auth":"${auth.v}"}}}`;
    return T`apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: ${ns}
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '{"auths":{"registry.acme.example":{"username":"${r.pick(['robot$ci', 'deploy'])}","password":"${S('REGISTRY_PASSWORD', password(r, 3))}","auth":"${Sv(auth)}"}}}'
---
apiVersion: v1
kind: Secret
metadata: { name: ${name}-tls, namespace: ${ns} }
type: kubernetes.io/tls
data:
  tls.crt: ${L('certificate', b64(LK.certPem(r)).slice(0, 600))}
  tls.key: ${S('K8S_SECRET_DATA', b64(PI_pemShort(r)))}
# checksum/config: ${L('hash', r.str(64, CS.hex))}
`;
  }
  if (v === 3) { // helm values
    const a = K.tok(), b = K.pw(), c = K.tok();
    return T`# values-${r.pick(['prod', 'staging'])}.yaml for chart ${name}-${H.ver()}
image:
  repository: registry.acme.example/${name}
  tag: "${H.sha(true)}"
postgresql:
  auth:
    username: ${r.pick(['app', 'keycloak'])}
    password: "${S('POSTGRES_PASSWORD', password(r))}"
    postgresPassword: ${H.env('PG_ADMIN_PASSWORD', 'helm')}
redis:
  auth:
    password: ${S('REDIS_PASSWORD', password(r, 3))}
config:
  ${b.env.toLowerCase()}: "${Sv(b)}"
  ${a.env.toLowerCase()}: ${Sv(a)}
  ${c.env.toLowerCase()}: "${Sv(c)}"
  apiBaseUrl: https://api.${r.pick(['acme', 'orbit'])}.example
  placeholderKey: "${H.ph()}"
ingress:
  hosts: [ "${name}.apps.acme.example" ]
podAnnotations:
  checksum/secrets: ${L('hash', r.str(64, CS.hex))}
`;
  }
  // docker-compose
  const a = K.tok(), pw1 = password(r), pw2 = password(r);
  return T`# docker-compose.yml
services:
  db:
    image: postgres:${r.int(13, 17)}
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${S('POSTGRES_PASSWORD', pw1)}
  mysql:
    image: mysql:8
    environment:
      - MYSQL_ROOT_PASSWORD=${S('MYSQL_PASSWORD', pw2)}
      - MYSQL_DATABASE=shop
  rabbit:
    image: rabbitmq:3-management
    environment: { RABBITMQ_DEFAULT_USER: guest, RABBITMQ_DEFAULT_PASS: "${S('RABBITMQ_PASSWORD', password(r, 3))}" }
  api:
    build: .
    environment:
      ${a.env.toUpperCase().replace(/\./g, '_')}: ${Sv(a)}
      GRAFANA_PASSWORD: ${H.env('GRAFANA_PASSWORD')}
      BUILD_SHA: ${H.sha()}
`;
}
function PI_pemShort(r) { return '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI' + r.str(55, CS.b64) + '\n-----END EC PRIVATE KEY-----\n'; }

export function shell_history(r, K, H, i) {
  const cmds = [];
  const gen = [
    () => { const a = K.tok(); return T`curl -s -H "Authorization: Bearer ${Sv(a)}" https://api.${r.pick(WORDS)}.example/v1/${r.pick(['users', 'jobs', 'invoices'])}?limit=50 | jq .`; },
    () => T`curl -u ${r.pick(['admin', 'elastic', 'ops'])}:${S('ELASTICSEARCH_PASSWORD', LK_safe(r))} -XGET 'https://es.corp.example:9200/_cat/indices?v'`,
    () => T`mysql -h mysql-primary.corp.example -u root -p${S('MYSQL_PASSWORD', LK_safe(r))} shop < dump.sql`,
    () => T`PGPASSWORD='${S('POSTGRES_PASSWORD', password(r))}' psql -h pg-prod.corp.example -U report -d warehouse -c 'select count(*) from orders'`,
    () => T`psql "${conn(r)}"`,
    () => T`echo '${S('REGISTRY_PASSWORD', password(r, 3))}' | docker login registry.acme.example -u ci-bot --password-stdin`,
    () => { const d = K.of('DOCKERHUB_PAT'); return T`docker login -u ${r.pick(['acmeops', 'jdoe'])} -p ${Sv(d)} hub.docker.example`; },
    () => { const a = K.tok(); return T`export ${a.env.toUpperCase().replace(/\./g, '_')}=${Sv(a)}`; },
    () => { const a = K.tok(); return T`${a.env.toUpperCase().replace(/\./g, '_')}="${Sv(a)}" ./scripts/${r.pick(['sync.sh', 'backfill.py', 'release'])} --dry-run`; },
    () => T`redis-cli -h cache.svc.test -a '${S('REDIS_PASSWORD', password(r))}' --no-auth-warning INFO keyspace`,
    () => T`sshpass -p '${S('SSH_PASSWORD', password(r))}' ssh -o StrictHostKeyChecking=no ${r.pick(['pi', 'admin', 'ubuntu'])}@${H.host()}`,
    () => { const a = K.of('AWS_ACCESS_KEY'), b = K.of('AWS_SECRET_KEY'); return T`aws configure set aws_access_key_id ${Sv(a)} && aws configure set aws_secret_access_key ${Sv(b)}`; },
    () => T`kubectl -n ${r.pick(['prod', 'payments'])} create secret generic db-creds --from-literal=username=app --from-literal=password='${S('DATABASE_PASSWORD', password(r))}'`,
    () => { const g = K.of('GITHUB_PAT'); return T`git clone https://${Sv(g)}@git.acme.example/platform/${r.pick(['infra', 'charts'])}.git`; },
    () => T`mongosh "mongodb://admin:${S('MONGODB_PASSWORD', LK_safe(r))}@mongo-0.svc.test:27017/?authSource=admin"`,
    () => T`htpasswd -b -c /etc/nginx/.htpasswd ${r.pick(['staging', 'preview'])} '${S('USER_PASSWORD', password(r))}'`,
    () => { const a = K.tok(); return T`gh secret set ${a.env.toUpperCase().replace(/\./g, '_')} --body "${Sv(a)}" -R acme/${svc(r)}`; },
    () => T`vault login ${S('HASHICORP_VAULT_TOKEN', 'hvs.' + r.str(91, CS.b64u))}`,
    () => T`curl -X POST https://api.${r.pick(WORDS)}.example/oauth/token -d grant_type=client_credentials -d client_id=${r.str(20, CS.alnum)} -d client_secret=${S('OAUTH_CLIENT_SECRET', r.str(48, CS.b64u))}`,
    () => T`wget --user=${r.pick(['ftpuser', 'mirror'])} --password='${S('FTP_PASSWORD', password(r))}' ftp://files.partner.example/export.csv`,
    () => T`mysqldump --user=backup --password=${S('MYSQL_PASSWORD', LK_safe(r))} --all-databases | gzip > /backup/${H.date()}.sql.gz`,
    () => T`ansible-vault decrypt group_vars/prod.yml --vault-password-file <(echo "${S('ANSIBLE_VAULT_PASSWORD', password(r, 2))}")`,
    () => T`npm config set //npm.registry.acme.example/:_authToken ${S('NPM_TOKEN', 'npm_' + r.str(36, CS.alnum))}`,
    () => T`curl -H "X-API-Key: ${S('GENERIC_API_KEY', r.str(32, CS.alnum))}" https://metrics.corp.example/api/v2/query`,
    () => T`openssl pkcs12 -export -in cert.pem -inkey key.pem -out keystore.p12 -passout pass:${S('KEYSTORE_PASSWORD', LK_safe(r))}`,
  ];
  const neutral = [() => T`git log --oneline -5`, () => T`git checkout ${H.sha(true)}`, () => 'ls -la ~/.ssh', () => T`docker pull registry.acme.example/${svc(r)}@${H.digest()}`, () => 'kubectl get pods -A | grep -v Running', () => T`export AWS_ACCESS_KEY_ID=${H.awsEx('id')}`, () => T`export API_TOKEN=${H.ph()}`, () => 'cd ~/src/' + svc(r), () => 'vim .env', () => T`curl -H "Authorization: Bearer $TOKEN" https://api.acme.example/v1/ping`, () => T`npm version ${H.ver()}`, () => 'history | grep -i pass'];
  const n = r.int(4, 7), numbered = r.chance(0.5);
  let k = r.int(200, 1900);
  for (let i = 0; i < n; i++) cmds.push(r.pick(gen)(), r.pick(neutral)());
  const lines = cmds.map((c) => numbered ? T` ${k++}  ${c}` : (r.chance(0.3) ? T`: ${L('timestamp', LK.epoch(r).slice(0, 10))}:0;${c}` : c));
  return F(numbered ? '$ history | tail -' + lines.length + '\n' : '$ cat ~/.' + r.pick(['bash_history', 'zsh_history']) + '\n', J(lines, '\n'), '\n');
}
const LK_safe = (r) => password(r).replace(/'/g, '');

export function ci_output(r, K, H, i) {
  const v = i % 4;
  const ts = () => r.chance(0.5) ? H.ts() : L('timestamp', LK.isoTs(r));
  if (v === 3) { const k = K.pem(); return T`${ts()} + mkdir -p /root/.ssh
${ts()} + echo "$DEPLOY_KEY" > /root/.ssh/id_ed25519
${ts()} + cat /root/.ssh/id_ed25519   # debugging auth failure, remove!
${Sv(k)}
${ts()} + ssh-keyscan git.acme.example
${ts()} # git.acme.example:22 SSH-2.0-OpenSSH_9.6
git.acme.example ${L('public_key', LK.sshPub(r))}
${ts()} + npm ci --ignore-scripts
${ts()} added ${r.int(100, 1500)} packages in ${r.int(5, 60)}s; lock integrity ${L('integrity', LK.integrity(r))}
${ts()} Pushed ${H.digest()}
`; }
  if (v === 0) {
    const a = K.tok(), b = K.tok();
    return T`Run ${r.pick(['./scripts/deploy.sh', 'make release', 'npm run migrate'])}
${ts()} ##[group]Run actions/checkout@v4
${ts()} with:
${ts()}   token: ***
${ts()} ##[endgroup]
${ts()} HEAD is now at ${H.sha(true)} ${r.pick(['fix flaky test', 'bump deps', 'Merge pull request #' + r.int(100, 999)])}
${ts()} + export ${a.env.toUpperCase().replace(/\./g, '_')}=${Sv(a)}
${ts()} + echo "using key ${Sv(b)}"
${ts()} using key ${Sv(b)}
${ts()} + curl -sf -H 'Authorization: token ***' https://api.acme.example/deployments
${ts()} Deploying ${H.ver()} to ${r.pick(['production', 'staging'])} (run ${H.build()})
${ts()} Pushed image registry.acme.example/app@${H.digest()}
${ts()} ##[error]Process completed with exit code ${r.int(1, 2)}.
`;
  }
  if (v === 1) {
    const a = K.any();
    return T`Running with gitlab-runner ${H.ver()} (${H.sha(true)})
  on ${H.host()} ${r.str(8, CS.alnum)}
Preparing environment
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out ${H.sha(true)} as detached HEAD (ref is ${r.pick(['main', 'release/' + r.int(1, 9) + '.x'])})...
$ echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
Login Succeeded
$ env | sort | grep -E 'TOKEN|KEY|PASS'
CI_JOB_TOKEN=${L('placeholder', '[MASKED]')}
${a.env.toUpperCase().replace(/\./g, '_')}=${Sv(a)}
DEPLOY_PASSWORD=${S('ADMIN_PASSWORD', password(r))}
SONAR_TOKEN=${S('SONARQUBE_TOKEN', 'squ_' + r.str(40, CS.hex))}
$ ./gradlew publish
BUILD SUCCESSFUL in ${r.int(20, 300)}s
Job succeeded
`;
  }
  const a = K.tok();
  return T`Started by user ${H.person()}
Running as SYSTEM
Building in workspace /var/lib/jenkins/workspace/${svc(r)}
 > git rev-parse --verify HEAD # timeout=10
 > git checkout -f ${H.sha()} # timeout=10
[${svc(r)}] $ /bin/sh -xe /tmp/jenkins${r.digits(10)}.sh
+ mvn -B deploy -Drepo.password=${S('REGISTRY_PASSWORD', password(r, 3))} -Dsonar.login=${S('SONARQUBE_TOKEN', 'squ_' + r.str(40, CS.hex))}
+ curl -s -X POST -H 'Content-Type: application/json' -H "${a.env.replace(/_/g, '-')}: ${Sv(a)}" https://hooks.acme.example/ci
[INFO] Uploaded to nexus: ${r.pick(['app', 'core'])}-${H.ver()}.jar (sha1 ${L('hash', r.str(40, CS.hex))})
Finished: ${r.pick(['SUCCESS', 'FAILURE', 'UNSTABLE'])}
`;
}

export function iac_output(r, K, H, i) {
  const v = i % 5;
  if (v === 0) { // terraform plan
    const pw = password(r), a = K.tok();
    return T`Terraform will perform the following actions:

  # aws_db_instance.${r.pick(['main', 'orders'])} will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                = "${r.pick(['orders', 'core'])}-db"
      ~ password          = (sensitive value)
        engine_version    = "${r.int(13, 16)}.${r.int(1, 9)}"
    }

  # aws_ssm_parameter.${r.pick(['api_key', 'token'])} will be created
  + resource "aws_ssm_parameter" "token" {
      + arn   = (known after apply)
      + name  = "/${svc(r)}/${a.env.toLowerCase()}"
      + type  = "String"
      + value = "${Sv(a)}"
    }

  # random_password.admin will be created
  + resource "local_file" "bootstrap" {
      + content  = <<-EOT
            ADMIN_USER=admin
            ADMIN_PASSWORD=${S('ADMIN_PASSWORD', pw)}
        EOT
      + filename = "./out/bootstrap.env"
    }

Plan: 2 to add, 1 to change, 0 to destroy.
`;
  }
  if (v === 1) { // aws cli json
    const a = K.of(r.chance(0.5) ? 'AWS_ACCESS_KEY' : 'AWS_TEMP_ACCESS_KEY'), b = K.of('AWS_SECRET_KEY');
    const sess = a.e === 'AWS_TEMP_ACCESS_KEY';
    return T`$ aws ${sess ? 'sts assume-role --role-arn arn:aws:iam::' + r.digits(12) + ':role/Deployer --role-session-name ci' : 'iam create-access-key --user-name ' + r.pick(['svc-backup', 'ci-deployer'])}
{
    "${sess ? 'Credentials' : 'AccessKey'}": {
        ${sess ? '' : '"UserName": "svc-backup",\n        '}"AccessKeyId": "${Sv(a)}",
        "Status": "Active",
        "SecretAccessKey": "${Sv(b)}",${sess ? T`
        "SessionToken": "${S('AWS_SESSION_TOKEN', 'IQoJb3JpZ2luX2VjE' + r.str(330, CS.b64) + '==')}",
        "Expiration": "${H.ts()}"` : T`
        "CreateDate": "${H.ts()}"`}
    }${sess ? ',\n    "AssumedRoleUser": { "AssumedRoleId": "AROA' + r.str(17, CS.b32) + ':ci" }' : ''}
}
`;
  }
  if (v === 2) { // az sp
    const sec = K.of('AZURE_CLIENT_SECRET');
    return T`$ az ad sp create-for-rbac --name ${svc(r)}-deployer --role Contributor --scopes /subscriptions/${H.uuid()}
Creating 'Contributor' role assignment under scope '/subscriptions/...'
The output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control.
{
  "appId": "${H.uuid()}",
  "displayName": "${svc(r)}-deployer",
  "password": "${Sv(sec)}",
  "tenant": "${H.uuid()}"
}
$ az storage account keys list -g rg-${r.pick(['data', 'web'])} -n ${r.pick(WORDS)}store -o table
KeyName    Permissions    Value
---------  -------------  ${'-'.repeat(88)}
key1       FULL           ${S('AZURE_STORAGE_ACCOUNT_KEY', b64(r.bytes(64)))}
key2       FULL           ${S('AZURE_STORAGE_ACCOUNT_KEY', b64(r.bytes(64)))}
`;
  }
  if (v === 3) { // tfstate
    const pw = password(r, 3), a = K.tok();
    return T`{
  "version": 4,
  "terraform_version": "${H.ver()}",
  "serial": ${r.int(10, 900)},
  "lineage": "${H.uuid()}",
  "resources": [
    {
      "mode": "managed", "type": "google_sql_user", "name": "app",
      "instances": [{ "attributes": { "name": "app", "instance": "core-pg", "password": "${S('DATABASE_PASSWORD', pw)}" } }]
    },
    {
      "mode": "managed", "type": "google_service_account_key", "name": "ci",
      "instances": [{ "attributes": { "id": "projects/acme-prod/serviceAccounts/${P('EMAIL_ADDRESS', 'ci@acme-prod.iam.gserviceaccount.example')}/keys/${r.str(40, CS.hex)}", "private_key_type": "TYPE_GOOGLE_CREDENTIALS_FILE", "public_key": "${L('public_key', b64(LK.pubPem(r)).slice(0, 300))}" } }]
    },
    {
      "mode": "managed", "type": "kubernetes_secret", "name": "${a.env.toLowerCase()}",
      "instances": [{ "attributes": { "data": { "${a.env}": "${Sv(a)}" } } }]
    }
  ]
}
`;
  }
  // pulumi / gcloud sa key JSON
  const k = K.of('PKCS8_PRIVATE_KEY');
  return T`$ cat ${r.pick(['sa-key.json', 'credentials/ci-deployer.json'])}
{
  "type": "service_account",
  "project_id": "acme-${r.pick(['prod', 'data', 'ml'])}",
  "private_key_id": "${L('hash', r.str(40, CS.hex))}",
  "private_key": "${S('GCP_SERVICE_ACCOUNT_KEY', jsonEsc(k.v + '\n'))}",
  "client_email": "${P('EMAIL_ADDRESS', 'ci-deployer@acme-prod.iam.gserviceaccount.example')}",
  "client_id": "${r.digits(21)}",
  "token_uri": "https://oauth2.auth.example/token"
}
`;
}
