export const HARMFUL = [];
