// Deterministic PRNG (sfc32 seeded through splitmix32) with helpers.
// Every document gets its own stream derived from (SEED, kind, index), so adding
// a template to one kind never shifts the values of another kind.

export const SEED = 0x6b1d_e319; // blind19's own constant

function splitmix32(a) {
  return function () {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    t ^= t >>> 15;
    return t >>> 0;
  };
}

export function fnv1a(str) {
  let h = 0x811c9dc5;
  const b = Buffer.from(str, 'utf8');
  for (const c of b) { h ^= c; h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}

export class Rng {
  constructor(seed) {
    const sm = splitmix32(seed >>> 0);
    this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
    for (let i = 0; i < 12; i++) this.u32();
  }
  static derive(...parts) { return new Rng((SEED ^ fnv1a(parts.join('\u0001'))) >>> 0); }
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
  int(n) { // [0, n)
    if (n <= 0) throw new Error('int(n<=0)');
    if (n <= 0x100000000) {
      const lim = Math.floor(4294967296 / n) * n;
      let x; do { x = this.u32(); } while (x >= lim);
      return x % n;
    }
    return Math.floor(this.float() * n);
  }
  range(a, b) { return a + this.int(b - a + 1); } // inclusive
  chance(p) { return this.float() < p; }
  pick(arr) { if (!arr.length) throw new Error('pick from empty'); return arr[this.int(arr.length)]; }
  pickW(pairs) { // [[weight, value], ...]
    let tot = 0; for (const [w] of pairs) tot += w;
    let x = this.float() * tot;
    for (const [w, v] of pairs) { if ((x -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  }
  sample(arr, k) { const c = arr.slice(); this.shuffle(c); return c.slice(0, Math.min(k, c.length)); }
  shuffle(arr) { for (let i = arr.length - 1; i > 0; i--) { const j = this.int(i + 1); [arr[i], arr[j]] = [arr[j], arr[i]]; } return arr; }
  str(alphabet, n) { let s = ''; for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)]; return s; }
  digits(n) { return this.str('0123456789', n); }
  hex(n) { return this.str('0123456789abcdef', n); }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = this.int(256); return b; }
  bigBits(bits) { // BigInt with exactly `bits` random bits (top bit not forced)
    const nb = Math.ceil(bits / 8); const b = this.bytes(nb);
    let x = BigInt('0x' + b.toString('hex'));
    return x & ((1n << BigInt(bits)) - 1n);
  }
}

export const ALPHA = {
  digits: '0123456789',
  hexl: '0123456789abcdef',
  hexu: '0123456789ABCDEF',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  alnumL: '0123456789abcdefghijklmnopqrstuvwxyz',
  alnumU: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  b32l: 'abcdefghijklmnopqrstuvwxyz234567',
  b58: '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz',
};
