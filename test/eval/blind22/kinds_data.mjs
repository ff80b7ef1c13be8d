// Document kinds: query results (psql, mysql, sqlite, pandas), CSV/TSV exports, SQL dumps,
// migrations and seed data, fixtures, notebooks, CRM records, spreadsheets.
import { R, A } from './prng.mjs';
import { S, P, L, F, J, FS, jq, flat, fragText, mapFrag, isSpan } from './builder.mjs';
import * as C from './ctx.mjs';
import { Clock } from './look.mjs';
import * as LK from './look.mjs';
import * as PII from './pii.mjs';
import * as SEC from './secrets.mjs';

const { lk, em, ph, loc, sec, user, corp, dom, hexs } = C;
const r = (a, n) => R.str(a, n);
const target = (lo = 1200, hi = 3800) => R.int(lo, hi);

// display width (East Asian wide characters count double, combining marks zero)
export function dwidth(s) {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if ((c >= 0x300 && c <= 0x36f) || (c >= 0x0e31 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e) || (c >= 0x0900 && c <= 0x0903) || (c >= 0x093a && c <= 0x094f)) continue;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60) || (c >= 0x3000 && c <= 0x303f) ? 2 : 1;
  }
  return w;
}
const padR = (frag, w) => [frag, ' '.repeat(Math.max(0, w - dwidth(fragText(frag))))];
const padL = (frag, w) => [' '.repeat(Math.max(0, w - dwidth(fragText(frag)))), frag];

