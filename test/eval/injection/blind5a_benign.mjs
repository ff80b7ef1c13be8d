// blind5a benign look-alikes: both parts.
import { BENIGN_A } from './blind5a_benign_a.mjs';
import { BENIGN_B } from './blind5a_benign_b.mjs';
export const BENIGN = [...BENIGN_A, ...BENIGN_B];
