// train7p encoders: every encoding used in the set, with its decoder (the generator checks
// decode(encode(x)) === x for each record).
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const ZW = '\u200b';
export const ENCODERS = {
  base64: { encode: (s) => Buffer.from(s, 'utf8').toString('base64'), decode: (s) => Buffer.from(s, 'base64').toString('utf8') },
  hex: { encode: (s) => Buffer.from(s, 'utf8').toString('hex'), decode: (s) => Buffer.from(s, 'hex').toString('utf8') },
  hex_spaced: { encode: (s) => Buffer.from(s, 'utf8').toString('hex').match(/../g).join(' '), decode: (s) => Buffer.from(s.replace(/ /g, ''), 'hex').toString('utf8') },
  rot13: { encode: rot13, decode: rot13 },
  url: { encode: (s) => [...Buffer.from(s, 'utf8')].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''), decode: decodeURIComponent },
  html_entities: { encode: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''), decode: (s) => s.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d)) },
  u_escapes: { encode: (s) => [...s].map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join(''), decode: (s) => s.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) },
  reversed: { encode: (s) => [...s].reverse().join(''), decode: (s) => [...s].reverse().join('') },
  leet: {
    encode: (s) => { if (/[0-9A-Z]/.test(s)) throw new Error('leet plain must be lowercase without digits'); return s.replace(/[aeiost]/g, (c) => LEET[c]); },
    decode: (s) => s.replace(/[430157]/g, (c) => UNLEET[c]),
  },
  unicode_tags: { encode: (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(''), decode: (s) => [...s].map((c) => String.fromCharCode(c.codePointAt(0) - 0xe0000)).join('') },
  zero_width: { encode: (s) => [...s].join(ZW), decode: (s) => s.split(ZW).join('') },
};
