// train8: config-ish documents (.env, k8s/YAML, app configs, IaC & cloud CLI output)
import { D, S, P, L, int, pick, chance, sample, shuffle, str, digits, hex, b62, b64, lines, join, mapv, jsonEsc, flat, LOW, DIG, UP , rr } from './lib.mjs';
import { secret, secretAny, sec, pemSecret, conn, techLA, assign, per, em, ph, ipS, X, KIND, pw } from './common.mjs';

const SVC = ['checkout-api', 'ledger', 'notifier', 'search-indexer', 'auth-gateway', 'media-worker', 'billing-sync', 'reports', 'partner-portal', 'inventory'];
const ENVS = ['production', 'staging', 'prod-eu', 'qa', 'dev', 'perf'];
const opt = (p, x) => (chance(p) ? x : null);
const nn = (arr) => arr.filter((x) => x != null);

export function env() {
  const svc = pick(SVC), e = pick(ENVS);
  const body = [];
  body.push(D`# ${svc} — ${e}`, pick([D`# last edited ${L('date', X.date())}, do not commit`, '# managed by hand until we move to the vault', D`# synced from 1Password item "${svc}/${e}"`, '# copy to .env.local and fill in']));
  body.push(`NODE_ENV=${e === 'dev' ? 'development' : 'production'}`, `PORT=${pick([3000, 8080, 8000, 5000])}`, pick(['LOG_LEVEL=info', 'LOG_LEVEL=debug', 'RUST_LOG=warn,api=debug']));
  body.push(D`DATABASE_URL=${pick(['', '"'])}${conn()}${''}`);
  const n = int(2, 5);
  for (let i = 0; i < n; i++) { const { seg, k } = secretAny(); body.push(assign('env', k.env, seg)); }
  if (chance(0.5)) { const { seg, k } = secret(); body.push(D`# rotated ${L('date', X.date())} — old value kept for rollback`, D`# ${k.env}=${seg}`); }
  if (chance(0.4)) body.push(D`STRIPE_PUBLISHABLE_KEY=${L('public_key', X.pkLive())}`);
  if (chance(0.4)) body.push(D`SENTRY_RELEASE=${L('git_sha', X.gitSha())}`);
  if (chance(0.5)) body.push(D`${pick(['SMTP_PASSWORD', 'ALGOLIA_ADMIN_KEY', 'OPENAI_API_KEY'])}=${L('placeholder', pick(['changeme', '<your-token>', 'REPLACE_ME', '', 'xxxxxxxx']) || 'TODO')}`);
  if (chance(0.4)) body.push(D`AWS_ACCESS_KEY_ID=${L('env_reference', '${AWS_ACCESS_KEY_ID}')}`);
  if (chance(0.3)) body.push(D`# example from the docs: ${L('aws_example_key', X.AWS_EXAMPLES[0])}`);
  body.push(D`APP_BUILD=${L('build_number', String(int(1000, 99999)))}`, D`INSTANCE_ID=${L('uuid', X.uuidv4())}`);
  if (chance(0.3)) body.push(D`ADMIN_EMAIL=${em()}`);
  if (chance(0.3)) body.push(D`THEME_PRIMARY=${L('hex_color', X.hexColor())}`);
  return lines(body);
}

