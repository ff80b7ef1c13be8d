// Filling the multilingual sentence templates with spans.
import { PH, LANG_CC, LANG_CULT, CC_PHONE, CC_IBAN } from './phrases.mjs';
import { INFLECTED, splitLead, USERNAMES } from './data.mjs';
import { S, P, L } from './builder.mjs';
import { humanPassword, passphrase } from './secrets.mjs';

export const SSIDS = ['FRITZ!Box 7590 KQ', 'Vodafone-4F2A', 'Casa_Rossi', 'Livebox-8C1E', 'TP-Link_5G_A3', 'Gaeste-WLAN', 'Ziggo7731542', 'MOVISTAR_2F41', 'TIM-29384756',
  'Bbox-51A0C2', 'Telia-9D2E44', 'Keenetic-4411', 'SKYBX7Q2', 'FamNet', 'Penthouse_Guest', 'iot-only', 'ダイアモンド_2G', 'KT_GiGA_5G_3C1B', 'HUAWEI-B535-7AF0'];

// pick a locale for a language: { lang, cc, cult }
export function locale(X, lang) { return { lang, cc: X.pick(LANG_CC[lang] || ['US']), cult: X.pick(LANG_CULT[lang] || ['en_us']) }; }

export function place(X) { return P('LOCATION', X.pick([X.g.neighbourhood(X.r), X.g.village(X.r), X.g.landmark(X.r)])); }

export function personVar(X, loc, kind) {
  const p = X.person(X.chance(0.85) ? loc.cult : undefined);
  if (kind === 'given') return X.pgiven(p);
  return X.pname(p);
}

// build the vars for placeholders used in a template
export function vars(X, loc, tpl, ov = {}, cat) {
  const v = { ...ov };
  const names = [...tpl.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]);
  for (const n of names) {
    if (n in v) continue;
    switch (n) {
      case 'given': v[n] = personVar(X, loc, 'given'); break;
      case 'other': case 'name': v[n] = personVar(X, loc, 'full'); break;
      case 'phone': v[n] = X.phone(CC_PHONE[loc.cc] || loc.cc); break;
      case 'email': v[n] = X.email(X.person(loc.cult)); break;
      case 'addr': v[n] = P('LOCATION', X.addr(loc.cc).street); break;
      case 'city': v[n] = X.city(loc.cc); break;
      case 'place': v[n] = place(X); break;
      case 'date': v[n] = X.date(loc.lang); break;
      case 'price': v[n] = X.price(loc.lang); break;
      case 'iban': v[n] = X.iban(CC_IBAN[loc.cc] || X.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'PL', 'TR', 'GR', 'SA'])); break;
      case 'ref': v[n] = X.L(X.pick(['invoice_number', 'order_number', 'case_number', 'policy_number'])); break;
      case 'pw': v[n] = cat === 'wifi' ? S('WIFI_PASSWORD', X.chance(0.5) ? passphrase(X.r) : humanPassword(X.r)) : S('ACCOUNT_PASSWORD', humanPassword(X.r)); break;
      case 'ssid': v[n] = X.pick(SSIDS); break;
      case 'user': v[n] = X.chance(0.4) ? X.email(X.person(loc.cult)) : X.pick(USERNAMES); break;
      case 'card': v[n] = X.card(); break;
      case 'tracking': v[n] = X.L('tracking_number'); break;
      case 'btc': v[n] = X.btc(); break;
      case 'ip': case 'ipl': {
        const t = INFLECTED[loc.lang]; const raw = X.pick(n === 'ip' ? t.person : t.place);
        let [lead, word] = splitLead(raw); let tail = '';
        if (loc.lang === 'tr' && word.includes("'")) { tail = word.slice(word.indexOf("'")); word = word.slice(0, word.indexOf("'")); }
        v[n] = [lead, P(n === 'ip' ? 'PERSON' : 'LOCATION', word), tail]; break;
      }
      default: break;
    }
  }
  return v;
}
export function say(X, d, loc, cat, ov) {
  const t = X.pick(PH[loc.lang][cat]); d.tpl(t, vars(X, loc, t, ov, cat)); return d;
}
export function sayTpl(X, d, loc, t, ov) { d.tpl(t, vars(X, loc, t, ov)); return d; }
export const hasInflected = (lang) => !!INFLECTED[lang];
export function inflectedLine(X, d, lang) { const t = INFLECTED[lang].tpl; d.tpl(t, vars(X, { lang, cc: 'XX', cult: 'en_us' }, t)); }
