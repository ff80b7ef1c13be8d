// Document kinds: git diffs, commit logs, PR review threads, CI logs, deploy logs.
import { S, P, L, tpl, json, frag, Raw } from './builder.mjs';
import { kv, V, syntaxStyle, LANGS } from './ctx.mjs';
import { styleKey } from './secrets.mjs';

const rawL = (what, v) => ({ ...L(what, v), raw: true });

// a secret rendered as one line of a config file in the given syntax
export function secretLine(c, syntax, indent = '', filter) {
  const s = c.sec(filter);
  const style = c.r.chance(0.75) ? syntaxStyle[syntax] : undefined;
  return kv(c.r, syntax, s.key(style), s.span, indent);
}
// a harmless look-alike line in the same syntax
export function lookLine(c, syntax, indent = '') {
  const r = c.r;
  const opts = [
    () => ['build sha', L('git_sha', V.gitSha(r))], () => ['request id', L('request_id', V.requestId(r))], () => ['image digest', L('digest', V.digest(r))],
    () => ['db password', L('env_reference', V.envRef(r, 'DB_PASSWORD'))], () => ['api key', L('placeholder', V.placeholder(r))], () => ['kms key arn', L('arn', V.arn(r))],
    () => ['release', L('version', V.version(r))], () => ['brand color', L('hex_color', V.hexColor(r))], () => ['tenant id', L('uuid', V.uuid(r))],
    () => ['publishable key', L('public_key', V.publishableKey(r))], () => ['trace sample id', L('trace_id', V.traceId(r))], () => ['aws access key id', L('aws_example_key', V.AWS_EXAMPLES[r.int(0, 3)])],
    () => ['checksum', L('checksum', V.checksum(r))], () => ['webhook secret', L('env_reference', V.envRef(r, 'WEBHOOK_SECRET'))], () => ['updated at', L('timestamp', c.clock.iso())],
    () => ['cache host', L('hostname', V.hostname(r))], () => ['account id', L('aws_account_id', V.awsAccount(r))], () => ['signing key id', L('key_id', V.keyId(r))],
  ];
  const [k, v] = r.pick(opts)();
  return kv(r, syntax, styleKey(r, k, syntaxStyle[syntax]), v, indent);
}

const FILES = {
  yaml: ['config/settings.prod.yaml', 'deploy/values-prod.yaml', 'app/config/secrets.yml', '.gitlab-ci.yml', 'infra/compose/docker-compose.override.yml'],
  env: ['.env', '.env.production', 'docker/.env.local', 'services/billing/.env'],
  py: ['app/settings/production.py', 'scripts/sync_orders.py', 'services/notify/config.py', 'tests/conftest.py'],
  json: ['config/production.json', 'appsettings.Production.json', 'firebase/service-config.json', '.vscode/launch.json'],
  toml: ['config/prod.toml', 'pyproject.toml', 'netlify.toml', 'wrangler.toml'],
  props: ['src/main/resources/application-prod.properties', 'gradle.properties', 'conf/app.properties'],
  js: ['src/config/prod.ts', 'server/env.js', 'next.config.mjs', 'scripts/seed.ts'],
  hcl: ['infra/prod/terraform.tfvars', 'modules/db/variables.tf', 'envs/eu/main.auto.tfvars'],
  go: ['internal/config/defaults.go', 'cmd/worker/main.go'],
};

function diffFile(c, d, syntax) {
  const r = c.r;
  const f = r.pick(FILES[syntax]);
  const kind = r.weighted([[5, 'modify'], [2, 'new']]);
  d.line(`diff --git a/${f} b/${f}`);
  if (kind === 'new') d.line('new file mode 100644').line('index ', L('git_sha', '0000000'), '..', L('git_sha', V.gitSha(r, true)));
  else d.line('index ', L('git_sha', V.gitSha(r, true)), '..', L('git_sha', V.gitSha(r, true)), ' 100644');
  d.line(kind === 'new' ? '--- /dev/null' : `--- a/${f}`).line(`+++ b/${f}`);
  const ind = syntax === 'yaml' || syntax === 'json' || syntax === 'js' || syntax === 'go' ? '  ' : '';
  const n = r.int(3, 6);
  const start = r.int(1, 120);
  d.line(`@@ -${start},${kind === 'new' ? 0 : n + 2} +${start},${n + 3} @@${r.chance(0.5) ? ' ' + r.pick(['database:', 'class Config:', 'export const config = {', 'variable "db" {', '[server]']) : ''}`);
  if (kind === 'modify') d.line(' ', lookLine(c, syntax, ind));
  for (let i = 0; i < n; i++) {
    if (kind === 'modify' && r.chance(0.4)) {
      const old = r.chance(0.5) ? L('env_reference', V.envRef(r)) : L('placeholder', V.placeholder(r));
      d.line('-', kv(r, syntax, styleKey(r, r.pick(['api key', 'db password', 'token', 'client secret']), syntaxStyle[syntax]), old, ind));
    }
    d.line('+', r.chance(0.8) ? secretLine(c, syntax, ind) : lookLine(c, syntax, ind));
  }
  if (kind === 'modify') d.line(' ', lookLine(c, syntax, ind));
}

