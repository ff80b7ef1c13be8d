// Running prose in many languages: sentences that carry people, places, phones and occasionally a secret.
import { J, pii } from './doc.mjs';
import { Person, phone, city, country, street, address, email, streetWhere, cityWhere } from './values.mjs';
const cjkLoc = (r, cc) => pii('LOCATION', cityWhere(r, cc, (c) => /[市]$/.test(c)) + streetWhere(r, cc, (v) => /丁目|号/.test(v)));

// culture / place / phone plan that fit each language
export const LANGS = {
  en: { cultures: ['en_us', 'en_gb', 'ga', 'in_lat', 'ng', 'sw'], cc: ['US', 'GB', 'AU', 'CA', 'KE', 'NG'] },
  de: { cultures: ['de', 'tr', 'pl'], cc: ['DE'] },
  fr: { cultures: ['fr', 'ar_lat'], cc: ['FR', 'CA'] },
  es: { cultures: ['es'], cc: ['ES', 'MX'] },
  it: { cultures: ['it'], cc: ['IT'] },
  pt: { cultures: ['pt_br'], cc: ['BR'] },
  nl: { cultures: ['nl'], cc: ['NL'] },
  pl: { cultures: ['pl'], cc: ['PL'] },
  sv: { cultures: ['sv', 'fi'], cc: ['SE'] },
  ru: { cultures: ['ru', 'uk'], cc: ['RU'] },
  ja: { cultures: ['ja'], cc: ['JP'] },
  zh: { cultures: ['zh'], cc: ['CN'] },
  ko: { cultures: ['ko'], cc: ['KR'] },
  tr: { cultures: ['tr'], cc: ['TR'] },
  el: { cultures: ['el'], cc: ['GB', 'DE'] },
  ar: { cultures: ['ar'], cc: ['GB', 'FR'] },
  hi: { cultures: ['hi'], cc: ['IN'] },
};
export const LANG_KEYS = Object.keys(LANGS);
export function personFor(r, lang) { return new Person(r, r.pick(LANGS[lang].cultures)); }
export function ccFor(r, lang) { return r.pick(LANGS[lang].cc); }
const PLAN = (cc) => ({ US: 'US', GB: 'GB', AU: 'AU', CA: 'CA', KE: 'KE', NG: 'NG', DE: 'DE', FR: 'FR', ES: 'ES', MX: 'MX', IT: 'IT', BR: 'BR', NL: 'NL', PL: 'PL', SE: 'SE', RU: 'RU', JP: 'JP', CN: 'CN', KR: 'KR', TR: 'TR', IN: 'IN' }[cc] || 'GB');
export const phoneFor = (r, cc, form) => phone(r, PLAN(cc), form);

