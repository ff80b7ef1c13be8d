// Document kinds: Terraform plan/state, Helm values, Kubernetes output and manifests, cloud
// CLI JSON, env/config/credential files, SSH material, shell history, source code, manifests.
import { S, P, L, json, frag, Raw, jsonEscape, plain } from './builder.mjs';
import { kv, V, syntaxStyle } from './ctx.mjs';
import { styleKey } from './secrets.mjs';
import { secretLine, lookLine } from './kinds_git.mjs';
import { HEX, B62, B32, UPPER, LOWER, DIGITS } from './checksums.mjs';

const rawL = (what, v) => ({ ...L(what, v), raw: true });
const ak = (r) => 'AKIA' + r.str(B32, 16);
const asia = (r) => 'ASIA' + r.str(B32, 16);

export function tfPlan(c, d) {
  const r = c.r;
  d.line('Terraform used the selected providers to generate the following execution');
  d.line('plan. Resource actions are indicated with the following symbols:');
  d.line('  + create').line('  ~ update in-place').line('').line('Terraform will perform the following actions:').line('');
  let add = 0, change = 0;
  const blocks = r.shuffle([
    () => { add++; const s = c.sec(); const nm = s.key('snake');
      d.line(`  # aws_ssm_parameter.${nm} will be created`).line(`  + resource "aws_ssm_parameter" "${nm}" {`);
      d.line('      + arn       = (known after apply)').line(`      + name      = "/${r.pick(['prod', 'stg'])}/${r.pick(['checkout', 'billing', 'notify'])}/${nm}"`);
      d.line(`      + type      = "String"`).line('      + value     = "', s.span, '"').line('      + key_id    = "', L('arn', V.arn(r)), '"').line('    }').line(''); },
    () => { change++; const s = c.sec(), s2 = c.sec((x) => x.e !== s.e);
      d.line(`  # aws_lambda_function.${r.pick(['relay', 'thumbnailer', 'order_sync'])} will be updated in-place`).line(`  ~ resource "aws_lambda_function" "fn" {`);
      d.line('        id                = "', r.pick(['webhook-relay', 'order-sync']), '"').line('        arn               = "', L('arn', V.arn(r)), '"');
      d.line('      ~ source_code_hash  = "', L('hash', Buffer.from(r.bytes(32)).toString('base64')), '" -> "', L('hash', Buffer.from(r.bytes(32)).toString('base64')), '"');
      d.line('      ~ environment {').line('          ~ variables = {');
      d.line('              ~ "', s.key('SNAKE'), '" = "', L('placeholder', V.placeholder(r)), '" -> "', s.span, '"');
      d.line('              + "', s2.key('SNAKE'), '" = "', s2.span, '"');
      d.line('                "REGION" = "eu-west-1"').line('            }').line('        }').line('    }').line(''); },
    () => { add++; const pw = c.mk('DATABASE_PASSWORD');
      d.line('  # aws_db_instance.orders will be created').line('  + resource "aws_db_instance" "orders" {');
      d.line('      + address              = (known after apply)').line('      + engine               = "postgres"').line('      + engine_version       = "', L('version', `16.${r.int(1, 6)}`), '"');
      d.line('      + username             = "', r.pick(['orders_admin', 'app', 'root']), '"').line('      + password             = ', r.chance(0.5) ? '(sensitive value)' : ['"', pw.span, '"']);
      d.line('      + vpc_security_group_ids = [').line('          + "', L('cloud_resource_id', V.cloudResId(r)), '",').line('        ]').line('    }').line(''); },
    () => { add++; const id = c.mk('AZURE_AD_CLIENT_SECRET');
      d.line('  # azuread_application_password.ci will be created').line('  + resource "azuread_application_password" "ci" {');
      d.line('      + application_id = "/applications/', L('uuid', V.uuid4(r)), '"').line('      + key_id         = (known after apply)');
      d.line('      + value          = ', r.chance(0.4) ? '(sensitive value)' : ['"', id.span, '"']).line('    }').line(''); },
    () => { change++;
      d.line('  # kubernetes_secret.app will be updated in-place').line('  ~ resource "kubernetes_secret" "app" {').line('        id   = "', r.pick(['payments', 'prod']), '/app-env"');
      d.line('      ~ data = (sensitive value)').line('        type = "Opaque"').line('        # (1 unchanged block hidden)').line('    }').line(''); },
  ]);
  for (const b of blocks) { if (d.size > 2700) break; b(); }
  d.line(`Plan: ${add} to add, ${change} to change, 0 to destroy.`).line('').line('Changes to Outputs:');
  d.line('  + db_password   = (sensitive value)');
  if (r.chance(0.6)) { const pw = c.mk('ADMIN_PASSWORD'); d.line('  + grafana_admin = "', pw.span, '"'); }
  d.line('  + console_url   = "https://', c.host('fqdn'), '/d/', L('uuid', V.uuid4(r)), '"');
}

export function tfState(c, d) {
  const r = c.r;
  const res = [];
  const inst = (attrs) => [{ schema_version: r.int(0, 2), attributes: attrs, sensitive_attributes: [], private: L('checksum', r.bytes(r.int(20, 40)).toString('base64')) }];
  const pool = r.shuffle([
    () => ({ mode: 'managed', type: 'aws_iam_access_key', name: r.pick(['ci', 'deployer', 'backup']), provider: 'provider.aws', instances: inst({ id: S('AWS_ACCESS_KEY_ID', ak(r)), secret: c.mk('AWS_SECRET_ACCESS_KEY').span, user: r.pick(['ci-deployer', 'backup-bot']), status: 'Active', create_date: c.ts('isos') }) }),
    () => ({ mode: 'managed', type: 'random_password', name: r.pick(['db', 'admin', 'redis']), provider: 'provider.random', instances: inst({ id: 'none', length: 24, result: S(r.pick(['DATABASE_PASSWORD', 'ADMIN_PASSWORD', 'REDIS_PASSWORD']), c.pw()), bcrypt_hash: L('hash', V.passwordHash(r)), special: true }) }),
    () => { const pk = c.pem(r.pick(['rsa', 'ec', 'pkcs8'])); return { mode: 'managed', type: 'tls_private_key', name: 'ingress', provider: 'provider.tls', instances: inst({ algorithm: pk.e === 'RSA_PRIVATE_KEY' ? 'RSA' : 'ECDSA', id: L('hash', V.gitSha(r)), private_key_pem: frag(S(pk.e, pk.text), '\n'), public_key_fingerprint_sha256: L('fingerprint', `SHA256:${r.bytes(32).toString('base64').replace(/=+$/, '')}`), public_key_openssh: L('public_key', V.sshPub(r)) }) }; },
    () => ({ mode: 'managed', type: 'aws_db_instance', name: 'orders', provider: 'provider.aws', instances: inst({ address: L('hostname', V.hostname(r)), arn: L('arn', V.arn(r)), engine: 'postgres', password: c.mk('DATABASE_PASSWORD').span, username: 'orders_admin', resource_id: `db-${r.str(UPPER + DIGITS, 26)}` }) }),
    () => { const s = c.sec(); return { mode: 'managed', type: 'google_secret_manager_secret_version', name: s.key('snake'), provider: 'provider.google', instances: inst({ id: `projects/${r.int(100000000000, 999999999999)}/secrets/${s.key('kebab')}/versions/${r.int(1, 9)}`, secret_data: s.span, create_time: c.ts('micro') }) }; },
    () => { const s = c.sec((x) => x.vendor); return { mode: 'managed', type: 'github_actions_secret', name: s.key('snake'), provider: 'provider.github', instances: inst({ repository: r.pick(['orders-api', 'web', 'infra']), secret_name: s.key('SNAKE'), plaintext_value: s.span, created_at: c.ts('isos') }) }; },
  ]);
  for (const f of pool.slice(0, r.int(2, 4))) { if (plain(json(res, 2)).length > 2200) break; res.push(f()); }
  const pw = c.mk('ADMIN_PASSWORD');
  const state = { version: 4, terraform_version: L('version', `1.${r.int(5, 10)}.${r.int(0, 6)}`), serial: r.int(3, 400), lineage: L('uuid', V.uuid4(r)),
    outputs: { admin_password: { value: pw.span, type: 'string' }, vpc_id: { value: L('cloud_resource_id', V.cloudResId(r)), type: 'string' } }, resources: res };
  const compact = r.chance(0.15);
  d.add(json(state, 2, compact)).line('');
}

