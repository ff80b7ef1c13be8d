// Deterministic PRNG for the train21 generator: sfc32 seeded through splitmix32.
// Every document gets its own stream, derived from the set seed and a string label,
// so adding documents of one kind does not shift the values of another kind.

export const SEED = 0x9e2a5b17; // train21's own 32-bit constant

function splitmix32(a) {
  return function () {
    a |= 0; a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16); t = Math.imul(t, 0x21f0aaad);
    t = t ^ (t >>> 15); t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(str, 'utf8')) { h ^= b; h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

export class Rng {
  constructor(seed) {
    const sm = splitmix32(seed >>> 0);
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    for (let i = 0; i < 12; i++) this.u32();
  }
  u32() {
    let { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11); c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t >>> 0;
  }
  next() { return this.u32() / 4294967296; }
  int(lo, hi) { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p) { return this.next() < p; }
  pick(arr) { if (!arr.length) throw new Error('pick from empty'); return arr[Math.floor(this.next() * arr.length)]; }
  picks(arr, n) { const c = arr.slice(); this.shuffle(c); return c.slice(0, Math.min(n, c.length)); }
  shuffle(arr) { for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; } return arr; }
  weighted(pairs) { // [[weight, value], ...]
    let tot = 0; for (const [w] of pairs) tot += w;
    let r = this.next() * tot;
    for (const [w, v] of pairs) { if ((r -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  str(alphabet, n) { let s = ''; for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)]; return s; }
  digits(n) { return this.str('0123456789', n); }
  hex(n) { return this.str('0123456789abcdef', n); }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff; return b; }
  fork(label) { return new Rng((fnv1a(label) ^ Math.imul(this.u32(), 0x9e3779b1)) >>> 0); }
}

export function rngFor(label) { return new Rng((SEED ^ fnv1a(label)) >>> 0); }

export const A = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
  alnum: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  lowalnum: '0123456789abcdefghijklmnopqrstuvwxyz',
  upalnum: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
};
