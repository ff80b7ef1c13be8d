// Independent checks of the generated set: every labelled value of a checksummed kind must pass
// its validator, and every invalid_* look-alike must fail it. Run by generate.mjs; also usable
// alone: node validate.mjs ../test.jsonl ../dev.jsonl
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { crc32, base62 } from './lib/crypto_formats.mjs';

const digitsOf = (s) => s.replace(/[^0-9]/g, '');
export function luhn(num) {
  let sum = 0;
  [...num].reverse().forEach((ch, i) => {
    let v = Number(ch);
    if (i % 2) { v *= 2; if (v > 9) v -= 9; }
    sum += v;
  });
  return num.length >= 12 && sum % 10 === 0;
}
export function ibanOk(s) {
  const c = s.replace(/ /g, '');
  const r = (c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (x) => String(x.charCodeAt(0) - 55));
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c) && BigInt(r) % 97n === 1n;
}
export function ssnOk(s) {
  const d = digitsOf(s);
  if (d.length !== 9) return false;
  const a = Number(d.slice(0, 3)), g = Number(d.slice(3, 5)), n = Number(d.slice(5));
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && n !== 0;
}
function nhsOk(s) {
  const d = digitsOf(s).split('').map(Number);
  if (d.length !== 10) return false;
  const check = 11 - (d.slice(0, 9).reduce((a, x, i) => a + x * (10 - i), 0) % 11);
  return (check === 11 ? 0 : check) === d[9];
}
function deaOk(s) {
  const d = s.slice(2).split('').map(Number);
  return /^[A-Z]{2}\d{7}$/.test(s) && ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 === d[6];
}
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function btcOk(s) {
  if (s.startsWith('bc1')) return /^bc1q[02-9ac-hj-np-z]{38}$/.test(s);
  let n = 0n;
  for (const ch of s) { const i = B58.indexOf(ch); if (i < 0) return false; n = n * 58n + BigInt(i); }
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  let buf = Buffer.from(hex, 'hex');
  for (const ch of s) { if (ch !== '1') break; buf = Buffer.concat([Buffer.from([0]), buf]); }
  if (buf.length !== 25) return false;
  const sum = createHash('sha256').update(createHash('sha256').update(buf.subarray(0, 21)).digest()).digest();
  return sum.subarray(0, 4).equals(buf.subarray(21));
}
function githubOk(s) {
  const m = s.match(/^(ghp|gho|ghs|ghu|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/);
  return !!m && base62(crc32(m[2]), 6) === m[3];
}
function jwtOk(s) {
  const [h, p, sig] = s.split('.');
  try { return !!sig && typeof JSON.parse(Buffer.from(h, 'base64url')).alg === 'string' && !!JSON.parse(Buffer.from(p, 'base64url')); } catch { return false; }
}

const VALID = {
  CREDIT_CARD: (v) => luhn(digitsOf(v)), IBAN_CODE: ibanOk, US_SSN: ssnOk, UK_NHS: nhsOk,
  MEDICAL_LICENSE: deaOk, CRYPTO: btcOk, JWT: jwtOk,
  GITHUB_PERSONAL_ACCESS_TOKEN: githubOk, GITHUB_OAUTH_TOKEN: githubOk, GITHUB_APP_TOKEN: githubOk, NPM_TOKEN: githubOk,
  AWS_ACCESS_KEY: (v) => /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v),
  GITHUB_FINE_GRAINED_PAT: (v) => /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(v),
  ANTHROPIC_API_KEY: (v) => /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/.test(v),
  SLACK_BOT_TOKEN: (v) => /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/.test(v),
  PRIVATE_KEY: (v) => /-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----/.test(v) && /-----END [A-Z ]*PRIVATE KEY( BLOCK)?-----/.test(v),
  US_ITIN: (v) => { const d = digitsOf(v); const g = Number(d.slice(3, 5)); return d[0] === '9' && ((g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99)); },
};
const INVALID = { invalid_card: (v) => !luhn(digitsOf(v)), invalid_iban: (v) => !ibanOk(v), invalid_ssn: (v) => !ssnOk(v) };

export function validateFile(file) {
  const errors = [];
  for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
    const doc = JSON.parse(line);
    const buf = Buffer.from(doc.text_b64url, 'base64url');
    for (const l of doc.labels) {
      const v = buf.subarray(l.start, l.end).toString();
      if (VALID[l.entity] && !VALID[l.entity](v)) errors.push(`${doc.id}: ${l.entity} at ${l.start} fails its validator`);
      if (v !== v.trim()) errors.push(`${doc.id}: ${l.entity} at ${l.start} has surrounding whitespace`);
    }
    for (const l of doc.lookalikes) {
      const v = buf.subarray(l.start, l.end).toString();
      if (INVALID[l.what] && !INVALID[l.what](v)) errors.push(`${doc.id}: ${l.what} at ${l.start} is actually valid`);
    }
  }
  return errors;
}

if (process.argv[1] && process.argv[1].endsWith('validate.mjs')) {
  let bad = 0;
  for (const f of process.argv.slice(2)) {
    const errs = validateFile(f);
    errs.forEach((e) => console.error(e));
    bad += errs.length;
  }
  console.error(bad ? `${bad} problems` : 'all labelled values pass their validators');
  process.exit(bad ? 1 : 0);
}