export function helmValues(c, d) {
  const r = c.r;
  const app = r.pick(['checkout', 'orders', 'notifier', 'ledger', 'search']);
  d.line(`# values-${r.pick(['prod', 'production', 'eu-prod'])}.yaml — ${app}`);
  if (r.chance(0.5)) { const m = c.person({ domain: c.dom }); d.line('# maintained by ', m.name(), ' (', m.email(), ')'); }
  d.line(`replicaCount: ${r.int(2, 8)}`).line('image:').line(`  repository: registry.${c.dom}/${app}`).line('  tag: "', L('version', V.version(r)), '"').line('  digest: ', L('digest', V.digest(r)));
  d.line('env:');
  for (let i = 0; i < r.int(3, 6); i++) {
    const s = c.sec();
    d.line('  - name: ', s.key('SNAKE')).line('    value: ', r.pick([['"', s.span, '"'], s.span, ["'", s.span, "'"]]));
  }
  d.line('  - name: DB_PASSWORD').line('    valueFrom:').line('      secretKeyRef: { name: ', app, '-db, key: password }');
  if (r.chance(0.75)) {
    const pk = c.pem();
    const key = r.pick(['tls', 'signing', 'saml']);
    d.line('secrets:').line(`  ${key}:`).line('    key: |').line('      ', c.pemFrag(pk, 'yaml', '      '));
    if (r.chance(0.5) && d.size < 1400) d.line('    cert: |').line('      ', L('certificate', V.certPem(r, `${app}.${c.dom}`, c.co).split('\n').join('\n      ')));
  }
  if (d.size > 3200) return;
  d.line('ingress:').line('  enabled: true').line('  hosts:').line(`    - host: ${app}.${c.dom}`).line('      paths: ["/"]');
  if (d.size > 3300) return;
  d.line('postgresql:').line('  auth:').line('    username: ', app).line('    password: ', c.mk('DATABASE_PASSWORD').span).line('    postgresPassword: ', r.chance(0.5) ? c.mk('ADMIN_PASSWORD').span : L('placeholder', V.placeholder(r)));
  if (r.chance(0.6)) d.line('redis:').line('  auth:').line('    enabled: true').line('    password: "', c.mk('REDIS_PASSWORD').span, '"');
  if (d.size < 3000) d.line('podAnnotations:').line('  checksum/config: ', L('hash', V.digest(r).slice(7)));
  d.line('resources:').line(`  limits: { cpu: ${r.int(1, 4)}, memory: ${r.pick(['512Mi', '1Gi', '2Gi'])} }`);
}

