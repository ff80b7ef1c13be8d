// Technical documents: configs of many syntaxes, k8s, shell history, CI, IaC, source code, Wi-Fi configs.
import { T, sec, anySec, generic, passw, urlPass, plain, lk, inl, hostish, svc, ts, isoTs, S, P, X, pick, chance, int, R } from './common.mjs';
import { b64, bytes, digits, shuffle } from './lib.mjs';

const up = (s) => s.replace(/[^A-Za-z0-9]/g, '_').toUpperCase();
const SCHEME_ENT = { postgres: 'DATABASE_PASSWORD', postgresql: 'DATABASE_PASSWORD', mysql: 'DATABASE_PASSWORD', mongodb: 'MONGODB_PASSWORD', redis: 'REDIS_PASSWORD', rediss: 'REDIS_PASSWORD', amqp: 'RABBITMQ_PASSWORD', mssql: 'MSSQL_SA_PASSWORD' };
function connString(d, scheme = pick(['postgres', 'postgresql', 'mysql', 'mongodb', 'redis', 'amqp', 'mssql', 'rediss'])) {
  const pw = urlPass(SCHEME_ENT[scheme]); const user = pick(['app', 'svc_orders', 'reporting', 'admin', 'etl', 'readonly']);
  if (scheme === 'mssql') { T(d)`Server=${hostish()},1433;Database=${svc()};User Id=${user};Password=${pw};TrustServerCertificate=true`; return; }
  T(d)`${scheme}://${scheme.startsWith('redis') ? '' : user}:${pw}@${hostish()}:${pick(['5432', '3306', '27017', '6379', '5672', '6380'])}/${svc()}${chance(0.4) ? '?sslmode=require' : ''}`;
}

