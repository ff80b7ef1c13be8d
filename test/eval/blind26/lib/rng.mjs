// Seeded PRNG (sfc32) and small helpers. Everything in blind26 draws from here.
export function sfc32(a, b, c, d) {
  return function () {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export class Rng {
  constructor(seed) {
    this.f = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0);
    for (let i = 0; i < 32; i++) this.f();
  }
  next() { return this.f(); }
  int(lo, hi) { return lo + Math.floor(this.f() * (hi - lo + 1)); }
  bool(p = 0.5) { return this.f() < p; }
  pick(a) { return a[Math.floor(this.f() * a.length)]; }
  picks(a, n) { const c = a.slice(); this.shuffle(c); return c.slice(0, Math.min(n, c.length)); }
  shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  str(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(this.f() * alpha.length)]; return s; }
  digits(n) { return this.str(D, n); }
  hex(n) { return this.str(HEX, n); }
  alnum(n) { return this.str(ALNUM, n); }
  b64(n) { return this.str(B64, n); }
  b64u(n) { return this.str(B64U, n); }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(this.f() * 256); return b; }
  weighted(pairs) { let t = 0; for (const [, w] of pairs) t += w; let r = this.f() * t; for (const [v, w] of pairs) { r -= w; if (r < 0) return v; } return pairs[pairs.length - 1][0]; }
}

export const D = '0123456789';
export const HEX = '0123456789abcdef';
export const UHEX = '0123456789ABCDEF';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const ALNUM = UPPER + LOWER + D;
export const LALNUM = LOWER + D;
export const UALNUM = UPPER + D;
export const B64 = ALNUM + '+/';
export const B64U = ALNUM + '-_';
export const B32 = UPPER + '234567';
