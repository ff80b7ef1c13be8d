// train8r long documents: wrap a block in filler paragraphs so the document is >= 1500 chars
// and the payload sits near the middle (centre between 30% and 70%).
export function longFrame(blk, paragraphs, rnd) {
  const start = Math.floor(rnd() * paragraphs.length);
  const take = (from, count) => Array.from({ length: count }, (_, j) => paragraphs[(from + j) % paragraphs.length]);
  blk.pre = [blk.pre, ...take(start, 4)].join('\n\n');
  blk.post = [...take(start + 4, 4), blk.post].join('\n\n');
}
