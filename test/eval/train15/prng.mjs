// Seeded PRNG (sfc32) and random helpers. Deterministic: fixed seed, no Math.random.
let a, b, c, d;
export function seed(str) {
  let h = 1779033703 ^ str.length;
  const m = () => { h = Math.imul(h ^ (h >>> 16), 2246822507); h = Math.imul(h ^ (h >>> 13), 3266489909); return (h ^= h >>> 16) >>> 0; };
  for (let i = 0; i < str.length; i++) { h = Math.imul(h ^ str.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  a = m(); b = m(); c = m(); d = m();
  for (let i = 0; i < 20; i++) f();
}
export function f() {
  a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
  let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11);
  d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0;
  return (t >>> 0) / 4294967296;
}
export const int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
export const pick = (arr) => arr[Math.floor(f() * arr.length)];
export const chance = (p) => f() < p;
export const chars = (set, n) => { let s = ''; for (let i = 0; i < n; i++) s += set[Math.floor(f() * set.length)]; return s; };
export function shuffle(arr) { const x = arr.slice(); for (let i = x.length - 1; i > 0; i--) { const j = Math.floor(f() * (i + 1)); [x[i], x[j]] = [x[j], x[i]]; } return x; }
export const bytes = (n) => { const o = Buffer.alloc(n); for (let i = 0; i < n; i++) o[i] = int(0, 255); return o; };
export const DIG = '0123456789', HEX = '0123456789abcdef', UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', LO = 'abcdefghijklmnopqrstuvwxyz';
export const AN = UP + LO + DIG, B64 = AN + '+/', B64U = AN + '-_', B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const alnum = (n) => chars(AN, n), hex = (n) => chars(HEX, n), digits = (n) => chars(DIG, n);
export const upper = (n) => chars(UP, n), lower = (n) => chars(LO, n), lowalnum = (n) => chars(LO + DIG, n);
export const b64 = (nbytes) => bytes(nbytes).toString('base64');
export const b64u = (n) => chars(B64U, n);
export const b32 = (n) => chars(B32, n);
export const uuid = () => { const h = hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`; };
// a deck: draws every element once in shuffled order before repeating
export function deck(items) { let cur = []; return () => { if (!cur.length) cur = shuffle(items); return cur.pop(); }; }
