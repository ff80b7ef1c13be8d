// Deterministic PRNG for the train22 generator: splitmix32 seeding + sfc32 stream.
// Nothing here touches Math.random or the clock.

function splitmix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function makeRng(seed) {
  const sm = splitmix32(seed);
  let a = sm(), b = sm(), c = sm(), d = sm();
  const u32 = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const out = (t + d) | 0;
    c = (c + out) | 0;
    return out >>> 0;
  };
  for (let i = 0; i < 16; i++) u32();
  const float = () => u32() / 4294967296;
  const int = (lo, hi) => lo + Math.floor(float() * (hi - lo + 1));
  const pick = (arr) => {
    if (!arr || arr.length === 0) throw new Error('pick from empty list');
    return arr[Math.floor(float() * arr.length)];
  };
  const chance = (p) => float() < p;
  const shuffle = (arr) => {
    const x = arr.slice();
    for (let i = x.length - 1; i > 0; i--) {
      const j = Math.floor(float() * (i + 1));
      [x[i], x[j]] = [x[j], x[i]];
    }
    return x;
  };
  const sample = (arr, k) => shuffle(arr).slice(0, Math.min(k, arr.length));
  const weighted = (pairs) => {
    let tot = 0;
    for (const [w] of pairs) tot += w;
    let x = float() * tot;
    for (const [w, v] of pairs) { if ((x -= w) < 0) return v; }
    return pairs[pairs.length - 1][1];
  };
  const str = (alphabet, n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(float() * alphabet.length)];
    return s;
  };
  const bytes = (n) => {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = u32() & 0xff;
    return b;
  };
  const digits = (n) => str('0123456789', n);
  const hex = (n) => str('0123456789abcdef', n);
  const HEX = (n) => str('0123456789ABCDEF', n);
  const big = (nbits) => {
    // random BigInt with exactly nbits bits (top bit set)
    const nb = Math.ceil(nbits / 8);
    const buf = bytes(nb);
    let v = BigInt('0x' + buf.toString('hex'));
    v &= (1n << BigInt(nbits)) - 1n;
    v |= 1n << BigInt(nbits - 1);
    return v;
  };
  // a fresh deck that cycles through a shuffled copy of a list
  const deck = (list) => {
    let cur = [], i = 0;
    return {
      next() {
        if (i >= cur.length) { cur = shuffle(list); i = 0; }
        return cur[i++];
      },
    };
  };
  return { u32, float, int, pick, chance, shuffle, sample, weighted, str, bytes, digits, hex, HEX, big, deck };
}

export const A = {
  UP: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  LO: 'abcdefghijklmnopqrstuvwxyz',
  DIG: '0123456789',
  B62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  ALNUM: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  LOALNUM: 'abcdefghijklmnopqrstuvwxyz0123456789',
  UPALNUM: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  B64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  B64URL: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  B32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  HEX: '0123456789abcdef',
};
