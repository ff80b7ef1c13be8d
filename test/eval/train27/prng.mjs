// Deterministic PRNG for the train27 generator: sfc32 seeded through splitmix32.
// Nothing here touches Math.random, the clock or the environment.

export const SEED = 0x6B2D_91E7; // this set's own 32-bit constant

function splitmix32(state) {
  let a = state | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    t ^= t >>> 15;
    return t >>> 0;
  };
}

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(str, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const B64URL = ALNUM + '-_';
export const B64 = ALNUM + '+/';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export class Rng {
  constructor(seed) {
    this.seed = seed >>> 0;
    const sm = splitmix32(this.seed);
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    for (let i = 0; i < 16; i++) this.u32();
  }
  fork(label) { return new Rng((this.seed ^ fnv1a(String(label))) >>> 0); }
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
  int(lo, hi) { return lo + Math.floor(this.float() * (hi - lo + 1)); }
  chance(p) { return this.float() < p; }
  pick(arr) {
    if (!arr || arr.length === 0) throw new Error('pick from empty');
    return arr[Math.floor(this.float() * arr.length)];
  }
  // weighted pick: [[weight, value], ...]
  wpick(pairs) {
    let tot = 0;
    for (const [w] of pairs) tot += w;
    let x = this.float() * tot;
    for (const [w, v] of pairs) { if ((x -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  shuffle(arr) {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  sample(arr, n) { return this.shuffle(arr).slice(0, Math.min(n, arr.length)); }
  str(alphabet, n) {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.float() * alphabet.length)];
    return s;
  }
  digits(n) { return this.str(DIGITS, n); }
  nzdigits(n) { return String(this.int(1, 9)) + this.digits(n - 1); }
  hex(n) { return this.str(HEX, n); }
  HEX(n) { return this.str('0123456789ABCDEF', n); }
  alnum(n) { return this.str(ALNUM, n); }
  lower(n) { return this.str(LOWER, n); }
  upper(n) { return this.str(UPPER, n); }
  loweralnum(n) { return this.str(LOWER + DIGITS, n); }
  upperalnum(n) { return this.str(UPPER + DIGITS, n); }
  b64url(n) { return this.str(B64URL, n); }
  b32(n) { return this.str(B32, n); }
  bytes(n) {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff;
    return b;
  }
  pad(n, w) { return String(n).padStart(w, '0'); }
}
