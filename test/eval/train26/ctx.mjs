// Per-document context: the document's PRNG plus shared decks (so that cultures, numbering
// plans, secret kinds and look-alike kinds are used evenly across the set).
import { Deck } from './prng.mjs';
import { CULTURES } from './cultures.mjs';
import { PLANS } from './geo.mjs';
import { P, L, S, T } from './frag.mjs';
import * as PE from './people.mjs';
import * as PI from './pii.mjs';
import * as SE from './secrets.mjs';
import { GEN, WHATS, sshPub } from './lookalikes.mjs';
import { LANGS, langFor } from './text.mjs';
export const CODE_LANG_LIST = ['python', 'javascript', 'typescript', 'go', 'java', 'csharp', 'ruby', 'php', 'rust', 'kotlin', 'swift', 'scala', 'cpp', 'bash', 'powershell', 'perl', 'lua', 'r', 'dart', 'elixir', 'groovy', 'hcl', 'haskell'];

const SPECIAL = new Set(['BASIC_AUTH_CREDENTIALS', 'DOCKER_REGISTRY_AUTH', 'KUBERNETES_SECRET_DATA', 'KUBECONFIG_CLIENT_KEY_DATA', 'SLACK_WEBHOOK_TOKEN', 'SENTRY_DSN_KEY', 'AZURE_SAS_SIGNATURE', 'SIGNED_SESSION_COOKIE', 'SESSION_COOKIE', 'EDI_SECURITY_INFORMATION', 'AZURE_SERVICE_BUS_KEY', 'DISCORD_WEBHOOK_TOKEN', 'KUBERNETES_BOOTSTRAP_TOKEN', 'WIREGUARD_PRIVATE_KEY', 'PASSWORD_HASH']);
export const PEM_ENTS = ['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'EC_PKCS8_PRIVATE_KEY', 'ED25519_PRIVATE_KEY', 'OPENSSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY'];
export const DB_ENTS = ['POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'MARIADB_PASSWORD', 'MSSQL_PASSWORD', 'ORACLE_DB_PASSWORD', 'MONGODB_PASSWORD', 'REDIS_PASSWORD', 'RABBITMQ_PASSWORD', 'KAFKA_SASL_PASSWORD', 'CASSANDRA_PASSWORD', 'CLICKHOUSE_PASSWORD', 'ELASTICSEARCH_PASSWORD', 'NEO4J_PASSWORD', 'COUCHDB_PASSWORD', 'COUCHBASE_PASSWORD', 'NATS_PASSWORD', 'MQTT_PASSWORD', 'SNOWFLAKE_PASSWORD', 'DB2_PASSWORD', 'COCKROACHDB_PASSWORD', 'TRINO_PASSWORD', 'VERTICA_PASSWORD', 'ACTIVEMQ_PASSWORD', 'SMTP_PASSWORD', 'FTP_PASSWORD', 'PROXY_PASSWORD', 'LDAP_BIND_PASSWORD'];
const GENERIC = SE.ENTITIES.filter((e) => !SPECIAL.has(e) && !PEM_ENTS.includes(e) && SE.byEnt[e][1]);

export const ORGS = [
  ['Acme Logistics', 'acme-logistics.example'], ['Kundenportal GmbH', 'kundenportal.test'], ['Hôpital Saint-Luc', 'hopital-stluc.example'], ['Northwind Health', 'northwind-health.example'],
  ['Tanaka Shoji', 'tanaka-shoji.example'], ['Vega Seguros', 'vegaseguros.test'], ['Blue Fjord AS', 'bluefjord.example'], ['Marmara Tekstil', 'marmara-tekstil.test'], ['Lumen Retail', 'lumenretail.example'],
  ['Cedar Clinic', 'cedarclinic.invalid'], ['Orbital Payroll', 'orbital-payroll.example'], ['Sakura Denki', 'sakura-denki.example'], ['Banco Andino', 'banco-andino.test'], ['Kestrel Freight', 'kestrel-freight.example'],
  ['Wawel Software', 'wawel-soft.example'], ['Nilufar Textiles', 'nilufar.test'], ['Harbor Dental Group', 'harbordental.example'], ['Praxis Dr. Brandt', 'praxis-brandt.test'], ['Zhongshan Trading', 'zhongshan-trade.example'],
];

export class World {
  constructor(r) {
    this.r = r;
    this.cultures = new Deck(r.fork('cult'), CULTURES);
    this.plans = new Deck(r.fork('plans'), Object.keys(PLANS));
    this.generic = new Deck(r.fork('gen'), GENERIC);
    this.pems = new Deck(r.fork('pem'), PEM_ENTS);
    this.dbs = new Deck(r.fork('db'), DB_ENTS);
    this.whats = new Deck(r.fork('lk'), WHATS);
    this.langs = new Deck(r.fork('lang'), Object.keys(LANGS));
    this.codeLangs = new Deck(r.fork('code'), CODE_LANG_LIST);
  }
}

export class Ctx {
  constructor(r, world) { this.r = r; this.w = world; this.fixed = {}; this.meta = {}; }
  price(cur) { const r = this.r; const n = r.int(1, 4999), d = r.digits(2); const big = (x) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const f = { USD: () => `$${big(n)}.${d}`, GBP: () => `£${big(n)}.${d}`, EUR: () => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${d} €`, EURn: () => `${n},${d}`, USDn: () => `${n}.${d}`, JPY: () => `¥${big(n * 100)}`, PLN: () => `${n},${d} zł`, BRL: () => `R$ ${n},${d}` }[cur] || (() => `${n}.${d}`);
    return L('price', (r.chance(0.6) && /n$/.test(cur || '') ? '-' : '') + f()); }
  lkSsh() { return L('public_key', sshPub(this.r)); }
  lkFixed(key, what) { return (this.fixed[key] ??= this.lk(what)); }
  // ---- people ----
  person(cul) { return PE.person(this.r, cul || this.w.cultures.next()); }
  name(p, style) { return style ? PE.nameSpan(this.r, p, style) : PE.nameAny(this.r, p); }
  given(p, latin) { return PE.givenSpan(p, latin); }
  family(p, latin) { return PE.familySpan(p, latin); }
  user(p) { return PE.usernameSpan(this.r, p); }
  email(p, domain) { return PE.emailSpan(this.r, p, domain); }
  emailStr(p, domain) { return PE.email(this.r, p, domain); }
  phone(p, style) { const plan = typeof p === 'string' ? p : p ? PE.planFor(p) : this.w.plans.next(); return PE.phone(this.r, plan, style); }
  anyPhone() { return PE.phone(this.r, this.w.plans.next()); }
  ext(lang) { return PE.phoneExt(this.r, lang); }
  addr(p) { return PE.address(this.r, typeof p === 'string' ? p : p.country); }
  addrLine(a, withCountry = true, nat = false) { return PE.addressInline(this.r, a, withCountry, nat); }
  loc(v) { return P('LOCATION', v); }
  ip() { return PI.clientIpSpan(this.r); }
  lang(p) { return p ? langFor(p.country) : this.w.langs.next(); }
  say(lang, k, n) { const L0 = LANGS[lang] || LANGS.en; return this.r.pick(L0[k] || LANGS.en[k]).replace('{n}', n ?? ''); }
  // ---- PII values ----
  card(brand, style) { return PI.cardSpan(this.r, brand, style); }
  iban(cc, grouped) { return PI.ibanSpan(this.r, cc, grouped); }
  ssn(sep) { return PI.ssnSpan(this.r, sep); }
  itin(sep) { return PI.itinSpan(this.r, sep); }
  passport() { return PI.passportSpan(this.r); }
  dl(st) { return PI.dlSpan(this.r, st); }
  bank() { return PI.bankAcctSpan(this.r); }
  btc(kind) { return PI.btcSpan(this.r, kind); }
  dea(fam) { return PI.deaSpan(this.r, fam); }
  nhs(sep) { return PI.nhsSpan(this.r, sep); }
  routing() { return PI.abaRouting(this.r); }
  // ---- secrets ----
  sec(ent) { ent = ent || this.w.generic.next(); const e = SE.byEnt[ent]; const v = SE.secretValue(this.r, ent); const base = this.r.pick(e[2]); const st0 = this.r.pick(['snake', 'SNAKE', 'camel', 'kebab', 'dot']); return { ent, v, span: S(ent, v), key: SE.keyName(this.r, base, st0), keyOf: (style) => SE.keyName(this.r, base, style || st0) }; }
  sqlEnt() { return this.r.pick(['POSTGRES_PASSWORD', 'MYSQL_PASSWORD', 'MARIADB_PASSWORD', 'MSSQL_PASSWORD', 'COCKROACHDB_PASSWORD', 'CLICKHOUSE_PASSWORD', 'TRINO_PASSWORD', 'VERTICA_PASSWORD', 'SNOWFLAKE_PASSWORD', 'ORACLE_DB_PASSWORD', 'DB2_PASSWORD']); }
  pem(ent) { return this.sec(ent || this.w.pems.next()); }
  dbEnt(dbOnly) { for (;;) { const e = this.w.dbs.next(); if (!dbOnly || !['SMTP_PASSWORD', 'FTP_PASSWORD', 'PROXY_PASSWORD', 'LDAP_BIND_PASSWORD'].includes(e)) return e; } }
  httpDate() { const r = this.r; return L('timestamp', `${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])}, ${String(r.int(1, 28)).padStart(2, '0')} ${r.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])} ${r.int(2023, 2026)} ${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')} GMT`); }
  pw(ent = 'USER_PASSWORD') { return S(ent, SE.secretValue(this.r, ent)); }
  S(ent, v, meta) { return S(ent, v, meta); }
  // ---- look-alikes ----
  lk(what) { what = what || this.w.whats.next(); return L(what, GEN[what](this.r)); }
  // ---- neutral helpers ----
  org() { return this.r.pick(ORGS); }
  host(kind) { const r = this.r; return r.pick([() => `${kind || r.pick(['db', 'pg', 'mq', 'cache', 'api', 'auth'])}-${r.pick(['prod', 'stg', 'eu1', 'dr'])}-${r.int(1, 9)}.corp.example`, () => `${kind || r.pick(['postgres', 'mysql', 'redis', 'rabbit', 'mongo'])}${r.chance(0.5) ? '-0' + r.int(1, 3) : ''}`, () => `10.${r.int(0, 40)}.${r.int(0, 255)}.${r.int(2, 250)}`, () => `${kind || 'svc'}.${r.pick(['internal', 'int', 'lan'])}.corp.test`])(); }
  dob() { const r = this.r; return `${r.int(1941, 2004)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`; }
  when() { const r = this.r; return `${r.int(2023, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}Z`; }
}
export { T, P, L, S };