// ---------------------------------------------------------------- schemas
const CC_POOL = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'MX', 'JP', 'KR', 'CN', 'IN', 'RU', 'PL', 'TR', 'SE', 'AU', 'CA', 'NG', 'KE', 'ID', 'VN', 'TH', 'IL', 'ARB', 'GR', 'UA', 'PT', 'IE', 'AT', 'CH', 'ZA', 'AR', 'PH'];
const CULT_OF = { US: 'en_us', GB: 'en_gb', DE: 'de', FR: 'fr', ES: 'es', IT: 'it', NL: 'nl', BR: 'pt_br', MX: 'mx', JP: 'ja', KR: 'ko', CN: 'zh', IN: 'in_latn', RU: 'ru', PL: 'pl', TR: 'tr', SE: 'nordic', AU: 'en_gb', CA: 'en_us', NG: 'ng', KE: 'ke', ID: 'id', VN: 'vi', TH: 'th', IL: 'he', ARB: 'ar', GR: 'el', UA: 'uk', PT: 'pt_br', IE: 'ga', AT: 'de', CH: 'de', ZA: 'en_gb', AR: 'es', PH: 'fil' };
const rowCtx = (cc) => { cc = cc || R.pick(CC_POOL); const p = PII.person(R.chance(0.85) ? CULT_OF[cc] : undefined); return { cc, p, c: new Clock() }; };
const st = () => R.pick(['active', 'pending', 'closed', 'churned', 'trial', 'paid', 'refunded', 'failed']);
const num = (lo, hi) => String(R.int(lo, hi));
const cardish = () => R.wpick([[5, () => C.cardS(null, R.pick(['', ' ', '-']))], [2, () => lk('masked_card')], [1, () => lk('vendor_test_card')], [1, () => lk('invalid_card')]])();
const COLS = {
  id: () => num(1, 99999), name: (x) => C.perP(x.p, 'gf'), email: (x) => em(R.chance(0.8) ? x.p : undefined), phone: (x) => ph(PII.PHONE[x.cc] ? x.cc : undefined),
  city: (x) => loc(PII.CITIES[x.cc] ? x.cc : undefined), country: (x) => C.ctry(PII.COUNTRIES[x.cc] ? x.cc : undefined), created_at: (x) => L('timestamp', x.c.sql()),
  order_no: () => lk('order_number'), amount: () => lk('price'), card: cardish, status: st, tracking: () => lk('tracking_number'), username: (x) => PII.handleOf(x.p),
  last_login_ip: () => C.ip(), last_login: (x) => L('timestamp', x.c.iso(false)), mfa_secret: () => sec('TOTP_SEED'), emp_id: () => `E${num(1000, 99999)}`,
  ssn: () => (R.chance(0.85) ? C.ssnS() : lk('invalid_ssn')), itin: () => C.itinS(), bank_account: () => C.bankS(), routing: () => PII.abaRouting(), street: (x) => C.street(PII.STREET[x.cc] ? x.cc : undefined),
  mrn: () => L('crm_id', `MRN${r(A.digit, 8)}`), nhs_number: () => (R.chance(0.85) ? C.nhsS() : lk('invalid_nhs')), gp_phone: () => ph('GB'), prescriber_dea: (x) => C.deaS(x.p.fam), postcode: () => `${R.pick(['SW1A', 'M14', 'LS6', 'BS8', 'G12'])} ${R.int(1, 9)}${r('ABDEFGHJLNPQRSTUWXYZ', 2)}`,
  payout_id: () => lk('ulid'), beneficiary: (x) => C.perP(x.p, 'gf'), iban: (x) => (R.chance(0.88) ? C.ibanS(PII.BBAN[x.cc] ? x.cc : undefined) : lk('invalid_iban')), reference: () => lk('invoice_number'),
  client_name: () => `${corp()}-${R.pick(['mobile', 'partner', 'etl', 'bi', 'zapier-like'])}`, client_id: () => lk('uuid'), client_secret: () => sec(R.pick(['OAUTH_CLIENT_SECRET', 'GENERIC_BASE62_SECRET', 'AUTH0_CLIENT_SECRET'])), webhook_secret: () => sec(R.pick(['WEBHOOK_SIGNING_SECRET', 'STRIPE_WEBHOOK_SECRET'])),
  btc_address: () => C.btcS(), balance: () => `${(R.f() * 3).toFixed(8)} BTC`, updated_at: (x) => L('timestamp', x.c.iso()),
  passport_no: () => C.passS(), driver_license: (x) => { const d = C.dlS(); x.st = d.st; return d.span; }, dl_state: (x) => x.st || 'CA', dob: () => `${R.int(1950, 2004)}-${String(R.int(1, 12)).padStart(2, '0')}-${String(R.int(1, 28)).padStart(2, '0')}`,
  lead_id: () => lk('crm_id'), company: () => `${corp().replace(/^./, (c) => c.toUpperCase())} ${R.pick(['GmbH', 'Ltd', 'S.A.', 'Inc.', 'KK', 'BV', 'Sp. z o.o.'])}`, owner: () => C.perAny(), stage: () => R.pick(['new', 'qualified', 'proposal', 'won', 'lost']),
  postal_code: () => String(R.int(10000, 99999)), geo: () => lk('coordinates'), device_id: () => lk('uuid'), imei: () => lk('imei'), mac: () => lk('mac_address'), ip: () => C.ip(),
  service: (x) => { x.k = C.kv(); return x.k.e.split('_')[0].toLowerCase(); }, key_value: (x) => (x.k ? x.k.span : C.kv().span), rotated_at: (x) => L('date', x.c.date()),
  neg_card: () => lk('invalid_card'), neg_iban: () => lk('invalid_iban'), neg_ssn: () => lk('invalid_ssn'), neg_nhs: () => lk('invalid_nhs'), expect: () => R.pick(['reject', 'reject', 'flag']),
  sku: () => lk('sku'), qty: () => num(1, 20), vin: () => lk('vin'), plate: () => `${r(A.upper, 2)}-${r(A.upper, 2)} ${num(100, 9999)}`, ein: () => lk('ein'), tax_id: () => C.itinS(),
  password: () => C.humanPw(), note: (x) => R.pick([F`called ${ph()}`, F`moved to ${loc()}`, 'vip', '', F`spouse: ${C.perAny()}`, F`ticket ${lk('ticket_id')}`, 'prefers email']),
  wallet_note: () => R.pick(['cold', 'hot', 'exchange']), neighbourhood: () => C.hood(), lang: () => R.pick(['de', 'fr', 'ja', 'pt-BR', 'es-MX', 'ko', 'ar', 'hi']),
};
export const SCHEMAS = [
  { t: 'customers', cols: ['id', 'name', 'email', 'phone', 'city', 'country', 'created_at'] },
  { t: 'customers', cols: ['id', 'name', 'email', 'street', 'postal_code', 'city', 'lang'] },
  { t: 'orders', cols: ['order_no', 'name', 'amount', 'card', 'status', 'tracking'] },
  { t: 'users', cols: ['id', 'username', 'email', 'last_login_ip', 'last_login', 'mfa_secret'] },
  { t: 'users', cols: ['id', 'email', 'password', 'last_login_ip', 'note'] },
  { t: 'employees', cols: ['emp_id', 'name', 'ssn', 'bank_account', 'routing', 'street', 'city'] },
  { t: 'contractors', cols: ['id', 'name', 'itin', 'ein', 'email', 'phone'] },
  { t: 'patients', cols: ['mrn', 'name', 'nhs_number', 'postcode', 'gp_phone', 'prescriber_dea'] },
  { t: 'payouts', cols: ['payout_id', 'beneficiary', 'iban', 'amount', 'reference', 'status'] },
  { t: 'oauth_clients', cols: ['client_name', 'client_id', 'client_secret', 'webhook_secret', 'created_at'] },
  { t: 'wallets', cols: ['id', 'email', 'btc_address', 'balance', 'wallet_note', 'updated_at'] },
  { t: 'kyc_documents', cols: ['id', 'name', 'passport_no', 'driver_license', 'dl_state', 'dob', 'city'] },
  { t: 'crm_leads', cols: ['lead_id', 'name', 'company', 'phone', 'email', 'owner', 'stage'] },
  { t: 'addresses', cols: ['id', 'street', 'neighbourhood', 'city', 'country', 'geo'] },
  { t: 'devices', cols: ['device_id', 'name', 'imei', 'mac', 'ip'] },
  { t: 'qa_negative_cases', cols: ['id', 'neg_card', 'neg_iban', 'neg_ssn', 'neg_nhs', 'expect'] },
  { t: 'integration_keys', cols: ['service', 'key_value', 'rotated_at', 'status'] },
  { t: 'fleet', cols: ['id', 'name', 'vin', 'plate', 'city', 'phone'] },
  { t: 'order_lines', cols: ['order_no', 'sku', 'qty', 'amount', 'tracking', 'status'] },
];
export const schemaDeck = new C.Deck(SCHEMAS);
const NUMERIC = new Set(['id', 'qty', 'amount', 'balance']);
export function makeRows(schema, n, cc) {
  const rows = [];
  const fixed = R.chance(0.5) ? cc || R.pick(CC_POOL) : null;
  for (let i = 0; i < n; i++) { const x = rowCtx(fixed); x.c.tick(9e7 * (i + 1)); rows.push(schema.cols.map((col) => COLS[col](x))); }
  return rows;
}
// produce rows one at a time (for fill loops)
export function rowGen(schema, cc) { const fixed = R.chance(0.5) ? cc || R.pick(CC_POOL) : null; return () => { const x = rowCtx(fixed); return schema.cols.map((col) => COLS[col](x)); }; }