export function gitDiff(c, d) {
  const r = c.r;
  if (r.chance(0.6)) {
    const a = c.person({ domain: c.dom });
    d.line('commit ', L('git_sha', V.gitSha(r)));
    d.line('Author: ', a.name(), ' <', a.email(), '>');
    d.line('Date:   ', c.ts('git'));
    d.line('');
    d.line('    ', r.pick(['chore: wire prod config for billing', 'fix(config): temporary creds until vault is back', 'wip: local testing, do not merge', 'feat: add webhook relay', 'Revert "move secrets to vault"']), r.chance(0.4) ? [' (', L('ticket_ref', V.ticketRef(r)), ')'] : '');
    d.line('');
  }
  const syns = r.sample(Object.keys(FILES), r.int(2, 4));
  for (const s of syns) { if (d.size > 2900) break; diffFile(c, d, s); }
}

export function commitLog(c, d) {
  const r = c.r;
  const fmt = r.pick(['full', 'oneline', 'custom', 'full', 'stat']);
  const people = Array.from({ length: r.int(3, 6) }, () => c.person({ domain: r.chance(0.6) ? c.dom : undefined }));
  const msgs = ['fix: retry on 502 from ledger', 'feat(api): add refund endpoint', 'chore(deps): bump express to ', 'docs: update on-call runbook', 'refactor: split OrderService',
    'ci: cache node_modules', 'fix(auth): token refresh race', 'perf: index orders.created_at', 'test: add fixtures for EU VAT', 'build: pin base image to '];
  if (fmt === 'oneline') d.line(`$ git log --oneline --decorate -n ${r.int(8, 20)}`);
  else if (fmt === 'custom') d.line("$ git log --format='%H %an <%ae> %ad %s' --date=iso");
  else d.line(`$ git log ${fmt === 'stat' ? '--stat ' : ''}-n ${r.int(4, 8)}`);
  let leaked = 0;
  while (d.size < r.int(1800, 3200)) {
    const a = r.pick(people);
    c.tick(600000, 40000000);
    let m = r.pick(msgs);
    const mfrag = [m];
    if (m.endsWith(' ')) mfrag.push(L('version', V.version(r)));
    if (leaked < 3 && r.chance(0.3)) {
      leaked++;
      const s = c.sec((sp) => sp.vendor);
      mfrag.length = 0;
      mfrag.push(r.pick(['hotfix: use ', 'tmp: hardcode ', 'debug: print ']), s.key('snake'), r.pick([' = ', ' ', ': ']), s.span, r.pick(['', ' until CI secret is fixed', ' (remove before release)']));
    }
    if (fmt === 'oneline') {
      d.line(L('git_sha', V.gitSha(r, true)), r.chance(0.15) ? [' (', r.pick(['HEAD -> main, origin/main', 'tag: ', 'origin/release/2026.3']), ')'] : '', ' ', mfrag);
    } else if (fmt === 'custom') {
      d.line(L('git_sha', V.gitSha(r)), ' ', a.name(), ' <', a.email(), '> ', c.ts('space'), ' +0000 ', mfrag);
    } else {
      d.line('commit ', L('git_sha', V.gitSha(r)), r.chance(0.15) ? ' (HEAD -> main)' : '');
      if (r.chance(0.15)) d.line('Merge: ', L('git_sha', V.gitSha(r, true)), ' ', L('git_sha', V.gitSha(r, true)));
      d.line('Author: ', a.name(), ' <', a.email(), '>');
      d.line('Date:   ', c.ts('git'));
      d.line('').line('    ', mfrag);
      if (r.chance(0.4)) {
        const b = r.pick(people);
        d.line('').line('    ', r.pick(['Co-authored-by: ', 'Signed-off-by: ', 'Reviewed-by: ']), b.name(), ' <', b.email(), '>');
      }
      if (r.chance(0.3)) d.line('    Refs: ', L('ticket_ref', V.ticketRef(r)));
      if (fmt === 'stat') d.line('').line(` ${r.pick(['src/orders/service.ts', 'charts/api/values.yaml', 'db/migrations/0042_add_refunds.sql'])} | ${r.int(2, 80)} ${'+'.repeat(r.int(1, 12))}${'-'.repeat(r.int(0, 6))}`).line(` 1 file changed, ${r.int(1, 60)} insertions(+), ${r.int(0, 20)} deletions(-)`);
      d.line('');
    }
  }
}

