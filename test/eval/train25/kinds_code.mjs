// Source code in many programming languages: hard-coded credentials, and test fixtures with
// personal data.
import { P, L, S } from './doc.mjs';
import * as PII from './pii.mjs';
import { LOOK } from './lookalikes.mjs';
import { password } from './secrets.mjs';

const flat = (k) => !k.pem && !k.url && !k.ctxOnly && k.e !== 'FLY_API_TOKEN';
const camel = (s) => s.toLowerCase().replace(/[_.-]+([a-z0-9])/g, (_, x) => x.toUpperCase()).replace(/^[^a-z]+/, '');
const snake = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
const scream = (s) => snake(s).toUpperCase();
const pascal = (s) => { const x = camel(s); return x[0].toUpperCase() + x.slice(1); };

// a fixture record: name, email, phone and one extra identifier
function record(c) {
  const r = c.r;
  let p = c.person();
  while (/['"]/.test(p.given + p.family + p.givenL + p.familyL)) p = c.person();
  const extra = r.pick(['card', 'card', 'iban', 'ssn', 'city', 'ip', 'btc', 'nhs', 'passport', 'itin', 'bank', 'dl', 'dea', 'testcard', 'badcard', 'badiban', 'badssn']);
  let ev, ek;
  switch (extra) {
    case 'card': ev = PII.CARD(r); ek = 'card_number'; break;
    case 'iban': ev = PII.IBAN(r); ek = 'iban'; break;
    case 'ssn': ev = PII.SSN(r); ek = 'ssn'; break;
    case 'city': ev = c.city(c.countryOf(p)); ek = 'city'; break;
    case 'ip': ev = PII.IP(r); ek = 'last_ip'; break;
    case 'btc': ev = PII.BTC(r); ek = 'btc_address'; break;
    case 'nhs': ev = PII.NHS(r); ek = 'nhs_number'; break;
    case 'passport': ev = PII.PASSPORT(r); ek = 'passport_no'; break;
    case 'itin': ev = PII.ITIN(r); ek = 'itin'; break;
    case 'bank': ev = PII.BANKNO(r); ek = 'account_number'; break;
    case 'dl': ev = PII.DRIVER(r).span; ek = 'drivers_license'; break;
    case 'dea': ev = PII.DEA(r); ek = 'dea_number'; break;
    case 'badcard': ev = c.look('invalid_card'); ek = 'invalid_card'; break;
    case 'badiban': ev = c.look('invalid_iban'); ek = 'rejected_iban'; break;
    case 'badssn': ev = c.look('invalid_ssn'); ek = 'bad_ssn'; break;
    default: ev = c.look('vendor_test_card'); ek = 'test_card';
  }
  return { name: c.nm(p, 'full', true), email: c.email(p), phone: c.phone(p), ek, ev };
}
function secretsList(c, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    if (c.r.chance(0.8)) { const k = c.secKind(flat); out.push({ key: k.words.join('_'), span: c.secVal(k) }); }
    else { const w = c.r.pick(['placeholder', 'aws_example_key', 'uuid', 'version', 'hash']); out.push({ key: { placeholder: 'fallback_token', aws_example_key: 'docs_access_key', uuid: 'tenant_id', version: 'sdk_version', hash: 'schema_checksum' }[w], span: c.look(w) }); }
  }
  return out;
}

// language templates. s(c, items) writes credentials; f(c, recs) writes fixtures.
const LANGS = {
  python: {
    s: (c, it) => { const d = c.d; d.add('import os\nimport requests\n\n# TODO: move to vault before release\n'); for (const x of it) d.add(scream(x.key), ' = "', x.span, '"\n'); d.add('\n\ndef client():\n    s = requests.Session()\n    s.headers["Authorization"] = f"Bearer {', scream(it[0].key), '}"\n    return s\n'); },
    f: (c, rs) => { const d = c.d; d.add('import pytest\n\nCUSTOMERS = [\n'); for (const x of rs) d.add('    {"name": "', x.name, '", "email": "', x.email, '", "phone": "', x.phone, '", "', x.ek, '": "', x.ev, '"},\n'); d.add(']\n\n\n@pytest.mark.parametrize("row", CUSTOMERS)\ndef test_import(row, db):\n    assert db.import_customer(row).ok\n'); },
  },
  javascript: {
    s: (c, it) => { const d = c.d; d.add("'use strict';\nconst axios = require('axios');\n\nconst config = {\n"); for (const x of it) d.add('  ', camel(x.key), ": '", x.span, "',\n"); d.add('};\n\nmodule.exports = () => axios.create({ headers: { Authorization: `Bearer ${config.', camel(it[0].key), '}` } });\n'); },
    f: (c, rs) => { const d = c.d; d.add("import { describe, it, expect } from 'vitest';\n\nconst fixtures = [\n"); for (const x of rs) d.add("  { name: '", x.name, "', email: '", x.email, "', phone: '", x.phone, "', ", camel(x.ek), ": '", x.ev, "' },\n"); d.add("];\n\ndescribe('normalize', () => {\n  it('keeps contacts', () => expect(normalize(fixtures)).toHaveLength(", String(rs.length), '));\n});\n'); },
  },
  typescript: {
    s: (c, it) => { const d = c.d; d.add('// src/config/secrets.ts — generated ', c.look('timestamp'), '\nexport const secrets: Record<string, string> = {\n'); for (const x of it) d.add('  ', scream(x.key), ': "', x.span, '",\n'); d.add('} as const;\n'); },
    f: (c, rs) => { const d = c.d; d.add('interface Contact { name: string; email: string; phone: string; extra?: string }\n\nexport const seed: Contact[] = [\n'); for (const x of rs) d.add('  { name: "', x.name, '", email: "', x.email, '", phone: "', x.phone, '", extra: "', x.ev, '" },\n'); d.add('];\n'); },
  },
  go: {
    s: (c, it) => { const d = c.d; d.add('package config\n\nimport "git.corp.example/platform/kit/httpx"\n\nconst (\n'); for (const x of it) d.add('\t', pascal(x.key), ' = "', x.span, '"\n'); d.add(')\n\nfunc NewClient() *httpx.Client {\n\treturn httpx.New(httpx.WithToken(', pascal(it[0].key), '))\n}\n'); },
    f: (c, rs) => { const d = c.d; d.add('package crm\n\nvar testContacts = []Contact{\n'); for (const x of rs) d.add('\t{Name: "', x.name, '", Email: "', x.email, '", Phone: "', x.phone, '", ', pascal(x.ek), ': "', x.ev, '"},\n'); d.add('}\n'); },
  },
  java: {
    s: (c, it) => { const d = c.d; d.add('package com.corp.billing;\n\npublic final class Credentials {\n'); for (const x of it) d.add('    public static final String ', scream(x.key), ' = "', x.span, '";\n'); d.add('    private Credentials() {}\n}\n'); },
    f: (c, rs) => { const d = c.d; d.add('class CustomerImportTest {\n    private static final List<Customer> CUSTOMERS = List.of(\n'); rs.forEach((x, i) => d.add('        new Customer("', x.name, '", "', x.email, '", "', x.phone, '", "', x.ev, '")', i < rs.length - 1 ? ',' : '', '\n')); d.add('    );\n}\n'); },
  },
  kotlin: {
    s: (c, it) => { const d = c.d; d.add('object ApiKeys {\n'); for (const x of it) d.add('    const val ', scream(x.key), ' = "', x.span, '"\n'); d.add('}\n'); },
    f: (c, rs) => { const d = c.d; d.add('val sampleUsers = listOf(\n'); for (const x of rs) d.add('    User(name = "', x.name, '", email = "', x.email, '", phone = "', x.phone, '", ', camel(x.ek), ' = "', x.ev, '"),\n'); d.add(')\n'); },
  },
  csharp: {
    s: (c, it) => { const d = c.d; d.add('namespace Corp.Integrations;\n\ninternal static class Secrets\n{\n'); for (const x of it) d.add('    internal const string ', pascal(x.key), ' = "', x.span, '";\n'); d.add('}\n'); },
    f: (c, rs) => { const d = c.d; d.add('var customers = new List<Customer>\n{\n'); for (const x of rs) d.add('    new() { Name = "', x.name, '", Email = "', x.email, '", Phone = "', x.phone, '", ', pascal(x.ek), ' = "', x.ev, '" },\n'); d.add('};\n'); },
  },
  ruby: {
    s: (c, it) => { const d = c.d; d.add('# config/initializers/integrations.rb\n'); for (const x of it) d.add(`${pascal(x.key).slice(0, 12)}Config = `, "'", x.span, "'.freeze\n"); d.add("\nRails.application.config.x.api_token = ENV.fetch('API_TOKEN', ", pascal(it[0].key).slice(0, 12), 'Config)\n'); },
    f: (c, rs) => { const d = c.d; d.add('RSpec.describe ContactImporter do\n  let(:rows) do\n    [\n'); for (const x of rs) d.add('      { name: "', x.name, '", email: "', x.email, '", phone: "', x.phone, '", ', snake(x.ek), ': "', x.ev, '" },\n'); d.add('    ]\n  end\nend\n'); },
  },
  php: {
    s: (c, it) => { const d = c.d; d.add("<?php\n\nreturn [\n"); for (const x of it) d.add("    '", snake(x.key), "' => '", x.span, "',\n"); d.add('];\n'); },
    f: (c, rs) => { const d = c.d; d.add('<?php\n$customers = [\n'); for (const x of rs) d.add("    ['name' => '", x.name, "', 'email' => '", x.email, "', 'phone' => '", x.phone, "', '", x.ek, "' => '", x.ev, "'],\n"); d.add('];\n'); },
  },
  rust: {
    s: (c, it) => { const d = c.d; d.add('// src/secrets.rs\n'); for (const x of it) d.add('pub const ', scream(x.key), ': &str = "', x.span, '";\n'); d.add('\npub fn auth_header() -> String {\n    format!("Bearer {}", ', scream(it[0].key), ')\n}\n'); },
    f: (c, rs) => { const d = c.d; d.add('#[cfg(test)]\nmod tests {\n    use super::*;\n\n    fn people() -> Vec<Person> {\n        vec![\n'); for (const x of rs) d.add('            Person::new("', x.name, '", "', x.email, '", "', x.phone, '", "', x.ev, '"),\n'); d.add('        ]\n    }\n}\n'); },
  },
  swift: {
    s: (c, it) => { const d = c.d; d.add('import Foundation\n\nenum Keys {\n'); for (const x of it) d.add('    static let ', camel(x.key), ' = "', x.span, '"\n'); d.add('}\n'); },
    f: (c, rs) => { const d = c.d; d.add('let previewContacts: [Contact] = [\n'); for (const x of rs) d.add('    Contact(name: "', x.name, '", email: "', x.email, '", phone: "', x.phone, '", note: "', x.ev, '"),\n'); d.add(']\n'); },
  },
  scala: {
    s: (c, it) => { const d = c.d; d.add('object Settings {\n'); for (const x of it) d.add('  val ', camel(x.key), ': String = "', x.span, '"\n'); d.add('}\n'); },
    f: (c, rs) => { const d = c.d; d.add('val fixtures = Seq(\n'); for (const x of rs) d.add('  Customer("', x.name, '", "', x.email, '", "', x.phone, '", "', x.ev, '"),\n'); d.add(')\n'); },
  },
  cpp: {
    s: (c, it) => { const d = c.d; d.add('// secrets.h — DO NOT SHIP\n#pragma once\n\nnamespace creds {\n'); for (const x of it) d.add('constexpr const char* k', pascal(x.key), ' = "', x.span, '";\n'); d.add('}  // namespace creds\n'); },
    f: (c, rs) => { const d = c.d; d.add('static const Contact kContacts[] = {\n'); for (const x of rs) d.add('    {"', x.name, '", "', x.email, '", "', x.phone, '", "', x.ev, '"},\n'); d.add('};\n'); },
  },
  bash: {
    s: (c, it) => { const d = c.d; d.add('#!/usr/bin/env bash\nset -euo pipefail\n\n'); for (const x of it) d.add('export ', scream(x.key), "='", x.span, "'\n"); d.add('\ncurl -fsS -H "Authorization: Bearer ${', scream(it[0].key), '}" "$API_URL/health"\n'); },
    f: (c, rs) => { const d = c.d; d.add('#!/bin/sh\n# seed the staging CRM\n'); for (const x of rs) d.add('./crm-cli add --name "', x.name, '" --email "', x.email, '" --phone "', x.phone, '" --', x.ek.replace(/_/g, '-'), ' "', x.ev, '"\n'); },
  },
  powershell: {
    s: (c, it) => { const d = c.d; d.add('# deploy.ps1\n'); for (const x of it) d.add('$env:', scream(x.key), ' = "', x.span, '"\n'); d.add('Invoke-RestMethod -Uri $Uri -Headers @{ Authorization = "Bearer $env:', scream(it[0].key), '" }\n'); },
    f: (c, rs) => { const d = c.d; d.add('$users = @(\n'); for (const x of rs) d.add("    @{ Name = '", x.name, "'; Mail = '", x.email, "'; Phone = '", x.phone, "'; Extra = '", x.ev, "' }\n"); d.add(')\n$users | ForEach-Object { New-ADUser -Name $_.Name -EmailAddress $_.Mail }\n'); },
  },
  perl: {
    s: (c, it) => { const d = c.d; d.add('use strict;\nuse warnings;\n\nmy %cfg = (\n'); for (const x of it) d.add('    ', snake(x.key), " => '", x.span, "',\n"); d.add(');\n'); },
    f: (c, rs) => { const d = c.d; d.add('my @rows = (\n'); for (const x of rs) d.add("    { name => '", x.name, "', email => '", x.email, "', phone => '", x.phone, "', ", snake(x.ek), " => '", x.ev, "' },\n"); d.add(');\n'); },
  },
  elixir: {
    s: (c, it) => { const d = c.d; d.add('import Config\n\nconfig :app, App.Integrations,\n'); it.forEach((x, i) => d.add('  ', snake(x.key), ': "', x.span, '"', i < it.length - 1 ? ',' : '', '\n')); },
    f: (c, rs) => { const d = c.d; d.add('@contacts [\n'); rs.forEach((x, i) => d.add('  %{name: "', x.name, '", email: "', x.email, '", phone: "', x.phone, '", ', snake(x.ek), ': "', x.ev, '"}', i < rs.length - 1 ? ',' : '', '\n')); d.add(']\n'); },
  },
  dart: {
    s: (c, it) => { const d = c.d; d.add('class Env {\n'); for (const x of it) d.add("  static const String ", camel(x.key), " = '", x.span, "';\n"); d.add('}\n'); },
    f: (c, rs) => { const d = c.d; d.add('final demoContacts = <Map<String, String>>[\n'); for (const x of rs) d.add("  {'name': '", x.name, "', 'email': '", x.email, "', 'phone': '", x.phone, "', '", x.ek, "': '", x.ev, "'},\n"); d.add('];\n'); },
  },
  lua: {
    s: (c, it) => { const d = c.d; d.add('local M = {}\n'); for (const x of it) d.add('M.', snake(x.key), ' = "', x.span, '"\n'); d.add('return M\n'); },
    f: (c, rs) => { const d = c.d; d.add('local players = {\n'); for (const x of rs) d.add('  { name = "', x.name, '", email = "', x.email, '", phone = "', x.phone, '", ', snake(x.ek), ' = "', x.ev, '" },\n'); d.add('}\n'); },
  },
  r: {
    s: (c, it) => { const d = c.d; for (const x of it) d.add('Sys.setenv(', scream(x.key), ' = "', x.span, '")\n'); d.add('con <- dbConnect(RPostgres::Postgres(), password = "', c.sec('POSTGRES_PASSWORD'), '")\n'); },
    f: (c, rs) => { const d = c.d; d.add('patients <- data.frame(\n  name = c(', ...rs.flatMap((x, i) => [i ? ', ' : '', '"', x.name, '"']), '),\n  email = c(', ...rs.flatMap((x, i) => [i ? ', ' : '', '"', x.email, '"']), '),\n  phone = c(', ...rs.flatMap((x, i) => [i ? ', ' : '', '"', x.phone, '"']), ')\n)\n'); },
  },
  sql: {
    s: (c, it) => { const d = c.d; d.add('-- migrations/0042_seed_integrations.sql\n'); for (const x of it) d.add("INSERT INTO integration_secrets (name, value) VALUES ('", snake(x.key), "', '", x.span, "');\n"); d.add("CREATE USER report WITH PASSWORD '", c.sec('POSTGRES_PASSWORD'), "';\n"); },
    f: (c, rs) => { const d = c.d; d.add('INSERT INTO customers (full_name, email, phone, extra) VALUES\n'); rs.forEach((x, i) => d.add("  ('", x.name, "', '", x.email, "', '", x.phone, "', '", x.ev, "')", i < rs.length - 1 ? ',' : ';', '\n')); },
  },
  haskell: {
    s: (c, it) => { const d = c.d; d.add('module Secrets where\n\n'); for (const x of it) d.add(camel(x.key), ' :: String\n', camel(x.key), ' = "', x.span, '"\n\n'); },
    f: (c, rs) => { const d = c.d; d.add('fixtures :: [Contact]\nfixtures =\n'); rs.forEach((x, i) => d.add(i ? '  , ' : '  [ ', 'Contact "', x.name, '" "', x.email, '" "', x.phone, '"\n')); d.add('  ]\n'); },
  },
};
export const CODE_LANGS = Object.keys(LANGS);

export function source_secrets(c) {
  const lang = c.r.pick(CODE_LANGS);
  c.d.meta.codeLang = lang;
  const it = secretsList(c, Math.max(2, c.n));
  if (it[0].span.span === 'look') { const k = c.secKind(flat); it.unshift({ key: k.words.join('_'), span: c.secVal(k) }); }
  LANGS[lang].s(c, it);
}
export function source_fixtures(c) {
  const lang = c.r.pick(CODE_LANGS);
  c.d.meta.codeLang = lang;
  const rs = Array.from({ length: Math.max(2, c.n) }, () => record(c));
  LANGS[lang].f(c, rs);
}
