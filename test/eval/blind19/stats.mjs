// Generation-side statistics that cannot be read back from the output alone.
export const STATS = { phonePlans: new Map(), secretProseLangs: new Map(), docLangs: new Map(), cultures: new Map(), current: new Set() };
export function bump(map, k, n = 1) { map.set(k, (map.get(k) || 0) + n); }
