// train8p encoders (encoded_payload) and hiding wrappers (hidden_text), each with its decoder.
import { htmlEsc } from './train8p_carriers.mjs';

const isAscii = (s) => /^[\x20-\x7e\n]*$/.test(s);
const ZW = ['\u200b', '\u200c'];

export const ENCODERS = {
  base64: { ok: () => true, enc: (s) => Buffer.from(s, 'utf8').toString('base64'), dec: (s) => Buffer.from(s, 'base64').toString('utf8') },
  hex: { ok: () => true, enc: (s) => Buffer.from(s, 'utf8').toString('hex'), dec: (s) => Buffer.from(s, 'hex').toString('utf8') },
  rot13: {
    // ASCII only (else near no-op); never on text with an address, whose rot13 form would look like a foreign domain
    ok: (s) => isAscii(s) && !/@|:\/\/|www\./.test(s),
    enc: (s) => s.replace(/[a-z]/gi, (ch) => { const b = ch <= 'Z' ? 65 : 97; return String.fromCharCode(((ch.charCodeAt(0) - b + 13) % 26) + b); }),
    dec: (s) => ENCODERS.rot13.enc(s),
  },
  url: { ok: () => true, enc: (s) => encodeURIComponent(s), dec: (s) => decodeURIComponent(s) },
  reverse: { ok: () => true, enc: (s) => Array.from(s).reverse().join(''), dec: (s) => Array.from(s).reverse().join('') },
  html_entities: {
    ok: () => true,
    enc: (s) => Array.from(s).map((ch) => `&#${ch.codePointAt(0)};`).join(''),
    dec: (s) => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))),
  },
  unicode_escapes: {
    ok: () => true,
    enc: (s) => Array.from(s).map((ch) => { const c = ch.codePointAt(0); return c > 0xffff ? `\\u{${c.toString(16)}}` : '\\u' + c.toString(16).padStart(4, '0'); }).join(''),
    dec: (s) => s.replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/g, (_, a, b) => String.fromCodePoint(parseInt(a || b, 16))),
  },
  zero_width_binary: {
    ok: () => true,
    enc: (s) => Array.from(Buffer.from(s, 'utf8')).map((b) => b.toString(2).padStart(8, '0').split('').map((x) => ZW[+x]).join('')).join('\u200d'),
    dec: (s) => Buffer.from(s.split('\u200d').map((g) => parseInt(Array.from(g).map((ch) => (ch === ZW[1] ? '1' : '0')).join(''), 2))).toString('utf8'),
  },
  unicode_tags: {
    ok: isAscii,
    enc: (s) => Array.from(s).map((ch) => String.fromCodePoint(0xe0000 + ch.codePointAt(0))).join(''),
    dec: (s) => Array.from(s).map((ch) => String.fromCodePoint(ch.codePointAt(0) - 0xe0000)).join(''),
  },
};
export const ENCODING_NAMES = Object.keys(ENCODERS);

// Hiding wrappers. markup: true when the result is HTML markup (inserted raw in HTML carriers).
// unwrap(result) gives back the plain text; the validator checks it.
const attr = (s) => htmlEsc(s);
const unattr = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const between = (a, b) => (s) => s.slice(s.indexOf(a) + a.length, s.lastIndexOf(b));

export const HIDERS = {
  html_comment: { markup: true, ok: (s) => !s.includes('--'), wrap: (s) => `<!-- ${s} -->`, unwrap: (w) => between('<!-- ', ' -->')(w) },
  white_text: { markup: true, ok: () => true, wrap: (s) => `<span style="color:#ffffff;background:#ffffff">${attr(s)}</span>`, unwrap: (w) => unattr(between('#ffffff">', '</span>')(w)) },
  font_size_zero: { markup: true, ok: () => true, wrap: (s) => `<span style="font-size:0;line-height:0">${attr(s)}</span>`, unwrap: (w) => unattr(between('line-height:0">', '</span>')(w)) },
  display_none: { markup: true, ok: () => true, wrap: (s) => `<div class="sr-note" style="display:none">${attr(s)}</div>`, unwrap: (w) => unattr(between('display:none">', '</div>')(w)) },
  alt_text: { markup: true, ok: () => true, wrap: (s) => `<img src="/img/banner-spring.webp" width="1" height="1" alt="${attr(s)}">`, unwrap: (w) => unattr(between('alt="', '">')(w)) },
  aria_label: { markup: true, ok: () => true, wrap: (s) => `<a href="/help" class="icon-help" aria-label="${attr(s)}"></a>`, unwrap: (w) => unattr(between('aria-label="', '"></a>')(w)) },
  details: { markup: true, ok: () => true, wrap: (s) => `<details><summary>Processing notes</summary>${attr(s)}</details>`, unwrap: (w) => unattr(between('</summary>', '</details>')(w)) },
  meta_tag: { markup: true, ok: () => true, wrap: (s) => `<meta name="assistant-notes" content="${attr(s)}">`, unwrap: (w) => unattr(between('content="', '">')(w)) },
  md_link_title: { markup: false, ok: (s) => !s.includes('"'), wrap: (s) => `[terms](https://www.shopfront.example/terms "${s}")`, unwrap: (w) => between(' "', '")')(w) },
  md_comment: { markup: false, ok: (s) => !/[()]/.test(s), wrap: (s) => `[//]: # (${s})`, unwrap: (w) => between('[//]: # (', ')')(w) },
  code_comment: { markup: false, ok: (s) => !s.includes('\n'), wrap: (s) => '```js\n// ' + s + '\nconst retries = 3;\n```', unwrap: (w) => between('```js\n// ', '\nconst retries')(w) },
  zero_width: { markup: false, ok: () => true, wrap: (s) => Array.from(s).join('\u200b'), unwrap: (w) => w.replace(/\u200b/g, '') },
  unicode_tags: { markup: false, ok: isAscii, wrap: (s) => '\u{e0001}' + ENCODERS.unicode_tags.enc(s) + '\u{e007f}', unwrap: (w) => ENCODERS.unicode_tags.dec(w.slice(2, -2)) },
};
export const HIDER_NAMES = Object.keys(HIDERS);
