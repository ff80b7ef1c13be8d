// Deterministic PRNG for the blind25 generator: sfc32 seeded through splitmix32.
// No Math.random, no clock: the same seed always yields the same stream.

function splitmix32(a) {
  return function () {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t = t ^ (t >>> 15);
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

export function fnv1a(str) {
  let h = 0x811c9dc5;
  const b = Buffer.from(String(str), 'utf8');
  for (const c of b) { h ^= c; h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}

export class Rng {
  constructor(seed) {
    const sm = splitmix32(seed >>> 0);
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    this.seed = seed >>> 0;
    for (let i = 0; i < 12; i++) this.u32();
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
  // integer in [0, n)
  int(n) {
    if (n <= 0) throw new Error('int(n<=0)');
    if (n <= 0x10000) return Math.floor(this.float() * n);
    return Math.floor((this.u32() * 4294967296 + this.u32()) / 18446744073709551616 * n);
  }
  // integer in [lo, hi] inclusive
  range(lo, hi) { return lo + this.int(hi - lo + 1); }
  chance(p) { return this.float() < p; }
  pick(arr) { if (!arr.length) throw new Error('pick from empty'); return arr[this.int(arr.length)]; }
  // weighted pick: [[weight, value], ...]
  wpick(pairs) {
    let total = 0; for (const [w] of pairs) total += w;
    let r = this.float() * total;
    for (const [w, v] of pairs) { if ((r -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  shuffle(arr) {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = this.int(i + 1); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  sample(arr, k) { return this.shuffle(arr).slice(0, Math.min(k, arr.length)); }
  str(alphabet, n) { let s = ''; for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)]; return s; }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff; return b; }
  digits(n) { return this.str('0123456789', n); }
  // a child stream, independent of how much the parent has been used
  fork(label) { return new Rng((fnv1a(label) ^ Math.imul(this.seed, 0x9e3779b1)) >>> 0); }
}

export const ALPHA = {
  DIG: '0123456789',
  HEXL: '0123456789abcdef',
  HEXU: '0123456789ABCDEF',
  UP: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  LOW: 'abcdefghijklmnopqrstuvwxyz',
  LET: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  UPNUM: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  LOWNUM: 'abcdefghijklmnopqrstuvwxyz0123456789',
  B62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  B64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  B64U: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  B32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  B32L: 'abcdefghijklmnopqrstuvwxyz234567',
  // no look-alike glyphs, for codes people type
  HUMAN: 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789',
};
