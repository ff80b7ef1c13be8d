// Document builder: appends text and records byte spans of labelled values and look-alikes.
import { genSecret, KIND_NAMES, keyName, SECRETS } from './secrets.mjs';
import { LK } from './pii.mjs';

export class Doc {
  constructor(r, deck) { this.r = r; this.deck = deck; this.buf = []; this.n = 0; this.labels = []; this.lookalikes = []; }
  t(s) { this.buf.push(s); this.n += Buffer.byteLength(s); return this; }
  _span(v) { const start = this.n; this.t(v); return { start, end: this.n }; }
  s(kind, v) { v = v ?? genSecret(this.r, kind); this.labels.push({ ...this._span(v), entity: kind, family: 'secrets' }); return v; }
  p(entity, v) { this.labels.push({ ...this._span(v), entity, family: 'pii' }); return v; }
  l(what, v) { v = v ?? LK[what](this.r); this.lookalikes.push({ ...this._span(v), what }); return v; }
  kind() { return this.deck.next(); }
  pemKind() { return Doc.pemDeck.next(); }
  key(kind, style) { return keyName(this.r, this.r.pick(SECRETS[kind].words), style); }
  get text() { return this.buf.join(''); }
  get bytes() { return this.n; }
}
export class Deck {
  constructor(r, items) { this.r = r; this.items = items; this.q = []; }
  next() { if (!this.q.length) this.q = this.r.shuffle(this.items); return this.q.pop(); }
}
export const INLINE_KINDS = KIND_NAMES.filter(k => !k.startsWith('PRIVATE_KEY_'));
export const PEM_KINDS = KIND_NAMES.filter(k => k.startsWith('PRIVATE_KEY_'));
export function initDecks(r) { Doc.pemDeck = new Deck(r, PEM_KINDS); return new Deck(r, INLINE_KINDS); }