const REVIEW_NOTES = {
  en: ['This looks like a live key, please move it to the secret store and rotate it.', 'Nit: rename this, otherwise LGTM.', 'Can we get a test for the refund path?'],
  de: ['Das sieht nach einem echten Schlüssel aus – bitte in den Secret Store verschieben und rotieren.', 'Kleinigkeit: Variablenname, sonst passt es.'],
  fr: ['Ça ressemble à une vraie clé, merci de la déplacer dans le coffre et de la révoquer.', 'Petit détail de nommage, sinon c\'est bon pour moi.'],
  es: ['Esto parece una clave real; muévela al gestor de secretos y rótala, por favor.', 'Detalle menor de nombres, por lo demás bien.'],
  pt: ['Isso parece uma chave de produção, move para o cofre e rotaciona, por favor.', 'Só um detalhe de nome, no resto aprovado.'],
  ja: ['本番のキーに見えます。シークレットストアに移してローテーションしてください。', '命名だけ気になりますが、それ以外はLGTMです。'],
  ko: ['실제 키처럼 보입니다. 시크릿 저장소로 옮기고 교체해 주세요.', '이름만 조금 바꾸면 좋겠어요. 나머지는 LGTM.'],
  zh: ['这看起来是真实的密钥，请移到密钥管理里并轮换。', '命名小问题，其余没问题。'],
  pl: ['To wygląda na prawdziwy klucz, przenieś go do sejfu i zrotuj.', 'Drobiazg z nazwą, poza tym OK.'],
  tr: ['Bu gerçek bir anahtar gibi görünüyor, lütfen secret store\'a taşıyıp yenileyin.', 'Sadece isimlendirme, gerisi tamam.'],
};

export function prReview(c, d) {
  const r = c.r;
  const num = r.int(120, 9800);
  const author = c.person({ domain: c.dom });
  const revs = Array.from({ length: r.int(2, 3) }, () => c.person({ domain: c.dom }));
  d.line(`# ${r.pick(['Move payment webhooks to signed relay', 'Add EU data residency config', 'Switch notifier to new SMS provider', 'Bootstrap staging cluster', 'Nightly export to warehouse'])} #${num}`);
  d.line('');
  d.line(r.pick(['**Open** ', '**Merged** ', '**Draft** ']), author.name(), ` wants to merge ${r.int(1, 14)} commits into \`main\` from \`${author.user}/${r.pick(['webhooks', 'eu-config', 'sms', 'staging', 'export'])}\``);
  d.line('Head: ', L('git_sha', V.gitSha(r, true)), ' · CI run ', L('build_number', V.buildNo(r)), ' · opened ', c.ts('iso'));
  d.line('');
  const syn = r.pick(['yaml', 'env', 'py', 'js', 'hcl']);
  const file = r.pick(FILES[syn]);
  const nThreads = r.int(3, 5);
  for (let t = 0; t < nThreads && d.size < 3100; t++) {
    const rev = r.pick(revs);
    const lang = r.chance(0.55) ? 'en' : r.pick(Object.keys(REVIEW_NOTES));
    d.lang(lang);
    c.tick(60000, 7200000);
    d.line(`### `, rev.name(), ` commented on \`${file}\` line ${r.int(3, 200)} — `, c.ts(r.pick(['iso', 'isos'])));
    d.line('```diff');
    const ind = syn === 'yaml' || syn === 'js' ? '  ' : '';
    d.line(' ', lookLine(c, syn, ind));
    d.line('+', secretLine(c, syn, ind));
    d.line('```');
    d.line('> ', r.pick(REVIEW_NOTES[lang]));
    if (r.chance(0.5)) {
      d.line('');
      d.line('**', author.name(), '** replied: ', r.pick([['rotated, new one is in vault under ', L('env_reference', V.envRef(r))], ['good catch — revoked at ', c.ts('hms'), ' UTC'], ['it is only the staging key, but fixed in ', L('git_sha', V.gitSha(r, true))]]));
    }
    d.line('');
  }
  if (r.chance(0.6) && d.size < 3300) {
    d.line('---');
    d.line(r.pick(['✅ ', '❌ ']), `ci/${r.pick(['build', 'test', 'lint', 'secret-scan'])} — `, r.pick(['passed', 'failed']), ' in ', `${r.int(1, 19)}m${r.int(0, 59)}s`, ' (', L('build_number', V.buildNo(r)), ')');
    d.line('Approved by ', r.pick(revs).name(), r.chance(0.5) ? [' and ', r.pick(revs).firstName()] : '');
  }
}

