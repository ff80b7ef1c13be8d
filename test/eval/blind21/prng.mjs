// Deterministic PRNG (sfc32 seeded through splitmix32) and a few drawing helpers.
export class Rng {
  constructor(seed) {
    let s = seed >>> 0;
    const sm = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.seed = seed >>> 0;
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
  pick(a) { return a[Math.floor(this.float() * a.length)]; }
  weighted(pairs) { // [[item, weight], ...]
    let tot = 0; for (const [, w] of pairs) tot += w;
    let x = this.float() * tot;
    for (const [it, w] of pairs) { if ((x -= w) < 0) return it; }
    return pairs[pairs.length - 1][0];
  }
  shuffle(a) {
    const b = a.slice();
    for (let i = b.length - 1; i > 0; i--) { const j = Math.floor(this.float() * (i + 1)); [b[i], b[j]] = [b[j], b[i]]; }
    return b;
  }
  sample(a, k) { return this.shuffle(a).slice(0, Math.min(k, a.length)); }
  str(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(this.float() * alpha.length)]; return s; }
  digits(n) { return this.str('0123456789', n); }
  hex(n) { return this.str('0123456789abcdef', n); }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff; return b; }
  bigBits(bits) { // random BigInt with exactly `bits` random bits (top bit not forced)
    let x = 0n; const words = Math.ceil(bits / 32);
    for (let i = 0; i < words; i++) x = (x << 32n) | BigInt(this.u32());
    return x >> BigInt(words * 32 - bits);
  }
  fork(label) { // independent stream derived from this one and a label
    let h = this.u32() ^ 0x6a09e667;
    for (const ch of String(label)) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
    return new Rng(h);
  }
}

// Draws items in shuffled rounds so every item appears before any repeats.
export class Deck {
  constructor(rng, items) { this.r = rng; this.items = items; this.q = []; }
  next() { if (!this.q.length) this.q = this.r.shuffle(this.items); return this.q.pop(); }
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const UPNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
