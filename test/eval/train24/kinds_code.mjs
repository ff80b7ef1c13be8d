// Source code in 23 languages: secrets in string literals, constants, default arguments, maps,
// test fixtures, encoded blobs; plus notebooks and SQL dumps.
import { esc } from './configfmt.mjs';
import { styleKey, humanPassword } from './secrets.mjs';
import { connUrl } from './ctx.mjs';
import { L } from './lookalikes.mjs';
import { reenc, pii } from './builder.mjs';
import * as P from './pii.mjs';

const dq = (v) => ['"', esc(v, 'json'), '"'];
const sq = (v) => ["'", v, "'"];
// per language: comment, string literal, constant, map literal, function with a default, env fallback, header, key style
export const CODE = {
  python: { cm: '#', s: dq, k: 'UPPER', head: () => 'import os\nimport requests\n\n', cst: (n, v) => [n, ' = ', v], map: (p) => ['{', p.map(([k, v]) => ['"', k, '": ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), '}'],
    fn: (f, p, v) => [`def ${f}(host="localhost", ${p}=`, v, '):\n    return Client(host, ', p, ')'], env: (n, v) => [`os.environ.get("${n}", `, v, ')'] },
  javascript: { cm: '//', s: (v) => ["'", v, "'"], k: 'UPPER', head: () => "const axios = require('axios');\n\n", cst: (n, v) => ['const ', n, ' = ', v, ';'], map: (p) => ['{ ', p.map(([k, v]) => [k, ': ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), ' }'],
    fn: (f, p, v) => [`async function ${f}(url, ${p} = `, v, ') {\n  return axios.get(url, { headers: { Authorization: `Bearer ${', p, '}` } });\n}'], env: (n, v) => [`process.env.${n} || `, v] },
  typescript: { cm: '//', s: dq, k: 'camel', head: () => "import { Pool } from 'pg';\n\n", cst: (n, v) => ['export const ', n, ' = ', v, ';'], map: (p) => ['{\n  ', p.map(([k, v]) => [k, ': ', v]).flatMap((x, i) => (i ? [',\n  ', x] : [x])), ',\n}'],
    fn: (f, p, v) => [`export function ${f}(${p}: string = `, v, '): Pool {\n  return new Pool({ password: ', p, ' });\n}'], env: (n, v) => [`process.env.${n} ?? `, v] },
  go: { cm: '//', s: dq, k: 'Pascal', head: () => 'package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\n', cst: (n, v) => ['const ', n, ' = ', v], map: (p) => ['map[string]string{', p.map(([k, v]) => ['"', k, '": ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), '}'],
    fn: (f, p, v) => [`func ${f}() *Client {\n\treturn &Client{${p[0].toUpperCase() + p.slice(1)}: `, v, '}\n}'], env: (n, v) => [`getenv("${n}", `, v, ')'] },
  java: { cm: '//', s: dq, k: 'UPPER', head: () => 'package com.fabrikam.billing;\n\nimport java.util.Map;\n\npublic class Settings {\n', tail: '}\n', cst: (n, v) => ['    private static final String ', n, ' = ', v, ';'], map: (p) => ['Map.of(', p.map(([k, v]) => ['"', k, '", ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), ')'],
    fn: (f, p, v) => [`    public Client ${f}() {\n        return new Client("localhost", `, v, ');\n    }'], env: (n, v) => [`Optional.ofNullable(System.getenv("${n}")).orElse(`, v, ')'] },
  kotlin: { cm: '//', s: dq, k: 'UPPER', head: () => 'package io.fabrikam.sync\n\n', cst: (n, v) => ['const val ', n, ' = ', v], map: (p) => ['mapOf(', p.map(([k, v]) => ['"', k, '" to ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), ')'],
    fn: (f, p, v) => [`fun ${f}(host: String = "localhost", ${p}: String = `, v, ') = Client(host, ', p, ')'], env: (n, v) => [`System.getenv("${n}") ?: `, v] },
  csharp: { cm: '//', s: dq, k: 'Pascal', head: () => 'using System;\nusing System.Net.Http;\n\nnamespace Fabrikam.Billing;\n\npublic static class Secrets\n{\n', tail: '}\n', cst: (n, v) => ['    public const string ', n, ' = ', v, ';'],
    map: (p) => ['new Dictionary<string, string> { ', p.map(([k, v]) => ['["', k, '"] = ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), ' }'], fn: (f, p, v) => [`    public static Task ${f}Async(string ${p} = `, v, ') => Client.ConnectAsync(', p, ');'], env: (n, v) => [`Environment.GetEnvironmentVariable("${n}") ?? `, v] },
  ruby: { cm: '#', s: sq, k: 'UPPER', head: () => "require 'net/http'\n\n", cst: (n, v) => [n, ' = ', v, '.freeze'], map: (p) => ['{ ', p.map(([k, v]) => [k, ': ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), ' }'],
    fn: (f, p, v) => [`def ${f}(host: 'localhost', ${p}: `, v, ')\n  Client.new(host, ', p, ')\nend'], env: (n, v) => [`ENV.fetch('${n}', `, v, ')'] },
  php: { cm: '//', s: sq, k: 'UPPER', head: () => '<?php\n\ndeclare(strict_types=1);\n\n', cst: (n, v) => ['const ', n, ' = ', v, ';'], map: (p) => ['[', p.map(([k, v]) => ["'", k, "' => ", v]).flatMap((x, i) => (i ? [', ', x] : [x])), ']'],
    fn: (f, p, v) => [`function ${f}(string $host = 'localhost', string $${p} = `, v, '): PDO\n{\n    return new PDO("mysql:host=$host", "app", $', p, ');\n}'], env: (n, v) => [`getenv('${n}') ?: `, v] },
  rust: { cm: '//', s: dq, k: 'UPPER', head: () => 'use std::env;\n\n', cst: (n, v) => ['const ', n, ': &str = ', v, ';'], map: (p) => ['HashMap::from([', p.map(([k, v]) => ['("', k, '", ', v, ')']).flatMap((x, i) => (i ? [', ', x] : [x])), '])'],
    fn: (f, p, v) => [`impl Default for Config {\n    fn default() -> Self {\n        Self { ${p}: `, v, '.into(), host: "localhost".into() }\n    }\n}'], env: (n, v) => [`env::var("${n}").unwrap_or_else(|_| `, v, '.to_string())'] },
  swift: { cm: '//', s: dq, k: 'camel', head: () => 'import Foundation\n\n', cst: (n, v) => ['let ', n, ' = ', v], map: (p) => ['[', p.map(([k, v]) => ['"', k, '": ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), ']'],
    fn: (f, p, v) => [`func ${f}(host: String = "localhost", ${p}: String = `, v, ') -> Client {\n    Client(host: host, secret: ', p, ')\n}'], env: (n, v) => [`ProcessInfo.processInfo.environment["${n}"] ?? `, v] },
  scala: { cm: '//', s: dq, k: 'Pascal', head: () => 'package fabrikam.etl\n\n', cst: (n, v) => ['val ', n, ' = ', v], map: (p) => ['Map(', p.map(([k, v]) => ['"', k, '" -> ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), ')'],
    fn: (f, p, v) => [`def ${f}(host: String = "localhost", ${p}: String = `, v, '): Client = Client(host, ', p, ')'], env: (n, v) => [`sys.env.getOrElse("${n}", `, v, ')'] },
  c: { cm: '//', s: dq, k: 'UPPER', head: () => '#include <stdio.h>\n#include <stdlib.h>\n\n', cst: (n, v) => ['#define ', n, ' ', v], map: (p) => ['{ ', p.map(([k, v]) => ['.', k, ' = ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), ' }'],
    fn: (f, p, v) => [`int ${f}(void)\n{\n    return db_connect("localhost", `, v, ');\n}'], env: (n, v) => [`getenv("${n}") ? getenv("${n}") : `, v] },
  cpp: { cm: '//', s: dq, k: 'Pascal', head: () => '#include <string>\n#include <map>\n\n', cst: (n, v) => ['constexpr auto k', n, ' = ', v, ';'], map: (p) => ['std::map<std::string, std::string>{', p.map(([k, v]) => ['{"', k, '", ', v, '}']).flatMap((x, i) => (i ? [', ', x] : [x])), '}'],
    fn: (f, p, v) => [`bool ${f}(const std::string& host = "localhost", const std::string& ${p} = `, v, ');'], env: (n, v) => [`std::getenv("${n}") ? std::getenv("${n}") : `, v] },
  bash: { cm: '#', s: sq, k: 'UPPER', head: () => '#!/usr/bin/env bash\nset -euo pipefail\n\n', cst: (n, v) => [n, '=', v], map: (p) => ['(', p.map(([k, v]) => ['[', k, ']=', v]).flatMap((x, i) => (i ? [' ', x] : [x])), ')'],
    fn: (f, p, v) => [`${f}() {\n  local ${p}="\${1:-`, v, '}"\n  curl -fsS -H "Authorization: Bearer $', p, '" "$API_URL/health"\n}'], env: (n, v) => [`\${${n}:-`, v, '}'], rawfn: true },
  powershell: { cm: '#', s: sq, k: 'Pascal', head: () => '#Requires -Version 7\n\n', cst: (n, v) => ['$', n, ' = ', v], map: (p) => ['@{ ', p.map(([k, v]) => [k, ' = ', v]).flatMap((x, i) => (i ? ['; ', x] : [x])), ' }'],
    fn: (f, p, v) => [`function ${f} {\n    param([string]$Host = 'localhost', [string]$${p} = `, v, ')\n    Connect-Db -Server $Host -Secret $', p, '\n}'], env: (n, v) => [`($env:${n} ?? `, v, ')'] },
  perl: { cm: '#', s: sq, k: 'UPPER', head: () => '#!/usr/bin/perl\nuse strict;\nuse warnings;\n\n', cst: (n, v) => ['my $', n, ' = ', v, ';'], map: (p) => ['{ ', p.map(([k, v]) => [k, ' => ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), ' }'],
    fn: (f, p, v) => [`sub ${f} {\n    my ($${p}) = @_;\n    $${p} //= `, v, ';\n    return DBI->connect($dsn, "app", $', p, ');\n}'], env: (n, v) => [`$ENV{${n}} // `, v] },
  lua: { cm: '--', s: dq, k: 'snake', head: () => 'local http = require("socket.http")\n\n', cst: (n, v) => ['local ', n, ' = ', v], map: (p) => ['{ ', p.map(([k, v]) => [k, ' = ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), ' }'],
    fn: (f, p, v) => [`local function ${f}(${p})\n  ${p} = ${p} or `, v, '\n  return client.new(' + p + ')\nend'], env: (n, v) => [`os.getenv("${n}") or `, v] },
  r: { cm: '#', s: dq, k: 'snake', head: () => 'library(httr)\nlibrary(DBI)\n\n', cst: (n, v) => [n, ' <- ', v], map: (p) => ['list(', p.map(([k, v]) => [k, ' = ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), ')'],
    fn: (f, p, v) => [`${f} <- function(host = "localhost", ${p} = `, v, ') {\n  dbConnect(RPostgres::Postgres(), host = host, password = ', p, ')\n}'], env: (n, v) => [`Sys.getenv("${n}", unset = `, v, ')'] },
  dart: { cm: '//', s: (v) => ["r'", v, "'"], k: 'camel', head: () => "import 'dart:io';\n\n", cst: (n, v) => ['const ', n, ' = ', v, ';'], map: (p) => ['{', p.map(([k, v]) => ["'", k, "': ", v]).flatMap((x, i) => (i ? [', ', x] : [x])), '}'],
    fn: (f, p, v) => [`Future<Client> ${f}({String host = 'localhost', String ${p} = `, v, '}) async =>\n    Client.connect(host, ', p, ');'], env: (n, v) => [`Platform.environment['${n}'] ?? `, v] },
  elixir: { cm: '#', s: dq, k: 'snake', head: () => 'defmodule Billing.Config do\n', tail: 'end\n', cst: (n, v) => ['  @', n, ' ', v], map: (p) => ['%{', p.map(([k, v]) => [k, ': ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), '}'],
    fn: (f, p, v) => [`  def ${f}(host \\\\ "localhost", ${p} \\\\ `, v, '), do: Client.start(host, ', p, ')'], env: (n, v) => [`System.get_env("${n}", `, v, ')'] },
  groovy: { cm: '//', s: sq, k: 'UPPER', head: () => '@Grab(group = "org.postgresql", module = "postgresql")\nimport groovy.sql.Sql\n\n', cst: (n, v) => ['def ', n, ' = ', v], map: (p) => ['[', p.map(([k, v]) => [k, ': ', v]).flatMap((x, i) => (i ? [', ', x] : [x])), ']'],
    fn: (f, p, v) => [`def ${f}(String host = 'localhost', String ${p} = `, v, ') {\n    Sql.newInstance("jdbc:postgresql://$host/app", "app", ' + p + ')\n}'], env: (n, v) => [`System.getenv('${n}') ?: `, v] },
  haskell: { cm: '--', s: dq, k: 'camel', head: () => '{-# LANGUAGE OverloadedStrings #-}\nmodule Config where\n\n', cst: (n, v) => [n, ' :: String\n', n, ' = ', v], map: (p) => ['[', p.map(([k, v]) => ['("', k, '", ', v, ')']).flatMap((x, i) => (i ? [', ', x] : [x])), ']'],
    fn: (f, p, v) => [`${f} :: IO Connection\n${f} = connect defaultConnectInfo { connectPassword = `, v, ' }'], env: (n, v) => [`fromMaybe `, v, ` <$> lookupEnv "${n}"`] },
};
export const CODE_LANGS = Object.keys(CODE);

const TOKEN_POOL = ['STRIPE_SECRET_KEY', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'SENDGRID_API_KEY', 'TWILIO_AUTH_TOKEN', 'SLACK_BOT_TOKEN', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'GOOGLE_API_KEY', 'MAILGUN_API_KEY',
  'AWS_ACCESS_KEY', 'AWS_SECRET_KEY', 'DATADOG_API_KEY', 'FIGMA_PAT', 'AIRTABLE_PAT', 'NOTION_INTEGRATION_TOKEN', 'LINEAR_API_KEY', 'SQUARE_ACCESS_TOKEN', 'BRAINTREE_ACCESS_TOKEN', 'PAYPAL_CLIENT_SECRET',
  'JWT_SIGNING_SECRET', 'HMAC_SIGNING_KEY', 'DATA_ENCRYPTION_KEY', 'WEBHOOK_SIGNING_SECRET', 'DISCORD_BOT_TOKEN', 'TELEGRAM_BOT_TOKEN', 'PERPLEXITY_API_KEY', 'REPLICATE_API_TOKEN', 'SHOPIFY_ACCESS_TOKEN',
  'MERIDIAN_PAT', 'KESTREL_API_KEY', 'OSPREY_ACCESS_TOKEN', 'TANGO_BILLING_KEY', 'PAX_ADMIN_TOKEN', 'FJORD_API_SECRET', 'MOSAIC_WEBHOOK_KEY', 'BEACON_DEVICE_KEY', 'CORVID_API_KEY', 'WREN_AGENT_KEY', 'NIMBUS_PAT',
  'GENERIC_API_KEY', 'OAUTH_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET', 'GOOGLE_OAUTH_CLIENT_SECRET', 'SUPABASE_SERVICE_ROLE_KEY', 'JSON_WEB_TOKEN', 'POSTMAN_API_KEY', 'GOOGLE_OAUTH_REFRESH_TOKEN', 'ANTHROPIC_ADMIN_KEY', 'STRIPE_WEBHOOK_SECRET'];
const PW_POOL = ['DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'REDIS_PASSWORD', 'SMTP_PASSWORD', 'LDAP_BIND_PASSWORD', 'MSSQL_PASSWORD', 'SERVICE_ACCOUNT_PASSWORD', 'ADMIN_PASSWORD', 'FTP_PASSWORD', 'AMQP_PASSWORD'];

function nm(lang, words) { return styleKey(words, CODE[lang].k); }
// one code item (a line or a small block) in language `lang`
function codeItem(c, lang) {
  const r = c.r, X = CODE[lang], s = X.s;
  const ent = c.pick(TOKEN_POOL), pent = c.pick(PW_POOL);
  const k = r.int(0, 11);
  const wordsFor = (e) => c.key(e, 'space') || 'secret';
  switch (k) {
    case 0: case 1: return X.cst(nm(lang, wordsFor(ent)), s(c.S(ent)));
    case 2: return X.fn(pick2(r, ['connect', 'makeClient', 'openDb', 'newSession']), lang === 'go' ? 'token' : pick2(r, ['password', 'secret', 'pw', 'token']), s(c.pw(pent)));
    case 3: return X.cst(nm(lang, pick2(r, ['db config', 'credentials', 'smtp settings', 'conn opts'])), X.map([['host', s(c.hostStr())], ['user', s(c.user())], ['password', s(c.pw(pent))]]));
    case 4: return X.cst(nm(lang, pick2(r, ['database url', 'dsn', 'broker url', 'conn str'])), s(connUrl(c)));
    case 5: { const v = c.S(c.pick(['JSON_WEB_TOKEN', 'BEARER_TOKEN', 'VAULT_SERVICE_TOKEN', 'KUBERNETES_SERVICE_ACCOUNT_TOKEN', 'GRANITE_M2M_TOKEN', 'QUILL_SESSION_KEY', 'HUGGING_FACE_TOKEN', 'GROQ_API_KEY'])); return X.cst(nm(lang, 'auth header'), s(['Bearer ', v])); }
    case 6: return X.cst(nm(lang, pick2(r, ['api key', 'stripe key', 'token', 'secret'])), X.env(r.pick(['API_KEY', 'STRIPE_KEY', 'APP_TOKEN', 'SECRET']), s(L.placeholder(r, r.pick(['changeme', 'dev-only', 'xxx', 'CHANGE_ME', 'test-key'])))));
    case 7: return r.pick([() => X.cst(nm(lang, 'build sha'), s(L.git_sha(r))), () => X.cst(nm(lang, 'tenant id'), s(L.uuid(r))), () => X.cst(nm(lang, 'docs example key'), s(L.aws_example_key(r))),
      () => X.cst(nm(lang, 'publishable key'), s(L.public_key(r, r.pick(['stripe_pk', 'mapbox'])))), () => X.cst(nm(lang, 'schema version'), s(L.version(r))), () => X.cst(nm(lang, 'asset hash'), s(L.hash(r))), () => X.cst(nm(lang, 'brand color'), s(L.hex_color(r)))])();
    case 8: { const v = r.chance(0.5) ? c.S(pent, 'b64', { raw: humanPassword(r) }) : c.S(ent, 'b64'); return [X.cm, ' obfuscated so scanners do not see it\n', X.cst(nm(lang, 'encoded secret'), s(v))]; }
    case 9: { const v = c.S(ent, 'hex'); return X.cst(nm(lang, 'key hex'), s(v)); }
    case 10: { const info = c.info(); return [X.cm, ' TODO(', P.personVal(info, 'given'), '): rotate before ', L.date(r), ' — ask ', P.emailFor(r, info)]; }
    default: return [X.cm, ' ', c.passing()];
  }
}
const pick2 = (r, a) => r.pick(a);

// spread languages evenly: least-used first
let LANG_USE = {};
export function resetCodeLangs() { LANG_USE = {}; }
function codeLang(r) { const lang = r.weighted(CODE_LANGS.map((l) => [1 / Math.pow(1 + (LANG_USE[l] || 0), 3), l])); LANG_USE[lang] = (LANG_USE[lang] || 0) + 1; return lang; }
function sourceCode(c, n) {
  const r = c.r, d = c.d, lang = codeLang(r); const X = CODE[lang];
  c.tag('code_lang', lang);
  if (r.chance(0.3)) d.add(X.cm, ' ', pick2(r, ['Copyright', 'Author:', 'Maintainer:']), ' ', c.nameEmail(), '\n');
  d.add(X.head());
  for (let i = 0; i < n; i++) d.add(codeItem(c, lang), '\n', r.chance(0.4) ? '\n' : '');
  if (X.tail) d.add(X.tail);
}

function testFixture(c, n) {
  const r = c.r, d = c.d, lang = codeLang(r); const X = CODE[lang], s = X.s;
  c.tag('code_lang', lang);
  d.add(X.head(), X.cm, ' ', pick2(r, ['test fixtures', 'seed data for integration tests', 'golden records', 'factory defaults']), '\n');
  for (let i = 0; i < n; i++) {
    const info = c.info(); const cc = c.countryObj();
    const fields = [['name', s(P.personVal(info))], ['email', s(P.emailFor(r, info))], ['phone', s(P.phone(r, P.phonePlanFor(cc.cc)))]];
    const extra = r.int(0, 6);
    if (extra === 0) fields.push(['card', s(r.chance(0.5) ? L.vendor_test_card(r) : P.card(r))]);
    else if (extra === 1) fields.push(['iban', s(r.chance(0.7) ? P.iban(r, null, false) : L.invalid_iban(r))]);
    else if (extra === 2) fields.push(['ssn', s(r.chance(0.7) ? P.ssn(r) : L.invalid_ssn(r))]);
    else if (extra === 3) fields.push(['city', s(c.city(cc))]);
    else if (extra === 4) fields.push(['password', s(c.pw('USER_PASSWORD'))]);
    else if (extra === 5) fields.push(['api_token', s(c.S(c.pick(TOKEN_POOL)))]);
    else fields.push(['ip', s(c.ip())]);
    fields.push(['id', s(L.uuid(r))]);
    d.add(X.cst(nm(lang, pick2(r, ['test user', 'fake customer', 'fixture account', 'sample patient', 'demo buyer']) + ' ' + (i + 1)), X.map(fields)), '\n');
  }
  if (r.chance(0.6)) d.add(X.cst(nm(lang, 'test api key'), s(r.chance(0.5) ? c.S(c.pick(TOKEN_POOL)) : L.placeholder(r, 'sk_test_' + 'x'.repeat(24)))), '\n');
  if (X.tail) d.add(X.tail);
}

function notebook(c, n) {
  const r = c.r, d = c.d; c.tag('code_lang', 'python');
  const cell = (lines) => ['  {\n   "cell_type": "code",\n   "execution_count": ', String(r.int(1, 40)), ',\n   "metadata": {},\n   "source": [\n', lines.map((ln, i) => ['    "', esc(ln, 'json'), i < lines.length - 1 ? '\\n' : '', '"', i < lines.length - 1 ? ',' : '', '\n']), '   ]\n  }'];
  const cells = [];
  cells.push(cell(['import pandas as pd', 'import openai', ['openai.api_key = "', c.S(c.pick(['OPENAI_API_KEY', 'OPENAI_LEGACY_KEY'])), '"']]));
  cells.push(cell([['engine = create_engine("', connUrl(c, r.pick(['postgresql+psycopg2', 'mysql+pymysql', 'mssql+pyodbc', 'oracle+cx_oracle', 'snowflake', 'clickhouse', 'trino'])), '")'], 'df = pd.read_sql("select * from customers limit 5", engine)', 'df.head()']));
  const rows = [];
  for (let i = 0; i < Math.max(2, n); i++) { const info = c.info(); rows.push([String(i), '  ', P.personVal(info), '  ', P.emailFor(r, info), '  ', c.city()]); }
  const out = ['  {\n   "cell_type": "code",\n   "execution_count": ', String(r.int(41, 60)), ',\n   "metadata": {},\n   "outputs": [{"output_type": "execute_result", "data": {"text/plain": [\n',
    rows.map((row, i) => ['     "', esc(row, 'json'), '\\n"', i < rows.length - 1 ? ',' : '', '\n']), '   ]}}],\n   "source": ["df.sample(', String(rows.length), ')"]\n  }'];
  cells.push(out);
  if (r.chance(0.6)) cells.push(cell([['hf_token = "', c.S('HUGGING_FACE_TOKEN'), '"  # ', 'TODO remove'], ['run_id = "', L.uuid(r), '"']]));
  d.add('{\n "cells": [\n', cells.flatMap((x, i) => (i ? [',\n', x] : [x])), '\n ],\n "metadata": {"kernelspec": {"name": "python3"}, "language_info": {"version": "', L.version(r, 'semver'), '"}},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n');
}

function sqlDump(c, n) {
  const r = c.r, d = c.d; const flavor = r.pick(['mysql', 'postgres']);
  c.tag('sql_flavor', flavor);
  const q = (v) => ["'", esc(v, 'plain'), "'"];
  d.add(flavor === 'mysql' ? ['-- MySQL dump ', L.version(r), '  Distrib ', L.version(r, 'semver'), '\n-- Host: ', c.hostStr('mysql'), '    Database: crm\n-- Dump completed on ', L.timestamp(r, 'space'), '\n\n'] : ['--\n-- PostgreSQL database dump\n-- Dumped from database version ', L.version(r), '\n-- Started on ', L.timestamp(r, 'space'), '\n\n']);
  d.add('INSERT INTO customers (id, full_name, email, phone, city, card_number, created_at) VALUES\n');
  for (let i = 0; i < n; i++) {
    const info = c.info(); const cc = c.countryObj();
    d.add('(', String(r.int(1000, 99999)), ', ', q(P.personVal(info)), ', ', q(P.emailFor(r, info)), ', ', q(P.phone(r, P.phonePlanFor(cc.cc))), ', ', q(c.city(cc)), ', ', r.chance(0.6) ? q(P.card(r, null, '')) : r.chance(0.5) ? q(L.vendor_test_card(r)) : 'NULL', ', ', q(L.timestamp(r, 'space')), ')', i < n - 1 ? ',\n' : ';\n');
  }
  d.add('\nINSERT INTO api_credentials (service, token, rotated_at) VALUES\n');
  const m = r.int(2, 4);
  for (let i = 0; i < m; i++) { const ent = c.pick(TOKEN_POOL); d.add("('", ent.toLowerCase().split('_')[0], "', ", q(c.S(ent)), ', ', q(L.date(r)), ')', i < m - 1 ? ',\n' : ';\n'); }
  d.add("\nUPDATE settings SET value = '", c.pw('SMTP_PASSWORD'), "' WHERE name = 'smtp_password';\n");
}

export const CODE_KINDS = { source_code: sourceCode, test_fixture: testFixture, notebook, sql_dump: sqlDump };