// a paragraph of prose about people and places
export function proseParagraph(r, lang) {
  const a = personFor(r, lang), b = personFor(r, lang), cc = ccFor(r, lang), cc2 = r.pick(['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'JP', 'BR', 'MX', 'PL', 'NL', 'SE', 'IN', 'KR', 'TR', 'RU', 'CN', 'AU', 'KE', 'NG']);
  const P = (p, s) => p.P(s || r.pickw([[6, 'full'], [1, 'lower'], [1, 'upper'], [2, 'given']]));
  const T = {
    en: [
      () => J`Last spring ${P(a, 'full')} left ${city(r, cc)} for a job in ${city(r, cc2)}, ${country(r, cc2)}. ${P(b, 'full')}, who had shared a flat with her at ${street(r, cc)}, still forwards the post and can be reached on ${phoneFor(r, cc)}.`,
      () => J`According to the neighbours, ${P(a)} and ${P(b)} opened the bakery on ${street(r, cc)} in ${city(r, cc)} before moving to ${country(r, cc2)}.`,
      () => J`we met ${P(a, 'lower')} at the station in ${city(r, cc)}; ${P(b, 'given')} drove us out to ${street(r, cc)} afterwards.`,
      () => J`The inspection report was signed by ${P(a, 'full')} (${country(r, cc)}) and countersigned by ${P(b, 'upper')}; copies went to the site office at ${street(r, cc)}, ${city(r, cc)}.`,
      () => J`Nobody expected ${P(a, 'given')} to stay in ${city(r, cc2)} for long, but three winters later she still rents the attic above the pharmacy on ${street(r, cc2)}.`,
      () => J`If ${P(a, 'full')} calls again, tell her that ${P(b, 'full')} is travelling between ${city(r, cc)} and ${city(r, cc2)} until the end of the month.`,
      () => J`The quiz was won by ${P(a, 'lower')} from ${city(r, cc)}, with ${P(b)} a close second.`,
      () => J`Dear diary — ${P(a, 'given')} finally answered. She lives near ${city(r, cc2)} now, ${country(r, cc2)}, and gave me her new number: ${phoneFor(r, cc2, 'intl')}.`,
      () => J`${P(a, 'full')} (née ${P(b, 'family')}) was born in ${city(r, cc)} and emigrated to ${country(r, cc2)} in her twenties.`,
    ],
    de: [
      () => J`Die Hausverwaltung (${P(a, 'full')}) bittet alle Mieter der ${street(r, 'DE')}, den Keller bis Freitag zu räumen. Rückfragen an ${P(b, 'upper')}.`,
      () => J`${P(a, 'given')} hat die Wohnung in ${city(r, 'DE')} gekündigt und zieht zu ihrer Schwester nach ${country(r, cc2)}.`,
      () => J`Am Montag traf sich ${P(a, 'full')} mit ${P(b, 'full')} in ${city(r, 'DE')}, um über den Umzug in die ${street(r, 'DE')} zu sprechen. ${P(b, 'given')} ist unter ${phoneFor(r, 'DE')} erreichbar.`,
      () => J`Frau ${P(a, 'family')} aus ${city(r, 'DE')} hat sich beschwert, weil das Paket an ${street(r, 'DE')} statt nach ${city(r, cc2)} (${country(r, cc2)}) ging.`,
      () => J`laut ${P(a, 'lower')} wohnt ${P(b, 'full')} inzwischen in ${city(r, cc2)}.`,
    ],
    fr: [
      () => J`Le dossier de ${P(a, 'upper')} a été transmis à l'agence de ${city(r, 'FR')} ; contactez ${P(b, 'given')} au ${phoneFor(r, 'FR')} pour le rendez-vous.`,
      () => J`hier soir ${P(a, 'lower')} nous a raconté son déménagement de ${city(r, cc2)} vers ${city(r, 'FR')}.`,
      () => J`${P(a, 'full')} a quitté ${city(r, 'FR')} en mars pour rejoindre ${P(b, 'full')} à ${city(r, cc2)}. Leur ancienne adresse, ${street(r, 'FR')}, reste valable jusqu'à fin juin ; téléphone : ${phoneFor(r, 'FR')}.`,
      () => J`Selon ${P(a)}, la réunion aura lieu à ${city(r, 'FR')}, au ${street(r, 'FR')}, en présence de ${P(b)}.`,
    ],
    es: [
      () => J`La reunión de vecinos de ${street(r, 'ES')} la convoca ${P(a, 'full')}; si no podéis ir, avisad a ${P(b, 'given')} en el ${phoneFor(r, 'ES')}.`,
      () => J`${P(a, 'upper')} nació en ${city(r, 'MX')} y estudió en ${city(r, cc2)}, ${country(r, cc2)}.`,
      () => J`${P(a, 'full')} vive desde hace dos años en ${street(r, 'ES')}, en ${city(r, 'ES')}. Su hermana, ${P(b, 'full')}, se mudó a ${city(r, cc2)} (${country(r, cc2)}) y su móvil es el ${phoneFor(r, 'ES')}.`,
      () => J`Ayer ${P(a)} llamó desde ${city(r, 'MX')} para confirmar que ${P(b)} recogerá el pedido en ${street(r, 'MX')}.`,
    ],
    it: [
      () => J`Il condominio di ${street(r, 'IT')} a ${city(r, 'IT')} è amministrato da ${P(a, 'full')}; per urgenze chiamare ${P(b, 'given')} al ${phoneFor(r, 'IT')}.`,
      () => J`${P(a, 'full')} si è trasferita da ${city(r, 'IT')} a ${city(r, cc2)} e ha lasciato a ${P(b, 'full')} le chiavi dell'appartamento in ${street(r, 'IT')}. Cellulare: ${phoneFor(r, 'IT')}.`,
      () => J`secondo ${P(a, 'lower')}, la consegna per ${P(b)} a ${city(r, 'IT')} è in ritardo.`,
    ],
    pt: [
      () => J`A reunião com ${P(a, 'upper')} ficou para sexta, na ${street(r, 'BR')}, em ${city(r, 'BR')}.`,
      () => J`${P(a, 'full')} mora na ${street(r, 'BR')}, em ${city(r, 'BR')}, e trabalha com ${P(b, 'full')} desde 2019. O celular dela é ${phoneFor(r, 'BR')}.`,
      () => J`Ontem ${P(a)} viajou de ${city(r, 'BR')} para ${city(r, cc2)}, ${country(r, cc2)}, onde ${P(b)} o esperava.`,
    ],
    nl: [
      () => J`De sleutel ligt bij ${P(a, 'given')} op ${street(r, 'NL')}; ${P(b, 'full')} komt donderdag uit ${city(r, cc2)} terug.`,
      () => J`${P(a, 'full')} woont sinds kort aan de ${street(r, 'NL')} in ${city(r, 'NL')}; ${P(b, 'full')} helpt met de verhuizing en is bereikbaar op ${phoneFor(r, 'NL')}.`,
      () => J`Volgens ${P(a)} gaat ${P(b)} volgend jaar naar ${city(r, cc2)} in ${country(r, cc2)}.`,
    ],
    pl: [
      () => J`Spotkanie wspólnoty przy ${street(r, 'PL')} prowadzi ${P(a, 'full')}; w razie pytań dzwońcie do ${P(b, 'given')} pod ${phoneFor(r, 'PL')}.`,
      () => J`${P(a, 'full')} przeprowadziła się z ${city(r, 'PL')} na ${street(r, 'PL')}. ${P(b, 'full')} ma klucze i numer ${phoneFor(r, 'PL')}.`,
      () => J`Wczoraj ${P(a)} i ${P(b)} pojechali do ${city(r, cc2)} (${country(r, cc2)}).`,
    ],
    sv: [
      () => J`${P(a, 'full')} och ${P(b, 'lower')} har hyrt en stuga utanför ${city(r, 'SE')} över midsommar.`,
      () => J`${P(a, 'full')} flyttade från ${city(r, 'SE')} till ${street(r, 'SE')} i ${city(r, 'SE')}. Ring ${P(b, 'full')} på ${phoneFor(r, 'SE')} om nycklarna.`,
    ],
    ru: [
      () => J`Документы для ${P(a, 'upper')} нужно отправить в ${city(r, 'RU')}, ${street(r, 'RU')}; получатель — ${P(b, 'full')}.`,
      () => J`${P(a, 'full')} переехала из города ${city(r, 'RU')} по адресу ${street(r, 'RU')}. ${P(b, 'full')} обещал помочь; его телефон ${phoneFor(r, 'RU')}.`,
      () => J`По словам ${P(a)}, встреча с ${P(b)} пройдёт в ${city(r, 'RU')}.`,
    ],
    ja: [
      () => J`来月から${P(a, 'full')}さんが${city(r, 'JP')}支店に異動になります。後任は${P(b, 'full')}さん（${phoneFor(r, 'JP')}）です。`,
      () => J`${P(a, 'family')}様、${cjkLoc(r, 'JP')}へのお届けは明日の午前中を予定しております。`,
      () => J`${P(a, 'full')}さんは${cjkLoc(r, 'JP')}に住んでいます。${P(b, 'full')}さんの電話番号は${phoneFor(r, 'JP')}です。`,
      () => J`先週、${P(a, 'full')}さんと${P(b, 'full')}さんが${city(r, cc2)}（${country(r, cc2)}）へ出張しました。`,
    ],
    zh: [
      () => J`${P(a, 'full')}下个月调到${pii('LOCATION', cityWhere(r, 'CN', (c) => /市$/.test(c)))}分公司，接替她的是${P(b, 'full')}，电话${phoneFor(r, 'CN')}。`,
      () => J`${P(a, 'full')}上个月从${pii('LOCATION', cityWhere(r, 'CN', (c) => /市$/.test(c)))}搬到了${cjkLoc(r, 'CN')}，${P(b, 'full')}的手机号是${phoneFor(r, 'CN')}。`,
      () => J`据${P(a, 'full')}说，${P(b, 'full')}下周去${city(r, cc2)}（${country(r, cc2)}）开会。`,
    ],
    ko: [
      () => J`${P(a, 'full')} 팀장님은 다음 주에 ${city(r, cc2)}(${country(r, cc2)}) 출장을 갑니다. 급한 일은 ${P(b, 'full')} 씨에게 연락하세요.`,
      () => J`택배는 ${city(r, 'KR')} ${street(r, 'KR')}로 보내 주세요. 받는 사람: ${P(a, 'full')}, ${phoneFor(r, 'KR')}.`,
      () => J`${P(a, 'full')} 씨는 ${city(r, 'KR')} ${street(r, 'KR')}에 살고 있으며, ${P(b, 'full')} 씨의 연락처는 ${phoneFor(r, 'KR')}입니다.`,
    ],
    tr: [
      () => J`${P(a, 'full')} yarın ${city(r, cc2)} (${country(r, cc2)}) uçağıyla dönüyor; ${P(b, 'given')} onu havalimanında karşılayacak.`,
      () => J`${P(a, 'full')} geçen ay ${city(r, 'TR')} şehrinden ${street(r, 'TR')} adresine taşındı. ${P(b, 'full')} ile ${phoneFor(r, 'TR')} numarasından görüşebilirsiniz.`,
    ],
    el: [
      () => J`Ο ${P(a, 'full')} και η ${P(b, 'full')} συναντήθηκαν στο ${city(r, cc2)} (${country(r, cc2)}) την περασμένη εβδομάδα.`,
    ],
    ar: [
      () => J`انتقل ${P(a, 'full')} إلى ${city(r, cc2)} في ${country(r, cc2)}، ويمكن التواصل مع ${P(b, 'full')} على الرقم ${phoneFor(r, 'GB', 'intl')}.`,
    ],
    hi: [
      () => J`${P(a, 'full')} अब ${city(r, 'IN')} में ${street(r, 'IN')} पर रहती हैं। ${P(b, 'full')} का फ़ोन नंबर ${phoneFor(r, 'IN')} है।`,
    ],
  };
  return r.pick(T[lang] || T.en)();
}

// a sentence that hands over a secret, in a language (secret is a Span); user may be null
export const SECRET_LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ru', 'ja', 'zh', 'ko', 'tr'];
export function secretSentence(r, lang, s, u) {
  const U = u || ''; s.meta.lang = lang;
  const T = {
    en: [J`btw the password for ${U || 'the shared account'} is ${s} — please change it after login`, J`use ${s} as the key until the new one is issued`, J`here's the token you asked for: ${s}`, J`login: ${U || 'admin'} / ${s}`],
    de: [J`Das neue Passwort für ${U || 'den Drucker'} lautet ${s} – bitte nach der Anmeldung ändern`, J`Zugang: Benutzer ${U || 'admin'}, Kennwort ${s}`, J`hier der Token: ${s}`],
    fr: [J`Le mot de passe du compte ${U || 'partagé'} est ${s} (à changer dès la première connexion)`, J`voici le jeton : ${s}`, J`identifiant ${U || 'admin'}, mot de passe ${s}`],
    es: [J`La contraseña nueva de ${U || 'la cuenta'} es ${s}, cámbiala al entrar`, J`te paso el token: ${s}`, J`usuario ${U || 'admin'} y clave ${s}`],
    it: [J`La password di ${U || 'servizio'} è ${s}, mi raccomando cambiala`, J`ecco la chiave API ${s}`],
    pt: [J`A senha do ${U || 'servidor'} é ${s} — troque depois do primeiro acesso`, J`segue o token ${s}`],
    nl: [J`Het wachtwoord voor ${U || 'de gedeelde mailbox'} is ${s}`, J`hier is de sleutel: ${s}`],
    pl: [J`Hasło do ${U || 'routera'} to ${s}`, J`token do API: ${s}`],
    sv: [J`Lösenordet till ${U || 'skrivaren'} är ${s}`, J`här är nyckeln: ${s}`],
    ru: [J`Пароль от ${U || 'сервера'}: ${s}`, J`вот токен ${s}, не публикуй его`],
    ja: [J`${U || '共有アカウント'}のパスワードは ${s} です。ログイン後に変更してください。`, J`APIキー：${s}`],
    zh: [J`${U || '测试账号'}的密码是 ${s} ，登录后请修改。`, J`令牌：${s}`],
    ko: [J`${U || '공용 계정'} 비밀번호는 ${s} 입니다`, J`API 키: ${s}`],
    tr: [J`${U || 'Sunucu'} şifresi ${s} , girişten sonra değiştirin`, J`API anahtarı: ${s}`],
  };
  return r.pick(T[lang] || T.en);
}

// small talk lines for chats (no PII)
export const SMALLTALK = {
  en: ['ok thanks!', 'on my way', 'can you check the deploy?', 'lunch?', 'the build is green again', 'sorry, in a call'],
  de: ['danke dir!', 'bin gleich da', 'kannst du kurz drüberschauen?', 'Mittagessen?', 'passt so'],
  fr: ['merci !', "j'arrive", 'tu peux regarder le ticket ?', 'ça marche', 'on en parle demain'],
  es: ['¡gracias!', 'voy para allá', '¿puedes revisar el pedido?', 'vale', 'luego te llamo'],
  it: ['grazie!', 'arrivo', 'ci sentiamo dopo', 'va bene'],
  pt: ['valeu!', 'já vou', 'pode ver o pedido?', 'beleza'],
  nl: ['dank je!', 'ben onderweg', 'prima', 'kun je even kijken?'],
  pl: ['dzięki!', 'już jadę', 'ok, sprawdzę', 'jasne'],
  sv: ['tack!', 'kommer strax', 'låter bra'],
  ru: ['спасибо!', 'уже еду', 'ок, посмотрю', 'договорились'],
  ja: ['ありがとう！', '今向かってます', '確認します', '了解です'],
  zh: ['谢谢！', '马上到', '我看一下', '好的'],
  ko: ['감사합니다!', '지금 가요', '확인할게요'],
  tr: ['teşekkürler!', 'geliyorum', 'tamam, bakarım'],
  el: ['ευχαριστώ!', 'έρχομαι'], ar: ['شكراً!', 'في الطريق'], hi: ['धन्यवाद!', 'आ रहा हूँ'],
};

// chat phrases: my number / address / ask someone
export const PHR = {
  en: ['my number', 'address', 'ask'], de: ['meine Nummer', 'Adresse', 'frag mal'], fr: ['mon numéro', 'adresse', 'demande à'], es: ['mi número', 'dirección', 'pregúntale a'],
  it: ['il mio numero', 'indirizzo', 'chiedi a'], pt: ['meu número', 'endereço', 'pergunta pro'], nl: ['mijn nummer', 'adres', 'vraag even aan'], pl: ['mój numer', 'adres', 'zapytaj'],
  sv: ['mitt nummer', 'adress', 'fråga'], ru: ['мой номер', 'адрес', 'спроси у'], ja: ['電話番号', '住所', '聞いてみて:'], zh: ['我的电话', '地址', '问一下'], ko: ['내 번호', '주소', '물어봐:'],
  tr: ['numaram', 'adres', 'sor:'], el: ['το κινητό μου', 'διεύθυνση', 'ρώτα'], ar: ['رقمي', 'العنوان', 'اسأل'], hi: ['मेरा नंबर', 'पता', 'पूछो'],
};
