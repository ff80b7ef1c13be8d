// Notebooks, SQL dumps and query results, CSV exports, analytics and error-tracker events, DB consoles.
import { Doc, S, P, L, J, pii, pad, HOSTS, isoT, ymd } from './common.mjs';

const sqlq = (span) => span.v.includes("'") ? ["'", { ...span, v: span.v.replace(/'/g, "''") }, "'"] : ["'", span, "'"];
const dob = (r) => `${r.int(1950, 2004)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
const bcrypt = (r) => L('hash', `$2b$12$${r.str('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`);
// table schemas: column -> generator(c, person) returning span or string
const TABLES = {
  customers: [['id', (c) => String(c.r.int(1000, 99999))], ['full_name', (c, p) => p.name], ['email', (c, p) => p.email], ['phone', (c, p) => p.phone], ['street', (c, p) => p.street], ['city', (c, p) => p.city], ['country', (c, p) => p.country], ['birth_date', (c) => dob(c.r)], ['created_at', (c) => c.l('timestamp')]],
  payments: [['id', (c) => c.l('uuid')], ['customer_name', (c, p) => p.name], ['card_number', (c, p) => p.card], ['iban', (c, p) => p.iban], ['amount', (c) => c.l('price')], ['order_ref', (c) => c.l('order_number')]],
  kyc_checks: [['applicant', (c, p) => p.name], ['ssn', (c) => c.ssn()], ['itin', (c) => c.r.bool(0.75) ? c.itin() : 'NULL'], ['passport_no', (c) => c.passport()], ['drivers_license', (c) => c.dl()], ['bank_account', (c) => c.bank()], ['routing', (c) => '0' + c.r.digits(8)], ['email', (c, p) => p.email]],
  patients: [['nhs_number', (c) => c.nhs()], ['patient', (c, p) => p.name], ['phone', (c, p) => p.phone], ['address', (c, p) => p.street], ['prescriber_dea', (c) => c.dea(pii.person(c.r, 'en').last)], ['dob', (c) => dob(c.r)], ['ward', (c) => c.r.pick(['A3', 'B1', 'Cardio 2', 'Ortho'])]],
  wallets: [['user_email', (c, p) => p.email], ['btc_address', (c) => c.btc()], ['last_login_ip', (c, p) => p.ip], ['kyc_level', (c) => String(c.r.int(0, 3))], ['tx_hash', (c) => c.l('hash')]],
  users: [['id', (c) => String(c.r.int(1, 99999))], ['username', (c, p) => p.user], ['email', (c, p) => p.email], ['password_hash', (c) => bcrypt(c.r)], ['last_ip', (c, p) => p.ip], ['mfa_secret', (c) => c.s('TOTP_SEED')], ['api_token', (c) => c.s(c.kind(['GENERIC_API_KEY', 'OAUTH_ACCESS_TOKEN', 'SESSION_SECRET']))]],
  employees: [['emp_no', (c) => 'E' + c.r.digits(5)], ['name', (c, p) => p.name], ['work_email', (c, p) => p.email], ['mobile', (c, p) => p.phone], ['home_city', (c, p) => p.city], ['tax_id', (c) => c.r.bool(0.6) ? c.ssn() : c.itin()], ['salary_account', (c, p) => c.r.bool() ? p.iban : c.bank()]],
  orders: [['order_no', (c) => c.l('order_number')], ['buyer', (c, p) => p.name], ['ship_to', (c, p) => p.street], ['ship_city', (c, p) => p.city], ['tracking', (c) => c.l('tracking_number')], ['total', (c) => c.l('price')], ['buyer_phone', (c, p) => p.phone]],
};
const NOTE_LK = ['invalid_card', 'invalid_iban', 'invalid_ssn', 'invalid_nhs', 'vendor_test_card', 'isbn', 'ulid', 'semver_range', 'tracking_number', 'coordinates', 'fictional_phone', 'aws_example_key', 'feature_flag', 'hex_color', 'data_uri', 'mac_address', 'account_id', 'span_id', 'order_number', 'crm_id', 'date'];
const NOTE_BY_TABLE = { customers: ['fictional_phone', 'coordinates', 'crm_id', 'isbn', 'hex_color'], payments: ['invalid_card', 'vendor_test_card', 'invalid_iban', 'ulid'], kyc_checks: ['invalid_ssn', 'ulid', 'date'], patients: ['invalid_nhs', 'ulid', 'date'], wallets: ['semver_range', 'mac_address', 'ulid'], users: ['feature_flag', 'hex_color', 'ulid', 'semver_range'], employees: ['invalid_ssn', 'invalid_iban', 'account_id'], orders: ['tracking_number', 'coordinates', 'isbn', 'data_uri'] };
for (const [t, ks] of Object.entries(NOTE_BY_TABLE)) TABLES[t].push(['note', (c) => c.r.bool(0.8) ? c.lkLeast(ks) : '']);
const tableNames = Object.keys(TABLES);
function pickTable(c) { let min = Infinity; for (const t of tableNames) min = Math.min(min, c.usage.lk['_t_' + t] || 0); const t = c.r.pick(tableNames.filter((x) => (c.usage.lk['_t_' + x] || 0) <= min)); c.usage.lk['_t_' + t] = (c.usage.lk['_t_' + t] || 0) + 1; return t; }
const cellv = (x) => typeof x === 'string' ? x : x.v;
function rows(c, t, n) { const out = []; for (let i = 0; i < n; i++) { const p = c.person(); out.push(TABLES[t].map(([, g]) => g(c, p))); } return out; }

export function sql_dump(c) {
  const r = c.r, d = new Doc('sql_dump'); const t = pickTable(c); const cols = TABLES[t].map((x) => x[0]);
  d.w`-- MySQL dump 10.13  Distrib 8.0.${r.int(30, 40)}, for Linux (x86_64)\n--\n-- Host: ${r.pick(['db-primary.internal.test', '10.1.4.20', 'localhost'])}    Database: ${r.pick(['shop', 'crm', 'clinic', 'hr', 'billing'])}\n-- ------------------------------------------------------\n-- Server version\t8.0.${r.int(30, 40)}\n\n`;
  if (r.bool(0.4)) d.w`CREATE USER IF NOT EXISTS 'report_ro'@'%' IDENTIFIED BY ${sqlq(c.s(c.kind(['MYSQL_PASSWORD', 'DATABASE_PASSWORD'])))};\nGRANT SELECT ON *.* TO 'report_ro'@'%';\n\n`;
  d.w`--\n-- Dumping data for table \`${t}\`\n--\n\nLOCK TABLES \`${t}\` WRITE;\n/*!40000 ALTER TABLE \`${t}\` DISABLE KEYS */;\nINSERT INTO \`${t}\` (${cols.map((x) => '`' + x + '`').join(',')}) VALUES\n`;
  const rs = rows(c, t, r.int(8, 14));
  rs.forEach((row, i) => { d.push('('); row.forEach((v, j) => { if (j) d.push(','); if (/^\d+$/.test(cellv(v)) && typeof v === 'string' || v === 'NULL') d.push(v); else d.push(typeof v === 'string' ? ["'", v, "'"] : sqlq(v)); }); d.push(i < rs.length - 1 ? '),\n' : ');\n'); });
  d.w`/*!40000 ALTER TABLE \`${t}\` ENABLE KEYS */;\nUNLOCK TABLES;\n-- Dump completed on ${L('timestamp', c.l('timestamp').v.replace('T', ' ').slice(0, 19))}\n`;
  return d;
}
function asciiTable(c, d, t, n, style) {
  const cols = TABLES[t].map((x) => x[0]); const rs = rows(c, t, n);
  const w = cols.map((h, j) => Math.max([...h].length, ...rs.map((row) => [...cellv(row[j])].length)));
  if (style === 'mysql') {
    const sep = '+' + w.map((x) => '-'.repeat(x + 2)).join('+') + '+\n';
    d.push(sep); d.push('| ' + cols.map((h, j) => pad(h, w[j])).join(' | ') + ' |\n'); d.push(sep);
    for (const row of rs) { d.push('| '); row.forEach((v, j) => { d.push(v); d.push(' '.repeat(w[j] - [...cellv(v)].length)); d.push(j < row.length - 1 ? ' | ' : ' |\n'); }); }
    d.push(sep); d.push(`${n} rows in set (0.0${r2(c)} sec)\n`);
  } else {
    d.push(' ' + cols.map((h, j) => pad(h, w[j])).join(' | ') + '\n'); d.push(w.map((x) => '-'.repeat(x + 2)).join('+').slice(0) + '\n');
    for (const row of rs) { d.push(' '); row.forEach((v, j) => { d.push(v); if (j < row.length - 1) { d.push(' '.repeat(w[j] - [...cellv(v)].length)); d.push(' | '); } }); d.push('\n'); }
    d.push(`(${n} rows)\n`);
  }
}
const r2 = (c) => c.r.int(1, 9);
export function psql_output(c) {
  const r = c.r, d = new Doc('psql_output'); const t = pickTable(c);
  d.w`${r.pick(['analytics', 'crm', 'app'])}=> \\x off\n${r.pick(['analytics', 'crm', 'app'])}=> SELECT ${TABLES[t].map((x) => x[0]).join(', ')} FROM ${t} WHERE updated_at > now() - interval '1 day' LIMIT ${r.int(4, 8)};\n`;
  asciiTable(c, d, t, r.int(6, 10), 'psql'); d.w`\nTime: ${r.int(1, 900)}.${r.digits(3)} ms\n`;
  return d;
}
export function mysql_output(c) {
  const r = c.r, d = new Doc('mysql_output'); const t = pickTable(c);
  d.w`mysql> SELECT ${TABLES[t].map((x) => x[0]).join(', ')} FROM ${t} ORDER BY 1 DESC LIMIT ${r.int(4, 8)};\n`;
  asciiTable(c, d, t, r.int(6, 10), 'mysql');
  if (r.bool(0.4)) d.w`\nmysql> SELECT user, host, authentication_string FROM mysql.user WHERE user='app';\n+------+------+------------------------------------------------------------------------+\n| user | host | authentication_string                                                  |\n+------+------+------------------------------------------------------------------------+\n| app  | %    | ${L('hash', '$A$005$' + r.alnum(63))} |\n+------+------+------------------------------------------------------------------------+\n`;
  return d;
}
export function csv_export(c) {
  const r = c.r, d = new Doc('csv_export'); const t = pickTable(c); const sep = r.pick([',', ',', ';', '\t']);
  d.w`$ head -n ${r.int(6, 12)} exports/${t}_${ymd(c.ts())}.csv\n`;
  d.push(TABLES[t].map((x) => x[0]).join(sep) + '\n');
  for (const row of rows(c, t, r.int(10, 18))) { row.forEach((v, j) => { if (j) d.push(sep); const s = cellv(v); if (s.includes(sep) || s.includes('"')) d.push(['"', v, '"']); else d.push(v); }); d.push('\n'); }
  return d;
}
export function notebook(c) {
  const r = c.r, d = new Doc('notebook'); const t = pickTable(c);
  const k = c.pair((e) => ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'HUGGINGFACE_TOKEN', 'WANDB_API_KEY', 'DATABRICKS_TOKEN', 'PINECONE_API_KEY', 'COHERE_API_KEY', 'MISTRAL_API_KEY', 'REPLICATE_API_TOKEN', 'GROQ_API_KEY', 'LANGSMITH_API_KEY', 'SNOWFLAKE_PASSWORD', 'GCP_API_KEY', 'AWS_SECRET_KEY', 'OPENAI_SERVICE_ACCOUNT_KEY', 'DEEPSEEK_API_KEY', 'ELEVENLABS_API_KEY', 'XAI_API_KEY', 'AZURE_OPENAI_KEY', 'NEON_API_KEY'].includes(e), 'SCREAM');
  const dbpw = c.su(c.kind(['DATABASE_PASSWORD', 'SNOWFLAKE_PASSWORD', 'MYSQL_PASSWORD', 'PGPASS_PASSWORD']));
  d.w`{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "id": "${r.hex(8)}",\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "import os, pandas as pd, sqlalchemy as sa\\n",\n    "os.environ[\\"${k.key}\\"] = \\"${J(k.v)}\\"  # TODO move to .env\\n",\n    "engine = sa.create_engine(\\"postgresql+psycopg://analyst:${J(J(dbpw))}@warehouse.internal.test:5432/dw\\")"\n   ]\n  },\n`;
  const cols = TABLES[t].map((x) => x[0]); const rs = rows(c, t, r.int(5, 8));
  d.w`  {\n   "cell_type": "code",\n   "execution_count": 2,\n   "id": "${r.hex(8)}",\n   "metadata": {},\n   "outputs": [\n    {\n     "data": {\n      "text/plain": [\n`;
  d.push(`       "    ${cols.join('  ')}\\n",\n`);
  rs.forEach((row, i) => { d.push(`       "${i}   `); row.forEach((v, j) => { if (j) d.push('  '); d.push(J(v)); }); d.push(i < rs.length - 1 ? '\\n",\n' : '"\n'); });
  d.w`      ]\n     },\n     "execution_count": 2,\n     "metadata": {},\n     "output_type": "execute_result"\n    }\n   ],\n   "source": [ "df = pd.read_sql(\\"select * from ${t} limit ${rs.length}\\", engine)\\n", "df.head()" ]\n  },\n`;
  d.w`  {\n   "cell_type": "code",\n   "execution_count": 3,\n   "id": "${r.hex(8)}",\n   "metadata": {},\n   "outputs": [ { "name": "stderr", "output_type": "stream", "text": [ "wandb: run ${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 8)} synced, commit ${c.l('git_sha')}\\n", "FutureWarning: DataFrame.applymap has been deprecated\\n" ] } ],\n   "source": [ "df.to_parquet(\\"s3://acme-dw/${t}/${c.l('date')}.parquet\\")" ]\n  }\n ],\n "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" }, "language_info": { "name": "python", "version": "3.12.${r.int(1, 8)}" } },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`;
  return d;
}
export function analytics_event(c) {
  const r = c.r, d = new Doc('analytics_event'); const seg = r.bool(0.55);
  if (seg) {
    d.w`POST /v1/batch HTTP/1.1\nHost: events.acme.test\nAuthorization: Basic ${c.s('BASIC_AUTH_CREDENTIALS')}\nContent-Type: application/json\n\n{\n  "batch": [\n`;
    const n = r.int(3, 4);
    for (let i = 0; i < n; i++) {
      const p = c.person();
      d.w`    {\n      "type": "${r.pick(['identify', 'track'])}",\n      "messageId": "${c.l('uuid')}",\n      "anonymousId": "${c.l('uuid')}",\n      "userId": "${c.l('crm_id')}",\n      "timestamp": "${c.l('timestamp')}",\n      "context": { "ip": "${p.ip}", "locale": "${r.pick(['de-DE', 'fr-FR', 'pt-BR', 'ja-JP', 'en-US', 'tr-TR'])}", "library": { "name": "analytics.js", "version": "${c.l('version')}" } },\n      "traits": {\n        "name": "${J(p.name)}",\n        "email": "${J(p.email)}",\n        "phone": "${J(p.phone)}",\n        "address": { "street": "${J(p.street)}", "city": "${J(p.city)}", "country": "${J(p.country)}" },\n        "plan": "${r.pick(['pro', 'team', 'free'])}",\n        "ltv": "${c.l('price')}"\n      }\n    }${i < n - 1 ? ',' : ''}\n`;
    }
    d.w`  ],\n  "sentAt": "${c.l('timestamp')}"\n}\n`;
  } else {
    d.w`{\n  "api_key": "${c.l('hash')}",\n  "events": [\n`;
    const n = r.int(3, 4);
    for (let i = 0; i < n; i++) {
      const p = c.person();
      d.w`    {\n      "user_id": "${p.email}",\n      "device_id": "${c.l('uuid')}",\n      "event_type": "${r.pick(['checkout_completed', 'signup', 'plan_upgraded', 'password_reset_requested'])}",\n      "time": ${c.epoch()},\n      "ip": "${p.ip}",\n      "city": "${J(p.city)}",\n      "country": "${J(p.country)}",\n      "user_properties": { "full_name": "${J(p.name)}", "mobile": "${J(p.phone)}", "theme_color": "${c.l('hex_color')}", "flags": ["${c.l('feature_flag')}"] },\n      "event_properties": { "order_id": "${c.l('order_number')}", "revenue": "${c.l('price')}", "coupon": null }\n    }${i < n - 1 ? ',' : ''}\n`;
    }
    d.w`  ]\n}\n`;
  }
  return d;
}
export function error_tracker_event(c) {
  const r = c.r, d = new Doc('error_tracker_event'); const p = c.person();
  const dsnKey = c.s('SENTRY_DSN_KEY');
  d.w`{\n  "event_id": "${c.l('hash').v.length === 32 ? r.hex(32) : r.hex(32)}",\n  "timestamp": "${c.l('timestamp')}",\n  "platform": "${r.pick(['python', 'javascript', 'java', 'ruby'])}",\n  "release": "web@${c.l('version')}",\n  "environment": "production",\n  "server_name": "${c.l('hostname')}",\n  "_meta_dsn": "https://${dsnKey}@sentry.acme.test/${r.int(2, 90)}",\n`;
  d.w`  "user": { "id": "${c.l('crm_id')}", "email": "${J(p.email)}", "username": "${p.user}", "ip_address": "${p.ip}", "name": "${J(p.name)}" },\n  "request": {\n    "url": "https://${r.pick(HOSTS)}/account/billing",\n    "method": "POST",\n    "headers": { "Authorization": "Bearer ${c.s(c.kind(['JWT', 'OAUTH_ACCESS_TOKEN', 'OIDC_ID_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY']))}", "Referer": "https://${r.pick(HOSTS)}/checkout", "X-Request-Id": "${c.l('request_id')}" },\n    "cookies": "csrftoken=${c.l('nonce')}; sessionid=${c.s('SESSION_COOKIE')}",\n    "data": { "card_holder": "${J(c.person().name)}", "card": "${c.l(r.pick(['redacted', 'invalid_card', 'vendor_test_card']))}", "billing_phone": "${J(p.phone)}" }\n  },\n`;
  d.w`  "contexts": { "trace": { "trace_id": "${c.l('trace_id')}", "span_id": "${c.l('span_id')}" }, "os": { "name": "Linux" }, "runtime": { "name": "CPython", "version": "3.12.${r.int(1, 8)}" } },\n  "breadcrumbs": [\n    { "category": "query", "message": "SELECT * FROM customers WHERE email = '${J(p.email)}'", "timestamp": ${c.l('timestamp').v.match(/^\d+$/) ? '1767225600' : '1767225601'} },\n    { "category": "http", "data": { "url": "https://payments.internal.test/v1/charges", "status_code": 402 } },\n    { "category": "log", "message": "retrying with idempotency key ${c.l('uuid')}" }\n  ],\n  "exception": { "values": [ { "type": "CardError", "value": "Your card was declined.", "module": "stripe.error" } ] }\n}\n`;
  return d;
}
export function db_console(c) {
  const r = c.r, d = new Doc('db_console'); const mongo = r.bool(0.5);
  if (mongo) {
    const n = r.int(3, 4);
    d.w`$ mongosh "mongodb+srv://admin:${c.su(c.kind(['MONGODB_PASSWORD', 'DATABASE_PASSWORD', 'ADMIN_PASSWORD']))}@cluster0.db.acme.test/crm?retryWrites=true"\nCurrent Mongosh Log ID:\t${r.hex(24)}\nUsing MongoDB:\t\t7.0.${r.int(1, 14)}\nUsing Mongosh:\t\t${c.l('version')}\n\nAtlas atlas-${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 6)}-shard-0 [primary] crm> db.contacts.find({ status: "churn_risk" }).limit(${n})\n[\n`;
    for (let i = 0; i < n; i++) {
      const p = c.person();
      d.w`  {\n    _id: ObjectId('${r.hex(24)}'),\n    name: '${p.name}',\n    email: '${p.email}',\n    phones: [ '${p.phone}', '${c.person().phone}' ],\n    address: { line1: '${p.street}', city: '${p.city}', country: '${p.country}' },\n    lastSeenIp: '${p.ip}',\n    payout: { iban: '${p.iban}' },\n    updatedAt: ISODate('${c.l('timestamp').v.includes('T') ? '2026-03-02T10:11:12.000Z' : '2026-03-02T10:11:12.000Z'}')\n  }${i < n - 1 ? ',' : ''}\n`;
    }
    d.w`]\n`;
  } else {
    d.w`redis-master:6379> AUTH ${c.s('REDIS_PASSWORD')}\nOK\nredis-master:6379> SCAN 0 MATCH sess:* COUNT 5\n1) "${r.int(100, 9000)}"\n2) 1) "sess:${c.l('uuid')}"\n   2) "sess:${c.l('uuid')}"\nredis-master:6379> GET sess:${c.l('uuid')}\n`;
    const p = c.person();
    d.w`"{\\"uid\\":${r.int(100, 99999)},\\"email\\":\\"${p.email}\\",\\"name\\":\\"${J(J(p.name))}\\",\\"ip\\":\\"${p.ip}\\",\\"csrf\\":\\"${c.l('nonce')}\\",\\"oauth\\":{\\"access_token\\":\\"${c.s(c.kind(['OAUTH_ACCESS_TOKEN', 'GCP_OAUTH_ACCESS_TOKEN', 'GITHUB_OAUTH_TOKEN']))}\\",\\"refresh_token\\":\\"${c.s(c.kind(['OAUTH_REFRESH_TOKEN', 'GCP_REFRESH_TOKEN', 'GITHUB_REFRESH_TOKEN']))}\\"}}"\n`;
    d.w`redis-master:6379> HGETALL user:${r.int(100, 99999)}:profile\n`;
    const q = c.person();
    d.w` 1) "name"\n 2) "${q.name}"\n 3) "phone"\n 4) "${q.phone}"\n 5) "city"\n 6) "${q.city}"\n 7) "otp_pending"\n 8) "${c.s('ONE_TIME_CODE')}"\n 9) "avatar_color"\n10) "${c.l('hex_color')}"\n`;
  }
  return d;
}
