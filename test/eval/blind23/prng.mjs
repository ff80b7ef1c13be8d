// Deterministic PRNG for the blind23 generator: sfc32 seeded through splitmix32.
// Every document gets its own stream (Rng.fork) so that adding a document kind
// does not shift the values of the others.

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

export function hash32(str, seed = 0) {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const b of Buffer.from(String(str), 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

export const ALNUM_UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const ALNUM_LOW = 'abcdefghijklmnopqrstuvwxyz0123456789';

export class Rng {
  constructor(seed) {
    this.seed = seed >>> 0;
    const sm = splitmix32(this.seed);
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    for (let i = 0; i < 15; i++) this.u32();
  }
  u32() {
    let a = this.a, b = this.b, c = this.c, d = this.d;
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
  pick(arr) {
    if (!arr || arr.length === 0) throw new Error('pick from empty list');
    return arr[Math.floor(this.float() * arr.length)];
  }
  chance(p) { return this.float() < p; }
  shuffle(arr) {
    const r = arr.slice();
    for (let i = r.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [r[i], r[j]] = [r[j], r[i]];
    }
    return r;
  }
  sample(arr, k) { return this.shuffle(arr).slice(0, k); }
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let x = this.float() * total;
    for (const [w, v] of pairs) { if ((x -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  fork(label) { return new Rng(hash32(label, this.seed)); }
  bytes(n) {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff;
    return b;
  }
  str(alphabet, n) {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.float() * alphabet.length)];
    return s;
  }
  digits(n, firstNonZero = false) {
    let s = firstNonZero ? String(this.int(1, 9)) : '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  hex(n) { return this.str(HEX, n); }
  b62(n) { return this.str(B62, n); }
}

// A deck hands out every item once per round in shuffled order, so that rare
// kinds appear as often as common ones over the whole set.
export class Deck {
  constructor(rng, items) { this.rng = rng; this.items = items.slice(); this.queue = []; }
  next(filter) {
    for (let tries = 0; tries < 3; tries++) {
      if (this.queue.length === 0) this.queue = this.rng.shuffle(this.items);
      if (!filter) return this.queue.shift();
      const i = this.queue.findIndex(filter);
      if (i >= 0) return this.queue.splice(i, 1)[0];
      this.queue = [];
    }
    const pool = this.items.filter(filter);
    return this.rng.pick(pool);
  }
}
