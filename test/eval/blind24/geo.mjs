// Countries: local and English names, cities, street-line generators, postcodes (neutral),
// phone numbering plans (national and international forms), IBAN country, currency.
import { P } from './builder.mjs';

const n = (r, lo, hi) => String(r.int(lo, hi));
const D = (r, k) => r.digits(k);
const UP = 'ABCDEFGHJKLMNPRSTUVWXYZ';

// phone plan helpers: each returns [national, international]
const ph = {
  US: (r, areas) => { const a = r.pick(areas), x = n(r, 201, 989), y = D(r, 4);
    return [r.pick([`(${a}) ${x}-${y}`, `${a}-${x}-${y}`, `${a}.${x}.${y}`]), r.pick([`+1 ${a} ${x} ${y}`, `+1-${a}-${x}-${y}`, `+1 (${a}) ${x}-${y}`])]; },
};

export const COUNTRIES = {
  US: { en: 'United States', local: ['USA', 'United States', 'US'], lang: 'en', cultures: ['en_US', 'mx', 'in_Latn', 'zh_Latn', 'yo', 'fil'],
    cities: [['Portland', 'OR'], ['Austin', 'TX'], ['Columbus', 'OH'], ['Tucson', 'AZ'], ['Raleigh', 'NC'], ['Boise', 'ID'], ['Madison', 'WI'], ['Sacramento', 'CA'], ['Albany', 'NY'], ['Savannah', 'GA']],
    street: (r) => `${n(r, 12, 9899)} ${r.pick(['Larkspur', 'Sycamore', 'Juniper', 'Magnolia', 'Chestnut', 'Old Mill', 'Prospect', 'Hawthorne', 'Lakeview'])} ${r.pick(['Ave', 'St', 'Blvd', 'Dr', 'Ln', 'Ct', 'Way', 'Rd'])}${r.pick(['', '', '', `, Apt ${n(r, 1, 40)}${r.pick(['A', 'B', 'C', ''])}`, ` Suite ${n(r, 100, 950)}`])}`,
    post: (r) => D(r, 5), phone: (r) => ph.US(r, ['503', '512', '614', '520', '919', '208', '608', '916', '518', '912', '303', '206']), iban: null, cur: 'USD' },
  CA: { en: 'Canada', local: ['Canada'], lang: 'en', cultures: ['en_US', 'fr', 'in_Latn', 'zh_Latn'],
    cities: [['Toronto', 'ON'], ['Vancouver', 'BC'], ['Montréal', 'QC'], ['Calgary', 'AB'], ['Ottawa', 'ON'], ['Halifax', 'NS']],
    street: (r) => `${r.pick(['', '', `${n(r, 2, 30)}-`])}${n(r, 10, 4999)} ${r.pick(['Queen St W', 'Granville St', 'Bloor St E', 'Jasper Ave', 'Sparks St', 'rue Sainte-Catherine O', 'Spring Garden Rd'])}`,
    post: (r) => `${r.pick('ABCEGHJKLMNPRSTVXY'.split(''))}${n(r, 0, 9)}${r.pick(UP.split(''))} ${n(r, 0, 9)}${r.pick(UP.split(''))}${n(r, 0, 9)}`,
    phone: (r) => ph.US(r, ['416', '604', '514', '403', '613', '902']), iban: null, cur: 'CAD' },
  GB: { en: 'United Kingdom', local: ['United Kingdom', 'UK', 'Great Britain'], lang: 'en', cultures: ['en_GB', 'in_Latn', 'yo', 'pl', 'ga'],
    cities: ['Leeds', 'Bristol', 'Manchester', 'Glasgow', 'Cardiff', 'Norwich', 'Sheffield', 'Brighton', 'York', 'Edinburgh'],
    street: (r) => `${r.pick(['', '', `Flat ${n(r, 1, 24)}, `])}${n(r, 1, 220)} ${r.pick(['Kingfisher', 'Station', 'Orchard', 'Meadow', 'Victoria', 'Mill', 'Holly', 'Tenter'])} ${r.pick(['Road', 'Close', 'Lane', 'Street', 'Crescent', 'Gardens', 'Way', 'Terrace'])}`,
    post: (r) => `${r.pick(['LS', 'BS', 'M', 'G', 'CF', 'NR', 'S', 'BN', 'YO', 'EH'])}${n(r, 1, 20)} ${n(r, 1, 9)}${r.pick(UP.split(''))}${r.pick(UP.split(''))}`,
    phone: (r) => r.chance(0.65)
      ? (() => { const a = `7${n(r, 400, 999)}`, b = D(r, 6); return [r.pick([`0${a} ${b}`, `0${a} ${b.slice(0, 3)} ${b.slice(3)}`]), r.pick([`+44 ${a} ${b}`, `+44 (0)${a} ${b}`])]; })()
      : (() => { const a = r.pick(['113', '117', '161', '141', '29', '1603', '114']); const b = D(r, a.length === 2 ? 8 : a.length === 4 ? 6 : 7); const bb = a.length === 2 ? `${b.slice(0, 4)} ${b.slice(4)}` : `${b.slice(0, 3)} ${b.slice(3)}`; return [`0${a} ${bb}`, `+44 ${a} ${bb}`]; })(),
    iban: 'GB', cur: 'GBP' },
  IE: { en: 'Ireland', local: ['Ireland', 'Éire'], lang: 'en', cultures: ['ga', 'en_GB', 'pl'],
    cities: ['Dublin', 'Cork', 'Galway', 'Limerick', 'Kilkenny'],
    street: (r) => `${r.pick(['', `Apartment ${n(r, 1, 60)}, `])}${n(r, 1, 140)} ${r.pick(['Grafton Street', 'Dorset Street Upper', 'Parnell Road', 'Baggot Lane', 'Eyre Square'])}`,
    post: (r) => `${r.pick(['D02', 'D04', 'T12', 'H91', 'V94'])} ${r.pick(UP.split(''))}${D(r, 3)}`,
    phone: (r) => { const p = r.pick(['83', '85', '86', '87', '89']), b = D(r, 7); return [`0${p} ${b.slice(0, 3)} ${b.slice(3)}`, `+353 ${p} ${b.slice(0, 3)} ${b.slice(3)}`]; },
    iban: 'IE', cur: 'EUR' },
  DE: { en: 'Germany', local: ['Deutschland', 'Germany'], lang: 'de', cultures: ['de', 'tr', 'pl', 'ru'],
    cities: ['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Freiburg im Breisgau', 'Dresden', 'Münster', 'Nürnberg', 'Bremen'],
    street: (r) => `${r.pick(['Lindenstraße', 'Bahnhofstraße', 'Schillerweg', 'Am Mühlbach', 'Goethestraße', 'Kastanienallee', 'Rosenweg', 'Hauptstr.', 'Friedrich-Ebert-Ring'])} ${n(r, 1, 180)}${r.pick(['', '', 'a', 'b'])}`,
    post: (r) => D(r, 5),
    phone: (r) => r.chance(0.6)
      ? (() => { const p = r.pick(['151', '152', '157', '160', '162', '170', '171', '173', '176', '177']), b = D(r, r.pick([7, 8])); return [r.pick([`0${p} ${b}`, `0${p}-${b}`, `0${p}/${b}`]), `+49 ${p} ${b}`]; })()
      : (() => { const a = r.pick(['30', '40', '89', '221', '341', '761', '351']), b = D(r, 11 - a.length - 1); return [r.pick([`0${a} ${b}`, `(0${a}) ${b}`, `0${a}/${b}`]), r.pick([`+49 ${a} ${b}`, `+49 (0)${a} ${b}`])]; })(),
    iban: 'DE', cur: 'EUR' },
  AT: { en: 'Austria', local: ['Österreich', 'Austria'], lang: 'de', cultures: ['de', 'cs', 'hu'],
    cities: ['Wien', 'Graz', 'Linz', 'Salzburg', 'Innsbruck'],
    street: (r) => `${r.pick(['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse', 'Getreidegasse'])} ${n(r, 1, 120)}/${n(r, 1, 20)}`,
    post: (r) => n(r, 1010, 9999),
    phone: (r) => { const p = r.pick(['664', '676', '650', '699']), b = D(r, 7); return [`0${p} ${b}`, `+43 ${p} ${b}`]; }, iban: 'AT', cur: 'EUR' },
  CH: { en: 'Switzerland', local: ['Schweiz', 'Suisse', 'Svizzera', 'Switzerland'], lang: 'de', cultures: ['de', 'fr', 'it'],
    cities: ['Zürich', 'Genève', 'Basel', 'Bern', 'Lausanne', 'Lugano'],
    street: (r) => `${r.pick(['Bahnhofstrasse', 'Rue du Rhône', 'Spalenberg', 'Via Nassa', 'Limmatquai'])} ${n(r, 1, 90)}`,
    post: (r) => n(r, 1000, 9658),
    phone: (r) => { const p = r.pick(['76', '77', '78', '79']), b = D(r, 7); const f = `${b.slice(0, 3)} ${b.slice(3, 5)} ${b.slice(5)}`; return [`0${p} ${f}`, `+41 ${p} ${f}`]; }, iban: 'CH', cur: 'CHF' },
  FR: { en: 'France', local: ['France'], lang: 'fr', cultures: ['fr', 'ar_Latn', 'pt_PT'],
    cities: ['Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Bordeaux', 'Lille', 'Strasbourg', 'Montpellier', 'Rennes', 'Paris'],
    street: (r) => `${n(r, 1, 160)}${r.pick(['', '', ' bis', ' ter'])} ${r.pick(['rue des Tanneurs', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'allée des Tilleuls', 'place du Marché', 'impasse des Lilas', 'quai de la Fosse'])}`,
    post: (r) => r.pick(['69', '13', '31', '44', '33', '59', '67', '34', '35', '75']) + D(r, 3),
    phone: (r) => { const p = r.pick(['6', '7', '1', '4', '5']), b = D(r, 8); const g = b.match(/../g).join(' '); return [r.pick([`0${p} ${g}`, `0${p}${b}`, `0${p}.${b.match(/../g).join('.')}`]), `+33 ${p} ${g}`]; }, iban: 'FR', cur: 'EUR' },
  BE: { en: 'Belgium', local: ['Belgique', 'België', 'Belgium'], lang: 'nl', cultures: ['nl', 'fr'],
    cities: ['Antwerpen', 'Gent', 'Bruxelles', 'Liège', 'Leuven'],
    street: (r) => `${r.pick(['Meir', 'Veldstraat', 'Rue Neuve', 'Boulevard d’Avroy', 'Bondgenotenlaan'])} ${n(r, 1, 200)}`,
    post: (r) => n(r, 1000, 9992),
    phone: (r) => { const p = r.pick(['470', '475', '486', '496']), b = D(r, 6); const f = b.match(/../g).join(' '); return [`0${p} ${f}`, `+32 ${p} ${f}`]; }, iban: 'BE', cur: 'EUR' },
  ES: { en: 'Spain', local: ['España', 'Spain'], lang: 'es', cultures: ['es'],
    cities: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Bilbao', 'Zaragoza', 'Málaga', 'A Coruña'],
    street: (r) => `${r.pick(['Calle de Toledo', 'Avenida de la Constitución', 'Calle Mayor', 'Paseo de Gracia', 'Calle de Alcalá', 'Carrer de Mallorca', 'Gran Vía'])}, ${n(r, 1, 220)}${r.pick(['', `, ${n(r, 1, 9)}º ${r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.'])}`])}`,
    post: (r) => r.pick(['28', '08', '46', '41', '48', '50', '29', '15']) + D(r, 3),
    phone: (r) => r.chance(0.7)
      ? (() => { const b = r.pick(['6', '7']) + D(r, 8); return [`${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`, `+34 ${b.slice(0, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7)}`]; })()
      : (() => { const b = '91' + D(r, 7); return [`${b.slice(0, 2)} ${b.slice(2, 5)} ${b.slice(5, 7)} ${b.slice(7)}`, `+34 ${b.slice(0, 2)} ${b.slice(2, 5)} ${b.slice(5, 7)} ${b.slice(7)}`]; })(),
    iban: 'ES', cur: 'EUR' },
  IT: { en: 'Italy', local: ['Italia', 'Italy'], lang: 'it', cultures: ['it'],
    cities: ['Milano', 'Roma', 'Torino', 'Bologna', 'Napoli', 'Firenze', 'Genova', 'Bari'],
    street: (r) => `${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Piazza Cavour', 'Via della Spiga', 'Via San Vitale'])} ${n(r, 1, 150)}${r.pick(['', '/A', '/B'])}`,
    post: (r) => r.pick(['20', '00', '10', '40', '80', '50', '16', '70']) + D(r, 3),
    phone: (r) => r.chance(0.7)
      ? (() => { const b = '3' + D(r, 9); return [`${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`, `+39 ${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`]; })()
      : (() => { const a = r.pick(['02', '06', '011', '051']), b = D(r, 10 - a.length); return [`${a} ${b}`, `+39 ${a} ${b}`]; })(),
    iban: 'IT', cur: 'EUR' },
  PT: { en: 'Portugal', local: ['Portugal'], lang: 'pt', cultures: ['pt_PT'],
    cities: ['Lisboa', 'Porto', 'Braga', 'Coimbra', 'Faro'],
    street: (r) => `${r.pick(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])}, ${n(r, 1, 300)}, ${n(r, 1, 8)}º ${r.pick(['Esq.', 'Dto.', 'Frente'])}`,
    post: (r) => `${n(r, 1000, 4999)}-${D(r, 3)}`,
    phone: (r) => { const b = '9' + r.pick(['1', '2', '3', '6']) + D(r, 7); return [`${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`, `+351 ${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`]; }, iban: 'PT', cur: 'EUR' },
  NL: { en: 'Netherlands', local: ['Nederland', 'Netherlands'], lang: 'nl', cultures: ['nl', 'tr', 'id'],
    cities: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven', 'Groningen', 'Den Haag', 'Zwolle'],
    street: (r) => `${r.pick(['Prinsengracht', 'Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Julianalaan', 'Oudegracht', 'Vismarkt'])} ${n(r, 1, 400)}${r.pick(['', '', '-1', '-2', ' A', ' bis'])}`,
    post: (r) => `${n(r, 1011, 9999)} ${r.pick(UP.split(''))}${r.pick(UP.split(''))}`,
    phone: (r) => r.chance(0.7) ? (() => { const b = D(r, 8); return [r.pick([`06 ${b}`, `06-${b}`]), `+31 6 ${b}`]; })()
      : (() => { const a = r.pick(['20', '10', '30']), b = D(r, 7); return [`0${a} ${b.slice(0, 3)} ${b.slice(3)}`, `+31 ${a} ${b.slice(0, 3)} ${b.slice(3)}`]; })(),
    iban: 'NL', cur: 'EUR' },
  PL: { en: 'Poland', local: ['Polska', 'Poland'], lang: 'pl', cultures: ['pl'],
    cities: ['Warszawa', 'Kraków', 'Łódź', 'Wrocław', 'Gdańsk', 'Poznań', 'Lublin'],
    street: (r) => `ul. ${r.pick(['Piotrkowska', 'Długa', 'Marszałkowska', 'Floriańska', 'Mickiewicza', 'Słowackiego', 'Świętojańska'])} ${n(r, 1, 200)}${r.pick(['', `/${n(r, 1, 80)}`, ` m. ${n(r, 1, 60)}`])}`,
    post: (r) => `${D(r, 2)}-${D(r, 3)}`,
    phone: (r) => { const b = r.pick(['5', '6', '7', '8']) + D(r, 8); const f = `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`; return [r.pick([f, `${b.slice(0, 3)}-${b.slice(3, 6)}-${b.slice(6)}`]), `+48 ${f}`]; }, iban: 'PL', cur: 'PLN' },
  CZ: { en: 'Czechia', local: ['Česko', 'Czech Republic'], lang: 'en', cultures: ['cs'],
    cities: ['Praha', 'Brno', 'Ostrava', 'Plzeň'],
    street: (r) => `${r.pick(['Vinohradská', 'Karlova', 'Národní', 'Masarykova'])} ${n(r, 1, 2400)}/${n(r, 1, 90)}`,
    post: (r) => `${n(r, 100, 799)} ${D(r, 2)}`,
    phone: (r) => { const b = r.pick(['6', '7']) + D(r, 8); const f = `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`; return [f, `+420 ${f}`]; }, iban: 'CZ', cur: 'CZK' },
  HU: { en: 'Hungary', local: ['Magyarország', 'Hungary'], lang: 'en', cultures: ['hu'],
    cities: ['Budapest', 'Debrecen', 'Szeged', 'Pécs'],
    street: (r) => `${r.pick(['Andrássy út', 'Váci utca', 'Rákóczi út', 'Király utca'])} ${n(r, 1, 120)}.`,
    post: (r) => n(r, 1011, 9985),
    phone: (r) => { const p = r.pick(['20', '30', '70']), b = D(r, 7); return [`06 ${p} ${b.slice(0, 3)} ${b.slice(3)}`, `+36 ${p} ${b.slice(0, 3)} ${b.slice(3)}`]; }, iban: 'HU', cur: 'HUF' },
  SE: { en: 'Sweden', local: ['Sverige', 'Sweden'], lang: 'sv', cultures: ['sv', 'fi'],
    cities: ['Stockholm', 'Göteborg', 'Malmö', 'Uppsala', 'Umeå', 'Västerås'],
    street: (r) => `${r.pick(['Drottninggatan', 'Storgatan', 'Kungsgatan', 'Vasagatan', 'Sveavägen', 'Linnégatan'])} ${n(r, 1, 140)}${r.pick(['', ' A', ' B', ', lgh 1102'])}`,
    post: (r) => `${n(r, 100, 989)} ${D(r, 2)}`,
    phone: (r) => { const p = r.pick(['70', '72', '73', '76']), b = D(r, 7); return [`0${p}-${b.slice(0, 3)} ${b.slice(3, 5)} ${b.slice(5)}`, `+46 ${p} ${b.slice(0, 3)} ${b.slice(3, 5)} ${b.slice(5)}`]; }, iban: 'SE', cur: 'SEK' },
  FI: { en: 'Finland', local: ['Suomi', 'Finland'], lang: 'sv', cultures: ['fi'],
    cities: ['Helsinki', 'Tampere', 'Turku', 'Oulu'],
    street: (r) => `${r.pick(['Mannerheimintie', 'Aleksanterinkatu', 'Hämeenkatu', 'Hallituskatu'])} ${n(r, 1, 90)} ${r.pick(['A', 'B', 'C'])} ${n(r, 1, 40)}`,
    post: (r) => D(r, 5),
    phone: (r) => { const p = r.pick(['40', '44', '50']), b = D(r, 7); return [`0${p} ${b.slice(0, 3)} ${b.slice(3)}`, `+358 ${p} ${b.slice(0, 3)} ${b.slice(3)}`]; }, iban: 'FI', cur: 'EUR' },
  GR: { en: 'Greece', local: ['Ελλάδα', 'Greece'], lang: 'el', cultures: ['el'],
    cities: ['Αθήνα', 'Θεσσαλονίκη', 'Πάτρα', 'Ηράκλειο', 'Λάρισα'],
    street: (r) => `${r.pick(['Ερμού', 'Πανεπιστημίου', 'Σταδίου', 'Αθηνάς', 'Τσιμισκή', 'Εγνατίας'])} ${n(r, 1, 180)}`,
    post: (r) => `${n(r, 100, 851)} ${D(r, 2)}`,
    phone: (r) => { const b = '69' + D(r, 8); return [`${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`, `+30 ${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`]; }, iban: 'GR', cur: 'EUR' },
  TR: { en: 'Turkey', local: ['Türkiye', 'Turkey'], lang: 'tr', cultures: ['tr'],
    cities: ['İstanbul', 'Ankara', 'İzmir', 'Bursa', 'Antalya', 'Eskişehir'],
    street: (r) => `${r.pick(['Atatürk Cad.', 'İstiklal Cad.', 'Bağdat Cad.', 'Cumhuriyet Mah. Gül Sok.', 'Moda Cad.'])} No: ${n(r, 1, 240)} D: ${n(r, 1, 30)}`,
    post: (r) => r.pick(['34', '06', '35', '16', '07', '26']) + D(r, 3),
    phone: (r) => { const p = '5' + r.pick(['05', '32', '33', '42', '44', '52']), b = D(r, 7); return [r.pick([`0${p} ${b.slice(0, 3)} ${b.slice(3, 5)} ${b.slice(5)}`, `0 (${p}) ${b.slice(0, 3)} ${b.slice(3, 5)} ${b.slice(5)}`]), `+90 ${p} ${b.slice(0, 3)} ${b.slice(3, 5)} ${b.slice(5)}`]; }, iban: 'TR', cur: 'TRY' },
  RU: { en: 'Russia', local: ['Россия', 'Russia'], lang: 'ru', cultures: ['ru'],
    cities: ['Москва', 'Санкт-Петербург', 'Казань', 'Новосибирск', 'Екатеринбург', 'Самара'],
    street: (r) => `ул. ${r.pick(['Тверская', 'Садовая', 'Гагарина', 'Пушкина', 'Баумана', 'Ленина'])}, д. ${n(r, 1, 120)}${r.pick(['', `, кв. ${n(r, 1, 300)}`, `, корп. ${n(r, 1, 4)}, кв. ${n(r, 1, 200)}`])}`,
    post: (r) => D(r, 6),
    phone: (r) => { const p = '9' + D(r, 2), b = D(r, 7); const f = `${b.slice(0, 3)}-${b.slice(3, 5)}-${b.slice(5)}`; return [r.pick([`8 (${p}) ${f}`, `8 ${p} ${f}`]), r.pick([`+7 ${p} ${f}`, `+7 (${p}) ${f}`])]; }, iban: null, cur: 'RUB' },
  UA: { en: 'Ukraine', local: ['Україна', 'Ukraine'], lang: 'uk', cultures: ['uk'],
    cities: ['Київ', 'Львів', 'Одеса', 'Харків', 'Дніпро', 'Вінниця'],
    street: (r) => `вул. ${r.pick(['Хрещатик', 'Шевченка', 'Франка', 'Грушевського', 'Дерибасівська'])}, ${n(r, 1, 90)}${r.pick(['', `, кв. ${n(r, 1, 120)}`])}`,
    post: (r) => D(r, 5),
    phone: (r) => { const p = r.pick(['50', '63', '66', '67', '68', '73', '93', '97']), b = D(r, 7); return [`0${p} ${b.slice(0, 3)} ${b.slice(3, 5)} ${b.slice(5)}`, `+380 ${p} ${b.slice(0, 3)} ${b.slice(3)}`]; }, iban: 'UA', cur: 'UAH' },
  IL: { en: 'Israel', local: ['ישראל', 'Israel'], lang: 'he', cultures: ['he'],
    cities: ['תל אביב', 'ירושלים', 'חיפה', 'באר שבע', 'רמת גן'],
    street: (r) => `${r.pick(['רחוב הרצל', 'רחוב ויצמן', 'רחוב בן יהודה', 'שדרות רוטשילד', 'רחוב אלנבי'])} ${n(r, 1, 140)}`,
    post: (r) => D(r, 7),
    phone: (r) => { const p = r.pick(['50', '52', '53', '54', '58']), b = D(r, 7); return [`0${p}-${b.slice(0, 3)}-${b.slice(3)}`, `+972 ${p}-${b.slice(0, 3)}-${b.slice(3)}`]; }, iban: 'IL', cur: 'ILS' },
  AE: { en: 'United Arab Emirates', local: ['الإمارات العربية المتحدة', 'UAE'], lang: 'ar', cultures: ['ar', 'ar_Latn', 'in_Latn'],
    cities: ['دبي', 'أبوظبي', 'الشارقة', 'Dubai', 'Abu Dhabi'],
    street: (r) => `${r.pick(['شارع الشيخ زايد', 'شارع الوصل', 'شارع الكورنيش', 'Al Wasl Road', 'Sheikh Zayed Road'])}، ${r.pick(['مبنى', 'فيلا'])} ${n(r, 1, 90)}`,
    post: () => '', phone: (r) => { const p = r.pick(['50', '52', '55', '56']), b = D(r, 7); return [`0${p} ${b.slice(0, 3)} ${b.slice(3)}`, `+971 ${p} ${b.slice(0, 3)} ${b.slice(3)}`]; }, iban: 'AE', cur: 'AED' },
  SA: { en: 'Saudi Arabia', local: ['المملكة العربية السعودية', 'Saudi Arabia'], lang: 'ar', cultures: ['ar', 'ar_Latn'],
    cities: ['الرياض', 'جدة', 'الدمام', 'Riyadh', 'Jeddah'],
    street: (r) => `${r.pick(['طريق الملك فهد', 'شارع التحلية', 'طريق الملك عبدالعزيز', 'شارع الأمير سلطان'])} ${n(r, 1, 9000)}`,
    post: (r) => D(r, 5),
    phone: (r) => { const p = r.pick(['50', '53', '54', '55', '56', '59']), b = D(r, 7); return [`0${p} ${b.slice(0, 3)} ${b.slice(3)}`, `+966 ${p} ${b.slice(0, 3)} ${b.slice(3)}`]; }, iban: 'SA', cur: 'SAR' },
  IN: { en: 'India', local: ['India', 'भारत'], lang: 'hi', cultures: ['in_Latn', 'hi', 'ta'],
    cities: ['Bengaluru', 'Mumbai', 'Chennai', 'Pune', 'Hyderabad', 'Kolkata', 'नई दिल्ली', 'जयपुर', 'சென்னை'],
    street: (r) => `${r.pick(['Flat', 'House No.', 'Plot'])} ${n(r, 1, 900)}, ${r.pick(['14th Main Road', 'Linking Road', 'Anna Salai', 'Park Street', 'Residency Road', 'FC Road'])}, ${r.pick(['Indiranagar', 'Bandra West', 'T. Nagar', 'Koramangala', 'Salt Lake', 'Shivajinagar'])}`,
    post: (r) => n(r, 110001, 855126),
    phone: (r) => { const b = r.pick(['9', '8', '7']) + D(r, 9); return [r.pick([`${b.slice(0, 5)} ${b.slice(5)}`, `0${b.slice(0, 5)} ${b.slice(5)}`, b]), r.pick([`+91 ${b.slice(0, 5)} ${b.slice(5)}`, `+91-${b}`])]; }, iban: null, cur: 'INR' },
  CN: { en: 'China', local: ['中国', 'China'], lang: 'zh', cultures: ['zh', 'zh_Latn'],
    cities: ['上海市', '北京市', '广州市', '深圳市', '杭州市', '成都市'],
    street: (r) => `${r.pick(['浦东新区世纪大道', '朝阳区建国路', '天河区天河路', '南山区科技园南路', '西湖区文三路', '武侯区人民南路'])}${n(r, 1, 999)}号${r.pick(['', `${n(r, 1, 30)}楼`, `${n(r, 1, 20)}栋${n(r, 101, 2405)}室`])}`,
    post: (r) => D(r, 6),
    phone: (r) => { const b = '1' + r.pick(['38', '39', '58', '86', '35', '77']) + D(r, 8); return [r.pick([`${b.slice(0, 3)} ${b.slice(3, 7)} ${b.slice(7)}`, b, `${b.slice(0, 3)}-${b.slice(3, 7)}-${b.slice(7)}`]), `+86 ${b.slice(0, 3)} ${b.slice(3, 7)} ${b.slice(7)}`]; }, iban: null, cur: 'CNY' },
  JP: { en: 'Japan', local: ['日本', 'Japan'], lang: 'ja', cultures: ['ja', 'ja_Latn'],
    cities: ['東京都', '大阪市', '名古屋市', '福岡市', '札幌市', '京都市', '横浜市'],
    street: (r) => `${r.pick(['渋谷区渋谷', '港区六本木', '中央区銀座', '北区梅田', '中区栄', '博多区博多駅前', '中京区河原町'])}${n(r, 1, 6)}-${n(r, 1, 30)}-${n(r, 1, 20)}${r.pick(['', `-${n(r, 101, 1205)}`, ` ${r.pick(['サンライズ', 'グランド', 'メゾン'])}${r.pick(['ビル', 'ハイツ', 'マンション'])}${n(r, 2, 12)}階`])}`,
    post: (r) => `〒${D(r, 3)}-${D(r, 4)}`,
    phone: (r) => r.chance(0.6) ? (() => { const p = r.pick(['90', '80', '70']), b = D(r, 8); return [`0${p}-${b.slice(0, 4)}-${b.slice(4)}`, `+81 ${p}-${b.slice(0, 4)}-${b.slice(4)}`]; })()
      : (() => { const a = r.pick(['3', '6', '52', '92']), b = D(r, 9 - a.length); const cut = b.length - 4; return [`0${a}-${b.slice(0, cut)}-${b.slice(cut)}`, `+81 ${a}-${b.slice(0, cut)}-${b.slice(cut)}`]; })(),
    iban: null, cur: 'JPY' },
  KR: { en: 'South Korea', local: ['대한민국', '한국', 'South Korea'], lang: 'ko', cultures: ['ko'],
    cities: ['서울특별시', '부산광역시', '인천광역시', '대구광역시', '성남시'],
    street: (r) => `${r.pick(['강남구 테헤란로', '종로구 세종대로', '마포구 월드컵북로', '해운대구 해운대로', '분당구 판교역로'])} ${n(r, 1, 500)}${r.pick(['', `, ${n(r, 101, 1204)}호`])}`,
    post: (r) => D(r, 5),
    phone: (r) => r.chance(0.75) ? (() => { const b = D(r, 8); return [`010-${b.slice(0, 4)}-${b.slice(4)}`, `+82 10-${b.slice(0, 4)}-${b.slice(4)}`]; })()
      : (() => { const b = D(r, 7); return [`02-${b.slice(0, 3)}-${b.slice(3)}`, `+82 2-${b.slice(0, 3)}-${b.slice(3)}`]; })(),
    iban: null, cur: 'KRW' },
  VN: { en: 'Vietnam', local: ['Việt Nam', 'Vietnam'], lang: 'vi', cultures: ['vi'],
    cities: ['Hà Nội', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ'],
    street: (r) => `${n(r, 1, 300)} ${r.pick(['Lý Thường Kiệt', 'Nguyễn Huệ', 'Trần Hưng Đạo', 'Lê Lợi', 'Hai Bà Trưng'])}, ${r.pick(['Quận 1', 'Quận 3', 'Hoàn Kiếm', 'Hải Châu', 'Ba Đình'])}`,
    post: (r) => D(r, 6),
    phone: (r) => { const b = r.pick(['90', '91', '98', '97', '86']) + D(r, 7); return [`0${b.slice(0, 2)} ${b.slice(2, 5)} ${b.slice(5, 7)} ${b.slice(7)}`, `+84 ${b.slice(0, 2)} ${b.slice(2, 5)} ${b.slice(5)}`]; }, iban: null, cur: 'VND' },
  TH: { en: 'Thailand', local: ['ประเทศไทย', 'Thailand'], lang: 'th', cultures: ['th'],
    cities: ['กรุงเทพมหานคร', 'เชียงใหม่', 'ภูเก็ต', 'ขอนแก่น', 'Bangkok'],
    street: (r) => `${n(r, 1, 999)}/${n(r, 1, 99)} ${r.pick(['ถนนสุขุมวิท', 'ถนนสีลม', 'ถนนพหลโยธิน', 'ถนนเจริญกรุง', 'ถนนนิมมานเหมินท์'])}`,
    post: (r) => D(r, 5),
    phone: (r) => { const b = r.pick(['8', '9', '6']) + D(r, 8); return [`0${b.slice(0, 2)} ${b.slice(2, 5)} ${b.slice(5)}`, `+66 ${b.slice(0, 2)} ${b.slice(2, 5)} ${b.slice(5)}`]; }, iban: null, cur: 'THB' },
  ID: { en: 'Indonesia', local: ['Indonesia'], lang: 'id', cultures: ['id'],
    cities: ['Jakarta', 'Surabaya', 'Bandung', 'Yogyakarta', 'Medan', 'Denpasar'],
    street: (r) => `Jl. ${r.pick(['Sudirman', 'M.H. Thamrin', 'Gatot Subroto', 'Malioboro', 'Diponegoro', 'Pemuda'])} No. ${n(r, 1, 220)}${r.pick(['', `, RT ${D(r, 2)}/RW ${D(r, 2)}`])}`,
    post: (r) => D(r, 5),
    phone: (r) => { const b = '8' + r.pick(['11', '12', '13', '21', '52', '57']) + D(r, 7 + r.int(0, 1)); return [`0${b.slice(0, 3)}-${b.slice(3, 7)}-${b.slice(7)}`, `+62 ${b.slice(0, 3)}-${b.slice(3, 7)}-${b.slice(7)}`]; }, iban: null, cur: 'IDR' },
  PH: { en: 'Philippines', local: ['Pilipinas', 'Philippines'], lang: 'en', cultures: ['fil'],
    cities: ['Quezon City', 'Makati', 'Cebu City', 'Davao City'],
    street: (r) => `${n(r, 1, 900)} ${r.pick(['Ayala Avenue', 'Katipunan Ave', 'Osmeña Blvd', 'J.P. Laurel Ave'])}, ${r.pick(['Brgy. San Antonio', 'Brgy. Loyola Heights', 'Brgy. Lahug'])}`,
    post: (r) => D(r, 4),
    phone: (r) => { const b = '9' + D(r, 9); return [`0${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`, `+63 ${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`]; }, iban: null, cur: 'PHP' },
  AU: { en: 'Australia', local: ['Australia'], lang: 'en', cultures: ['en_GB', 'vi', 'zh_Latn', 'el'],
    cities: [['Surry Hills', 'NSW'], ['Fitzroy', 'VIC'], ['Fremantle', 'WA'], ['Brisbane', 'QLD'], ['Hobart', 'TAS'], ['Adelaide', 'SA']],
    street: (r) => `${r.pick(['', `Unit ${n(r, 1, 30)}, `, `${n(r, 1, 30)}/`])}${n(r, 1, 300)} ${r.pick(['Wattle', 'Banksia', 'Collins', 'Flinders', 'Brunswick'])} ${r.pick(['Street', 'Road', 'Parade', 'Lane', 'Terrace'])}`,
    post: (r) => D(r, 4),
    phone: (r) => r.chance(0.7) ? (() => { const b = '4' + D(r, 8); return [`0${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`, `+61 ${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`]; })()
      : (() => { const a = r.pick(['2', '3', '7', '8']), b = D(r, 8); return [`(0${a}) ${b.slice(0, 4)} ${b.slice(4)}`, `+61 ${a} ${b.slice(0, 4)} ${b.slice(4)}`]; })(),
    iban: null, cur: 'AUD' },
  BR: { en: 'Brazil', local: ['Brasil', 'Brazil'], lang: 'pt', cultures: ['pt_BR'],
    cities: [['São Paulo', 'SP'], ['Rio de Janeiro', 'RJ'], ['Belo Horizonte', 'MG'], ['Curitiba', 'PR'], ['Recife', 'PE'], ['Porto Alegre', 'RS'], ['Salvador', 'BA']],
    street: (r) => `${r.pick(['Rua Augusta', 'Av. Paulista', 'Rua das Flores', 'Rua XV de Novembro', 'Av. Atlântica', 'Rua da Aurora'])}, ${n(r, 1, 2500)}${r.pick(['', `, apto ${n(r, 11, 204)}`, ` - Bloco ${r.pick(['A', 'B', 'C'])}`])}`,
    post: (r) => `${D(r, 5)}-${D(r, 3)}`,
    phone: (r) => { const a = r.pick(['11', '21', '31', '41', '81', '51', '71']), b = '9' + D(r, 8); return [r.pick([`(${a}) ${b.slice(0, 5)}-${b.slice(5)}`, `(${a}) ${b.slice(0, 1)} ${b.slice(1, 5)}-${b.slice(5)}`]), `+55 ${a} ${b.slice(0, 5)}-${b.slice(5)}`]; }, iban: 'BR', cur: 'BRL' },
  MX: { en: 'Mexico', local: ['México', 'Mexico'], lang: 'es', cultures: ['mx'],
    cities: ['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla', 'Mérida', 'Querétaro'],
    street: (r) => `${r.pick(['Av. Insurgentes Sur', 'Calle Madero', 'Av. Paseo de la Reforma', 'Calle 5 de Mayo', 'Av. Chapultepec'])} ${n(r, 1, 3000)}${r.pick(['', ` int. ${n(r, 1, 40)}`])}, Col. ${r.pick(['Roma Norte', 'Condesa', 'Del Valle', 'Centro', 'Americana'])}`,
    post: (r) => D(r, 5),
    phone: (r) => { const a = r.pick(['55', '33', '81']), b = D(r, 8); return [`${a} ${b.slice(0, 4)} ${b.slice(4)}`, r.pick([`+52 ${a} ${b.slice(0, 4)} ${b.slice(4)}`, `+52 1 ${a} ${b.slice(0, 4)} ${b.slice(4)}`])]; }, iban: null, cur: 'MXN' },
  AR: { en: 'Argentina', local: ['Argentina'], lang: 'es', cultures: ['ar_AR'],
    cities: ['Buenos Aires', 'Córdoba', 'Rosario', 'Mendoza'],
    street: (r) => `Av. ${r.pick(['Corrientes', 'Santa Fe', 'Rivadavia', 'Callao'])} ${n(r, 100, 5000)}, ${n(r, 1, 14)}° ${r.pick(['A', 'B', 'C'])}`,
    post: (r) => `${r.pick(['C', 'X', 'S', 'M'])}${D(r, 4)}${r.pick(['AAB', 'ABC', 'DFG'])}`,
    phone: (r) => { const b = D(r, 8); return [`11 ${b.slice(0, 4)}-${b.slice(4)}`, `+54 9 11 ${b.slice(0, 4)}-${b.slice(4)}`]; }, iban: null, cur: 'ARS' },
  NG: { en: 'Nigeria', local: ['Nigeria'], lang: 'en', cultures: ['yo'],
    cities: ['Lagos', 'Abuja', 'Ibadan', 'Port Harcourt', 'Enugu'],
    street: (r) => `${n(r, 1, 200)} ${r.pick(['Awolowo Road', 'Adeola Odeku Street', 'Ahmadu Bello Way', 'Allen Avenue', 'Ogui Road'])}`,
    post: (r) => D(r, 6),
    phone: (r) => { const p = r.pick(['803', '806', '813', '816', '703', '905']), b = D(r, 7); return [`0${p} ${b.slice(0, 3)} ${b.slice(3)}`, `+234 ${p} ${b.slice(0, 3)} ${b.slice(3)}`]; }, iban: null, cur: 'NGN' },
  KE: { en: 'Kenya', local: ['Kenya'], lang: 'en', cultures: ['sw'],
    cities: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru', 'Eldoret'],
    street: (r) => `${r.pick(['Moi Avenue', 'Kenyatta Avenue', 'Ngong Road', 'Oginga Odinga Street'])}, ${r.pick(['Kilimani', 'Westlands', 'Nyali', 'Milimani'])}, House ${n(r, 1, 90)}`,
    post: (r) => D(r, 5),
    phone: (r) => { const p = r.pick(['712', '722', '733', '740', '768', '110']), b = D(r, 6); return [`0${p} ${b}`, `+254 ${p} ${b}`]; }, iban: null, cur: 'KES' },
  SG: { en: 'Singapore', local: ['Singapore'], lang: 'en', cultures: ['zh_Latn', 'in_Latn', 'zh'],
    cities: ['Singapore'],
    street: (r) => `Blk ${n(r, 1, 999)} ${r.pick(['Ang Mo Kio Ave 3', 'Tampines St 21', 'Jurong West St 52', 'Bedok North Rd'])} #${String(r.int(2, 25)).padStart(2, '0')}-${n(r, 10, 480)}`,
    post: (r) => D(r, 6),
    phone: (r) => { const b = r.pick(['8', '9', '6']) + D(r, 7); return [`${b.slice(0, 4)} ${b.slice(4)}`, `+65 ${b.slice(0, 4)} ${b.slice(4)}`]; }, iban: null, cur: 'SGD' },
};

export const COUNTRY_CODES = Object.keys(COUNTRIES);

// Language -> countries where it is spoken (for customers writing in that language).
export const LANG_COUNTRIES = {
  en: ['US', 'GB', 'IE', 'CA', 'AU', 'NG', 'KE', 'SG', 'PH'], de: ['DE', 'AT', 'CH'], fr: ['FR', 'BE', 'CH', 'CA'],
  es: ['ES', 'MX', 'AR'], it: ['IT', 'CH'], pt: ['BR', 'PT'], nl: ['NL', 'BE'], pl: ['PL'], sv: ['SE', 'FI'],
  tr: ['TR'], id: ['ID'], vi: ['VN'], ru: ['RU'], uk: ['UA'], el: ['GR'], ar: ['AE', 'SA'], he: ['IL'],
  hi: ['IN'], zh: ['CN', 'SG'], ja: ['JP'], ko: ['KR'], th: ['TH'], cs: ['CZ'], hu: ['HU'],
};

export function cityOf(r, c) {
  const x = r.pick(COUNTRIES[c].cities);
  return Array.isArray(x) ? { city: x[0], region: x[1] } : { city: x, region: null };
}
export const countryName = (r, c) => (r.chance(0.6) ? r.pick(COUNTRIES[c].local) : COUNTRIES[c].en);

// Phone number of country c as a PII span; form 'nat' | 'intl' | undefined (random)
export function phone(r, c, form) {
  const [nat, intl] = COUNTRIES[c].phone(r);
  const f = form || (r.chance(0.5) ? 'nat' : 'intl');
  return { ...P('PHONE_NUMBER', f === 'nat' ? nat : intl), meta: `${c}/${f}` };
}

// Postal address as fragments. style 'lines' (multi-line) or 'inline' (one line).
// Street, city and country are LOCATION spans; postcodes, states and regions are neutral.
export function address(r, c, style = 'lines', withCountry = true) {
  const C = COUNTRIES[c];
  const st = { ...P('LOCATION', C.street(r)), meta: `street/${c}` };
  const { city, region } = cityOf(r, c);
  const ct = P('LOCATION', city);
  const pc = C.post(r);
  const cn = withCountry ? P('LOCATION', countryName(r, c)) : null;
  const sep = style === 'lines' ? '\n' : ', ';
  const tailC = cn ? [sep, cn] : [];
  switch (c) {
    case 'US': case 'CA': case 'AU':
      return [st, sep, ct, region ? [c === 'AU' ? ' ' : ', ', region] : '', ' ', pc, tailC];
    case 'GB': case 'IE': case 'NG': case 'KE': case 'PH': case 'SG':
      return [st, sep, ct, pc ? (style === 'lines' ? ['\n', pc] : [' ', pc]) : '', tailC];
    case 'JP':
      return style === 'lines' ? [pc, '\n', ct, st, tailC] : [pc, ' ', ct, st, tailC];
    case 'CN':
      return [ct, st, style === 'lines' ? '\n' : ' ', pc, tailC];
    case 'KR':
      return [ct, ' ', st, style === 'lines' ? '\n' : ' ', `(${pc})`, tailC];
    case 'BR':
      return [st, sep, ct, region ? ` - ${region}` : '', sep, 'CEP ', pc, tailC];
    case 'RU': case 'UA':
      return [st, sep, ct, ', ', pc, tailC];
    case 'AE':
      return [st, sep, ct, tailC];
    case 'HU':
      return [pc, ' ', ct, sep, st, tailC];
    case 'IN':
      return [st, sep, ct, ' - ', pc, tailC];
    default:
      return [st, sep, pc, ' ', ct, tailC];
  }
}

// Price formatted in a country's convention (look-alike 'price' content only).
export function priceText(r, cur, amount) {
  const a = amount ?? (r.int(299, 189900) / 100);
  const fixed = (x, dec, th, dp) => {
    const [i, f] = x.toFixed(dec).split('.');
    const ii = i.replace(/\B(?=(\d{3})+(?!\d))/g, th);
    return f ? ii + dp + f : ii;
  };
  switch (cur) {
    case 'USD': return r.pick([`$${fixed(a, 2, ',', '.')}`, `USD ${fixed(a, 2, ',', '.')}`]);
    case 'CAD': return `CA$${fixed(a, 2, ',', '.')}`;
    case 'AUD': return `A$${fixed(a, 2, ',', '.')}`;
    case 'GBP': return `£${fixed(a, 2, ',', '.')}`;
    case 'EUR': return r.pick([`${fixed(a, 2, '.', ',')} €`, `€${fixed(a, 2, ',', '.')}`, `EUR ${fixed(a, 2, '.', ',')}`]);
    case 'CHF': return `CHF ${fixed(a, 2, "'", '.')}`;
    case 'PLN': return `${fixed(a * 4, 2, ' ', ',')} zł`;
    case 'SEK': return `${fixed(a * 11, 2, ' ', ',')} kr`;
    case 'CZK': return `${fixed(a * 25, 0, ' ', ',')} Kč`;
    case 'HUF': return `${fixed(a * 390, 0, ' ', ',')} Ft`;
    case 'TRY': return `₺${fixed(a * 35, 2, '.', ',')}`;
    case 'RUB': return `${fixed(a * 95, 0, ' ', ',')} ₽`;
    case 'UAH': return `${fixed(a * 41, 2, ' ', ',')} грн`;
    case 'ILS': return `₪${fixed(a * 3.7, 2, ',', '.')}`;
    case 'AED': return `AED ${fixed(a * 3.67, 2, ',', '.')}`;
    case 'SAR': return `${fixed(a * 3.75, 2, ',', '.')} ر.س`;
    case 'INR': return `₹${fixed(a * 83, 2, ',', '.')}`;
    case 'CNY': return `¥${fixed(a * 7.2, 2, ',', '.')}`;
    case 'JPY': return r.pick([`¥${fixed(a * 150, 0, ',', '.')}`, `${fixed(a * 150, 0, ',', '.')}円`]);
    case 'KRW': return `₩${fixed(a * 1350, 0, ',', '.')}`;
    case 'VND': return `${fixed(a * 25000, 0, '.', ',')} ₫`;
    case 'THB': return `฿${fixed(a * 36, 2, ',', '.')}`;
    case 'IDR': return `Rp ${fixed(a * 16000, 0, '.', ',')}`;
    case 'PHP': return `₱${fixed(a * 56, 2, ',', '.')}`;
    case 'BRL': return `R$ ${fixed(a * 5.1, 2, '.', ',')}`;
    case 'MXN': return `MX$${fixed(a * 17, 2, ',', '.')}`;
    case 'ARS': return `ARS ${fixed(a * 900, 2, '.', ',')}`;
    case 'NGN': return `₦${fixed(a * 1500, 2, ',', '.')}`;
    case 'KES': return `KSh ${fixed(a * 130, 2, ',', '.')}`;
    case 'SGD': return `S$${fixed(a * 1.35, 2, ',', '.')}`;
    default: return `${fixed(a, 2, ',', '.')} ${cur}`;
  }
}
