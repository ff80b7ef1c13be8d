// Seeded PRNG for the train25 generator: splitmix32 seeding + sfc32 stream.
// Everything random in this set flows from one 32-bit constant (SEED).

export const SEED = 0x5EA1C0DE ^ 0x2B7F0913; // = 0x75DEC9CD, this set's own constant

function splitmix32(a) {
  return function () {
    a = (a + 0x9e3779b9) | 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function hashStr(s, h = 0x811c9dc5) {
  for (const ch of Buffer.from(String(s), 'utf8')) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
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
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    this.a = a; this.b = b; this.c = c; this.d = d;
    return t >>> 0;
  }
  float() { return this.u32() / 4294967296; }
  // integer in [lo, hi] inclusive
  int(lo, hi) {
    if (hi < lo) [lo, hi] = [hi, lo];
    const span = hi - lo + 1;
    if (span <= 0x100000000) return lo + Math.floor(this.float() * span);
    return lo + Math.floor((this.u32() * 4294967296 + this.u32()) / 18446744073709551616 * span);
  }
  chance(p) { return this.float() < p; }
  pick(arr) {
    if (!arr || arr.length === 0) throw new Error('pick from empty');
    return arr[Math.floor(this.float() * arr.length)];
  }
  // pick from [[weight, value], ...]
  weighted(pairs) {
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
  str(charset, n) {
    let s = '';
    for (let i = 0; i < n; i++) s += charset[Math.floor(this.float() * charset.length)];
    return s;
  }
  bytes(n) {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff;
    return b;
  }
  digits(n) { return this.str('0123456789', n); }
  hex(n) { return this.str('0123456789abcdef', n); }
  HEX(n) { return this.str('0123456789ABCDEF', n); }
  b64(nbytes) { return this.bytes(nbytes).toString('base64'); }
  b64url(nbytes) { return this.bytes(nbytes).toString('base64url'); }
  alnum(n) { return this.str(ALNUM, n); }
  lower(n) { return this.str('abcdefghijklmnopqrstuvwxyz', n); }
  upper(n) { return this.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n); }
  lowernum(n) { return this.str('abcdefghijklmnopqrstuvwxyz0123456789', n); }
  uppernum(n) { return this.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n); }
  fork(tag) { return new Rng(hashStr(tag, this.u32())); }
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
