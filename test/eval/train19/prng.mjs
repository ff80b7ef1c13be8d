// Deterministic PRNG for the train19 generator: splitmix32 seeding + sfc32 stream.
export const SEED = 0x7a1c19e3;

function splitmix32(a) {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t = t ^ (t >>> 15);
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

export function hashStr(s, h = 0x811c9dc5) {
  for (const b of Buffer.from(String(s), 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Rng {
  constructor(seed) {
    const sm = splitmix32(seed >>> 0);
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    for (let i = 0; i < 12; i++) this.u32();
  }
  static derive(...parts) {
    let h = SEED >>> 0;
    for (const p of parts) h = hashStr(p, h ^ 0x5bd1e995);
    return new Rng(h);
  }
  u32() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t >>> 0;
  }
  float() { return this.u32() / 4294967296; }
  int(n) { return Math.floor(this.float() * n); }            // [0, n)
  range(lo, hi) { return lo + this.int(hi - lo + 1); }        // [lo, hi]
  chance(p) { return this.float() < p; }
  pick(arr) { return arr[this.int(arr.length)]; }
  pickN(arr, n) { return this.shuffle(arr.slice()).slice(0, n); }
  weighted(pairs) { // [[item, weight], ...]
    let tot = 0; for (const [, w] of pairs) tot += w;
    let x = this.float() * tot;
    for (const [it, w] of pairs) { if ((x -= w) < 0) return it; }
    return pairs[pairs.length - 1][0];
  }
  shuffle(a) {
    for (let i = a.length - 1; i > 0; i--) { const j = this.int(i + 1); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  str(charset, n) { let s = ''; for (let i = 0; i < n; i++) s += charset[this.int(charset.length)]; return s; }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = this.int(256); return b; }
  digits(n) { return this.str('0123456789', n); }
  hex(n) { return this.str('0123456789abcdef', n); }
  HEX(n) { return this.str('0123456789ABCDEF', n); }
}

export const CS = {
  digits: '0123456789',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  lowalnum: 'abcdefghijklmnopqrstuvwxyz0123456789',
  upalnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  crock: '0123456789ABCDEFGHJKMNPQRSTVWXYZ',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b58: '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz',
  pwsym: '!#$%&*+-=?@^_~.',
};
