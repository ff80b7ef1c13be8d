// Ops document kinds (part 1): deploy logs, CI output, container CLI, cloud CLI, DB dumps.
import { Ctx, S, P, L, Doc, frag, PI, kvLine, pemSpan, urlPassword, plainSecret, tokenSecret, anyPassword, machinePassword, humanPassword, SECRET_BY, CULTURES, fill, Clock, shQ } from './common.mjs';
import { LOOK } from './lookalikes.mjs';
import { CONFIG_DEFS } from './secrets.mjs';

const BUDGET = 3700;
const svcName = (r) => r.pick(['billing-api', 'checkout', 'ledger-sync', 'crm-web', 'payroll-batch', 'notifier', 'search-indexer', 'booking-core', 'claims-portal', 'hr-connect']);
const REG = ['registry.corp.example', 'cr.trellis.example', 'images.internal.test', 'harbor.ops.example'];
const regHost = (r) => L('hostname', r.pick(REG));
const envKey = (k) => k.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
const cfgDef = (c, tag = 'cfg') => c.secDef(tag, (d) => d.keys.length > 0);
const b64 = (s) => Buffer.from(s).toString('base64');

// ------------------------------------------------------------------ deploy_log
export function deploy_log(r) {
  const c = new Ctx(r, 'en'); const d = new Doc(); const svc = svcName(r);
  const who = c.person(); const ver = LOOK.version(r); const sha = r.hex(40);
  const host = () => c.lk('hostname');
  const v = r.int(4);
  if (v === 0) { // ansible-like
    d.line(`PLAY [deploy ${svc}] `, '*'.repeat(r.range(40, 70)));
    d.line();
    d.line('TASK [Gathering Facts] ', '*'.repeat(r.range(40, 60)));
    const hosts = Array.from({ length: r.range(2, 4) }, () => LOOK.hostname(r));
    for (const h of hosts) d.line('ok: [', L('hostname', h), ']');
    d.line();
    d.line('TASK [app : render environment file] ', '*'.repeat(30));
    for (let i = 0; i < r.range(4, 8); i++) {
      const def = cfgDef(c); const sp = S(def.e, plainSecret(r, def.gen).replace(/'/g, ''));
      d.line('changed: [', L('hostname', r.pick(hosts)), "] => (item={'key': '", r.pick(def.keys), "', 'value': '", sp, "'})");
    }
    d.line();
    d.line('TASK [docker : login to registry] ', '*'.repeat(28));
    const rp = plainSecret(r, machinePassword);
    d.line('ok: [', L('hostname', hosts[0]), '] => {"changed": false, "login_result": {"username": "deploy", "password": "', S('CLI_PASSWORD', rp), '", "serveraddress": "', regHost(r), '"}}');
    d.line();
    d.line('TASK [app : pull image] ', '*'.repeat(30));
    d.line('changed: [', L('hostname', hosts[0]), '] => {"image": "', regHost(r), `/${svc}@`, c.lk('digest'), '"}');
    d.line();
    d.line('TASK [notify : post to chat] ', '*'.repeat(26));
    d.line('ok: [localhost] => {"msg": "deployed ', L('version', ver), ' (', L('git_sha', sha.slice(0, 8)), ') by ', c.N(who, 'full'), '"}');
    d.line();
    d.line('PLAY RECAP ', '*'.repeat(50));
    for (const h of hosts) d.line(L('hostname', h), `   : ok=${r.range(8, 30)}   changed=${r.range(1, 6)}   unreachable=0    failed=0    skipped=${r.range(0, 4)}`);
  } else if (v === 1) { // helm
    const pw = plainSecret(r, anyPassword);
    const [o, cq] = shQ(r, pw);
    d.line('$ helm upgrade --install ', svc, ` charts/${svc} -n prod --set image.tag=`, L('version', ver), ' --set postgresql.auth.password=', o, S('DATABASE_PASSWORD', pw), cq, ' --wait');
    d.line(`Release "${svc}" has been upgraded. Happy Helming!`);
    d.line('NAME: ', svc);
    d.line('LAST DEPLOYED: ', L('timestamp', c.clock.gitDate()));
    d.line('NAMESPACE: prod');
    d.line('STATUS: deployed');
    d.line('REVISION: ', L('build_number', String(r.range(12, 380))));
    d.line('NOTES:');
    d.line(`1. Get the application URL by running these commands:`);
    d.line(`  export POD_NAME=$(kubectl get pods -n prod -l "app=${svc}" -o jsonpath="{.items[0].metadata.name}")`);
    d.line('2. The admin password was set to: ', S('ADMIN_PASSWORD', plainSecret(r, anyPassword)));
    d.line();
    d.line(`$ helm get values ${svc} -n prod`);
    d.line('USER-SUPPLIED VALUES:');
    for (let i = 0; i < r.range(4, 8); i++) { const def = cfgDef(c, 'helmv'); d.add(kvLine(r, 'yaml', r.pick(def.keys).replace(/[^A-Za-z0-9]+/g, '_').toLowerCase(), S(def.e, plainSecret(r, def.gen)))); }
    d.line();
    d.line(`$ kubectl rollout status deploy/${svc} -n prod`);
    for (let i = 1; i <= r.range(2, 4); i++) d.line(`Waiting for deployment "${svc}" rollout to finish: ${i} of 4 updated replicas are available...`);
    d.line(`deployment "${svc}" successfully rolled out`);
    d.line();
    d.line(`$ kubectl get pods -n prod -l app=${svc} -o wide`);
    d.line('NAME                              READY   STATUS    RESTARTS   AGE   IP            NODE');
    for (let i = 0; i < r.range(2, 4); i++) d.line(`${svc}-${r.str('bcdfghjklmnpqrstvwxz2456789', 10)}-${r.str('bcdfghjklmnpqrstvwxz2456789', 5)}   1/1     Running   0          ${r.range(5, 90)}s   ${PI.privateIp(r)}   `, L('hostname', LOOK.hostname(r)));
    d.line();
    d.line('# approved by ', c.N(c.person()), ' in ', c.lk('ticket_id'));
  } else if (v === 2) { // bash set -x
    d.line('[', L('timestamp', c.clock.isoS()), `] deploy.sh starting for ${svc} (triggered by `, c.N(who, 'full'), ' <', c.E(who), '>)');
    for (let i = 0; i < r.range(3, 7); i++) { const def = cfgDef(c, 'bashx'); d.line('+ export ', envKey(r.pick(def.keys)), '=', S(def.e, tokenSecret(r, def.gen))); }
    d.line('+ git fetch --tags origin');
    d.line('+ git checkout ', L('git_sha', sha));
    d.line('HEAD is now at ', L('git_sha', sha.slice(0, 7)), ' ', r.pick(['fix rounding in VAT export', 'bump deps', 'add retry to webhook sender', 'translate invoice footer']));
    const rp = plainSecret(r, machinePassword);
    const [o, cq] = shQ(r, rp);
    d.line('+ docker login -u ci-bot -p ', o, S('CLI_PASSWORD', rp), cq, ' ', regHost(r));
    d.line('WARNING! Using --password via the CLI is insecure. Use --password-stdin.');
    d.line('Login Succeeded');
    d.line('+ docker pull ', regHost(r), `/${svc}:`, L('version', ver));
    d.line(L('version', ver), ': Pulling from ', svc);
    d.line('Digest: ', c.lk('digest'));
    d.line("+ curl -fsS -X POST -H 'Authorization: Bearer ", S('BEARER_TOKEN', SECRET_BY.BEARER_TOKEN.gen(r)), `' https://deploy.corp.example/api/v2/releases -d '{"service":"${svc}","sha":"`, L('git_sha', sha), '"}\'');
    d.line('{"id":"', c.lk('uuid'), '","status":"queued","eta_s":', String(r.range(20, 300)), '}');
    d.line("+ curl -s -X POST https://hooks.slack.example/services/", c.sec('SLACK_WEBHOOK_SECRET'), ` -d '{"text":"${svc} `, L('version', ver), ' is live"}\'');
    d.line('ok');
    d.line('[', L('timestamp', c.clock.step(30, 400).isoS()), '] done in ', String(r.range(40, 500)), 's');
  } else { // fabric-like with env dump
    const hosts = Array.from({ length: r.range(2, 3) }, () => LOOK.hostname(r));
    for (const h of hosts) {
      d.line('[', L('hostname', h), '] Executing task \'deploy\'');
      d.line('[', L('hostname', h), `] run: systemctl restart ${svc}`);
    }
    d.line('[', L('hostname', hosts[0]), '] run: printenv | sort');
    const n = r.range(8, 14);
    for (let i = 0; i < n; i++) {
      const def = cfgDef(c); const sp = S(def.e, plainSecret(r, def.gen));
      d.line('[', L('hostname', hosts[0]), '] out: ', envKey(r.pick(def.keys)), '=', sp);
    }
    d.line('[', L('hostname', hosts[0]), '] out: HOSTNAME=', L('hostname', hosts[0]));
    d.line('[', L('hostname', hosts[0]), '] out: APP_VERSION=', L('version', ver));
    d.line();
    d.line('Done. Deployed ', L('git_sha', sha.slice(0, 10)), ' at ', L('timestamp', c.clock.sql()), '. On-call: ', c.N(c.person(), 'full'), ' (', c.Ph(), ')');
    d.line('Disconnecting from ', L('hostname', hosts[0]), '... done.');
  }
  return d;
}

// ------------------------------------------------------------------ ci_output
export function ci_output(r) {
  const c = new Ctx(r, 'en'); const d = new Doc(); const v = r.int(3);
  const ts = () => L('timestamp', c.clock.step(0, 9).iso().replace('Z', r.hex(4).replace(/[a-f]/g, '0') + 'Z'));
  const author = c.person();
  if (v === 0) { // actions-like
    d.line(ts(), ' ##[group]Run actions/checkout@', L('git_sha', r.hex(40)));
    d.line(ts(), ' Syncing repository: platform/', svcName(r));
    d.line(ts(), ' ##[endgroup]');
    d.line(ts(), ' ##[group]Run npm ci');
    d.line(ts(), ' npm ci');
    d.line(ts(), ' shell: /usr/bin/bash -e {0}');
    d.line(ts(), ' env:');
    d.line(ts(), '   NODE_AUTH_TOKEN: ', L('placeholder', '***'));
    d.line(ts(), '   REGISTRY_URL: https://pkgs.internal.example/npm/');
    d.line(ts(), ' ##[endgroup]');
    d.line(ts(), ` added ${r.range(300, 1800)} packages in ${r.range(8, 60)}s`);
    d.line(ts(), ' ##[group]Run ./scripts/debug-env.sh');
    const n = r.range(6, 11);
    for (let i = 0; i < n; i++) { const def = cfgDef(c, 'ci'); d.line(ts(), ' ', envKey(r.pick(def.keys)), '=', S(def.e, plainSecret(r, def.gen))); }
    d.line(ts(), ' ##[endgroup]');
    d.line(ts(), ' ##[warning]Secret ', L('env_reference', '${{ secrets.NPM_TOKEN }}'), ' is not masked in debug output');
    d.line(ts(), ` Tests: ${r.range(100, 900)} passed, ${r.range(0, 3)} skipped`);
    d.line(ts(), ' Cache saved with key: node-modules-', c.lk('hash'));
    d.line(ts(), ' Test fixture payload (base64): ', c.lk('encoded_data'));
    d.line(ts(), ' Commit author: ', c.N(author, 'full'), ' <', c.E(author), '>');
  } else if (v === 1) { // gitlab-like
    d.line('Running with gitlab-runner ', L('version', `${r.range(15, 17)}.${r.range(0, 11)}.${r.range(0, 3)}`), ' (', L('git_sha', r.hex(8)), ')');
    d.line('  on shared-runner-', String(r.range(1, 9)), ' ', r.str('abcdefghijkmnpqrstuvwxyz', 8));
    d.line('Preparing the "docker" executor');
    d.line('Using docker image ', c.lk('digest'), ' for python:3.12-slim ...');
    d.line('Getting source from Git repository');
    d.line('Fetching changes with git depth set to 20...');
    d.line('Checking out ', L('git_sha', r.hex(8)), ' as detached HEAD (ref is main)...');
    d.line('Executing "step_script" stage of the job script');
    d.line('$ pip install --index-url https://ci:', S('URL_EMBEDDED_PASSWORD', urlPassword(r, machinePassword)), '@pkgs.internal.example/simple -r requirements.txt');
    d.line(`Successfully installed ${r.range(20, 90)} packages`);
    d.line('$ pytest -q --maxfail=1');
    d.line('.'.repeat(r.range(30, 70)), ` [100%]`);
    d.line(`${r.range(60, 400)} passed in ${r.range(3, 90)}.${r.range(10, 99)}s`);
    d.line('$ env | grep -E "TOKEN|KEY|PASS" | sort');
    for (let i = 0; i < r.range(4, 8); i++) { const def = cfgDef(c, 'cienv'); d.line(envKey(r.pick(def.keys)), '=', S(def.e, tokenSecret(r, def.gen))); }
    d.line('$ echo "deploying with token $DEPLOY_TOKEN"');
    d.line('deploying with token ', c.sec('GITLAB_DEPLOY_TOKEN'));
    d.line('$ twine upload --repository-url https://pkgs.internal.example/upload -u __token__ -p ', L('env_reference', '$PKG_TOKEN'), ' dist/*');
    d.line('Uploading ', svcName(r).replace('-', '_'), '-', L('version', LOOK.version(r).replace(/^v/, '')), '-py3-none-any.whl');
    d.line('Cleaning up project directory and file based variables');
    d.line('Job succeeded');
  } else { // jenkins-like
    d.line('Started by user ', c.N(author, 'full'));
    d.line('Running in Durability level: MAX_SURVIVABILITY');
    d.line('[Pipeline] Start of Pipeline');
    d.line('[Pipeline] node');
    d.line('Running on build-agent-', String(r.range(1, 12)), ' in /var/lib/jenkins/workspace/', svcName(r));
    d.line('[Pipeline] withCredentials');
    d.line('Masking supported pattern matches of $NEXUS_PASSWORD or $SIGNING_KEY');
    d.line('[Pipeline] sh');
    d.line('+ ./gradlew publish -PnexusUser=ci -PnexusPassword=', L('placeholder', '****'));
    d.line('> Task :compileJava UP-TO-DATE');
    d.line('> Task :test');
    d.line(`BUILD SUCCESSFUL in ${r.range(20, 300)}s`);
    d.line('[Pipeline] sh');
    const tok = c.sec(r.pick(['SONARQUBE_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'JFROG_ACCESS_TOKEN', 'BUILDKITE_API_TOKEN', 'CIRCLECI_TOKEN']));
    d.line('+ curl -sf -H "Authorization: token ', tok, '" https://ci-proxy.corp.example/status');
    d.line('[Pipeline] sh');
    d.line('+ set -x; cat build.properties');
    for (let i = 0; i < r.range(4, 8); i++) { const def = cfgDef(c, 'jenk'); d.add(kvLine(r, 'props', r.pick(def.keys).toLowerCase().replace(/[^a-z0-9]+/g, '.'), S(def.e, tokenSecret(r, def.gen)))); }
    d.line('[Pipeline] archiveArtifacts');
    d.line('Archiving artifacts: build/libs/app-', L('version', LOOK.version(r).replace(/^v/, '')), '.jar (sha256 ', c.lk('hash'), ')');
    d.line('[Pipeline] mail');
    const rc = c.person();
    d.line('Sending e-mail to: ', c.E(rc), ', ', c.E(c.person()));
    d.line('Build ', c.lk('build_number'), ' finished at ', L('timestamp', c.clock.rfc2822()));
    d.line('Finished: SUCCESS');
  }
  return d;
}

// ------------------------------------------------------------------ container_cli
export function container_cli(r, i = 0) {
  const c = new Ctx(r, 'en'); const d = new Doc(); const v = (i + r.int(2)) % 4; const svc = svcName(r);
  if (v === 0) { // kubectl get secret -o yaml
    d.line(`$ kubectl get secret ${svc}-credentials -n ${r.pick(['prod', 'payments', 'hr', 'default'])} -o yaml`);
    d.line('apiVersion: v1');
    d.line('data:');
    const keys = r.sample(['DB_PASSWORD', 'REDIS_PASSWORD', 'SMTP_PASSWORD', 'API_KEY', 'JWT_SECRET', 'password', 'username', 'stripe-key', 'LDAP_BIND', 'ADMIN_PASS', 'sftp-password'], r.range(5, 9));
    for (const k of keys) {
      if (k === 'username') { d.line('  ', k, ': ', b64(r.pick(['app', 'svc_billing', 'hr_reader']))); continue; }
      d.line('  ', k, ': ', S('KUBERNETES_SECRET_DATA', b64(plainSecret(r, anyPassword))));
    }
    if (r.chance(0.5)) {
      const kp = pemSpan(r, 'EC_PRIVATE_KEY'); // raw PEM, base64 in data
      d.line('  tls.key: ', S('KUBERNETES_SECRET_DATA', b64(kp[0].value + '\n')));
    }
    d.line('kind: Secret');
    d.line('metadata:');
    d.line('  creationTimestamp: "', L('timestamp', c.clock.isoS()), '"');
    d.line(`  name: ${svc}-credentials`);
    d.line('  resourceVersion: "', c.lk('k8s_resource_version'), '"');
    d.line('  uid: ', c.lk('uuid'));
    d.line('type: Opaque');
  } else if (v === 1) { // docker inspect
    d.line(`$ docker inspect ${svc} --format '{{json .Config}}' | jq .`);
    d.line('{');
    d.line('  "Hostname": "', c.lk('container_id'), '",');
    d.line('  "User": "app",');
    d.line('  "Env": [');
    const n = r.range(7, 13);
    for (let i = 0; i < n; i++) { const def = cfgDef(c, 'docker'); d.line('    "', envKey(r.pick(def.keys)), '=', S(def.e, plainSecret(r, def.gen)), '",'); }
    d.line('    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",');
    d.line('    "APP_VERSION=', c.lk('version'), '"');
    d.line('  ],');
    d.line('  "Image": "', regHost(r), `/${svc}@`, c.lk('digest'), '",');
    d.line('  "Labels": {');
    d.line('    "org.opencontainers.image.revision": "', c.lk('git_sha'), '",');
    const m = c.person();
    d.line('    "maintainer": "', c.N(m, 'full'), ' <', c.E(m), '>"');
    d.line('  }');
    d.line('}');
  } else if (v === 2) { // docker config.json
    d.line('$ cat ~/.docker/config.json');
    d.line('{');
    d.line('  "auths": {');
    const n = r.range(2, 3); const hosts = r.sample(REG, n);
    hosts.forEach((h, i) => { d.line('    "', L('hostname', h), '": {'); d.line('      "auth": "', c.sec('DOCKER_REGISTRY_AUTH'), '"'); d.line('    }' + (i < n - 1 ? ',' : '')); });
    d.line('  },');
    d.line('  "credHelpers": {},');
    d.line('  "credsStore": "', r.pick(['desktop', 'pass', 'osxkeychain']), '",');
    d.line('  "currentContext": "default"');
    d.line('}');
    d.line();
    d.line('$ docker-credential-', r.pick(['pass', 'secretservice']), ' list');
    d.line('{"https://', L('hostname', r.pick(REG)), '":"ci-bot"}');
    d.line('$ echo https://', L('hostname', r.pick(REG)), ' | docker-credential-pass get');
    d.line('{"ServerURL":"https://', L('hostname', r.pick(REG)), '","Username":"ci-bot","Secret":"', c.sec('DOCKER_HUB_TOKEN'), '"}');
    d.line('$ docker ps --format "table {{.ID}}\\t{{.Image}}\\t{{.Status}}"');
    d.line('CONTAINER ID   IMAGE                                   STATUS');
    for (let i = 0; i < r.range(3, 6); i++) d.line(L('container_id', r.hex(12)), '   ', L('hostname', r.pick(hosts)), `/${svcName(r)}:`, L('version', LOOK.version(r)), `   Up ${r.range(2, 50)} hours`);
  } else { // kubectl describe pod
    d.line(`$ kubectl describe pod ${svc}-${r.str('bcdfghjklmnpqrstvwxz2456789', 10)}-${r.str('bcdfghjklmnpqrstvwxz2456789', 5)} -n prod`);
    d.line('Name:             ', svc);
    d.line('Namespace:        prod');
    d.line('Node:             ', L('hostname', LOOK.hostname(r)), '/', PI.privateIp(r));
    d.line('Start Time:       ', L('timestamp', c.clock.rfc2822()));
    d.line('IP:               ', PI.privateIp(r));
    d.line('Containers:');
    d.line('  app:');
    d.line('    Container ID:   containerd://', c.lk('container_id'));
    d.line('    Image:          ', regHost(r), `/${svc}:`, c.lk('version'));
    d.line('    Image ID:       ', regHost(r), `/${svc}@`, c.lk('digest'));
    d.line('    Environment:');
    const n = r.range(7, 12);
    for (let i = 0; i < n; i++) {
      if (r.chance(0.2)) { d.line('      ', r.pick(['DB_PASSWORD', 'API_TOKEN']), ':  <set to the key \'password\' in secret \'', svc, '\'>  Optional: false'); continue; }
      const def = cfgDef(c, 'pod'); d.line('      ', envKey(r.pick(def.keys)), ':  ', S(def.e, plainSecret(r, def.gen)));
    }
    d.line('Events:');
    d.line('  Normal  Pulled   ', String(r.range(1, 50)), 'm   kubelet  Successfully pulled image in ', String(r.range(1, 9)), '.', String(r.range(100, 999)), 's');
  }
  return d;
}

// ------------------------------------------------------------------ cloud_cli
export function cloud_cli(r, i = 0) {
  const d = new Doc(); const a = (i + r.int(2)) % 7; let b = r.int(7); if (b === a) b = (b + 1) % 7;
  d.append(cloud_one(r, a)); d.line(); d.append(cloud_one(r, b));
  if (d.size() > 3900) return cloud_one(r, a);
  return d;
}
function cloud_one(r, v) {
  const c = new Ctx(r, 'en'); const d = new Doc();
  if (v === 0) {
    d.line(`$ aws sts assume-role --role-arn `, c.lk('arn'), ` --role-session-name ${r.pick(['etl', 'ci', 'audit'])}-${r.digits(4)}`);
    d.line('{');
    d.line('    "Credentials": {');
    d.line('        "AccessKeyId": "', c.sec('AWS_TEMPORARY_ACCESS_KEY'), '",');
    d.line('        "SecretAccessKey": "', c.sec('AWS_SECRET_KEY'), '",');
    d.line('        "SessionToken": "', c.sec('AWS_SESSION_TOKEN'), '",');
    d.line('        "Expiration": "', L('timestamp', c.clock.isoOff('+00:00')), '"');
    d.line('    },');
    d.line('    "AssumedRoleUser": {');
    d.line('        "AssumedRoleId": "AROA', r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17), ':etl",');
    d.line('        "Arn": "', c.lk('arn'), '"');
    d.line('    }');
    d.line('}');
  } else if (v === 1) {
    d.line('$ cat ~/.aws/credentials');
    const profs = r.sample(['default', 'prod-admin', 'billing', 'sandbox', 'legacy'], r.range(2, 3));
    for (const p of profs) {
      d.line(`[${p}]`);
      d.line('aws_access_key_id = ', c.sec('AWS_ACCESS_KEY'));
      d.line('aws_secret_access_key = ', c.sec('AWS_SECRET_KEY'));
      if (r.chance(0.3)) d.line('region = ', r.pick(['eu-central-1', 'us-east-1', 'ap-northeast-1']));
      d.line();
    }
    d.line('# docs sample, do not use:');
    d.line('# aws_access_key_id = ', L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE'));
    d.line('# aws_secret_access_key = ', L('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'));
    d.line();
    d.line('$ aws configure list');
    d.line('      Name                    Value             Type    Location');
    d.line('   profile                <not set>             None    None');
    d.line('access_key     ****************', r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 4), ' shared-credentials-file');
    d.line('secret_key     ****************', r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 4), ' shared-credentials-file');
  } else if (v === 2) {
    const bucket = r.pick(['invoices', 'hr-exports', 'claims-scans', 'payroll']) + '-' + r.hex(6);
    d.line(`$ aws s3 presign s3://${bucket}/${r.pick(['2024', '2025'])}/${r.pick(['statement', 'contract', 'scan'])}-${r.digits(6)}.pdf --expires-in 604800`);
    const cl = new Clock(r);
    d.line(`https://${bucket}.s3.storage.example/${r.pick(['2024', '2025'])}/doc.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=`, c.sec('AWS_ACCESS_KEY'), `%2F${cl.ymd().replace(/-/g, '')}%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=`, L('timestamp', cl.isoS().replace(/[-:]/g, '')), '&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=', c.sec('AWS_PRESIGNED_URL_SIGNATURE'));
    d.line();
    d.line('$ aws iam list-access-keys --user-name svc-export');
    d.line('{');
    d.line('    "AccessKeyMetadata": [');
    d.line('        {');
    d.line('            "UserName": "svc-export",');
    d.line('            "AccessKeyId": "', c.sec('AWS_ACCESS_KEY'), '",');
    d.line('            "Status": "Active",');
    d.line('            "CreateDate": "', L('timestamp', c.clock.isoS()), '"');
    d.line('        }');
    d.line('    ]');
    d.line('}');
    d.line('$ aws sts get-caller-identity --query Account --output text');
    d.line(L('cloud_resource_id', r.digits(12)));
  } else if (v === 3) {
    d.line(`$ az ad sp create-for-rbac --name ${svcName(r)}-deployer --role contributor --scopes /subscriptions/`, c.lk('uuid'));
    d.line('Creating \'contributor\' role assignment under scope \'/subscriptions/…\'');
    d.line('The output includes credentials that you must protect.');
    d.line('{');
    d.line('  "appId": "', c.lk('uuid'), '",');
    d.line(`  "displayName": "${svcName(r)}-deployer",`);
    d.line('  "password": "', c.sec('AZURE_CLIENT_SECRET'), '",');
    d.line('  "tenant": "', c.lk('uuid'), '"');
    d.line('}');
    d.line();
    d.line('$ az storage account keys list -g rg-data -n stdata', r.digits(4), ' -o table');
    d.line('CreationTime                      KeyName    Permissions    Value');
    for (const k of ['key1', 'key2']) d.line(L('timestamp', c.clock.step(1, 90000).iso().replace('Z', '+00:00')), '  ', k, '       FULL           ', c.sec('AZURE_STORAGE_ACCOUNT_KEY'));
  } else if (v === 4) {
    const sa = `${svcName(r)}@proj-${r.digits(6)}.iam.gserviceaccount.example`;
    d.line('$ gcloud iam service-accounts keys create key.json --iam-account=', P('EMAIL_ADDRESS', sa));
    const kid = c.sec('GCP_PRIVATE_KEY_ID');
    d.line('created key [', kid, '] of type [json]');
    d.line('$ cat key.json');
    d.line('{');
    d.line('  "type": "service_account",');
    d.line(`  "project_id": "proj-${r.digits(6)}",`);
    d.line('  "private_key_id": "', S('GCP_PRIVATE_KEY_ID', kid.value), '",');
    d.line('  "private_key": "', pemSpan(r, 'PKCS8_PRIVATE_KEY', 'json'), '",');
    d.line('  "client_email": "', P('EMAIL_ADDRESS', sa), '",');
    d.line('  "client_id": "', r.digits(21), '",');
    d.line('  "token_uri": "https://oauth2.googleapis.example/token"');
    d.line('}');
  } else if (v === 5) {
    d.line('$ gcloud auth print-access-token');
    d.line(c.sec('GCP_ACCESS_TOKEN'));
    d.line('$ gcloud config list');
    d.line('[core]');
    const u = c.person();
    d.line('account = ', c.E(u));
    d.line('project = proj-', r.digits(6));
    d.line('[compute]');
    d.line('region = ', r.pick(['europe-west3', 'us-central1', 'asia-northeast1']));
    d.line();
    d.line('$ gcloud compute instances list --format="table(name,zone,status,networkInterfaces[0].networkIP)"');
    d.line('NAME            ZONE             STATUS   NETWORK_IP');
    for (let i = 0; i < r.range(3, 6); i++) d.line(`${svcName(r)}-${r.range(1, 9)}   ${r.pick(['europe-west3-a', 'us-central1-b'])}   RUNNING  ${PI.privateIp(r)}`);
    d.line('$ curl -s -H "x-goog-api-key: ', c.sec('GCP_API_KEY'), '" "https://maps.api.example/geocode/json?latlng=', L('coordinates', `${(r.float() * 120 - 60).toFixed(5)},${(r.float() * 300 - 150).toFixed(5)}`), '"');
  }
  if (v === 6) {
    d.line(`$ aws secretsmanager get-secret-value --secret-id prod/${svcName(r)} --query SecretString --output text | jq .`);
    d.line('{');
    const n = r.range(4, 7);
    for (let i = 0; i < n; i++) { const def = cfgDef(c, 'sm'); d.line('  "', r.pick(def.keys).replace(/[^A-Za-z0-9_]+/g, '_'), '": "', S(def.e, plainSecret(r, def.gen)), '"', i < n - 1 ? ',' : ''); }
    d.line('}');
    d.line(`$ aws ssm get-parameters-by-path --path /${svcName(r)}/ --with-decryption --query "Parameters[].[Name,Value]" --output text`);
    for (let i = 0; i < r.range(3, 5); i++) { const def = cfgDef(c, 'ssm'); d.line(`/${svcName(r)}/`, r.pick(def.keys).toLowerCase().replace(/[^a-z0-9]+/g, '_'), '\t', S(def.e, tokenSecret(r, def.gen))); }
  }
  return d;
}

// ------------------------------------------------------------------ db_dump
const US_STATES = ['California', 'New York', 'Florida', 'Illinois', 'Texas', 'Washington', 'Pennsylvania', 'New Jersey', 'Michigan', 'Ohio', 'Colorado'];
export function db_dump(r, i = 0) {
  const lang = r.pick(['en', 'en', 'de', 'fr', 'es', 'pt', 'nl', 'pl', 'ja', 'tr']);
  const v = (i + r.int(2)) % 5;
  if (v === 4) { // KYC table of a US lender (psql \copy ... TO STDOUT WITH CSV HEADER)
    const c = new Ctx(r, 'en'); const d = new Doc();
    d.line("ledger=> \\copy (SELECT full_name, tax_id, dl_number, dl_state, passport_no, acct_no, city FROM kyc_applicants ORDER BY created_at DESC LIMIT 25) TO STDOUT WITH CSV HEADER");
    d.line('full_name,tax_id,dl_number,dl_state,passport_no,acct_no,city');
    fill(d, BUDGET - 40, () => {
      const p = c.person(r.pick(['en_us', 'en_us', 'es_mx', 'in_en', 'zh', 'ko', 'yo', 'vi', 'fil', 'ar'])); const dl = PI.driverLicense(r); const pl = c.place('US');
      const k = r.int(12); const tax = k < 8 ? P('US_SSN', PI.ssn(r)) : k < 11 ? P('US_ITIN', PI.itin(r)) : c.lk('invalid_ssn');
      return frag('"', c.N(p, r.pick(['full', 'formal'])), '",', tax, ',', P('US_DRIVER_LICENSE', dl.number), ',', P('LOCATION', dl.state), ',', r.chance(0.6) ? P('US_PASSPORT', PI.usPassport(r)) : '', ',', P('US_BANK_NUMBER', PI.bankAccount(r)), ',', P('LOCATION', pl.city), '\n');
    }, 25);
    d.line(`(${r.range(20, 25)} rows)`);
    return d;
  }
  const c = new Ctx(r, lang); const d = new Doc();
  const rowPerson = () => { const p = c.person(); const pl = c.place(); return { p, pl }; };
  if (v === 0) { // pg_dump COPY
    d.line('--');
    d.line('-- PostgreSQL database dump');
    d.line('--');
    d.line('-- Dumped from database version ', L('version', `${r.range(13, 16)}.${r.range(1, 9)}`));
    d.line("SET client_encoding = 'UTF8';");
    d.line();
    d.line('COPY public.customers (id, first_name, last_name, email, phone, city, country, password_hash, api_token, created_at) FROM stdin;');
    fill(d, BUDGET - 150, () => {
      const { p, pl } = rowPerson();
      return frag(String(r.range(1000, 99999)), '\t', c.N(p, 'given'), '\t', P('PERSON', p.family), '\t', c.E(p), '\t', c.Ph(pl.cc), '\t', P('LOCATION', pl.cityLatin || pl.city), '\t', P('LOCATION', PI.countryName(pl.cc, 'en')), '\t', c.lk('password_hash'), '\t', r.chance(0.45) ? c.sec(r.pick(['API_KEY_HEX', 'API_KEY_BASE62', 'OAUTH_REFRESH_TOKEN'])) : '\\N', '\t', L('timestamp', c.clock.step(100, 900000).sql()), '\n');
    });
    d.line('\\.');
  } else if (v === 1) { // mysqldump INSERT
    d.line('-- MySQL dump ', L('version', `10.${r.range(13, 19)}`), '  Distrib ', L('version', `8.0.${r.range(20, 39)}`));
    d.line('DROP TABLE IF EXISTS `users`;');
    d.line('CREATE TABLE `users` (`id` int NOT NULL, `name` varchar(120), `email` varchar(190), `phone` varchar(40), `street` varchar(190), `city` varchar(90), `api_token` char(40), `iban` varchar(34)) ENGINE=InnoDB;');
    d.line('LOCK TABLES `users` WRITE;');
    d.add('INSERT INTO `users` VALUES ');
    let first = true;
    fill(d, BUDGET - 60, () => {
      const { p, pl } = rowPerson();
      const f = frag(first ? '' : ',\n', `(${r.range(1, 9999)},'`, c.N(p, 'full'), "','", c.E(p), "','", c.Ph(pl.cc), "','", P('LOCATION', pl.latinStreet || pl.street), "','", P('LOCATION', pl.cityLatin || pl.city), "','",
        r.chance(0.6) ? S('API_KEY_HEX', r.hex(40)) : L('placeholder', r.pick(['xxxx', 'changeme'])), "',", r.chance(0.7) ? frag("'", P('IBAN_CODE', PI.iban(r, undefined, false)), "'") : 'NULL', ')');
      first = false; return f;
    });
    d.line(';');
    d.line('UNLOCK TABLES;');
  } else if (v === 2) { // mongoexport
    d.line(`$ mongoexport --uri="mongodb://backup:`, S('MONGODB_PASSWORD', urlPassword(r, machinePassword)), `@`, c.lk('hostname'), `:27017/crm" --collection=contacts --limit=20`);
    fill(d, BUDGET - 80, () => {
      const { p, pl } = rowPerson();
      return frag('{"_id":{"$oid":"', r.hex(24), '"},"name":"', c.N(p, 'full'), '","email":"', c.E(p), '","phones":["', c.Ph(pl.cc, true), '"],"address":{"street":"', P('LOCATION', pl.latinStreet || pl.street), '","city":"', P('LOCATION', pl.cityLatin || pl.city), '","zip":"', pl.postal, '"},"lastLoginIp":"', P('IP_ADDRESS', PI.clientIp(r)), '","apiKey":"', S('API_KEY_BASE62', SECRET_BY.API_KEY_BASE62.gen(r)), '","updatedAt":{"$date":"', L('timestamp', c.clock.step(60, 99999).iso()), '"}}\n');
    });
    d.line(`${r.range(20, 900)} exported documents`);
  } else { // sqlite dump with payments
    d.line('PRAGMA foreign_keys=OFF;');
    d.line('BEGIN TRANSACTION;');
    d.line('CREATE TABLE payment_methods(id INTEGER PRIMARY KEY, holder TEXT, pan TEXT, exp TEXT, billing_city TEXT, note TEXT);');
    fill(d, BUDGET - 40, () => {
      const { p, pl } = rowPerson();
      const k = r.int(5);
      const pan = k === 0 ? c.lk('vendor_test_card') : k === 1 ? c.lk('invalid_card') : P('CREDIT_CARD', PI.formatCard(r, PI.cardNumber(r).digits, r.pick(['plain', 'space'])));
      return frag(`INSERT INTO payment_methods VALUES(${r.range(1, 9999)},'`, c.N(p, 'full'), "','", pan, `','${String(r.range(1, 12)).padStart(2, '0')}/${r.range(26, 31)}','`, P('LOCATION', pl.cityLatin || pl.city), "','", r.pick(['', 'default', 'corporate card', k === 0 ? 'sandbox only' : 'verified']), "');\n");
    });
    d.line('COMMIT;');
  }
  return d;
}
