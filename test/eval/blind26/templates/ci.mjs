// CI/CD job logs, docker builds, test runners, shell sessions, support bundles, crash reports.
import { Doc, S, P, L, J, pii, kvLine, envq, NEUTRAL_KEYS, SERVICES, HOSTS, isoT, hhmmss, sq, dq } from './common.mjs';

export function ci_log(c) {
  const r = c.r, d = new Doc('ci_log'); let t = c.ts(); const tick = () => { t = new Date(t.getTime() + r.int(40, 9000)); return isoT(t).replace('Z', '0000Z'); };
  const svc = r.pick(SERVICES); const gl = r.bool(0.4);
  const author = c.person();
  if (gl) {
    d.w`Running with gitlab-runner ${c.l('version')} (${r.hex(8)})\n  on ${c.l('hostname')} ${r.alnum(8)}, system ID: s_${r.hex(12)}\n`;
    d.w`Preparing the "docker+machine" executor\nUsing Docker executor with image registry.acme.test/ci/node:20-bookworm ...\nUsing docker image ${c.l('digest')} for registry.acme.test/ci/node:20-bookworm\n`;
    d.w`Getting source from Git repository\nFetching changes with git depth set to 20...\nChecking out ${c.l('git_sha')} as detached HEAD (ref is release/${r.int(3, 9)}.${r.int(0, 20)})...\n`;
    d.w`$ echo "Deploying ${svc} for ${author.name} <${author.email}>"\nDeploying ${svc} for ${author.name} <${author.email}>\n`;
  } else {
    d.w`${tick()} Requested labels: ubuntu-24.04\n${tick()} Job defined at: acme/${svc}/.github/workflows/deploy.yml@refs/heads/main\n${tick()} Runner Image Version: ${c.l('build_number')}\n`;
    d.w`${tick()} ##[group]Run actions/checkout@v4\n${tick()} Syncing repository: acme/${svc}\n${tick()} HEAD is now at ${c.l('git_sha')} ${r.pick(['fix(db): retry on serialization failure', 'chore: bump deps', 'feat: SCA for EU cards', 'revert "cache warmup"'])}\n${tick()} ##[endgroup]\n`;
    d.w`${tick()} Author: ${author.name} <${author.email}>\n`;
  }
  d.w`${gl ? '' : tick() + ' '}$ ./scripts/deploy.sh --env ${r.pick(['production', 'staging', 'prod-eu'])} --debug\n`;
  d.w`${gl ? '' : tick() + ' '}+ printenv | sort\n`;
  const n = r.int(4, 8); const lines = [];
  for (let i = 0; i < n; i++) { const k = c.pair(undefined, 'SCREAM'); lines.push([k.key.toUpperCase().replace(/[.-]/g, '_'), '=', k.v, '\n']); }
  for (const [k, v] of r.picks(NEUTRAL_KEYS, r.int(3, 6))) lines.push([k, '=', v, '\n']);
  lines.push(['GITHUB_TOKEN=', c.l('redacted'), '\n']); lines.push(['CI_COMMIT_SHA=', c.l('git_sha'), '\n']); lines.push(['BUILD_ID=', c.l('build_number'), '\n']);
  r.shuffle(lines); for (const l of lines) d.push(gl ? l : [tick(), ' ', ...l]);
  if (r.bool(0.5)) { const k = c.pair(); d.w`${gl ? '' : tick() + ' '}+ curl -fsS -H 'Authorization: Bearer ${k.v}' https://deploy.acme.test/api/v2/releases -d '{"sha":"${c.l('git_sha')}"}'\n`; }
  d.w`${gl ? '' : tick() + ' '}Error: migration 20260${r.int(1, 4)}${r.int(10, 28)}_add_${r.pick(['ledger_idx', 'user_tz', 'sca_flag'])} failed: connection to ${r.pick(['db-primary.internal.test', '10.20.3.14'])}:5432 refused\n`;
  d.w`${gl ? '' : tick() + ' '}##[error]Process completed with exit code 1.\n`;
  if (r.bool(0.5)) d.w`${gl ? '' : tick() + ' '}Cleaning up orphan processes\nUploading artifacts... trace id ${c.l('trace_id')}\nRemoving container ${c.l('container_id')} ...\n`;
  d.push(gl ? 'ERROR: Job failed: exit code 1\n' : '');
  return d;
}

