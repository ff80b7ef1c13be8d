// Shared helpers for document templates.
import { S, P, L, J, X, Doc } from '../lib/doc.mjs';
import { SECRET_KINDS, SECRET_NAMES, LINE_KINDS, sec, keyName, humanPassword, strongPassword } from '../lib/secrets.mjs';
import * as pii from '../lib/pii.mjs';
import { lk, LK_KINDS, PUBKEY } from '../lib/lookalikes.mjs';
import { PROSE, NON_EN, LANG_NAME_LOC } from '../lib/prose.mjs';
export { S, P, L, J, X, Doc, pii, lk, PROSE, NON_EN, LANG_NAME_LOC, SECRET_KINDS, humanPassword, strongPassword };

const SAFE_YAML = /^[A-Za-z0-9_][A-Za-z0-9_.\/+=~-]*$/;
export class Ctx {
  constructor(r, usage) { this.r = r; this.usage = usage; this.langUse = usage.langs; }
  // least-used secret kind among candidates
  kind(cands = LINE_KINDS) {
    if (typeof cands === 'function') cands = SECRET_NAMES.filter(cands);
    let min = Infinity; for (const e of cands) min = Math.min(min, this.usage.sec[e] || 0);
    const pool = cands.filter((e) => (this.usage.sec[e] || 0) <= min + 1);
    const e = this.r.pick(pool); this.usage.sec[e] = (this.usage.sec[e] || 0) + 1; return e;
  }
  s(e) { return S(e, sec(this.r, e)); }
  su(e) { return S(e, encodeURIComponent(sec(this.r, e))); } // password inside a URL: percent-encoded
  key(e, style) { return keyName(this.r, SECRET_KINDS[e].w, style); }
  // a [key, span] pair for a least-used line kind
  pair(cands, style) { const e = this.kind(cands); return { e, key: this.key(e, style), v: this.s(e) }; }
  l(what) { this.usage.lk[what] = (this.usage.lk[what] || 0) + 1; return L(what, lk(this.r, what)); }
  epoch() { this.usage.lk.timestamp = (this.usage.lk.timestamp || 0) + 1; return L('timestamp', lk(this.r, 'epoch')); }
  pk(type) { this.usage.lk.public_key = (this.usage.lk.public_key || 0) + 1; return L('public_key', PUBKEY[type || this.r.pick(Object.keys(PUBKEY))](this.r)); }
  lkLeast(cands = LK_KINDS) { let min = Infinity; for (const w of cands) min = Math.min(min, this.usage.lk[w] || 0); const w = this.r.pick(cands.filter((x) => (this.usage.lk[x] || 0) <= min + 2)); return this.l(w); }
  lang(cands = NON_EN) { let min = Infinity; for (const l of cands) min = Math.min(min, this.langUse[l] || 0); const l = this.r.pick(cands.filter((x) => (this.langUse[x] || 0) <= min)); this.langUse[l] = (this.langUse[l] || 0) + 1; return l; }
  person(loc, cc) {
    const r = this.r; const p = pii.person(r, loc); cc = cc || pii.ccFor(r, p.loc);
    return {
      p, cc, name: P('PERSON', p.full), first: P('PERSON', p.first), last: P('PERSON', p.last),
      email: P('EMAIL_ADDRESS', pii.email(r, p)), phone: P('PHONE_NUMBER', pii.phone(r, cc)),
      street: P('LOCATION', pii.street(r, pii.STREET_CCS.includes(cc) ? cc : undefined)), city: P('LOCATION', pii.city(r)), country: P('LOCATION', pii.country(r)),
      ip: P('IP_ADDRESS', pii.clientIp(r)), card: P('CREDIT_CARD', pii.card(r)), iban: P('IBAN_CODE', pii.iban(r)),
      user: pii.username(r, p),
    };
  }
  ip() { return P('IP_ADDRESS', pii.clientIp(this.r)); }
  ip4() { return P('IP_ADDRESS', pii.ipv4(this.r)); }
  ssn() { return P('US_SSN', pii.ssn(this.r)); }
  itin() { return P('US_ITIN', pii.itin(this.r)); }
  passport() { return P('US_PASSPORT', pii.usPassport(this.r)); }
  dl() { return P('US_DRIVER_LICENSE', pii.usDriverLicense(this.r)); }
  bank() { return P('US_BANK_NUMBER', pii.usBankNumber(this.r)); }
  btc() { return P('CRYPTO', pii.btc(this.r)); }
  nhs() { return P('UK_NHS', pii.nhs(this.r)); }
  dea(last) { return P('MEDICAL_LICENSE', pii.dea(this.r, last)); }
  card() { return P('CREDIT_CARD', pii.card(this.r)); }
  iban() { return P('IBAN_CODE', pii.iban(this.r)); }
  // prose sentence in a language; returns parts
  prose(lang, slot, ...args) { return PROSE[lang][slot](...args); }
  ts(base = 1767225600000) { return new Date(base + this.r.int(0, 130) * 86400000 + this.r.int(0, 86399999)); }
}
// quoting helpers
export const enc = (span) => ({ ...span, v: encodeURIComponent(span.v) });
export function yq(span) { return SAFE_YAML.test(span.v) ? [span] : ['"', J(span), '"']; }
export function dq(span) { return ['"', J(span), '"']; }
export function sq(span) { return span.v.includes("'") ? dq(span) : ["'", span, "'"]; }
export function envq(r, span) { if (/[\s#$"'`\\]/.test(span.v)) return span.v.includes("'") ? dq(span) : ["'", span, "'"]; return r.pick([[span], [span], ['"', span, '"']]); }
export const pad = (s, n) => { s = String(s); const w = [...s].length; return w >= n ? s : s + ' '.repeat(n - w); };
export const isoT = (d) => d.toISOString();
export const hhmmss = (d) => d.toISOString().slice(11, 19);
export const ymd = (d) => d.toISOString().slice(0, 10);
// write a line in a given config syntax
export function kvLine(fmt, key, span, indent = '') {
  switch (fmt) {
    case 'env': return [indent, key, '=', ...(SAFE_YAML.test(span.v) ? [span] : dq(span)), '\n'];
    case 'export': return [indent, 'export ', key, '=', ...(SAFE_YAML.test(span.v) ? [span] : sq(span)), '\n'];
    case 'yaml': return [indent, key, ': ', ...yq(span), '\n'];
    case 'json': return [indent, '"', key, '": ', ...dq(span)];
    case 'toml': return [indent, key.replace(/[.]/g, '_'), ' = ', ...dq(span), '\n'];
    case 'ini': return [indent, key, ' = ', span, '\n'];
    case 'props': return [indent, key, '=', span, '\n'];
    case 'hcl': return [indent, key.replace(/[.-]/g, '_'), ' = ', ...dq(span), '\n'];
    case 'xml': { const t = key.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^[^A-Za-z_]/, 'k'); return [indent, '<', t, '>', X(span), '</', t, '>\n']; }
    case 'systemd': return [indent, 'Environment="', key, '=', J(span), '"\n'];
    case 'flag': return [' --', key.toLowerCase().replace(/[_.]/g, '-'), '=', ...(SAFE_YAML.test(span.v) ? [span] : sq(span))];
  }
  throw new Error('fmt ' + fmt);
}
export const NEUTRAL_KEYS = [['LOG_LEVEL', 'info'], ['NODE_ENV', 'production'], ['PORT', '8080'], ['APP_REGION', 'eu-central-1'], ['FEATURE_NEW_CHECKOUT', 'true'], ['MAX_WORKERS', '8'], ['TZ', 'Europe/Berlin'], ['CACHE_TTL_SECONDS', '300'], ['OTEL_SERVICE_NAME', 'orders-api'], ['HTTP_TIMEOUT_MS', '15000'], ['DB_HOST', 'db-primary.internal.test'], ['DB_PORT', '5432'], ['REDIS_HOST', 'redis-master'], ['S3_BUCKET', 'acme-uploads-prod'], ['SENTRY_ENVIRONMENT', 'production'], ['RETRY_LIMIT', '5']];
export const SERVICES = ['orders-api', 'billing-worker', 'auth-gateway', 'search-indexer', 'notify-svc', 'checkout-web', 'ledger', 'media-resizer', 'crm-sync', 'etl-nightly', 'inventory', 'support-portal'];
export const HOSTS = ['api.acme.example', 'shop.globex.example', 'app.initech.test', 'portal.northwind.example', 'admin.hooli.test', 'gw.contoso.test', 'internal-tools.fabrikam.example', 'api.staging.acme.test'];
