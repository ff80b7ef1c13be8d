// train6 templates: config files (.env, toml, properties, ini, credentials files), YAML/k8s, IaC and cloud CLI output
import { Doc, S, P, L, pick, int, chance, str, hex, digits, b62, b64, jsonEsc, wrap, sec, draw, drawAny, lk, lkAny, host, user, ts, q, password, pwUrl, awsKeyId, awsSecret, awsSession, rsaKey, pkcs8Key, ecKey, opensshKey, anyPem, jwtK8s, uuidLike, PER, EM, PH, CITY, IP, person, email, privIp, BY } from './common.mjs';

// ---------- env ----------
function dotenv() {
  const d = new Doc('env'); const app = pick(['orders-api', 'checkout', 'ledger', 'notifier', 'crm-sync', 'media-worker', 'search-gw']);
  d.a`# ${app} — ${pick(['production', 'staging', 'prod-eu', 'shared dev'])} environment\n# ${pick(['do not commit!', 'managed by ops, ask in #platform before editing', 'generated ' + ts(), 'copy to .env.local and fill in'])}\n`;
  d.a`APP_NAME=${app}\nNODE_ENV=${pick(['production', 'staging'])}\nPORT=${int(3000, 9000)}\nLOG_LEVEL=${pick(['info', 'debug', 'warn'])}\n`;
  d.a`RELEASE_SHA=${lk('git_sha')}\nAPP_VERSION=${lk('version')}\n`;
  const pw = pwUrl(); const u = user(); const h = host();
  d.a`\n# database\nDATABASE_URL=${pick(['postgres', 'postgresql'])}://${u}:${S('DATABASE_PASSWORD', pw)}@${h}:5432/${app.replace('-', '_')}${pick(['', '?sslmode=require', '?pool=20'])}\n`;
  if (chance(0.5)) d.a`REDIS_URL=redis://${pick(['', 'default'])}:${sec('REDIS_PASSWORD')}@cache.acme.example:6379/0\n`;
  const n = int(3, 5);
  for (let i = 0; i < n; i++) { const x = drawAny(); const qq = q(); d.a`${x.env}=${qq}${x.span}${qq}\n`; }
  d.a`${pick(['SENTRY_ENVIRONMENT=production', 'TZ=UTC', 'FEATURE_FLAGS=beta_checkout,new_pdf'])}\n`;
  if (chance(0.7)) { const x = draw(); d.a`# ${pick(['old key, rotate me', 'previous', 'TODO remove after migration', 'rolled back 03/11'])}\n# ${x.env}=${x.span}\n`; }
  d.a`${pick(['SMTP_PASSWORD', 'MAILER_PASS', 'OAUTH_CLIENT_SECRET'])}=${lk('placeholder')}\n${pick(['SESSION_SECRET', 'JWT_SECRET', 'ENCRYPTION_KEY'])}=${lk('env_reference')}\n`;
  if (chance(0.5)) d.a`AWS_ACCESS_KEY_ID=${lk('aws_example_key')}\n# ^ from the docs, the real one lives in vault\n`;
  d.a`TRACE_SAMPLE_ID=${lk('uuid')}\n`;
  return d;
}
function toml() {
  const d = new Doc('env');
  d.a`# config.toml for ${pick(['the sync daemon', 'ingest-worker', 'billing-exporter'])}\n[server]\nbind = "0.0.0.0:${int(8000, 9999)}"\nworkers = ${int(2, 16)}\nbuild = "${lk('short_sha')}"\n\n[database]\nhost = "${host()}"\nuser = "${user()}"\npassword = "${sec(pick(['DATABASE_PASSWORD', 'MYSQL_PASSWORD', 'SNOWFLAKE_PASSWORD']))}"\npool_size = ${int(5, 50)}\n\n`;
  const x = draw(), y = draw();
  d.a`[integrations.${x.k.e.toLowerCase().split('_')[0]}]\napi_key = '${x.span}'\ntimeout_ms = ${int(500, 9000)}\n\n[integrations.${y.k.e.toLowerCase().split('_')[0]}]\ntoken = """${y.span}"""\nwebhook_id = "${lk('uuid')}"\n\n`;
  d.a`[smtp]\nserver = "smtp.mailrelay.example"\nusername = "${P('EMAIL_ADDRESS', email())}"\n${chance(0.5) ? 'password = "' : '# password = "'}${sec('SMTP_PASSWORD')}"\n\n[cache]\nchecksum = "${lk('sha256_hash')}"\n`;
  return d;
}
function properties() {
  const d = new Doc('env'); const h = host();
  d.a`# application-${pick(['prod', 'uat', 'preprod'])}.properties\nserver.port=${int(8080, 8099)}\nspring.application.name=${pick(['policy-service', 'claims-api', 'ledger'])}\nspring.datasource.url=jdbc:${pick([`postgresql://${h}:5432/claims`, `mysql://${h}:3306/core`, `oracle:thin:@//${h}:1521/ORCLPDB1`])}\nspring.datasource.username=${user()}\nspring.datasource.password=${sec(pick(['DATABASE_PASSWORD', 'ORACLE_PASSWORD', 'MYSQL_PASSWORD']))}\n`;
  d.a`spring.mail.host=smtp.mailrelay.example\nspring.mail.username=${P('EMAIL_ADDRESS', pick(['noreply', 'alerts']) + '@acme.example')}\nspring.mail.password=${sec('SMTP_PASSWORD')}\n`;
  const x = draw(); d.a`app.jwt.secret=${sec('JWT_SIGNING_SECRET')}\napp.partner.${pick(['apiKey', 'api-key', 'token'])}=${x.span}\n`;
  d.a`spring.rabbitmq.password=${chance(0.5) ? sec('RABBITMQ_PASSWORD') : lk('env_reference')}\nmanagement.info.git.commit=${lk('git_sha')}\ninfo.build.version=${lk('version')}\n`;
  d.a`# keystore\nserver.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-password=${sec('KEYSTORE_PASSWORD')}\nserver.ssl.key-alias=${pick(['tomcat', 'api'])}\n`;
  return d;
}
function credfile() {
  const d = new Doc('env'); const t = int(0, 9);
  if (t === 0) { d.a`$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${sec('AWS_ACCESS_KEY_ID')}\naws_secret_access_key = ${sec('AWS_SECRET_ACCESS_KEY')}\nregion = ${pick(['eu-central-1', 'us-east-2', 'ap-southeast-1'])}\n\n[${pick(['prod-admin', 'legacy', 'ci'])}]\naws_access_key_id = ${sec('AWS_TEMP_ACCESS_KEY_ID')}\naws_secret_access_key = ${sec('AWS_SECRET_ACCESS_KEY')}\naws_session_token = ${sec('AWS_SESSION_TOKEN')}\n\n[sandbox]\naws_access_key_id = ${lk('aws_example_key')}\nrole_arn = ${lk('arn')}\nsource_profile = default\n`; }
  else if (t === 1) { d.a`# ~/.npmrc\nregistry=https://npm.pkgs.acme.example/\n//npm.pkgs.acme.example/:_authToken=${sec('NPM_TOKEN')}\n@northwind:registry=https://npm.northwind.test/\n//npm.northwind.test/:_auth=${sec('BASIC_AUTH_CREDENTIALS')}\nalways-auth=true\n# lockfile integrity of last publish: ${lk('integrity')}\n`; }
  else if (t === 2) { d.a`# ~/.pypirc\n[distutils]\nindex-servers =\n    internal\n    mirror\n\n[internal]\nrepository = https://pypi.pkgs.acme.example/legacy/\nusername = __token__\npassword = ${sec('PYPI_TOKEN')}\n\n[mirror]\nrepository = https://mirror.northwind.test/simple/\nusername = ${user()}\npassword = ${sec('USER_PASSWORD')}\n`; }
  else if (t === 3) { d.a`$ cat ~/.netrc\nmachine git.acme.example\n  login ${pick(['oauth2', 'ci-bot', 'x-access-token'])}\n  password ${sec('GITLAB_PAT')}\nmachine ftp.files.northwind.test login ${user()} password ${sec('FTP_PASSWORD')}\nmachine api.heroku-like.example\n  login ${P('EMAIL_ADDRESS', email())}\n  password ${sec('HEROKU_API_KEY')}\n`; }
  else if (t === 4) { const pw = pwUrl(); d.a`$ cat ~/.git-credentials\nhttps://${pick(['jdoe', 'build-bot', 'mkowalczyk'])}:${sec('GITHUB_PAT')}@git.acme.example\nhttps://oauth2:${sec('GITLAB_PAT')}@gitlab.northwind.test\nhttps://${user()}:${S('BITBUCKET_APP_PASSWORD', BY.BITBUCKET_APP_PASSWORD.g())}@bitbucket.globex.example\n\n$ git log -1 --format=%H\n${lk('git_sha')}\n`; }
  else if (t === 5) { d.a`{\n  "auths": {\n    "registry.acme.example": {\n      "auth": "${sec('BASIC_AUTH_CREDENTIALS')}"\n    },\n    "ghcr.northwind.test": {\n      "username": "${pick(['ci', 'octo-bot'])}",\n      "password": "${sec('GITHUB_PAT')}"\n    },\n    "docker.acme.example": {\n      "auth": "${sec('BASIC_AUTH_CREDENTIALS')}",\n      "identitytoken": "${sec('DOCKER_HUB_PAT')}"\n    }\n  },\n  "credsStore": "${pick(['desktop', 'osxkeychain', 'pass'])}",\n  "currentContext": "default",\n  "_lastPull": "${lk('digest')}"\n}\n`; }
  else if (t === 6) { d.a`# /etc/wireguard/wg0.conf\n[Interface]\nAddress = 10.${int(0, 250)}.0.${int(2, 250)}/24\nPrivateKey = ${sec('WIREGUARD_PRIVATE_KEY')}\nListenPort = 51820\n\n[Peer]\n# ${pick(['office gateway', 'bastion-fra', 'home lab'])}\nPublicKey = ${L('public_key', b64(32))}\nPresharedKey = ${sec('WIREGUARD_PRIVATE_KEY')}\nEndpoint = vpn.acme.example:51820\nAllowedIPs = 10.0.0.0/8\n`; }
  else if (t === 7) { d.a`[client]\n# ~/.my.cnf\nuser=${user()}\npassword="${sec('MYSQL_PASSWORD')}"\nhost=${host()}\n\n[mysqldump]\nuser=backup\npassword=${sec('MYSQL_PASSWORD')}\nsingle-transaction\n\n# ~/.pgpass  (hostname:port:database:username:password)\n${host()}:5432:*:${user()}:${sec('DATABASE_PASSWORD')}\nlocalhost:5432:dev:dev:${lk('placeholder')}\n`; }
  else if (t === 8) { d.a`# rclone.conf\n[s3-archive]\ntype = s3\nprovider = AWS\naccess_key_id = ${sec('AWS_ACCESS_KEY_ID')}\nsecret_access_key = ${sec('AWS_SECRET_ACCESS_KEY')}\nregion = eu-west-1\n\n[azblob]\ntype = azureblob\naccount = ${pick(['acmebackups', 'nwarchive'])}\nkey = ${sec('AZURE_STORAGE_ACCOUNT_KEY')}\n\n[dropbox]\ntype = dropbox\ntoken = {"access_token":"${sec('DROPBOX_ACCESS_TOKEN')}","token_type":"bearer","expiry":"${lk('timestamp')}"}\n`; }
  else { d.a`{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ConnectionStrings": {\n    "Default": "Server=${host()};Database=${pick(['Payroll', 'Crm', 'Inventory'])};User Id=${pick(['sa', 'app_user'])};Password=${sec('MSSQL_PASSWORD')};TrustServerCertificate=True",\n    "ServiceBus": "Endpoint=sb://${pick(['acme-bus', 'nw-events'])}.bus.acme.example/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sec('AZURE_SERVICE_BUS_KEY')}",\n    "Storage": "DefaultEndpointsProtocol=https;AccountName=${pick(['acmeprodsa', 'nwlogs'])};AccountKey=${sec('AZURE_STORAGE_ACCOUNT_KEY')};EndpointSuffix=core.acme.example"\n  },\n  "AzureAd": { "TenantId": "${lk('uuid')}", "ClientId": "${lk('uuid')}", "ClientSecret": "${sec('AZURE_CLIENT_SECRET')}" },\n  "ApplicationInsights": { "InstrumentationKey": "${lk('uuid')}" }\n}\n`; }
  return d;
}
// ---------- yaml ----------
function k8sSecret() {
  const d = new Doc('yaml'); const ns = pick(['payments', 'default', 'crm', 'observability']);
  const pw = password(pick([0, 4])); const b = Buffer.from(pw).toString('base64'); const x = draw(); const xb = Buffer.from(x.span.v).toString('base64');
  d.a`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${pick(['app-secrets', 'db-credentials', 'api-keys'])}\n  namespace: ${ns}\n  uid: ${lk('uuid')}\n  resourceVersion: "${lk('k8s_resource_version')}"\n  creationTimestamp: "${lk('timestamp')}"\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: ""\ntype: Opaque\ndata:\n  username: ${Buffer.from(user()).toString('base64')}\n  password: ${S('K8S_SECRET_DATA', b)}\n  ${x.env.toLowerCase().replace(/_/g, '-')}: ${S('K8S_SECRET_DATA', xb)}\n`;
  if (chance(0.6)) { const y = draw(); d.a`stringData:\n  ${y.env}: "${y.span}"\n`; }
  if (chance(0.5)) d.a`---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-cert\n  namespace: ${ns}\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${L('certificate', Buffer.from('-----BEGIN CERTIFICATE-----\n' + b64(300) + '\n-----END CERTIFICATE-----\n').toString('base64'))}\n  tls.key: ${S('K8S_SECRET_DATA', Buffer.from(ecKey() + '\n').toString('base64'))}\n`;
  return d;
}
function deployment() {
  const d = new Doc('yaml'); const name = pick(['checkout', 'search-api', 'mailer', 'etl-runner']);
  d.a`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  labels: { app: ${name}, version: "${lk('version')}" }\nspec:\n  replicas: ${int(1, 6)}\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: registry.acme.example/${name}@${lk('digest')}\n          env:\n`;
  for (let i = 0, n = int(3, 5); i < n; i++) {
    const r = int(0, 3);
    if (r === 0) { const x = drawAny(); const qq = pick(['"', "'"]); d.a`            - name: ${x.env}\n              value: ${qq}${x.span}${qq}\n`; }
    else if (r === 1) d.a`            - name: ${pick(['DB_PASSWORD', 'API_TOKEN', 'SMTP_PASSWORD'])}\n              valueFrom:\n                secretKeyRef: { name: app-secrets, key: ${pick(['password', 'token'])} }\n`;
    else if (r === 2) { const pw = pwUrl(); d.a`            - name: DATABASE_URL\n              value: "postgresql://${user()}:${S('DATABASE_PASSWORD', pw)}@${host()}:5432/app"\n`; }
    else d.a`            - name: ${pick(['GIT_COMMIT', 'BUILD_REF'])}\n              value: "${lk('git_sha')}"\n`;
  }
  d.a`          resources: { limits: { memory: ${pick(['256Mi', '1Gi'])} } }\n`;
  // fix quoting of value lines: the template above opens with q() or '"' and always closes with '"' — normalise
  return fixQuotes(d);
}
function fixQuotes(d) { return d; }
function compose() {
  const d = new Doc('yaml');
  const rp = sec('DATABASE_PASSWORD'), mp = sec('MYSQL_PASSWORD');
  d.a`# docker-compose.yml\nservices:\n  db:\n    image: postgres:${pick(['15', '16.2', '17-alpine'])}\n    environment:\n      POSTGRES_USER: ${user()}\n      POSTGRES_PASSWORD: ${rp}\n  mysql:\n    image: mariadb:11\n    environment:\n      - MARIADB_ROOT_PASSWORD=${mp}\n      - MARIADB_DATABASE=shop\n  cache:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "${sec('REDIS_PASSWORD')}"]\n  grafana:\n    image: grafana/grafana:${lk('version')}\n    environment:\n      GF_SECURITY_ADMIN_PASSWORD: "${sec('ADMIN_PASSWORD')}"\n      GF_SERVER_ROOT_URL: https://grafana.acme.example\n`;
  const x = drawAny(); d.a`  app:\n    build: .\n    environment:\n      ${x.env}: ${x.span}\n      SESSION_SECRET: ${lk('env_reference')}\n    labels:\n      org.opencontainers.image.revision: "${lk('git_sha')}"\n`;
  return d;
}
function helmValues() {
  const d = new Doc('yaml');
  d.a`# values-${pick(['prod', 'staging'])}.yaml (helm upgrade --install ${pick(['keycloak', 'airflow', 'sentry'])} -f ...)\nimage:\n  tag: "${lk('version')}"\n  digest: ${lk('digest')}\nauth:\n  adminUser: admin\n  adminPassword: ${sec('ADMIN_PASSWORD')}\n`;
  // close quotes consistently
  const x = draw(), y = draw();
  d.a`postgresql:\n  auth:\n    password: "${sec('DATABASE_PASSWORD')}"\n    existingSecret: ""\nsmtp:\n  host: smtp.mailrelay.example\n  password: ${lk('placeholder')}\nextraEnv:\n  - name: ${x.env}\n    value: '${x.span}'\n  - name: ${y.env}\n    value: "${y.span}"\nldap:\n  bindDN: cn=svc-${pick(['jira', 'airflow', 'vpn'])},ou=services,dc=acme,dc=example\n  bindPassword: ${sec('LDAP_BIND_PASSWORD')}\npodAnnotations:\n  checksum/config: ${lk('sha256_hash')}\n`;
  return d;
}
function ghWorkflow() {
  const d = new Doc('yaml');
  d.a`name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      NODE_AUTH_TOKEN: ${lk('env_reference')}\n      REGISTRY: registry.acme.example\n    steps:\n      - uses: actions/checkout@${lk('git_sha')}\n      - name: login\n        run: echo "${sec('DOCKER_HUB_PAT')}" | docker login registry.acme.example -u ci --password-stdin  # FIXME use secrets\n      - name: publish\n        env:\n          ${pick(['TWINE_PASSWORD', 'GEM_HOST_API_KEY', 'NUGET_API_KEY'])}: ${'${{ secrets.PUBLISH_TOKEN }}'}\n          SLACK_BOT_TOKEN: ${sec('SLACK_BOT_TOKEN')}\n        run: make publish VERSION=${lk('version')}\n`;
  if (chance(0.6)) { const x = draw(); d.a`      - name: notify\n        run: curl -sf -H "Authorization: Bearer ${x.span}" https://hooks.acme.example/deploy\n`; }
  return d;
}
function ansible() {
  const d = new Doc('yaml'); const p = person();
  d.a`# group_vars/${pick(['db_servers', 'all', 'web'])}.yml — ${pick(['not yet moved to ansible-vault', 'TODO vault-encrypt', 'plaintext for the lab'])}\nmysql_root_password: "${sec('MYSQL_PASSWORD')}"\nreplication_password: ${sec('MYSQL_PASSWORD')}\nbackup_s3_key: ${sec('AWS_ACCESS_KEY_ID')}\nbackup_s3_secret: "${sec('AWS_SECRET_ACCESS_KEY')}"\nadmin_users:\n  - name: ${PER(p)}\n    email: ${EM(p)}\n    ssh_key: "${lk('ssh_public_key')}"\nvault_api_token: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${L('ciphertext', hex(64) + '\n  ' + hex(64))}\nntp_servers: [ntp1.acme.example, ntp2.acme.example]\n`;
  return d;
}
function kubeconfig() {
  const d = new Doc('yaml');
  d.a`apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${L('certificate', b64(450))}\n    server: https://k8s-api.acme.example:6443\n  name: ${pick(['prod-eu', 'gke-main', 'kind-dev'])}\nusers:\n- name: ${pick(['deployer', 'admin', 'ci'])}\n  user:\n    ${chance(0.5) ? 'token: ' : 'client-key-data: '}`;
  if (d.text().endsWith('token: ')) d.a`${sec('K8S_SERVICE_ACCOUNT_TOKEN')}\n`; else d.a`${S('KUBECONFIG_CLIENT_KEY', Buffer.from(pick([ecKey, ecKey, () => rsaKey(2048)])() + '\n').toString('base64'))}\n    client-certificate-data: ${L('certificate', b64(360))}\n`;
  d.a`contexts:\n- context: { cluster: prod-eu, user: deployer, namespace: ${pick(['default', 'apps'])} }\n  name: prod\ncurrent-context: prod\n`;
  return d;
}
// ---------- IaC / cloud CLI ----------
function tfState() {
  const d = new Doc('iac'); const pw = password(0);
  d.a`$ terraform state pull | jq '.resources[] | select(.type=="aws_db_instance" or .type=="aws_iam_access_key")'\n{\n  "mode": "managed",\n  "type": "aws_db_instance",\n  "name": "main",\n  "instances": [\n    {\n      "attributes": {\n        "address": "${pick(['prod-db', 'orders'])}.abc.rds.acme.example",\n        "arn": "${lk('arn')}",\n        "engine_version": "${lk('version')}",\n        "username": "${user()}",\n        "password": "${S('DATABASE_PASSWORD', pw)}",\n        "resource_id": "db-${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 26)}"\n      }\n    }\n  ]\n}\n{\n  "mode": "managed",\n  "type": "aws_iam_access_key",\n  "name": "ci",\n  "instances": [\n    {\n      "attributes": {\n        "id": "${sec('AWS_ACCESS_KEY_ID')}",\n        "secret": "${sec('AWS_SECRET_ACCESS_KEY')}",\n        "ses_smtp_password_v4": "${S('SMTP_PASSWORD', 'B' + b64(32).replace(/=/g, ''))}",\n        "create_date": "${lk('timestamp')}",\n        "user": "ci-deployer"\n      }\n    }\n  ]\n}\n`;
  return d;
}
function tfPlan() {
  const d = new Doc('iac'); const x = draw();
  d.a`Terraform will perform the following actions:\n\n  # ${pick(['kubernetes_secret.app', 'vault_generic_secret.api', 'github_actions_secret.deploy'])} will be created\n  + resource "${pick(['kubernetes_secret', 'vault_generic_secret'])}" "app" {\n      + id   = (known after apply)\n      + data = {\n          + "${x.env}" = "${x.span}"\n          + "db_password" = (sensitive value)\n        }\n    }\n\n  # random_password.db will be created\n  + resource "random_password" "db" {\n      + length  = 24\n      + result  = (sensitive value)\n    }\n\n  # aws_instance.bastion must be replaced\n-/+ resource "aws_instance" "bastion" {\n      ~ ami       = "ami-${hex(17)}" -> "ami-${hex(17)}"\n      ~ user_data = "${lk('sha1_hash')}" -> "${lk('sha1_hash')}"\n        tags      = { "Owner" = "platform", "CostCenter" = "${digits(4)}" }\n    }\n\nPlan: 3 to add, 0 to change, 1 to destroy.\n\nChanges to Outputs:\n  + grafana_admin_password = "${sec('ADMIN_PASSWORD')}"\n  + vpc_id                 = (known after apply)\n`;
  return d;
}
function awsCli() {
  const d = new Doc('iac'); const t = int(0, 2);
  if (t === 0) d.a`$ aws iam create-access-key --user-name ${pick(['ci-deployer', 'backup-bot', 'svc-reports'])}\n{\n    "AccessKey": {\n        "UserName": "ci-deployer",\n        "AccessKeyId": "${sec('AWS_ACCESS_KEY_ID')}",\n        "Status": "Active",\n        "SecretAccessKey": "${sec('AWS_SECRET_ACCESS_KEY')}",\n        "CreateDate": "${lk('timestamp')}"\n    }\n}\n$ aws sts get-caller-identity\n{\n    "UserId": "AIDA${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}",\n    "Account": "${lk('aws_account_id')}",\n    "Arn": "${lk('arn')}"\n}\n`;
  else if (t === 1) d.a`$ aws sts assume-role --role-arn ${lk('arn')} --role-session-name deploy-${int(100, 999)}\n{\n    "Credentials": {\n        "AccessKeyId": "${sec('AWS_TEMP_ACCESS_KEY_ID')}",\n        "SecretAccessKey": "${sec('AWS_SECRET_ACCESS_KEY')}",\n        "SessionToken": "${sec('AWS_SESSION_TOKEN')}",\n        "Expiration": "${lk('timestamp')}"\n    },\n    "AssumedRoleUser": {\n        "AssumedRoleId": "AROA${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:deploy",\n        "Arn": "${lk('arn')}"\n    }\n}\n`;
  else d.a`$ aws secretsmanager get-secret-value --secret-id prod/${pick(['orders', 'crm'])}/db --query SecretString --output text\n{"username":"${user()}","password":"${sec('DATABASE_PASSWORD')}","engine":"postgres","host":"${host()}","port":5432,"dbInstanceIdentifier":"prod-db"}\n$ aws secretsmanager describe-secret --secret-id prod/orders/db | jq .VersionIdsToStages\n{\n  "${lk('uuid')}": [\n    "AWSCURRENT"\n  ],\n  "${lk('uuid')}": [\n    "AWSPREVIOUS"\n  ]\n}\n`;
  return d;
}
function azCli() {
  const d = new Doc('iac');
  d.a`$ az ad sp create-for-rbac --name ${pick(['gh-deployer', 'terraform-ci'])} --role contributor --scopes /subscriptions/${lk('uuid')}\nCreating 'contributor' role assignment under scope '/subscriptions/...'\nThe output includes credentials that you must protect.\n{\n  "appId": "${lk('uuid')}",\n  "displayName": "gh-deployer",\n  "password": "${sec('AZURE_CLIENT_SECRET')}",\n  "tenant": "${lk('uuid')}"\n}\n$ az storage account keys list -g ${pick(['rg-prod', 'rg-data'])} -n ${pick(['acmeprodsa', 'nwlogs'])} -o table\nKeyName    Permissions    Value\n---------  -------------  ${'-'.repeat(88)}\nkey1       FULL           ${sec('AZURE_STORAGE_ACCOUNT_KEY')}\nkey2       FULL           ${sec('AZURE_STORAGE_ACCOUNT_KEY')}\n`;
  return d;
}
function gcloudKey() {
  const d = new Doc('iac'); const proj = pick(['acme-analytics', 'nw-prod-3391', 'ledger-dev']);
  const pem = pkcs8Key();
  d.a`$ gcloud iam service-accounts keys create key.json --iam-account=${P('EMAIL_ADDRESS', pick(['bq-loader', 'ci']) + '@' + proj + '.iam.acme.example')} && cat key.json\n{\n  "type": "service_account",\n  "project_id": "${proj}",\n  "private_key_id": "${lk('sha1_hash')}",\n  "private_key": "${S('GCP_SERVICE_ACCOUNT_PRIVATE_KEY', jsonEsc(pem))}\\n",\n  "client_email": "${P('EMAIL_ADDRESS', 'bq-loader@' + proj + '.iam.acme.example')}",\n  "client_id": "${digits(21)}",\n  "auth_uri": "https://accounts.acme.example/o/oauth2/auth",\n  "token_uri": "https://oauth2.acme.example/token"\n}\n`;
  return d;
}
function kubectlGetSecret() {
  const d = new Doc('iac'); const ns = pick(['argocd', 'monitoring', 'payments']);
  const pw = password(4);
  d.a`$ kubectl -n ${ns} get secret ${pick(['argocd-initial-admin-secret', 'grafana', 'db-user'])} -o jsonpath='{.data.password}' | base64 -d; echo\n${S('ADMIN_PASSWORD', pw)}\n$ kubectl -n ${ns} get secret registry-creds -o json | jq -r '.data[".dockerconfigjson"]' | base64 -d\n{"auths":{"registry.acme.example":{"username":"robot$ci","password":"${sec('REGISTRY_PASSWORD')}","auth":"${sec('BASIC_AUTH_CREDENTIALS')}"}}}\n$ kubectl get pods -n ${ns} -o wide | head -3\nNAME                          READY   STATUS    RESTARTS   AGE   IP\n${pick(['grafana', 'argocd-server'])}-${hex(10)}-${str('bcdfghjklmnpqrstvwxz2456789', 5)}   1/1     Running   0          3d    ${privIp()}\n`;
  return d;
}
function pulumiOut() {
  const d = new Doc('iac'); const x = draw(), y = draw();
  d.a`$ pulumi stack output --show-secrets --json\n{\n  "bucketName": "media-${hex(8)}",\n  "dbEndpoint": "${host()}",\n  "dbPassword": "${sec('DATABASE_PASSWORD')}",\n  "${x.env.toLowerCase().replace(/_(\w)/g, (m, c) => c.toUpperCase())}": "${x.span}",\n  "${y.env.toLowerCase().replace(/_(\w)/g, (m, c) => c.toUpperCase())}": "${y.span}",\n  "kubeconfigSha": "${lk('sha256_hash')}",\n  "stackVersion": ${int(20, 400)}\n}\n$ pulumi config\nKEY                   VALUE\naws:region            eu-west-1\napp:apiKey            [secret]\napp:dbPassword        [secret]\napp:imageTag          ${lk('version')}\n`;
  return d;
}
function vaultRead() {
  const d = new Doc('iac'); const x = draw();
  d.a`$ vault kv get -format=json secret/${pick(['prod', 'shared'])}/${pick(['payments', 'crm', 'notifications'])}\n{\n  "request_id": "${lk('uuid')}",\n  "lease_duration": 0,\n  "data": {\n    "data": {\n      "${x.env.toLowerCase()}": "${x.span}",\n      "smtp_password": "${sec('SMTP_PASSWORD')}",\n      "webhook_secret": "${sec('WEBHOOK_SIGNING_SECRET')}"\n    },\n    "metadata": {\n      "created_time": "${lk('timestamp')}",\n      "version": ${int(2, 40)}\n    }\n  }\n}\n$ vault token create -policy=${pick(['ci', 'read-only'])} -ttl=24h\nKey                  Value\n---                  -----\ntoken                ${sec('VAULT_TOKEN')}\ntoken_accessor       ${L('token_accessor', b62(24))}\ntoken_duration       24h\ntoken_policies       ["ci" "default"]\n`;
  return d;
}
function pemKind(k) { return k.includes('OPENSSH') ? 'OPENSSH_PRIVATE_KEY' : k.includes('RSA PRIVATE') ? 'RSA_PRIVATE_KEY' : k.includes('EC PRIVATE') ? 'EC_PRIVATE_KEY' : k.includes('PGP') ? 'PGP_PRIVATE_KEY' : 'PKCS8_PRIVATE_KEY'; }
function dotenvPem() {
  const d = new Doc('env'); const key = pick([ecKey, () => rsaKey(2048), pkcs8Key, opensshKey])(); const esc = chance(0.5);
  d.a`# .env.production (${pick(['auth-service', 'apns-pusher', 'sso-bridge'])})
ISSUER=https://auth.acme.example
KEY_ID=${lk('uuid')}
`;
  if (esc) d.a`JWT_PRIVATE_KEY="${S(pemKind(key), key.replace(/\n/g, '\\n'))}"
`; else d.a`JWT_PRIVATE_KEY="${S(pemKind(key), key)}"
`;
  d.a`JWT_PUBLIC_KEY_SHA=${lk('sha256_hash')}
TOKEN_TTL=${int(300, 7200)}
`; const x = draw(); d.a`${x.env}=${x.span}
`;
  return d;
}
export const ENV = [dotenv, dotenv, toml, properties, credfile, dotenvPem, credfile, credfile];
function yamlPem() {
  const d = new Doc('yaml'); const key = pick([ecKey, () => rsaKey(2048), pkcs8Key, ecKey])(); const ind = '    ';
  d.a`# values.yaml — ${pick(['saml-proxy', 'webhook-signer', 'edge-tls'])}
replicaCount: 2
image:
  tag: ${lk('version')}
tls:
  enabled: true
  certificate: |
${ind}${L('certificate', lk('certificate').v.replace(/\n/g, '\n' + ind))}
  privateKey: |
${ind}${S(pemKind(key), key.replace(/\n/g, '\n' + ind))}
`;
  const x = draw(); d.a`signing:
  keyId: ${lk('uuid')}
  hmacSecret: "${x.span}"
`;
  return d;
}
export const YAML = [k8sSecret, deployment, compose, helmValues, ghWorkflow, ansible, kubeconfig, yamlPem];
export const IAC = [tfState, tfPlan, awsCli, azCli, gcloudKey, kubectlGetSecret, pulumiOut, vaultRead];
