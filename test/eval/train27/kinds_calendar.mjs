// Calendar invites (ICS) with dial-in details, and agenda listings from a calendar tool.
import { Doc } from './builder.mjs';
import { S, P, L, V, LK, sec, who, nm, mail, tel, pickLoc, phraseLang, J, jt, joinLines } from './common.mjs';
import { PLANS } from './phones.mjs';

const DIAL = [['US', 'United States', ['New York', 'San Jose', 'Chicago', 'Houston']], ['CA', 'Canada', ['Toronto', 'Montréal']], ['GB', 'United Kingdom', ['London']], ['DE', 'Germany', ['Frankfurt', 'Berlin']], ['FR', 'France', ['Paris']], ['NL', 'Netherlands', ['Amsterdam']], ['CH', 'Switzerland', ['Zürich']], ['AT', 'Austria', ['Wien']], ['ES', 'Spain', ['Madrid']], ['IT', 'Italy', ['Milano']], ['SE', 'Sweden', ['Stockholm']], ['PL', 'Poland', ['Warszawa']], ['JP', 'Japan', ['Tokyo']], ['AU', 'Australia', ['Sydney']], ['IN', 'India', ['Mumbai']], ['SG', 'Singapore', ['Singapore']], ['BR', 'Brazil', ['São Paulo']], ['MX', 'Mexico', ['Ciudad de México']], ['IE', 'Ireland', ['Dublin']], ['BE', 'Belgium', ['Brussels']], ['DK', 'Denmark', ['København']], ['NO', 'Norway', ['Oslo']], ['FI', 'Finland', ['Helsinki']], ['HK', 'Hong Kong', ['Hong Kong']], ['KR', 'South Korea', ['Seoul']], ['ZA', 'South Africa', ['Johannesburg']], ['NZ', 'New Zealand', ['Auckland']], ['IL', 'Israel', ['Tel Aviv']], ['AE', 'United Arab Emirates', ['Dubai']], ['CZ', 'Czechia', ['Praha']]];
function dialPhone(r, plan) { let v; for (let i = 0; i < 20; i++) { v = PLANS[plan](r); if (v.startsWith('+')) break; } return v; }
const compact = (v) => v.replace(/[^\d+]/g, '');
const icsTs = (t, r, z = true) => `${t.y}${String(t.m).padStart(2, '0')}${String(t.d).padStart(2, '0')}T${r.pad(r.int(6, 18), 2)}${r.pick(['00', '30', '15'])}00${z ? 'Z' : ''}`;
const icsEsc = (items) => items; // callers escape commas themselves