export function config(d) {
  const syn = pick(['env', 'env', 'tls', 'ini', 'toml', 'properties', 'hcl', 'php', 'npmrc', 'netrc', 'pgpass', 'mycnf', 'elixir', 'nginx', 'systemd']);
  const t = T(d); const n = int(3, 6);
  if (syn === 'env') {
    t`# ${svc()} service - generated ${isoTs()}\nAPP_ENV=production\nAPP_VERSION=${lk('version')}\nDATABASE_URL=`; connString(d); t`\n`;
    for (let i = 0; i < n; i++) { const s = chance(0.4) ? generic() : plain(); const q = chance(0.3) ? '"' : ''; t`${up(s.key || 'TOKEN')}=${q}`; d.sec(s); t`${q}\n`; }
    if (chance(0.4)) t`JWT_PRIVATE_KEY="${{ e: 'PRIVATE_KEY', v: S.pem(pick(['EC', 'PKCS8'])).replace(/\n/g, '\\n') }}"\n`;
    t`FEATURE_FLAGS_URL=https://flags.${svc()}.example/v1\nBUILD_SHA=${lk('git_sha')}\nSTRIPE_PUBLISHABLE_KEY=${{ w: 'public_key', v: 'pk_live_' + R('A', 24) }}\nPLACEHOLDER_KEY=${lk('placeholder')}\nSENTRY_RELEASE=${lk('version')}\n`;
  } else if (syn === 'tls') {
    t`# /etc/${svc()}/tls.conf - bundle copied from the old host ${lk('hostname')}\n[tls]\nserial = ${{ w: 'hash', v: R('HU', 32) }}\nfingerprint = ${{ w: 'hash', v: R('H', 64) }}\n\n# server certificate (public)\n${lk('certificate')}\n\n# server key\n${sec('PRIVATE_KEY')}\nkey_passphrase = ${plain('USER_PASSWORD')}\n`;
  } else if (syn === 'ini') {
    t`; ${svc()}.ini\n[database]\nhost = ${hostish()}\nport = 5432\nuser = ${pick(['app', 'dba', 'etl'])}\npassword = ${passw()}\n\n[api]\nendpoint = https://api.${svc()}.example\n`;
    for (let i = 0; i < n - 2; i++) { const s = generic(); t`${s.key} = ${s}\n`; }
    t`request_timeout = 30\nlast_rotation = ${lk('date')}\ninstance_id = ${lk('uuid')}\n\n[cache]\nurl = `; connString(d, 'redis'); t`\ncolor = ${lk('hex_color')}\n`;
  } else if (syn === 'toml') {
    t`[server]\nname = "${svc()}"\nversion = "${lk('version')}"\n\n[secrets]\n`;
    for (let i = 0; i < n; i++) { const s = plain(); t`${s.key.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase()} = "${s}"\n`; }
    t`\n[db]\nurl = "`; connString(d); t`"\nchecksum = "${lk('digest')}"\nplaceholder = "${lk('placeholder')}"\nwebhook_secret = "${lk('env_reference')}"\n`;
  } else if (syn === 'properties') {
    t`# application-prod.properties\nspring.application.name=${svc()}\nspring.datasource.url=jdbc:postgresql://${hostish()}:5432/${svc()}\nspring.datasource.username=app\nspring.datasource.password=${passw()}\n`;
    t`jasypt.encryptor.password=${sec('JASYPT_PASSWORD')}\napp.jwt.signing-key=${sec('JWT_SIGNING_SECRET')}\n`;
    for (let i = 0; i < n - 3; i++) { const s = plain(); t`app.integrations.${s.key.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}=${s}\n`; }
    t`management.info.build=${lk('build_number')}\napp.instance=${lk('uuid')}\napp.legacy.password=${lk('env_reference')}\n`;
  } else if (syn === 'hcl') {
    t`provider "${pick(['datadog', 'cloudflare', 'github', 'vault'])}" {\n  api_key = "${plain()}"\n  app_key = "${plain()}"\n}\n\nresource "${pick(['aws_db_instance', 'google_sql_user'])}" "main" {\n  name     = "${svc()}"\n  password = "${plain('DATABASE_PASSWORD')}"\n  tags = { build = "${lk('build_number')}", commit = "${lk('git_sha')}" }\n}\n\nvariable "token" {\n  default = "${plain()}"\n}\nvariable "region_hint" { default = "${lk('placeholder')}" }\n`;
  } else if (syn === 'php') {
    t`<?php\n// wp-config.php excerpt\ndefine('DB_NAME', '${svc()}');\ndefine('DB_USER', 'wp_${R('L', 4)}');\ndefine('DB_PASSWORD', '${plain('DATABASE_PASSWORD')}');\ndefine('DB_HOST', '${hostish()}');\ndefine('AUTH_KEY', '${plain('AUTH_KEY')}');\ndefine('SECURE_AUTH_KEY', '${plain('SIGNING_KEY')}');\ndefine('NONCE_SALT', '${plain('GENERIC_SECRET')}');\n$table_prefix = 'wp_';\n// version ${lk('version')} build ${lk('build_number')}\n$config['smtp_pass'] = '${plain('SMTP_PASSWORD')}';\n$config['example'] = '${lk('placeholder')}';\n`;
  } else if (syn === 'npmrc') {
    t`registry=https://npm.pkg.example/\n//npm.pkg.example/:_authToken=${sec('NPM_TOKEN')}\n//gems.pkg.test/:_auth=${sec('BASIC_AUTH')}\nalways-auth=true\n# last updated ${lk('date')}\n@corp:registry=https://artifacts.corp.example/api/npm/\n//artifacts.corp.example/api/npm/:_password=${sec('KUBERNETES_SECRET_DATA')}\n//artifacts.corp.example/api/npm/:email=${P.mail()}\ncache-key=${lk('hash')}\nlockfile-integrity=${lk('integrity')}\n`;
  } else if (syn === 'netrc') {
    for (let i = 0; i < int(3, 5); i++) { t`machine ${pick(['git.corp.example', 'api.heroku.test', 'ftp.files.example', 'repo.build.test', 'uploads.example'])}\n  login ${pick(['deploy', 'ci-bot', P.email()])}\n  password ${plain(pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'HEROKU_API_KEY', 'FTP_PASSWORD', 'USER_PASSWORD', 'GENERIC_TOKEN']))}\n`; }
    t`# synced ${lk('timestamp')} from ${lk('hostname')}\n`;
  } else if (syn === 'pgpass') {
    t`# ~/.pgpass  hostname:port:database:username:password\n`;
    for (let i = 0; i < int(3, 6); i++) { t`${hostish()}:5432:${svc()}:${pick(['postgres', 'app', 'etl', 'analyst'])}:${urlPass('DATABASE_PASSWORD')}\n`; }
    t`# rotated ${lk('date')} ticket ${lk('ticket_id')}\n`;
  } else if (syn === 'mycnf') {
    t`[client]\nuser=root\npassword="${plain('DATABASE_PASSWORD')}"\nhost=${hostish()}\n\n[mysqldump]\nuser=backup\npassword=${plain('DATABASE_PASSWORD')}\n\n[mysqld]\nserver-id=${{ w: 'build_number', v: String(int(1, 999)) }}\nlog-bin=mysql-bin\n# ${lk('uuid')}\nreport-host=${lk('hostname')}\n`;
  } else if (syn === 'elixir') {
    t`import Config\n\nconfig :${svc()}, ${pick(['Shop', 'Ledger', 'Relay'])}Web.Endpoint,\n  secret_key_base: "${plain('PHOENIX_SECRET_KEY_BASE')}",\n  live_view: [signing_salt: "${plain('GENERIC_SECRET')}"]\n\nconfig :${svc()}, Repo,\n  username: "postgres",\n  password: "${plain('DATABASE_PASSWORD')}",\n  hostname: "${hostish()}"\n\nconfig :stripity_stripe, api_key: "${sec('STRIPE_SECRET_KEY')}"\n# release ${lk('version')} / ${lk('git_sha')}\n`;
  } else if (syn === 'nginx') {
    t`server {\n  listen 443 ssl;\n  server_name ${svc()}.corp.example;\n  ssl_certificate /etc/nginx/tls/${svc()}.crt;\n  location /api/ {\n    proxy_pass http://${hostish()}:8080;\n    proxy_set_header Authorization "Basic ${sec('BASIC_AUTH')}";\n    proxy_set_header X-Api-Key "${plain('GENERIC_API_KEY')}";\n    add_header X-Build ${lk('build_number')};\n  }\n  location /static/ { expires 30d; add_header ETag ${lk('etag')}; }\n}\n# upstream secret for hmac: ${plain('WEBHOOK_SECRET')}\n`;
  } else {
    t`[Unit]\nDescription=${svc()} worker\n\n[Service]\nEnvironment=NODE_ENV=production\nEnvironment=API_TOKEN=${plain()}\nEnvironment="DB_PASS=${plain('DATABASE_PASSWORD')}"\nEnvironment=QUEUE_URL=`; connString(d, 'amqp'); t`\nExecStart=/opt/${svc()}/bin/run --build ${lk('build_number')}\nUser=svc\n# unit hash ${lk('hash')}\n`;
  }
}

