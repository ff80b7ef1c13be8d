// Developer-tool output: git show/log/blame, lockfiles and manifests, HTTP traces.
import { L, moment } from './lookalikes.mjs';
import { connUrl } from './ctx.mjs';
import { cli } from './cli.mjs';
import { esc } from './configfmt.mjs';
import * as P from './pii.mjs';
import { LANG_IDS, LANGS } from './langs.mjs';
import { fill, look } from './builder.mjs';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function gitDate(r) { const t = moment(r); const tz = r.pick(['+0100', '+0200', '-0500', '+0530', '+0900', '+0000']); return { ...L.timestamp(r, 'iso', t), v: `${DAYS[t.getUTCDay()]} ${MON[t.getUTCMonth()]} ${t.getUTCDate()} ${t.toISOString().slice(11, 19)} ${t.getUTCFullYear()} ${tz}`, raw: `${DAYS[t.getUTCDay()]} ${MON[t.getUTCMonth()]} ${t.getUTCDate()} ${t.toISOString().slice(11, 19)} ${t.getUTCFullYear()} ${tz}`, enc: 'plain' }; }
function author(c) { const info = c.info(); return [P.personVal(info), ' <', P.emailFor(c.r, info), '>']; }
function commitMsg(c, withPw, oneline = false) {
  const r = c.r; const lang = r.chance(0.6) ? c.lang : r.pick(LANG_IDS);
  if (withPw) {
    c.tag('pw_lang', lang);
    const host = c.hostStr();
    return fill(r.pick(LANGS[lang].commit), { pw: () => c.pw(r.pick(['DATABASE_PASSWORD', 'USER_PASSWORD', 'ADMIN_PASSWORD', 'SMTP_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD'])), host });
  }
  return r.pick([['Fix retry loop in ', r.pick(['sync', 'export', 'mailer']), ' worker'], ['Bump ', r.pick(['lodash', 'requests', 'serde', 'rails']), ' to ', L.version(r)], ['Merge branch \'', r.pick(['feature/sso', 'fix/csv', 'main']), '\''],
    ['Refs ', L.ticket_ref(r), ': handle empty payloads'], oneline ? ['Revert "', r.pick(['add cache layer', 'switch to v2 API']), '"'] : ['Revert "', r.pick(['add cache layer', 'switch to v2 API']), '"\n\n    This reverts commit ', L.git_sha(r), '.'], ['Update translations'], ['Add health check for ', L.hostname(r)]]);
}
function diffBody(c) {
  const r = c.r;
  const file = r.pick(['.env', 'config/settings.py', 'src/main/resources/application.properties', 'deploy/values.yaml', 'app/config.js', 'docker-compose.yml', 'terraform/prod.tfvars']);
  const ent = c.pick(['STRIPE_SECRET_KEY', 'SENDGRID_API_KEY', 'OPENAI_API_KEY', 'SLACK_BOT_TOKEN', 'AWS_SECRET_KEY', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'DATADOG_API_KEY', 'TWILIO_AUTH_TOKEN', 'MAILCHIMP_API_KEY', 'HALDOR_SERVICE_TOKEN', 'ORBIT_DEPLOY_KEY', 'VOLTA_INGEST_KEY', 'ATLASSIAN_API_TOKEN', 'NEW_RELIC_LICENSE_KEY', 'SHOPIFY_SHARED_SECRET', 'AZURE_STORAGE_ACCOUNT_KEY']);
  const key = c.key(ent, file.endsWith('.env') || file.endsWith('tfvars') ? 'UPPER' : file.endsWith('properties') ? 'dot' : 'snake');
  const sep = file.endsWith('.py') || file.endsWith('tfvars') ? ' = ' : file.endsWith('.env') || file.endsWith('properties') ? '=' : ': ';
  const q = file.endsWith('.py') || file.endsWith('.js') || file.endsWith('tfvars') ? '"' : '';
  const removed = r.pick([() => L.placeholder(r), () => L.env_reference(r, key.toUpperCase().replace(/\W+/g, '_'), r.pick(['${}', '$', '{{}}'])), () => c.S(ent)])();
  const lines = [['diff --git a/', file, ' b/', file, '\nindex ', L.git_sha(r, true), '..', L.git_sha(r, true), ' 100644\n--- a/', file, '\n+++ b/', file, '\n@@ -', String(r.int(1, 40)), ',6 +', String(r.int(1, 40)), ',7 @@\n']];
  lines.push([' ', 'log_level', sep, 'info\n'], ['-', key, sep, q, removed, q, '\n'], ['+', key, sep, q, c.S(ent), q, '\n']);
  if (r.chance(0.6)) lines.push(['+', r.pick(['database_url', 'DATABASE_URL', 'db.url']), sep, q, connUrl(c), q, '\n']);
  if (r.chance(0.4)) lines.push(['+', r.pick(['admin_email', 'OWNER', 'contact']), sep, q, c.email(), q, '\n']);
  lines.push([' ', 'timeout', sep, String(r.int(5, 60)), '\n']);
  return lines;
}
function gitShow(c, n) {
  const r = c.r, d = c.d;
  for (let i = 0; i < Math.max(1, Math.ceil(n / 4)); i++) {
    d.add(i ? '\n' : '', r.chance(0.5) && !i ? '$ git show HEAD~' + r.int(1, 9) + '\n' : '', 'commit ', L.git_sha(r), r.chance(0.3) ? ' (HEAD -> main, origin/main)' : '', '\nAuthor: ', author(c), '\nDate:   ', gitDate(r), '\n\n    ', commitMsg(c, r.chance(0.3)), '\n\n');
    if (r.chance(0.4)) d.add('    Co-authored-by: ', author(c), '\n\n');
    d.add(diffBody(c));
  }
}
function commitLog(c, n) {
  const r = c.r, d = c.d;
  const mode = r.pick(['full', 'oneline', 'blame', 'reflog']);
  c.tag('git_view', mode);
  if (mode === 'oneline') {
    d.add('$ git log --oneline --decorate -n ', String(n * 2 + 2), '\n');
    for (let i = 0; i < n * 2 + 2; i++) d.add(L.git_sha(r, true), ' ', commitMsg(c, r.chance(0.35), true), '\n');
  } else if (mode === 'blame') {
    d.add('$ git blame config/production.rb\n');
    for (let i = 0; i < n + 3; i++) {
      const info = c.info();
      d.add(L.git_sha(r, true), ' (', P.personVal(info), ' ', L.timestamp(r, 'space'), ' +0100 ', String(i + 1).padStart(3), ') ',
        r.pick([() => ['config.x.api_key = "', c.S(c.pick(['GENERIC_API_KEY', 'SENDGRID_API_KEY', 'KESTREL_API_KEY', 'NIMBUS_PAT'])), '"'], () => ['config.x.support = "', P.emailFor(r, info), '"'], () => 'config.log_level = :info', () => ['config.x.release = "', L.version(r), '"'], () => ['config.secret_key_base = "', c.S('RAILS_SECRET_KEY_BASE'), '"']])(), '\n');
    }
  } else if (mode === 'reflog') {
    d.add('$ git reflog -n ', String(n + 3), '\n');
    for (let i = 0; i < n + 3; i++) d.add(L.git_sha(r, true), ' HEAD@{', String(i), '}: ', r.chance(0.2) ? ['checkout: moving from main to ', r.pick(['feature/sso', 'fix/csv-export', 'hotfix/login'])] : [r.pick(['commit: ', 'rebase (finish): ', 'commit (amend): ']), commitMsg(c, r.chance(0.3), true)], '\n');
  } else {
    for (let i = 0; i < n; i++) {
      d.add('commit ', L.git_sha(r), '\nAuthor: ', author(c), '\nDate:   ', gitDate(r), '\n\n    ', commitMsg(c, r.chance(0.4)), '\n');
      if (r.chance(0.3)) d.add('\n    Signed-off-by: ', author(c), '\n');
      if (r.chance(0.3)) d.add('    Change-Id: I', L.hash(r, 160), '\n');
      d.add('\n');
    }
  }
}

