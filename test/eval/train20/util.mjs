// Shared helpers for the document kinds.
import { SECRET_SPECS, SPEC, keyStyle } from './secrets.mjs';
import { S } from './builder.mjs';

// A deck over all secret kinds so that every kind is drawn before any repeats.
export class SecretDeck {
  constructor(rng) { this.r = rng; this.cards = []; this.counts = {}; }
  draw(filter) {
    for (let tries = 0; tries < 3; tries++) {
      if (!this.cards.length) this.cards = this.r.shuffle(SECRET_SPECS.map((s) => s.e));
      const i = this.cards.findIndex((e) => !filter || filter(SPEC[e]));
      if (i >= 0) { const e = this.cards.splice(i, 1)[0]; return SPEC[e]; }
      this.cards = [];
    }
    const pool = SECRET_SPECS.filter(filter); return this.r.pick(pool);
  }
}
export const MULTILINE = new Set(['RSA_PRIVATE_KEY', 'PKCS8_PRIVATE_KEY', 'EC_PRIVATE_KEY', 'SSH_PRIVATE_KEY', 'PGP_PRIVATE_KEY', 'OPENVPN_STATIC_KEY', 'GCP_SERVICE_ACCOUNT_PRIVATE_KEY']);
export const isSingleLine = (spec) => !MULTILINE.has(spec.e);
export const tok = (r, spec) => S(spec.e, spec.g(r));
export const keyFor = (r, spec, style) => keyStyle(r.pick(spec.keys), style);
export function escJsonPem(v) { return v.replace(/\n/g, '\\n'); }
export function indentBlock(v, pad) { return v.split('\n').join('\n' + pad); }
export const pad2 = (n) => String(n).padStart(2, '0');
export function clock(r) { return `${pad2(r.int(24))}:${pad2(r.int(60))}`; }
export const cap = (s) => s[0].toUpperCase() + s.slice(1);
