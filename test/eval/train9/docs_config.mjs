// train9 documents: configs, manifests, infrastructure output.
import { t, S, P, L, join, int, pick, chance, str, hex, digits, cyc, b62, jsonEsc, mapv, shuffle, B62, UP, LO } from './lib.mjs';
import { KIND_BY, SEC, anyKind, pem, password, jwt } from './secrets.mjs';
import * as X from './looks.mjs';
import { EMAIL, PERSON, IP, CITY, personName } from './pii.mjs';

const esc = (m) => mapv(m, jsonEsc);
const q = (m, qc) => t`${qc}${m}${qc}`;
const app = () => pick(['billing-api', 'checkout', 'ledger', 'notifier', 'search-indexer', 'auth-gateway', 'reporting', 'mobile-bff', 'crm-sync', 'payroll']);

// one "key = value" line in a config syntax
function line(fmt, key, m) {
  const lk = key.toLowerCase(), ck = lk.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
  switch (fmt) {
    case 'env': return pick([t`${key}=${m}`, t`${key}="${m}"`, t`export ${key}='${m}'`]);
    case 'yaml': return pick([t`${lk}: ${m}`, t`${lk}: "${m}"`, t`${ck}: '${m}'`]);
    case 'json': return t`"${pick([key, ck, lk])}": "${esc(m)}"`;
    case 'toml': return t`${lk} = "${m}"`;
    case 'ini': return pick([t`${lk}=${m}`, t`${lk} = ${m}`]);
    case 'props': return pick([t`${lk.replace(/_/g, '.')}=${m}`, t`app.${ck}: ${m}`]);
    case 'xml': { const x = mapv(m, (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')); return pick([t`<add key="${key}" value="${x}" />`, t`<${ck}>${x}</${ck}>`]); }
    case 'hcl': return t`${lk} = "${m}"`;
  }
}
const CMT = { env: '#', yaml: '#', json: null, toml: '#', ini: ';', props: '#', xml: null, hcl: '#' };

// ---------- .env / ini / toml / properties / json / xml configs ----------
export function envConfig() {
  const fmt = cyc('cfgfmt', ['env', 'env', 'env', 'toml', 'ini', 'props', 'json', 'xml', 'yaml']);
  const name = { env: pick(['.env', '.env.production', '.env.staging', 'docker.env', 'deploy/prod.env']), toml: pick(['config.toml', 'settings.prod.toml']), ini: pick(['app.ini', 'odbc.ini', 'php.ini.d/90-app.ini']), props: pick(['application.properties', 'gradle.properties', 'config/app.properties']), json: pick(['appsettings.Production.json', 'config/secrets.json', 'settings.local.json']), xml: pick(['Web.config', 'App.config']), yaml: pick(['config/production.yml', 'settings.yaml']) }[fmt];
  const c = CMT[fmt];
  const rows = [];
  const n = int(3, 6);
  rows.push(line(fmt, 'APP_NAME', app()));
  rows.push(line(fmt, 'APP_VERSION', X.VERSION()));
  for (let i = 0; i < n; i++) { const k = anyKind(); rows.push(line(fmt, k.env, S(k.e, k.g()))); }
  const dbk = pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'MONGODB_PASSWORD', 'REDIS_PASSWORD', 'RABBITMQ_PASSWORD']);
  const pw = SEC(dbk);
  const host = { POSTGRES_PASSWORD: 'db.prod.acme.example', MYSQL_PASSWORD: 'mysql-1.internal.globex.test', MONGODB_PASSWORD: 'cluster0.mongo.acme.example', REDIS_PASSWORD: 'cache.initech.example', RABBITMQ_PASSWORD: 'mq.payments.example' }[dbk];
  const url = { POSTGRES_PASSWORD: t`postgresql://app_rw:${pw}@${host}:5432/ledger?sslmode=require`, MYSQL_PASSWORD: t`mysql://root:${pw}@${host}:3306/shop`, MONGODB_PASSWORD: t`mongodb+srv://svc_reader:${pw}@${host}/orders?retryWrites=true&w=majority`, REDIS_PASSWORD: t`rediss://:${pw}@${host}:6380/0`, RABBITMQ_PASSWORD: t`amqps://notifier:${pw}@${host}:5671/%2Fprod` }[dbk];
  rows.push(fmt === 'json' ? t`"${pick(['DATABASE_URL', 'ConnectionString', 'dsn'])}": "${url}"` : line(fmt, pick(['DATABASE_URL', 'DB_DSN', 'CONNECTION_URL']), url));
  rows.push(line(fmt, pick(['API_KEY_PLACEHOLDER', 'LEGACY_TOKEN', 'SMTP_PASSWORD_EXAMPLE']), X.PH()));
  rows.push(line(fmt, pick(['RELEASE_SHA', 'GIT_COMMIT', 'BUILD_REF']), X.SHA()));
  rows.push(line(fmt, pick(['INSTANCE_ID', 'TENANT_ID', 'CLIENT_ID']), X.UUID()));
  if (chance(0.5)) rows.push(line(fmt, 'AWS_ACCESS_KEY_ID_DOCS', X.AWSEX()));
  if (chance(0.6)) rows.push(line(fmt, pick(['SENTRY_DSN', 'SMTP_PASS', 'SECRET_FROM_VAULT']), X.ENVREF()));
  if (chance(0.5)) rows.push(line(fmt, 'SUPPORT_EMAIL', EMAIL()));
  if (chance(0.4)) rows.push(line(fmt, 'THEME_PRIMARY', X.COLOR()));
  if (chance(0.35)) { const pub = chance(0.5); rows.push(line(fmt, pub ? 'STRIPE_PUBLISHABLE_KEY' : 'DEPLOY_SSH_PUBKEY', L('public_key', pub ? 'pk_live_' + str(B62, 99) : X.sshPub()))); }
  if (chance(0.25)) rows.push(line(fmt, 'TEST_CARD', X.TESTCARD()));
  const body = [];
  const shuffled = rows.slice(0, 2).concat(shuffle(rows.slice(2)));
  shuffled.forEach((r, i) => {
    if (c && chance(0.25)) body.push(pick([t`${c} rotated ${X.DATE()} by ${PERSON()}`, t`${c} TODO: move to vault before go-live`, t`${c} ticket ${X.TICKET()}`, t`${c} old value, do not use: ${SEC(anyKind().e)}`]));
    body.push(r);
  });
  if (fmt === 'json') return t`// ${name}\n{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "Settings": {\n    ${join(body.filter((x, i) => true), ',\n    ')}\n  }\n}\n`;
  if (fmt === 'xml') return t`<?xml version="1.0" encoding="utf-8"?>\n<!-- ${name} -->\n<configuration>\n  <appSettings>\n    ${join(body, '\n    ')}\n  </appSettings>\n</configuration>\n`;
  if (fmt === 'toml') return t`# ${name}\n[app]\n${join(body, '\n')}\n\n[server]\nport = ${int(3000, 9000)}\nworkers = ${int(2, 16)}\n`;
  if (fmt === 'ini') return t`; ${name}\n[main]\n${join(body, '\n')}\n\n[logging]\nlevel=warn\nfile=/var/log/${app()}.log\n`;
  return t`${c} ${name}\n${c} generated ${X.TS()}\n${join(body, '\n')}\n`;
}

// ---------- k8s / compose / helm / actions ----------
export function yamlManifest() {
  const v = cyc('yamlv', ['secret', 'compose', 'helm', 'actions', 'kubeconfig', 'deployment']);
  const ns = pick(['prod', 'payments', 'staging', 'data-platform']);
  if (v === 'secret') {
    const k1 = SEC('K8S_SECRET_DATA'), k2 = anyKind();
    const b = (x) => Buffer.from(x).toString('base64');
    const tokv = k2.g();
    return t`apiVersion: v1
kind: Secret
metadata:
  name: ${app()}-credentials
  namespace: ${ns}
  resourceVersion: "${X.K8SRV()}"
  uid: ${X.UUID()}
  annotations:
    acme.example/last-applied-by: ${EMAIL()}
type: Opaque
data:
  db-password: ${k1}
  ${k2.env.toLowerCase().replace(/_/g, '-')}: ${S('K8S_SECRET_DATA', b(tokv))}
  ca.crt: ${L('certificate', b(X.cert()))}
stringData:
  ${k2.env}: "${S(k2.e, k2.g())}"
  placeholder-token: "${X.PH()}"
`;
  }
  if (v === 'compose') {
    const a = SEC(pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD'])), k = anyKind(), k3 = anyKind();
    return t`# docker-compose.yml
services:
  db:
    image: postgres@${X.DIGEST()}
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${a}
    ports: ["5432:5432"]
  api:
    image: registry.acme.example/${app()}:${X.VERSION()}
    environment:
      - ${k.env}=${S(k.e, k.g())}
      - ${k3.env}=${S(k3.e, k3.g())}
      - DB_PASSWORD=${X.ENVREF()}
      - ADMIN_EMAIL=${EMAIL()}
    command: ["./server", "--db-pass=${SEC('POSTGRES_PASSWORD')}"]
    labels:
      com.acme.commit: "${X.SHA()}"
`;
  }
  if (v === 'helm') {
    const k = anyKind(), k2 = anyKind();
    return t`# values-${ns}.yaml
replicaCount: ${int(2, 6)}
image:
  repository: registry.globex.test/${app()}
  tag: "${X.VERSION()}"
  digest: ${X.DIGEST()}
ingress:
  host: ${app()}.${ns}.acme.example
redis:
  auth:
    password: "${SEC('REDIS_PASSWORD')}"
externalSecrets:
  ${k.env.toLowerCase()}: ${S(k.e, k.g())}
  ${k2.env.toLowerCase()}: '${S(k2.e, k2.g())}'
  fromVault: ${X.ENVREF()}
tls:
  key: |
${S('RSA_PRIVATE_KEY', pem(pick(['ec', 'rsa'])).replace(/^/gm, '    '))}
  crt: |
${L('certificate', X.cert().replace(/^/gm, '    '))}
`;
  }
  if (v === 'actions') {
    const k = anyKind();
    return t`# .github/workflows/deploy.yml
name: deploy
on:
  push:
    branches: [main]
jobs:
  release:
    runs-on: ubuntu-latest
    env:
      NODE_AUTH_TOKEN: ${X.ENVREF()}
      ${k.env}: ${S(k.e, k.g())}   # FIXME hardcoded while secrets are migrated
    steps:
      - uses: actions/checkout@${X.SHA()}
      - uses: actions/setup-node@${X.SHA()} # ${X.VERSION()}
      - run: npm ci
      - run: echo "${SEC('DOCKERHUB_PAT')}" | docker login registry.acme.example -u ci-bot --password-stdin
      - run: curl -fsS -H "Authorization: Bearer ${SEC('GITHUB_APP_INSTALLATION_TOKEN')}" https://git.acme.example/api/v3/repos/acme/${app()}/deployments
        env:
          RUN_ID: ${X.BUILD()}
`;
  }
  if (v === 'kubeconfig') {
    return t`apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${L('certificate', Buffer.from(X.cert()).toString('base64'))}
    server: https://k8s-api.${ns}.globex.test:6443
  name: ${ns}
contexts:
- context: {cluster: ${ns}, user: ${ns}-admin}
  name: ${ns}
current-context: ${ns}
users:
- name: ${ns}-admin
  user:
    client-key-data: ${SEC('KUBE_CLIENT_KEY_DATA')}
- name: ci-deployer
  user:
    token: ${S('JWT_BEARER_TOKEN', jwt({ alg: 'RS256', payload: { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': ns, sub: `system:serviceaccount:${ns}:deployer` } }))}
`;
  }
  const k = anyKind();
  return t`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app()}
  namespace: ${ns}
  labels: {team: ${pick(['core', 'growth', 'risk'])}, commit: "${X.SHORTSHA()}"}
spec:
  template:
    spec:
      containers:
      - name: app
        image: registry.acme.example/${app()}@${X.DIGEST()}
        args: ["--listen=:8080", "--api-key=${S(k.e, k.g())}"]
        env:
        - name: DATABASE_URL
          value: "postgres://svc:${SEC('POSTGRES_PASSWORD')}@pg.${ns}.svc.cluster.local:5432/app"
        - name: SMTP_PASSWORD
          valueFrom: {secretKeyRef: {name: smtp, key: password}}
        - name: FEATURE_SALT
          value: "${X.HASH()}"
        - name: OWNER
          value: "${EMAIL()}"
`;
}

// ---------- terraform / cloud CLI output ----------
export function iacOutput() {
  const v = cyc('iacv', ['tfstate', 'tfplan', 'awscli', 'gcloud', 'azcli', 'kubectl', 'vault', 'tfvars']);
  if (v === 'tfstate') return t`{
  "version": 4,
  "terraform_version": "${X.VERSION()}",
  "serial": ${int(10, 900)},
  "lineage": "${X.UUID()}",
  "resources": [
    {
      "mode": "managed", "type": "aws_iam_access_key", "name": "ci",
      "instances": [{ "attributes": {
        "id": "${S('AWS_ACCESS_KEY_ID', KIND_BY.AWS_ACCESS_KEY_ID.g())}",
        "secret": "${SEC('AWS_SECRET_ACCESS_KEY')}",
        "user": "ci-${app()}",
        "create_date": "${X.TS()}"
      }}]
    },
    {
      "mode": "managed", "type": "aws_db_instance", "name": "main",
      "instances": [{ "attributes": {
        "address": "${X.HOST()}", "password": "${SEC('POSTGRES_PASSWORD')}",
        "arn": "arn:aws:rds:eu-central-1:${X.AWSACCT()}:db:main"
      }}]
    },
    {
      "mode": "managed", "type": "tls_private_key", "name": "bastion",
      "instances": [{ "attributes": { "private_key_pem": "${esc(S('OPENSSH_PRIVATE_KEY', pem('openssh')))}\\n", "public_key_fingerprint_sha256": "SHA256:${L('hash', Buffer.from(hex(64), 'hex').toString('base64').replace(/=+$/, ''))}" }}]
    }
  ]
}
`;
  if (v === 'tfplan') { const k = anyKind(); return t`Terraform will perform the following actions:

  # azurerm_key_vault_secret.${k.env.toLowerCase()} will be created
  + resource "azurerm_key_vault_secret" "${k.env.toLowerCase()}" {
      + id           = (known after apply)
      + name         = "${k.env.toLowerCase().replace(/_/g, '-')}"
      + value        = "${S(k.e, k.g())}"
      + key_vault_id = "/subscriptions/${X.UUID()}/resourceGroups/rg-${app()}/providers/Microsoft.KeyVault/vaults/kv-prod"
    }

  # azurerm_storage_account.logs will be updated in-place
  ~ resource "azurerm_storage_account" "logs" {
      ~ primary_access_key = (sensitive value)
        secondary_access_key = "${SEC('AZURE_STORAGE_ACCOUNT_KEY')}"
        tags = { owner = "${EMAIL()}", cost_center = "${int(1000, 9999)}" }
    }

Plan: 1 to add, 1 to change, 0 to destroy.
Note: You didn't use the -out option. Run started ${X.TS()}.
`; }
  if (v === 'awscli') return t`$ aws sts assume-role --role-arn arn:aws:iam::${X.AWSACCT()}:role/deployer --role-session-name ${pick(['ci', 'oncall'])}-${int(100, 999)}
{
    "Credentials": {
        "AccessKeyId": "${S('AWS_TEMP_ACCESS_KEY_ID', KIND_BY.AWS_TEMP_ACCESS_KEY_ID.g())}",
        "SecretAccessKey": "${SEC('AWS_SECRET_ACCESS_KEY')}",
        "SessionToken": "${SEC('AWS_SESSION_TOKEN')}",
        "Expiration": "${X.TS()}"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "AROA${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:ci",
        "Arn": "arn:aws:sts::${X.AWSACCT()}:assumed-role/deployer/ci"
    }
}
$ aws configure list
      Name                    Value             Type    Location
   access_key     ****************${str(UP, 4)} shared-credentials-file
   secret_key     ****************${str(B62, 4)} shared-credentials-file
`;
  if (v === 'gcloud') return t`$ gcloud iam service-accounts keys create key.json --iam-account=${pick(['exporter', 'ci-runner'])}@acme-prod-${int(100, 999)}.iam.gserviceaccount.example
created key [${X.HASH()}] of type [json]
$ cat key.json
{
  "type": "service_account",
  "project_id": "acme-prod-${int(100, 999)}",
  "private_key_id": "${L('hash', hex(40))}",
  "private_key": "${esc(S('GCP_SERVICE_ACCOUNT_PRIVATE_KEY', pem('pkcs8')))}\\n",
  "client_email": "exporter@acme-prod.iam.gserviceaccount.example",
  "client_id": "${digits(21)}"
}
`;
  if (v === 'azcli') return t`PS C:\\infra> az ad sp create-for-rbac --name ${app()}-sp --role Contributor
{
  "appId": "${X.UUID()}",
  "displayName": "${app()}-sp",
  "password": "${SEC('AZURE_CLIENT_SECRET')}",
  "tenant": "${X.UUID()}"
}
PS C:\\infra> az storage account keys list -g rg-logs -n stlogs${int(100, 999)} -o table
KeyName    Permissions    Value
---------  -------------  ----------------------------------------------------------------------------------------
key1       FULL           ${SEC('AZURE_STORAGE_ACCOUNT_KEY')}
key2       FULL           ${SEC('AZURE_STORAGE_ACCOUNT_KEY')}
PS C:\\infra> az devops login --organization https://dev.azure-mirror.example/acme  # token: ${SEC('AZURE_DEVOPS_PAT')}
`;
  if (v === 'kubectl') { const b = (x) => Buffer.from(x).toString('base64'); const pw = password(); const k = anyKind(); const tv = k.g(); return t`$ kubectl -n ${pick(['prod', 'payments'])} get secret ${app()}-env -o yaml
apiVersion: v1
data:
  PASSWORD: ${S('K8S_SECRET_DATA', b(pw))}
  ${k.env}: ${S('K8S_SECRET_DATA', b(tv))}
kind: Secret
metadata:
  creationTimestamp: "${X.TS()}"
  resourceVersion: "${X.K8SRV()}"
  uid: ${X.UUID()}
$ kubectl get secret ${app()}-env -o jsonpath='{.data.PASSWORD}' | base64 -d
${S('K8S_SECRET_DATA', pw)}
`; }
  if (v === 'vault') return t`$ vault login -method=userpass username=${pick(['jdoe', 'ops-admin'])}
Password (will be hidden):
Success! You are now authenticated.
Key                    Value
---                    -----
token                  ${SEC('VAULT_TOKEN')}
token_accessor         ${L('hash', str(B62, 24))}
token_duration         768h
$ vault kv get -format=json secret/${app()}
{ "request_id": "${X.UUID()}", "data": { "data": { "api_key": "${SEC('GENERIC_API_KEY')}", "db_password": "${SEC('POSTGRES_PASSWORD')}", "placeholder": "${X.PH()}" }, "metadata": { "version": ${int(1, 40)}, "created_time": "${X.TS()}" } } }
`;
  const k = anyKind(), k2 = anyKind();
  return t`# terraform.tfvars  (${pick(['DO NOT COMMIT', 'local only', 'copied from 1Password'])})
region          = "eu-west-1"
${k.env.toLowerCase()} = "${S(k.e, k.g())}"
${k2.env.toLowerCase()} = "${S(k2.e, k2.g())}"
db_password     = "${SEC('MYSQL_PASSWORD')}"
ami_id          = "ami-${hex(17)}"
vpc_cidr        = "10.${int(0, 255)}.0.0/16"
owner_email     = "${EMAIL()}"
example_key     = "${X.AWSEX()}"
secret_ref      = "${X.ENVREF()}"
`;
}