export function yaml_k8s() {
  const t = rr('yaml_k8s', 8), svc = pick(SVC), ns = pick(['payments', 'default', 'platform', 'data', 'ci']);
  if (t === 0) { // Secret with stringData/data
    const ks = [secretAny(), secretAny(), secretAny()]; const useData = chance(0.5);
    const row = ({ seg, k }) => useData ? D`  ${k.env.toLowerCase().replace(/_/g, '-')}: ${S('K8S_SECRET_DATA', Buffer.from(seg.v).toString('base64'))}` : D`  ${k.env}: "${seg}"`;
    return lines([`apiVersion: v1`, `kind: Secret`, `metadata:`, `  name: ${svc}-secrets`, `  namespace: ${ns}`, D`  uid: ${L('uuid', X.uuidv4())}`, D`  resourceVersion: "${L('k8s_resource_version', X.k8sRV())}"`, D`  creationTimestamp: "${L('timestamp', X.isoTs())}"`, `  annotations:`, D`    acme.example/config-hash: ${L('hash', X.md5())}`, `type: Opaque`, useData ? 'data:' : 'stringData:', ...ks.map(row), '']);
  }
  if (t === 1) { // Deployment with inline env
    const a = secret(), b = secret();
    return lines([`apiVersion: apps/v1`, `kind: Deployment`, `metadata:`, `  name: ${svc}`, `  namespace: ${ns}`, `  labels: {app: ${svc}, tier: backend}`, `spec:`, `  replicas: ${int(1, 6)}`, `  template:`, `    spec:`, `      containers:`, `        - name: ${svc}`, D`          image: registry.acme.example/${svc}@${L('digest', X.digest())}`, `          env:`, `            - name: DATABASE_URL`, D`              value: "${conn()}"`, D`            - name: ${a.k.env}`, D`              value: ${a.seg}`, `            # TODO move to secretKeyRef (ticket PLAT-${int(100, 999)})`, D`            - name: ${b.k.env}`, D`              value: "${b.seg}"`, `            - name: SIGNING_KEY`, `              valueFrom:`, `                secretKeyRef: {name: ${svc}-keys, key: signing}`, `            - name: GIT_COMMIT`, D`              value: "${L('git_sha', X.gitSha())}"`, '']);
  }
  if (t === 2) { // docker-compose
    const pwk = pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'REDIS_PASSWORD', 'RABBITMQ_PASSWORD', 'MONGODB_PASSWORD']); const p = S(KIND[pwk].e, KIND[pwk].g()); const s2 = secret();
    const img = { POSTGRES_PASSWORD: 'postgres', MYSQL_PASSWORD: 'mysql', REDIS_PASSWORD: 'redis', RABBITMQ_PASSWORD: 'rabbitmq', MONGODB_PASSWORD: 'mongo' }[pwk];
    return lines([`version: "3.9"`, `services:`, `  ${img === 'postgres' || img === 'mysql' ? 'db' : img}:`, D`    image: ${img}:${L('version', `${int(4, 17)}.${int(0, 6)}`)}`, `    environment:`, D`      ${KIND[pwk].env}: ${p}`, `      POSTGRES_USER: app`, `  api:`, `    build: .`, `    ports: ["8080:8080"]`, `    environment:`, D`      - ${s2.k.env}=${s2.seg}`, D`      - SESSION_SECRET=${L('env_reference', '${SESSION_SECRET:-changeme}')}`, D`      - DATABASE_URL=${conn()}`, `    depends_on: [db]`, `  mailhog:`, `    image: mailhog/mailhog:v1.0.1`, '']);
  }
  if (t === 3) { // GitHub Actions workflow
    const a = secret(), b = secret(pick(['DOCKERHUB_PAT', 'GITHUB_PAT', 'GITLAB_DEPLOY_TOKEN', 'ARTIFACTORY_API_KEY', 'DOCKER_REGISTRY_PASSWORD']));
    return lines([`name: deploy-${svc}`, `on:`, `  push:`, `    branches: [main]`, `env:`, D`  REGISTRY_TOKEN: ${L('env_reference', '${{ secrets.REGISTRY_TOKEN }}')}`, D`  ${a.k.env}: ${a.seg}   # FIXME: temporary, remove after cutover`, `jobs:`, `  deploy:`, `    runs-on: ubuntu-24.04`, `    steps:`, D`      - uses: actions/checkout@${L('git_sha', X.gitSha())} # v4`, `      - name: push image`, `        run: |`, D`          echo "${b.seg}" | docker login registry.acme.example -u ci --password-stdin`, D`          docker push registry.acme.example/${svc}:${L('git_sha', X.shortSha())}`, `      - name: notify`, D`        run: curl -s -X POST -H "Authorization: Bearer ${L('env_reference', '${{ secrets.NOTIFY_TOKEN }}')}" https://hooks.acme.example/deploy`, '']);
  }
  if (t === 4) { // kubeconfig
    const tok = KIND.KUBERNETES_SA_TOKEN; const keyPem = KIND.PRIVATE_KEY_EC.g();
    return lines([`apiVersion: v1`, `kind: Config`, `clusters:`, `- cluster:`, D`    certificate-authority-data: ${L('certificate', Buffer.from(X.cert().slice(0, 600)).toString('base64'))}`, `    server: https://k8s-api.${pick(['prod', 'stage'])}.acme.example:6443`, `  name: ${pick(['prod-eu', 'gke-main', 'eks-blue'])}`, `users:`, `- name: deployer`, `  user:`, D`    token: ${S(tok.e, tok.g())}`, `- name: admin-cert`, `  user:`, D`    client-key-data: ${S('K8S_CLIENT_KEY_DATA', Buffer.from(keyPem).toString('base64'))}`, `contexts:`, `- context: {cluster: prod-eu, user: deployer, namespace: ${ns}}`, `  name: prod`, `current-context: prod`, '']);
  }
  if (t === 5) { // helm values
    const p = conn(), a = secret();
    return lines([`# values-${pick(ENVS)}.yaml for ${svc}`, `image:`, `  repository: registry.acme.example/${svc}`, D`  tag: "${L('version', X.version())}"`, `replicaCount: 3`, `postgresql:`, `  auth:`, D`    existingSecret: ""`, D`    url: ${p}`, `externalServices:`, D`  ${a.k.name.toLowerCase().replace(/[^a-z]+/g, '_')}: ${a.seg}`, `  maps:`, D`    publicToken: ${L('public_key', X.mapboxPk())}`, `ingress:`, `  hosts: [${svc}.acme.example]`, D`podAnnotations: {checksum/config: ${L('hash', X.md5())}}`, '']);
  }
  // ArgoCD / external secret with mixed
  const a = secret(), b = secret();
  return lines([`apiVersion: deploy.acme.example/v1alpha1`, `kind: Release`, `metadata:`, `  name: ${svc}`, `spec:`, `  source:`, `    repoURL: https://git.acme.example/platform/${svc}.git`, D`    targetRevision: ${L('git_sha', X.gitSha())}`, `    helm:`, `      parameters:`, `        - name: secrets.${a.k.env.toLowerCase()}`, D`          value: ${a.seg}`, `        - name: secrets.${b.k.env.toLowerCase()}`, D`          value: '${b.seg}'`, `        - name: secrets.datadogApiKey`, D`          value: ${L('env_reference', '$ARGOCD_ENV_DD_API_KEY')}`, '']);
}

