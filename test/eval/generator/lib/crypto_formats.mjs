// Format-level building blocks: checksums and encodings real credentials and identifiers use.
import { createHash } from 'node:crypto';
import { bytes, chars, B62, int } from './rng.mjs';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(str) {
  let c = 0xffffffff;
  for (const b of Buffer.from(str, 'utf8')) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// Base62 with alphabet 0-9A-Za-z, left-padded to `width`.
export function base62(n, width) {
  let s = '';
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, '0');
}

// GitHub-style token: prefix + 30 random base62 + base62(crc32(random part)) in 6 chars.
export function checksummedToken(prefix) {
  const body = chars(B62, 30);
  return prefix + body + base62(crc32(body), 6);
}

export const b64 = (buf) => Buffer.from(buf).toString('base64');
export const b64url = (buf) => Buffer.from(buf).toString('base64url');
export const sha256 = (buf) => createHash('sha256').update(buf).digest();

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58(buf) {
  let n = BigInt('0x' + (Buffer.from(buf).toString('hex') || '0'));
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of buf) {
    if (b !== 0) break;
    s = '1' + s;
  }
  return s;
}
export function base58check(payload) {
  const sum = sha256(sha256(payload)).subarray(0, 4);
  return base58(Buffer.concat([payload, sum]));
}

const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function polymod(values) {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk ^= G[i];
  }
  return chk >>> 0;
}
function convertBits(data, from, to) {
  let acc = 0, bits = 0;
  const out = [];
  for (const v of data) {
    acc = (acc << from) | v;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >>> bits) & ((1 << to) - 1));
    }
  }
  if (bits > 0) out.push((acc << (to - bits)) & ((1 << to) - 1));
  return out;
}
// Segwit v0 bech32 address for a 20-byte program (BIP-173).
export function bech32Address(hrp, program) {
  const data = [0, ...convertBits(program, 8, 5)];
  const hrpExp = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0], [...hrp].map((c) => c.charCodeAt(0) & 31));
  const pm = polymod([...hrpExp, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const sum = [];
  for (let i = 0; i < 6; i++) sum.push((pm >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...sum].map((v) => BECH[v]).join('');
}

// Luhn check digit for a digit string.
export function luhnDigit(partial) {
  let sum = 0;
  const ds = partial.split('').reverse().map(Number);
  ds.forEach((dgt, i) => {
    let v = dgt;
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  });
  return String((10 - (sum % 10)) % 10);
}
export const luhnValid = (num) => luhnDigit(num.slice(0, -1)) === num.slice(-1);

// ISO 13616 check digits for an IBAN with country `cc` and BBAN `bban`.
export function ibanCheck(cc, bban) {
  const rearranged = (bban + cc + '00').toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const mod = BigInt(rearranged) % 97n;
  return String(98n - mod).padStart(2, '0');
}

export const wrap = (s, width) => s.match(new RegExp(`.{1,${width}}`, 'g')).join('\n');
export const randBytes = bytes;
export const rint = int;