export function yamlConfig(d) {
  const t = T(d); const v = pick(['compose', 'app', 'ansible', 'helm']);
  if (v === 'compose') {
    t`services:\n  db:\n    image: postgres@${lk('digest')}\n    environment:\n      POSTGRES_PASSWORD: ${plain('DATABASE_PASSWORD')}\n      POSTGRES_USER: app\n  cache:\n    image: redis:${lk('version')}\n    command: ["redis-server", "--requirepass", "${plain('REDIS_PASSWORD')}"]\n  api:\n    image: registry.corp.example/${svc()}:${lk('git_sha')}\n    environment:\n      - DATABASE_URL=`; connString(d, 'postgres'); t`\n      - ${up(pick(['auth_key', 'sync_pass', 'bridge_cred']))}=${sec('UNPREFIXED_RANDOM_TOKEN')}\n      - OPENAI_API_KEY=${sec('OPENAI_API_KEY')}\n      - SENTRY_DSN=${lk('env_reference')}\n`;
  } else if (v === 'app') {
    t`# ${svc()}.yaml\nserver:\n  port: 8443\n  build: ${lk('build_number')}\nauth:\n  oidc:\n    issuer: https://sso.corp.example/realms/main\n    client_id: ${svc()}-web\n    client_secret: ${sec('OIDC_CLIENT_SECRET')}\n  session:\n    cookie_secret: '${plain('SESSION_SECRET')}'\nintegrations:\n`;
    for (let i = 0; i < int(2, 4); i++) { const s = plain(); t`  - name: ${svc()}\n    ${pick(['token', 'api_secret', 'auth key', 'secretKey', 'credential'])}: ${s}\n    id: ${lk('uuid')}\n`; }
    t`notify:\n  owner: ${P.mail()}\n  color: "${lk('hex_color')}"\n`;
  } else if (v === 'ansible') {
    t`# group_vars/${pick(['prod', 'db', 'edge'])}.yml (TODO: move to vault!)\nansible_user: deploy\nansible_become_pass: ${plain('ADMIN_PASSWORD')}\npostgres_users:\n  - name: ${svc()}\n    password: "${plain('DATABASE_PASSWORD')}"\n  - name: grafana\n    password: "${plain('DATABASE_PASSWORD')}"\nwifi_ssid: ${pick(['Office-5G', 'LAGER-WLAN', 'Kantoor'])}\ndeploy_ssh_key: |\n  ${{ e: 'PRIVATE_KEY', v: S.pem(pick(['OPENSSH', 'EC'])).replace(/\n/g, '\n  ') }}\nwifi_psk: "${plain('WIFI_PASSWORD')}"\nsnmp_community: ${sec('SNMP_COMMUNITY')}\nexample_password: ${lk('placeholder')}\nrelease: ${lk('version')}\n`;
  } else {
    t`# values-prod.yaml\nimage:\n  tag: ${lk('git_sha')}\n  digest: ${lk('digest')}\nsecrets:\n  ${pick(['signingKey', 'hmacKey', 'jwtKey'])}: ${sec('SIGNING_KEY')}\n  datadogApiKey: ${sec('DATADOG_API_KEY')}\n  slackBotToken: ${sec('SLACK_BOT_TOKEN')}\n  existingSecret: ${lk('env_reference')}\npostgresql:\n  auth:\n    password: ${plain('DATABASE_PASSWORD')}\nresources:\n  limits: { cpu: 500m, memory: 512Mi }\nannotations:\n  checksum/config: ${lk('hash')}\n`;
  }
}

export function jsonConfig(d) {
  const t = T(d); const v = pick(['appsettings', 'firebase', 'docker', 'vscode', 'sa']);
  if (v === 'appsettings') {
    t`{\n  "ConnectionStrings": {\n    "Default": "`; connString(d, 'mssql'); t`"\n  },\n  "Jwt": { "Key": "${plain('JWT_SIGNING_SECRET')}", "Issuer": "${svc()}" },\n  "SendGrid": { "ApiKey": "${sec('SENDGRID_API_KEY')}" },\n  "Payments": { "${pick(['ApiSecret', 'AuthKey', 'MerchantKey'])}": "${plain('GENERIC_SECRET')}" },\n  "Build": "${lk('build_number')}",\n  "InstanceId": "${lk('uuid')}"\n}\n`;
  } else if (v === 'firebase') {
    t`{\n  "apiKey": "${sec('GOOGLE_API_KEY')}",\n  "projectId": "${svc()}-prod",\n  "messagingSenderId": "${digits(12)}",\n  "appId": "1:${digits(12)}:web:${R('H', 22)}",\n  "serverKey": "${sec('FIREBASE_SERVER_KEY')}",\n  "measurementId": "${lk('crm_id')}"\n}\n`;
  } else if (v === 'docker') {
    t`{\n  "auths": {\n    "registry.corp.example": { "auth": "${sec('DOCKER_AUTH')}" },\n    "ghcr.example": { "auth": "${sec('DOCKER_AUTH')}", "email": "${P.mail()}" }\n  },\n  "credsStore": "",\n  "HttpHeaders": { "User-Agent": "Docker-Client/${lk('version')}" }\n}\n`;
  } else if (v === 'vscode') {
    t`{\n  "rest-client.environmentVariables": {\n    "prod": {\n      "baseUrl": "https://api.${svc()}.example",\n      "token": "${plain()}",\n      "adminPassword": "${plain('ADMIN_PASSWORD')}"\n    },\n    "local": { "token": "${lk('placeholder')}" }\n  },\n  "workbench.colorCustomizations": { "titleBar.activeBackground": "${lk('hex_color')}" },\n  "sqltools.connections": [{ "name": "prod", "server": "${hostish()}", "password": "${plain('DATABASE_PASSWORD')}" }]\n}\n`;
  } else {
    t`{\n  "type": "service_account",\n  "project_id": "${svc()}-${digits(6)}",\n  "private_key_id": "${lk('git_sha')}",\n  "private_key": "`; d.sec({ e: 'PRIVATE_KEY', v: S.pem('PKCS8').replace(/\n/g, '\\n') }); t`",\n  "client_email": "deployer@${svc()}.iam.example",\n  "client_id": "${digits(21)}",\n  "token_uri": "https://oauth2.example/token"\n}\n`;
  }
}

