// Ops document kinds (part 3): access logs, source code, git output, lockfiles/manifests.
import { privateKeyPem } from './secrets.mjs';
import { nextPemKind } from './common.mjs';
import { Ctx, S, P, L, Doc, frag, PI, kvLine, pemSpan, urlPassword, plainSecret, tokenSecret, anyPassword, machinePassword, humanPassword, passphrase, SECRET_BY, fill, Clock } from './common.mjs';
import { LOOK, sshPublicKey } from './lookalikes.mjs';

const BUDGET = 3750;
const H = (c) => c.lk('hostname');
const svcName = (r) => r.pick(['billing-api', 'checkout', 'ledger-sync', 'crm-web', 'payroll-batch', 'notifier', 'search-indexer', 'booking-core', 'claims-portal', 'hr-connect']);
const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'curl/8.5.0', 'python-requests/2.31.0', 'okhttp/4.12.0', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'PostmanRuntime/7.37.0', 'Go-http-client/2.0'];
const PATHS = ['/api/v1/orders', '/api/v2/customers/', '/login', '/checkout/confirm', '/static/app.js', '/healthz', '/api/v1/invoices', '/graphql', '/export.csv', '/webhooks/inbound', '/account/settings'];

// ------------------------------------------------------------------ access_log
export function access_log(r, i = 0) {
  const c = new Ctx(r, 'en'); const d = new Doc(); const v = (i + r.int(2)) % 4;
  const ip = () => P('IP_ADDRESS', PI.clientIp(r));
  const query = () => {
    const k = r.int(10);
    if (k === 0) return frag('?api_key=', S('API_KEY_HEX', r.hex(32)));
    if (k === 1) return frag('?access_token=', c.sec(r.pick(['OAUTH_ACCESS_TOKEN', 'JSON_WEB_TOKEN'])));
    if (k === 2) return frag('?email=', c.E(c.person()));
    if (k === 3) return frag('?order=', c.lk('order_number'));
    if (k === 4) return frag('?sig=', c.sec('SIGNED_URL_TOKEN'), '&exp=', L('timestamp', c.clock.epoch()));
    if (k === 5) return frag('?ref=', c.lk('crm_id'));
    if (k === 6) return frag('?token=', c.sec(r.pick(['API_KEY_BASE62', 'SIGNED_URL_TOKEN', 'SESSION_COOKIE'])));
    return '';
  };
  if (v === 0) { // nginx combined + extras
    fill(d, BUDGET, () => {
      c.clock.step(0, 20);
      const st = r.pickW([[8, 200], [2, 304], [2, 404], [1, 401], [1, 500], [1, 302]]);
      return frag(ip(), ' - ', r.chance(0.15) ? r.pick(['ops', 'partner', 'reporter']) : '-', ' [', L('timestamp', c.clock.clf()), '] "', r.pick(['GET', 'GET', 'POST', 'PUT']), ' ', r.pick(PATHS), query(), ' HTTP/1.1" ', String(st), ' ', String(r.range(0, 48000)), ' "', r.chance(0.3) ? 'https://shop.corp.example/' : '-', '" "', r.pick(UA), '" rt=', `0.${r.digits(3)}`, ' req_id=', c.lk('request_id'), '\n');
    }, 40);
  } else if (v === 1) { // JSON app logs
    fill(d, BUDGET, () => {
      c.clock.step(0, 30); const p = c.person();
      const ev = r.pick(['login.success', 'login.failed', 'password.reset', 'order.created', 'export.download', 'profile.updated']);
      return frag('{"ts":"', L('timestamp', c.clock.iso()), '","level":"', r.pick(['info', 'info', 'warn']), '","event":"', ev, '","user":"', c.E(p), '","ip":"', ip(), '","trace_id":"', L('trace_id', r.hex(32)), '","session":"', c.lk('ulid'), '"',
        ev === 'profile.updated' ? frag(',"changes":{"phone":"', c.Ph(), '","city":"', c.city(), '"}') : '', ev === 'order.created' ? frag(',"order":"', c.lk('order_number'), '","total":"', c.lk('price'), '"') : '', '}\n');
    }, 30);
  } else if (v === 2) { // sshd auth.log
    const host = r.pick(['bastion-1', 'sftp-gw', 'jump-eu']);
    fill(d, BUDGET, () => {
      c.clock.step(1, 200); const k = r.int(6);
      const pre = frag(L('timestamp', c.clock.syslog()), ` ${host} sshd[${r.range(1000, 99999)}]: `);
      if (k === 0) return frag(pre, 'Accepted publickey for ', r.pick(['deploy', 'ops', 'backup']), ' from ', ip(), ` port ${r.range(1024, 65535)} ssh2: ED25519 `, c.lk('key_fingerprint'), '\n');
      if (k === 1) return frag(pre, 'Failed password for invalid user ', r.pick(['admin', 'test', 'oracle', 'ubnt']), ' from ', ip(), ` port ${r.range(1024, 65535)} ssh2\n`);
      if (k === 2) return frag(pre, 'Accepted password for ', r.pick(['sftp-partner', 'scanner']), ' from ', ip(), ` port ${r.range(1024, 65535)} ssh2\n`);
      if (k === 3) return frag(pre, 'Disconnected from authenticating user root ', ip(), ` port ${r.range(1024, 65535)} [preauth]\n`);
      if (k === 4) return frag(pre, 'pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)\n');
      return frag(pre, 'Connection closed by ', ip(), ` port ${r.range(1024, 65535)} [preauth]\n`);
    }, 40);
  } else { // apache error/access with leaked basic auth header dump
    d.line('# debug capture on ', H(c), ' — ', c.date());
    fill(d, BUDGET - 400, () => {
      c.clock.step(0, 15);
      return frag('[', L('timestamp', c.clock.gitDate()), '] [proxy:debug] [pid ', String(r.range(1000, 9999)), '] [client ', ip(), ':', String(r.range(1024, 65535)), '] ', r.pick(['AH01144: No protocol handler', 'AH00898: Error reading from remote server', 'AH01102: error reading status line', 'upstream timed out']), '\n');
    }, 18);
    d.line('> GET /admin/export HTTP/1.1');
    d.line('> Host: ', H(c));
    d.line('> Authorization: Basic ', c.sec('BASIC_AUTH_CREDENTIALS'));
    d.line('> Cookie: session=', c.sec('SESSION_COOKIE'), '; theme=dark');
    d.line('> X-Forwarded-For: ', ip(), ', ', PI.privateIp(r));
    d.line('< HTTP/1.1 200 OK');
    d.line('< ETag: ', c.lk('etag'));
    d.line('< X-Request-Id: ', c.lk('request_id'));
  }
  return d;
}

