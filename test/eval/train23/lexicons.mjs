import * as eu from './lex_eu.mjs';
import * as cyr from './lex_cyr.mjs';
import * as asia from './lex_asia.mjs';
import { en } from './lex_en.mjs';
export const LANGS = { en, ...eu, ...cyr, ...asia };
export const LANG_CODES = Object.keys(LANGS);
