// Seeded randomness: every random choice in the generator goes through faker's seeded generator,
// so one seed always yields the same set (faker is pinned in package-lock.json).
import {
  faker, fakerDE, fakerFR, fakerEN_GB, fakerEN_IN, fakerPT_BR, fakerJA, fakerES, fakerIT,
  fakerNL, fakerEN_AU, fakerES_MX, fakerEN_CA, fakerPL,
} from '@faker-js/faker';

export const locales = {
  US: faker, DE: fakerDE, FR: fakerFR, GB: fakerEN_GB, IN: fakerEN_IN, BR: fakerPT_BR, JP: fakerJA,
  ES: fakerES, IT: fakerIT, NL: fakerNL, AU: fakerEN_AU, MX: fakerES_MX, CA: fakerEN_CA, PL: fakerPL,
};

export function seedAll(seed) {
  let i = 0;
  for (const f of Object.values(locales)) f.seed(seed * 131 + i++);
}

export const f = faker;
export const int = (min, max) => faker.number.int({ min, max });
export const pick = (arr) => arr[int(0, arr.length - 1)];
export const bool = (p = 0.5) => faker.number.float({ min: 0, max: 1 }) < p;
export const chars = (alphabet, n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[int(0, alphabet.length - 1)];
  return s;
};
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const HEXU = '0123456789ABCDEF';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const B62 = DIGITS + UPPER + LOWER;
export const ALNUM = UPPER + LOWER + DIGITS;
export const B64 = UPPER + LOWER + DIGITS + '+/';
export const B64URL = UPPER + LOWER + DIGITS + '-_';
export const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const digits = (n) => chars(DIGITS, n);
export const hex = (n) => chars(HEX, n);
export const alnum = (n) => chars(ALNUM, n);
// Random bytes from the seeded generator.
export const bytes = (n) => Buffer.from(Array.from({ length: n }, () => int(0, 255)));
export const shuffle = (arr) => faker.helpers.shuffle(arr);
export const localeFor = (cc) => locales[cc] || faker;