export function config() {
  const t = rr('config', 12), svc = pick(SVC);
  if (t === 0) { const a = secret(), b = secret(); return lines([`# ${svc} application.properties`, `server.port=8443`, `spring.datasource.url=jdbc:postgresql://db.acme.example:5432/${svc.replace('-', '_')}`, `spring.datasource.username=${pick(['app', 'svc_' + svc.split('-')[0]])}`, D`spring.datasource.password=${S('DATABASE_PASSWORD', pw(true))}`, D`${a.k.env.toLowerCase().replace(/_/g, '.')}=${a.seg}`, D`#${b.k.env.toLowerCase().replace(/_/g, '.')}=${b.seg}`, D`management.info.git.commit=${L('git_sha', X.gitSha())}`, D`app.release=${L('version', X.version())}`, D`app.jwt.secret=${S('JWT_SIGNING_SECRET', KIND.JWT_SIGNING_SECRET.g())}`, `logging.level.root=INFO`, '']); }
  if (t === 1) { const a = secret(), b = secret(); return D`{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Default": "${conn('MSSQL_PASSWORD')}",
    "Cache": "${conn('REDIS_PASSWORD')}"
  },
  "Integrations": {
    "${a.k.name}": { "ApiKey": "${a.seg}", "Enabled": true },
    "${b.k.name}": { "Secret": "${b.seg}" },
    "Maps": { "Token": "${L('placeholder', '<set-in-keyvault>')}" }
  },
  "InstanceId": "${L('uuid', X.uuidv4())}",
  "AllowedHosts": "*"
}
`; }
  if (t === 2) { return lines([`# ~/.aws/credentials`, `[default]`, D`aws_access_key_id = ${S('AWS_ACCESS_KEY', KIND.AWS_ACCESS_KEY.g())}`, D`aws_secret_access_key = ${S('AWS_SECRET_KEY', KIND.AWS_SECRET_KEY.g())}`, ``, `[sandbox]`, D`aws_access_key_id = ${L('aws_example_key', X.AWS_EXAMPLES[0])}`, D`aws_secret_access_key = ${L('aws_example_key', X.AWS_EXAMPLES[1])}`, ``, `[ci-temp]`, D`aws_access_key_id=${S('AWS_TEMP_ACCESS_KEY', KIND.AWS_TEMP_ACCESS_KEY.g())}`, D`aws_secret_access_key=${S('AWS_SECRET_KEY', KIND.AWS_SECRET_KEY.g())}`, D`aws_session_token=${S('AWS_SESSION_TOKEN', KIND.AWS_SESSION_TOKEN.g())}`, `region = eu-central-1`, '']); }
  if (t === 3) { const a = S('NPM_TOKEN', KIND.NPM_TOKEN.g()); return lines([`; .npmrc`, `registry=https://npm.registry.acme.example/`, D`//npm.registry.acme.example/:_authToken=${a}`, D`//npm.pkg.globex.test/:_authToken=${L('env_reference', '${NPM_TOKEN}')}`, `@acme:registry=https://npm.registry.acme.example/`, `always-auth=true`, ``, `# .netrc`, D`machine git.acme.example login ${pick(['jdoe', 'ci-bot', 'deploy'])} password ${sec(pick(['GITLAB_PAT', 'GITHUB_PAT', 'BITBUCKET_APP_PASSWORD']))}`, D`machine ftp.partner.example login acme password ${S('FTP_PASSWORD', pw(true))}`, ``, `# ~/.pgpass`, D`db.acme.example:5432:*:reporting:${S('POSTGRES_PASSWORD', pw(true))}`, '']); }
  if (t === 4) { const u = pick(['ci', 'robot$deploy', 'acme-pusher']); const p = pw(true); return D`{
  "auths": {
    "registry.acme.example": {
      "auth": "${S('DOCKER_AUTH', Buffer.from(u + ':' + p).toString('base64'))}"
    },
    "ghcr.globex.test": {
      "auth": "${S('DOCKER_AUTH', Buffer.from('bot:' + KIND.GITHUB_PAT.g()).toString('base64'))}",
      "email": "${em()}"
    },
    "quay.initech.example": { "auth": "${L('placeholder', 'dXNlcjpwYXNzd29yZA==')}" }
  },
  "credsStore": "${pick(['desktop', 'osxkeychain', 'pass'])}",
  "currentContext": "default"
}
`; }
  if (t === 5) { const a = secret(), b = secret(); return lines([`# config.toml — ${svc}`, `[server]`, `bind = "0.0.0.0:${pick([8080, 9000])}"`, D`instance = "${L('uuid', X.uuidv4())}"`, ``, `[database]`, D`url = "${conn()}"`, `pool_size = ${int(5, 40)}`, ``, `[providers.${a.k.name.split(' ')[0].toLowerCase()}]`, D`api_key = "${a.seg}"`, `timeout_ms = 4000`, ``, `[providers.${b.k.name.split(' ')[0].toLowerCase()}]`, D`token = '${b.seg}'`, D`# fallback_token = "${L('placeholder', 'xxxxxxxxxxxxxxxxxxxx')}"`, ``, `[release]`, D`commit = "${L('git_sha', X.gitSha())}"`, D`built_at = ${L('timestamp', X.isoTs())}`, '']); }
  if (t === 6) { const a = secret(); return lines([`[client]`, `user=root`, D`password=${S('MYSQL_PASSWORD', pw(true))}`, `host=mysql-1.acme.example`, ``, `[mysqldump]`, `user=backup`, D`password="${S('MYSQL_PASSWORD', pw(true))}"`, ``, `; s3cfg for the nightly dump`, `[default]`, D`access_key = ${S('AWS_ACCESS_KEY', KIND.AWS_ACCESS_KEY.g())}`, D`secret_key = ${S('AWS_SECRET_KEY', KIND.AWS_SECRET_KEY.g())}`, `host_base = s3.storage.acme.example`, D`gpg_passphrase = ${S('GPG_PASSPHRASE', pw())}`, D`; ${a.k.env} = ${a.seg}`, '']); }
  if (t === 7) { const a = secret(); return D`<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    ${assign('xml', a.k.env, a.seg)}
    <add key="BuildId" value="${L('build_number', String(int(10000, 99999)))}" />
    <add key="TenantId" value="${L('uuid', X.uuidv4())}" />
    <add key="SupportMail" value="${em()}" />
  </appSettings>
  <connectionStrings>
    <add name="Main" connectionString="${conn('MSSQL_PASSWORD')}" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.net><mailSettings><smtp from="noreply@acme.example"><network host="smtp.acme.example" port="587" userName="noreply@acme.example" password="${S('SMTP_PASSWORD', pw())}" /></smtp></mailSettings></system.net>
</configuration>
`; }
  if (t === 8) { const a = secret(), b = secret(); return lines([`# terraform.tfvars (${pick(ENVS)})`, `region          = "eu-west-1"`, D`db_password     = "${S('DATABASE_PASSWORD', pw())}"`, D`${a.k.env.toLowerCase()} = "${a.seg}"`, D`${b.k.env.toLowerCase()} = "${b.seg}"`, D`ami_id          = "ami-${hex(17)}"`, D`vpc_id          = "vpc-${hex(17)}"`, D`kms_key_arn     = "arn:aws:kms:eu-west-1:${digits(12)}:key/${L('uuid', X.uuidv4())}"`, D`admin_cidr      = "${pick(['10.0.0.0/16', '172.20.0.0/12'])}"`, '']); }
  if (t === 9) { return lines([`# rclone.conf`, `[b2-backup]`, `type = b2`, D`account = ${L('hash', hex(12))}`, D`key = ${S('BACKBLAZE_APPLICATION_KEY', 'K00' + b62(28))}`, ``, `[gdrive]`, `type = drive`, D`client_secret = ${S('GOOGLE_OAUTH_CLIENT_SECRET', KIND.GOOGLE_OAUTH_CLIENT_SECRET.g())}`, D`token = {"access_token":"${S('GOOGLE_OAUTH_ACCESS_TOKEN', KIND.GOOGLE_OAUTH_ACCESS_TOKEN.g())}","token_type":"Bearer","refresh_token":"${S('GOOGLE_REFRESH_TOKEN', KIND.GOOGLE_REFRESH_TOKEN.g())}","expiry":"${L('timestamp', X.isoTs())}"}`, ``, `[sftp-nas]`, `type = sftp`, `host = nas.home.example`, `user = ${pick(['admin', 'backup'])}`, D`pass = ${S('RCLONE_OBSCURED_PASSWORD', b64u(int(30, 44)))}`, '']); }
  if (t === 10) { const a = secret(); return lines([`# gradle.properties`, `org.gradle.jvmargs=-Xmx4g`, D`signing.keyId=${L('hash', hex(8).toUpperCase())}`, D`signing.password=${S('GPG_PASSPHRASE', pw())}`, D`ossrhPassword=${S('MAVEN_REPO_PASSWORD', pw())}`, `ossrhUsername=acme-release`, D`android.injected.signing.store.password=${S('KEYSTORE_PASSWORD', pw())}`, D`# ${a.k.env}=${a.seg}`, D`versionName=${L('version', X.version())}`, '']); }
  const a = secret(); // wp-config / php ini-ish
  return lines([`<?php`, `define( 'DB_NAME', 'wp_${pick(['shop', 'blog', 'main'])}' );`, `define( 'DB_USER', 'wp_admin' );`, D`define( 'DB_PASSWORD', '${S('DATABASE_PASSWORD', pw())}' );`, `define( 'DB_HOST', 'mysql.acme.example' );`, ...['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY'].map(n => D`define( '${n}', '${S('WORDPRESS_SALT', str(LOW + UP + DIG + '!#$%^*()-_=+[]{}|;:,.<>?~', 64))}' );`), D`define( 'WP_CACHE_KEY_SALT', '${L('placeholder', 'put your unique phrase here')}' );`, D`// ${a.k.env}: ${a.seg}`, `$table_prefix = 'wp_';`, '']);
}
const b64u = (n) => str(UP + LOW + DIG + '-_', n);