export function k8sDescribe(c, d) {
  const r = c.r;
  const app = r.pick(['checkout', 'orders-api', 'billing', 'notifier']);
  const ns = r.pick(['payments', 'prod', 'core']);
  if (r.chance(0.6)) {
    const pod = V.podName(r, app);
    d.line(`$ kubectl -n ${ns} describe pod `, L('pod_name', pod));
    d.line('Name:             ', L('pod_name', pod)).line(`Namespace:        ${ns}`).line('Priority:         0').line(`Service Account:  ${app}`);
    const ip = `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    d.line('Node:             ', L('hostname', `ip-${ip.replace(/\./g, '-')}.eu-west-1.compute.internal`), '/', ip);
    d.line('Start Time:       ', c.ts('rfc'));
    d.line(`Labels:           app=${app}`).line('                  pod-template-hash=', L('hash', V.gitSha(r).slice(0, 10)));
    d.line('Annotations:      kubectl.kubernetes.io/restartedAt: ', c.tick(1000, 90000).ts('isos'));
    d.line('Status:           Running').line(`IP:               10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`);
    d.line('Containers:').line(`  ${app}:`).line('    Container ID:   containerd://', L('container_id', r.str(HEX, 64)));
    d.line(`    Image:          registry.${c.dom}/${app}:`, L('version', V.version(r))).line(`    Image ID:       registry.${c.dom}/${app}@`, L('digest', V.digest(r)));
    d.line('    Port:           8080/TCP').line('    State:          Running').line('      Started:      ', c.ts('rfc'));
    d.line('    Environment:');
    for (let i = 0; i < r.int(4, 8); i++) {
      if (r.chance(0.2)) { d.line(`      ${styleKey(r, r.pick(['db password', 'stripe key', 'jwt secret']), 'SNAKE')}:  <set to the key '${r.pick(['password', 'key', 'token'])}' in secret '${app}-env'>  Optional: false`); continue; }
      const s = c.sec();
      d.line('      ', s.key('SNAKE'), ':  ', s.span);
    }
    d.line('      DATABASE_URL:  ', c.urlCred('postgres', 'DATABASE_PASSWORD', app.replace('-', '_'), c.pw('url'), { port: 5432, path: `/${app.replace('-', '_')}?sslmode=require` }));
    d.line('Events:').line('  Type    Reason   Age   From     Message').line('  ----    ------   ----  ----     -------');
    d.line(`  Normal  Pulled   ${r.int(2, 50)}m   kubelet  Successfully pulled image "registry.${c.dom}/${app}:`, L('version', V.version(r)), `" in ${r.int(1, 9)}.${r.int(100, 999)}s`);
  } else {
    const name = `${app}-${r.pick(['db', 'env', 'credentials'])}`;
    const pw = c.pw(r.pick(['machine', 'human']));
    const tok = c.sec((s) => s.vendor);
    d.line(`$ kubectl -n ${ns} get secret ${name} -o yaml`);
    d.line('apiVersion: v1').line('data:');
    d.line('  ', r.pick(['password', 'DB_PASSWORD', 'db-password']), ': ', c.k8sData(pw));
    d.line('  ', tok.key('SNAKE'), ': ', c.k8sData(tok.v));
    d.line('  host: ', Buffer.from(c.host('fqdn')).toString('base64'));
    d.line('kind: Secret').line('metadata:').line('  annotations:').line('    kubectl.kubernetes.io/last-applied-configuration: |');
    d.add('      {"apiVersion":"v1","kind":"Secret","metadata":{"annotations":{},"name":"', name, '","namespace":"', ns, '"},"stringData":{"password":"', S('DATABASE_PASSWORD', pw), '","', tok.key('SNAKE'), '":"', S(tok.e, tok.v), '"},"type":"Opaque"}\n');
    d.line('  creationTimestamp: "', c.ts('isos'), '"').line(`  name: ${name}`).line(`  namespace: ${ns}`);
    d.line('  resourceVersion: "', L('k8s_resource_version', V.resourceVersion(r)), '"').line('  uid: ', L('uuid', V.uuid4(r)));
    if (r.chance(0.5)) { d.line('  managedFields:').line('  - apiVersion: v1').line('    manager: kubectl-client-side-apply').line('    operation: Update').line('    time: "', c.ts('isos'), '"'); }
    d.line('type: Opaque');
  }
}

export function k8sManifest(c, d) {
  const r = c.r;
  const app = r.pick(['checkout', 'orders', 'gateway', 'reports']);
  const ns = r.pick(['payments', 'prod', 'data']);
  const docs = r.shuffle(['secret', 'docker', 'configmap', 'deploy']).slice(0, r.int(3, 4));
  for (const k of docs) {
    if (d.size > 2900) break;
    d.line('---');
    if (k === 'secret') {
      d.line('apiVersion: v1').line('kind: Secret').line('metadata:').line(`  name: ${app}-secrets`).line(`  namespace: ${ns}`).line('  resourceVersion: "', L('k8s_resource_version', V.resourceVersion(r)), '"').line('type: Opaque');
      d.line('data:');
      for (let i = 0; i < r.int(2, 4); i++) { const s = c.sec(); d.line('  ', s.key(r.pick(['SNAKE', 'kebab', 'snake'])), ': ', c.k8sData(s.v)); }
      if (r.chance(0.6)) { d.line('stringData:'); for (let i = 0; i < r.int(1, 2); i++) { const s = c.sec(); d.line('  ', s.key('SNAKE'), ': "', s.span, '"'); } if (r.chance(0.5) && d.size < 1600) { d.line('  tls.key: |').line('    ', c.pemFrag(c.pem(), 'yaml', '    ')); } }
    } else if (k === 'docker') {
      const u = r.pick(['robot$ci', 'puller', 'ci-bot', 'deploy']);
      const pw = c.sec((s) => ['DOCKER_HUB_PAT', 'HARBOR_ROBOT_SECRET', 'GITLAB_DEPLOY_TOKEN', 'JFROG_ACCESS_TOKEN'].includes(s.e));
      const reg = `registry.${c.dom}`;
      const cfg = JSON.stringify({ auths: { [reg]: { username: u, password: pw.v, auth: Buffer.from(`${u}:${pw.v}`).toString('base64') } } });
      d.line('apiVersion: v1').line('kind: Secret').line('metadata:').line('  name: regcred').line(`  namespace: ${ns}`).line('type: kubernetes.io/dockerconfigjson').line('data:');
      d.line('  .dockerconfigjson: ', S('K8S_SECRET_DATA', Buffer.from(cfg).toString('base64')));
    } else if (k === 'configmap') {
      d.line('apiVersion: v1').line('kind: ConfigMap').line('metadata:').line(`  name: ${app}-config`).line(`  namespace: ${ns}`).line('data:');
      d.line('  LOG_LEVEL: info').line('  FEATURE_FLAGS: "refunds,eu-vat"');
      d.line('  ', lookLine(c, 'yaml').slice(1));
      const s = c.sec();
      d.line('  ', s.key('SNAKE'), ': "', s.span, '"   # TODO move to Secret');
      d.line('  SMTP_URL: "', c.urlCred('smtps', 'SMTP_PASSWORD', r.pick(['postmaster', 'noreply', 'mailer']), c.pw('url'), { port: 465 }), '"');
    } else {
      d.line('apiVersion: apps/v1').line('kind: Deployment').line('metadata:').line(`  name: ${app}`).line(`  namespace: ${ns}`).line('  annotations:').line('    deployment.kubernetes.io/revision: "', String(r.int(2, 90)), '"');
      d.line('spec:').line('  template:').line('    spec:').line('      containers:').line(`        - name: ${app}`).line(`          image: registry.${c.dom}/${app}@`, L('digest', V.digest(r)));
      d.line('          env:');
      for (let i = 0; i < r.int(2, 4); i++) { const s = c.sec(); d.line('            - name: ', s.key('SNAKE')).line('              value: "', s.span, '"'); }
      d.line('            - name: OTEL_EXPORTER_OTLP_HEADERS').line('              value: "', r.pick(['x-honeycomb-team', 'api-key', 'authorization']), '=', c.sec((s) => ['HONEYCOMB_API_KEY', 'NEW_RELIC_LICENSE_KEY', 'GRAFANA_CLOUD_TOKEN', 'DATADOG_API_KEY'].includes(s.e)).span, '"');
    }
  }
}

export function cloudCli(c, d) {
  const r = c.r;
  const which = r.pick(['sts', 'iam', 'secrets', 'sp', 'gcloud', 'ssm']);
  if (which === 'sts') {
    d.line('$ aws sts assume-role --role-arn ', L('arn', V.arn(r)), ' --role-session-name ', r.pick(['ci', 'debug', 'incident']), `-${r.int(1000, 9999)}`);
    d.add(json({ Credentials: { AccessKeyId: S('AWS_TEMPORARY_ACCESS_KEY_ID', asia(r)), SecretAccessKey: c.mk('AWS_SECRET_ACCESS_KEY').span, SessionToken: c.mk('AWS_SESSION_TOKEN').span, Expiration: c.tick(3600000, 3600000).ts('offset') },
      AssumedRoleUser: { AssumedRoleId: `AROA${r.str(B32, 17)}:ci`, Arn: L('arn', V.arn(r)) } }, 4)).line('');
  } else if (which === 'iam') {
    d.line('$ aws iam create-access-key --user-name ', r.pick(['backup-bot', 'ci-deployer', 'reporting']));
    d.add(json({ AccessKey: { UserName: r.pick(['backup-bot', 'ci-deployer']), AccessKeyId: S('AWS_ACCESS_KEY_ID', ak(r)), Status: 'Active', SecretAccessKey: c.mk('AWS_SECRET_ACCESS_KEY').span, CreateDate: c.ts('offset') } }, 4)).line('');
    d.line('$ aws iam list-access-keys --user-name ci-deployer --output table');
    d.line('|  AccessKeyId  |  CreateDate  |  Status  |').line('|  ', L('masked_value', V.masked(r, 'aws')), '  |  ', c.ts('isos'), '  |  Inactive  |');
  } else if (which === 'secrets') {
    const name = r.pick(['prod/orders/db', 'prod/checkout/stripe', 'stg/api/keys']);
    if (r.chance(0.3)) { const pk = c.pem(); d.line('$ aws secretsmanager get-secret-value --secret-id prod/sftp/host-key --query SecretString --output json'); d.line('"', c.pemFrag(pk, 'json'), '\\n"'); return; }
    const inner = r.chance(0.6);
    d.line(`$ aws secretsmanager get-secret-value --secret-id ${name}`);
    const s = c.sec(), pw = c.mk('DATABASE_PASSWORD');
    const ss = inner ? frag('{"username":"app","password":"', pw.span, '","engine":"postgres","host":"', L('hostname', V.hostname(r)), '","', s.key('snake'), '":"', s.span, '"}') : s.span;
    d.add(json({ ARN: L('arn', V.arn(r)), Name: name, VersionId: L('uuid', V.uuid4(r)), SecretString: ss, VersionStages: ['AWSCURRENT'], CreatedDate: c.ts('offset') }, 4)).line('');
    // the jsonVal escapes quotes inside frag
  } else if (which === 'sp') {
    d.line('$ az ad sp create-for-rbac --name ', r.pick(['gh-deployer', 'terraform-ci', 'backup-sp']), ' --role Contributor --scopes /subscriptions/', L('uuid', V.uuid4(r)));
    d.line('Creating \'Contributor\' role assignment under scope ...');
    d.line('The output includes credentials that you must protect.');
    d.add(json({ appId: L('uuid', V.uuid4(r)), displayName: 'terraform-ci', password: c.mk('AZURE_AD_CLIENT_SECRET').span, tenant: L('uuid', V.uuid4(r)) }, 2)).line('');
    if (r.chance(0.5)) { d.line('$ az storage account keys list -n ', `${c.slug}prodlogs`, ' --query "[0].value" -o tsv'); d.line(c.mk('AZURE_STORAGE_ACCOUNT_KEY').span); }
  } else if (which === 'gcloud') {
    d.line('$ gcloud auth print-access-token').line(c.mk('GOOGLE_OAUTH_ACCESS_TOKEN').span);
    d.line('$ cat ~/.config/gcloud/application_default_credentials.json');
    d.add(json({ account: '', client_id: frag(r.digits(12), '-', r.str(LOWER + DIGITS, 32), '.apps.googleusercontent.example'), client_secret: c.mk('GOOGLE_OAUTH_CLIENT_SECRET').span, quota_project_id: `${c.slug}-prod`, refresh_token: c.mk('GOOGLE_OAUTH_REFRESH_TOKEN').span, type: 'authorized_user', universe_domain: 'googleapis.example' }, 2)).line('');
  } else {
    const s = c.sec();
    d.line('$ aws ssm get-parameter --name /prod/', s.key('snake'), ' --with-decryption');
    d.add(json({ Parameter: { Name: `/prod/${s.key('snake')}`, Type: 'SecureString', Value: s.span, Version: r.int(1, 12), LastModifiedDate: rawL('timestamp', `${c.clock.epoch()}.${r.digits(3)}`), ARN: L('arn', V.arn(r)), DataType: 'text' } }, 4)).line('');
  }
  if (r.chance(0.5) && d.size < 2600) {
    d.line('$ aws ec2 describe-instances --filters Name=tag:app,Values=', r.pick(['orders', 'ledger']), " --query 'Reservations[].Instances[].[InstanceId,PrivateDnsName,ImageId]'");
    d.add(json([[L('instance_id', V.instanceId(r)), L('hostname', V.hostname(r)), L('cloud_resource_id', V.cloudResId(r))], [L('instance_id', V.instanceId(r)), L('hostname', V.hostname(r)), L('cloud_resource_id', V.cloudResId(r))]], 4)).line('');
  }
  if (r.chance(0.4) && d.size < 3000) {
    d.line('$ aws s3api head-object --bucket ', `${c.slug}-exports`, ' --key reports/latest.csv');
    d.add(json({ AcceptRanges: 'bytes', LastModified: c.ts('offset'), ContentLength: r.int(1000, 9999999), ETag: frag('"', L('etag', r.str(HEX, 32)), '"'), ChecksumCRC32C: L('checksum', r.bytes(4).toString('base64')), ServerSideEncryption: 'aws:kms', SSEKMSKeyId: L('arn', V.arn(r)) }, 4)).line('');
  }
  if (d.size < 1800) {
    d.line('$ aws sts get-caller-identity');
    d.add(json({ UserId: `AIDA${r.str(B32, 17)}`, Account: L('aws_account_id', V.awsAccount(r)), Arn: L('arn', V.arn(r)) }, 4)).line('');
  }
}

export function envFile(c, d) {
  const r = c.r;
  const flavour = r.pick(['dotenv', 'dotenv', 'compose', 'systemd', 'envrc']);
  const n = r.int(8, 15);
  if (flavour === 'compose') {
    d.line('services:').line(`  ${r.pick(['api', 'worker', 'web'])}:`).line(`    image: registry.${c.dom}/api:`, L('version', V.version(r))).line('    environment:');
    for (let i = 0; i < n && d.size < 3200; i++) {
      if (r.chance(0.2)) { d.line('      ', lookLine(c, 'yaml').slice(1)); continue; }
      const s = c.sec(); d.line('      ', s.key('SNAKE'), ': ', r.chance(0.5) ? ['"', s.span, '"'] : s.span);
    }
    d.line('  db:').line('    image: postgres:', L('version', `16.${r.int(1, 6)}`)).line('    environment:').line('      POSTGRES_PASSWORD: ', c.mk('DATABASE_PASSWORD').span);
    return;
  }
  if (flavour === 'systemd') d.line(`# /etc/${c.slug}/${r.pick(['api', 'worker'])}.env — EnvironmentFile for ${r.pick(['api', 'worker'])}.service`);
  else if (flavour === 'envrc') d.line('# .envrc (direnv) — local only, do not commit');
  else d.line(r.pick(['# production', '# === Generated by setup.sh on ', '# copy from 1password, see runbook']), '');
  for (let i = 0; i < n && d.size < 3400; i++) {
    const roll = r.int(0, 9);
    if (roll === 0) { d.line(''); d.line(`# --- ${r.pick(['payments', 'observability', 'ai', 'storage', 'email'])} ---`); }
    if (roll === 1) { d.line(lookLine(c, 'env')); continue; }
    if (roll === 2) { d.line(styleKey(r, r.pick(['database url', 'db url', 'postgres dsn']), 'SNAKE'), '=', c.urlCred(r.pick(['postgres', 'postgresql', 'mysql', 'mongodb+srv']), 'DATABASE_PASSWORD', r.pick(['app', 'orders', 'root', 'svc_api']), c.pw('url'), { port: r.pick([5432, 3306, '']), path: `/${r.pick(['orders', 'app', 'prod'])}` })); continue; }
    if (roll === 4 && r.chance(0.35) && d.size < 1800) { const pk = c.pem(); d.line(r.pick(['JWT_PRIVATE_KEY', 'SIGNING_KEY', 'APP_PRIVATE_KEY_PEM', 'SAML_SP_KEY']), '="', c.pemFrag(pk, 'json'), '"'); continue; }
    if (roll === 5 && r.chance(0.5)) { d.line('SENTRY_DSN=https://', c.mk('SENTRY_DSN_KEY').span, `@o${r.int(100000, 999999)}.ingest.sentry.example/${r.int(1000000, 9999999)}`); continue; }
    if (roll === 3) { d.line('REDIS_URL=', c.urlCred(r.pick(['redis', 'rediss']), 'REDIS_PASSWORD', r.pick(['default', '']), c.pw('url'), { port: 6379, path: '/0' })); continue; }
    const s = c.sec();
    const q = r.pick(['', '"', "'"]);
    d.line(flavour === 'envrc' ? 'export ' : '', s.key('SNAKE'), '=', q, s.span, q);
  }
}

export function configFile(c, d) {
  const r = c.r;
  const fmt = r.pick(['properties', 'appsettings', 'ini', 'toml', 'nginx', 'pgpass', 'redis', 'wpa', 'ipsec', 'xml', 'alertmanager']);
  if (fmt === 'properties') {
    d.line('# application-prod.properties').line('server.port=8080').line('spring.datasource.url=jdbc:postgresql://', c.host(), ':5432/orders');
    d.line('spring.datasource.username=orders').line('spring.datasource.password=', c.mk('DATABASE_PASSWORD').span);
    d.line('spring.mail.password=', c.mk('SMTP_PASSWORD').span);
    for (let i = 0; i < r.int(3, 7); i++) d.line(r.chance(0.75) ? secretLine(c, 'props') : lookLine(c, 'props'));
    d.line('server.ssl.key-store-password=', c.mk('KEYSTORE_PASSWORD').span);
  } else if (fmt === 'appsettings') {
    const s1 = c.sec(), s2 = c.sec();
    d.add(json({ Logging: { LogLevel: { Default: 'Information' } }, ConnectionStrings: { Default: frag(`Server=${c.host()};Database=Orders;User Id=sa;Password=`, c.mk('DATABASE_PASSWORD').span, ';TrustServerCertificate=True'), Redis: frag(`${c.host()}:6380,password=`, c.mk('REDIS_PASSWORD').span, ',ssl=True') },
      Integrations: { [s1.key('Pascal')]: s1.span, [s2.key('Pascal')]: s2.span, TenantId: L('uuid', V.uuid4(r)) }, AllowedHosts: '*' }, 2)).line('');
  } else if (fmt === 'ini') {
    d.line('[client]').line(`host = ${c.host()}`).line('user = ', r.pick(['root', 'backup', 'report'])).line('password = ', c.mk('DATABASE_PASSWORD').span).line('');
    d.line('[ldap]').line(`uri = ldaps://${c.host('fqdn')}`).line('bind_dn = cn=svc-', c.slug, ',ou=service,dc=', c.slug, ',dc=example').line('bind_pw = ', c.mk('LDAP_BIND_PASSWORD').span).line('');
    d.line(`[${r.pick(['api', 'integrations'])}]`);
    for (let i = 0; i < r.int(3, 7); i++) d.line(r.chance(0.75) ? secretLine(c, 'ini') : lookLine(c, 'ini'));
  } else if (fmt === 'toml') {
    d.line('[database]').line(`url = "`, c.urlCred('postgres', 'DATABASE_PASSWORD', 'app', c.pw('url'), { port: 5432, path: '/app' }), '"').line('pool = 20').line('');
    d.line('[secrets]');
    for (let i = 0; i < r.int(3, 7); i++) d.line(r.chance(0.75) ? secretLine(c, 'toml') : lookLine(c, 'toml'));
    d.line('').line('[kafka]').line('sasl_mechanism = "SCRAM-SHA-512"').line('sasl_username = "', r.pick(['orders', 'etl']), '"').line('sasl_password = "', c.mk('KAFKA_SASL_PASSWORD').span, '"');
  } else if (fmt === 'nginx') {
    d.line('server {').line('    listen 443 ssl;').line(`    server_name shop.${c.dom};`).line(`    ssl_certificate /etc/ssl/${c.slug}.crt;`);
    d.line('    location /internal/ {').line(`        proxy_pass http://${c.host('bare')}:8080;`);
    const u = r.pick(['ops', 'admin', 'metrics']); const pw = c.pw();
    d.line('        proxy_set_header Authorization "Basic ', c.basic(u, pw), '";');
    const s = c.sec((x) => !!x.h);
    const [hn, pre] = c.authHeader(s.spec);
    d.line(`        proxy_set_header ${hn === 'Authorization' ? 'X-Upstream-Authorization' : hn} "${pre}`, s.span, '";');
    d.line(`        add_header Content-Security-Policy "script-src 'self' 'nonce-`, L('nonce', V.nonce(r)), `'";`);
    d.line('    }').line('    location /hook { proxy_pass http://', c.host('ip'), ':9000/hook?token=', S('API_KEY_IN_QUERY_STRING', r.str(B62, 32)), '; }').line('}');
  } else if (fmt === 'pgpass') {
    d.line('# ~/.pgpass   hostname:port:database:username:password');
    for (let i = 0; i < r.int(3, 6); i++) d.line(c.host(), ':', r.pick(['5432', '6432', '*']), ':', r.pick(['orders', 'app', '*', 'analytics']), ':', r.pick(['app', 'postgres', 'readonly', 'etl']), ':', c.mk('DATABASE_PASSWORD').span);
    d.line('# pgbouncer userlist.txt');
    d.line('"app" "', L('hash', 'md5' + r.str(HEX, 32)), '"').line('"etl" "', c.mk('DATABASE_PASSWORD').span, '"');
    d.line('"report" "', L('hash', `SCRAM-SHA-256$4096:${r.bytes(16).toString('base64')}$${r.bytes(32).toString('base64')}:${r.bytes(32).toString('base64')}`), '"');
  } else if (fmt === 'redis') {
    d.line('# redis.conf (excerpt)').line('bind 0.0.0.0').line('port 6379').line('requirepass ', c.mk('REDIS_PASSWORD').span).line('masterauth ', c.mk('REDIS_PASSWORD').span);
    d.line('user ', r.pick(['app', 'worker']), ' on >', c.mk('REDIS_PASSWORD').span, ' ~* +@all');
    d.line('user metrics on #', L('hash', r.str(HEX, 64)), ' +info');
    d.line('rename-command CONFIG ', L('hash', r.str(HEX, 32)));
  } else if (fmt === 'wpa') {
    d.line('# /etc/wpa_supplicant/wpa_supplicant.conf').line('ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev').line('country=', r.pick(['DE', 'GB', 'NL', 'FR']));
    for (let i = 0; i < r.int(2, 3); i++) d.line('network={').line('    ssid="', r.pick(['Warehouse-5G', 'Office-Guest', 'POS-Terminals', 'Lab']), '"').line('    psk="', c.mk('WIFI_PSK').span, '"').line('    bssid=', L('mac_address', V.macAddr(r))).line('}');
    d.line('# snmpd.conf').line('rocommunity ', c.mk('SNMP_COMMUNITY_STRING').span, ' 10.0.0.0/8');
  } else if (fmt === 'alertmanager') {
    d.line('# alertmanager.yml').line('global:').line("  slack_api_url: 'https://hooks.slack.example/services/T0", r.str(UPPER + DIGITS, 8), '/B0', r.str(UPPER + DIGITS, 8), '/', c.mk('SLACK_WEBHOOK_SECRET').span, "'").line('  resolve_timeout: 5m').line('route:').line('  receiver: oncall').line('  group_by: [alertname, cluster]').line('receivers:').line('  - name: oncall');
    d.line('    slack_configs:').line("      - channel: '#alerts-", r.pick(['payments', 'platform', 'data']), "'");
    d.line('    webhook_configs:').line("      - url: 'https://discord.example/api/webhooks/", L('snowflake_id', V.snowflake(r)), '/', c.mk('DISCORD_WEBHOOK_TOKEN').span, "'");
    d.line('    pagerduty_configs:').line('      - routing_key: ', c.mk('PAGERDUTY_ROUTING_KEY').span);
    if (r.chance(0.5)) d.line('    email_configs:').line('      - to: ', c.person({ domain: c.dom }).email()).line(`        smarthost: smtp.${c.dom}:587`).line('        auth_username: alerts').line('        auth_password: ', c.mk('SMTP_PASSWORD').span);
  } else if (fmt === 'ipsec') {
    d.line('# /etc/ipsec.secrets').line(`${V.ipv4Public(r)} ${V.ipv4Public(r)} : PSK "`, c.mk('IPSEC_PRESHARED_KEY').span, '"');
    d.line('# /etc/wireguard/wg0.conf').line('[Interface]').line('PrivateKey = ', c.mk('WIREGUARD_PRIVATE_KEY').span).line(`Address = 10.${r.int(0, 255)}.0.1/24`).line('ListenPort = 51820');
    d.line('[Peer]').line('PublicKey = ', L('public_key', r.bytes(32).toString('base64'))).line('PresharedKey = ', c.mk('IPSEC_PRESHARED_KEY', r.bytes(32).toString('base64')).span).line('AllowedIPs = 10.8.0.0/24');
  } else {
    d.line('<?xml version="1.0" encoding="utf-8"?>').line('<configuration>').line('  <appSettings>');
    for (let i = 0; i < r.int(3, 7); i++) d.line(r.chance(0.75) ? secretLine(c, 'xml', '    ') : lookLine(c, 'xml', '    '));
    d.line('  </appSettings>').line('  <connectionStrings>');
    d.line('    <add name="Orders" connectionString="Data Source=', c.host(), ';Initial Catalog=Orders;User ID=app;Password=', c.mk('DATABASE_PASSWORD').span, '" />');
    d.line('  </connectionStrings>').line('</configuration>');
  }
}

export function credFiles(c, d) {
  const r = c.r;
  const parts = r.shuffle(['kube', 'docker', 'npmrc', 'netrc', 'aws', 'gitcred', 'ghhosts', 'rclone', 'pip', 'gpg', 'docker', 'gcpsa', 'kube']).slice(0, r.int(3, 5));
  for (const p of parts) {
    if (d.size > 2700) break;
    if (p === 'kube') {
      d.line('$ cat ~/.kube/config').line('apiVersion: v1').line('clusters:').line('- cluster:');
      if (r.chance(0.45)) d.line('    certificate-authority-data: ', L('certificate', Buffer.from(V.certPem(r, 'kubernetes', c.co) + '\n').toString('base64')));
      else d.line('    insecure-skip-tls-verify: true');
      d.line(`    server: https://${c.host('fqdn')}:6443`).line(`  name: ${c.slug}-prod`).line('users:').line(`- name: ${r.pick(['admin', 'ci', 'oncall'])}`).line('  user:');
      if (r.chance(0.7)) d.line('    client-key-data: ', S('KUBECONFIG_CLIENT_KEY_DATA', Buffer.from(c.pem(r.pick(['rsa', 'ec'])).text + '\n').toString('base64')));
      else d.line('    token: ', c.mk('K8S_SERVICE_ACCOUNT_TOKEN').span);
    } else if (p === 'docker') {
      const reg = r.pick([`registry.${c.dom}`, `cr.${c.slug}-ops.test`, `${V.ipv4Private(r)}:5000`]);
      const u = r.pick(['ci-bot', 'robot$deploy', c.person().user]); const pw = c.pw();
      d.line('$ cat ~/.docker/config.json').add(json({ auths: { [reg]: { auth: c.dockerAuth(u, pw) } }, credsStore: r.pick(['', 'desktop']), currentContext: 'default' }, r.pick([2, 4, 1]))).line('');
    } else if (p === 'npmrc') {
      d.line('$ cat .npmrc').line(`@${c.slug}:registry=https://npm.pkgs.${c.dom}/`).line(`//npm.pkgs.${c.dom}/:_authToken=`, c.mk('NPM_ACCESS_TOKEN').span);
      if (r.chance(0.5)) d.line(`//legacy-npm.${c.dom}/:_auth=`, c.basic(r.pick(['deploy', 'ci']), c.pw())).line('always-auth=true');
    } else if (p === 'netrc') {
      d.line('$ cat ~/.netrc');
      for (let i = 0; i < r.int(1, 3); i++) d.line(`machine ${c.host('fqdn')} login ${r.pick(['deploy', 'ci', c.person().user])} password `, S('NETRC_PASSWORD', c.pw(r.pick(['machine', 'human']))));
    } else if (p === 'aws') {
      d.line('$ cat ~/.aws/credentials').line('[default]').line('aws_access_key_id = ', S('AWS_ACCESS_KEY_ID', ak(r))).line('aws_secret_access_key = ', c.mk('AWS_SECRET_ACCESS_KEY').span);
      if (r.chance(0.5)) d.line('').line('[example-docs]').line('aws_access_key_id = ', L('aws_example_key', V.AWS_EXAMPLES[0])).line('aws_secret_access_key = ', L('aws_example_key', V.AWS_EXAMPLES[1]));
    } else if (p === 'gitcred') {
      d.line('$ cat ~/.git-credentials');
      d.line('https://', c.person().user, ':', c.sec((s) => s.e.startsWith('GITHUB_') || s.e.startsWith('GITLAB_') || s.e === 'AZURE_DEVOPS_PAT').span, `@git.${c.dom}`);
      if (r.chance(0.5)) d.line('https://oauth2:', c.mk('GITLAB_PERSONAL_ACCESS_TOKEN').span, `@code.${c.slug}-ops.test`);
      else d.line(`https://gitlab+deploy-token-${r.int(10, 9999)}:`, c.mk('GITLAB_DEPLOY_TOKEN').span, `@code.${c.slug}-ops.test`);
    } else if (p === 'ghhosts') {
      d.line('$ cat ~/.config/gh/hosts.yml').line(`git.${c.dom}:`).line('    oauth_token: ', c.mk('GITHUB_OAUTH_ACCESS_TOKEN').span).line(`    user: ${c.person().user}`).line('    git_protocol: ssh');
    } else if (p === 'rclone') {
      d.line('$ cat ~/.config/rclone/rclone.conf').line('[backup-s3]').line('type = s3').line('access_key_id = ', S('AWS_ACCESS_KEY_ID', ak(r))).line('secret_access_key = ', c.mk('AWS_SECRET_ACCESS_KEY').span).line('region = eu-central-1');
      d.line('[azblob]').line('type = azureblob').line(`account = ${c.slug}backups`).line('key = ', c.mk('AZURE_STORAGE_ACCOUNT_KEY').span);
    } else if (p === 'gcpsa') {
      const proj = `${c.slug}-${r.pick(['prod', 'data', 'ml'])}-${r.digits(4)}`; const sa = `${r.pick(['exporter', 'ci-deployer', 'bq-reader'])}@${proj}.iam.gserviceaccount.example`;
      d.line('$ cat ~/keys/', proj, '.json');
      d.add(json({ type: 'service_account', project_id: proj, private_key_id: L('key_id', r.str(HEX, 40)), private_key: frag(c.pemFrag(c.pem(r.chance(0.7) ? 'pkcs8' : undefined), 'raw'), '\n'), client_email: sa, client_id: r.digits(21), auth_uri: 'https://accounts.google.example/o/oauth2/auth', token_uri: 'https://oauth2.googleapis.example/token' }, 2)).line('');
    } else if (p === 'gpg') {
      const who = c.person({ domain: c.dom });
      d.line('$ gpg --armor --export-secret-keys ', who.email(), ' | tee /tmp/release.asc');
      d.line(c.pemFrag(c.pem('pgp')));
      d.line('$ gpg --list-secret-keys').line('sec   ed25519 ', c.date(), ' [SC]').line('      ', L('fingerprint', r.str(HEX, 40).toUpperCase())).line('uid           [ultimate] ', who.name(), ' <', who.email(), '>');
    } else {
      d.line('$ cat ~/.config/pip/pip.conf').line('[global]').line('index-url = ', c.urlCred('https', 'URL_EMBEDDED_PASSWORD', r.pick(['__token__', 'deploy', 'ci']), c.pw('url'), { host: `pypi-mirror.${c.dom}`, path: '/simple/' }));
      d.line('timeout = 30');
    }
    d.line('');
  }
}

export function sshKeys(c, d) {
  const r = c.r;
  const who = c.person({ domain: c.dom });
  const host = r.pick(['bastion', 'build-01', 'laptop', 'jump']);
  if (r.chance(0.7)) {
    const pk = c.pem(r.chance(0.5) ? 'openssh' : undefined);
    d.line(`${who.user}@${host}:~$ cat ~/.ssh/${pk.e === 'OPENSSH_PRIVATE_KEY' ? 'id_ed25519' : 'deploy_key.pem'}`);
    d.line(c.pemFrag(pk));
  }
  d.line(`${who.user}@${host}:~$ cat ~/.ssh/authorized_keys`);
  for (let i = 0; i < r.int(2, 4); i++) {
    const p2 = c.person();
    d.line(r.chance(0.2) ? 'no-port-forwarding,command="/usr/local/bin/backup" ' : '', L('public_key', V.sshPub(r, `${p2.user}@${r.pick(['laptop', 'mbp', 'ws', 'ci'])}`)));
  }
  d.line(`${who.user}@${host}:~$ ssh-keygen -lf ~/.ssh/id_ed25519.pub`);
  d.line('256 ', L('fingerprint', `SHA256:${r.bytes(32).toString('base64').replace(/=+$/, '')}`), ` ${who.user}@${host} (ED25519)`);
  if (d.size < 2600) {
    d.line(`${who.user}@${host}:~$ head -3 ~/.ssh/known_hosts`);
    for (let i = 0; i < 3; i++) d.line('|1|', L('hash', r.bytes(20).toString('base64')), '|', L('hash', r.bytes(20).toString('base64')), ' ', L('public_key', V.sshPub(r).split(' ').slice(0, 2).join(' ')));
  }
  if (d.size < 3000) {
    d.line(`${who.user}@${host}:~$ cat ~/.ssh/config`).line(`Host ${r.pick(['prod-bastion', 'db-tunnel'])}`).line('    HostName ', L('hostname', V.hostname(r))).line('    User ', who.user).line('    IdentityFile ~/.ssh/id_ed25519');
  }
}

export function shellHistory(c, d) {
  const r = c.r;
  const zsh = r.chance(0.35);
  let n = r.int(300, 2000);
  const line = (...x) => { c.tick(2000, 600000); if (zsh) d.line(': ', L('timestamp', c.clock.epoch()), ':0;', ...x); else d.line(String(n++).padStart(5, ' '), '  ', ...x); };
  if (!zsh && r.chance(0.5)) d.line('$ history | tail -n 40');
  const cmds = r.shuffle([
    () => { const s = c.sec(); line('export ', s.key('SNAKE'), '=', s.span); },
    () => { const s = c.sec(); line('export ', s.key('SNAKE'), '="', s.span, '"'); },
    () => line('mysql -h ', c.host(), ' -u root -p', S('CLI_PASSWORD_ARGUMENT', c.pw()), ' orders'),
    () => line('PGPASSWORD=', S('DATABASE_PASSWORD', c.pw()), ' psql -h ', c.host(), ' -U app -d orders -c "select count(*) from refunds"'),
    () => line("sshpass -p '", S('CLI_PASSWORD_ARGUMENT', c.pw(r.pick(['human', 'machine']))), "' ssh ", r.pick(['root', 'admin', 'deploy']), '@', c.host()),
    () => line('curl -u ', r.pick(['admin', 'elastic', 'ops']), ':', S('CLI_PASSWORD_ARGUMENT', c.pw('url')), ` https://${c.host('fqdn')}:9200/_cat/indices`),
    () => { const s = c.sec((x) => x.h === 'bearer'); line('curl -H "Authorization: Bearer ', s.span, `" https://${c.host('fqdn')}/v2/orders?limit=5`); },
    () => { const s = c.sec((x) => !!x.h && x.h !== 'bearer'); const [hn, pre] = c.authHeader(s.spec); line("curl -s -H '", hn, ': ', pre, s.span, `' https://${c.host('fqdn')}/api/v1/status`); },
    () => line('git clone https://', r.pick(['oauth2', 'x-access-token', c.person().user]), ':', c.sec((s) => s.e.startsWith('GITHUB_') || s.e.startsWith('GITLAB_')).span, `@git.${c.dom}/platform/infra.git`),
    () => line('docker login -u ', r.pick(['ci', 'deploy']), ' -p ', S('CLI_PASSWORD_ARGUMENT', c.pw()), ` registry.${c.dom}`),
    () => line('aws configure set aws_secret_access_key ', c.mk('AWS_SECRET_ACCESS_KEY').span),
    () => line('vault login ', c.mk(r.pick(['VAULT_SERVICE_TOKEN', 'VAULT_BATCH_TOKEN'])).span),
    () => line('kubectl create secret generic app-env --from-literal=', r.pick(['password', 'DB_PASSWORD']), '=', S('DATABASE_PASSWORD', c.pw()), ' -n ', r.pick(['prod', 'payments'])),
    () => line("echo '", S('ADMIN_PASSWORD', c.pw('human')), "' | sudo -S systemctl restart ", r.pick(['nginx', 'orders-api', 'pgbouncer'])),
    () => line('redis-cli -h ', c.host(), ' -a ', S('REDIS_PASSWORD', c.pw()), ' --no-auth-warning info keyspace'),
    () => line('openssl pkcs12 -export -in cert.pem -inkey key.pem -out store.p12 -passout pass:', S('KEYSTORE_PASSWORD', c.pw())),
    () => line('htpasswd -bc /etc/nginx/.htpasswd ', r.pick(['ops', 'grafana']), ' ', S('CLI_PASSWORD_ARGUMENT', c.pw('human'))),
    () => line('git log -1 --format=%H  # ', L('git_sha', V.gitSha(r))),
    () => line('docker pull ', `registry.${c.dom}/api@`, L('digest', V.digest(r))),
    () => line('kubectl -n prod logs ', L('pod_name', V.podName(r)), ' --since=1h | grep ', L('request_id', V.requestId(r))),
    () => line('gh auth login --with-token <<< ', c.mk('GITHUB_PERSONAL_ACCESS_TOKEN').span),
    () => line('export AWS_ACCESS_KEY_ID=', L('aws_example_key', V.AWS_EXAMPLES[0]), '  # from the docs, for the localstack test'),
    () => line('ssh-keygen -t ed25519 -C "', c.person().email(), '"'),
    () => line('az login --service-principal -u ', L('uuid', V.uuid4(r)), ' -p ', c.mk('AZURE_AD_CLIENT_SECRET').span, ' --tenant ', L('uuid', V.uuid4(r))),
    () => line('mongosh "', c.urlCred('mongodb+srv', 'DATABASE_PASSWORD', r.pick(['app', 'admin']), c.pw('url'), { host: `cluster0.${r.str(LOWER + DIGITS, 5)}.mongo.${c.tld}`, path: '/orders' }), '"'),
    () => line('ls -la', ''),
    () => line('cd ~/src/', r.pick(['orders-api', 'infra', 'billing'])),
  ]);
  for (const f of cmds) { if (d.size > r.int(2800, 3500)) break; f(); }
}

const CODE = {
  py: (c, d) => {
    const r = c.r; const s1 = c.sec(), s2 = c.sec();
    const au = c.person({ domain: c.dom });
    d.line('"""Nightly export of refunds to the warehouse.').line('').line('Author: ', au.name(), ' <', au.email(), '>').line('"""');
    d.line('import os').line('import requests').line('import psycopg').line('import sentry_sdk').line('');
    if (r.chance(0.5)) d.line('sentry_sdk.init(dsn="https://', c.mk('SENTRY_DSN_KEY').span, `@o${r.int(100000, 999999)}.ingest.sentry.example/${r.int(1000000, 9999999)}", traces_sample_rate=0.1)`);
    d.line(s1.key('SNAKE'), ' = os.getenv("', s1.key('SNAKE'), '", "', s1.span, '")  # fallback for local runs');
    d.line(s2.key('SNAKE'), ' = "', s2.span, '"');
    d.line('DSN = "', c.urlCred('postgresql', 'DATABASE_PASSWORD', 'etl', c.pw('url'), { port: 5432, path: '/warehouse' }), '"');
    d.line('TEST_CARD = "', L('vendor_test_card', V.vendorTestCard(r)), '"  # processor sandbox card');
    if (r.chance(0.5)) d.line('BAD_SSN_FIXTURE = "', L('invalid_ssn', V.invalidSsn(r)), '"  # must be rejected by the validator');
    if (r.chance(0.4)) d.line('BAD_IBAN_FIXTURE = "', L('invalid_iban', V.invalidIban(r)), '"');
    d.line('').line('def push(rows):').line('    resp = requests.post(').line(`        "https://ingest.${c.dom}/v1/batch",`);
    const s3 = c.sec((x) => x.h === 'bearer');
    d.line('        headers={"Authorization": "Bearer ', s3.span, '", "X-Request-Id": "', L('request_id', V.uuid4(r)), '"},');
    d.line('        json=rows, timeout=30)').line('    resp.raise_for_status()');
  },
  ts: (c, d) => {
    const r = c.r; const s1 = c.sec(), s2 = c.sec();
    d.line(`// src/lib/clients.ts — last touched by `, c.person().name()).line("import Stripe from 'stripe';").line("import { WebClient } from '@slack/web-api';").line('');
    d.line('const ', s1.key('camel'), " = process.env.", s1.key('SNAKE'), " ?? '", s1.span, "';");
    d.line('export const config = {');
    d.line('  ', s2.key('camel'), ": '", s2.span, "',");
    d.line("  publishableKey: '", L('public_key', V.publishableKey(r)), "',");
    d.line("  brand: '", L('hex_color', V.hexColor(r)), "',");
    if (r.chance(0.5)) d.line("  logo: '", L('data_uri', V.dataUri(r)), "',");
    d.line("  release: '", L('version', V.version(r)), "',").line('};');
    if (r.chance(0.6)) { const s = c.sec((x) => x.vendor); d.line("const client = new Client({ apiKey: '", s.span, "' });"); }
  },
  go: (c, d) => {
    const r = c.r; const s1 = c.sec(), s2 = c.sec();
    d.line('package config').line('').line('// Defaults for local development. TODO(', c.person().user, '): remove before GA.').line('var Defaults = Settings{');
    d.line('\t', s1.key('Pascal'), ': "', s1.span, '",').line('\t', s2.key('Pascal'), ': "', s2.span, '",');
    d.line('\tDatabaseURL: "', c.urlCred('postgres', 'DATABASE_PASSWORD', 'app', c.pw('url'), { port: 5432, path: '/app?sslmode=disable' }), '",');
    d.line('\tTraceSampleID: "', L('trace_id', V.traceId(r)), '",').line('}');
  },
  java: (c, d) => {
    const r = c.r; const s1 = c.sec();
    d.line('package com.', c.slug, '.payments;').line('').line('/**').line(' * @author ', c.person().name()).line(' */').line('public final class GatewayConfig {');
    d.line('    static final String ', s1.key('SNAKE'), ' = "', s1.span, '";');
    d.line('    static final String JDBC = "jdbc:mysql://', c.host(), ':3306/payments?user=pay&password=', S('DATABASE_PASSWORD', c.pw('url')), '";');
    d.line('    static final String SANDBOX_CARD = "', L('vendor_test_card', V.vendorTestCard(r)), '";').line('    static final String MERCHANT_REF = "', L('crm_id', V.crmId(r)), '";').line('}');
  },
  cs: (c, d) => {
    const r = c.r; const s1 = c.sec();
    d.line('// Program.cs').line('var builder = WebApplication.CreateBuilder(args);');
    d.line('builder.Services.AddHttpClient("partner", c => c.DefaultRequestHeaders.Add("', r.pick(['X-Api-Key', 'Ocp-Apim-Subscription-Key', 'X-Partner-Token']), '", "', s1.span, '"));');
    d.line('const string conn = "Server=', c.host(), ';Database=Shop;User Id=shop;Password=', c.mk('DATABASE_PASSWORD').span, ';";');
  },
  rb: (c, d) => {
    const r = c.r; const s1 = c.sec();
    d.line('# config/initializers/integrations.rb').line(s1.key('Pascal').replace(/^./, (x) => x.toUpperCase()), ".api_key = ENV.fetch('", s1.key('SNAKE'), "', '", s1.span, "')");
    d.line("Rails.application.config.secret_key_base = '", c.mk('RAILS_SECRET_KEY_BASE').span, "'");
  },
  php: (c, d) => {
    const r = c.r; const s1 = c.sec();
    d.line('<?php').line('// wp-config.php (excerpt)').line("define( 'DB_NAME', 'shop' );").line("define( 'DB_USER', 'shop' );").line("define( 'DB_PASSWORD', '", c.mk('DATABASE_PASSWORD').span, "' );");
    d.line("define( 'DB_HOST', '", c.host(), "' );").line("define( 'AUTH_KEY', '", c.mk('SESSION_SECRET').span, "' );").line("define( '", s1.key('SNAKE'), "', '", s1.span, "' );");
  },
  rs: (c, d) => {
    const r = c.r; const s1 = c.sec();
    d.line('// src/main.rs').line('const ', s1.key('SNAKE'), ': &str = "', s1.span, '";').line('const BUILD: &str = "', L('git_sha', V.gitSha(r)), '";');
    d.line('let client = reqwest::Client::builder().default_headers(headers).build()?;');
  },
};
export function sourceCode(c, d) {
  const r = c.r;
  const langs = r.sample(Object.keys(CODE), r.int(2, 4));
  for (const l of langs) { if (d.size > 2700) break; if (langs.length > 1) d.line(`==> ${l === 'py' ? 'export.py' : l === 'ts' ? 'clients.ts' : l === 'go' ? 'defaults.go' : l === 'java' ? 'GatewayConfig.java' : l === 'cs' ? 'Program.cs' : l === 'rb' ? 'integrations.rb' : l === 'php' ? 'wp-config.php' : 'main.rs'} <==`); CODE[l](c, d); d.line(''); }
}

export function manifestLock(c, d) {
  const r = c.r;
  const which = r.pick(['npm', 'yarn', 'poetry', 'gosum', 'docker']);
  const pkgs = ['left-pad-ng', 'fast-retry', 'tiny-ledger', 'date-fnz', 'qs-lite', 'uuid-tools', 'zod-lite', 'cbor-x2', 'pino-lite', 'undici-ext'];
  if (which === 'npm') {
    d.line('{').line(`  "name": "@${c.slug}/web",`).line('  "version": "', L('version', V.version(r)), '",').line('  "lockfileVersion": 3,').line('  "packages": {');
    for (const p of r.sample(pkgs, r.int(4, 7))) {
      d.line(`    "node_modules/${p}": {`).line('      "version": "', L('version', V.version(r).replace(/^v/, '')), '",');
      d.line(`      "resolved": "https://npm.pkgs.${c.dom}/${p}/-/${p}-1.0.0.tgz",`).line('      "integrity": "', L('integrity', V.integrity(r)), '"').line('    },');
    }
    d.line('  }').line('}');
    d.line('$ cat .npmrc').line(`//npm.pkgs.${c.dom}/:_authToken=`, c.mk('NPM_ACCESS_TOKEN').span);
  } else if (which === 'yarn') {
    for (const p of r.sample(pkgs, r.int(4, 8))) {
      const v = V.version(r).replace(/^v/, '');
      d.line(`"${p}@^${v.split('.')[0]}.0.0":`).line('  version "', L('version', v), '"').line(`  resolved "https://npm.pkgs.${c.dom}/${p}/-/${p}-${v}.tgz#`, L('hash', r.str(HEX, 40)), '"').line('  integrity ', L('integrity', V.integrity(r))).line('');
    }
    d.line('# .yarnrc.yml').line(`npmRegistryServer: "https://npm.pkgs.${c.dom}"`).line('npmAuthToken: "', c.sec((s) => ['NPM_ACCESS_TOKEN', 'JFROG_ACCESS_TOKEN', 'GENERIC_API_KEY_BASE62'].includes(s.e)).span, '"');
  } else if (which === 'poetry') {
    for (const p of r.sample(pkgs, r.int(3, 5))) {
      d.line('[[package]]').line(`name = "${p.replace(/-/g, '_')}"`).line('version = "', L('version', V.version(r).replace(/^v/, '')), '"').line('files = [');
      d.line(`    {file = "${p}-1.0.tar.gz", hash = "sha256:`, L('hash', r.str(HEX, 64)), '"},').line(']').line('');
    }
    d.line('[[tool.poetry.source]]').line('name = "internal"').line('url = "', c.urlCred('https', 'URL_EMBEDDED_PASSWORD', 'ci', c.pw('url'), { host: `pypi.pkgs.${c.dom}`, path: '/simple/' }), '"');
  } else if (which === 'gosum') {
    for (const p of r.sample(pkgs, r.int(5, 9))) {
      const v = V.version(r); const mod = `go.${c.dom}/lib/${p}`;
      d.line(mod, ' ', L('version', v), ' h1:', L('hash', r.bytes(32).toString('base64')));
      d.line(mod, ' ', L('version', v), '/go.mod h1:', L('hash', r.bytes(32).toString('base64')));
    }
    d.line('$ git config --global url."https://', c.person().user, ':', c.sec((s) => s.e.startsWith('GITHUB_') || s.e.startsWith('GITLAB_')).span, `@go.${c.dom}/".insteadOf "https://go.${c.dom}/"`);
  } else {
    d.line('# syntax=docker/dockerfile:1').line('FROM node:', L('version', `20.${r.int(10, 19)}.${r.int(0, 3)}`), '-alpine@', L('digest', V.digest(r)), ' AS build');
    d.line('ARG NPM_TOKEN=', c.mk('NPM_ACCESS_TOKEN').span).line(`RUN echo "//npm.pkgs.${c.dom}/:_authToken=\${NPM_TOKEN}" > .npmrc && npm ci`);
    const s = c.sec(); d.line('ENV ', s.key('SNAKE'), '=', s.span);
    d.line('LABEL org.opencontainers.image.revision="', L('git_sha', V.gitSha(r)), '" org.opencontainers.image.version="', L('version', V.version(r)), '"');
    d.line('COPY --from=build /app/dist /srv').line('HEALTHCHECK CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1');
  }
}
