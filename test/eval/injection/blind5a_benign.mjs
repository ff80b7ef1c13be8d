// blind5a benign look-alikes: all parts.
import { BENIGN_A } from './blind5a_benign_a.mjs';
import { BENIGN_B } from './blind5a_benign_b.mjs';
import { BENIGN_C } from './blind5a_benign_c.mjs';
import { BENIGN_D } from './blind5a_benign_d.mjs';
export const BENIGN = [...BENIGN_A, ...BENIGN_B, ...BENIGN_C, ...BENIGN_D];