export function xmlConfig(d) {
  const t = T(d); const v = pick(['maven', 'webconfig', 'nuget', 'tomcat']);
  if (v === 'maven') t`<settings>\n  <servers>\n    <server>\n      <id>corp-releases</id>\n      <username>ci</username>\n      <password>${plain('JFROG_API_KEY')}</password>\n    </server>\n    <server>\n      <id>sonar</id>\n      <password>${plain('SONARQUBE_TOKEN')}</password>\n    </server>\n  </servers>\n  <profiles><profile><properties>\n    <gpg.passphrase>${plain('USER_PASSWORD')}</gpg.passphrase>\n    <build.number>${lk('build_number')}</build.number>\n    <placeholder.token>${lk('placeholder')}</placeholder.token>\n  </properties></profile></profiles>\n</settings>\n`;
  else if (v === 'webconfig') t`<configuration>\n  <connectionStrings>\n    <add name="Main" connectionString="Data Source=.;Integrated Security=SSPI" />\n    <add name="Audit" connectionString="Server=${hostish()};User Id=audit;Password=${urlPass('MSSQL_SA_PASSWORD')};" />\n  </connectionStrings>\n  <system.web>\n    <machineKey validationKey="${sec('ASPNET_MACHINE_KEY')}" decryptionKey="${R('HU', 48)}" validation="HMACSHA256" />\n  </system.web>\n  <appSettings>\n    <add key="${pick(['PaymentSecret', 'PartnerAuthKey', 'ApiSignature'])}" value="${plain('GENERIC_SECRET')}" />\n    <add key="Version" value="${lk('version')}" />\n  </appSettings>\n</configuration>\n`;
  else if (v === 'nuget') t`<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="corp" value="https://nuget.corp.example/v3/index.json" />\n  </packageSources>\n  <packageSourceCredentials>\n    <corp>\n      <add key="Username" value="build" />\n      <add key="ClearTextPassword" value="${plain('NUGET_API_KEY')}" />\n    </corp>\n  </packageSourceCredentials>\n  <apikeys><add key="https://nuget.corp.example" value="${plain('GENERIC_API_KEY')}" /></apikeys>\n  <!-- ${lk('uuid')} -->\n</configuration>\n`;
  else t`<tomcat-users>\n  <role rolename="manager-gui"/>\n  <user username="admin" password="${plain('ADMIN_PASSWORD')}" roles="manager-gui"/>\n  <user username="deployer" password="${plain('USER_PASSWORD')}" roles="manager-script"/>\n  <!-- example: <user username="x" password="${lk('placeholder')}"/> -->\n</tomcat-users>\n<!-- generated ${lk('timestamp')} on ${lk('hostname')} -->\n`;
}

export function k8s(d) {
  const t = T(d); const name = svc();
  t`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}-credentials\n  namespace: ${pick(['prod', 'payments', 'default'])}\n  resourceVersion: "${lk('k8s_resource_version')}"\n  uid: ${lk('uuid')}\ntype: Opaque\ndata:\n`;
  for (let i = 0; i < int(2, 4); i++) t`  ${pick(['password', 'api-key', 'token', 'db-pass', 'smtp-password'])}${i}: ${sec('KUBERNETES_SECRET_DATA')}\n`;
  t`stringData:\n  ${pick(['client-secret', 'auth_key', 'webhook-secret'])}: ${plain(pick(['GENERIC_CLIENT_SECRET', 'AUTH_KEY', 'WEBHOOK_SECRET']))}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  annotations:\n    deployment.kubernetes.io/revision: "${int(2, 90)}"\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: registry.corp.example/${name}@${lk('digest')}\n          env:\n            - name: ${up(pick(['upstream_token', 'relay_word', 'partner_key']))}\n              value: "${plain()}"\n            - name: DB_PASSWORD\n              valueFrom: { secretKeyRef: { name: ${name}-credentials, key: password0 } }\n            - name: LOG_COLOR\n              value: "${lk('hex_color')}"\n`;
  if (chance(0.35)) t`---\napiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${sec('KUBERNETES_SECRET_DATA')}\n`;
}

