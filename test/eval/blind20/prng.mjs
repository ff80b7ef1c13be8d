// Deterministic PRNG for the blind20 generator: splitmix32 seeding an sfc32 stream.
// fork(label) derives an independent stream so each document kind draws from its own sequence.

function splitmix32(seed) {
  let a = seed >>> 0;
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

export class Rng {
  constructor(seed) {
    this.seed = seed >>> 0;
    const sm = splitmix32(this.seed);
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
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
  float() { return (this.u32() + this.u32() / 4294967296) / 4294967296; }
  int(lo, hi) { return lo + Math.floor(this.float() * (hi - lo + 1)); }
  chance(p) { return this.float() < p; }
  pick(arr) {
    if (!arr || arr.length === 0) throw new Error('pick from empty list');
    return arr[Math.floor(this.float() * arr.length)];
  }
  // pairs: [[weight, value], ...]
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let r = this.float() * total;
    for (const [w, v] of pairs) { if ((r -= w) < 0) return v; }
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
  sample(arr, k) { return this.shuffle(arr).slice(0, Math.min(k, arr.length)); }
  str(alphabet, n) {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.float() * alphabet.length)];
    return s;
  }
  digits(n) { return this.str('0123456789', n); }
  hex(n) { return this.str('0123456789abcdef', n); }
  HEX(n) { return this.str('0123456789ABCDEF', n); }
  bytes(n) {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff;
    return b;
  }
  fork(label) { return new Rng((this.seed ^ fnv1a(String(label))) >>> 0); }
}

// Cycles through a list in shuffled order, reshuffling when exhausted, so every entry is
// used about equally often.
export class Deck {
  constructor(rng, items) { this.rng = rng; this.items = items.slice(); this.queue = []; }
  next() {
    if (this.queue.length === 0) this.queue = this.rng.shuffle(this.items);
    return this.queue.pop();
  }
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LONUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
