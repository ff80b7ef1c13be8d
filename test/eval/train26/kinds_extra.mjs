// More structured kinds: US tax/payroll forms, CI pipeline files, JSON log streams with nested
// (escaped) JSON payloads, and cloud credential files.
import { T, P, S, L, flat, text, mapText, jsonEsc } from './frag.mjs';
import { J, Y, F, RAW } from './emit.mjs';
import { fill, lines, stamp } from './kutil.mjs';
import { conn } from './conn.mjs';
import { password, secretValue } from './secrets.mjs';

export function tax_form(c) {
  const r = c.r; const p = c.person(r.pick(['en_US', 'es_MX', 'vi_VN', 'zh_CN', 'ko_KR', 'fil_PH', 'en_IN', 'ar_EG', 'yo_NG', 'ru_RU', 'pt_BR'])); const a = c.addr('US');
  const form = r.pick(['W-9', '1099-NEC', 'W-4', 'I-9', '8821']); const itin = r.chance(0.5);
  const tin = itin ? c.itin(r.pick(['-', '-', ''])) : c.ssn(r.pick(['-', '-', '']));
  const d = c.dl(); const emp = c.org();
  if (r.chance(0.5)) {
    return lines(T`=== Form ${form} — extracted fields (ocr-pipeline ${c.lk('version')}) ===`, T`document_id       : ${c.lk('uuid')}`, T`name_line_1       : ${c.name(p, r.pick(['full', 'latin', 'upperFamily']))}`, T`business_name     : ${r.chance(0.3) ? emp[0] : ''}`,
      T`address           : ${c.loc(a.street)}`, T`city_state_zip    : ${c.loc(a.city)}, ${a.region ? c.loc(a.region) : ''} ${a.postcode}`, T`tin_type          : ${itin ? 'ITIN' : 'SSN'}`, T`tin               : ${tin}`,
      itin && r.chance(0.5) ? T`spouse_itin       : ${c.itin()}` : null, T`phone             : ${c.phone('US')}`, T`email             : ${c.email(p)}`,
      form === 'I-9' ? T`list_a_document   : U.S. Passport ${c.passport()} exp ${c.lk('date')}` : null, form === 'I-9' || r.chance(0.4) ? T`list_b_document   : Driver's License ${d.span} (${d.state})` : null,
      r.chance(0.4) ? T`rejected_tin      : ${c.lk('invalid_ssn')} (failed IRS TIN match)` : null, T`direct_deposit    : acct ${c.bank()} / routing ${c.routing()}`, T`amount_box_1      : ${c.price('USD')}`, T`signed            : ${c.lk('date')}`, T`confidence        : 0.${r.int(80, 99)}`);
  }
  const rec = { form, tax_year: r.int(2022, 2025), payee: { name: { first: c.given(p), last: c.family(p) }, tin: { type: itin ? 'ITIN' : 'SSN', value: tin }, address: { street: c.loc(a.street), city: c.loc(a.city), state: a.region ? c.loc(a.region) : null, zip: a.postcode }, phone: c.phone('US'), email: c.email(p) }, payer: { name: emp[0], ein: `${r.digits(2)}-${r.digits(7)}` }, id_documents: [{ type: 'passport', number: c.passport() }, { type: 'drivers_license', number: d.span, state: d.state }], bank: { account: c.bank(), routing: c.routing() }, amounts: { nonemployee_comp: c.price('USD'), federal_withheld: c.price('USD') }, submitted_at: c.lk('timestamp'), batch: c.lk('request_id') };
  if (r.chance(0.4)) rec.dependents = [{ name: c.name(c.person(p.cul)), itin: c.itin() }];
  return J(rec, { indent: r.pick([2, 4]) });
}