export function shellHistory(d) {
  const t = T(d); const n = int(10, 18);
  const cmds = [
    () => t`export ${pick(['GITHUB_TOKEN', 'GH_TOKEN'])}=${sec('GITHUB_PERSONAL_ACCESS_TOKEN')}\n`,
    () => t`mysql -h ${hostish()} -u root -p'${plain('DATABASE_PASSWORD')}' ${svc()}\n`,
    () => t`PGPASSWORD=${plain('DATABASE_PASSWORD')} psql -h ${hostish()} -U app -d ${svc()}\n`,
    () => t`curl -H "Authorization: Bearer ${sec(pick(['OPENAI_API_KEY', 'JWT', 'GENERIC_TOKEN', 'HUGGINGFACE_TOKEN']))}" https://api.${svc()}.example/v1/models\n`,
    () => t`curl -u admin:${plain('ADMIN_PASSWORD')} https://jenkins.corp.example/api/json\n`,
    () => t`docker login -u ci -p ${plain('DOCKER_HUB_PAT')} registry.corp.example\n`,
    () => t`redis-cli -h ${hostish()} -a '${plain('REDIS_PASSWORD')}' info\n`,
    () => t`aws configure set aws_secret_access_key ${sec('AWS_SECRET_KEY')}\n`,
    () => t`export AWS_ACCESS_KEY_ID=${sec('AWS_ACCESS_KEY')}\n`,
    () => t`nmcli dev wifi connect "${pick(['FRITZ!Box 7590 XY', 'Vodafone-A4C2', 'Livebox-9F21', 'MOVISTAR_1A2B'])}" password '${plain('WIFI_PASSWORD')}'\n`,
    () => t`wpa_passphrase "${pick(['HomeNet', 'Casa_Rossi', 'Dom-5G'])}" '${plain('WIFI_PASSWORD')}' >> /etc/wpa_supplicant.conf\n`,
    () => t`vault login ${sec('HASHICORP_VAULT_TOKEN')}\n`,
    () => t`npm config set //npm.pkg.example/:_authToken ${sec('NPM_TOKEN')}\n`,
    () => t`kubectl create secret generic ${svc()} --from-literal=${pick(['api_secret', 'token', 'password'])}=${plain()}\n`,
    () => t`htpasswd -b -c /etc/nginx/.htpasswd ops ${plain('USER_PASSWORD')}\n`,
    () => t`sshpass -p '${plain('USER_PASSWORD')}' ssh root@${hostish()}\n`,
    () => t`mongosh "mongodb://admin:${urlPass('MONGODB_PASSWORD')}@${hostish()}:27017/?authSource=admin"\n`,
    () => t`git clone https://oauth2:${sec('GITLAB_PERSONAL_ACCESS_TOKEN')}@git.corp.example/${svc()}.git\n`,
    () => t`./deploy.sh --signing-key=${plain('SIGNING_KEY')} --env prod\n`,
    () => t`stripe listen --api-key ${sec('STRIPE_SECRET_KEY')}\n`,
    () => t`openssl enc -aes-256-cbc -k ${plain('ENCRYPTION_KEY')} -in dump.sql -out dump.enc\n`,
    () => t`tailscale up --authkey=${sec('TAILSCALE_AUTH_KEY')}\n`,
    () => t`ngrok config add-authtoken ${sec('NGROK_AUTHTOKEN')}\n`,
    () => t`smbclient //files/share -U ${pick(['mmueller', 'jdoe', 'akowalska'])}%${plain('USER_PASSWORD')}\n`,
    () => t`ldapsearch -x -D "cn=admin,dc=corp,dc=example" -w ${plain('LDAP_BIND_PASSWORD')} -b dc=corp,dc=example\n`,
    () => t`export TELEGRAM_BOT_TOKEN=${sec('TELEGRAM_BOT_TOKEN')}\n`,
    () => t`git log --oneline -3  # ${lk('git_sha')}\n`,
    () => t`docker pull alpine@${lk('digest')}\n`,
    () => t`echo ${lk('env_reference')}\n`,
    () => t`ls -la /var/log/${svc()}\n`,
    () => t`kubectl get pods -n ${svc()}  # rv ${lk('k8s_resource_version')}\n`,
    () => t`npm i left-pad@${lk('version')}\n`,
    () => t`ping ${lk('hostname')}\n`,
    () => t`date -d @${{ w: 'timestamp', v: String(int(1700000000, 1790000000)) }}\n`,
    () => t`ip link show | grep ${lk('mac_address')}\n`,
  ];
  for (let i = 0; i < n; i++) { if (chance(0.3)) t`  ${int(100, 999)}  `; pick(cmds)(); }
}

export function ciLog(d) {
  const t = T(d); const job = pick(['build', 'deploy-prod', 'integration-tests', 'release']);
  t`Running with gitlab-runner ${lk('version')} (${lk('git_sha')})\n  on ${lk('hostname')}\nPreparing environment\n$ echo "job ${job} started at ${isoTs()}"\n`;
  const lines = [
    () => t`$ docker login -u gitlab-ci-token -p ${sec('GITLAB_PERSONAL_ACCESS_TOKEN')} registry.corp.example\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n`,
    () => t`+ export DEPLOY_TOKEN=${plain()}\n`,
    () => t`$ cat ~/.ssh/deploy_key   # debugging permissions, remove!\n${sec('PRIVATE_KEY')}\n`,
    () => t`[debug] env: ${pick(['SLACK_WEBHOOK_SECRET', 'PARTNER_SECRET', 'API_SECRET'])}=${plain(pick(['GENERIC_SECRET', 'WEBHOOK_SECRET']))}\n`,
    () => t`Step 4/12 : ARG NPM_TOKEN=${sec('NPM_TOKEN')}\n`,
    () => t`+ curl -sf -H "PRIVATE-TOKEN: ${sec('GITLAB_PERSONAL_ACCESS_TOKEN')}" https://git.corp.example/api/v4/projects\n`,
    () => t`Run mysql --password=${plain('DATABASE_PASSWORD')} -h ${hostish()} < migrations.sql\n`,
    () => t`Uploading artifacts: coverage.xml sha256=${lk('hash')}\n`,
    () => t`Pulling image node@${lk('digest')}\n`,
    () => t`Build #${lk('build_number')} finished in ${int(20, 900)}s\n`,
    () => t`Using secret ${lk('env_reference')} (masked)\n`,
    () => t`Test card used: ${lk('vendor_test_card')} -> ok\n`,
    () => t`Published ${svc()}@${lk('version')} integrity ${lk('integrity')}\n`,
    () => t`[deploy] TWINE_PASSWORD=${sec('PYPI_TOKEN')}\n`,
    () => t`Request ${lk('request_id')} -> 200\n`,
    () => t`Sentry release ${lk('version')} uploaded, auth=${sec('SENTRY_AUTH_TOKEN')}\n`,
  ];
  for (let i = 0; i < int(6, 10); i++) pick(lines)();
  t`Job succeeded\n`;
}

