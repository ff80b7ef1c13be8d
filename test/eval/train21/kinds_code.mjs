// Source code in many programming languages, and Jupyter notebooks.
import { F, L } from './doc.mjs';
import { keyCase, keyFor, SERVICES, COMPANIES } from './fmt.mjs';
import { SECRETS, password, rs } from './secrets.mjs';
import { ENV_NAMES } from './values.mjs';

const LANGS = {
  python: { c: '#', konst: (n, v) => F`${keyCase0(n, 'UPPER')} = "${v}"`, env: (n) => `os.environ["${n}"]`, imports: ['import os', 'import requests'], fixture: (f) => F`TEST_USER = {"name": "${f.name}", "email": "${f.email}", "phone": "${f.phone}"}`, fn: (b) => F`def connect():\n    return psycopg2.connect("${b}")\n` },
  javascript: { c: '//', konst: (n, v) => F`const ${keyCase0(n, 'camel')} = '${v}';`, env: (n) => `process.env.${n}`, imports: ["const axios = require('axios');"], fixture: (f) => F`const testUser = { name: '${f.name}', email: '${f.email}', phone: '${f.phone}' };`, fn: (b) => F`async function connect() {\n  return new Pool({ connectionString: '${b}' });\n}\n` },
  typescript: { c: '//', konst: (n, v) => F`export const ${keyCase0(n, 'UPPER')}: string = "${v}";`, env: (n) => `process.env.${n}!`, imports: ["import { Client } from 'pg';"], fixture: (f) => F`export const fixtureUser: User = {\n  name: "${f.name}",\n  email: "${f.email}",\n  phone: "${f.phone}",\n};`, fn: (b) => F`export const db = new Client({ connectionString: "${b}" });\n` },
  go: { c: '//', konst: (n, v) => F`const ${keyCase0(n, 'camel')} = "${v}"`, env: (n) => `os.Getenv("${n}")`, imports: ['package main', '', 'import (\n\t"database/sql"\n\t"os"\n)'], fixture: (f) => F`var testUser = User{Name: "${f.name}", Email: "${f.email}", Phone: "${f.phone}"}`, fn: (b) => F`func open() (*sql.DB, error) {\n\treturn sql.Open("postgres", "${b}")\n}\n` },
  java: { c: '//', konst: (n, v) => F`    private static final String ${keyCase0(n, 'UPPER')} = "${v}";`, env: (n) => `System.getenv("${n}")`, imports: ['package com.acme.sync;', '', 'import java.sql.DriverManager;', '', 'public class Config {'], close: '}', fixture: (f) => F`    static final User TEST_USER = new User("${f.name}", "${f.email}", "${f.phone}");`, fn: (b) => F`    Connection open() throws Exception {\n        return DriverManager.getConnection("jdbc:${b}");\n    }\n` },
  kotlin: { c: '//', konst: (n, v) => F`const val ${keyCase0(n, 'UPPER')} = "${v}"`, env: (n) => `System.getenv("${n}")`, imports: ['package com.kanto.app', '', 'import okhttp3.OkHttpClient'], fixture: (f) => F`val previewUser = User(name = "${f.name}", email = "${f.email}", phone = "${f.phone}")`, fn: (b) => F`fun dataSource() = HikariDataSource().apply { jdbcUrl = "jdbc:${b}" }\n` },
  csharp: { c: '//', konst: (n, v) => F`    private const string ${keyCase0(n, 'pascal')} = "${v}";`, env: (n) => `Environment.GetEnvironmentVariable("${n}")`, imports: ['using System;', 'using Npgsql;', '', 'namespace Acme.Billing;', '', 'public static class Secrets', '{'], close: '}', fixture: (f) => F`    public static readonly Customer Demo = new() { Name = "${f.name}", Email = "${f.email}", Phone = "${f.phone}" };`, fn: (b) => F`    public static NpgsqlConnection Open() => new("${b}");\n` },
  ruby: { c: '#', konst: (n, v) => F`${keyCase0(n, 'UPPER')} = '${v}'.freeze`, env: (n) => `ENV['${n}']`, imports: ["require 'net/http'", "require 'pg'"], fixture: (f) => F`SEED_USER = { name: '${f.name}', email: '${f.email}', phone: '${f.phone}' }.freeze`, fn: (b) => F`def connection\n  PG.connect('${b}')\nend\n` },
  php: { c: '//', konst: (n, v) => F`define('${keyCase0(n, 'UPPER')}', '${v}');`, env: (n) => `getenv('${n}')`, imports: ['<?php', 'declare(strict_types=1);'], fixture: (f) => F`$demoUser = ['name' => '${f.name}', 'email' => '${f.email}', 'phone' => '${f.phone}'];`, fn: (b) => F`function db(): PDO {\n    return new PDO('${b}');\n}\n` },
  rust: { c: '//', konst: (n, v) => F`const ${keyCase0(n, 'UPPER')}: &str = "${v}";`, env: (n) => `std::env::var("${n}")`, imports: ['use std::env;', 'use sqlx::PgPool;'], fixture: (f) => F`fn sample_user() -> User {\n    User { name: "${f.name}".into(), email: "${f.email}".into(), phone: "${f.phone}".into() }\n}`, fn: (b) => F`async fn pool() -> PgPool {\n    PgPool::connect("${b}").await.unwrap()\n}\n` },
  swift: { c: '//', konst: (n, v) => F`let ${keyCase0(n, 'camel')} = "${v}"`, env: (n) => `ProcessInfo.processInfo.environment["${n}"]`, imports: ['import Foundation'], fixture: (f) => F`let previewContact = Contact(name: "${f.name}", email: "${f.email}", phone: "${f.phone}")`, fn: (b) => F`func databaseURL() -> URL { URL(string: "${b}")! }\n` },
  cpp: { c: '//', konst: (n, v) => F`static constexpr const char* k${keyCase0(n, 'pascal')} = "${v}";`, env: (n) => `std::getenv("${n}")`, imports: ['#include <cstdlib>', '#include <string>', '', 'namespace cfg {'], close: '}  // namespace cfg', fixture: (f) => F`const Contact kDemo{"${f.name}", "${f.email}", "${f.phone}"};`, fn: (b) => F`inline std::string Dsn() { return "${b}"; }\n` },
  scala: { c: '//', konst: (n, v) => F`  val ${keyCase0(n, 'camel')} = "${v}"`, env: (n) => `sys.env("${n}")`, imports: ['package acme.etl', '', 'object Settings {'], close: '}', fixture: (f) => F`  val demo = Person(name = "${f.name}", email = "${f.email}", phone = "${f.phone}")`, fn: (b) => F`  def jdbc: String = "jdbc:${b}"\n` },
  elixir: { c: '#', konst: (n, v) => F`  @${keyCase0(n, 'snake')} "${v}"`, env: (n) => `System.get_env("${n}")`, imports: ['defmodule Shop.Secrets do'], close: 'end', fixture: (f) => F`  def demo_user, do: %{name: "${f.name}", email: "${f.email}", phone: "${f.phone}"}`, fn: (b) => F`  def repo_url, do: "ecto://${b.slice ? '' : ''}${b}"\n` },
  dart: { c: '//', konst: (n, v) => F`const ${keyCase0(n, 'camel')} = '${v}';`, env: (n) => `Platform.environment['${n}']`, imports: ["import 'dart:io';"], fixture: (f) => F`final demoUser = User(name: '${f.name}', email: '${f.email}', phone: '${f.phone}');`, fn: (b) => F`final dbUri = Uri.parse('${b}');\n` },
  lua: { c: '--', konst: (n, v) => F`local ${keyCase0(n, 'snake')} = "${v}"`, env: (n) => `os.getenv("${n}")`, imports: ['local http = require("resty.http")'], fixture: (f) => F`local demo = { name = "${f.name}", email = "${f.email}", phone = "${f.phone}" }`, fn: (b) => F`local function dsn() return "${b}" end\n` },
  perl: { c: '#', konst: (n, v) => F`my $${keyCase0(n, 'snake')} = '${v}';`, env: (n) => `$ENV{${n}}`, imports: ['use strict;', 'use warnings;', 'use DBI;'], fixture: (f) => F`my %demo = (name => '${f.name}', email => '${f.email}', phone => '${f.phone}');`, fn: (b) => F`my $dbh = DBI->connect('dbi:Pg:${b}');\n` },
  r: { c: '#', konst: (n, v) => F`${keyCase0(n, 'snake')} <- "${v}"`, env: (n) => `Sys.getenv("${n}")`, imports: ['library(DBI)', 'library(httr)'], fixture: (f) => F`respondents <- data.frame(name = c("${f.name}"), email = c("${f.email}"), phone = c("${f.phone}"))`, fn: (b) => F`con <- dbConnect(RPostgres::Postgres(), dbname = "${b}")\n` },
  bash: { c: '#', konst: (n, v) => F`${keyCase0(n, 'UPPER')}="${v}"`, env: (n) => `\${${n}}`, imports: ['#!/usr/bin/env bash', 'set -euo pipefail'], fixture: (f) => F`NOTIFY_NAME="${f.name}"\nNOTIFY_EMAIL="${f.email}"\nNOTIFY_PHONE="${f.phone}"`, fn: (b) => F`psql "${b}" -f migrate.sql\n` },
  powershell: { c: '#', konst: (n, v) => F`$${keyCase0(n, 'pascal')} = "${v}"`, env: (n) => `$env:${n}`, imports: ['Set-StrictMode -Version Latest'], fixture: (f) => F`$Contact = [pscustomobject]@{ Name = "${f.name}"; Email = "${f.email}"; Phone = "${f.phone}" }`, fn: (b) => F`$conn = New-Object System.Data.SqlClient.SqlConnection("${b}")\n` },
  haskell: { c: '--', konst: (n, v) => F`${keyCase0(n, 'camel')} :: String\n${keyCase0(n, 'camel')} = "${v}"`, env: (n) => `getEnv "${n}"`, imports: ['module Config where', '', 'import System.Environment (getEnv)'], fixture: (f) => F`demoUser :: User\ndemoUser = User { name = "${f.name}", email = "${f.email}", phone = "${f.phone}" }`, fn: (b) => F`connStr :: String\nconnStr = "${b}"\n` },
};
function keyCase0(n, style) {
  const words = n.replace(/([a-z0-9])([A-Z])/g, '$1_$2').split(/[_.\-\s]+/).filter(Boolean).map((w) => w.toLowerCase());
  if (style === 'UPPER') return words.join('_').toUpperCase();
  if (style === 'snake') return words.join('_');
  if (style === 'camel') return words.map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join('');
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}
export const CODE_LANGS = Object.keys(LANGS);