export function ci_config(c) {
  const r = c.r; const v = r.pick(['gha', 'gitlab', 'circle', 'log']);
  const env = {}; for (let i = 0; i < r.int(3, 6); i++) { const s = c.sec(); env[s.keyOf('SNAKE').replace(/[^A-Z0-9_]/g, '_')] = s.span; }
  if (v === 'gha') {
    env.NPM_TOKEN = c.lk('env_reference'); const pw = c.sec('POSTGRES_PASSWORD');
    return Y({ name: 'deploy', on: { push: { branches: ['main'] } }, env, jobs: { build: { 'runs-on': 'ubuntu-latest', services: { db: { image: F(T`postgres:${c.lk('version')}`), env: { POSTGRES_PASSWORD: pw.span } } }, steps: [{ uses: F(T`actions/checkout@${c.lk('git_sha')}`) }, { run: F(T`echo "${c.sec('DOCKER_HUB_PAT').span}" | docker login registry.corp.example -u ci --password-stdin`) }, { run: './deploy.sh', env: { DEPLOY_KEY: c.sec('SSH_KEY_PASSPHRASE').span } }] } } });
  }
  if (v === 'gitlab') {
    return Y({ variables: { ...env, VAULT_DB_PATH: c.lk('secret_reference'), DATABASE_URL: F(conn(c, c.dbEnt(true))) }, stages: ['test', 'deploy'], test: { image: F(T`registry.corp.example/ci/node@${c.lk('digest')}`), script: ['npm ci', 'npm test'] }, deploy: { stage: 'deploy', script: [F(T`curl -X POST -F token=${c.sec('GITLAB_PIPELINE_TRIGGER_TOKEN').span} -F ref=main https://git.corp.example/api/v4/projects/${r.int(10, 999)}/trigger/pipeline`)], only: ['main'] } });
  }
  if (v === 'circle') {
    return Y({ version: 2.1, jobs: { build: { docker: [{ image: F(T`cimg/python:${c.lk('version')}`), auth: { username: 'ci-bot', password: c.sec('DOCKER_HUB_PAT').span } }], environment: env, steps: ['checkout', { run: F(T`pip install --index-url https://ci:${c.S('SERVICE_ACCOUNT_PASSWORD', encodeURIComponent(secretValue(r, 'SERVICE_ACCOUNT_PASSWORD')))}@pypi.pkgs.corp.example/simple -r requirements.txt`) }] } } });
  }
  const out = [`Run ${r.pick(['./scripts/deploy.sh', 'make release', 'terraform apply -auto-approve'])}\n`];
  for (const [k, s] of Object.entries(env)) out.push(...T`${L('timestamp', stamp(r).iso)} ${r.chance(0.4) ? T`${k}=${s}` : T`${k}=${L('placeholder', '***')}`}\n`);
  out.push(...T`${L('timestamp', stamp(r).iso)} + curl -sf -u deploy:${c.pw('ADMIN_PASSWORD')} https://artifacts.corp.example/upload\n${L('timestamp', stamp(r).iso)} Uploaded build ${c.lk('build_number')} (${c.lk('digest')})\n${L('timestamp', stamp(r).iso)} Notified ${c.email(c.person(), 'corp.example')}\n`);
  return out;
}

export function event_stream(c) {
  const r = c.r; const svc = r.pick(['order-api', 'kyc-worker', 'notify', 'ehr-bridge']);
  const inner = () => { const p = c.person(); const k = r.int(0, 4);
    if (k === 0) return { event: 'user.signup', user: { name: c.name(p), email: c.email(p), phone: c.phone(p) }, ip: c.ip() };
    if (k === 1) { const s = c.sec(); return { event: 'integration.configured', provider: s.ent.split('_')[0].toLowerCase(), credentials: { [s.keyOf('snake')]: s.span } }; }
    if (k === 2) return { event: 'payment.captured', card: c.card(null, r.int(0, 1)), holder: c.name(p), amount: c.lk('price') };
    if (k === 3) return { event: 'kyc.document', document: { type: 'ssn_card', number: c.ssn() }, subject: c.name(p), address: F(c.addrLine(c.addr(p))) };
    return { event: 'db.reconnect', dsn: F(conn(c, c.dbEnt(true))), attempt: r.int(1, 5) }; };
  const mk = () => {
    const msgFrag = J(inner(), { indent: 0 });
    const twice = r.chance(0.3);
    const rec = { '@timestamp': c.lk('timestamp'), event_id: c.lk('ulid'), level: r.pick(['INFO', 'WARN', 'DEBUG']), service: svc, trace_id: c.lk('trace_id'), message: F(msgFrag) };
    if (twice) return J({ logEvents: [{ id: c.lk('snowflake_id'), timestamp: RAW(L('timestamp', String(r.int(1700000000000, 1780000000000)))), message: F(J(rec, { indent: 0 })) }], logGroup: `/ecs/${svc}`, logStream: F(T`app/${c.lk('hash')}`) }, { indent: 0 });
    return J(rec, { indent: 0 });
  };
  return fill(c, () => [...mk(), '\n'], (x) => x.flat(), 900, 3800, 2);
}