export function iacOutput(d) {
  const t = T(d);
  t`Terraform will perform the following actions:\n\n  # aws_db_instance.${svc()} will be created\n  + resource "aws_db_instance" "${svc()}" {\n      + engine            = "postgres"\n      + engine_version    = "${lk('version')}"\n      + password          = "${plain('DATABASE_PASSWORD')}"\n      + username          = "app"\n      + id                = (known after apply)\n    }\n\n  # aws_iam_access_key.ci will be created\n  + resource "aws_iam_access_key" "ci" {\n      + id     = "${sec('AWS_ACCESS_KEY')}"\n      + secret = "${sec('AWS_SECRET_KEY')}"\n    }\n\n  # random_password.${pick(['api', 'relay', 'kiosk'])} must be replaced\n-/+ resource "random_password" "x" {\n      ~ result = (sensitive value)\n      ~ keepers = { rotated = "${lk('date')}" }\n    }\n\nPlan: ${int(1, 9)} to add, ${int(0, 5)} to change, ${int(0, 3)} to destroy.\n\nOutputs:\n\n${pick(['admin_token', 'bootstrap_secret', 'grafana_admin'])} = "${plain()}"\nendpoint = "${hostish()}"\nstate_serial = ${{ w: 'build_number', v: String(int(10, 9999)) }}\nlineage = "${lk('uuid')}"\n`;
  if (chance(0.5)) t`\npulumi:  + azure-native:storage:StorageAccount acct  AccountKey: ${sec('AZURE_STORAGE_KEY')}\n`;
}