function ghaStep(c, d, pre) {
  const r = c.r;
  c.tick(100, 20000);
  return (...items) => d.line(pre ? [c.ts('micro'), ' '] : '', ...items);
}

export function ciLog(c, d) {
  const r = c.r;
  const flavour = r.pick(['gha', 'gitlab', 'jenkins', 'buildkite']);
  const out = (...x) => { c.tick(30, 9000); if (flavour === 'gha') d.line(c.ts('micro'), ' ', ...x); else if (flavour === 'buildkite') d.line('[', c.ts('isos'), '] ', ...x); else d.line(...x); };
  if (flavour === 'gitlab') { d.line('Running with gitlab-runner ', L('version', V.version(r)), ' (', L('git_sha', V.gitSha(r, true)), ')'); d.line('  on ', L('hostname', V.hostname(r)), ' ', r.str('abcdefghjkmnpqrstuvwxyz', 8), ', system ID: s_', L('object_id', V.objectId(r).slice(0, 12))); d.line('Preparing the "docker" executor'); }
  if (flavour === 'jenkins') { d.line('Started by user ', c.person().name()); d.line(`Running in Durability level: MAX_SURVIVABILITY`); d.line('[Pipeline] node'); d.line('Running on ', L('hostname', V.hostname(r)), ' in /var/lib/jenkins/workspace/', r.pick(['orders-api_main', 'billing-deploy', 'nightly-export'])); }
  if (flavour === 'gha') out('##[group]Run actions/checkout@v4');
  out(r.pick(['Fetching the repository at ', 'Checking out ', 'HEAD is now at ']), L('git_sha', V.gitSha(r)));
  if (flavour === 'gha') out('##[endgroup]');
  // env block with masking, sometimes failing to mask
  if (flavour === 'gha') { out('##[group]Run ./scripts/deploy.sh'); out('env:'); }
  const nEnv = r.int(3, 6);
  for (let i = 0; i < nEnv; i++) {
    const s = c.sec();
    const masked = r.chance(0.4);
    out('  ', s.key('SNAKE'), ': ', masked ? L('masked_value', '***') : s.span);
  }
  out('  ', styleKey(r, r.pick(['aws region', 'node env', 'deploy env']), 'SNAKE'), ': ', r.pick(['eu-west-1', 'production', 'prod-eu']));
  const steps = r.shuffle([
    () => { const u = r.pick(['ci-bot', 'deploy', 'robot$ci', 'gitlab-ci-token']); const pw = r.chance(0.5) ? c.sec((s) => s.e === 'DOCKER_HUB_PAT' || s.e === 'HARBOR_ROBOT_SECRET' || s.e === 'GITLAB_DEPLOY_TOKEN') : null;
      out('$ docker login ', c.host('fqdn'), ' -u ', u, ' -p ', pw ? pw.span : S('CLI_PASSWORD_ARGUMENT', c.pw())); out('WARNING! Using --password via the CLI is insecure. Use --password-stdin.'); out('Login Succeeded'); },
    () => { const s = c.sec((x) => x.h === 'bearer'); out('+ curl -fsS -X POST -H "Authorization: Bearer ', s.span, '" https://', c.host('fqdn'), '/v1/deploys -d \'{"sha":"', L('git_sha', V.gitSha(r)), '"}\''); out(`{"id":"`, L('request_id', V.requestId(r)), `","status":"queued"}`); },
    () => { out('#', String(r.int(5, 30)), ' pushing layers'); out('#', String(r.int(5, 30)), ' pushing manifest for ', c.host('fqdn'), '/', r.pick(['orders-api', 'billing', 'web']), ':', L('version', V.version(r)), '@', L('digest', V.digest(r))); out('#', String(r.int(5, 30)), ' DONE ', `${r.int(1, 40)}.${r.int(0, 9)}s`); },
    () => { out('+ npm config set //npm.pkgs.', c.dom, '/:_authToken ', c.sec((x) => x.e === 'NPM_ACCESS_TOKEN' || x.e === 'JFROG_ACCESS_TOKEN').span); out('+ npm publish --access restricted'); out('npm notice 📦  @', c.slug, '/sdk@', L('version', V.version(r))); out('npm notice shasum:        ', L('hash', V.gitSha(r))); out('npm notice integrity:     ', L('integrity', V.integrity(r).slice(0, 20) + '[...]' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef', 6) + '=='));
    },
    () => { out('+ aws configure set aws_access_key_id ', S('AWS_ACCESS_KEY_ID', 'AKIA' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))); out('+ aws configure set aws_secret_access_key ', c.mk('AWS_SECRET_ACCESS_KEY').span); out('+ aws sts get-caller-identity'); out('{ "UserId": "AIDA', r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17), '", "Account": "', L('aws_account_id', V.awsAccount(r)), '", "Arn": "', L('arn', V.arn(r)), '" }'); },
    () => { out('$ cat ~/.docker/config.json'); const u = r.pick(['ci', 'gitlab-ci-token', 'robot$builder']); out('{"auths":{"', `registry.${c.dom}`, '":{"auth":"', c.dockerAuth(u, c.pw()), '"}}}'); },
    () => { out('+ curl -sf -H "Authorization: Basic ', c.basic(r.pick(['ci', 'deploy', 'admin']), c.pw('url')), `" https://${c.host('fqdn')}/artifactory/api/system/ping`); out('OK'); },
    () => { out('$ trivy image --severity HIGH,CRITICAL registry.', c.dom, '/api:', L('version', V.version(r))); for (let i = 0; i < r.int(1, 3); i++) out('│ ', r.pick(['openssl', 'libexpat', 'zlib', 'glibc']), ' │ ', L('cve_id', V.cveId(r)), ' │ HIGH │ ', L('version', V.version(r)), ' │'); },
    () => { const s = c.sec(); out('+ echo "debug: ', s.key('SNAKE'), '=', s.span, '"'); out('debug: ', s.key('SNAKE'), '=', L('masked_value', '***')); },
    () => { out('Run tests: ', String(r.int(200, 1900)), ' passed, ', String(r.int(0, 3)), ' skipped in ', `${r.int(20, 400)}.${r.int(10, 99)}s`); out('Coverage: ', `${r.int(60, 95)}.${r.int(0, 9)}%`, ' (report ', L('uuid', V.uuid(r)), ')'); },
    () => { out('Error: connect ECONNREFUSED postgresql://', r.pick(['app', 'ci', 'orders']), ':', S('DATABASE_PASSWORD', c.pw('url')), '@', c.host(), ':5432/', r.pick(['orders_test', 'ci', 'app'])); out('    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)'); },
    () => { out('Uploading artifact ', r.pick(['coverage.zip', 'dist.tar.gz', 'sbom.json']), ' (', String(r.int(10, 900)), ' KB) sha256 ', L('hash', V.digest(r).slice(7))); },
  ]);
  for (const st of steps) { if (d.size > r.int(3000, 3500)) break; st(); }
  if (flavour === 'gha') out('##[endgroup]');
  out(r.pick(['Job succeeded', 'Cleaning up project directory and file based variables', 'Finished: SUCCESS', 'Finished: FAILURE', 'Process completed with exit code 1.']));
}

