// Prose document kinds: people and places without structural cues.
import { Doc, P, L, S } from './builder.mjs';
import { Prose } from './prose.mjs';
import { LANGS, CORE_LANGS, PROSE_LANGS } from './lang.mjs';
import * as LK from './lookalikes.mjs';
import { phoneTok, emailTok } from './pii.mjs';
import { streetLine as street } from './places.mjs';

const EN = {
  obitHead: ['{P1}', 'OBITUARY: {P1}', 'In loving memory of {P1}', '{F1}, {G1}', 'Deaths — {P1} ({Y}–{Y})'],
  obitBody: ['{P1} died peacefully at home in {town} surrounded by family.', 'Known to generations of pupils as Mrs {F1}, [1:he|she] taught at the primary school in {town} for thirty-one years.',
    'A keen walker, {G1} knew every stile between {town} and the {river}.', '{G1} never lost the accent of {region}, nor the habit of calling everyone "pet".',
    'In later years {G1} and {G2} wintered in {country}, returning each spring to {hood}.', '[1:He|She] served as churchwarden at St Aidan\'s and sang with the {town} Choral Society.'],
  obitTail: ['A service will be held at St Aidan\'s, {town}, on {D} at 11 a.m. Family flowers only; donations to the hospice c/o {P7}, funeral director.', 'Enquiries to {P7} on {PH7}.', 'The funeral is at {town} crematorium on {D}. All welcome afterwards at the Crown.'],
  news: ['Residents of {hood} say the closure of the post office has left them travelling to {town} for basic services.', '{P1}, 54, who has lived on the estate since {Y}, said: "We were promised a bus."',
    'Police are appealing for witnesses after a van was stolen from a driveway in {town} on {D}.', 'The footbridge over the {river} near {town} will stay shut until at least {D}, {P1} of the highways team confirmed.',
    'A spokesperson for {P1}\'s family thanked the crews from {city} who searched overnight.', 'Plans for 120 homes on farmland between {town} and {town} were approved by six votes to four.',
    '{P1} and {P2} have run the village shop in {town} for nineteen years and plan to retire to {region}.', 'Schoolchildren from {town} raised {PRICE} for the lifeboat station, presenting the cheque to coxswain {P3}.'],
  school: ['{P1} has made excellent progress in mathematics this term and should be proud of [1:his|her] project on the {river}.', 'Congratulations to {P1}, {P2} and {P3}, who represented the school at the regional quiz in {city}.',
    'Year 6 visited {town} museum; thanks to {P4}\'s dad for driving the minibus.', '{G1} reads fluently but needs to show working in written answers ({PCT} on the last test).', 'Our new teaching assistant, {P5}, joins us from a school near {town}.',
    '⟦Young⟧ readers\' award: {P1}, for a review of a book set in {region}.', 'Mr {F6} will lead the trip to {city} on {D}; please return slips to {P7}.'],
  sports: ['{town} {SCORE} {city}: {P1} opened the scoring after twelve minutes and {P2} added a second before the break.', '{P1} won the women\'s 10K in {TIME}, ahead of {P2} ({TIME}) and {P3} of {city} Harriers.',
    'Man of the match: {P1}. Yellow cards: {P2}, {P3}.', 'Under-12s: {town} Juniors {SCORE} {hood} Rovers. Goals from {G1}, {G2} and a late header by {G3}.', 'Bowls: the pairs title went to {P1} and {P2} of {town} BC.',
    'Chess: {P1} held the {region} champion {P2} to a draw in a rook ending.', '⟦Long⟧ delays on the {river} road meant {P1} arrived at the ground at half-time.'],
  church: ['⟦Hope⟧ to see many of you at the harvest supper on {D}.', 'Readings this Sunday: {BIBLE} (read by {P1}) and {BIBLE} (read by {P2}). Hymns {HYMN}, {HYMN} and {HYMN}.',
    'Please keep in your prayers {P1}, {P2} and {P3}, and all who are sick in {town}.', 'The flower rota for next month: {GL4}.', '⟦Grace⟧ will be said by Revd {P4} before the parish lunch.',
    'Baptised: {P5}, daughter of {P6} and {P7} of {hood}.', 'Our thanks to {WN8} for decorating the porch; ⟦Rose⟧ petals are not to be thrown inside please.', 'The choir travels to {city} cathedral on {D} — coach leaves the lych gate at 8.'],
  club: ['Minutes of the last committee were approved; {P1} (chair) thanked {P2} for the new website.', 'Walk report: 14 of us set out from {town} towards the {river}; {G3} led, {G4} brought up the rear with the dog.',
    'Membership fees ({PRICE}) are due by {D} — pay {P5}.', 'Congratulations to {WN6} on finishing the coast-to-coast.', '⟦Mark⟧ the date: our annual dinner is at the Red Lion in {town} on {D}.',
    'Next month\'s speaker is {P7}, who will talk about birds of {region}.', '⟦Summer⟧ outing to {city} — names to {P8} please.', '⟦Frank⟧ discussion followed about moving meetings to {hood}.'],
  review: ['We stayed three nights near {town}. {G1} on reception upgraded us without being asked.', 'The waiter, {G1}, recommended the trout from the {river}; it was superb.', 'Would not recommend. {P1} the manager refused a refund and {P2} never called back.',
    'Lovely B&B run by {P1} and {P2}, ten minutes\' walk from the centre of {town}.', 'Book club notes: {P3}\'s novel, set between {city} and {country}, divided us ({PAGE} onwards drags).', 'Five stars for {G4} at the bike shop in {hood} — fixed a puncture for {PRICE}.'],
  podcast: ['[{T}] {G1}: so you grew up near {town}?', '[{T}] {G2}: yeah, until I was about nine, then we moved to {city}.', '[{T}] {G1}: and that\'s where you met {P3}?', '[{T}] {G2}: no no, I met {G3} in {country}, on a ferry, long story.',
    '[{T}] {G1}: shout-out to {P4} who sent us a voice note from {hood}.', '[{T}] {G2}: my nan, {P5}, still lives by the {river}, she listens every week.', '[{T}] {G1}: we\'re recording this in {city} on {D}, by the way.'],
  minutes: ['Present: {L4}. Apologies: {L2}.', 'Cllr {P1} declared an interest in item 4 (land adjoining {town} road).', 'Resolved that the clerk, {P2}, writes to the county about flooding by the {river}.',
    '{P3} of {hood} addressed the council regarding dog fouling near the school.', 'The chair, {P4}, thanked {P5} for 22 years of service.', 'Next meeting: {D}, village hall, {town}.'],
  court: ['Before: HHJ {P1}. Claimant: {P2} (in person). Defendant: {P3}, represented by {P4} of counsel.', 'The claimant, who lives in {hood}, {city}, says that the defendant\'s dog escaped through a gap in the hedge.',
    '{P5}, a neighbour, gave evidence that she saw the defendant\'s car outside {town} station at 7pm.', 'Judgment was given for the claimant in the sum of {PRICE}. Case reference {CASE}.', 'The witness {P6} had moved from {country} to {town} in {Y} and gave evidence through an interpreter.'],
  bio: ['{P1} (born {Y}) is a {NAT} cellist and teacher.', 'Born in {town}, {region}, [1:he|she] studied in {city} under {P2} before moving to {country}.', '[1:His|Her] debut recording, made with pianist {P3}, was released in {Y}.',
    '{F1} married the architect {P4} in {Y}; they live near {town}.', 'In {Y} {G1} founded a festival on the banks of the {river} with {P5} and {P6}.', '{F1}\'s students include {L3}.'],
  genealogy: ['{P1} b. {Y} {town}, d. {Y} {city}; m. {P2} ({Y}), dau. of {P3} and {P4}.', 'Children: {L3}.', 'Note: the 1911 census has the family at {ST}, {town}; {G1} listed as "coal miner".',
    '{G2}\'s brother {P5} emigrated to {country} and is buried near {town}.', 'Source: parish register of St Mary, {town}, entry {N}. Transcribed by {P6}.', 'Possibly the same {F1} who farmed by the {river} — check with cousin {P7}.'],
  novel: ['{G1} stood at the window watching the rain come in off the {river}.', '"You should have stayed in {city}," {G2} said, not turning round.', 'It had been nine years since {G1} left {town}, and nothing had changed except the bakery.',
    'Somewhere below, {P3} was arguing with the landlord about the boiler again.', 'She thought of her grandmother, {P4}, who had crossed from {country} with one suitcase.', '{G1} laughed. "{G3} says hello, by the way. And {G4}."', '⟦Dawn⟧ came grey over the rooftops of {hood}.'],
};
const NAT = ['Welsh', 'Kenyan', 'Portuguese', 'Canadian', 'Korean', 'Irish', 'Ghanaian', 'Chilean', 'Norwegian'];