export function iac_cloud_cli() {
  const t = rr('iac_cloud_cli', 8);
  if (t === 0) { return D`$ aws sts assume-role --role-arn arn:aws:iam::${digits(12)}:role/${pick(['deploy', 'BreakGlass', 'ci-release'])} --role-session-name ${pick(['jdoe', 'gh-actions', 'runbook'])}
{
    "Credentials": {
        "AccessKeyId": "${S('AWS_TEMP_ACCESS_KEY', KIND.AWS_TEMP_ACCESS_KEY.g())}",
        "SecretAccessKey": "${S('AWS_SECRET_KEY', KIND.AWS_SECRET_KEY.g())}",
        "SessionToken": "${S('AWS_SESSION_TOKEN', KIND.AWS_SESSION_TOKEN.g())}",
        "Expiration": "${L('timestamp', X.isoTs())}"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "AROA${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:gh-actions",
        "Arn": "arn:aws:sts::${digits(12)}:assumed-role/deploy/gh-actions"
    }
}
`; }
  if (t === 1) { return D`$ az ad sp create-for-rbac --name ${pick(['sp-terraform', 'sp-backup', 'gh-oidc-fallback'])} --role Contributor --scopes /subscriptions/${L('uuid', X.uuidv4())}
Creating 'Contributor' role assignment under scope '/subscriptions/...'
The output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control.
{
  "appId": "${L('uuid', X.uuidv4())}",
  "displayName": "sp-terraform",
  "password": "${S('AZURE_CLIENT_SECRET', KIND.AZURE_CLIENT_SECRET.g())}",
  "tenant": "${L('uuid', X.uuidv4())}"
}
$ az storage account keys list -g rg-data -n stacmedata${digits(3)} -o table
KeyName    Permissions    Value
---------  -------------  ------------------------------------------------------------------------------------------
key1       FULL           ${S('AZURE_STORAGE_KEY', KIND.AZURE_STORAGE_KEY.g())}
key2       FULL           ${S('AZURE_STORAGE_KEY', KIND.AZURE_STORAGE_KEY.g())}
`; }
  if (t === 2) { const pk = KIND.PRIVATE_KEY_PKCS8.g(); const proj = pick(['acme-prod-3141', 'globex-data', 'initech-ml']); return D`$ gcloud iam service-accounts keys create key.json --iam-account=${pick(['deployer', 'bq-loader'])}@${proj}.iam.gserviceaccount.example
created key [${L('hash', hex(40))}] of type [json] as [key.json]
$ cat key.json
{
  "type": "service_account",
  "project_id": "${proj}",
  "private_key_id": "${L('hash', hex(40))}",
  "private_key": "${S('GCP_SERVICE_ACCOUNT_PRIVATE_KEY', jsonEsc(pk + '\n'))}",
  "client_email": "deployer@${proj}.iam.gserviceaccount.example",
  "client_id": "${digits(21)}",
  "auth_uri": "https://accounts.acme.example/o/oauth2/auth",
  "token_uri": "https://oauth2.acme.example/token"
}
`; }
  if (t === 3) { const a = secret(), b = secret(); return D`$ terraform output -json
{
  "db_endpoint": { "sensitive": false, "type": "string", "value": "orders.cluster-${hex(12)}.eu-west-1.rds.acme.example" },
  "db_password": { "sensitive": true, "type": "string", "value": "${S('DATABASE_PASSWORD', pw())}" },
  "${a.k.env.toLowerCase()}": { "sensitive": true, "type": "string", "value": "${a.seg}" },
  "${b.k.env.toLowerCase()}": { "sensitive": true, "type": "string", "value": "${b.seg}" },
  "vpc_id": { "sensitive": false, "type": "string", "value": "vpc-${hex(17)}" },
  "state_serial": { "sensitive": false, "type": "number", "value": ${L('build_number', String(int(10, 900)))} }
}
`; }
  if (t === 4) { const a = secret(); return D`$ terraform plan -out=tfplan
Refreshing state... [id=${L('uuid', X.uuidv4())}]

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                     = "orders-prod"
      ~ password               = (sensitive value)
        tags                   = { "owner" = "platform" }
    }

  # kubernetes_secret.app will be created
  + resource "kubernetes_secret" "app" {
      + data = {
          + "${a.k.env}" = "${a.seg}"
          + "DB_URL"  = "${conn()}"
        }
      + id   = (known after apply)
    }

Plan: 1 to add, 1 to change, 0 to destroy.
`; }
  if (t === 5) { return D`$ vault kv get -format=json secret/${pick(SVC)}/prod
{
  "request_id": "${L('request_id', X.uuidv4())}",
  "lease_duration": 2764800,
  "data": {
    "data": {
      "db_password": "${S('DATABASE_PASSWORD', pw())}",
      "${pick(['stripe_key', 'payments_key'])}": "${S('STRIPE_SECRET_KEY', KIND.STRIPE_SECRET_KEY.g())}",
      "smtp_password": "${S('SMTP_PASSWORD', pw())}"
    },
    "metadata": { "created_time": "${L('timestamp', X.isoTs())}", "version": ${int(2, 40)} }
  }
}
$ vault login -method=userpass username=${pick(['ops', 'jdoe'])}
Success! You are now authenticated.
Key                  Value
---                  -----
token                ${S('VAULT_TOKEN', KIND.VAULT_TOKEN.g())}
token_accessor       ${L('hash', b62(24))}
token_duration       768h
`; }
  if (t === 6) { const n = pick(['db-creds', 'api-keys', 'registry']); const p = pw(true); return D`$ kubectl get secret ${n} -n ${pick(['payments', 'prod'])} -o jsonpath='{.data}' | jq
{
  "password": "${S('K8S_SECRET_DATA', Buffer.from(p).toString('base64'))}",
  "username": "${L('base64_username', Buffer.from('app').toString('base64'))}"
}
$ kubectl get secret ${n} -o jsonpath='{.data.password}' | base64 -d
${S('DATABASE_PASSWORD', p)}
$ kubectl create secret generic stripe --from-literal=api-key=${S('STRIPE_SECRET_KEY', KIND.STRIPE_SECRET_KEY.g())} --dry-run=client -o yaml
`; }
  const a = secret(); // aws secretsmanager
  return D`$ aws secretsmanager get-secret-value --secret-id prod/${pick(SVC)} --query SecretString --output text
{"username":"${pick(['svc', 'admin', 'app'])}","password":"${S('DATABASE_PASSWORD', pw())}","engine":"postgres","host":"orders.cluster-${hex(12)}.rds.acme.example","port":5432,"${a.k.env.toLowerCase()}":"${a.seg}"}
$ aws secretsmanager describe-secret --secret-id prod/x --query VersionIdsToStages
{ "${L('uuid', X.uuidv4())}": ["AWSCURRENT"], "${L('uuid', X.uuidv4())}": ["AWSPREVIOUS"] }
`;
}

