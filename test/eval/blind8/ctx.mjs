// blind8: per-run context: decks that cycle through every secret kind and look-alike kind.
import { blen, L, flat } from './lib.mjs';
// neutral rows are compared without their digits, so `timeout = 32` and `timeout = 37` count as a repeat
const txt = (row) => { const t = flat([row]).map(x => typeof x === 'string' ? x : x.v).join(''); const m = /^\s*(?:- )?(?:name: )?"?([A-Za-z_][\w.\/-]*)"?\s*[:=\n]/.exec(t); return m ? 'key:' + m[1] : t.replace(/\d+/g, '#'); };
import { KINDS, PEMS, sec, LK, lk, URL_PW_KINDS } from './secrets.mjs';

const SINGLE = KINDS.map(k => k.e);
// kinds that only make sense inside their URL (the span is still the secret part only)
const WRAP = {
  SLACK_WEBHOOK: (r) => ['https://hooks.slack.example/services/', ''],
  DISCORD_WEBHOOK_TOKEN: (r) => [`https://discord.example/api/webhooks/${r.int(1, 1)}${r.digits(18)}/`, ''],
  SENTRY_DSN_KEY: (r) => ['https://', `@o${r.digits(6)}.ingest.sentry.acme-corp.example/${r.digits(7)}`],
  AZURE_SAS_SIGNATURE: (r) => [`https://${r.pick(['stacmelogs', 'stglobexbackup'])}.blob.core.acme-corp.example/${r.pick(['backups', 'exports'])}?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T00:00:00Z&spr=https&sig=`, ''],
  TOTP_SEED: (r) => [`otpauth://totp/${r.pick(['Acme', 'Globex'])}:${r.pick(['ops', 'root', 'billing'])}?secret=`, `&issuer=${r.pick(['Acme', 'Globex'])}&digits=6`],
};
const NOT_HEADER = new Set([...Object.keys(WRAP), ...URL_PW_KINDS, 'DATABASE_PASSWORD', 'LDAP_BIND_PASSWORD', 'SMTP_PASSWORD', 'KEYSTORE_PASSWORD', 'ADMIN_PASSWORD', 'REGISTRY_PASSWORD', 'FTP_PASSWORD', 'WIFI_PASSWORD', 'USER_PASSWORD', 'ETHEREUM_PRIVATE_KEY', 'BITCOIN_WIF_PRIVATE_KEY', 'AGE_SECRET_KEY', 'ENCRYPTION_KEY', 'DJANGO_SECRET_KEY', 'RAILS_SECRET_KEY_BASE', 'RAILS_MASTER_KEY', 'NEXTAUTH_SECRET', 'SESSION_COOKIE', 'AWS_SECRET_KEY', 'AWS_SESSION_TOKEN', 'AWS_ACCESS_KEY', 'AWS_TEMP_ACCESS_KEY', 'HMAC_SIGNING_SECRET', 'STRIPE_WEBHOOK_SECRET', 'SHOPIFY_SHARED_SECRET', 'OAUTH_CLIENT_SECRET', 'GOOGLE_OAUTH_CLIENT_SECRET', 'AZURE_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET', 'PAYPAL_CLIENT_SECRET', 'CONFLUENT_API_SECRET', 'MINIO_SECRET_KEY', 'PLANETSCALE_PASSWORD', 'GITHUB_REFRESH_TOKEN', 'GOOGLE_REFRESH_TOKEN', 'SEGMENT_WRITE_KEY', 'NEW_RELIC_LICENSE_KEY', 'SENTRY_DSN_KEY', 'JUPYTER_TOKEN', 'BRAINTREE_ACCESS_TOKEN']);
const HEADER = SINGLE.filter(e => !NOT_HEADER.has(e));
const LKS = Object.keys(LK).filter(w => w !== 'certificate');
export class Ctx {
  constructor(r) { this.r = r; this.d = {}; }
  draw(name, all) { if (!this.d[name] || !this.d[name].length) this.d[name] = this.r.shuffle(all); return this.d[name].pop(); }
  /** next single-line secret (cycles all kinds) */
  sk() { const e = this.draw('sk', SINGLE); const sp = sec(this.r, e); if (!WRAP[e]) return sp; const [a, b] = WRAP[e](this.r); const arr = [a, sp, b]; arr.e = e; return arr; }
  /** next token-like secret that fits an Authorization / API-key header */
  skHeader() { return sec(this.r, this.draw('skh', HEADER)); }
  pem() { return sec(this.r, this.draw('pem', Object.keys(PEMS))); }
  urlpw() { return sec(this.r, this.draw('url', URL_PW_KINDS)); }
  /** next look-alike, optionally limited to some kinds */
  lk(ws) { return lk(this.r, ws ? this.r.pick(ws) : this.draw('lk', LKS)); }
}
let MODE = { r: null, pn: 0, neu: null, scale: 1 };
/** per document kind: probability of a neutral row, its generator, and a size scale for fill targets */
export function setMode(r, pn, neu, scale) { MODE = { r, pn: pn || 0, neu, scale: scale || 1 }; }
/** a template can replace the neutral-row generator for its own variant (e.g. a log with its own clock) */
export function setNeutral(neu, pn) { MODE = { ...MODE, neu, pn: pn ?? MODE.pn }; }
/** append rows from fn (or neutral rows) until the document reaches `target` bytes (bounded by max) */
export function fill(parts, target, fn, max = 3800) {
  target = Math.max(280, Math.round(target * MODE.scale)); const seen = new Set(flat(parts).filter(x => typeof x === 'string').join('').split('\n').map(x => txt(x + '\n')));
  for (let i = 0; i < 200 && blen(parts) < target; i++) {
    const neutral = MODE.neu && MODE.pn && MODE.r.chance(MODE.pn);
    let row = neutral ? MODE.neu(MODE.r, i) : fn(i);
    if (neutral) { // no verbatim repeats of neutral rows inside one document
      for (let k = 0; k < 6 && seen.has(txt(row)); k++) row = MODE.neu(MODE.r, i);
      if (seen.has(txt(row))) continue; seen.add(txt(row));
    }
    if (blen(parts) + blen(row) > max) break; parts.push(row);
  }
  return parts;
}
/** deal row types from a shuffled deck so that a document does not repeat one section before all were used */
export function deal(r, n) { let d = []; return () => { if (!d.length) d = r.shuffle([...Array(n).keys()]); return d.pop(); }; }