export function deployLog(c, d) {
  const r = c.r;
  const flavour = r.pick(['helm', 'argocd', 'ansible', 'kubectl']);
  const app = r.pick(['checkout', 'orders-api', 'billing', 'notifier', 'ledger']);
  const ns = r.pick(['payments', 'prod', 'core', 'eu-prod']);
  if (flavour === 'helm') {
    const s1 = c.sec(), s2 = c.sec();
    d.line(`$ helm upgrade --install ${app} ./charts/${app} -n ${ns} -f values.prod.yaml \\`);
    d.line(`    --set image.tag=`, L('version', V.version(r)), ' \\');
    d.line(`    --set secrets.${s1.key('camel')}=`, s1.span, ' \\');
    d.line(`    --set-string env.${s2.key('SNAKE')}=`, s2.span, ' --atomic --timeout 10m');
    d.line(`Release "${app}" has been upgraded. Happy Helming!`);
    d.line(`NAME: ${app}`).line('LAST DEPLOYED: ', c.ts('git')).line(`NAMESPACE: ${ns}`).line('STATUS: deployed').line(`REVISION: ${r.int(2, 140)}`);
    d.line('NOTES:').line(`  Dashboard: https://grafana.${c.dom}/d/`, L('uuid', V.uuid(r).slice(0, 8)));
    if (r.chance(0.6)) {
      const adm = c.mk('ADMIN_PASSWORD');
      d.line('  Admin user: admin').line('  Admin password (printed once): ', adm.span);
    }
  } else if (flavour === 'argocd') {
    d.line(`$ argocd app sync ${app}-${ns} --prune`);
    d.line('TIMESTAMP                  GROUP        KIND   NAMESPACE   NAME   STATUS    HEALTH');
    for (let i = 0; i < r.int(3, 6); i++) { c.tick(200, 4000); d.line(c.ts('isos'), '   ', r.pick(['apps       Deployment', '           Service   ', '           Secret    ', 'batch      CronJob   ']), `  ${ns}  ${app}  ${r.pick(['Synced', 'OutOfSync'])}  ${r.pick(['Healthy', 'Progressing'])}`); }
    d.line('').line(`Name:               argocd/${app}-${ns}`).line('Project:            default').line('Server:             https://', c.host('fqdn'));
    d.line('Repo:               https://', r.pick(['x-access-token', 'deploy', 'argocd']), ':', c.sec((s) => ['GITHUB_APP_INSTALLATION_TOKEN', 'GITLAB_DEPLOY_TOKEN', 'GITHUB_FINE_GRAINED_PAT', 'GITLAB_PERSONAL_ACCESS_TOKEN'].includes(s.e)).span, `@git.${c.dom}/platform/${app}-deploy.git`);
    d.line('Target:             ', L('git_sha', V.gitSha(r))).line('Sync Revision:      ', L('git_sha', V.gitSha(r)));
    d.line('Sync Status:        Synced to  (', L('git_sha', V.gitSha(r, true)), ')');
  } else if (flavour === 'ansible') {
    const hosts = Array.from({ length: r.int(2, 3) }, () => `${r.pick(['db', 'app', 'web'])}-${r.pick(['prod', 'eu'])}-${r.int(1, 9)}`);
    d.line(`PLAY [${r.pick(['database', 'app servers', 'bootstrap'])}] ${'*'.repeat(40)}`).line('');
    d.line(`TASK [Gathering Facts] ${'*'.repeat(30)}`);
    for (const h of hosts) d.line(`ok: [${h}]`);
    d.line('').line(`TASK [${r.pick(['postgres : create app role', 'redis : configure auth', 'app : render env file'])}] ${'*'.repeat(20)}`);
    for (const h of hosts) {
      const s = c.sec((x) => !x.vendor);
      d.line(`changed: [${h}] => {"changed": true, "name": "${r.pick(['app', 'orders', 'replicator'])}", "`, s.key('snake'), '": "', s.span, '", "role_attr_flags": "LOGIN"}');
    }
    d.line('').line(`PLAY RECAP ${'*'.repeat(40)}`);
    for (const h of hosts) d.line(`${h.padEnd(20)}: ok=${r.int(3, 30)}  changed=${r.int(0, 8)}  unreachable=0    failed=0`);
  } else {
    d.line(`$ kubectl -n ${ns} rollout status deploy/${app}`);
    d.line(`Waiting for deployment "${app}" rollout to finish: 1 of ${r.int(2, 6)} updated replicas are available...`);
    d.line(`deployment "${app}" successfully rolled out`);
    d.line(`$ kubectl -n ${ns} logs deploy/${app} --tail=8`);
    for (let i = 0; i < r.int(6, 11); i++) {
      c.tick(100, 5000);
      const line = r.pick([
        () => [c.ts('iso'), ' INFO  boot config loaded from ', L('hostname', V.hostname(r))],
        () => { const s = c.sec(); return [c.ts('iso'), ' DEBUG env ', s.key('SNAKE'), '=', s.span]; },
        () => [c.ts('iso'), ' INFO  listening on :8080 build=', L('git_sha', V.gitSha(r, true)), ' version=', L('version', V.version(r))],
        () => [c.ts('iso'), ' WARN  slow query ', String(r.int(300, 4000)), 'ms trace_id=', L('trace_id', V.traceId(r))],
        () => [c.ts('iso'), ' INFO  connected to ', c.urlCred('amqp', 'RABBITMQ_PASSWORD', r.pick(['orders', 'app']), c.pw('url'), { port: 5672, path: '/prod' })],
      ])();
      d.line(line);
    }
  }
}
