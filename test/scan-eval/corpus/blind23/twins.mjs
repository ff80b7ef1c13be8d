// Blind round 23 — honest twins: the same tool as a poisoned case with the
// malicious clause removed. Built from the pairs written in poisoned_en.mjs
// and the three non-English modules; 42 English + all non-English twins.
import { twinsEn } from './poisoned_en.mjs';
import { groupA } from './lang_a.mjs';
import { groupB } from './lang_b.mjs';
import { groupC } from './lang_c.mjs';

export const twins = [
  ...twinsEn.slice(0, 42),
  ...groupA.twins,
  ...groupB.twins,
  ...groupC.twins,
];
