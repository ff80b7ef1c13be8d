// train7m lossless encodings (each has an exact decoder used by the validator).
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const UNLEET = Object.fromEntries(Object.entries(LEET).map(([k, v]) => [v, k]));
const rot13 = s => s.replace(/[a-z]/gi, c => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b); });

export const ENCODINGS = {
  base64: { enc: s => Buffer.from(s, 'utf8').toString('base64'), dec: s => Buffer.from(s, 'base64').toString('utf8') },
  hex: { enc: s => Buffer.from(s, 'utf8').toString('hex'), dec: s => Buffer.from(s, 'hex').toString('utf8') },
  rot13: { enc: rot13, dec: rot13 },
  url: { enc: s => encodeURIComponent(s).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase()), dec: s => decodeURIComponent(s) },
  html_entities: { enc: s => [...s].map(c => '&#' + c.codePointAt(0) + ';').join(''), dec: s => s.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d)) },
  unicode_escape: { enc: s => [...s].map(c => { const h = c.charCodeAt(0).toString(16).padStart(4, '0'); return c.length > 1 ? c : '\\u' + h; }).join(''), dec: s => s.replace(/\\u([0-9a-f]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16))) },
  reversed: { enc: s => [...s].reverse().join(''), dec: s => [...s].reverse().join('') },
  leetspeak: { enc: s => s.replace(/[aeiost]/g, c => LEET[c]), dec: s => s.replace(/[4310157]/g, c => UNLEET[c]) },
  unicode_tags: { enc: s => [...s].map(c => String.fromCodePoint(0xE0000 + c.charCodeAt(0))).join(''), dec: s => [...s].map(c => String.fromCharCode(c.codePointAt(0) - 0xE0000)).join('') },
  zero_width: { enc: s => [...s].join('\u200b'), dec: s => s.replace(/\u200b/g, '') },
};

// Whether plain text can go through an encoding losslessly.
export function encodable(name, plain) {
  if (name === 'leetspeak') return /^[\x20-\x7e]+$/.test(plain) && !/[0-9]/.test(plain);
  if (name === 'unicode_tags') return /^[\x20-\x7e]+$/.test(plain);
  if (name === 'zero_width') return !plain.includes('\u200b');
  return true;
}
export function roundTrips(name, plain) {
  const e = ENCODINGS[name];
  return e.dec(e.enc(plain)) === plain;
}
