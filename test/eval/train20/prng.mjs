// Deterministic PRNG (sfc32 seeded through splitmix32) with labelled forks.
export function fnv1a(str) {
  let h = 0x811c9dc5;
  for (const c of Buffer.from(String(str), 'utf8')) { h ^= c; h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}

export class Rng {
  constructor(seed, label = '') {
    let s = (seed ^ fnv1a(label)) >>> 0;
    const sm = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    this.seed = seed >>> 0;
    for (let i = 0; i < 15; i++) this.u32();
  }
  u32() {
    let { a, b, c, d } = this;
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    this.a = a >>> 0; this.b = b >>> 0; this.c = c; this.d = d;
    return t;
  }
  float() { return this.u32() / 4294967296; }
  int(n) { return Math.floor(this.float() * n); }
  range(lo, hi) { return lo + this.int(hi - lo + 1); }
  chance(p) { return this.float() < p; }
  pick(arr) { if (!arr.length) throw new Error('pick from empty'); return arr[this.int(arr.length)]; }
  weighted(pairs) {
    let tot = 0; for (const [w] of pairs) tot += w;
    let x = this.float() * tot;
    for (const [w, v] of pairs) { if ((x -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  shuffle(arr) {
    const a = arr.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = this.int(i + 1); [a[i], a[j]] = [a[j], a[i]]; }
    return a;
  }
  sample(arr, k) { return this.shuffle(arr).slice(0, Math.min(k, arr.length)); }
  str(alphabet, n) { let s = ''; for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)]; return s; }
  digits(n) { return this.str('0123456789', n); }
  hex(n) { return this.str('0123456789abcdef', n); }
  HEX(n) { return this.str('0123456789ABCDEF', n); }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = this.int(256); return b; }
  fork(label) { return new Rng((this.seed ^ Math.imul(fnv1a(label), 2654435761)) >>> 0, String(label)); }
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const B64URL = ALNUM + '-_';
export const B64 = ALNUM + '+/';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
