// Deterministic PRNG (sfc32) and small helpers. No Math.random anywhere in train28.
export function sfc32(a, b, c, d) {
  return function () {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const ALNUM_L = '0123456789abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIG = '0123456789';
export const HEX = '0123456789abcdef';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const B64U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export class Rng {
  constructor(seed) {
    this.f = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0);
    for (let i = 0; i < 20; i++) this.f();
  }
  next() { return this.f(); }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  chance(p) { return this.f() < p; }
  pick(arr) { return arr[Math.floor(this.f() * arr.length)]; }
  str(n, alpha = B62) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(this.f() * alpha.length)]; return s; }
  hex(n) { return this.str(n, HEX); }
  digits(n) { return this.str(n, DIG); }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(this.f() * 256); return b; }
  b64(n) { return this.bytes(n).toString('base64'); }
  b64url(n) { return this.bytes(n).toString('base64url'); }
  shuffle(arr) { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  sample(arr, k) { return this.shuffle(arr).slice(0, k); }
  uuid() { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`; }
  bigBits(bits) { // random BigInt with exactly `bits` bits
    let x = 0n; const bytes = this.bytes(Math.ceil(bits / 8));
    for (const v of bytes) x = (x << 8n) | BigInt(v);
    x &= (1n << BigInt(bits)) - 1n; x |= 1n << BigInt(bits - 1); return x;
  }
}