// ---------- lockfiles / manifests ----------
const PKGS = ['left-pad-ng', 'fast-csv-lite', 'tiny-router', 'date-utils-x', 'hashkit', 'yaml-lint-pro', 'colorize-term', 'retry-policy', 'micro-queue', 'json-merge-deep', 'slugger', 'env-guard'];
function lockfile(c, n) {
  const r = c.r, d = c.d; const kind = r.pick(['package-lock', 'yarn', 'gosum', 'cargo', 'requirements', 'gemfile', 'composer', 'pnpm']);
  c.tag('lockfile', kind);
  const dom = c.domain(); c.domain = () => dom;
  const reg = `https://npm.pkg.${dom}`;
  const pk = r.picks(PKGS, Math.min(PKGS.length, n + 2));
  if (kind === 'package-lock') {
    d.add('{\n  "name": "', r.pick(['storefront', 'admin-ui', 'billing-api']), '",\n  "version": "', L.version(r, 'semver'), '",\n  "lockfileVersion": 3,\n  "packages": {\n');
    pk.forEach((p, i) => d.add('    "node_modules/', p, '": {\n      "version": "', L.version(r, 'semver'), '",\n      "resolved": "', reg, '/', p, '/-/', p, '.tgz",\n      "integrity": "', L.integrity(r, 'sha512'), '"\n    }', i < pk.length - 1 ? ',' : '', '\n'));
    d.add('  }\n}\n');
  } else if (kind === 'yarn') {
    d.add('# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n');
    for (const p of pk) d.add(`${p}@`, L.semver_range(r), ':\n  version "', L.version(r, 'semver'), '"\n  resolved "', reg, '/', p, '/-/', p, '.tgz#', L.hash(r, 160), '"\n  integrity ', L.integrity(r, 'sha512'), '\n\n');
  } else if (kind === 'gosum') {
    for (const p of pk) { const v = look('version', `${r.int(0, 3)}.${r.int(0, 30)}.${r.int(0, 12)}`); d.add(`git.${c.domain()}/lib/${p} v`, v, ' ', L.integrity(r, 'h1'), '\n', `git.${c.domain()}/lib/${p} v`, v, '/go.mod ', L.integrity(r, 'h1'), '\n'); }
  } else if (kind === 'cargo') {
    d.add('# This file is automatically @generated by Cargo.\nversion = 3\n\n');
    for (const p of pk) d.add('[[package]]\nname = "', p, '"\nversion = "', L.version(r, 'semver'), '"\nsource = "registry+https://crates.', c.domain(), '/index"\nchecksum = "', L.hash(r, 256), '"\n\n');
  } else if (kind === 'requirements') {
    d.add(`--index-url https://pkgs.${c.domain()}/simple\n`);
    if (r.chance(0.3)) d.add('--extra-index-url https://', c.user(), ':', c.pw('ARTIFACT_REPOSITORY_PASSWORD', { enc: 'pct' }), `@pkgs.${c.domain()}/private/simple\n`);
    for (const p of pk) d.add(p, '==', L.version(r, 'semver'), ' \\\n    --hash=sha256:', L.hash(r, 256), '\n');
  } else if (kind === 'gemfile') {
    d.add('GEM\n  remote: https://gems.', c.domain(), '/\n  specs:\n');
    for (const p of pk) d.add('    ', p, ' (', L.version(r, 'semver'), ')\n');
    d.add('\nBUNDLED WITH\n   ', L.version(r, 'semver'), '\n');
  } else if (kind === 'composer') {
    d.add('{\n    "content-hash": "', L.hash(r, 128), '",\n    "packages": [\n');
    pk.forEach((p, i) => d.add('        {\n            "name": "acme/', p, '",\n            "version": "', L.version(r, 'semver'), '",\n            "source": {"type": "git", "url": "https://git.', c.domain(), '/acme/', p, '.git", "reference": "', L.git_sha(r), '"},\n            "dist": {"shasum": "', L.hash(r, 160), '"}\n        }', i < pk.length - 1 ? ',' : '', '\n'));
    d.add('    ]\n}\n');
  } else {
    d.add('lockfileVersion: \'', L.version(r), '\'\n\npackages:\n\n');
    for (const p of pk) d.add('  ', p, '@', L.version(r, 'semver'), ':\n    resolution: {integrity: ', L.integrity(r, 'sha512'), '}\n\n');
  }
  if (r.chance(0.35)) { const info = c.info(); d.add(kind === 'package-lock' || kind === 'composer' ? '' : '# ', 'author: ', P.personVal(info), ' <', P.emailFor(r, info), '>\n'); }
  if (r.chance(0.25)) d.add('# .npmrc committed by mistake:\n# //npm.pkg.', c.domain(), '/:_authToken=', c.S('NPM_ACCESS_TOKEN'), '\n');
}

