// Developer-facing kinds: source code (20+ languages), shell history, application and access
// logs, git output, package manifests/lockfiles, markdown runbooks.
import { fill, clock, p2, keyStyle } from './util.mjs';
import { S, L, P, wrap } from './doc.mjs';
import { SECRET_BY_NAME } from './secrets.mjs';

const BAD = /["'\\$`{}#\s]/;
function safe(k, kind) {
  for (let j = 0; j < 40; j++) {
    for (let i = 0; i < 40; i++) { const v = k.sv(kind); if (!BAD.test(v)) return S(kind, v); }
    kind = k.token();
  }
  throw new Error('no safe secret');
}
function safeUrl(k, kind) {
  for (let i = 0; i < 200; i++) { const v = k.sv(kind); if (!/[@:\/?#%&=+\s"'\\$`{}]/.test(v)) return S(kind, v); }
  return S('URL_EMBEDDED_PASSWORD', k.urlPw());
}
const HOSTS = ['db-prod-03.eu-west.internal.example', 'pg.billing.svc.test', 'mysql-01.corp.example', 'analytics.nordwind.example'];
function cleanPerson(k, cult) { let p; do { p = k.person(cult); } while (/'/.test(p.full)); return p; }

// per-language syntax: q quote, cm comment, decl(name, v), open/close fixture list, rec(fields), conn(user, pw-frag, host)
const SRC = {
  python: { q: '"', cm: '#', head: 'import os\nfrom sqlalchemy import create_engine\n', decl: (n, v) => [n, ' = "', v, '"'], open: 'FIXTURES = [', close: ']', rec: (f) => ['    {', f.map(([a, v], i) => [i ? ', ' : '', `"${a}": "`, v, '"']), '},'], conn: (pw, h) => ['engine = create_engine("postgresql://app:', pw, `@${h}/billing")`] },
  javascript: { q: '"', cm: '//', head: "const { Pool } = require('pg');\n", decl: (n, v) => ['const ', n, ' = "', v, '";'], open: 'const fixtures = [', close: '];', rec: (f) => ['  { ', f.map(([a, v], i) => [i ? ', ' : '', `${a}: "`, v, '"']), ' },'], conn: (pw, h) => ['const pool = new Pool({ connectionString: "postgres://app:', pw, `@${h}/crm" });`] },
  typescript: { q: '"', cm: '//', head: "import { Pool } from 'pg';\nimport type { Customer } from './types';\n", decl: (n, v) => ['export const ', n, ': string = "', v, '";'], open: 'export const fixtures: Customer[] = [', close: '];', rec: (f) => ['  { ', f.map(([a, v], i) => [i ? ', ' : '', `${a}: "`, v, '"']), ' },'], conn: (pw, h) => ['const pool = new Pool({ host: "', h, '", user: "app", password: "', pw, '" });'] },
  go: { q: '"', cm: '//', head: 'package store\n\nimport (\n\t"database/sql"\n\t_ "vcs.corp.example/lib/pq"\n)\n', decl: (n, v) => ['const ', n, ' = "', v, '"'], open: 'var fixtures = []Customer{', close: '}', rec: (f) => ['\t{', f.map(([a, v], i) => [i ? ', ' : '', `${a[0].toUpperCase() + a.slice(1)}: "`, v, '"']), '},'], conn: (pw, h) => ['db, err := sql.Open("postgres", "postgres://app:', pw, `@${h}/ledger?sslmode=require")`] },
  rust: { q: '"', cm: '//', head: 'use sqlx::postgres::PgPool;\n', decl: (n, v) => ['const ', n, ': &str = "', v, '";'], open: 'let fixtures = vec![', close: '];', rec: (f) => ['    Customer { ', f.map(([a, v], i) => [i ? ', ' : '', `${a}: "`, v, '".into()']), ' },'], conn: (pw, h) => ['let pool = PgPool::connect("postgres://app:', pw, `@${h}/orders").await?;`] },
  java: { q: '"', cm: '//', head: 'package com.acme.billing;\n\nimport java.sql.*;\nimport java.util.List;\n', decl: (n, v) => ['private static final String ', n, ' = "', v, '";'], open: 'static final List<Customer> FIXTURES = List.of(', close: ');', rec: (f) => ['    new Customer(', f.map(([, v], i) => [i ? ', ' : '', '"', v, '"']), '),'], conn: (pw, h) => [`Connection c = DriverManager.getConnection("jdbc:postgresql://${h}/billing", "app", "`, pw, '");'] },
  kotlin: { q: '"', cm: '//', head: 'package com.acme.crm\n\nimport java.sql.DriverManager\n', decl: (n, v) => ['const val ', n, ' = "', v, '"'], open: 'val fixtures = listOf(', close: ')', rec: (f) => ['    Customer(', f.map(([a, v], i) => [i ? ', ' : '', `${a} = "`, v, '"']), '),'], conn: (pw, h) => [`val conn = DriverManager.getConnection("jdbc:postgresql://${h}/crm", "app", "`, pw, '")'] },
  csharp: { q: '"', cm: '//', head: 'using System.Data.SqlClient;\nnamespace Acme.Payroll;\n', decl: (n, v) => ['private const string ', n, ' = "', v, '";'], open: 'var fixtures = new List<Customer> {', close: '};', rec: (f) => ['    new Customer { ', f.map(([a, v], i) => [i ? ', ' : '', `${a[0].toUpperCase() + a.slice(1)} = "`, v, '"']), ' },'], conn: (pw, h) => [`var conn = new SqlConnection("Server=${h};Database=Payroll;User Id=sa;Password=`, pw, ';");'] },
  cpp: { q: '"', cm: '//', head: '#include <string>\n#include <vector>\n#include <pqxx/pqxx>\n', decl: (n, v) => ['static const std::string k', n, ' = "', v, '";'], open: 'const std::vector<Customer> kFixtures = {', close: '};', rec: (f) => ['    {', f.map(([, v], i) => [i ? ', ' : '', '"', v, '"']), '},'], conn: (pw, h) => ['pqxx::connection conn{"postgresql://app:', pw, `@${h}/telemetry"};`] },
  ruby: { q: '"', cm: '#', head: "require 'sequel'\n", decl: (n, v) => [n, ' = "', v, '".freeze'], open: 'FIXTURES = [', close: '].freeze', rec: (f) => ['  { ', f.map(([a, v], i) => [i ? ', ' : '', `${a}: "`, v, '"']), ' },'], conn: (pw, h) => ['DB = Sequel.connect("postgres://app:', pw, `@${h}/shop")`] },
  php: { q: "'", cm: '//', head: '<?php\ndeclare(strict_types=1);\n', decl: (n, v) => ["define('", n, "', '", v, "');"], open: '$fixtures = [', close: '];', rec: (f) => ['    [', f.map(([a, v], i) => [i ? ', ' : '', `'${a}' => '`, v, "'"]), '],'], conn: (pw, h) => [`$pdo = new PDO('mysql:host=${h};dbname=shop', 'app', '`, pw, "');"] },
  swift: { q: '"', cm: '//', head: 'import Foundation\n', decl: (n, v) => ['let ', n, ' = "', v, '"'], open: 'let fixtures: [Customer] = [', close: ']', rec: (f) => ['    Customer(', f.map(([a, v], i) => [i ? ', ' : '', `${a}: "`, v, '"']), '),'], conn: (pw, h) => ['let dbURL = URL(string: "postgres://app:', pw, `@${h}/app")!`] },
  scala: { q: '"', cm: '//', head: 'package acme.reports\n\nimport slick.jdbc.PostgresProfile.api._\n', decl: (n, v) => ['val ', n, ' = "', v, '"'], open: 'val fixtures = Seq(', close: ')', rec: (f) => ['  Customer(', f.map(([, v], i) => [i ? ', ' : '', '"', v, '"']), '),'], conn: (pw, h) => [`val db = Database.forURL("jdbc:postgresql://${h}/reports", user = "app", password = "`, pw, '")'] },
  perl: { q: "'", cm: '#', head: 'use strict;\nuse warnings;\nuse DBI;\n', decl: (n, v) => ['my $', n, " = '", v, "';"], open: 'my @fixtures = (', close: ');', rec: (f) => ['    { ', f.map(([a, v], i) => [i ? ', ' : '', `${a} => '`, v, "'"]), ' },'], conn: (pw, h) => [`my $dbh = DBI->connect("dbi:Pg:dbname=legacy;host=${h}", "app", '`, pw, "');"] },
  lua: { q: '"', cm: '--', head: 'local pgmoon = require("pgmoon")\n', decl: (n, v) => ['local ', n, ' = "', v, '"'], open: 'local fixtures = {', close: '}', rec: (f) => ['  { ', f.map(([a, v], i) => [i ? ', ' : '', `${a} = "`, v, '"']), ' },'], conn: (pw, h) => [`local db = pgmoon.new({ host = "${h}", user = "app", password = "`, pw, '" })'] },
  r: { q: '"', cm: '#', head: 'library(DBI)\nlibrary(RPostgres)\n', decl: (n, v) => [n, ' <- "', v, '"'], open: 'fixtures <- list(', close: ')', rec: (f) => ['  list(', f.map(([a, v], i) => [i ? ', ' : '', `${a} = "`, v, '"']), '),'], conn: (pw, h) => [`con <- dbConnect(RPostgres::Postgres(), host = "${h}", user = "analyst", password = "`, pw, '")'] },
  dart: { q: "'", cm: '//', head: "import 'package:postgres/postgres.dart';\n", decl: (n, v) => ['const ', n, " = '", v, "';"], open: 'final fixtures = <Customer>[', close: '];', rec: (f) => ['  Customer(', f.map(([a, v], i) => [i ? ', ' : '', `${a}: '`, v, "'"]), '),'], conn: (pw, h) => [`final conn = PostgreSQLConnection('${h}', 5432, 'app', username: 'app', password: '`, pw, "');"] },
  elixir: { q: '"', cm: '#', head: 'defmodule Acme.Seeds do\n', decl: (n, v) => ['  @', n.toLowerCase(), ' "', v, '"'], open: '  @fixtures [', close: '  ]\nend', rec: (f) => ['    %{', f.map(([a, v], i) => [i ? ', ' : '', `${a}: "`, v, '"']), '},'], conn: (pw, h) => ['  # config :acme, Acme.Repo, url: "ecto://app:', pw, `@${h}/acme"`] },
  haskell: { q: '"', cm: '--', head: '{-# LANGUAGE OverloadedStrings #-}\nmodule Seeds where\n\nimport Database.PostgreSQL.Simple\n', decl: (n, v) => [n[0].toLowerCase() + n.slice(1).toLowerCase().replace(/_(.)/g, (m, c) => c.toUpperCase()), ' = "', v, '" :: Text'], open: 'fixtures =', close: '  ]', rec: (f) => ['  ', '[,'[0], ' Customer', f.map(([, v]) => [' "', v, '"'])], conn: (pw, h) => ['conn <- connectPostgreSQL "postgresql://app:', pw, `@${h}/hs"`] },
  bash: { q: '"', cm: '#', head: '#!/usr/bin/env bash\nset -euo pipefail\n', decl: (n, v) => ['export ', n, '="', v, '"'], open: '# seed users', close: '', rec: (f) => ['add_user', f.map(([, v]) => [' "', v, '"'])], conn: (pw, h) => ['psql "postgresql://app:', pw, `@${h}/ops" -c 'select 1'`] },
  sql: { q: "'", cm: '--', head: 'BEGIN;\n', decl: (n, v) => [`ALTER ROLE ${n.toLowerCase()} WITH LOGIN PASSWORD '`, v, "';"], open: '', close: 'COMMIT;', rec: (f) => [`INSERT INTO customers (${f.map(([a]) => a).join(', ')}) VALUES (`, f.map(([, v], i) => [i ? ', ' : '', "'", v, "'"]), ');'], conn: (pw, h) => [`CREATE USER MAPPING FOR app SERVER ${h.split('.')[0].replace(/-/g, '_')} OPTIONS (user 'app', password '`, pw, "');"] },
  groovy: { q: "'", cm: '//', head: 'import groovy.sql.Sql\n', decl: (n, v) => ['def ', n, " = '", v, "'"], open: 'def fixtures = [', close: ']', rec: (f) => ['    [', f.map(([a, v], i) => [i ? ', ' : '', `${a}: '`, v, "'"]), '],'], conn: (pw, h) => [`def sql = Sql.newInstance("jdbc:postgresql://${h}/ci", "app", '`, pw, "', 'org.postgresql.Driver')"] },
};
export const CODE_LANGS = Object.keys(SRC);

export const DEV = {
  source_code(k, opts = {}) {
    const r = k.r, d = k.doc();
    const lang = opts.lang || r.pick(CODE_LANGS); const s = SRC[lang];
    d.meta = { codeLang: lang };
    const cult = r.pick(['en_US', 'pl_PL', 'de_DE', 'ja_JP', 'ko_KR', 'zh_CN', 'ru_RU', 'tr_TR', 'hi_IN', 'pt_BR', 'fi_FI', 'el_GR', 'he_IL', 'ar', 'uk_UA', 'vi_VN', 'hu_HU', 'cs_CZ']);
    const author = cleanPerson(k, cult);
    d.line(s.cm, ' ', r.pick(['src/config', 'lib/settings', 'app/seed', 'tests/fixtures', 'scripts/bootstrap']), '.', { python: 'py', javascript: 'js', typescript: 'ts', go: 'go', rust: 'rs', java: 'java', kotlin: 'kt', csharp: 'cs', cpp: 'cpp', ruby: 'rb', php: 'php', swift: 'swift', scala: 'scala', perl: 'pl', lua: 'lua', r: 'R', dart: 'dart', elixir: 'ex', haskell: 'hs', bash: 'sh', sql: 'sql', groovy: 'groovy' }[lang]);
    d.line(s.cm, ' Copyright ', k.L('company_name'), ' — author ', k.P(author), ' <', k.email(author), '>');
    d.add(s.head);
    d.add('\n');
    const usedNames = new Set();
    const LNAME = { version: 'APP_VERSION', uuid: 'TENANT_ID', placeholder: 'STRIPE_KEY', hex_color: 'BRAND_COLOR', aws_example_key: 'SAMPLE_AWS_KEY', git_sha: 'BUILD_COMMIT', env_reference: 'DB_PASSWORD_REF', timestamp: 'BUILT_AT', hostname: 'DB_HOST' };
    fill(d, r.int(900, 2000), () => {
      const w = r.weighted([[5, 'sec'], [2, 'look'], [1, 'odd']]);
      let name, val;
      if (w === 'sec') { const kind = r.chance(0.7) ? k.token() : k.pwKind(); const env = SECRET_BY_NAME[kind].env; name = r.pick(env.length ? env : [kind]); val = () => safe(k, kind); }
      else if (w === 'odd') { name = r.pick(['PEPPER', 'SAUCE', 'MAGIC', 'GLUE', 'XYZZY', 'BLOB_SEED', 'SKELETON_KEY', 'QUIET_WORD']); val = () => safe(k, 'UNUSUAL_KEY_RANDOM_SECRET'); }
      else { const what = r.pick(Object.keys(LNAME)); name = LNAME[what]; val = () => { let v; do { v = k.lv(what); } while (/["'\\$`{}\s]/.test(v)); return L(what, v); }; }
      if (usedNames.has(name)) return;
      usedNames.add(name);
      d.line(s.decl(name, val()));
    }, { min: 2, max: 7 });
    d.add('\n');
    d.line(s.conn(safeUrl(k, r.pick(['POSTGRES_PASSWORD', 'DATABASE_PASSWORD', 'MYSQL_PASSWORD'])), r.pick(HOSTS)));
    d.line(s.cm, ' TODO(', k.P(cleanPerson(k, r.pick(['en_GB', 'pl_PL', 'ja_JP', 'tr_TR', 'hi_IN']))), '): rotate after ', k.L('git_short_sha'), ' is deployed');
    d.add('\n');
    if (s.open) d.line(s.open);
    let first = true;
    fill(d, r.int(2200, 3800), () => {
      const p = cleanPerson(k, r.pick(['en_US', 'de_DE', 'pl_PL', 'ja_JP', 'ko_KR', 'ar', 'he_IL', 'ru_RU', 'el_GR', 'th_TH', 'ka_GE', 'am_ET', 'hu_HU', 'tr_TR', 'fi_FI', 'bn_BD', 'ta_IN', 'zh_CN']));
      const cardish = r.weighted([[3, () => k.card(undefined, 'none')], [2, () => k.L('vendor_test_card', r.pick(['4242424242424242', '4111111111111111', '5555555555554444', '378282246310005']))], [1, () => k.L('invalid_card')]])();
      const f = [['name', k.P(p)], ['email', k.email(p)], ['phone', k.phone(p.cc, 'intl')], ['card', cardish]];
      if (r.chance(0.4)) f.push(['iban', k.iban(undefined, 'none')]);
      if (r.chance(0.25)) f.push(['ssn', r.chance(0.7) ? k.ssn() : k.L('invalid_ssn')]);
      const rec = s.rec(f);
      if (lang === 'haskell') { rec[1] = first ? '[' : ','; }
      first = false;
      d.line(rec);
    }, { min: 2, max: r.int(3, 9) });
    if (s.close) d.line(s.close);
    return d;
  },

  shell_history(k) {
    const r = k.r, d = k.doc(); const t = clock(r);
    const zsh = r.chance(0.5);
    const host = () => r.pick(HOSTS);
    fill(d, r.int(1200, 3700), (i) => {
      t.tick(r.int(5, 600));
      const cmd = r.weighted([
        [3, () => { const kind = k.token(); return ['export ', r.pick(SECRET_BY_NAME[kind].env), '=', safe(k, kind)]; }],
        [2, () => ['mysql -u root -p', safe(k, 'MYSQL_PASSWORD'), ' -h ', host()]],
        [2, () => ['curl -s -H "Authorization: Bearer ', safe(k, r.pick(['OPAQUE_BEARER_TOKEN', 'JWT_ACCESS_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'OPENAI_API_KEY'])), `" https://api.${r.pick(['lumen-hr', 'cobalt-crm', 'nordwind'])}.example/v1/${r.pick(['users', 'export', 'me'])}`]],
        [1, () => ['docker login -u ci -p ', safe(k, 'DOCKER_HUB_PAT'), ' registry.corp.example']],
        [1, () => ['git clone https://oauth2:', safeUrl(k, 'GIT_CREDENTIAL_TOKEN'), '@git.corp.example/platform/infra.git']],
        [1, () => ["sshpass -p '", safe(k, 'SSH_PASSWORD'), `' ssh admin@`, k.L('hostname')]],
        [1, () => ['kubectl create secret generic db --from-literal=password=', safe(k, 'POSTGRES_PASSWORD'), ' -n prod']],
        [1, () => ['redis-cli -h ', host(), ' -a ', safe(k, 'REDIS_PASSWORD'), ' ping']],
        [1, () => ['vault login ', safe(k, 'VAULT_SERVICE_TOKEN')]],
        [1, () => ['aws configure set aws_secret_access_key ', safe(k, 'AWS_SECRET_KEY')]],
        [1, () => ['htpasswd -b /etc/nginx/.htpasswd ', r.pick(['admin', 'kasia', 'ops']), ' ', safe(k, 'ADMIN_PASSWORD')]],
        [3, () => [r.pick(['git checkout ', 'git show ', 'git revert ', 'git cherry-pick ']), k.L(r.pick(['git_sha', 'git_short_sha']))]],
        [2, () => ['docker pull registry.corp.example/api@', k.L('digest')]],
        [2, () => r.pick(['ls -la', 'cd ~/src/infra', 'make test', 'htop', 'git status', 'git pull --rebase', 'kubectl get pods -n prod', 'terraform plan', 'vim .env', 'history | tail'])],
        [1, () => ['echo ', k.L('placeholder'), ' > token.txt']],
        [1, () => ['npm version ', k.L('version')]],
        [1, () => ['git commit -m "fix for ', k.P(k.person()), '\'s report"'].map((x) => x)],
        [1, () => ['mail -s "hi" ', k.email(), ' < notes.txt']],
        [1, () => ['ping -c 3 ', k.ip4()]],
      ])();
      if (zsh) d.line(': ', k.L('timestamp', t.epoch()), ':0;', cmd);
      else d.line(`${String(i + 1 + r.int(0, 3)).padStart(5)}  `, cmd);
    }, { min: 6 });
    return d;
  },

  app_log(k) {
    const r = k.r, d = k.doc(); const t = clock(r);
    const fmt = r.pick(['json', 'logfmt', 'classic']);
    const svc = r.pick(['auth', 'billing', 'notifier', 'crm-sync', 'gateway']);
    fill(d, r.int(1500, 3800), () => {
      t.tick(r.int(0, 30));
      const ev = r.weighted([
        [4, () => ({ lvl: 'INFO', msg: ['login ok user=', k.email()], ip: true })],
        [2, () => ({ lvl: 'INFO', msg: ['profile updated for ', k.P(k.person()), ' phone=', k.phone()], ip: true })],
        [2, () => ({ lvl: 'WARN', msg: ['retrying webhook ', k.L('uuid'), ' attempt ', String(r.int(2, 5))] })],
        [2, () => ({ lvl: 'DEBUG', msg: ['outbound headers Authorization=Bearer ', safe(k, r.pick(['JWT_ACCESS_TOKEN', 'OPAQUE_BEARER_TOKEN', 'STRIPE_SECRET_KEY', 'SENDGRID_API_KEY', 'SLACK_BOT_TOKEN']))] })],
        [1, () => ({ lvl: 'ERROR', msg: ['db connect failed dsn=postgres://app:', safe(k, 'URL_EMBEDDED_PASSWORD'), `@${r.pick(HOSTS)}:5432/app`] })],
        [1, () => ({ lvl: 'DEBUG', msg: ['charge card=', k.card(undefined, 'none'), ' amount=', k.L('price')] })],
        [1, () => ({ lvl: 'INFO', msg: ['sms sent to ', k.phone(), ' template=otp'] })],
        [1, () => ({ lvl: 'INFO', msg: ['payout iban=', k.iban(undefined, 'none'), ' ref=', k.L('invoice_number')] })],
        [1, () => ({ lvl: 'INFO', msg: ['test card accepted ', k.L('vendor_test_card')] })],
        [1, () => ({ lvl: 'INFO', msg: ['deploy ', k.L('version'), ' commit ', k.L('git_sha')] })],
        [1, () => ({ lvl: 'WARN', msg: ['geo lookup ', k.L('coordinates'), ' city=', k.loc(r.pick(['Kraków', 'Wrocław', 'Brno', 'Kazań', 'Lviv', 'Zagreb', 'Tampere', 'Debrecen', 'İzmir', 'Thessaloniki', 'Kaunas', 'Haifa', 'Isfahan', 'Varanasi', 'Chattogram', 'Madurai', 'Chiang Mai', 'Chengdu', 'Sapporo', 'Busan', 'Batumi', 'Gondar']))] })],
      ])();
      const ts = k.L('timestamp', t.isoMs(r)); const rid = k.L('request_id');
      if (fmt === 'json') d.line('{"ts":"', ts, '","level":"', ev.lvl.toLowerCase(), '","svc":"', svc, '","req":"', rid, '"', ev.ip ? [',"client_ip":"', k.ip(), '"'] : '', ',"msg":"', ev.msg, '"}');
      else if (fmt === 'logfmt') d.line('ts=', ts, ' level=', ev.lvl.toLowerCase(), ' svc=', svc, ' req_id=', rid, ev.ip ? [' ip=', k.ip()] : '', ' msg="', ev.msg, '"');
      else d.line(ts, ' ', ev.lvl.padEnd(5), ' [', svc, '] (', rid, ') ', ev.ip ? ['[', k.ip(), '] '] : '', ev.msg);
    }, { min: 5 });
    return d;
  },

  access_log(k) {
    const r = k.r, d = k.doc(); const t = clock(r);
    const UAs = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36', 'curl/8.5.0', 'python-requests/2.31.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)', 'okhttp/4.12.0', 'Go-http-client/2.0'];
    fill(d, r.int(1500, 3800), () => {
      t.tick(r.int(0, 20));
      const path = r.weighted([
        [4, () => [r.pick(['/', '/login', '/api/v1/orders', '/static/app.js', '/health', '/api/v2/users/me'])]],
        [2, () => ['/api/v1/export?', r.pick(['access_token', 'api_key', 'token', 'key']), '=', safe(k, r.pick(['OPAQUE_BEARER_TOKEN', 'JWT_ACCESS_TOKEN', 'GOOGLE_API_KEY', 'GENERIC_API_KEY', 'MAPBOX_SECRET_TOKEN']))]],
        [1, () => ['/newsletter/confirm?email=', k.email(), '&t=', k.L('ulid')]],
        [1, () => ['/track/', k.L('tracking_number', r.digits(12))]],
        [1, () => ['/orders/', k.L('order_number', `ORD-${r.int(2019, 2025)}-${r.digits(7)}`)]],
        [1, () => ['/img/', k.L('hash'), '.webp']],
      ])();
      d.line(k.ip(), ' - ', r.chance(0.2) ? r.pick(['admin', 'kasia', 'svc']) : '-', ' [', k.L('timestamp', t.clf()), '] "', r.pick(['GET', 'GET', 'POST', 'PUT']), ' ', path, ' HTTP/', r.pick(['1.1', '2.0']), '" ', String(r.pick([200, 200, 200, 301, 302, 304, 401, 403, 404, 500])), ' ', String(r.int(0, 90000)), ' "', r.chance(0.3) ? `https://www.${r.pick(['nordwind', 'quayside'])}.example/` : '-', '" "', r.pick(UAs), '"');
    }, { min: 6 });
    return d;
  },

  git_output(k) {
    const r = k.r, d = k.doc(); const t = clock(r);
    const mode = r.pick(['log', 'show', 'blame', 'remote']);
    const author = () => cleanPerson(k, r.pick(['en_US', 'pl_PL', 'de_DE', 'ja_Latn', 'pt_BR', 'tr_TR', 'uk_UA', 'fi_FI', 'ko_KR', 'zh_CN', 'hi_IN', 'he_IL', 'el_GR']));
    if (mode === 'remote') {
      d.line('$ git remote -v');
      d.line('origin\thttps://', r.pick(['oauth2', 'ci-bot']), ':', safe(k, 'GIT_CREDENTIAL_TOKEN'), '@git.corp.example/platform/api.git (fetch)');
      d.line('origin\thttps://git.corp.example/platform/api.git (push)');
    }
    if (mode === 'blame') {
      fill(d, r.int(1200, 3600), (i) => {
        const a = author();
        const kind = r.chance(0.35) ? k.token() : null;
        d.line(k.L('git_short_sha', r.hex(8)), ' (', k.P(a), ' ', k.L('date', t.ymd()), ` ${p2(t.H)}:${p2(t.M)}:${p2(t.S)} +0200 ${String(i + 1).padStart(3)}) `, kind ? [SECRET_BY_NAME[kind].env[0], ' = "', safe(k, kind), '"'] : r.pick(['    return nil', 'import os', '  timeout: 30', '}', '# config', 'def main():']));
      }, { min: 4 });
      return d;
    }
    fill(d, r.int(1400, 3800), () => {
      const a = author(); t.tick(-r.int(600, 200000));
      d.line('commit ', k.L('git_sha'), r.chance(0.2) ? [' (HEAD -> main, tag: v', k.L('version'), ')'] : '');
      if (r.chance(0.15)) d.line('Merge: ', k.L('git_short_sha', r.hex(7)), ' ', k.L('git_short_sha', r.hex(7)));
      d.line('Author: ', k.P(a), ' <', k.email(a), '>');
      d.line('Date:   ', k.L('timestamp', t.rfc()), '\n');
      d.line('    ', r.pick(['fix: handle empty invoice lines', 'chore: bump deps', 'feat: add SEPA export', 'revert accidental commit of secrets', 'docs: on-call rota', 'wip']), r.chance(0.3) ? [' (', k.L('ticket_id'), ')'] : '', '\n');
      if (mode === 'show' || r.chance(0.3)) {
        const kind = k.anySecretKind();
        d.line('diff --git a/.env b/.env\nindex ', k.L('git_short_sha', r.hex(7)), '..', k.L('git_short_sha', r.hex(7)), ' 100644\n--- a/.env\n+++ b/.env\n@@ -3,2 +3,3 @@');
        d.line(' APP_ENV=production');
        d.line('-', SECRET_BY_NAME[kind].env[0], '=', k.L('placeholder'));
        d.line('+', SECRET_BY_NAME[kind].env[0], '=', safe(k, kind));
        if (r.chance(0.5)) d.line('+# co-author: ', k.P(author()), ' ', k.phone());
      }
    }, { min: 2 });
    return d;
  },

  package_manifest(k) {
    const r = k.r, d = k.doc();
    const f = r.pick(['npm', 'pip', 'gosum', 'cargo', 'yarnrc']);
    const a = cleanPerson(k);
    if (f === 'npm') {
      d.line('{\n  "name": "@', r.pick(['nordwind', 'kilnworks']), '/', r.pick(['ledger', 'ui-kit', 'sync']), '",\n  "version": "', k.L('version'), '",\n  "author": "', k.P(a), ' <', k.email(a), '>",\n  "lockfileVersion": 3,\n  "packages": {');
      let first = true;
      fill(d, r.int(1500, 3700), () => {
        const pkg = r.pick(['left-pad', 'lodash', 'chalk', 'zod', 'express', 'pg', 'dotenv', 'uuid', 'semver', 'debug', 'ms', 'yaml']);
        d.add(first ? '' : ',\n'); first = false;
        d.add(['    "node_modules/', pkg, '": {\n      "version": "', k.L('version'), '",\n      "resolved": "https://npm.pkgs.nordwind.example/', pkg, '/-/', pkg, '.tgz",\n      "integrity": "', k.L('integrity'), '"\n    }']);
      }, { min: 2 });
      d.line('\n  }\n}');
    } else if (f === 'pip') {
      d.line('# requirements.lock — generated ', k.L('timestamp'), ' by ', k.P(a));
      d.line('--index-url https://', r.pick(['ci', 'reader']), ':', safe(k, 'URL_EMBEDDED_PASSWORD'), '@pkgs.harbourline.example/simple');
      fill(d, r.int(1500, 3700), () => {
        d.line(r.pick(['requests', 'urllib3', 'sqlalchemy', 'pydantic', 'boto3', 'numpy', 'jinja2', 'click']), '==', k.L('version'), ' \\\n    --hash=sha256:', k.L('hash', r.hex(64)));
      }, { min: 2 });
    } else if (f === 'gosum') {
      fill(d, r.int(1200, 3600), () => {
        const m = `vcs.corp.example/${r.pick(['lib', 'platform', 'infra'])}/${r.pick(['logx', 'retry', 'cfg', 'auth'])}`;
        const v = k.lv('version');
        d.line(m, ' v', L('version', v), ' h1:', k.L('integrity', r.bytes(32).toString('base64')));
        d.line(m, ' v', L('version', v), '/go.mod h1:', k.L('integrity', r.bytes(32).toString('base64')));
      }, { min: 2 });
    } else if (f === 'cargo') {
      d.line('# This file is automatically @generated by Cargo.\nversion = 3\n');
      fill(d, r.int(1200, 3600), () => {
        d.line('[[package]]\nname = "', r.pick(['serde', 'tokio', 'rand', 'regex', 'hyper', 'anyhow']), '"\nversion = "', k.L('version'), '"\nsource = "registry+https://crates.mirror.example/index"\nchecksum = "', k.L('hash', r.hex(64)), '"\n');
      }, { min: 2 });
    } else {
      d.line('# .yarnrc.yml\nyarnPath: .yarn/releases/yarn-', k.L('version'), '.cjs\nnpmRegistryServer: "https://npm.pkgs.nordwind.example"\nnpmAlwaysAuth: true\nnpmAuthToken: "', safe(k, 'NPM_ACCESS_TOKEN'), '"\nnpmScopes:\n  kilnworks:\n    npmRegistryServer: "https://npm.kilnworks.test"\n    npmAuthToken: "', k.L('env_reference', '${KILN_NPM_TOKEN}'), '"\n');
      d.line('# yarn.lock excerpt');
      fill(d, r.int(1400, 3600), () => {
        const pkg = r.pick(['react', 'react-dom', 'scheduler', 'loose-envify', 'js-tokens', 'typescript']);
        const v = k.lv('version');
        d.line(`"${pkg}@npm:^`, L('version', v), '":\n  version: ', L('version', v), '\n  resolution: "', pkg, '@npm:', L('version', v), '"\n  checksum: ', k.L('hash', r.hex(64)), '\n');
      }, { min: 2 });
    }
    return d;
  },

  markdown_runbook(k) {
    const r = k.r, d = k.doc();
    d.line('# ', r.pick(['Runbook: database failover', 'On-call handbook', 'Onboarding: dev environment', 'Incident 4471 post-mortem', 'Office network notes']));
    d.line('\n_Last reviewed ', k.L('date'), ' by ', k.P(k.person()), '_\n');
    d.line('| Role | Name | Phone | Email |\n|---|---|---|---|');
    for (let i = 0; i < r.int(2, 5); i++) { const p = k.person(); d.line('| ', r.pick(['Primary', 'Secondary', 'Manager', 'Vendor']), ' | ', k.P(p), ' | ', k.phone(p.cc), ' | ', k.email(p), ' |'); }
    const steps = r.shuffle(['Connect to the bastion and confirm replication lag is below a few seconds.', 'Use the break-glass account only if SSO is down, then rotate it.', 'Export the service token before running the migration script.', 'If the router is unreachable, power-cycle it; the admin login is below.', 'Promote the replica and update the DNS record; TTL is short.', 'Check the dashboard for error spikes before announcing recovery.', 'Roll back the last deployment if the health check keeps failing.', 'Post a summary in the incident channel and open a follow-up ticket.']);
    fill(d, r.int(1500, 3700), (i) => {
      if (i >= steps.length) return false;
      d.line(`\n## Step ${i + 1}`);
      d.line(wrap(steps[i], 88));
      d.line('```bash');
      r.weighted([
        [3, () => { const kind = k.token(); d.line('export ', SECRET_BY_NAME[kind].env[0], '=', safe(k, kind)); }],
        [2, () => d.line('psql "postgresql://admin:', safeUrl(k, 'POSTGRES_PASSWORD'), '@', r.pick(HOSTS), '/postgres"')],
        [2, () => d.line('export API_TOKEN=', k.L('placeholder'), '   # replace before running')],
        [1, () => d.line('ssh ops@', k.L('hostname'), '  # pw: ', safe(k, 'SSH_PASSWORD'))],
        [1, () => d.line('curl -u admin:', safe(k, 'ADMIN_PASSWORD'), ' http://router/cgi-bin/reboot')],
        [1, () => d.line('kubectl rollout undo deploy/api --to-revision=', k.L('build_number', String(r.int(2, 60))))],
        [1, () => d.line("cat > /tmp/breakglass.key <<'EOF'\n", k.S(r.pick(['ED25519_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY'])), '\nEOF\nchmod 600 /tmp/breakglass.key')],
      ])();
      d.line('```');
      if (r.chance(0.3)) d.line('See ', k.L('ticket_id'), ' and commit ', k.L('git_short_sha'), '.');
    }, { min: 2 });
    return d;
  },
};