export function docker_build(c) {
  const r = c.r, d = new Doc('docker_build'); const svc = r.pick(SERVICES);
  const tok = c.pair((e) => ['NPM_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'ARTIFACTORY_API_KEY', 'PYPI_API_TOKEN', 'NUGET_API_KEY', 'GITLAB_DEPLOY_TOKEN', 'ARTIFACTORY_REFERENCE_TOKEN', 'CARGO_REGISTRY_TOKEN', 'RUBYGEMS_API_KEY', 'DOCKER_HUB_PAT'].includes(e), 'SCREAM');
  const argName = tok.key.toUpperCase().replace(/[.-]/g, '_');
  d.w`$ docker buildx build --build-arg ${argName}=${tok.v} --build-arg BUILD_VERSION=${c.l('version')} -t registry.acme.test/${svc}:${c.l('git_sha')} --push .\n`;
  d.w`#0 building with "ci-builder" instance using docker-container driver\n\n#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: ${r.int(800, 3000)}B done\n#1 DONE 0.0s\n\n`;
  d.w`#2 [internal] load metadata for registry.acme.test/base/node:20-alpine\n#2 DONE ${(r.next() * 2).toFixed(1)}s\n\n#3 [build 1/7] FROM registry.acme.test/base/node:20-alpine@${c.l('digest')}\n#3 resolve registry.acme.test/base/node:20-alpine@${c.l('digest')} done\n#3 CACHED\n\n`;
  d.w`#4 [build 3/7] RUN echo "//npm.internal.test/:_authToken=\${${argName}}" > .npmrc && npm ci --no-audit\n#4 0.412 npm warn config production Use \`--omit=dev\` instead.\n#4 ${(r.next() * 30 + 5).toFixed(3)} added ${r.int(400, 1500)} packages in ${r.int(8, 40)}s\n#4 DONE ${(r.next() * 40 + 5).toFixed(1)}s\n\n`;
  const e2 = c.pair(undefined, 'SCREAM'); const k2 = e2.key.toUpperCase().replace(/[.-]/g, '_');
  d.w`#5 [build 5/7] RUN env | grep -i -E 'token|key|secret' || true\n#5 0.231 ${argName}=${S(tok.e, tok.v.v)}\n#5 0.231 ${k2}=${e2.v}\n#5 DONE 0.3s\n\n`;
  d.w`#6 [build 6/7] RUN npm run build\n#6 3.021 > ${svc}@${c.l('version')} build\n#6 ${(r.next() * 20 + 4).toFixed(3)} webpack compiled with 2 warnings\n#6 DONE ${(r.next() * 30).toFixed(1)}s\n\n`;
  d.w`#8 exporting to image\n#8 exporting layers ${(r.next() * 5).toFixed(1)}s done\n#8 exporting manifest ${c.l('digest')} done\n#8 exporting config ${c.l('digest')} done\n#8 pushing layers ${(r.next() * 9).toFixed(1)}s done\n#8 DONE ${(r.next() * 20).toFixed(1)}s\n\n`;
  d.w` 1 warning found (use docker --debug to expand):\n - SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG "${argName}") (line 9)\n`;
  return d;
}

export function test_runner(c) {
  const r = c.r, d = new Doc('test_runner'); const py = r.bool(0.5);
  const u = c.person(); const u2 = c.person();
  const dbpw = c.su(c.kind(['DATABASE_PASSWORD', 'MYSQL_PASSWORD', 'MONGODB_PASSWORD', 'PGPASS_PASSWORD']));
  if (py) {
    d.w`============================= test session starts ==============================\nplatform linux -- Python 3.12.${r.int(1, 9)}, pytest-8.${r.int(0, 3)}.${r.int(0, 4)}, pluggy-1.5.0\nrootdir: /builds/acme/billing\nconfigfile: pyproject.toml\nplugins: django-4.9.0, cov-5.0.0, xdist-3.6.1\ncollected ${r.int(200, 900)} items\n\n`;
    d.w`tests/test_invoices.py ....F.......s..                                    [ 42%]\ntests/test_refunds.py ......F                                            [ 61%]\n\n=================================== FAILURES ===================================\n______________________ test_invoice_pdf_contains_customer ______________________\n\n`;
    d.w`db_url = 'postgresql://billing_ci:${dbpw}@${r.pick(['postgres', '127.0.0.1', 'pg-ci'])}:5432/billing_test'\n`;
    d.w`customer = Customer(id=${c.l('crm_id')}, name='${u.name}', email='${u.email}', phone='${u.phone}')\n\n`;
    d.w`    def test_invoice_pdf_contains_customer(db_url, customer):\n        pdf = render_invoice(customer, total=Decimal("${r.int(10, 900)}.${r.digits(2)}"))\n>       assert customer.email in pdf.text\nE       AssertionError: assert '${u.email}' in 'INVOICE ${c.l('order_number')}\\n${u.name}\\n${u.street}\\n...'\n\n`;
    d.w`tests/test_invoices.py:${r.int(40, 300)}: AssertionError\n----------------------------- Captured log call ------------------------------\nWARNING  stripe.client: retrying card ${c.l('vendor_test_card')} (test mode)\nINFO     billing.mail: sent receipt to ${u2.email}\n`;
    d.w`=========================== short test summary info ============================\nFAILED tests/test_invoices.py::test_invoice_pdf_contains_customer - AssertionError\nFAILED tests/test_refunds.py::test_partial_refund - KeyError: 'amount'\n======== 2 failed, ${r.int(200, 800)} passed, 3 skipped in ${(r.next() * 90 + 10).toFixed(2)}s ========\n`;
  } else {
    d.w` FAIL  src/api/__tests__/users.test.ts (${(r.next() * 9).toFixed(3)} s)\n  ● UsersController › PATCH /users/:id › updates phone number\n\n    expect(received).toEqual(expected) // deep equality\n\n    - Expected  - 1\n    + Received  + 1\n\n      Object {\n`;
    d.w`        "email": "${J(u.email)}",\n        "name": "${J(u.name)}",\n-       "phone": "${J(u.phone)}",\n+       "phone": "${J(c.person().phone)}",\n        "updatedAt": "${c.l('timestamp')}",\n      }\n\n`;
    d.w`      at Object.<anonymous> (src/api/__tests__/users.test.ts:${r.int(20, 200)}:${r.int(5, 40)})\n\n  ● Console\n\n    console.log\n      using DATABASE_URL=mysql://app:${dbpw}@localhost:3306/app_test\n\n`;
    const k = c.pair(); d.w`    console.warn\n      [sdk] falling back to env ${k.key.toUpperCase().replace(/[.-]/g, '_')}=${k.v}\n\n`;
    d.w`Test Suites: 1 failed, ${r.int(20, 90)} passed, ${r.int(21, 91)} total\nTests:       1 failed, ${r.int(200, 900)} passed\nSnapshots:   ${r.int(0, 40)} passed\nTime:        ${(r.next() * 60 + 5).toFixed(3)} s\nRan all test suites.\n`;
  }
  return d;
}

export function shell_history(c) {
  const r = c.r, d = new Doc('shell_history'); let n = r.int(300, 1800); const H = () => String(n++).padStart(5, ' ') + '  ';
  const p = c.person(); const dbpw = c.s(c.kind(['DATABASE_PASSWORD', 'MYSQL_PASSWORD', 'PGPASS_PASSWORD', 'ADMIN_PASSWORD']));
  const cmds = [
    () => ['git log --oneline ', c.l('commit_range'), '\n'],
    () => ['kubectl -n payments rollout restart deploy/ledger\n'],
    () => { const k = c.pair(undefined, 'SCREAM'); return ['export ', k.key.toUpperCase().replace(/[.-]/g, '_'), '=', ...envq(r, k.v), '\n']; },
    () => ['mysql -h db-primary.internal.test -u root -p', dbpw, ' -e "select count(*) from orders"\n'],
    () => ['PGPASSWORD=', c.s(c.kind(['DATABASE_PASSWORD', 'PGPASS_PASSWORD'])), ' psql -h 10.0.4.12 -U reporting analytics\n'],
    () => ['curl -u admin:', c.s(c.kind(['ADMIN_PASSWORD', 'GRAFANA_ADMIN_PASSWORD', 'ELASTIC_PASSWORD'])), ' http://grafana.internal.test:3000/api/health\n'],
    () => ['docker login registry.acme.test -u ci-bot -p ', c.s(c.kind(['HARBOR_ROBOT_SECRET', 'DOCKER_HUB_PAT', 'GITLAB_DEPLOY_TOKEN'])), '\n'],
    () => ['ssh -i ~/.ssh/ops_ed25519 -J bastion-01 deploy@', r.pick(['web-3', 'db-replica-2', 'worker-7']), '  # ', c.l('hostname'), '\n'],
    () => ['aws configure set aws_secret_access_key ', c.s('AWS_SECRET_KEY'), ' --profile prod\n'],
    () => ['vault login ', c.s(c.kind(['VAULT_SERVICE_TOKEN', 'VAULT_BATCH_TOKEN'])), '\n'],
    () => ['echo "', c.s('HUMAN_PASSWORD'), '" | sudo -S systemctl restart nginx\n'],
    () => ['grep -r "', p.email, '" /var/log/app/*.log | tail -n 50\n'],
    () => ['helm upgrade --install web ./chart --set image.tag=', c.l('git_sha'), '\n'],
    () => ['sha256sum release.tar.gz  # ', c.l('checksum'), '\n'],
    () => ['ls -la /etc/ssl/private\n'],
    () => ['htop\n'],
    () => ['redis-cli -h redis-master -a ', c.s('REDIS_PASSWORD'), ' --no-auth-warning INFO keyspace\n'],
    () => ['gh auth login --with-token <<< ', c.s(c.kind(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_PAT', 'GITHUB_OAUTH_TOKEN'])), '\n'],
    () => ['npm config set //npm.internal.test/:_authToken ', c.s('NPM_TOKEN'), '\n'],
    () => ['openssl rand -hex 32\n'],
    () => ['terraform apply -var="db_password=', c.s(c.kind(['DATABASE_PASSWORD', 'MYSQL_PASSWORD'])), '" -auto-approve\n'],
    () => ['whois ', c.ip4(), '\n'],
    () => ['git commit -m "', c.l('feature_flag'), ' rollout"\n'],
    () => ['cd ~/src/acme && code .\n'],
  ];
  if (r.bool(0.3)) d.w`$ history | tail -n 40\n`;
  for (const f of r.picks(cmds, r.int(12, 20))) d.push([H(), ...f()]);
  d.push([H(), 'history | tail -n 40\n']);
  return d;
}

export function support_bundle(c) {
  const r = c.r, d = new Doc('support_bundle'); const svc = r.pick(SERVICES); const t = c.ts();
  d.w`==== ${svc} support bundle ====\ngenerated: ${c.l('timestamp')}\nbundle id: ${c.l('uuid')}\nversion: ${c.l('version')} (commit ${c.l('git_sha')})\nhost: ${c.l('hostname')}  kernel 6.8.0-${r.int(30, 60)}-generic\nuptime: ${r.int(1, 90)} days\n\n`;
  d.w`---- config (effective, secrets ${r.pick(['NOT redacted: redaction disabled by --raw', 'partially redacted'])}) ----\n`;
  const fmt = r.pick(['yaml', 'ini', 'env']);
  for (let i = 0; i < r.int(4, 7); i++) { const k = c.pair(undefined, fmt === 'env' ? 'SCREAM' : 'snake'); d.push(kvLine(fmt, k.key, k.v)); }
  d.push(kvLine(fmt, 'webhook_secret', c.l('redacted'))); d.push(kvLine(fmt, r.pick(['api_key', 'smtp_password']), c.l('placeholder')));
  d.w`\n---- last errors (app.log) ----\n`;
  for (let i = 0; i < r.int(6, 11); i++) {
    const p = c.person();
    d.push(r.pick([
      () => [isoT(c.ts()), ' ERROR auth: login failed for ', p.email, ' from ', p.ip, ' (attempt ', String(r.int(2, 9)), ')\n'],
      () => [isoT(c.ts()), ' WARN  billing: card declined for customer ', c.l('crm_id'), ' (', p.name, '), reason=insufficient_funds\n'],
      () => [isoT(c.ts()), ' ERROR notify: SMS to ', p.phone, ' failed: carrier rejected (', c.l('request_id'), ')\n'],
      () => [isoT(c.ts()), ' INFO  http: GET /api/v1/orders/', c.l('order_number'), ' 200 ', String(r.int(3, 900)), 'ms client=', p.ip, '\n'],
    ])());
  }
  d.w`\n---- network ----\neth0: inet 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)}/24  ether ${c.l('mac_address')}\nresolv: nameserver 10.0.0.2\n`;
  return d;
}

export function crash_report(c) {
  const r = c.r, d = new Doc('crash_report'); const p = c.person(); const lang = r.pick(['java', 'python', 'node', 'go']);
  const auth = c.s(c.kind(['JWT', 'OIDC_ID_TOKEN', 'OAUTH_ACCESS_TOKEN', 'GCP_OAUTH_ACCESS_TOKEN', 'K8S_SERVICE_ACCOUNT_TOKEN', 'ARGOCD_AUTH_TOKEN', 'MONDAY_API_TOKEN']));
  const cookie = c.s('SESSION_COOKIE');
  d.w`Unhandled exception in request ${c.l('request_id')} at ${c.l('timestamp')}\n`;
  if (lang === 'java') d.w`java.lang.NullPointerException: Cannot invoke "com.acme.billing.Address.getCity()" because "shipping" is null\n\tat com.acme.billing.InvoiceService.render(InvoiceService.java:${r.int(40, 400)})\n\tat com.acme.billing.api.InvoiceController.get(InvoiceController.java:${r.int(30, 120)})\n\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)\n\t... 87 more\n`;
  else if (lang === 'python') d.w`Traceback (most recent call last):\n  File "/srv/app/api/views.py", line ${r.int(30, 400)}, in update_profile\n    profile.apply(payload)\n  File "/srv/app/accounts/models.py", line ${r.int(30, 400)}, in apply\n    self.phone = normalize(payload["phone"], region=self.country)\nKeyError: 'phone'\n`;
  else if (lang === 'node') d.w`TypeError: Cannot read properties of undefined (reading 'iban')\n    at PayoutService.create (/app/dist/payouts/service.js:${r.int(30, 400)}:${r.int(5, 60)})\n    at async /app/dist/payouts/controller.js:${r.int(10, 90)}:${r.int(5, 40)}\n`;
  else d.w`panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${r.hex(7)}]\n\ngoroutine ${r.int(100, 9000)} [running]:\nacme/ledger/internal/api.(*Handler).Transfer(0xc000${r.hex(6)}, {0x${r.hex(7)}, 0xc0${r.hex(7)}})\n\t/src/internal/api/transfer.go:${r.int(30, 300)} +0x${r.hex(3)}\n`;
  d.w`\n--- request context ---\nmethod: ${r.pick(['POST', 'PATCH', 'PUT'])}\nurl: https://${r.pick(HOSTS)}/api/v2/${r.pick(['me/profile', 'payouts', 'transfers', 'invoices/' + r.int(1000, 99999)])}\nremote_addr: ${p.ip}\nheaders:\n  Authorization: Bearer ${auth}\n  Cookie: ${r.pick(['sid', 'session', '_app_session', 'connect.sid'])}=${cookie}; theme=dark\n  User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15\n  X-Request-Id: ${c.l('request_id')}\n  X-Forwarded-For: ${c.ip()}, 10.0.3.7\n`;
  d.w`body: {"name":"${J(p.name)}","email":"${J(p.email)}","phone":"${J(p.phone)}","address":{"line1":"${J(p.street)}","city":"${J(p.city)}","country":"${J(p.country)}"},"payout_iban":"${p.iban}"}\n`;
  d.w`user: id=${c.l('crm_id')} email=${c.person().email}\nrelease: ${c.l('version')}  build ${c.l('build_number')}\n`;
  return d;
}