// ---------- HTTP ----------
function httpTrace(c, n) {
  const r = c.r, d = c.d; const mode = r.pick(['curl-v', 'raw', 'har', 'postman']);
  c.tag('http_view', mode);
  const host = `${r.pick(['api', 'billing', 'partner', 'crm'])}.${c.domain()}`;
  const tok = () => c.S(c.pick(['JSON_WEB_TOKEN', 'BEARER_TOKEN', 'OKTA_API_TOKEN', 'GITHUB_APP_INSTALLATION_TOKEN', 'GOOGLE_OAUTH_ACCESS_TOKEN', 'SQUARE_ACCESS_TOKEN', 'PELICAN_REFRESH_TOKEN', 'GRANITE_M2M_TOKEN', 'LINEAR_API_KEY', 'AIRTABLE_PAT', 'NOTION_INTEGRATION_TOKEN']));
  const body = () => { const info = c.info(); return ['{"customer":{"name":"', P.personVal(info), '","email":"', P.emailFor(r, info), '","phone":"', c.phone(), '","address":"', esc(c.street(), 'json'), '"},"order":"', L.order_number(r), '","total":"', L.price(r), '"}']; };
  if (mode === 'curl-v') {
    d.add(`$ curl -v https://${host}/v2/customers -H "Authorization: Bearer `, L.placeholder(r, '...REDACTED...'), `" --data @new.json\n*   Trying 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)}:443...\n* Connected to ${host} port 443\n> POST /v2/customers HTTP/2\n> Host: ${host}\n> User-Agent: curl/`, L.version(r, 'semver'), '\n> Authorization: Bearer ', tok(), '\n> Content-Type: application/json\n>\n', body(), '\n< HTTP/2 201\n< date: ', L.timestamp(r, 'rfc2822'), '\n< x-request-id: ', L.request_id(r), '\n< etag: "', L.etag(r), '"\n< set-cookie: session=', c.S('SESSION_COOKIE'), '; Path=/; HttpOnly; Secure\n<\n{"id":"', L.api_object_id(r), '","created":', L.timestamp(r, 'epoch'), '}\n');
  } else if (mode === 'raw') {
    d.add(`POST /oauth/token HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Basic `, c.S('HTTP_BASIC_AUTH', 'b64', { raw: `${L.oauth_client_id(r).v}:${c.S('OAUTH_CLIENT_SECRET').raw}` }), '\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Forwarded-For: ', c.ip(), '\r\n\r\ngrant_type=password&username=', c.email(), '&password=', c.pw('USER_PASSWORD', { enc: 'pct' }), '\r\n\r\nHTTP/1.1 200 OK\r\nDate: ', L.timestamp(r, 'rfc2822'), '\r\nContent-Type: application/json\r\n\r\n{"access_token":"', tok(), '","refresh_token":"', c.S(c.pick(['GOOGLE_OAUTH_REFRESH_TOKEN', 'PELICAN_REFRESH_TOKEN', 'GITHUB_REFRESH_TOKEN'])), '","expires_in":3600}\r\n');
  } else if (mode === 'har') {
    d.add('{"log": {"version": "', L.version(r), '", "entries": [\n');
    for (let i = 0; i < Math.max(1, Math.ceil(n / 3)); i++) d.add(i ? ',\n' : '', '  {"startedDateTime": "', L.timestamp(r, 'iso'), '", "request": {"method": "GET", "url": "https://', host, '/api/me", "headers": [\n    {"name": "Authorization", "value": "Bearer ', tok(), '"},\n    {"name": "Cookie", "value": "sid=', c.S('SESSION_COOKIE'), '; theme=dark"},\n    {"name": "X-Client-IP", "value": "', c.ip(), '"}]},\n   "response": {"status": 200, "headers": [{"name": "x-request-id", "value": "', L.request_id(r), '"}]}}');
    d.add('\n]}}\n');
  } else {
    d.add('{\n  "info": {"name": "', r.pick(['Partner API', 'Billing sandbox', 'CRM sync']), '", "_postman_id": "', L.uuid(r, 'lower'), '"},\n  "auth": {"type": "apikey", "apikey": [{"key": "value", "value": "', c.S(c.pick(['POSTMAN_API_KEY', 'GENERIC_API_KEY', 'CORVID_API_KEY', 'HELIX_TENANT_KEY'])), '"}]},\n  "variable": [\n    {"key": "baseUrl", "value": "https://', host, '"},\n    {"key": "password", "value": "', c.pw('USER_PASSWORD'), '"},\n    {"key": "user", "value": "', c.email(), '"}\n  ]\n}\n');
  }
}

export const DEV_KINDS = { git_show: gitShow, commit_log: commitLog, lockfile, http_trace: httpTrace };
