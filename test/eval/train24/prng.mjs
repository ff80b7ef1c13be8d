// Deterministic PRNG for the train24 generator: sfc32 seeded through splitmix32.
// Every random choice of the generator goes through one of these objects.

export const SEED = 0x7e24b1d5; // train24's own 32-bit constant

function splitmix(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function hashLabel(seed, label) {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (const ch of String(label)) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export class Rng {
  constructor(seed) {
    this.seed = seed >>> 0;
    const sm = splitmix(this.seed);
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    for (let i = 0; i < 15; i++) this.u32();
  }
  u32() {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t >>> 0;
  }
  float() { return this.u32() / 4294967296; }
  int(lo, hi) { return lo + Math.floor(this.float() * (hi - lo + 1)); }
  chance(p) { return this.float() < p; }
  pick(arr) {
    if (!arr || arr.length === 0) throw new Error('pick from empty');
    return arr[Math.floor(this.float() * arr.length)];
  }
  picks(arr, n) { return this.shuffle(arr.slice()).slice(0, Math.min(n, arr.length)); }
  weighted(pairs) { // [[weight, value], ...]
    let tot = 0; for (const [w] of pairs) tot += w;
    let x = this.float() * tot;
    for (const [w, v] of pairs) { if ((x -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  shuffle(a) {
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.float() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  str(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(this.float() * alpha.length)]; return s; }
  hex(n) { return this.str(HEX, n); }
  HEX(n) { return this.str('0123456789ABCDEF', n); }
  alnum(n) { return this.str(ALNUM, n); }
  digits(n) { return this.str(DIGITS, n); }
  lower(n) { return this.str(LOWER, n); }
  upper(n) { return this.str(UPPER, n); }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff; return b; }
  fork(label) { return new Rng(hashLabel(this.seed ^ this.u32(), label)); }
  static derive(seed, label) { return new Rng(hashLabel(seed, label)); }
}
