// Deterministic PRNG for the blind18 set: splitmix32 seeding + sfc32 core.
// Everything in the set is derived from SEED; no Math.random, no clock.
export const SEED = 0x7C1B_D518 >>> 0;

function splitmix32(a) {
  return function () {
    a = (a + 0x9e3779b9) | 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

function hashStr(s) {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(String(s), 'utf8')) { h ^= ch; h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

export class Rng {
  constructor(seed, ...salt) {
    const sm = splitmix32((seed ^ hashStr(salt.join('/'))) >>> 0);
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    for (let i = 0; i < 16; i++) this.u32();
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
  int(lo, hi) { return lo + Math.floor(this.float() * (hi - lo + 1)); } // inclusive
  chance(p) { return this.float() < p; }
  pick(arr) { if (!arr.length) throw new Error('pick from empty'); return arr[Math.floor(this.float() * arr.length)]; }
  pickw(pairs) { // [[weight, value], ...]
    let tot = 0; for (const [w] of pairs) tot += w;
    let x = this.float() * tot;
    for (const [w, v] of pairs) { if ((x -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  shuffle(arr) { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = this.int(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  sample(arr, n) { return this.shuffle(arr).slice(0, Math.min(n, arr.length)); }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff; return b; }
  str(n, alphabet) { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.float() * alphabet.length)]; return s; }
  digits(n) { return this.str(n, '0123456789'); }
  hex(n) { return this.str(n, '0123456789abcdef'); }
  HEX(n) { return this.str(n, '0123456789ABCDEF'); }
  b62(n) { return this.str(n, ALNUM); }
  fork(...salt) { return new Rng(this.u32(), ...salt); }
}

export const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const UPNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