// ---------------------------------------------------------------- renderers
function fitRows(d, schema, render, reserve = 80, maxRows = 40) {
  const g = rowGen(schema);
  const tgt = target(900, 3800);
  let rows = [];
  for (let i = 0; i < maxRows; i++) {
    const cand = [...rows, g()];
    if (d.len + fragLenOf(render(cand)) + reserve > d.limit) break;
    rows = cand;
    if (d.len + fragLenOf(render(rows)) > tgt) break;
  }
  if (!rows.length) rows = [g()];
  return rows;
}
import { fragLen as fragLenOf } from './builder.mjs';
function psql(cols, rows) {
  const w = cols.map((c, i) => Math.max(dwidth(c), ...rows.map((r) => dwidth(fragText(r[i])))));
  const head = ' ' + cols.map((c, i) => { const pad = w[i] - dwidth(c); const l = Math.floor(pad / 2); return ' '.repeat(l) + c + ' '.repeat(pad - l); }).join(' | ') + ' \n';
  const sep = w.map((x) => '-'.repeat(x + 2)).join('+') + '\n';
  const body = rows.map((r) => [' ', C.join(r.map((f, i) => (NUMERIC.has(cols[i]) ? padL(f, w[i]) : padR(f, w[i]))), ' | '), ' \n']);
  return [head, sep, body, `(${rows.length} row${rows.length === 1 ? '' : 's'})\n`];
}
function mysql(cols, rows) {
  const w = cols.map((c, i) => Math.max(dwidth(c), ...rows.map((r) => dwidth(fragText(r[i])))));
  const bar = '+' + w.map((x) => '-'.repeat(x + 2)).join('+') + '+\n';
  const head = '| ' + cols.map((c, i) => c + ' '.repeat(w[i] - dwidth(c))).join(' | ') + ' |\n';
  const body = rows.map((r) => ['| ', C.join(r.map((f, i) => (NUMERIC.has(cols[i]) ? padL(f, w[i]) : padR(f, w[i]))), ' | '), ' |\n']);
  return [bar, head, bar, body, bar, `${rows.length} row${rows.length === 1 ? '' : 's'} in set (0.${String(R.int(0, 99)).padStart(2, '0')} sec)\n`];
}
function sqliteList(cols, rows, headers = true) { return [headers ? cols.join('|') + '\n' : '', rows.map((r) => [C.join(r, '|'), '\n'])]; }
function pandas(cols, rows) {
  const idx = rows.map((_, i) => String(i));
  const iw = Math.max(...idx.map((s) => s.length));
  const w = cols.map((c, i) => Math.max(dwidth(c), ...rows.map((r) => dwidth(fragText(r[i])))));
  const head = ' '.repeat(iw) + cols.map((c, i) => '  ' + ' '.repeat(w[i] - dwidth(c)) + c).join('') + '\n';
  const body = rows.map((r, k) => [idx[k].padEnd(iw), r.map((f, i) => ['  ', padL(f, w[i])]), '\n']);
  return [head, body];
}
const csvCell = (f, delim) => { const t = fragText(f); return /["\n]/.test(t) || t.includes(delim) ? ['"', mapFrag(f, (s) => s.replace(/"/g, '""')), '"'] : f; };
function csv(cols, rows, delim = ',') { return [cols.join(delim) + '\n', rows.map((r) => [C.join(r.map((f) => csvCell(f, delim)), delim), '\n'])]; }
function mdTable(cols, rows) { return ['| ' + cols.join(' | ') + ' |\n', '|' + cols.map(() => '---').join('|') + '|\n', rows.map((r) => ['| ', C.join(r.map((f) => (fragText(f) === '' ? ' ' : f)), ' | '), ' |\n'])]; }
const sqlLit = (f) => (typeof f === 'string' && /^\d+$/.test(f) ? f : ["'", mapFrag(f, (s) => s.replace(/'/g, "''")), "'"]);

// ---------------------------------------------------------------- kinds
function psqlResult(d) {
  const s = schemaDeck.next();
  const db = R.pick(['app', 'crm', 'billing', 'analytics', 'shop']);
  d.add(F`${db}=> SELECT ${s.cols.join(', ')} FROM ${s.t} ${R.pick(['ORDER BY 1 DESC', "WHERE created_at > now() - interval '7 days'", '', 'WHERE status <> \'closed\''])} LIMIT ${R.int(5, 40)};\n`);
  const rows = fitRows(d, s, (rs) => psql(s.cols, rs));
  d.add(psql(s.cols, rows));
  if (R.chance(0.3)) d.tryAdd(F`\n${db}=> \\conninfo\nYou are connected to database "${db}" as user "${user()}" on host "${C.host()}" at port "5432".\n`);
}
function mysqlResult(d) {
  const s = schemaDeck.next();
  d.add(R.chance(0.3) ? F`$ mysql -h ${C.host()} -u ${user()} -p${C.cliPw()} ${R.pick(['shop', 'crm'])}\nmysql> SELECT ${s.cols.join(', ')} FROM ${s.t} LIMIT 20;\n` : F`mysql> SELECT ${s.cols.join(', ')} FROM ${s.t} LIMIT 20;\n`);
  const rows = fitRows(d, s, (rs) => mysql(s.cols, rs));
  d.add(mysql(s.cols, rows));
}
function sqliteOutput(d) {
  const s = schemaDeck.next();
  d.add(F`$ sqlite3 ${R.pick(['app.db', 'data/local.sqlite3', 'crm_cache.db'])}\nSQLite version ${L('version', `3.${R.int(40, 46)}.${R.int(0, 3)}`)} ${L('timestamp', new Clock().sql())}\nsqlite> .headers on\nsqlite> SELECT * FROM ${s.t} LIMIT 15;\n`);
  const rows = fitRows(d, s, (rs) => sqliteList(s.cols, rs));
  d.add(sqliteList(s.cols, rows), 'sqlite> .quit\n');
}
function csvExport(d) {
  const s = schemaDeck.next();
  const delim = R.pick([',', ',', ';', '\t']);
  if (R.chance(0.3)) d.add(F`# export ${s.t} ${L('timestamp', new Clock().iso(false))} by ${C.per()}\n`);
  const rows = fitRows(d, s, (rs) => csv(s.cols, rs, delim), 10);
  d.add(csv(s.cols, rows, delim));
}
function pandasOutput(d) {
  const s = schemaDeck.next();
  const c = R.int(0, 1);
  const cell = R.int(3, 60);
  d.add(c ? F`>>> import pandas as pd\n>>> df = pd.read_sql("select * from ${s.t}", "postgresql://${user()}:${C.connPw()}@${C.host()}/dwh")\n>>> df.head(${R.int(5, 20)})\n` : F`In [${cell - 1}]: df = pd.read_csv("exports/${s.t}_${new Clock().date()}.csv")\nIn [${cell}]: df.sample(10, random_state=${R.int(0, 99)})\nOut[${cell}]:\n`);
  const rows = fitRows(d, s, (rs) => pandas(s.cols, rs), 60);
  d.add(pandas(s.cols, rows));
  d.tryAdd(F`\n[${rows.length} rows x ${s.cols.length} columns]\n`);
}
function sqlDump(d) {
  const s = schemaDeck.next();
  d.add(F`--\n-- PostgreSQL database dump\n--\n-- Dumped from database version ${R.int(13, 17)}.${R.int(1, 9)}\n-- Started on ${L('timestamp', new Clock().sql())}\n\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n\n`);
  if (R.chance(0.5)) {
    d.add(F`COPY public.${s.t} (${s.cols.join(', ')}) FROM stdin;\n`);
    const rows = fitRows(d, s, (rs) => rs.map((r) => [C.join(r.map((f) => (fragText(f) === '' ? '\\N' : f)), '\t'), '\n']), 20);
    d.add(rows.map((r) => [C.join(r.map((f) => (fragText(f) === '' ? '\\N' : f)), '\t'), '\n']), '\\.\n');
  } else {
    const rows = fitRows(d, s, (rs) => [`INSERT INTO public.${s.t} (${s.cols.join(', ')}) VALUES\n`, C.join(rs.map((r) => ['  (', C.join(r.map(sqlLit), ', '), ')']), ',\n'), ';\n']);
    d.add(`INSERT INTO public.${s.t} (${s.cols.join(', ')}) VALUES\n`, C.join(rows.map((r) => ['  (', C.join(r.map(sqlLit), ', '), ')']), ',\n'), ';\n');
  }
  d.tryAdd(F`\n-- Completed on ${L('timestamp', new Clock().sql())}\n`);
}
function migrationSeed(d) {
  const s = schemaDeck.next();
  const v = R.int(0, 2);
  const obj = (r) => ['{ ', C.join(r.map((f, i) => [s.cols[i], ': ', /^\d+$/.test(fragText(f)) ? f : ["'", mapFrag(f, (x) => x.replace(/'/g, "\\'")), "'"]]), ', '), ' }'];
  if (v === 0) {
    d.add(F`// seeds/${R.int(1, 9)}_${s.t}.js\nexports.seed = async function (knex) {\n  await knex('${s.t}').del();\n  await knex('${s.t}').insert([\n`);
    const rows = fitRows(d, s, (rs) => rs.map((r) => ['    ', obj(r), ',\n']), 60);
    d.add(rows.map((r) => ['    ', obj(r), ',\n']), '  ]);\n};\n');
  } else if (v === 1) {
    d.add(F`"""seed ${s.t}\n\nRevision ID: ${L('git_sha', hexs(12))}\nRevises: ${L('git_sha', hexs(12))}\nCreate Date: ${L('timestamp', new Clock().isoNoZ())}\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade():\n    t = sa.table("${s.t}", ${s.cols.map((c) => `sa.column("${c}")`).join(', ')})\n    op.bulk_insert(t, [\n`);
    const pyo = (r) => ['{', C.join(r.map((f, i) => [`"${s.cols[i]}": `, /^\d+$/.test(fragText(f)) ? f : jq(f)]), ', '), '}'];
    const rows = fitRows(d, s, (rs) => rs.map((r) => ['        ', pyo(r), ',\n']), 40);
    d.add(rows.map((r) => ['        ', pyo(r), ',\n']), '    ])\n');
  } else {
    d.add(F`-- V${R.int(2, 90)}__seed_${s.t}.sql  (author: ${C.per()})\n`);
    const rows = fitRows(d, s, (rs) => rs.map((r) => [`INSERT INTO ${s.t} (${s.cols.join(', ')}) VALUES (`, C.join(r.map(sqlLit), ', '), ');\n']), 20);
    d.add(rows.map((r) => [`INSERT INTO ${s.t} (${s.cols.join(', ')}) VALUES (`, C.join(r.map(sqlLit), ', '), ');\n']));
    if (R.chance(0.4)) d.tryAdd(F`CREATE USER ${R.pick(['reporting', 'etl', 'bi_reader'])} WITH PASSWORD '${S('DATABASE_PASSWORD', SEC.pwValue())}';\n`);
  }
}
function fixture(d) {
  const s = schemaDeck.next();
  if (R.chance(0.5)) {
    const rows = fitRows(d, s, (rs) => J(rs.map((r) => Object.fromEntries(r.map((f, i) => [s.cols[i], /^\d+$/.test(fragText(f)) && s.cols[i] === 'id' ? Number(fragText(f)) : FS(f)]))), 2), 5);
    d.add(J(rows.map((r) => Object.fromEntries(r.map((f, i) => [s.cols[i], /^\d+$/.test(fragText(f)) && s.cols[i] === 'id' ? Number(fragText(f)) : FS(f)]))), 2), '\n');
  } else {
    const y = (rs) => rs.map((r, k) => [`${s.t.replace(/s$/, '')}_${k + 1}:\n`, r.map((f, i) => [`  ${s.cols[i]}: `, fragText(f) === '' ? '""' : /^[\w.@+-]+$/.test(fragText(f)) && !/^\d+$/.test(fragText(f)) ? f : ['"', f, '"'], '\n'])]);
    d.add(F`# test/fixtures/${s.t}.yml\n`);
    const rows = fitRows(d, s, y, 5);
    d.add(y(rows));
  }
}
function notebook(d) {
  const s = schemaDeck.next();
  const rows = makeRows(s, R.int(3, 6));
  const out = fragText(pandas(s.cols, rows)) ? pandas(s.cols, rows) : '';
  const lines = (frag) => { // split fragment into lines, each a JSON string
    const res = []; let cur = [];
    for (const x of flat(frag)) {
      if (typeof x === 'string') { const parts = x.split('\n'); parts.forEach((p, i) => { if (p) cur.push(p); if (i < parts.length - 1) { cur.push('\n'); res.push(cur); cur = []; } }); } else cur.push(x);
    }
    if (cur.length) res.push(cur);
    return res.map((l) => FS(l));
  };
  const k = C.kv('env');
  const code = [F`import os, pandas as pd\n`, F`os.environ["${k.key}"] = "${k.span}"\n`, F`engine = create_engine("postgresql://${user()}:${C.connPw()}@${C.host()}:5432/${R.pick(['dwh', 'crm'])}")\n`, F`df = pd.read_sql("select ${s.cols.join(', ')} from ${s.t}", engine)\n`, 'df.head()'];
  const nb = { cells: [
    { cell_type: 'markdown', metadata: {}, source: lines(F`## ${R.pick(['Churn analysis', 'Payout reconciliation', 'KYC backlog', 'Lead scoring'])}\nOwner: ${C.per()} — ${L('date', new Clock().date())}\n`) },
    { cell_type: 'code', execution_count: R.int(1, 30), metadata: {}, outputs: [{ output_type: 'execute_result', execution_count: R.int(1, 30), data: { 'text/plain': lines(out) }, metadata: {} }], source: code.map((c) => FS(c)) },
  ], metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } }, nbformat: 4, nbformat_minor: 5 };
  d.add(J(nb, 1), '\n');
}
function crmRecord(d) {
  const v = R.int(0, 2);
  const x = rowCtx();
  if (v === 0) {
    const rec = { attributes: { type: 'Contact', url: `/services/data/v61.0/sobjects/Contact/${LK.crmId()}` }, Id: lk('crm_id'), FirstName: P('PERSON', x.p.given), LastName: P('PERSON', x.p.fam), Email: em(x.p), MobilePhone: ph(PII.PHONE[x.cc] ? x.cc : undefined), MailingStreet: C.street(PII.STREET[x.cc] ? x.cc : undefined), MailingCity: loc(PII.CITIES[x.cc] ? x.cc : undefined), MailingCountry: C.ctry(PII.COUNTRIES[x.cc] ? x.cc : undefined), Description: FS(R.pick([F`Met at ${loc()} fair, assistant is ${C.perAny()}`, F`Prefers WhatsApp ${ph()}`, F`Billing contact for ${lk('crm_id')}`])), Owner: { Name: C.perAny(), Email: em() }, LastModifiedDate: L('timestamp', x.c.iso()) };
    const rp = C.rarePii(); rec[rp.label.replace(/[^A-Za-z]/g, '_') + '__c'] = rp.span;
    d.add(J({ totalSize: 1, done: true, records: [rec] }, 2), '\n');
    d.fill(() => { const y = rowCtx(); return [J({ Id: lk('crm_id'), Name: C.perP(y.p, 'gf'), Email: em(y.p), Phone: ph(), City: loc() }), '\n']; }, target(1200, 3600));
  } else if (v === 1) {
    d.fill(() => { const y = rowCtx(); const ln = y.p.fam, gn = y.p.given; return F`BEGIN:VCARD\nVERSION:3.0\nN:${P('PERSON', ln)};${P('PERSON', gn)};;;\nFN:${C.perP(y.p, 'gf')}\nORG:${corp()}\nTEL;TYPE=CELL:${ph(PII.PHONE[y.cc] ? y.cc : undefined)}\nEMAIL;TYPE=INTERNET:${em(y.p)}\nADR;TYPE=HOME:;;${C.street(PII.STREET[y.cc] ? y.cc : undefined)};${loc(PII.CITIES[y.cc] ? y.cc : undefined)};;${R.int(10000, 99999)};${C.ctry(PII.COUNTRIES[y.cc] ? y.cc : undefined)}\nREV:${L('timestamp', y.c.iso(false))}\nEND:VCARD\n`; }, target(900, 3600));
  } else {
    d.add(F`# HubSpot contact export ${L('timestamp', new Clock().iso(false))}\n`);
    d.fill(() => { const y = rowCtx(); const rp = R.chance(0.35) ? C.rarePii() : null; return [J({ id: lk('crm_id'), properties: { firstname: P('PERSON', y.p.given), lastname: P('PERSON', y.p.fam), email: em(y.p), phone: ph(PII.PHONE[y.cc] ? y.cc : undefined), city: loc(PII.CITIES[y.cc] ? y.cc : undefined), country: C.ctry(PII.COUNTRIES[y.cc] ? y.cc : undefined), hs_lead_status: R.pick(['NEW', 'OPEN', 'IN_PROGRESS', 'CONNECTED']), ...(rp ? { [rp.label.toLowerCase().replace(/[^a-z]+/g, '_')]: rp.span } : {}) }, createdAt: L('timestamp', y.c.iso()) }, 2), '\n']; }, target(1200, 3800));
  }
}
function spreadsheet(d) {
  const s = schemaDeck.next();
  const v = R.int(0, 1);
  if (v === 0) {
    d.add(F`### Sheet: ${R.pick(['Q1 payouts', 'Kunden', 'Clientes', '顧客リスト', 'Onboarding', 'Leads — EMEA'])} (exported ${L('date', new Clock().date())})\n\n`);
    const rows = fitRows(d, s, (rs) => mdTable(s.cols, rs), 20);
    d.add(mdTable(s.cols, rows));
  } else {
    d.add(F`${R.pick(['Sheet1', 'Tabelle1', 'Feuil1', 'Hoja1'])}\n`);
    const rows = fitRows(d, s, (rs) => csv(s.cols, rs, '\t'), 10);
    d.add(csv(s.cols, rows, '\t'));
  }
}

export const DATA_KINDS = {
  psql_result: psqlResult, mysql_result: mysqlResult, sqlite_output: sqliteOutput, csv_export: csvExport, pandas_output: pandasOutput,
  sql_dump: sqlDump, migration_seed: migrationSeed, fixture, notebook, crm_record: crmRecord, spreadsheet,
};
