// Seeded PRNG (sfc32 seeded through splitmix32) and sampling helpers.
// No Math.random, no clock: every stream is derived from the seed and a label.

function splitmix32(a) {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

export function fnv1a(str) {
  let h = 0x811c9dc5;
  const b = Buffer.from(String(str), 'utf8');
  for (const x of b) { h ^= x; h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const HEXU = '0123456789ABCDEF';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const LOWALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const UPALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export class Rng {
  constructor(seed) {
    this.seed = seed >>> 0;
    const sm = splitmix32(this.seed);
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
  int(lo, hi) { return lo + Math.floor(this.float() * (hi - lo + 1)); }
  chance(p) { return this.float() < p; }
  pick(arr) {
    if (!arr || arr.length === 0) throw new Error('pick from empty');
    return arr[Math.floor(this.float() * arr.length)];
  }
  pickN(arr, n) { return this.shuffle(arr).slice(0, n); }
  weighted(pairs) {
    let tot = 0; for (const [w] of pairs) tot += w;
    let x = this.float() * tot;
    for (const [w, v] of pairs) { if ((x -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  shuffle(arr) {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.float() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  str(n, alphabet = ALNUM) { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.float() * alphabet.length)]; return s; }
  digits(n) { return this.str(n, DIGITS); }
  hex(n) { return this.str(n, HEX); }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff; return b; }
  bigBits(bits) { // random BigInt with exactly `bits` bits (top bit set)
    const nb = Math.ceil(bits / 8); const b = this.bytes(nb);
    let x = BigInt('0x' + b.toString('hex'));
    x &= (1n << BigInt(bits)) - 1n; x |= 1n << BigInt(bits - 1);
    return x;
  }
  fork(label) { return new Rng((this.seed ^ fnv1a(label)) >>> 0 ^ Math.imul(fnv1a('x' + label), 0x9e3779b1) >>> 0); }
}

/** A deck cycles through items in shuffled rounds, so every item is used evenly. */
export class Deck {
  constructor(rng, items) { this.r = rng; this.items = items; this.q = []; }
  next() { if (this.q.length === 0) this.q = this.r.shuffle(this.items); return this.q.pop(); }
}
