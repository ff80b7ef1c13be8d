// Deterministic PRNG for the blind24 generator: sfc32 seeded through splitmix32.
// No Math.random, no clock: the same seed always yields the same stream.

function splitmix32(state) {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

// FNV-1a over a string, used to derive independent sub-streams from labels.
export function hash32(str) {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(String(str), 'utf8')) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Rng {
  constructor(seed) {
    this.seed = seed >>> 0;
    const sm = splitmix32(this.seed);
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
  // inclusive integer range
  int(lo, hi) { return lo + Math.floor(this.float() * (hi - lo + 1)); }
  chance(p) { return this.float() < p; }
  pick(arr) {
    if (!arr || arr.length === 0) throw new Error('pick from empty list');
    return arr[Math.floor(this.float() * arr.length)];
  }
  // [[weight, value], ...]
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let x = this.float() * total;
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
  str(alphabet, n) {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.float() * alphabet.length)];
    return s;
  }
  digits(n) { return this.str('0123456789', n); }
  bytes(n) {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff;
    return b;
  }
  state() { return [this.a, this.b, this.c, this.d]; }
  setState(s) { [this.a, this.b, this.c, this.d] = s; }
  fork(label) { return new Rng((hash32(label) ^ Math.imul(this.seed, 0x9e3779b1)) >>> 0); }
}

// A deck hands out every item once per round, in a shuffled order, so that every
// item of a list is used about equally often across the whole set.
export class Deck {
  constructor(rng, items) { this.rng = rng; this.items = items.slice(); this.queue = []; }
  snap() { return { q: this.queue.slice(), s: this.rng.state() }; }
  restore(x) { this.queue = x.q.slice(); this.rng.setState(x.s); }
  next(filter) {
    for (let round = 0; round < 3; round++) {
      const i = filter ? this.queue.findIndex(filter) : (this.queue.length ? 0 : -1);
      if (i >= 0) return this.queue.splice(i, 1)[0];
      const fresh = this.rng.shuffle(this.items);
      this.queue.push(...fresh);
    }
    const all = filter ? this.items.filter(filter) : this.items;
    if (!all.length) throw new Error('deck: nothing matches filter');
    return this.rng.pick(all);
  }
}
