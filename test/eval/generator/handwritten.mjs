// Hand-written documents: one-off, messy, real-world shapes (filled in below).
export default function handwritten() { return []; }