// ---- source code in 18 languages ----
const CODE = {
  python: (t) => t`import os\nimport requests\n\n# TODO: remove before merge -> ${generic()}\nAPI_KEY = "${plain()}"\nDB_DSN = "postgresql://etl:${urlPass()}@${hostish()}/${svc()}"\n\nclass Client:\n    def __init__(self, token="${plain('GENERIC_TOKEN')}", version="${lk('version')}"):\n        self.token = token\n\n    def fetch(self, oid="${lk('uuid')}"):\n        return requests.get(f"https://api.${svc()}.example/{oid}", headers={"X-Auth": self.token})\n\nSECRET = os.environ.get("SECRET_KEY", "${plain('FLASK_SECRET_KEY')}")\n`,
  javascript: (t) => t`const express = require('express');\nconst session = require('express-session');\n\nconst app = express();\napp.use(session({ secret: '${plain('SESSION_SECRET')}', resave: false }));\n\nconst stripe = require('stripe')('${sec('STRIPE_SECRET_KEY')}');\n// old key (revoked?): ${plain()}\nfunction sign(payload, key = '${plain('JWT_SIGNING_SECRET')}') { return jwt.sign(payload, key); }\nmodule.exports = { build: '${lk('build_number')}', color: '${lk('hex_color')}', fallback: ${lk('env_reference')} };\n`,
  typescript: (t) => t`import { Pool } from 'pg';\n\nexport const pool = new Pool({ host: '${hostish()}', user: 'app', password: '${plain('DATABASE_PASSWORD')}' });\n\nexport class Mailer {\n  constructor(private readonly apiKey: string = '${sec('SENDGRID_API_KEY')}') {}\n}\n\ndescribe('webhook', () => {\n  const secret = '${plain('WEBHOOK_SECRET')}';\n  it('verifies ${lk('request_id')}', () => expect(verify(body, secret)).toBe(true));\n});\nexport const VERSION = '${lk('version')}';\n`,
  go: (t) => t`package main\n\nimport "os"\n\nconst (\n\tdefaultToken = "${plain()}"\n\tbuildSHA     = "${lk('git_sha')}"\n)\n\nvar signingKey = []byte("${plain('SIGNING_KEY')}")\n\nfunc dsn() string {\n\treturn "postgres://app:${urlPass()}@${hostish()}:5432/${svc()}?sslmode=disable"\n}\n\nfunc apiKey() string {\n\tif k := os.Getenv("API_KEY"); k != "" { return k }\n\treturn "${plain('GENERIC_API_KEY')}" // fallback for local dev\n}\n`,
  java: (t) => t`package com.corp.${svc()};\n\npublic final class Settings {\n    private static final String API_SECRET = "${plain('GENERIC_SECRET')}";\n    private static final String BUILD = "${lk('build_number')}";\n\n    public static DataSource ds() {\n        return DataSourceBuilder.create()\n            .url("jdbc:mysql://${hostish()}:3306/${svc()}")\n            .username("app").password("${plain('DATABASE_PASSWORD')}").build();\n    }\n\n    // new SlackClient("${sec('SLACK_BOT_TOKEN')}")\n    UUID id = UUID.fromString("${lk('uuid')}");\n}\n`,
  kotlin: (t) => t`object Keys {\n    const val MAPS = "${sec('GOOGLE_API_KEY')}"\n    const val PARTNER_AUTH_KEY = "${plain('AUTH_KEY')}"\n}\n\nclass Api(private val token: String = "${plain('GENERIC_TOKEN')}")\n\n@Test fun login() {\n    val pw = "${plain('USER_PASSWORD')}"\n    assertTrue(auth("qa@corp.example", pw))\n}\n// version ${lk('version')}\n`,
  csharp: (t) => t`namespace Corp.${svc()};\n\npublic static class Secrets\n{\n    public const string ClientSecret = "${plain('AZURE_CLIENT_SECRET')}";\n    public static readonly string ConnStr = "Server=${hostish()};Database=${svc()};User Id=sa;Password=${urlPass('MSSQL_SA_PASSWORD')};";\n}\n\npublic class Uploader(string accountKey = "${sec('AZURE_STORAGE_KEY')}") { }\n// Guid ${lk('uuid')}\n`,
  ruby: (t) => t`Rails.application.configure do\n  config.secret_key_base = "${sec('RAILS_SECRET_KEY_BASE')}"\nend\n\nStripe.api_key = "${sec('STRIPE_SECRET_KEY')}"\n\nclass Notifier\n  def initialize(token: "${plain('TWILIO_AUTH_TOKEN')}", sid: "AC${R('H', 32)}")\n    @token = token\n  end\nend\n# gem version ${lk('version')}, commit ${lk('git_sha')}\n`,
  php: (t) => t`<?php\nnamespace App\\Service;\n\nfinal class Gateway\n{\n    private const MERCHANT_SECRET = '${plain('GENERIC_SECRET')}';\n\n    public function __construct(private string $apiKey = '${plain('GENERIC_API_KEY')}') {}\n\n    public function db(): \\PDO {\n        return new \\PDO('mysql:host=${hostish()};dbname=${svc()}', 'shop', '${plain('DATABASE_PASSWORD')}');\n    }\n}\n// order ${lk('order_number')} price ${lk('price')}\n`,
  rust: (t) => t`use reqwest::Client;\n\nconst API_TOKEN: &str = "${plain()}";\nstatic HMAC_KEY: &[u8] = b"${plain('SIGNING_KEY')}";\n\n#[cfg(test)]\nmod tests {\n    const FIXTURE_PASSWORD: &str = "${plain('USER_PASSWORD')}";\n    #[test]\n    fn parses_version() { assert_eq!(parse("${lk('version')}"), Ok(())); }\n}\n// trace ${lk('trace_id')}\n`,
  swift: (t) => t`import Foundation\n\nenum Config {\n    static let revenueCatKey = "${plain('GENERIC_API_KEY')}"\n    static let openAIKey = "${sec('OPENAI_API_KEY')}"\n    static let tint = "${lk('hex_color')}"\n}\n\nfinal class Auth {\n    init(clientSecret: String = "${plain('OIDC_CLIENT_SECRET')}") {}\n}\n`,
  scala: (t) => t`object Db {\n  val url = "jdbc:postgresql://${hostish()}/${svc()}"\n  val user = "spark"\n  val password = "${plain('DATABASE_PASSWORD')}"\n  val kafkaJaas = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"svc\\" password=\\"${urlPass('KAFKA_SASL_PASSWORD')}\\";"\n}\n// job ${lk('uuid')} build ${lk('build_number')}\n`,
  elixir: (t) => t`defmodule ${pick(['Shop', 'Relay'])}.Client do\n  @api_key "${plain('GENERIC_API_KEY')}"\n  @signing_salt "${plain('GENERIC_SECRET')}"\n\n  def headers(token \\\\ "${plain('GENERIC_TOKEN')}") do\n    [{"authorization", "Bearer " <> token}, {"x-build", "${lk('build_number')}"}]\n  end\nend\n`,
  c: (t) => t`#include <stdio.h>\n\n/* device provisioning - DO NOT SHIP */\n#define WIFI_SSID "${pick(['IoT-Lab', 'Werkstatt', 'Sensors'])}"\n#define WIFI_PASS "${plain('WIFI_PASSWORD')}"\n#define MQTT_PASS "${plain('MQTT_PASSWORD')}"\nstatic const char *api_key = "${plain('GENERIC_API_KEY')}";\nstatic const char *fw_version = "${lk('version')}";\nstatic const unsigned char mac[] = "${lk('mac_address')}";\n`,
  cpp: (t) => t`#include <string>\n\nnamespace cfg {\nconstexpr const char* kLicenseKey = "${plain('UNPREFIXED_RANDOM_TOKEN')}";\nconstexpr const char* kBuild = "${lk('build_number')}";\n}\n\nclass S3 {\n public:\n  S3(std::string id = "${sec('AWS_ACCESS_KEY')}", std::string secret = "${sec('AWS_SECRET_KEY')}") {}\n};\n`,
  bash: (t) => t`#!/usr/bin/env bash\nset -euo pipefail\n\nAPI_TOKEN="\${API_TOKEN:-${plain()}}"\nDB_PASS='${plain('DATABASE_PASSWORD')}'\n# restore from backup ${lk('date')}\npg_restore -h ${hostish()} -U app --password="$DB_PASS" dump.bin\ncurl -sS -H "X-Api-Key: ${plain('GENERIC_API_KEY')}" https://api.${svc()}.example/health\necho "done ${lk('uuid')}"\n`,
  powershell: (t) => t`$ErrorActionPreference = 'Stop'\n$pw = ConvertTo-SecureString '${plain('ADMIN_PASSWORD')}' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('CORP\\svc_backup', $pw)\n$headers = @{ 'Authorization' = 'Bearer ${plain('GENERIC_TOKEN')}' }\nInvoke-RestMethod -Uri 'https://api.${svc()}.example/jobs' -Headers $headers\n# run id ${lk('uuid')}\n`,
  perl: (t) => t`use strict;\nuse DBI;\nmy $dbh = DBI->connect("dbi:Pg:dbname=${svc()};host=${hostish()}", "report", "${plain('DATABASE_PASSWORD')}");\nmy %cfg = (api_secret => '${plain('GENERIC_SECRET')}', version => '${lk('version')}');\n`,
  lua: (t) => t`local config = {\n  redis_password = "${plain('REDIS_PASSWORD')}",\n  hmac_key = "${plain('SIGNING_KEY')}",\n  release = "${lk('version')}",\n}\nreturn config\n`,
  dart: (t) => t`class Env {\n  static const supabaseKey = '${plain('SUPABASE_SERVICE_KEY')}';\n  static const sentryDsn = '${lk('env_reference')}';\n  static const mapsKey = '${sec('GOOGLE_API_KEY')}';\n}\n`,
  r: (t) => t`library(DBI)\ncon <- dbConnect(RPostgres::Postgres(), host = "${hostish()}", user = "analyst",\n                 password = "${plain('DATABASE_PASSWORD')}")\nSys.setenv(OPENAI_API_KEY = "${sec('OPENAI_API_KEY')}")\n# data pulled ${lk('date')}\n`,
  haskell: (t) => t`module Config where\n\napiToken :: String\napiToken = "${plain()}"\n\ndbPassword :: String\ndbPassword = "${plain('DATABASE_PASSWORD')}"\n-- rev ${lk('git_sha')}\n`,
};
export const CODE_LANGS = Object.keys(CODE);
export const CODE_COUNT = {};
let cdeck = [];
const codeDeck = () => { if (!cdeck.length) cdeck = shuffle(CODE_LANGS); return cdeck.pop(); };
const EXT = { python: '.py', javascript: '.js', typescript: '.ts', go: '.go', java: '/Settings.java', kotlin: '/Keys.kt', csharp: '/Secrets.cs', ruby: '.rb', php: '/Gateway.php', rust: '.rs', swift: '/Config.swift', scala: '/Db.scala', elixir: '.ex', c: '_provision.c', cpp: '.cc', bash: '.sh', powershell: '.ps1', perl: '.pl', lua: '.lua', dart: '/env.dart', r: '.R', haskell: '/Config.hs' };
export function sourceCode(d) {
  const t = T(d); const langs = [codeDeck()]; if (chance(0.5)) langs.push(codeDeck());
  for (const l of langs) { CODE_COUNT[l] = (CODE_COUNT[l] || 0) + 1; t`==> ${pick(['src', 'lib', 'app', 'test'])}/${svc()}${EXT[l]} <==\n`; CODE[l](t); t`\n`; }
}

