// sfc32 PRNG + helpers. Deterministic for a given seed.
export function makeRng(seed) {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11); d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  const r = {
    f: next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
    chars: (set, n) => { let s = ''; for (let i = 0; i < n; i++) s += set[Math.floor(next() * set.length)]; return s; },
    bytes: (n) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(next() * 256); return b; },
    shuffle: (arr) => { const a2 = arr.slice(); for (let i = a2.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [a2[i], a2[j]] = [a2[j], a2[i]]; } return a2; },
    sample: (arr, k) => r.shuffle(arr).slice(0, k),
  };
  r.digits = (n) => r.chars('0123456789', n);
  r.hex = (n) => r.chars('0123456789abcdef', n);
  r.HEX = (n) => r.chars('0123456789ABCDEF', n);
  r.alnum = (n) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', n);
  r.lower = (n) => r.chars('abcdefghijklmnopqrstuvwxyz0123456789', n);
  r.upper = (n) => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n);
  r.b64 = (nbytes) => r.bytes(nbytes).toString('base64');
  r.b64url = (nbytes) => r.bytes(nbytes).toString('base64url');
  return r;
}