// ---- key material: PEM blocks in files, manifests, JSON and vars ----
export function key_material() {
  const t = rr('key_material', 6);
  if (t === 0) { const k = S('PRIVATE_KEY_OPENSSH', KIND.PRIVATE_KEY_OPENSSH.g()); return D`$ ls -l ~/.ssh
-rw------- 1 ${pick(['deploy', 'jdoe', 'ubuntu'])} staff  411 ${pick(['Mar', 'Oct'])} ${int(1, 28)} 10:12 id_ed25519
-rw-r--r-- 1 deploy staff   97 Mar  3 10:12 id_ed25519.pub
$ cat ~/.ssh/id_ed25519
${k}
$ cat ~/.ssh/id_ed25519.pub
${L('public_key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + b64(43))} deploy@${pick(['build-01', 'laptop-jd', 'bastion'])}
$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 SHA256:${L('fingerprint', b64(43))} deploy@build-01 (ED25519)
`; }
  if (t === 1) { const pem = KIND.PRIVATE_KEY_EC.g(); const ind = pem.split('\n').join('\n    '); return D`apiVersion: v1
kind: Secret
metadata:
  name: ${pick(SVC)}-tls
  namespace: ingress
type: Opaque
stringData:
  tls.crt: |
    ${L('certificate', X.cert().split('\n').join('\n    '))}
  tls.key: |
    ${S('PRIVATE_KEY_EC', ind)}
`; }
  if (t === 2) { const kk = pick(['PRIVATE_KEY_RSA', 'PRIVATE_KEY_PKCS8']); const pem = KIND[kk].g(); return D`{
  "name": "${pick(SVC)}-signer",
  "algorithm": "RS256",
  "kid": "${L('hash', hex(16))}",
  "public_key": "${L('public_key', jsonEsc(X.pubPem()))}",
  "private_key": "${S(kk, jsonEsc(pem))}",
  "created_at": "${L('timestamp', X.isoTs())}"
}
`; }
  if (t === 3) { const pem = KIND.PRIVATE_KEY_PGP.g(); return D`# Release signing

Import the release key on the build box (ask ${per().seg} for the passphrase — it is \`${S('GPG_PASSPHRASE', pw())}\`):

\`\`\`
${S('PRIVATE_KEY_PGP', pem)}
\`\`\`

Fingerprint: \`${L('fingerprint', hex(40).toUpperCase().match(/.{4}/g).join(' '))}\`
`; }
  if (t === 4) { const kk = pick(['PRIVATE_KEY_DSA', 'PRIVATE_KEY_EC', 'PRIVATE_KEY_OPENSSH']); const pem = KIND[kk].g(); return D`# group_vars/bastion.yml
bastion_user: ops
bastion_host: ${L('hostname', X.hostname())}
bastion_port: 22
bastion_private_key: |
  ${S(kk, pem.split('\n').join('\n  '))}
bastion_known_hosts: "${L('public_key', X.sshPub().split(' ').slice(0, 2).join(' ').slice(0, 120))}"
ansible_become_password: ${S('ANSIBLE_BECOME_PASSWORD', pw())}
`; }
  const pem = KIND.PRIVATE_KEY_RSA.g(); return D`$ openssl genrsa 2048 2>/dev/null | tee /etc/nginx/ssl/${pick(['shop', 'api', 'portal'])}.key
${S('PRIVATE_KEY_RSA', pem)}
$ openssl req -new -key /etc/nginx/ssl/shop.key -subj "/CN=shop.acme.example" -out shop.csr
$ sha256sum shop.csr
${L('hash', hex(64))}  shop.csr
`;
}
