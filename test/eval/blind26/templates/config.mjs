// Mobile/IDE configs, IaC, compose, systemd, web servers, dotfiles, kubeconfigs, cloud CLI output.
import { enc, Doc, S, P, L, J, X, pii, kvLine, yq, dq, sq, envq, NEUTRAL_KEYS, SERVICES, HOSTS, isoT } from './common.mjs';

const PEMS = ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'EC_PKCS8_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY', 'DSA_PRIVATE_KEY', 'ENCRYPTED_PRIVATE_KEY'];
const indentPem = (span, ind) => ({ ...span, v: span.v.split('\n').join('\n' + ind) });
const neutral = (c, n, fmt, style) => c.r.picks(NEUTRAL_KEYS, n).map(([k, v]) => kvLine(fmt, style === 'snake' ? k.toLowerCase() : k, { v }).map((x) => (typeof x === 'object' ? x.v : x)));

export function env_file(c) {
  const r = c.r, d = new Doc('env_file'); const svc = r.pick(SERVICES);
  d.w`# ${svc} — ${r.pick(['.env.production', '.env.local (do not commit)', '.env.staging', 'copied from 1Password on ' + c.l('date').v])}\n`;
  const lines = [];
  for (let i = 0; i < r.int(5, 9); i++) { const k = c.pair(undefined, 'SCREAM'); lines.push(['export'].includes(r.pick(['export', '', '', ''])) ? kvLine('export', k.key.toUpperCase().replace(/[.-]/g, '_'), k.v) : kvLine('env', k.key.toUpperCase().replace(/[.-]/g, '_'), k.v)); }
  lines.push(...neutral(c, r.int(3, 6), 'env'));
  lines.push(['DATABASE_URL=postgres://app:', c.su(c.kind(['DATABASE_PASSWORD', 'PGPASS_PASSWORD', 'PLANETSCALE_PASSWORD'])), '@db-primary.internal.test:5432/app?sslmode=require\n']);
  lines.push(['STRIPE_PUBLISHABLE_KEY=', c.pk('stripe'), '\n']);
  if (r.bool(0.4)) lines.push(['NEXT_PUBLIC_POSTHOG_KEY=', c.pk('posthog'), '\n']);
  if (r.bool(0.3)) lines.push(['VAPID_PUBLIC_KEY=', c.pk('vapid'), '\n']);
  if (r.bool(0.3)) lines.push(['# docs sample: AWS_ACCESS_KEY_ID=', c.l('aws_example_key'), '\n']);
  lines.push(['SMTP_PASSWORD=', c.l(r.pick(['placeholder', 'env_reference'])), '\n']);
  lines.push(['RELEASE_SHA=', c.l('git_sha'), '\n']);
  r.shuffle(lines); for (const l of lines) d.push(l);
  if (r.bool(0.35)) { const e = c.kind(PEMS.filter((x) => x !== 'PGP_PRIVATE_KEY')); d.w`JWT_PRIVATE_KEY="${c.s(e)}"\n`; }
  return d;
}
export function ios_plist(c) {
  const r = c.r, d = new Doc('ios_plist');
  d.w`<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.test/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>CFBundleIdentifier</key>\n\t<string>com.acme.${r.pick(['wallet', 'rides', 'health', 'shop'])}</string>\n\t<key>CFBundleShortVersionString</key>\n\t<string>${c.l('version')}</string>\n\t<key>CFBundleVersion</key>\n\t<string>${r.int(100, 9999)}</string>\n`;
  const cands = ['GCP_API_KEY', 'MAPBOX_SECRET_TOKEN', 'SENTRY_AUTH_TOKEN', 'ALGOLIA_ADMIN_KEY', 'REVENUECAT', 'LAUNCHDARKLY_SDK_KEY', 'AMPLITUDE_SECRET_KEY', 'MIXPANEL_SERVICE_ACCOUNT_SECRET', 'FIREBASE_CLOUD_MESSAGING_KEY', 'GENERIC_API_KEY', 'INTERCOM_ACCESS_TOKEN', 'SEGMENT', 'TWILIO_AUTH_TOKEN', 'OAUTH_CLIENT_SECRET', 'CONTENTFUL_MANAGEMENT_TOKEN', 'POSTHOG_PERSONAL_API_KEY'].filter((x) => !['REVENUECAT', 'SEGMENT'].includes(x));
  for (let i = 0; i < r.int(3, 5); i++) { const k = c.pair(cands, r.pick(['Pascal', 'SCREAM'])); d.w`\t<key>${k.key}</key>\n\t<string>${X(k.v)}</string>\n`; }
  d.w`\t<key>MGLMapboxAccessToken</key>\n\t<string>${c.pk('mapbox')}</string>\n\t<key>NSLocationWhenInUseUsageDescription</key>\n\t<string>We use your location to find nearby stores.</string>\n\t<key>DefaultMapCenter</key>\n\t<string>${c.l('coordinates')}</string>\n\t<key>AccentColor</key>\n\t<string>${c.l('hex_color')}</string>\n`;
  if (r.bool(0.5)) d.w`\t<key>APNsAuthKeyP8</key>\n\t<string>${c.s(c.kind(['EC_PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY']))}</string>\n`;
  const p = c.person(); d.w`\t<key>QADemoAccount</key>\n\t<dict>\n\t\t<key>email</key>\n\t\t<string>${p.email}</string>\n\t\t<key>password</key>\n\t\t<string>${X(c.s('HUMAN_PASSWORD'))}</string>\n\t</dict>\n</dict>\n</plist>\n`;
  return d;
}
export function android_config(c) {
  const r = c.r, d = new Doc('android_config'); const v = r.int(0, 2);
  if (v === 0) {
    d.w`<?xml version="1.0" encoding="utf-8"?>\n<!-- app/src/main/res/values/strings.xml -->\n<resources>\n    <string name="app_name">${r.pick(['Acme Wallet', 'Rides', 'Klinik Termin', 'Loja'])}</string>\n    <string name="default_web_client_id" translatable="false">${r.digits(12)}-${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.test</string>\n`;
    for (let i = 0; i < r.int(3, 5); i++) { const k = c.pair(undefined, 'snake'); d.w`    <string name="${k.key.replace(/[.-]/g, '_')}" translatable="false">${X(k.v)}</string>\n`; }
    d.w`    <string name="maps_style_color">${c.l('hex_color')}</string>\n    <string name="support_phone">${c.l('fictional_phone')}</string>\n    <string name="build_sha">${c.l('git_sha')}</string>\n</resources>\n`;
  } else if (v === 1) {
    d.w`# gradle.properties\norg.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\nandroid.useAndroidX=true\nkotlin.code.style=official\nVERSION_NAME=${c.l('version')}\nVERSION_CODE=${r.int(100, 9000)}\n`;
    d.w`RELEASE_STORE_FILE=../keystores/release.jks\nRELEASE_STORE_PASSWORD=${c.s('KEYSTORE_PASSWORD')}\nRELEASE_KEY_ALIAS=upload\nRELEASE_KEY_PASSWORD=${c.s('KEYSTORE_PASSWORD')}\n`;
    for (let i = 0; i < r.int(2, 4); i++) { const k = c.pair(undefined, r.pick(['camel', 'dotted', 'SCREAM'])); d.push(kvLine('props', k.key, k.v)); }
    d.w`mavenUser=ci-publisher\nmavenPassword=${c.s(c.kind(['MAVEN_REPO_PASSWORD', 'ARTIFACTORY_API_KEY', 'ARTIFACTORY_REFERENCE_TOKEN']))}\nsonar.token=${c.l('env_reference')}\n`;
  } else {
    const proj = r.pick(['acme-wallet', 'rides-prod', 'clinic-app']); const num = r.digits(12);
    d.w`{\n  "project_info": {\n    "project_number": "${num}",\n    "firebase_url": "https://${proj}-default-rtdb.firebaseio.test",\n    "project_id": "${proj}",\n    "storage_bucket": "${proj}.appspot.test"\n  },\n  "client": [\n    {\n      "client_info": {\n        "mobilesdk_app_id": "1:${num}:android:${r.hex(16)}",\n        "android_client_info": { "package_name": "com.acme.${proj.split('-')[0]}" }\n      },\n      "oauth_client": [ { "client_id": "${num}-${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.test", "client_type": 3 } ],\n      "api_key": [ { "current_key": "${c.s('GCP_API_KEY')}" } ],\n      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }\n    }\n  ],\n  "configuration_version": "1"\n}\n// local.properties\nsdk.dir=/Users/${r.pick(['mobile', 'ci', 'dev'])}/Library/Android/sdk\nMAPS_API_KEY=${c.s('GCP_API_KEY')}\n`;
    const k = c.pair(undefined, 'SCREAM'); d.push(kvLine('props', k.key.replace(/[.-]/g, '_'), k.v));
  }
  return d;
}
export function ide_settings(c) {
  const r = c.r, d = new Doc('ide_settings'); const v = r.int(0, 2);
  if (v === 0) {
    d.w`// .vscode/launch.json\n{\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "type": "${r.pick(['node', 'debugpy', 'go'])}",\n      "request": "launch",\n      "name": "Debug ${r.pick(SERVICES)} against staging",\n      "program": "\${workspaceFolder}/src/main",\n      "env": {\n`;
    const n = r.int(4, 7); const ls = [];
    for (let i = 0; i < n; i++) { const k = c.pair(undefined, 'SCREAM'); ls.push(['        "', k.key.replace(/[.-]/g, '_'), '": "', J(k.v), '"']); }
    ls.push(['        "API_BASE": "https://', r.pick(HOSTS), '"']); ls.push(['        "GITHUB_TOKEN": "', c.l('env_reference'), '"']); ls.push(['        "RELEASE": "', c.l('version'), '"']);
    r.shuffle(ls); ls.forEach((l, i) => d.push([...l, i < ls.length - 1 ? ',\n' : '\n']));
    d.w`      },\n      "console": "integratedTerminal"\n    }\n  ]\n}\n`;
  } else if (v === 1) {
    d.w`// .vscode/settings.json\n{\n  "editor.formatOnSave": true,\n  "workbench.colorCustomizations": { "titleBar.activeBackground": "${c.l('hex_color')}" },\n  "sqltools.connections": [\n    {\n      "name": "prod-readonly",\n      "driver": "PostgreSQL",\n      "server": "10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)}",\n      "port": 5432,\n      "database": "app",\n      "username": "readonly",\n      "password": "${J(c.s(c.kind(['DATABASE_PASSWORD', 'PGPASS_PASSWORD'])))}"\n    }\n  ],\n`;
    const k = c.pair((e) => /OPENAI|ANTHROPIC|GROQ|MISTRAL|DEEPSEEK|XAI|OPENROUTER|PERPLEXITY|COHERE|HUGGINGFACE|AZURE_OPENAI/.test(e));
    d.w`  "continue.apiKey": "${J(k.v)}",\n  "rest-client.environmentVariables": {\n    "prod": { "token": "${c.s(c.kind())}", "tenant": "${c.l('uuid')}" }\n  },\n  "gitlens.remotes": [ { "domain": "git.acme.test", "type": "GitLab" } ],\n  "files.exclude": { "**/.git": true }\n}\n`;
  } else {
    d.w`<?xml version="1.0" encoding="UTF-8"?>\n<!-- .idea/workspace.xml (excerpt) -->\n<project version="4">\n  <component name="RunManager">\n    <configuration name="${r.pick(SERVICES)} [prod-debug]" type="SpringBootApplicationConfigurationType">\n      <envs>\n`;
    for (let i = 0; i < r.int(3, 6); i++) { const k = c.pair(undefined, 'SCREAM'); d.w`        <env name="${k.key.replace(/[.-]/g, '_')}" value="${X(k.v)}" />\n`; }
    d.w`        <env name="SPRING_PROFILES_ACTIVE" value="prod" />\n      </envs>\n    </configuration>\n  </component>\n  <component name="PropertiesComponent">\n    <property name="last_opened_file_path" value="$PROJECT_DIR$/src" />\n    <property name="git.commit" value="${c.l('git_sha')}" />\n  </component>\n  <component name="DataSourceManagerImpl">\n    <data-source name="orders@db" uuid="${c.l('uuid')}">\n      <jdbc-url>jdbc:mysql://orders-db.internal.test:3306/orders?user=app&amp;password=${X(c.su(c.kind(['MYSQL_PASSWORD', 'DATABASE_PASSWORD'])))}</jdbc-url>\n    </data-source>\n  </component>\n</project>\n`;
  }
  return d;
}
export function ansible(c) {
  const r = c.r, d = new Doc('ansible');
  if (r.bool(0.5)) {
    d.w`# inventories/prod/hosts.ini\n[web]\n`;
    for (let i = 0; i < r.int(2, 4); i++) d.w`web-${i + 1} ansible_host=10.20.${r.int(0, 9)}.${r.int(2, 250)} ansible_user=deploy ansible_password=${c.s(c.kind(['ADMIN_PASSWORD', 'HUMAN_PASSWORD', 'SFTP_PASSWORD']))}\n`;
    d.w`\n[db]\ndb-primary ansible_host=10.20.9.10 ansible_become_pass=${c.s(c.kind(['ADMIN_PASSWORD', 'HUMAN_PASSWORD', 'DATABASE_PASSWORD']))}\n\n[db:vars]\npostgres_replication_password=${c.s(c.kind(['DATABASE_PASSWORD', 'PGPASS_PASSWORD']))}\n\n[all:vars]\nansible_python_interpreter=/usr/bin/python3\nntp_server=10.0.0.2\nsupport_contact=${c.person().email}\n`;
  } else {
    d.w`---\n# group_vars/all/vars.yml\napp_name: ${r.pick(SERVICES)}\napp_version: "${c.l('version')}"\nvault_addr: https://vault.internal.test:8200\ndb_password: '${L('template_reference', '{{ vault_db_password }}')}'\n`;
    for (let i = 0; i < r.int(3, 5); i++) { const k = c.pair(undefined, 'snake'); d.push(kvLine('yaml', k.key.replace(/[.-]/g, '_'), k.v)); }
    d.w`smtp_relay_password: '${c.l('template_reference')}'\nadmins:\n`;
    for (let i = 0; i < r.int(2, 3); i++) { const p = c.person(); d.w`  - name: "${J(p.name)}"\n    email: ${p.email}\n    phone: "${p.phone}"\n    ssh_key: "${c.pk('ssh')}"\n`; }
    if (r.bool(0.6)) { const e = c.kind(PEMS); d.w`deploy_key: |\n  ${indentPem(c.s(e), '  ')}\n`; }
    d.w`backup_bucket_checksum: ${c.l('checksum')}\n`;
  }
  return d;
}
export function helm_values(c) {
  const r = c.r, d = new Doc('helm_values'); const svc = r.pick(SERVICES);
  d.w`# values-prod.yaml for ${svc}\nreplicaCount: ${r.int(2, 8)}\nimage:\n  repository: registry.acme.test/${svc}\n  tag: "${c.l('version')}"\n  digest: ${c.l('digest')}\n  pullPolicy: IfNotPresent\nimagePullSecrets:\n  - name: regcred\n\nenv:\n`;
  for (let i = 0; i < r.int(3, 6); i++) { const k = c.pair(undefined, 'SCREAM'); d.w`  - name: ${k.key.replace(/[.-]/g, '_')}\n    value: ${yq(k.v)}\n`; }
  d.w`  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: { name: ${svc}-db, key: password }\n  - name: OTEL_EXPORTER_OTLP_ENDPOINT\n    value: http://otel-collector:4317\n\npostgresql:\n  auth:\n    username: ${svc.replace('-', '_')}\n    password: ${yq(c.s(c.kind(['DATABASE_PASSWORD', 'PGPASS_PASSWORD'])))}\n    postgresPassword: '${c.l('template_reference')}'\nredis:\n  auth:\n    password: ${yq(c.s('REDIS_PASSWORD'))}\n`;
  if (r.bool(0.5)) { const e = c.kind(PEMS); d.w`tls:\n  crt: |\n    ${indentPem(c.l('certificate'), '    ')}\n  key: |\n    ${indentPem(c.s(e), '    ')}\n`; }
  d.w`podAnnotations:\n  checksum/config: ${c.l('checksum')}\nresources:\n  limits: { cpu: 500m, memory: 512Mi }\n`;
  return d;
}
export function terraform(c) {
  const r = c.r, d = new Doc('terraform'); const v = r.int(0, 3);
  if (v === 0) {
    d.w`# terraform.tfvars (prod)\nregion = "eu-central-1"\nenvironment = "prod"\n`;
    for (let i = 0; i < r.int(4, 7); i++) { const k = c.pair(undefined, 'snake'); d.push(kvLine('hcl', k.key, k.v)); }
    d.w`db_password = "${c.s(c.kind(['DATABASE_PASSWORD', 'MYSQL_PASSWORD', 'PGPASS_PASSWORD']))}"\nkms_key_arn = "${c.l('arn')}"\nallowed_account_ids = ["${c.l('account_id')}"]\nami_id = "${c.l('instance_id')}"\ntags = { owner = "platform", cost_center = "${r.int(1000, 9999)}" }\n`;
  } else if (v === 1) {
    const e = c.kind(PEMS.filter((x) => x !== 'PGP_PRIVATE_KEY' && x !== 'OPENSSH_PRIVATE_KEY'));
    d.w`$ terraform state pull | jq '.resources[] | select(.type=="tls_private_key" or .type=="aws_iam_access_key")'\n{\n  "mode": "managed",\n  "type": "aws_iam_access_key",\n  "name": "ci",\n  "instances": [\n    {\n      "schema_version": 0,\n      "attributes": {\n        "id": "${c.s('AWS_ACCESS_KEY')}",\n        "secret": "${J(c.s('AWS_SECRET_KEY'))}",\n        "user": "svc-ci",\n        "create_date": "${c.l('timestamp')}"\n      }\n    }\n  ]\n}\n{\n  "mode": "managed",\n  "type": "tls_private_key",\n  "name": "bastion",\n  "instances": [ { "attributes": { "algorithm": "RSA", "private_key_pem": "${J(c.s(e))}", "public_key_fingerprint_sha256": "${c.l('fingerprint')}" } } ]\n}\n`;
  } else if (v === 2) {
    d.w`# Pulumi.prod.yaml\nconfig:\n  aws:region: eu-west-1\n  ${r.pick(SERVICES)}:replicas: "${r.int(2, 9)}"\n`;
    for (let i = 0; i < r.int(3, 5); i++) { const k = c.pair(undefined, 'camel'); d.w`  app:${k.key}: ${yq(k.v)}\n`; }
    d.w`  app:dbPassword:\n    secure: ${c.l('base64_data')}\n  app:buildSha: ${c.l('git_sha')}\nencryptionsalt: v1:${c.l('nonce')}\n# pulumi login with PULUMI_ACCESS_TOKEN=${c.s('PULUMI_ACCESS_TOKEN')}\n`;
  } else {
    d.w`# CloudFormation parameters (prod.json) and stack events\n[\n  { "ParameterKey": "Environment", "ParameterValue": "prod" },\n  { "ParameterKey": "DBMasterPassword", "ParameterValue": "${J(c.s(c.kind(['DATABASE_PASSWORD', 'MYSQL_PASSWORD'])))}" },\n`;
    for (let i = 0; i < r.int(2, 4); i++) { const k = c.pair(undefined, 'Pascal'); d.w`  { "ParameterKey": "${k.key}", "ParameterValue": "${J(k.v)}" },\n`; }
    d.w`  { "ParameterKey": "VpcId", "ParameterValue": "vpc-0${r.hex(16)}" },\n  { "ParameterKey": "AmiId", "ParameterValue": "${c.l('instance_id')}" }\n]\n\n${c.l('timestamp')}  CREATE_FAILED  AWS::RDS::DBInstance  Db  Resource handler returned message: "The parameter MasterUserPassword is not a valid password" (RequestToken: ${c.l('uuid')})\n`;
  }
  return d;
}
export function docker_compose(c) {
  const r = c.r, d = new Doc('docker_compose');
  const pg = c.s(c.kind(['DATABASE_PASSWORD', 'PGPASS_PASSWORD'])); const svc = r.pick(SERVICES);
  d.w`services:\n  ${svc}:\n    image: registry.acme.test/${svc}:${c.l('version')}\n    restart: unless-stopped\n    ports: ["8080:8080"]\n    environment:\n      DATABASE_URL: postgres://app:${enc(pg)}@db:5432/app\n`;
  for (let i = 0; i < r.int(3, 5); i++) { const k = c.pair(undefined, 'SCREAM'); d.w`      ${k.key.replace(/[.-]/g, '_')}: ${yq(k.v)}\n`; }
  d.w`      SENTRY_RELEASE: ${c.l('git_sha')}\n      STRIPE_KEY: \${STRIPE_KEY:?set me}\n    depends_on: [db, cache]\n  db:\n    image: postgres:16@${c.l('digest')}\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${yq(S(pg.entity, pg.v))}\n    volumes: ["pgdata:/var/lib/postgresql/data"]\n  cache:\n    image: redis:7-alpine\n    command: ["redis-server", "--requirepass", "${J(c.s('REDIS_PASSWORD'))}"]\n  mq:\n    image: rabbitmq:3-management\n    environment:\n      RABBITMQ_DEFAULT_USER: admin\n      RABBITMQ_DEFAULT_PASS: ${yq(c.s('AMQP_PASSWORD'))}\nvolumes:\n  pgdata: {}\n`;
  return d;
}
export function systemd_unit(c) {
  const r = c.r, d = new Doc('systemd_unit'); const svc = r.pick(SERVICES);
  d.w`$ systemctl cat ${svc}.service\n# /etc/systemd/system/${svc}.service\n[Unit]\nDescription=${svc} (managed by ansible)\nAfter=network-online.target\nWants=network-online.target\n\n[Service]\nType=simple\nUser=${svc.split('-')[0]}\nWorkingDirectory=/opt/${svc}\nExecStart=/opt/${svc}/bin/${svc} --config /etc/${svc}/config.toml`;
  const f = c.pair(); d.push(kvLine('flag', f.key, f.v)); d.push('\n');
  for (let i = 0; i < r.int(3, 6); i++) { const k = c.pair(undefined, 'SCREAM'); d.push(kvLine('systemd', k.key.replace(/[.-]/g, '_'), k.v)); }
  d.w`Environment="RUST_LOG=info"\nEnvironment="BUILD=${c.l('build_number')}"\nEnvironmentFile=-/etc/default/${svc}\nRestart=on-failure\nRestartSec=5\n\n[Install]\nWantedBy=multi-user.target\n\n$ journalctl -u ${svc} -n 3 --no-pager\n`;
  for (let i = 0; i < 3; i++) { const p = c.person(); d.w`${r.pick(['Mar', 'Apr', 'May'])} ${r.int(10, 28)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} ${c.l('hostname')} ${svc}[${r.int(300, 40000)}]: ${r.pick(['login ok', 'password reset requested', 'rate limited'])} user=${p.email} ip=${p.ip}\n`; }
  return d;
}
export function web_server_config(c) {
  const r = c.r, d = new Doc('web_server_config'); const v = r.int(0, 2);
  if (v === 0) {
    d.w`# /etc/nginx/conf.d/api.conf\nupstream backend { server 10.0.${r.int(1, 9)}.${r.int(2, 250)}:8080; keepalive 32; }\n\nserver {\n    listen 443 ssl http2;\n    server_name ${r.pick(HOSTS)};\n    ssl_certificate /etc/ssl/certs/api.pem;\n    add_header X-Build ${c.l('build_number')};\n\n    location /internal/ {\n        proxy_set_header Authorization "Basic ${c.s('BASIC_AUTH_CREDENTIALS')}";\n        proxy_pass http://backend;\n    }\n    location /billing/ {\n        proxy_set_header X-Api-Key "${c.s(c.kind())}";\n        proxy_pass http://backend;\n    }\n}\n\n$ tail -n 6 /var/log/nginx/access.log\n`;
  } else if (v === 1) {
    d.w`# haproxy.cfg\nglobal\n    log stdout format raw local0\nuserlist ops\n    user admin insecure-password ${c.s(c.kind(['ADMIN_PASSWORD', 'HUMAN_PASSWORD']))}\nlisten stats\n    bind :8404\n    stats enable\n    stats uri /stats\n    stats auth admin:${c.s(c.kind(['ADMIN_PASSWORD', 'HUMAN_PASSWORD', 'GRAFANA_ADMIN_PASSWORD']))}\nbackend api\n    http-request set-header X-Service-Token ${c.s(c.kind())}\n    server api1 10.0.${r.int(1, 9)}.${r.int(2, 250)}:8080 check\n\n$ tail -n 6 /var/log/haproxy.log\n`;
  } else {
    d.w`# /etc/apache2/sites-enabled/legacy.conf\n<VirtualHost *:443>\n    ServerName ${r.pick(HOSTS)}\n    SetEnv DB_PASS "${c.s(c.kind(['DATABASE_PASSWORD', 'MYSQL_PASSWORD']))}"\n    SetEnv PAYMENT_API_KEY ${c.s(c.kind())}\n    RequestHeader set Authorization "Bearer ${c.s(c.kind(['JWT', 'OAUTH_ACCESS_TOKEN', 'K8S_SERVICE_ACCOUNT_TOKEN']))}"\n    ProxyPass /api http://10.0.2.15:9000/api\n</VirtualHost>\n\n$ tail -n 6 /var/log/apache2/access.log\n`;
  }
  for (let i = 0; i < r.int(8, 14); i++) {
    const p = c.person();
    d.w`${p.ip} - ${r.pick(['-', '-', p.user])} [${r.int(10, 28)}/Apr/2026:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000] "${r.pick(['GET', 'POST'])} /api/v1/${r.pick(['orders', 'login', 'users/me', 'search?q=shoes'])} HTTP/1.1" ${r.pick([200, 200, 302, 401, 404, 500])} ${r.int(100, 90000)} "-" "${r.pick(['Mozilla/5.0', 'okhttp/4.12.0', 'curl/8.5.0'])}" rt=${(r.next()).toFixed(3)} req=${c.l('request_id')}\n`;
  }
  return d;
}
export function dotfiles(c) {
  const r = c.r, d = new Doc('dotfiles'); const v = r.int(0, 6);
  const host = () => r.pick(['git.acme.test', 'nexus.internal.test', 'artifacts.corp.test', 'pypi.internal.test', 'registry.internal.test']);
  if (v === 0) { d.w`$ cat ~/.netrc\n`; for (let i = 0; i < r.int(2, 4); i++) d.w`machine ${host()}\n  login ${r.pick(['ci-bot', 'deploy', 'jenkins', 'oauth2'])}\n  password ${c.s(c.kind(['NETRC_PASSWORD', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'ARTIFACTORY_API_KEY', 'HEROKU_API_KEY']))}\n`; d.w`machine api.heroku.test login ${c.person().email} password ${c.l('placeholder')}\n`; }
  else if (v === 1) { d.w`$ cat ~/.pgpass\n# hostname:port:database:username:password\n`; for (let i = 0; i < r.int(3, 5); i++) d.w`${r.pick(['db-primary.internal.test', '10.12.0.4', 'localhost', 'replica-2.internal.test'])}:5432:${r.pick(['app', 'analytics', '*'])}:${r.pick(['postgres', 'reporting', 'app'])}:${c.s(c.kind(['PGPASS_PASSWORD', 'DATABASE_PASSWORD']))}\n`; d.w`*:*:*:readonly:${c.l('placeholder')}\n`; }
  else if (v === 2) { d.w`$ cat ~/.my.cnf\n[client]\nuser=root\npassword="${c.s('MYSQL_PASSWORD')}"\nhost=127.0.0.1\n\n[mysqldump]\nuser=backup\npassword=${c.s(c.kind(['MYSQL_PASSWORD', 'DATABASE_PASSWORD']))}\nsingle-transaction\n\n# ${c.l('git_sha')} managed by chezmoi\n`; }
  else if (v === 3) { d.w`$ cat ~/.npmrc\nregistry=https://npm.internal.test/\n//npm.internal.test/:_authToken=${c.s('NPM_TOKEN')}\n//npm.pkg.acme.test/:_auth=${c.s('BASIC_AUTH_CREDENTIALS')}\n@acme:registry=https://npm.pkg.acme.test/\nalways-auth=true\n//registry.internal.test/:_authToken=\${NPM_TOKEN}\ninit-author-email=${c.person().email}\n\n$ cat ~/.config/pip/pip.conf\n[global]\nindex-url = https://__token__:${c.s('PYPI_API_TOKEN')}@pypi.internal.test/simple\ntimeout = 60\n`; }
  else if (v === 4) { d.w`<!-- ~/.m2/settings.xml -->\n<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployment</username>\n      <password>${X(c.s('MAVEN_REPO_PASSWORD'))}</password>\n    </server>\n    <server>\n      <id>acme-snapshots</id>\n      <username>ci</username>\n      <password>${X(c.s(c.kind(['ARTIFACTORY_API_KEY', 'ARTIFACTORY_REFERENCE_TOKEN', 'MAVEN_REPO_PASSWORD'])))}</password>\n    </server>\n    <server>\n      <id>sonar</id>\n      <password>\${env.SONAR_TOKEN}</password>\n    </server>\n  </servers>\n  <profiles><profile><id>sign</id><properties><gpg.passphrase>${X(c.s('GPG_PASSPHRASE'))}</gpg.passphrase></properties></profile></profiles>\n</settings>\n`; }
  else if (v === 5) { d.w`$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${c.s('AWS_ACCESS_KEY')}\naws_secret_access_key = ${c.s('AWS_SECRET_KEY')}\n\n[prod-sso]\naws_access_key_id = ${c.s('AWS_TEMPORARY_ACCESS_KEY')}\naws_secret_access_key = ${c.s('AWS_SECRET_KEY')}\naws_session_token = ${c.s('AWS_SESSION_TOKEN')}\n\n[docs]\n# copied from the AWS CLI guide\naws_access_key_id = ${L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')}\naws_secret_access_key = ${L('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}\n\n$ cat ~/.aliyun/config.json | jq .profiles[0]\n{ "mode": "AK", "access_key_id": "${c.s('ALIBABA_ACCESS_KEY_ID')}", "access_key_secret": "${c.s('ALIBABA_ACCESS_KEY_SECRET')}", "region_id": "cn-hangzhou" }\n`; }
  else { d.w`$ cat ~/.docker/config.json\n{\n  "auths": {\n    "registry.acme.test": { "auth": "${c.s('DOCKER_REGISTRY_AUTH')}" },\n    "harbor.internal.test": { "auth": "${c.s('DOCKER_REGISTRY_AUTH')}", "email": "${c.person().email}" },\n    "public.ecr.test": {}\n  },\n  "credsStore": "${r.pick(['desktop', 'osxkeychain', 'pass'])}",\n  "currentContext": "default"\n}\n\n$ cat ~/.config/gh/hosts.yml\ngit.acme.test:\n  user: ${r.pick(['ops', 'release-bot'])}\n  oauth_token: ${c.s(c.kind(['GITHUB_OAUTH_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_PAT']))}\n  git_protocol: ssh\n`; }
  return d;
}
export function kubeconfig(c) {
  const r = c.r, d = new Doc('kubeconfig'); const cl = r.pick(['prod-eu', 'staging', 'gke_acme_europe-west3_main', 'arn-eks-payments']);
  d.w`apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${Buffer.from(c.l('certificate').v).toString('base64').slice(0, 0)}${L('certificate', Buffer.from(c.l('certificate').v + '\n').toString('base64'))}\n    server: https://10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)}:6443\n  name: ${cl}\ncontexts:\n- context:\n    cluster: ${cl}\n    namespace: ${r.pick(['default', 'payments', 'ci'])}\n    user: ${cl}-admin\n  name: ${cl}\ncurrent-context: ${cl}\nusers:\n- name: ${cl}-admin\n  user:\n`;
  if (r.bool(0.5)) d.w`    client-certificate-data: ${L('certificate', Buffer.from(c.l('certificate').v + '\n').toString('base64'))}\n    client-key-data: ${c.s('K8S_CLIENT_KEY_DATA')}\n`;
  else d.w`    token: ${c.s(c.kind(['K8S_SERVICE_ACCOUNT_TOKEN', 'K8S_BOOTSTRAP_TOKEN']))}\n`;
  d.w`- name: ci-robot\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: ["eks", "get-token", "--cluster-name", "payments"]\n      env:\n      - name: AWS_PROFILE\n        value: ci\n`;
  return d;
}
export function ssh_config(c) {
  const r = c.r, d = new Doc('ssh_config');
  d.w`$ cat ~/.ssh/config\nHost bastion\n  HostName ${r.pick(['bastion.acme.test', '10.0.0.5'])}\n  User ${r.pick(['ops', 'ec2-user', 'ubuntu'])}\n  IdentityFile ~/.ssh/ops_ed25519\n  # passphrase (ask Dana before changing): ${c.s('SSH_KEY_PASSPHRASE')}\nHost 10.20.*\n  ProxyJump bastion\n  StrictHostKeyChecking accept-new\n\n$ ssh-keygen -lf ~/.ssh/ops_ed25519.pub\n256 ${c.l('fingerprint')} ops@laptop (ED25519)\n\n$ cat ~/.ssh/${r.pick(['id_ed25519', 'deploy_key', 'ci_rsa', 'id_ecdsa'])}\n${c.s(c.kind(['OPENSSH_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'DSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'ENCRYPTED_PRIVATE_KEY', 'PGP_PRIVATE_KEY']))}\n\n$ cat ~/.ssh/authorized_keys\n${c.pk('ssh')}${r.pick([' ops@laptop', ' ci'])}\n`;
  return d;
}
export function cloud_cli(c) {
  const r = c.r, d = new Doc('cloud_cli'); const v = r.int(0, 3);
  if (v === 0) {
    const sec = r.int(0, 1) ? ['{\\"username\\":\\"app\\",\\"password\\":\\"', J(J(c.s(c.kind(['DATABASE_PASSWORD', 'MYSQL_PASSWORD', 'MONGODB_PASSWORD'])))), '\\",\\"host\\":\\"db.internal.test\\"}'] : [J(c.s(c.kind()))];
    d.w`$ aws secretsmanager get-secret-value --secret-id prod/${r.pick(SERVICES)}/db --region eu-central-1\n{\n    "ARN": "${c.l('arn')}",\n    "Name": "prod/${r.pick(SERVICES)}/db",\n    "VersionId": "${c.l('uuid')}",\n    "SecretString": "${sec}",\n    "VersionStages": [ "AWSCURRENT" ],\n    "CreatedDate": "${c.l('timestamp')}"\n}\n`;
  } else if (v === 1) {
    const ud = c.pair(undefined, 'SCREAM');
    d.w`$ aws ec2 describe-instances --filters Name=tag:Role,Values=worker --query 'Reservations[].Instances[]'\n[\n    {\n        "InstanceId": "${c.l('instance_id')}",\n        "ImageId": "${c.l('instance_id')}",\n        "PrivateIpAddress": "10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)}",\n        "LaunchTime": "${c.l('timestamp')}",\n        "IamInstanceProfile": { "Arn": "${c.l('arn')}" },\n        "Tags": [ { "Key": "Owner", "Value": "${J(c.person().email)}" } ],\n        "UserData-decoded": "#!/bin/bash\\nexport DD_API_KEY=${c.s('DATADOG_API_KEY')}\\nexport ${ud.key.replace(/[.-]/g, '_')}=${J(ud.v)}\\n/opt/bootstrap.sh"\n    }\n]\n`;
  } else if (v === 2) {
    const e = c.kind(['PKCS8_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'EC_PKCS8_PRIVATE_KEY']);
    d.w`$ gcloud iam service-accounts keys create /dev/stdout --iam-account=ci-deployer@acme-prod.iam.gserviceaccount.test\ncreated key [${r.hex(40)}] of type [json] as [/dev/stdout]\n{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "${c.l('hash').v.length ? r.hex(40) : ''}",\n  "private_key": "${J(c.s(e))}",\n  "client_email": "ci-deployer@acme-prod.iam.gserviceaccount.test",\n  "client_id": "${r.digits(21)}",\n  "token_uri": "https://oauth2.googleapis.test/token"\n}\n`;
  } else {
    d.w`$ az storage account keys list -g rg-prod -n acmeprodstore -o table\nKeyName    Permissions    Value\n---------  -------------  ----------------------------------------------------------------------------------------\nkey1       FULL           ${c.s('AZURE_STORAGE_ACCOUNT_KEY')}\nkey2       FULL           ${c.s('AZURE_STORAGE_ACCOUNT_KEY')}\n\n$ az ad sp credential reset --id ${c.l('uuid')}\n{\n  "appId": "${c.l('uuid')}",\n  "password": "${J(c.s('AZURE_CLIENT_SECRET'))}",\n  "tenant": "${c.l('uuid')}"\n}\n$ az cosmosdb keys list -n acme-cosmos -g rg-prod --query primaryMasterKey -o tsv\n${c.s('AZURE_COSMOSDB_KEY')}\n`;
  }
  return d;
}
export function k8s_secret(c) {
  const r = c.r, d = new Doc('k8s_secret'); const svc = r.pick(SERVICES);
  d.w`$ kubectl get secret ${svc}-env -n ${r.pick(['payments', 'default', 'platform'])} -o yaml\napiVersion: v1\ndata:\n`;
  for (const k of r.picks(['DB_PASSWORD', 'REDIS_PASSWORD', 'API_KEY', 'JWT_SECRET', 'SMTP_PASS', 'OAUTH_CLIENT_SECRET', 'WEBHOOK_SECRET', 'ENCRYPTION_KEY', 'db-password', 'stripe.key', 'password'], r.int(3, 6)).sort()) d.w`  ${k}: ${c.s('K8S_SECRET_DATA')}\n`;
  d.w`  LOG_LEVEL: ${L('base64_data', Buffer.from('info').toString('base64'))}\nkind: Secret\nmetadata:\n  creationTimestamp: "${c.l('timestamp')}"\n  name: ${svc}-env\n  resourceVersion: "${c.l('k8s_resource_version')}"\n  uid: ${c.l('uuid')}\n  annotations:\n    checksum/values: ${c.l('checksum')}\ntype: Opaque\n---\n$ kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d\n{"auths":{"registry.acme.test":{"username":"robot$ci","password":"${J(c.s('HARBOR_ROBOT_SECRET'))}","auth":"${c.s('DOCKER_REGISTRY_AUTH')}"}}}\n`;
  return d;
}