export function wifiConfig(d) {
  const t = T(d); const v = pick(['wpa', 'hostapd', 'nm', 'qr', 'mikrotik', 'openwrt']);
  const ssid = pick(['FRITZ!Box 7530 QZ', 'Casa-Ferreira', 'Wohnung_3OG', 'NETGEAR42', 'Livebox-6C10', 'Gäste-WLAN', 'TP-Link_A1B2', 'Kantoor-Gasten', 'MiFibra-7788']);
  if (v === 'wpa') t`ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\ncountry=${pick(['DE', 'FR', 'ES', 'NL'])}\n\nnetwork={\n    ssid="${ssid}"\n    psk="${plain('WIFI_PASSWORD')}"\n    key_mgmt=WPA-PSK\n}\n\nnetwork={\n    ssid="${pick(['Office', 'Labor'])}"\n    psk=${sec('WIFI_PSK_HEX')}\n}\n\nnetwork={\n    ssid="eduroam"\n    key_mgmt=WPA-EAP\n    identity="${P.mail()}"\n    password="${plain('USER_PASSWORD')}"\n}\n# bssid ${lk('mac_address')}\n`;
  else if (v === 'hostapd') t`interface=wlan0\nssid=${ssid}\nhw_mode=g\nchannel=${int(1, 11)}\nwpa=2\nwpa_passphrase=${plain('WIFI_PASSWORD')}\nwpa_key_mgmt=WPA-PSK\nbssid=${lk('mac_address')}\n# radius\nauth_server_shared_secret=${plain('RADIUS_SHARED_SECRET')}\n`;
  else if (v === 'nm') t`[connection]\nid=${ssid}\nuuid=${lk('uuid')}\ntype=wifi\n\n[wifi]\nmode=infrastructure\nssid=${ssid}\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=${plain('WIFI_PASSWORD')}\n\n[ipv4]\nmethod=auto\n`;
  else if (v === 'qr') t`# Gäste-Zugang: QR code payload for the printed card\nWIFI:T:WPA;S:${ssid.replace(/[;,:]/g, '')};P:${plain('WIFI_PASSWORD')};;\n\nPrinted ${lk('date')} by ${P.person()}. Second card (5 GHz):\nWIFI:S:${ssid.replace(/[;,:]/g, '')}-5G;T:WPA;P:${plain('WIFI_PASSWORD')};H:false;;\nplaceholder for template: WIFI:T:WPA;S:<ssid>;P:${lk('placeholder')};;\n`;
  else if (v === 'mikrotik') t`/interface wireless security-profiles\nadd authentication-types=wpa2-psk mode=dynamic-keys name=home wpa2-pre-shared-key="${plain('WIFI_PASSWORD')}"\n/user set admin password="${plain('ROUTER_ADMIN_PASSWORD')}"\n/ip ipsec peer add address=${hostish()} secret="${plain('IPSEC_PSK')}"\n/system identity set name=${lk('hostname')}\n# ${lk('mac_address')}\n`;
  else t`config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption network 'lan'\n\toption mode 'ap'\n\toption ssid '${ssid}'\n\toption encryption 'psk2'\n\toption key '${plain('WIFI_PASSWORD')}'\n\nconfig wifi-iface 'guest'\n\toption ssid 'Guest'\n\toption key '${plain('WIFI_PASSWORD')}'\n\toption macaddr '${lk('mac_address')}'\n`;
  if (chance(0.5)) { t`\nNotiz: `; import_prose(d); t`\n`; }
}
import { prose } from './common.mjs';
function import_prose(d) { prose(d, plain('WIFI_PASSWORD'), undefined, 'wifi'); }
