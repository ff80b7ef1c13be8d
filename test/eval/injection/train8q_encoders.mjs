// train8q: encoders/decoders and hiding methods.
const b64e = (s) => Buffer.from(s, 'utf8').toString('base64');
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
const ZW0 = '\u200b', ZW1 = '\u200c';
export const ENC = {
  base64: [b64e, (e) => Buffer.from(e, 'base64').toString('utf8')],
  hex: [(s) => Buffer.from(s, 'utf8').toString('hex'), (e) => Buffer.from(e, 'hex').toString('utf8')],
  rot13: [rot13, rot13],
  url: [(s) => encodeURIComponent(s), (e) => decodeURIComponent(e)],
  reverse: [(s) => [...s].reverse().join(''), (e) => [...e].reverse().join('')],
  html_entities: [(s) => [...s].map((c) => '&#' + c.codePointAt(0) + ';').join(''), (e) => e.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d))],
  unicode_escapes: [(s) => [...s].map((c) => { const n = c.codePointAt(0); return n > 0xffff ? '\\u{' + n.toString(16) + '}' : '\\u' + n.toString(16).padStart(4, '0'); }).join(''),
    (e) => e.replace(/\\u\{([0-9a-f]+)\}|\\u([0-9a-f]{4})/g, (_, a, b) => String.fromCodePoint(parseInt(a || b, 16)))],
  zero_width_binary: [(s) => [...Buffer.from(s, 'utf8')].map((b) => b.toString(2).padStart(8, '0').replace(/0/g, ZW0).replace(/1/g, ZW1)).join('\u2060'),
    (e) => Buffer.from(e.split('\u2060').map((x) => parseInt(x.replace(/\u200b/g, '0').replace(/\u200c/g, '1'), 2))).toString('utf8')],
  unicode_tags: [(s) => [...s].map((c) => { const n = c.codePointAt(0); if (n > 0x7e) throw new Error('tags need ASCII'); return String.fromCodePoint(0xe0000 + n); }).join(''),
    (e) => [...e].map((c) => String.fromCodePoint(c.codePointAt(0) - 0xe0000)).join('')],
};
export const ENC_NAMES = Object.keys(ENC);
// hidden: [name, hide(plain) -> injected, reveal(injected) -> plain, isMarkup]
export const HIDE = {
  html_comment: [(s) => '<!-- ' + s + ' -->', (h) => h.slice(5, -4), true],
  md_link_title: [(s) => '[contribution guide](https://docs.handbook.example/contrib "' + s.replace(/"/g, "'") + '")', (h) => h.slice(h.indexOf(' "') + 2, -2), true],
  zero_width: [(s) => [...s].join('\u200b'), (h) => h.replace(/\u200b/g, ''), false],
  unicode_tags: [(s) => 'See docs.' + ENC.unicode_tags[0](s), (h) => ENC.unicode_tags[1](h.slice(9)), false],
  white_text: [(s) => '<span style="color:#ffffff;font-size:1px">' + s + '</span>', (h) => h.slice(h.indexOf('>') + 1, -7), true],
  alt_text: [(s) => '![' + s.replace(/[\[\]]/g, '') + '](assets/diagram.png)', (h) => h.slice(2, h.indexOf(']('), ), true],
  code_comment: [(s) => '```js\nconst retries = 3; /* ' + s.replace(/\*\//g, '') + ' */\n```', (h) => h.slice(h.indexOf('/* ') + 3, h.lastIndexOf(' */')), false],
  details: [(s) => '<details><summary>build notes</summary>\n' + s + '\n</details>', (h) => h.slice(h.indexOf('\n') + 1, h.lastIndexOf('\n')), true],
};
export const HIDE_NAMES = Object.keys(HIDE);