function enRender(x, frame, extra = {}) {
  let f = frame.replace('{NAT}', x.r.pick(NAT)).replace('{T}', `${String(x.r.int(60)).padStart(2, '0')}:${String(x.r.int(60)).padStart(2, '0')}`);
  const parts = [];
  const segs = f.split(/(\{ST\}|\{CASE\}|\{PH\d\})/);
  for (const s of segs) {
    if (s === '{ST}') parts.push(P('LOCATION', street(x.r, 'GB')));
    else if (s === '{CASE}') parts.push(LK.caseNumber(x.r));
    else if (/^\{PH\d\}$/.test(s)) parts.push(phoneTok(x.r, x.get(s[3]).culture));
    else if (s) parts.push(...x.render(s));
  }
  return parts;
}
function fillEnglish(doc, x, frames, { min = 5, max = 10, target = 1400 } = {}) {
  const order = x.r.shuffle(frames); let i = 0; const n = x.r.range(min, max);
  while (i < n && doc.bytes < target) { doc.add(enRender(x, order[i % order.length]), x.r.chance(0.25) ? '\n\n' : ' '); i++; if (i % order.length === 0 || x.r.chance(0.45)) x.reset(); }
}
function multiBody(doc, x, groups, n) {
  for (let i = 0; i < n && doc.bytes < 3000; i++) { if (i && x.r.chance(0.6)) x.reset(); doc.add(x.frame(x.r.pick(groups)), x.r.chance(0.3) ? '\n' : ' '); }
}