function conferenceBlock(r, kind, host) {
  const out = [];
  const mid = LK.meetingId(r, kind === 'google' ? 'meet' : kind);
  const digitsId = mid.value.replace(/\D/g, '');
  const pass = S('MEETING_PASSCODE', kind === 'zoom' ? r.pick([r.alnum(6), r.digits(6), r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789*.@', 8)]) : r.pick([r.alnum(6), r.digits(6)]));
  const numPass = S('MEETING_PASSCODE', r.digits(r.pick([6, 8, 9])));
  const dials = r.sample(DIAL, r.int(2, 5));
  if (kind === 'zoom') {
    out.push(`${host} is inviting you to a scheduled Zoom meeting.`, '\\n\\nJoin Zoom Meeting\\nhttps://zoom.corp.example/j/', L('meeting_id', digitsId), '?pwd=', S('MEETING_PASSCODE', r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32) + '.1'), '\\n\\nMeeting ID: ', mid, '\\nPasscode: ', pass, '\\n\\n---\\n\\nOne tap mobile\\n');
    for (const [plan, cn] of dials.slice(0, 2)) { const ph = dialPhone(r, plan); out.push(P('PHONE_NUMBER', compact(ph), { plan }), '\\,\\,', L('meeting_id', digitsId), '#\\,\\,\\,\\,*', S('MEETING_PASSCODE', numPass.value), '# ', cn, '\\n'); }
    out.push('\\n---\\n\\nDial by your location\\n');
    for (const [plan, cn, cities] of dials) out.push('• ', P('PHONE_NUMBER', dialPhone(r, plan), { plan }), ' ', cn, r.chance(0.5) ? ` (${r.pick(cities)})` : '', '\\n');
    out.push('\\nMeeting ID: ', L('meeting_id', mid.value), '\\nPasscode: ', numPass, '\\n');
    if (r.chance(0.5)) out.push('\\nHost key: ', S('MEETING_HOST_KEY', r.digits(6)), '\\n');
  } else if (kind === 'teams') {
    out.push('________________________________________________________________________________\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\nhttps://teams.corp.example/l/meetup-join/19%3ameeting_', r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40), '/0?context=%7b%22Tid%22%3a%22', LK.uuid(r), '%22%7d\\nMeeting ID: ', mid, '\\nPasscode: ', pass, '\\n\\nOr call in (audio only)\\n');
    for (const [plan, cn, cities] of dials) { const ph = dialPhone(r, plan); out.push(P('PHONE_NUMBER', ph, { plan }), '\\,\\,', L('meeting_id', r.digits(9)), '#   ', cn, '\\, ', r.pick(cities), '\\n'); }
    out.push('Phone Conference ID: ', L('meeting_id', `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}#`.slice(0, -1)), '#\\n');
  } else if (kind === 'webex') {
    out.push('Join Webex meeting\\nhttps://corp.webex.example/meet/', r.lower(8), '\\nMeeting number (access code): ', mid, '\\nMeeting password: ', pass, ' (', numPass, ' from phones and video systems)\\n\\nJoin by phone\\n');
    for (const [plan, cn] of dials) out.push(P('PHONE_NUMBER', dialPhone(r, plan), { plan }), ' ', cn, ' Toll\\n');
    if (r.chance(0.6)) out.push('Host key: ', S('MEETING_HOST_KEY', r.digits(6)), '\\n');
  } else {
    out.push('Join with Google Meet: https://meet.corp.example/', mid, '\\n\\nJoin by phone\\n');
    for (const [plan, cn] of dials.slice(0, 3)) out.push('(', plan, ') ', P('PHONE_NUMBER', dialPhone(r, plan), { plan }), ' PIN: ', S('MEETING_PASSCODE', `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`), '#\\n');
  }
  return out;
}

export function calendarInvite(r) {
  const loc = pickLoc(r);
  const d = new Doc('calendar_invite').lang('en');
  const org = V.org(r, phraseLang(loc));
  const orgP = who(r, loc);
  const att = Array.from({ length: r.int(2, 4) }, () => who(r, r.chance(0.6) ? loc : pickLoc(r)));
  const t = V.ymd(r, 2024, 2025);
  const kind = r.pick(['zoom', 'teams', 'webex', 'google']);
  d.add('BEGIN:VCALENDAR\nPRODID:', r.pick(['-//Corp Calendar//EN', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', '-//Groupware 8.1//DE']), '\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n');
  if (r.chance(0.5)) d.add('BEGIN:VTIMEZONE\nTZID:', r.pick(['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Europe/Paris', 'Australia/Sydney']), '\nEND:VTIMEZONE\n');
  d.add('BEGIN:VEVENT\nDTSTART:', L('timestamp', icsTs(t, r)), '\nDTEND:', L('timestamp', icsTs(t, r)), '\nDTSTAMP:', L('timestamp', icsTs(V.ymd(r, 2024, 2024), r)), '\n');
  d.add('ORGANIZER;CN=', nm(orgP, 'full', true), ':mailto:', mail(r, orgP, org.domain), '\n');
  d.add('UID:', LK.eventUid(r), '\n');
  for (const a of att) d.add('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=', r.pick(['REQ-PARTICIPANT', 'OPT-PARTICIPANT']), ';PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=', nm(a, 'full', r.chance(0.5)), ':mailto:', mail(r, a, r.chance(0.6) ? org.domain : undefined), '\n');
  d.add('SUMMARY:', r.pick(['Quarterly review', 'Onboarding – IT setup', 'Jour fixe Buchhaltung', 'Kick-off Büroumzug', 'Steuerberater Termin', 'Interview', 'Elternabend Vorbereitung', 'Contract signing', '定例ミーティング', 'Revisión de presupuesto']), '\n');
  const a = V.address(r, loc, { latin: true });
  d.add('LOCATION:', r.pick(['Room 3.14\\, ', 'Besprechungsraum Elbe\\, ', 'Salle Cézanne\\, ', '']), V.addrItems(a, '\\, '), '\n');
  d.add('DESCRIPTION:', conferenceBlock(r, kind, V.nameMark(orgP, 'full', true)), r.chance(0.5) ? ['\\nWi-Fi for guests: ', S('WIFI_PASSWORD', gen(r)), ' (network ', r.pick(['Guest', 'Corp-Visitor', 'Gäste-WLAN']), ')'] : '', '\n');
  d.add('SEQUENCE:', r.int(0, 3), '\nSTATUS:CONFIRMED\nTRANSP:OPAQUE\n');
  if (r.chance(0.5)) d.add('BEGIN:VALARM\nACTION:DISPLAY\nTRIGGER:-PT', r.pick([10, 15, 30]), 'M\nEND:VALARM\n');
  d.add('END:VEVENT\nEND:VCALENDAR\n');
  return d;
}
import { pwHuman } from './secrets.mjs';
function gen(r) { return pwHuman(r, r.pick(['en', 'de', 'fr', 'es'])); }

// ---------------------------------------------------------------- agenda listings
export function calendarAgenda(r) {
  const loc = pickLoc(r);
  const d = new Doc('calendar_agenda');
  const owner = who(r, loc);
  const org = V.org(r, phraseLang(loc));
  const ownerMail = mail(r, owner, org.domain);
  if (r.chance(0.5)) {
    d.lang('en');
    const items = [];
    for (let i = 0; i < r.int(2, 3); i++) {
      const t = V.ymd(r, 2025, 2025);
      const a1 = who(r, r.chance(0.6) ? loc : pickLoc(r)), a2 = who(r, pickLoc(r));
      const kind = r.pick(['zoom', 'teams', 'google']);
      const mid = LK.meetingId(r, kind === 'google' ? 'meet' : kind);
      const plan = r.pick(DIAL)[0];
      const ph = dialPhone(r, plan);
      const a1m = mail(r, a1, org.domain);
      const midDigits = () => (kind === 'google' ? L('meeting_id', mid.value) : L('meeting_id', mid.value.replace(/\D/g, '')));
      const ev = {
        kind: 'calendar#event', etag: LK.etag(r), id: L('event_uid', r.loweralnum(26)), status: 'confirmed',
        created: V.tsMark(r), updated: V.tsMark(r),
        summary: r.pick(['1:1', 'Budget 2025', 'Vendor call', 'Lunch', 'Dentist', 'Parent-teacher meeting', 'Flat viewing', 'Offsite planning']),
        description: r.chance(0.6) ? jt(r.pick(['Dial-in PIN ', 'Passcode: ', 'pw ']), S('MEETING_PASSCODE', r.digits(r.pick([6, 9]))), r.chance(0.5) ? [' / host key ', S('MEETING_HOST_KEY', r.digits(6))] : '') : undefined,
        location: r.chance(0.5) ? jt(V.addrItems(V.address(r, pickLoc(r), { latin: true }), ', ')) : undefined,
        creator: { email: ownerMail, self: true },
        organizer: { email: a1m, displayName: nm(a1, 'full', true) },
        start: { dateTime: V.tsMark(r, t), timeZone: r.pick(['Europe/Berlin', 'America/Chicago', 'Asia/Seoul', 'Europe/Madrid']) },
        end: { dateTime: V.tsMark(r, t) },
        attendees: [{ email: ownerMail, self: true, responseStatus: 'accepted' }, { email: a1m, displayName: nm(a1, 'full', true), organizer: true, responseStatus: 'accepted' }, { email: mail(r, a2), displayName: nm(a2, 'full', r.chance(0.7)), responseStatus: r.pick(['needsAction', 'tentative']) }],
        conferenceData: { entryPoints: [{ entryPointType: 'video', uri: jt(`https://${kind === 'google' ? 'meet' : kind}.corp.example/`, midDigits()), label: jt(mid) }, { entryPointType: 'phone', uri: jt('tel:', P('PHONE_NUMBER', ph.replace(/ /g, '-'), { plan })), label: P('PHONE_NUMBER', ph, { plan }), pin: S('MEETING_PASSCODE', r.digits(9)), regionCode: plan }], conferenceId: midDigits() },
      };
      items.push(ev);
    }
    d.add(J({ kind: 'calendar#events', summary: ownerMail, updated: V.tsMark(r), timeZone: 'Europe/Berlin', items }, { indent: r.pick([2, 2, 0]), ascii: r.chance(0.15) }), '\n');
  } else {
    const lang = phraseLang(loc);
    d.lang(lang === 'de' || lang === 'fr' || lang === 'ja' ? lang : 'en');
    const days = { de: ['Montag', 'Dienstag', 'Mittwoch'], fr: ['lundi', 'mardi', 'mercredi'], ja: ['月曜日', '火曜日', '水曜日'] }[lang] || ['Monday', 'Tuesday', 'Wednesday'];
    d.add(r.pick(['Agenda for ', 'Termine: ', 'Calendar – ']), nm(owner, 'full'), ' <', ownerMail, '>\n\n');
    const base = V.ymd(r, 2025, 2025); base.d = Math.min(base.d, 25);
    for (let i = 0; i < r.int(2, 3); i++) {
      d.add('## ', days[i], ', ', L('date', V.fmtDate(r, loc, { ...base, d: base.d + i }, true)), '\n');
      for (let j = 0; j < r.int(2, 4); j++) {
        const p = who(r, r.chance(0.7) ? loc : pickLoc(r));
        const f = r.int(0, 4);
        const h0 = 8 + j * 2 + r.int(0, 1); d.add(`${r.pad(h0, 2)}:${r.pick(['00', '30'])}–${r.pad(h0 + 1, 2)}:${r.pick(['00', '15', '45'])}  `);
        if (f === 0) d.add('Call with ', nm(p, 'full'), ' (', tel(r, p.loc), ')');
        else if (f === 1) { const k = r.pick(['zoom', 'teams']); d.add(r.pick(['Weekly sync', 'Jour fixe', 'Review']), ' – ', k, ' ID ', LK.meetingId(r, k), ', ', r.pick(['passcode ', 'Kenncode ', 'code ']), S('MEETING_PASSCODE', r.alnum(6))); }
        else if (f === 2) d.add('Lunch with ', nm(p, 'given'), ' @ ', V.addrItems(V.address(r, loc), ', '));
        else if (f === 3) d.add('Flight ', LK.flightNumber(r), ' to ', V.cityMark(r, pickLoc(r), true), ', booking ', LK.bookingRef(r));
        else d.add('Pick up parcel – locker code ', S('PARCEL_LOCKER_PIN', r.digits(6)), ', ', LK.trackingNumber(r));
        d.add('\n');
      }
      d.add('\n');
    }
  }
  return d;
}