export function cloud_credentials(c) {
  const r = c.r; const v = r.pick(['aws', 'gcp', 'azure', 's3cfg', 'rclone']);
  if (v === 'aws') { const out = ['$ cat ~/.aws/credentials']; for (const prof of r.pickN(['default', 'prod', 'staging', 'billing-ro', 'backup'], r.int(2, 3))) { const tmp = r.chance(0.3); out.push(`[${prof}]`, T`aws_access_key_id = ${c.sec(tmp ? 'AWS_TEMPORARY_ACCESS_KEY' : 'AWS_ACCESS_KEY').span}`, T`aws_secret_access_key = ${c.sec('AWS_SECRET_KEY').span}`); if (tmp) out.push(T`aws_session_token = ${c.sec('AWS_SESSION_TOKEN').span}`); out.push(''); } out.push('[example-from-docs]', T`aws_access_key_id = ${L('aws_example_key', 'AKIAIOSFODNN7EXAMPLE')}`, T`aws_secret_access_key = ${L('aws_example_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}`); return lines(...out); }
  if (v === 'gcp') { const k = c.sec('PKCS8_PRIVATE_KEY'); const proj = r.pick(['acme-prod-3321', 'kp-data-eu', 'clinic-ml']); const p = c.person(); return ['$ cat sa-key.json\n', ...J({ type: 'service_account', project_id: proj, private_key_id: c.lk('hash'), private_key: k.span, client_email: P('EMAIL_ADDRESS', `deployer@${proj}.iam.gserviceaccount.example`), client_id: c.lk('counter'), auth_uri: 'https://accounts.auth.example/o/oauth2/auth', token_uri: 'https://oauth2.auth.example/token', universe_domain: 'cloud.example' }, { indent: 2 }), '\n', ...T`# owner: ${c.name(p)} <${c.email(p)}>\n`]; }
  if (v === 'azure') return ['$ az account show --output json  # and cached token\n', ...J({ environmentName: 'AzureCloud', id: c.lk('uuid'), tenantId: c.lk('uuid'), user: { name: c.email(c.person(), 'corp.example'), type: 'user' }, cachedToken: { accessToken: c.sec('JSON_WEB_TOKEN').span, refreshToken: c.sec('OAUTH_REFRESH_TOKEN').span, expiresOn: c.lk('timestamp') }, servicePrincipal: { clientId: c.lk('uuid'), clientSecret: c.sec('AZURE_CLIENT_SECRET').span }, storage: F(T`DefaultEndpointsProtocol=https;AccountName=${r.pick(['acmelogs', 'kpbackup', 'clinicdocs'])};AccountKey=${c.sec('AZURE_STORAGE_ACCOUNT_KEY').span};EndpointSuffix=core.cloud.example`) }, { indent: 2 }), '\n'];
  if (v === 's3cfg') return lines('$ cat ~/.s3cfg', '[default]', T`access_key = ${c.sec('AWS_ACCESS_KEY').span}`, T`secret_key = ${c.sec('AWS_SECRET_KEY').span}`, T`host_base = ${c.lk('hostname')}`, T`gpg_passphrase = ${c.sec('SSH_KEY_PASSPHRASE').span}`, 'use_https = True', T`# bucket owner: ${c.name(c.person())}`);
  return lines('$ cat ~/.config/rclone/rclone.conf', '[nas]', 'type = sftp', T`host = ${c.lk('hostname')}`, 'user = backup', T`pass = ${c.sec('FTP_PASSWORD').span}`, '', '[b2]', 'type = b2', T`account = ${L('hash', c.lk('hash').v.slice(0, 12))}`, T`key = ${c.sec('INTERNAL_API_KEY').span}`, '', '[dropbox]', 'type = dropbox', T`token = {"access_token":"${c.sec('DROPBOX_ACCESS_TOKEN').span}","token_type":"bearer","expiry":"${c.lk('timestamp')}"}`);
}