// ---- kinds
export function obituary(r) {
  const d = new Doc('obituary');
  if (r.chance(0.45)) {
    const x = new Prose(r, 'en'); d.lang('en');
    d.add(enRender(x, r.pick(EN.obitHead)), '\n\n'); fillEnglish(d, x, [...EN.obitBody, ...LANGS.en.life], { min: 3, max: 6 });
    d.add('\n\n', x.frame('family'), '\n\n', enRender(x, r.pick(EN.obitTail)));
    if (r.chance(0.5)) d.add('\n\n— ', enRender(x, `{town} Gazette, {D}`));
    return d;
  }
  const lang = r.pick(CORE_LANGS.filter((l) => l !== 'en').concat(['th', 'ka', 'hy', 'am', 'bn', 'ta'])); const x = new Prose(r, lang); d.lang(lang);
  d.add(LANGS[lang].head.obit, '\n\n', x.render('{P1}'), '\n\n'); multiBody(d, x, ['life'], r.range(2, 3)); x.reset();
  d.add('\n\n'); x.set(1, x.get(1)); d.add(x.frame('family'), '\n\n', LK.date(r), ' · ', x.render('{town}'));
  return d;
}
function simpleEnMulti(kind, enKey, groups, headKey) {
  return (r) => {
    const d = new Doc(kind);
    if (r.chance(0.55)) {
      const x = new Prose(r, 'en'); d.lang('en');
      const heads = { news: ['{town}: {N} things to know this week', 'Bridge row in {town}', 'LOCAL NEWS — {region}', 'Village shop to close after 19 years'], school: ['{town} Primary — end of term report', 'Newsletter, {D}', 'Report for {P1}, Year {N}'],
        sports: ['Weekend results', 'SPORT — {region} roundup', 'Results and fixtures ({D})'], church: ['St Aidan\'s, {town} — weekly notices', 'PARISH NEWS', 'The Lych Gate, {D}'], club: ['{town} Ramblers — newsletter', 'Camera club news', 'Allotment society bulletin, {D}'],
        review: ['★★★★☆ "Lovely stay"', 'Reviews (12)', '★☆☆☆☆ Avoid'], podcast: ['Transcript — episode {N}: "Going home"', 'Auto-generated transcript'], minutes: ['{town} Parish Council — minutes of meeting held {D}', 'MINUTES'], court: ['IN THE COUNTY COURT AT {city}', 'Judgment (approved)'],
        bio: ['{P1}', '{P1} — biography', 'Early life'], genealogy: ['Family notes — the {F1}s of {town}', 'GEDCOM notes', 'Research log'], novel: ['Chapter {N}', '— {N} —', 'Part Two: {city}'] }[enKey];
      d.add(enRender(x, r.pick(heads)), '\n\n');
      if (enKey === 'podcast' || enKey === 'minutes' || enKey === 'genealogy') { const fr = r.shuffle(EN[enKey]); for (const f of fr) { if (d.bytes > 2800) break; d.add(enRender(x, f), '\n'); } }
      else fillEnglish(d, x, [...EN[enKey], ...(groups.includes('life') ? LANGS.en.life : []), ...(groups.includes('event') ? LANGS.en.event : [])], { min: 6, max: 14, target: r.range(1000, 2800) });
      if (enKey === 'news' && r.chance(0.7)) d.add('\n\nBy ', x.render('{P9}'), r.chance(0.5) ? [' · ', LK.date(r)] : '');
      if (enKey === 'review' && r.chance(0.6)) d.add('\n\nStayed ', LK.date(r), ' · booking ', LK.bookingReference(r));
      return d;
    }
    const lang = r.pick(headKey === 'minutes' ? CORE_LANGS : PROSE_LANGS.filter((l) => l !== 'en')); const x = new Prose(r, lang); d.lang(lang);
    if (headKey === 'obit' && kind === 'genealogy') d.add(x.render('{F1}'), ` (${r.range(1840, 1900)}–${r.range(1950, 2010)})`, '\n\n');
    else d.add(LANGS[lang].head[headKey], r.chance(0.5) ? [' — ', LK.date(r)] : '', '\n\n');
    multiBody(d, x, groups, r.range(4, 9));
    if (r.chance(0.5)) d.add('\n\n— ', x.render('{P9}'));
    return d;
  };
}
export const news = simpleEnMulti('news', 'news', ['event', 'life'], 'news');
export const school_report = simpleEnMulti('school_report', 'school', ['event'], 'notice');
export const sports_results = simpleEnMulti('sports_results', 'sports', ['event'], 'news');
export const church_newsletter = simpleEnMulti('church_newsletter', 'church', ['event', 'family'], 'notice');
export const club_newsletter = simpleEnMulti('club_newsletter', 'club', ['event', 'life'], 'notice');
export const review = simpleEnMulti('review', 'review', ['event'], 'news');
export const podcast_transcript = simpleEnMulti('podcast_transcript', 'podcast', ['chat', 'life'], 'news');
export const council_minutes = simpleEnMulti('council_minutes', 'minutes', ['event'], 'minutes');
export const court_record = simpleEnMulti('court_record', 'court', ['life', 'family'], 'minutes');
export const biography = simpleEnMulti('biography', 'bio', ['life', 'family'], 'news');
export const genealogy = simpleEnMulti('genealogy', 'genealogy', ['life', 'family'], 'obit');
export const novel_excerpt = simpleEnMulti('novel_excerpt', 'novel', ['life', 'chat'], 'news');
