export const BENIGN = [];