// ------------------------------------------------------------------ source_code
export function source_code(r) {
  const c = new Ctx(r, 'en'); const d = new Doc(); const v = r.int(8);
  const author = c.person();
  const hdr = (cm) => { d.line(cm, ' Author: ', c.N(author, 'full'), ' <', c.E(author), '>'); d.line(cm, ' Created: ', c.date()); };
  const sv = (e) => S(e, plainSecret(r, SECRET_BY[e].gen));
  if (v === 0) { // python
    hdr('#');
    d.line('import os, requests');
    d.line();
    d.line('API_BASE = "https://', H(c), '/v2"');
    d.line(r.pick(['API_KEY', 'TOKEN', 'PARTNER_SECRET']), ' = "', sv(r.pick(['API_KEY_HEX', 'API_KEY_BASE62', 'STRIPE_SECRET_KEY', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'SENDGRID_API_KEY', 'HUGGINGFACE_TOKEN'])), '"  # TODO move to vault');
    d.line('FALLBACK_KEY = os.environ.get("FALLBACK_KEY", "', c.lk('placeholder'), '")');
    for (let i = 0; i < r.range(2, 5); i++) { const def = c.secDef('py', (x) => x.keys.length > 0); d.line(r.pick(def.keys).replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().replace(/[^A-Z0-9_]/g, '_'), ' = "', S(def.e, tokenSecret(r, def.gen)), '"'); }
    d.line();
    d.line('def fetch_customer(cid: str) -> dict:');
    d.line('    r = requests.get(f"{API_BASE}/customers/{cid}", headers={"Authorization": f"Bearer {TOKEN if False else API_KEY}"}, timeout=10)');
    d.line('    r.raise_for_status()');
    d.line('    return r.json()');
    d.line();
    d.line('def test_fixture():');
    for (let i = 0; i < r.range(2, 4); i++) { const p = c.person(); d.line('    yield {"name": "', c.N(p, 'full'), '", "email": "', c.E(p), '", "phone": "', c.Ph(), '", "city": "', c.city(), '"}'); }
    d.line();
    d.line('DB = psycopg2.connect(host="', H(c), '", user="etl", password="', sv('DATABASE_PASSWORD'), '")');
  } else if (v === 1) { // javascript
    hdr('//');
    d.line("const Stripe = require('stripe');");
    d.line("const stripe = Stripe(process.env.STRIPE_KEY || '", sv(r.pick(['STRIPE_SECRET_KEY', 'STRIPE_TEST_SECRET_KEY', 'STRIPE_RESTRICTED_KEY'])), "');");
    d.line("const publishable = '", L('public_key', 'pk_live_' + r.str('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 24)), "';");
    d.line('const config = {');
    for (let i = 0; i < r.range(4, 8); i++) { const def = c.secDef('js', (x) => x.keys.length > 0); d.line('  ', r.pick(def.keys).replace(/[^A-Za-z0-9]+(.)?/g, (_, ch) => (ch ? ch.toUpperCase() : '')).replace(/^./, (x) => x.toLowerCase()), ": '", S(def.e, tokenSecret(r, def.gen)), "',"); }
    d.line("  brandColor: '", c.lk('hex_color'), "',");
    d.line("  webhook: 'https://hooks.slack.example/services/", c.sec('SLACK_WEBHOOK_SECRET'), "',");
    d.line('};');
    d.line('// seed users for the demo tenant');
    d.line('export const seedUsers = [');
    for (let i = 0; i < r.range(2, 4); i++) { const p = c.person(); d.line('  { name: "', c.N(p, 'full'), '", email: "', c.E(p), '", password: "', L('placeholder', r.pick(['changeme', 'dummy', '<password>'])), '" },'); }
    d.line('];');
  } else if (v === 2) { // go
    hdr('//');
    d.line('package main');
    d.line();
    d.line('const (');
    d.line('\tdsn      = "postgres://ledger:', S('CONNECTION_STRING_PASSWORD', urlPassword(r)), '@', H(c), ':5432/ledger?sslmode=require"');
    d.line('\tsigningKey = "', sv(r.pick(['HMAC_SECRET', 'JWT_SIGNING_SECRET', 'WEBHOOK_SIGNING_SECRET'])), '"');
    d.line('\tbuildSHA  = "', c.lk('git_sha'), '"');
    d.line(')');
    d.line();
    d.line('var slackToken = "', sv(r.pick(['SLACK_BOT_TOKEN', 'SLACK_USER_TOKEN', 'SLACK_APP_TOKEN'])), '"');
    d.line('var partnerKeys = map[string]string{');
    for (let i = 0; i < r.range(2, 5); i++) { const def = c.secDef('go', (x) => x.keys.length > 0); d.line('\t"', (def.svc || 'partner').toLowerCase().replace(/[^a-z]+/g, '-'), '": "', S(def.e, tokenSecret(r, def.gen)), '",'); }
    d.line('}');
    d.line();
    d.line('func main() {');
    d.line('\tlog.Printf("starting %s", buildSHA)');
    d.line('\tclient := vault.NewClient("https://', H(c), ':8200", "', sv(r.pick(['HASHICORP_VAULT_TOKEN', 'HASHICORP_VAULT_BATCH_TOKEN'])), '")');
    d.line('\t_ = client');
    d.line('}');
  } else if (v === 3) { // java
    hdr('//');
    d.line('package com.example.billing;');
    d.line();
    d.line('public final class Secrets {');
    d.line('    private Secrets() {}');
    for (let i = 0; i < r.range(4, 8); i++) { const def = c.secDef('java', (x) => x.keys.length > 0); d.line('    static final String ', def.e, r.chance(0.3) ? '_OLD' : '', ' = "', S(def.e, plainSecret(r, def.gen)), '";'); }
    d.line('    // UUID of the sandbox tenant: ', c.lk('uuid'));
    d.line('    static final String SUPPORT_CONTACT = "', c.N(c.person(), 'full'), ' ', c.Ph(), '";');
    d.line('}');
  } else if (v === 4) { // terraform
    d.line('provider "aws" {');
    d.line('  region     = "eu-central-1"');
    d.line('  access_key = "', c.sec('AWS_ACCESS_KEY'), '"');
    d.line('  secret_key = "', c.sec('AWS_SECRET_KEY'), '"');
    d.line('}');
    d.line();
    d.line('provider "cloudflare" {');
    d.line('  api_token = "', c.sec('CLOUDFLARE_API_TOKEN'), '"');
    d.line('}');
    d.line();
    d.line('resource "aws_db_instance" "crm" {');
    d.line('  identifier = "crm-prod"');
    d.line('  username   = "crm_admin"');
    d.line('  password   = "', S('DATABASE_PASSWORD', plainSecret(r, anyPassword)), '"');
    d.line('  tags = { Owner = "', c.N(c.person(), 'full'), '", CostCenter = "', c.lk('crm_id'), '" }');
    d.line('}');
    d.line();
    d.line('# example from the provider docs: ', L('aws_example_key', r.pick(['AKIAIOSFODNN7EXAMPLE', 'AKIAI44QH8DHBEXAMPLE'])));
    d.line('variable "db_password" { default = "', L('env_reference', '${var.db_password}'), '" }');
  } else if (v === 5) { // ruby / rails credentials
    d.line('# config/credentials.yml.enc (decrypted with bin/rails credentials:show)');
    d.line('secret_key_base: ', c.sec('RAILS_SECRET_KEY_BASE'));
    d.line('aws:');
    d.line('  access_key_id: ', c.sec('AWS_ACCESS_KEY'));
    d.line('  secret_access_key: ', c.sec('AWS_SECRET_KEY'));
    d.line('active_record_encryption:');
    d.line('  primary_key: ', S('ENCRYPTION_KEY', r.str('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32)));
    d.line('github:');
    d.line('  app_private_key: |');
    d.line('    ', pemSpan(r, nextPemKind(['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY']), 'indent', '    '));
    d.line('# config/master.key');
    d.line('# ', c.sec('RAILS_MASTER_KEY'));
  } else if (v === 6) { // shell script
    d.line('#!/usr/bin/env bash');
    d.line('# nightly export — maintained by ', c.N(author, 'full'));
    d.line('set -euo pipefail');
    d.line('export PGPASSWORD=', S('DATABASE_PASSWORD', urlPassword(r)));
    d.line('SFTP_PASS=', "'", S('FTP_PASSWORD', plainSecret(r, (x) => tokenSecret(x, anyPassword)).replace(/'/g, '')), "'");
    d.line('pg_dump -h ', H(c), ' -U export crm | gzip > /tmp/crm-$(date +%F).sql.gz');
    d.line('sshpass -p "$SFTP_PASS" sftp partner@', H(c), ' <<< "put /tmp/crm-*.sql.gz"');
    d.line('curl -s -u "', r.pick(['api', 'exporter']), ':', S('CLI_PASSWORD', urlPassword(r)), '" -F file=@/tmp/report.csv https://', H(c), '/upload');
    d.line('mail -s "export done" ', c.E(c.person()), ' < /dev/null');
    for (let i = 0; i < r.range(2, 4); i++) { const def = c.secDef('sh', (x) => x.keys.length > 0); d.line('export ', r.pick(def.keys).replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().replace(/[^A-Z0-9_]/g, '_'), '="', S(def.e, tokenSecret(r, def.gen)), '"'); }
  } else { // C# / Swift / PHP mixed
    d.line('// ', c.N(author, 'full'), ', ', c.date());
    d.line('var client = new SmtpClient("', H(c), '", 587) {');
    d.line('    Credentials = new NetworkCredential("', c.E(c.person()), '", "', S('SMTP_PASSWORD', plainSecret(r, anyPassword)), '"),');
    d.line('    EnableSsl = true');
    d.line('};');
    d.line('var firebaseKey = "', c.sec('FIREBASE_SERVER_KEY'), '";');
    d.line('var mapsKey = "', c.sec('GCP_API_KEY'), '";');
    d.line('var nonce = "', c.lk('csp_nonce'), '"; // per-request CSP nonce');
    d.line('var logo = "', c.lk('data_uri'), '";');
    if (r.chance(0.5)) d.line('var signingPem = "', pemSpan(r, nextPemKind(['EC_PRIVATE_KEY', 'RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY']), 'json'), '";');
    for (let i = 0; i < r.range(2, 5); i++) { const def = c.secDef('cs', (x) => x.keys.length > 0); d.line('const string ', r.pick(def.keys).replace(/[^A-Za-z0-9]+(.)?/g, (_, ch) => (ch ? ch.toUpperCase() : '')).replace(/^./, (x) => x.toUpperCase()), ' = "', S(def.e, tokenSecret(r, def.gen)), '";'); }
  }
  return d;
}

// ------------------------------------------------------------------ git_output
export function git_output(r, i = 0) {
  const c = new Ctx(r, 'en'); const d = new Doc(); const v = (i + r.int(2)) % 6;
  if (v === 5) { // signing-key export
    const me = c.person();
    d.line('$ gpg --list-secret-keys --keyid-format=long');
    d.line('sec   ed25519/', L('key_fingerprint', r.hex(16).toUpperCase()), ' ', L('date', c.clock.ymd()), ' [SC]');
    d.line('      ', L('key_fingerprint', r.hex(40).toUpperCase()));
    d.line('uid                 [ultimate] ', c.N(me, 'full'), ' <', c.E(me), '>');
    d.line('$ gpg --armor --export-secret-keys ', c.E(me), ' > signing.asc && cat signing.asc');
    d.line(S('PGP_PRIVATE_KEY', privateKeyPem(r, 'PGP_PRIVATE_KEY', { uid: 'Release Bot <release@corp.example>' })));
    d.line('$ git config user.signingkey ', L('key_fingerprint', r.hex(16).toUpperCase()));
    d.line('$ cat ~/.ssh/id_ed25519.pub');
    d.line(L('public_key', sshPublicKey(r, (me.givenLatin[0] + me.familyLatin).toLowerCase().replace(/[^a-z]/g, '') + '@laptop')));
    return d;
  }
  const dev = () => c.person();
  if (v === 0) { // git log
    fill(d, BUDGET, () => {
      const a = dev(); c.clock.step(600, 90000);
      const leak = r.chance(0.25) ? (() => { const def = c.secDef('gitlog', (x) => x.vendor); return frag('\n    Rotated the old key (', S(def.e, tokenSecret(r, def.gen)), '), new one is in vault.\n'); })() : '';
      return frag('commit ', c.lk('git_sha'), '\nAuthor: ', c.N(a, 'full'), ' <', c.E(a), '>\nDate:   ', L('timestamp', c.clock.gitDate()), '\n\n    ', r.pick(['Fix VAT rounding for ', 'Add retry for ', 'Translate footer for ', 'Bump version for ', 'Remove debug logging in ']), svcName(r), '\n', leak, r.chance(0.4) ? frag('\n    Reviewed-by: ', (() => { const b = dev(); return frag(c.N(b, 'full'), ' <', c.E(b), '>'); })(), '\n') : '', '\n');
    }, 12);
  } else if (v === 1) { // git show with diff leaking a secret
    const a = dev();
    d.line('commit ', c.lk('git_sha'));
    d.line('Author: ', c.N(a, 'full'), ' <', c.E(a), '>');
    d.line('Date:   ', L('timestamp', c.clock.gitDate()));
    d.line();
    d.line('    ', r.pick(['temp: hardcode creds for demo', 'config for staging', 'wip', 'add partner integration']));
    d.line();
    const f = r.pick(['config/staging.yml', '.env.staging', 'src/settings.py', 'deploy/values.yaml']);
    d.line(`diff --git a/${f} b/${f}`);
    d.line('index ', L('git_sha', r.hex(7)), '..', L('git_sha', r.hex(7)), ' 100644');
    d.line(`--- a/${f}`);
    d.line(`+++ b/${f}`);
    d.line(`@@ -${r.range(3, 40)},6 +${r.range(3, 40)},${r.range(7, 11)} @@`);
    d.line(' database:');
    d.line('   host: ', H(c));
    d.line('-  password: ', c.lk('env_reference'));
    d.line('+  password: ', S('DATABASE_PASSWORD', plainSecret(r, (x) => tokenSecret(x, anyPassword))));
    for (let i = 0; i < r.range(4, 8); i++) { const def = c.secDef('gitdiff', (x) => x.keys.length > 0); d.line('+', r.pick(def.keys).toLowerCase().replace(/[^a-z0-9]+/g, '_'), ': ', S(def.e, tokenSecret(r, def.gen))); }
    d.line(' timeout: 30');
  } else if (v === 2) { // git remote -v, config --list
    d.line('$ git remote -v');
    const tok = c.sec(r.pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PERSONAL_ACCESS_TOKEN', 'GITHUB_SERVER_TO_SERVER_TOKEN', 'BITBUCKET_APP_PASSWORD']));
    d.line('origin\thttps://', r.pick(['x-access-token', 'oauth2', 'ci-bot']), ':', tok, '@code.corp.example/platform/', svcName(r), '.git (fetch)');
    d.line('origin\thttps://', r.pick(['x-access-token', 'oauth2', 'ci-bot']), ':', L('placeholder', '***'), '@code.corp.example/platform/', svcName(r), '.git (push)');
    d.line('$ git config --list --show-origin');
    const me = dev();
    d.line('file:/home/dev/.gitconfig\tuser.name=', c.N(me, 'full'));
    d.line('file:/home/dev/.gitconfig\tuser.email=', c.E(me));
    d.line('file:/home/dev/.gitconfig\tuser.signingkey=', L('key_fingerprint', r.hex(16).toUpperCase()));
    d.line('file:/home/dev/.gitconfig\turl.https://build:', c.sec(r.pick(['GITHUB_OAUTH_TOKEN', 'GITHUB_USER_TO_SERVER_TOKEN', 'GITLAB_DEPLOY_TOKEN'])), '@code.corp.example/.insteadof=https://code.corp.example/');
    d.line('file:.git/config\tcore.repositoryformatversion=0');
    d.line('file:.git/config\tbranch.main.remote=origin');
    d.line('$ git log --oneline -5');
    for (let i = 0; i < 5; i++) d.line(L('git_sha', r.hex(7)), ' ', r.pick(['fix flaky test', 'update translations', 'merge main', 'bump deps', 'add CSV export']));
  } else if (v === 3) { // shortlog + blame
    d.line('$ git shortlog -sne --since="6 months"');
    for (let i = 0; i < r.range(5, 9); i++) { const a = dev(); d.line(String(r.range(1, 300)).padStart(6, ' '), '\t', c.N(a, 'full'), ' <', c.E(a), '>'); }
    d.line('$ git blame -L 10,16 src/notify.ts');
    for (let i = 10; i <= 16; i++) {
      const a = dev(); const line = i === 13 ? frag("const token = '", c.sec(r.pick(['TELEGRAM_BOT_TOKEN', 'DISCORD_BOT_TOKEN', 'TWILIO_API_KEY', 'MAILGUN_API_KEY'])), "';") : r.pick(['import { send } from "./mail";', '', 'export async function notify(u) {', '  return send(u);', '}']);
      d.line(L('git_sha', r.hex(8)), ' (', c.N(a, 'full'), ' ', L('timestamp', c.clock.step(1000, 900000).sql()), ' +0000 ', String(i), ') ', line);
    }
  } else { // git stash / reflog / tag -n
    d.line('$ git tag -n1 | tail -6');
    for (let i = 0; i < 6; i++) d.line(L('version', `v${r.range(1, 4)}.${r.range(0, 20)}.${r.range(0, 9)}`), '        ', r.pick(['Release', 'Hotfix', 'Signed release']), ' by ', c.N(dev(), 'full'));
    d.line('$ git reflog -8');
    for (let i = 0; i < 8; i++) d.line(L('git_sha', r.hex(7)), ` HEAD@{${i}}: `, r.pick(['checkout: moving from main to fix/vat', 'commit: fix', 'pull: Fast-forward', 'reset: moving to HEAD~1']));
    d.line('$ git stash show -p stash@{0}');
    d.line('-API_TOKEN=', c.lk('placeholder'));
    d.line('+API_TOKEN=', c.sec(r.pick(['LINEAR_API_KEY', 'NOTION_TOKEN', 'AIRTABLE_PERSONAL_ACCESS_TOKEN', 'ASANA_PERSONAL_ACCESS_TOKEN', 'FIGMA_TOKEN', 'POSTMAN_API_KEY'])));
    d.line('+CONTACT=', c.E(dev()));
  }
  return d;
}

// ------------------------------------------------------------------ lockfile_manifest
const PKGS = ['left-pad-lite', 'date-fns', 'zod', 'express', 'pg', 'lodash.merge', 'uuid', 'chalk', 'ioredis', 'axios', 'dotenv', 'jsonwebtoken', 'yaml', 'pino', 'undici', 'ms', 'semver', 'ajv'];
export function lockfile_manifest(r, i = 0) {
  const d = lockfile_inner(r, i); const c = new Ctx(r, 'en');
  if (d.size() < 2800 && r.chance(0.8)) {
    d.line('# ~/.config/registries.env');
    for (let k = 0; k < r.range(2, 5); k++) { const def = c.secDef('lockx', (x) => x.keys.length > 0 && (/npm|Docker|JFrog|RubyGems|NuGet|GitHub|GitLab|Bitbucket/.test(x.svc || '') || !x.vendor)); d.line(r.pick(def.keys).replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().replace(/[^A-Z0-9_]/g, '_'), '=', S(def.e, tokenSecret(r, def.gen))); }
  }
  return d;
}
function lockfile_inner(r, i) {
  const c = new Ctx(r, 'en'); const d = new Doc(); const v = (i + r.int(2)) % 5;
  const reg = 'https://pkgs.internal.example';
  if (v === 0) { // package.json + package-lock excerpt + .npmrc
    const a = c.person();
    d.line('// package.json');
    d.line('{');
    d.line(`  "name": "@corp/${svcName(r)}",`);
    d.line('  "version": "', L('version', `${r.range(0, 4)}.${r.range(0, 30)}.${r.range(0, 9)}`), '",');
    d.line('  "author": "', c.N(a, 'full'), ' <', c.E(a), '>",');
    d.line('  "contributors": ["', c.N(c.person(), 'full'), '"],');
    d.line('  "dependencies": {');
    const deps = r.sample(PKGS, r.range(3, 5));
    deps.forEach((p, i) => d.line(`    "${p}": "^`, L('version', `${r.range(1, 9)}.${r.range(0, 20)}.${r.range(0, 9)}`), '"', i < deps.length - 1 ? ',' : ''));
    d.line('  }');
    d.line('}');
    d.line('// package-lock.json (excerpt)');
    for (const p of deps) {
      d.line(`    "node_modules/${p}": {`);
      d.line('      "version": "', L('version', `${r.range(1, 9)}.${r.range(0, 20)}.${r.range(0, 9)}`), '",');
      d.line(`      "resolved": "${reg}/npm/${p}/-/${p}.tgz",`);
      d.line('      "integrity": "', c.lk('integrity'), '"');
      d.line('    },');
    }
    d.line('// .npmrc');
    d.line('//pkgs.internal.example/npm/:_authToken=', c.sec('NPM_ACCESS_TOKEN'));
    d.line('always-auth=true');
  } else if (v === 1) { // requirements with hashes + pip.conf
    d.line('# requirements.txt — generated by pip-compile');
    for (const p of r.sample(['requests', 'urllib3', 'certifi', 'idna', 'pydantic', 'sqlalchemy', 'psycopg2-binary', 'boto3', 'celery'], r.range(4, 6))) {
      d.line(`${p}==`, L('version', `${r.range(1, 3)}.${r.range(0, 30)}.${r.range(0, 9)}`), ' \\');
      d.line('    --hash=sha256:', L('hash', r.hex(64)), ' \\');
      d.line('    --hash=sha256:', L('hash', r.hex(64)));
    }
    d.line('# ~/.config/pip/pip.conf');
    d.line('[global]');
    d.line('index-url = https://', r.pick(['ci', 'build']), ':', S('URL_EMBEDDED_PASSWORD', urlPassword(r)), '@pkgs.internal.example/simple/');
    d.line('trusted-host = pkgs.internal.example');
  } else if (v === 2) { // Cargo.lock + go.sum
    d.line('# Cargo.lock');
    for (let i = 0; i < r.range(3, 5); i++) {
      d.line('[[package]]');
      d.line(`name = "${r.pick(['serde', 'tokio', 'rand', 'hyper', 'tracing', 'anyhow', 'bytes'])}"`);
      d.line('version = "', L('version', `${r.range(0, 2)}.${r.range(0, 40)}.${r.range(0, 20)}`), '"');
      d.line(`source = "registry+${reg}/crates/index"`);
      d.line('checksum = "', L('hash', r.hex(64)), '"');
      d.line();
    }
    d.line('# go.sum');
    for (let i = 0; i < r.range(3, 6); i++) { const m = `corp.example/${r.pick(['lib', 'platform', 'shared'])}/${r.pick(['log', 'auth', 'retry', 'money'])}`; const ver = `v${r.range(0, 2)}.${r.range(0, 20)}.${r.range(0, 9)}`; d.line(m, ' ', L('version', ver), ' ', L('hash', 'h1:' + r.bytes(32).toString('base64'))); d.line(m, ' ', L('version', ver), '/go.mod ', L('hash', 'h1:' + r.bytes(32).toString('base64'))); }
    d.line('# ~/.cargo/credentials.toml');
    d.line('[registries.internal]');
    d.line('token = "', S('API_KEY_BASE62', SECRET_BY.API_KEY_BASE62.gen(r)), '"');
  } else if (v === 3) { // CycloneDX SBOM
    d.line('{');
    d.line('  "bomFormat": "CycloneDX", "specVersion": "1.5",');
    d.line('  "serialNumber": "urn:uuid:', c.lk('uuid'), '",');
    d.line('  "metadata": { "timestamp": "', L('timestamp', c.clock.isoS()), '", "authors": [{ "name": "', c.N(c.person(), 'full'), '", "email": "', c.E(c.person()), '" }] },');
    d.line('  "components": [');
    for (let i = 0; i < r.range(3, 5); i++) {
      const p = r.pick(PKGS);
      d.line('    { "name": "', p, '", "version": "', L('version', `${r.range(1, 9)}.${r.range(0, 20)}.${r.range(0, 9)}`), '", "purl": "pkg:npm/', p, '", "hashes": [{ "alg": "SHA-256", "content": "', L('hash', r.hex(64)), '" }] },');
    }
    d.line('    { "name": "base-image", "version": "', c.lk('digest'), '" }');
    d.line('  ]');
    d.line('}');
  } else { // Gemfile.lock + composer auth
    d.line('GEM');
    d.line(`  remote: ${reg}/gems/`);
    d.line('  specs:');
    for (let i = 0; i < r.range(4, 7); i++) d.line(`    ${r.pick(['rack', 'rails', 'nokogiri', 'puma', 'sidekiq', 'pg', 'devise', 'jwt'])} (`, L('version', `${r.range(1, 7)}.${r.range(0, 12)}.${r.range(0, 9)}`), ')');
    d.line();
    d.line('BUNDLED WITH');
    d.line('   ', L('version', `2.${r.range(3, 5)}.${r.range(0, 20)}`));
    d.line('# ~/.gem/credentials');
    d.line('---');
    d.line(':rubygems_api_key: ', c.sec('RUBYGEMS_API_KEY'));
    d.line('# auth.json (composer)');
    d.line('{ "http-basic": { "pkgs.internal.example": { "username": "', c.E(c.person()), '", "password": "', S('API_KEY_BASE62', SECRET_BY.API_KEY_BASE62.gen(r)), '" } } }');
    d.line('# NuGet.Config');
    d.line('<add key="ClearTextPassword" value="', c.sec('NUGET_API_KEY'), '" />');
  }
  return d;
}
