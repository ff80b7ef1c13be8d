// Encodings a value can be written in. A span records the raw value and the chain of encodings
// ("json", "b64|indent:4", ...); the validator re-applies the chain and compares with the bytes.

const STEPS = {
  plain: (s) => s,
  json: (s) => JSON.stringify(s).slice(1, -1),            // inside a JSON/JS double-quoted string
  b64: (s) => Buffer.from(s, 'utf8').toString('base64'),
  b64url: (s) => Buffer.from(s, 'utf8').toString('base64url'),
  hex: (s) => Buffer.from(s, 'utf8').toString('hex'),
  HEX: (s) => Buffer.from(s, 'utf8').toString('hex').toUpperCase(),
  pct: (s) => encodeURIComponent(s),
  xml: (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  cstr: (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"'),  // C-like escaping of \ and "
  sq: (s) => s.replace(/'/g, "'\\''"),                        // inside a shell single-quoted string
  nl: (s) => s.replace(/\n/g, '\\n'),                          // newlines written as \n only
  crlf: (s) => s.replace(/\n/g, '\r\n'),
  wrap76: (s) => s.replace(/(.{76})(?=.)/g, '$1\n'),
};

export function encode(raw, enc) {
  let s = raw;
  for (const step of (enc || 'plain').split('|')) {
    const m = /^indent:(\d+)$/.exec(step);
    if (m) { const pad = ' '.repeat(+m[1]); s = s.split('\n').join('\n' + pad); continue; }
    const f = STEPS[step];
    if (!f) throw new Error('unknown encoding step ' + step);
    s = f(s);
  }
  return s;
}
export const ENC_STEPS = Object.keys(STEPS);