export function source_code(d, v, r, g, i) {
  const lang = CODE_LANGS[i % CODE_LANGS.length];
  const Lg = LANGS[lang];
  d.meta.codeLang = lang;
  const c = Lg.c;
  const author = v.person(g.culture.next());
  if (lang === 'bash') d.add(Lg.imports[0] + '\n');
  if (lang === 'php') d.add('<?php\n');
  d.w`${c} ${r.pick(['Copyright', '(c)', 'Maintainer:', 'Author:'])} ${v.name(author)} <${v.email(author)}>\n${c} ${r.pick(['sync job for', 'client for', 'glue code for', 'helpers for'])} ${r.pick(SERVICES)} — see ${v.look('ticket_ref')}\n`;
  if (r.chance(0.4)) d.w`${c} last reviewed ${v.date()} by ${v.name(v.person(g.culture.next()), r.pick(['given', 'short', 'full']))}\n`;
  d.add('\n');
  for (const im of Lg.imports) { if ((lang === 'bash' && im.startsWith('#!')) || (lang === 'php' && im === '<?php')) continue; d.add(im + '\n'); }
  d.add('\n');
  const n = r.int(2, 5);
  for (let k = 0; k < n; k++) {
    const roll = r.next();
    if (roll < 0.65) { const e = g.secret.next(); const val = v.sec(e); if (r.chance(0.3)) d.w`${c} ${r.pick(['TODO: move to vault', 'temporary', 'prod key, do not log', 'works, do not touch', 'from ' + r.pick(['Nino', 'Tomek', 'Ayşe', 'Kenji'])])}\n`; d.add(Lg.konst(keyFor(r, e, 'snake'), val)); d.add('\n'); }
    else if (roll < 0.8) { d.add(Lg.konst(r.pick(['API_KEY', 'TOKEN', 'SECRET']), v.look(r.pick(['placeholder', 'aws_example_key', 'placeholder'])))); d.add('\n'); }
    else { const [nm, w] = r.pick([['VERSION', 'version'], ['BUILD_ID', 'build_number'], ['CLIENT_UUID', 'uuid'], ['BRAND_COLOR', 'hex_color'], ['IMAGE_DIGEST', 'digest'], ['LAST_COMMIT', 'git_sha'], ['OAUTH_CLIENT_ID', 'client_id']]); d.add(Lg.konst(nm, v.look(w))); d.add('\n'); }
  }
  d.w`${c} ${r.pick(['in prod the token comes from', 'fallback:', 'prefer', 'CI injects'])} ${v.look('env_reference', Lg.env(r.pick(ENV_NAMES)))}\n\n`;
  if (r.chance(0.5) && lang === 'python') {
    const e = g.pem.next();
    d.w`SIGNING_KEY = """${v.sec(e)}"""\n\n`;
  } else if (r.chance(0.2) && ['javascript', 'typescript', 'go', 'rust', 'java', 'csharp'].includes(lang)) {
    const e = r.pick(['EC_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'APNS_AUTH_KEY']);
    d.add(Lg.konst('apns key', v.sec(e, SECRETS[e].gen(r).replace(/\n/g, '\\n')))); d.add('\n\n');
  }
  const user = r.pick(['app', 'svc', 'etl']);
  const dsn = F`postgres://${user}:${v.sec(r.pick(['DATABASE_PASSWORD', 'POSTGRES_PASSWORD']), password(r, 'urlsafe'))}@${v.host()}:5432/${r.pick(['app', 'crm'])}`;
  d.add(Lg.fn(dsn)); d.add('\n');
  const p = v.person(g.culture.next());
  d.add(Lg.fixture({ name: v.name(p), email: v.email(p), phone: v.phone() })); d.add('\n');
  if (Lg.close) d.add(Lg.close + '\n');
}

export function notebook(d, v, r, g) {
  const p = v.person(g.culture.next());
  const cell = (type, src) => [`  {\n   "cell_type": "${type}",\n   "metadata": {},\n   "source": [\n`, ...src.flatMap((l, i) => ['    "', l, i < src.length - 1 ? '\\n",\n' : '"\n']), '   ]\n  }'];
  d.add('{\n "cells": [\n');
  d.add(cell('markdown', [F`# Churn analysis — ${v.name(p)}`, F`Data pulled ${v.date('iso')} from the CRM export`]));
  d.add(',\n');
  const e1 = g.secret.next();
  d.add(cell('code', ['import os, pandas as pd', F`${keyCase(r, keyFor(r, e1), 'UPPER')} = '${v.sec(e1)}'`, F`engine = create_engine('postgresql://analyst:${v.sec('DATABASE_PASSWORD', password(r, 'urlsafe'))}@${v.host()}/crm')`, F`openai.api_key = '${v.sec(r.pick(['OPENAI_API_KEY', 'OPENAI_LEGACY_KEY', 'OPENAI_SERVICE_ACCOUNT_KEY']))}'`]));
  d.add(',\n');
  d.add(`  {\n   "cell_type": "code",\n   "execution_count": ${r.int(2, 40)},\n   "metadata": {},\n   "outputs": [\n    {\n     "output_type": "stream",\n     "name": "stdout",\n     "text": [\n`);
  const n = r.int(3, 6);
  d.add('      "   id                name                    email            city\\n",\n');
  for (let k = 0; k < n; k++) { const q = v.person(g.culture.next()); d.w`      "${String(k)}  ${v.look('crm_id')}  ${v.name(q)}  ${v.email(q)}  ${v.city()}${k < n - 1 ? '\\n",\n' : '\\n"\n'}`; }
  d.add('     ]\n    }\n   ],\n   "source": ["df.head()"]\n  }\n ],\n');
  d.w` "metadata": { "kernelspec": { "name": "python3" }, "language_info": { "version": "${v.ver()}" } },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`;
  d.meta.codeLang = 'python';
}
