// blind2: people, places, phones, e-mails, look-alikes and the secret catalogue.
import { HEX, UP, DIG, B62, B64, B64URL, LOW } from './lib.mjs';

const CULTURES = {
  en: [['Harriet', 'Owen', 'Declan', 'Maisie', 'Tobias', 'Imogen', 'Rupert', 'Felicity'], ['Ashcombe', 'Whitlock', 'Penhaligon', 'Trevelyan', 'Blackwood', 'Fairweather', 'Hollins']],
  us: [['DeShawn', 'Kaylee', 'Brandon', 'Marisol', 'Tyler', 'Jasmine', 'Cody', 'Brittany'], ['Kowalczyk', 'Washington', 'McAllister', 'Delgado', 'Thibodeaux', 'Oyelaran', 'Brennan']],
  es: [['Ximena', 'Joaquín', 'Itziar', 'Álvaro', 'Nerea', 'Gonzalo', 'Lucía'], ['Etxeberria', 'Villanueva Ruiz', 'Quiroga', 'Barrientos', 'Ibáñez', 'Cifuentes']],
  de: [['Jürgen', 'Annelie', 'Maximilian', 'Gudrun', 'Lennart', 'Friederike'], ['Großmann', 'Oberhäuser', 'Falkenrath', 'Schröder-Lind', 'Brückner', 'Wendlandt']],
  fr: [['Anaïs', 'Benoît', 'Clémence', 'Thibault', 'Solène', 'Gaëtan'], ['Lefèvre', 'Duchêne', 'Marchetti', 'Beauregard', 'Rousseau-Valin', 'Guillot']],
  pt: [['João', 'Thaís', 'Conceição', 'Rodrigo', 'Luana', 'Caetano'], ['Albuquerque', 'Magalhães', 'dos Santos Freitas', 'Pimentel', 'Carvalhal']],
  ja: [['陽菜', '蓮', '結衣', '大翔', '美咲', '悠真'], ['佐々木', '高橋', '中村', '渡辺', '小林', '松本']],
  jaL: [['Haruto', 'Yui', 'Sota', 'Akane', 'Ren', 'Misaki'], ['Takahashi', 'Fujimoto', 'Ishikawa', 'Nakagawa', 'Morita']],
  zh: [['伟', '秀英', '子涵', '浩然', '静怡', '俊杰'], ['王', '李', '张', '陈', '刘', '赵']],
  zhL: [['Wei', 'Xiuying', 'Haoran', 'Jingyi', 'Zihan'], ['Zhang', 'Liu', 'Huang', 'Zhou', 'Xu']],
  ko: [['민준', '서연', '지호', '하은', '도윤'], ['김', '이', '박', '최', '정']],
  ru: [['Олег', 'Светлана', 'Дмитрий', 'Анастасия', 'Игорь'], ['Петренко', 'Кузнецова', 'Соколов', 'Волкова', 'Лебедев']],
  ar: [['Yousef', 'Layla', 'Omar', 'Noor', 'Khalid', 'Rania'], ['Al-Hashimi', 'Haddad', 'El-Masri', 'Bouzid', 'Al-Qahtani']],
  arS: [['محمد', 'فاطمة', 'أحمد', 'مريم'], ['العلي', 'الحسيني', 'الشمري', 'منصور']],
  hi: [['Priya', 'Arjun', 'Ananya', 'Vikram', 'Lakshmi', 'Siddharth'], ['Raghunathan', 'Chatterjee', 'Venkataraman', 'Deshpande', 'Iyer', 'Bhattacharya']],
  yo: [['Chiamaka', 'Oluwaseun', 'Ngozi', 'Babatunde', 'Adaeze', 'Emeka'], ['Okonkwo', 'Adeyemi', 'Nwachukwu', 'Olatunji', 'Eze']],
  vi: [['Lan', 'Minh', 'Thảo', 'Quang', 'Hương'], ['Nguyễn', 'Trần', 'Phạm', 'Lê', 'Võ']],
  tr: [['Zeynep', 'Emre', 'Elif', 'Burak', 'Ayşe'], ['Yıldız', 'Öztürk', 'Çelik', 'Şahin', 'Aydın']],
  pl: [['Małgorzata', 'Krzysztof', 'Agnieszka', 'Wojciech'], ['Wiśniewska', 'Zieliński', 'Grabowska', 'Szymański']],
  el: [['Αλέξανδρος', 'Ελένη', 'Γιώργος'], ['Παπαδόπουλος', 'Κωνσταντίνου', 'Βλάχου']],
  nl: [['Sanne', 'Joris', 'Femke', 'Bram'], ['van der Berg', 'de Jong', 'Visser', 'Bakker']],
  sw: [['Wanjiru', 'Baraka', 'Amani', 'Zawadi'], ['Mwangi', 'Otieno', 'Kamau', 'Njoroge']],
};
export function makePools(r, V) {
  const P = {};
  P.person = (culture) => {
    const c = culture || r.pick(Object.keys(CULTURES)); const [f, l] = CULTURES[c];
    const fn = r.pick(f), ln = r.pick(l);
    if (c === 'ja' || c === 'zh') return { full: ln + fn, first: fn, last: ln, c };
    if (c === 'ko') return { full: ln + fn, first: fn, last: ln, c };
    if (c === 'jaL' || c === 'zhL') return r.chance(0.5) ? { full: `${ln} ${fn}`, first: fn, last: ln, c } : { full: `${fn} ${ln}`, first: fn, last: ln, c };
    return { full: `${fn} ${ln}`, first: fn, last: ln, c };
  };
  const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ß/g, 'ss').replace(/[^A-Za-z]/g, '').toLowerCase();
  const DOMAINS = ['acme.example', 'northwind.test', 'mail.globex.example', 'kestrel-logistics.example', 'uni-heidelberg.test', 'correo.tierra.example', 'freemail.invalid', 'clinic-bergen.example', 'ops.initech.test', 'posteo.example', 'hospital-santa-ana.example', 'fastpost.invalid'];
  P.email = (p) => {
    const f = ascii(p?.first || r.pick(['sam', 'ops', 'kai', 'li', 'mo'])) || 'user', l = ascii(p?.last || r.pick(['reyes', 'ng', 'berg'])) || 'x';
    const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${r.int(1, 99)}`, `${l}.${f}+${r.pick(['billing', 'jira', 'news'])}`, `${f}${r.int(70, 99)}`, `${f}-${l}`]);
    return `${local}@${r.pick(DOMAINS)}`;
  };
  P.roleEmail = () => `${r.pick(['support', 'billing', 'noreply', 'security', 'hr-team', 'facturacion', 'kontakt'])}@${r.pick(DOMAINS)}`;
  const d = (n) => r.digits(n);
  const nz = () => String(r.int(2, 9));
  const PHONES = {
    US: [() => `(${nz()}${d(2)}) ${nz()}${d(2)}-${d(4)}`, () => `+1 ${nz()}${d(2)}-${nz()}${d(2)}-${d(4)}`, () => `${nz()}${d(2)}.${nz()}${d(2)}.${d(4)}`, () => `+1 (${nz()}${d(2)}) ${nz()}${d(2)} ${d(4)}`],
    CA: [() => `+1 ${r.pick(['416', '604', '514', '403', '613'])} ${nz()}${d(2)} ${d(4)}`],
    GB: [() => `+44 7${r.int(400, 999)} ${d(6)}`, () => `07${r.int(400, 999)} ${d(3)} ${d(3)}`, () => `020 7946 0${d(3)}`, () => `+44 (0)161 496 0${d(3)}`],
    DE: [() => `+49 30 ${d(4)} ${d(4)}`, () => `0151 ${d(4)} ${d(4)}`, () => `+49 (0)89 ${d(3)}-${d(4)}`, () => `+49 1${r.pick(['52', '60', '70', '76'])} ${d(7)}`],
    FR: [() => `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, () => `01 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, () => `+33 (0)7 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`],
    IN: [() => `+91 9${d(4)} ${d(5)}`, () => `+91-8${d(9)}`, () => `098${d(3)} ${d(5)}`],
    BR: [() => `+55 11 9${d(4)}-${d(4)}`, () => `(21) 9${d(4)}-${d(4)}`],
    JP: [() => `090-${d(4)}-${d(4)}`, () => `+81 80-${d(4)}-${d(4)}`, () => `03-${d(4)}-${d(4)}`],
    AU: [() => `+61 4${d(2)} ${d(3)} ${d(3)}`, () => `04${d(2)} ${d(3)} ${d(3)}`, () => `(02) ${d(4)} ${d(4)}`],
    ES: [() => `+34 6${d(2)} ${d(3)} ${d(3)}`, () => `91 ${d(3)} ${d(2)} ${d(2)}`],
    IT: [() => `+39 3${d(2)} ${d(3)} ${d(4)}`, () => `06 ${d(4)} ${d(4)}`],
    NL: [() => `+31 6 ${d(8)}`, () => `06-${d(8)}`, () => `+31 20 ${d(3)} ${d(4)}`],
    MX: [() => `+52 55 ${d(4)} ${d(4)}`, () => `+52 1 33 ${d(4)} ${d(4)}`],
    KR: [() => `+82 10-${d(4)}-${d(4)}`, () => `010-${d(4)}-${d(4)}`],
    ZA: [() => `+27 82 ${d(3)} ${d(4)}`, () => `021 ${d(3)} ${d(4)}`],
    NG: [() => `+234 803 ${d(3)} ${d(4)}`, () => `0805 ${d(3)} ${d(4)}`],
    PL: [() => `+48 5${d(2)} ${d(3)} ${d(3)}`],
    SE: [() => `+46 70-${d(3)} ${d(2)} ${d(2)}`, () => `08-${d(3)} ${d(3)} ${d(2)}`],
    KE: [() => `+254 7${d(2)} ${d(3)} ${d(3)}`],
  };
  P.phone = (cc) => r.pick(PHONES[cc || r.pick(Object.keys(PHONES))])();
  P.usPhone = () => r.pick(PHONES.US)();
  const CITIES = ['Bengaluru', 'São Paulo', 'Kraków', 'Zürich', 'Lagos', 'Reykjavík', 'Thessaloniki', 'Hyderabad', 'Guadalajara', 'Nairobi', 'Montréal', 'Wrocław', 'Köln', 'Sevilla', 'Marseille', 'Osaka', 'Busan', 'Da Nang', 'İzmir', 'Porto Alegre', 'Brisbane', 'Winnipeg', 'Tucson', 'Duluth', 'Leeds', 'Cork', 'Bergen', 'Tampere', 'Rotterdam', 'Ghent', 'Valparaíso', 'Medellín', 'Casablanca', 'Durban', 'Chiang Mai', '大阪', '札幌', '杭州', 'Москва', 'Новосибирск', 'القاهرة'];
  const COUNTRIES = ['Portugal', 'Kenya', 'Viet Nam', 'Argentina', 'Norway', 'Japan', 'Deutschland', 'México', 'India', 'Brasil', 'Nigeria', 'Türkiye', 'Polska', 'Canada', 'New Zealand'];
  const STREETS = [() => `${r.int(3, 9800)} ${r.pick(['Alder Crescent', 'Larkspur Ave', 'Old Mill Rd', 'Quarry Hill Ln', 'Bayberry Ct', 'W Juniper St'])}`, () => `${r.pick(['Lindenstraße', 'Am Weidenhof', 'Kastanienallee', 'Bergstraße'])} ${r.int(1, 140)}`, () => `${r.int(1, 90)} rue ${r.pick(['des Tanneurs', 'du Moulin-Vert', 'Saint-Éloi', 'de la Verrerie'])}`, () => `Calle ${r.pick(['de la Amargura', 'Jacarandá', 'Río Tajo', 'Cerro Azul'])} ${r.int(1, 300)}`, () => `Rua ${r.pick(['das Flores', 'Barão de Itu', 'Conselheiro Lafaiete'])}, ${r.int(10, 2400)}`, () => `${r.int(1, 99)} ${r.pick(['Kingsmead Road', 'Harrow Close', 'St Anselm Terrace'])}`];
  P.city = () => r.pick(CITIES);
  P.country = () => r.pick(COUNTRIES);
  P.street = () => r.pick(STREETS)();
  P.company = () => r.pick(['Acme Corp', 'Globex GmbH', 'Initech', 'Northwind Traders', 'Kestrel Logistics', 'Umbrella Analytics', 'Soylent Foods', 'Vandelay Industries', 'Tierra Verde S.A.', 'Hooli Cloud']);
  P.host = () => `${r.pick(['api', 'db-primary', 'cache-02', 'auth', 'files', 'build', 'grafana', 'queue', 'ldap', 'smtp'])}.${r.pick(['acme', 'northwind', 'globex', 'kestrel', 'initech'])}.${r.pick(['example', 'test', 'internal.example', 'prod.test'])}`;

  // ---- look-alike values ----
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  P.date = () => { const y = r.int(2019, 2025), m = r.int(1, 12), dd = r.int(1, 28); return r.pick([`${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`, `${dd} ${months[m - 1]} ${y}`, `${String(dd).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`, `${months[m - 1]} ${dd}, ${y}`]); };
  P.ts = () => { const y = r.int(2023, 2025), m = r.int(1, 12), dd = r.int(1, 28); const t = `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`; return r.pick([`${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}T${t}.${r.digits(3)}Z`, `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')} ${t}`, String(r.int(1690000000, 1760000000)), String(r.int(1690000000, 1760000000)) + r.digits(3)]); };
  P.isoTs = () => { const y = r.int(2023, 2025), m = r.int(1, 12), dd = r.int(1, 28); return `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`; };
  P.version = () => r.pick([`${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`, `v${r.int(1, 5)}.${r.int(0, 19)}.${r.int(0, 9)}`, `${r.int(1, 3)}.${r.int(0, 9)}.${r.int(0, 9)}-rc.${r.int(1, 4)}`, `${r.int(2019, 2025)}.${r.int(1, 12)}.${r.int(1, 9)}`]);
  P.order = () => r.pick([`ORD-${r.int(2022, 2025)}-${r.digits(6)}`, `#${r.int(100000, 9999999)}`, `PO-${r.digits(8)}`, `SO${r.digits(9)}`, `INV-${r.chars(UP, 2)}-${r.digits(7)}`]);
  P.tracking = () => r.pick([`1Z${r.chars(UP + DIG, 6)}${r.digits(10)}`, `${r.chars(UP, 2)}${r.digits(9)}${r.pick(['DE', 'GB', 'CN', 'US', 'NL'])}`, `9400${r.digits(18)}`, `JJD${r.digits(15)}`]);
  P.price = () => r.pick([`$${r.int(1, 4999)}.${r.digits(2)}`, `€${r.int(1, 999)},${r.digits(2)}`, `${r.int(10, 90000).toLocaleString('en-US')}.${r.digits(2)} USD`, `£${r.int(1, 500)}.${r.digits(2)}`, `¥${r.int(100, 99000)}`, `R$ ${r.int(10, 4000)},${r.digits(2)}`]);
  P.coords = () => `${(r.f() * 140 - 70).toFixed(r.int(4, 6))}, ${(r.f() * 340 - 170).toFixed(r.int(4, 6))}`;
  P.requestId = () => r.pick([`req_${r.chars(B62, 14)}`, `${r.chars(HEX, 16)}`, V.uuid(), `Root=1-${r.chars(HEX, 8)}-${r.chars(HEX, 24)}`, `trace-${r.chars(HEX, 32)}`]);
  P.crmId = () => r.pick([`0035g00000${r.chars(B62, 5)}AAA`, `CUST-${r.digits(6)}`, `HS-${r.digits(9)}`, `acct_${r.chars(HEX, 12)}`]);
  P.build = () => r.pick([`#${r.int(1000, 99999)}`, `build ${r.int(100, 9999)}`, `${r.int(20230101, 20251231)}.${r.int(1, 40)}`]);
  P.hexColor = () => '#' + r.chars(HEX, r.pick([6, 6, 3]));
  P.k8sRv = () => String(r.int(100000, 99999999));
  P.productCode = () => r.pick([`${r.int(200, 999)}-${r.digits(3)}-${r.digits(4)}-${r.chars(UP, 2)}`, `P/N ${r.digits(3)}-${r.digits(4)}-${r.digits(2)}`, `SKU-${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`]);
  P.placeholder = () => r.pick(['changeme', '<your-token>', 'xxxxxxxxxxxxxxxx', 'YOUR_API_KEY_HERE', '********', 'REPLACE_ME', 'sk-...', '<redacted>', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'dummy', 'password', 'TODO', '<PASTE_SECRET>', 'sk_live_XXXXXXXXXXXXXXXX', 'your-secret-here', '[hidden]', 'AKIAXXXXXXXXXXXXXXXX']);
  P.awsExample = () => r.pick(['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY']);
  P.envRef = (name) => r.pick([`\${${name}}`, `\${{ secrets.${name} }}`, `$${name}`, `%${name}%`, `{{ .Values.${name.toLowerCase()} }}`, `\${env:${name}}`]);
  P.testCard = () => r.pick(['4242424242424242', '4242 4242 4242 4242', '4111111111111111', '4111 1111 1111 1111', '5555555555554444', '378282246310005', '4000056655665556', '6011111111111117']);
  P.pubStripe = () => 'pk_live_' + r.chars(B62, 99);
  P.mapbox = () => `pk.eyJ1Ijoi${r.chars(B64URL, 20)}.${r.chars(B64URL, 22)}`;
  return P;
}

// ---- the secret catalogue: entity, value generator, key names as they appear in configs ----
export function makeSecrets(r, V) {
  const b64 = (s) => Buffer.from(s).toString('base64');
  const cat = [
    ['GITHUB_PAT', () => V.ghToken('ghp'), ['GITHUB_TOKEN', 'GH_TOKEN', 'github.token', 'gh_pat']],
    ['GITHUB_OAUTH_TOKEN', () => V.ghToken('gho'), ['GITHUB_OAUTH_TOKEN', 'oauth_token']],
    ['GITHUB_USER_TO_SERVER_TOKEN', () => V.ghToken('ghu'), ['GH_APP_USER_TOKEN', 'user_token']],
    ['GITHUB_SERVER_TO_SERVER_TOKEN', () => V.ghToken('ghs'), ['GH_INSTALLATION_TOKEN', 'installation_token']],
    ['GITHUB_REFRESH_TOKEN', () => V.ghToken('ghr'), ['GH_REFRESH_TOKEN', 'refresh_token']],
    ['GITHUB_FINE_GRAINED_PAT', () => V.ghFine(), ['GITHUB_PAT', 'gh_fine_grained']],
    ['AWS_ACCESS_KEY', () => V.akia('AKIA'), ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId']],
    ['AWS_TEMP_ACCESS_KEY', () => V.akia('ASIA'), ['AWS_ACCESS_KEY_ID', 'AccessKeyId']],
    ['AWS_SECRET_KEY', () => V.awsSecret(), ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey']],
    ['AWS_SESSION_TOKEN', () => V.awsSession(), ['AWS_SESSION_TOKEN', 'aws_session_token']],
    ['SLACK_BOT_TOKEN', () => V.slack('xoxb'), ['SLACK_BOT_TOKEN', 'slack.bot_token']],
    ['SLACK_USER_TOKEN', () => V.slackUser(), ['SLACK_USER_TOKEN', 'slack_user_token']],
    ['SLACK_APP_TOKEN', () => V.slackApp(), ['SLACK_APP_TOKEN', 'socket_mode_token']],
    ['STRIPE_SECRET_KEY', () => V.stripe('sk_live_'), ['STRIPE_SECRET_KEY', 'stripe.secret_key', 'STRIPE_API_KEY']],
    ['STRIPE_RESTRICTED_KEY', () => V.stripe('rk_live_'), ['STRIPE_RESTRICTED_KEY', 'stripe_rk']],
    ['STRIPE_WEBHOOK_SECRET', () => V.stripe('whsec_'), ['STRIPE_WEBHOOK_SECRET', 'webhook_signing_secret']],
    ['OPENAI_API_KEY', () => V.openai(), ['OPENAI_API_KEY', 'openai.api_key', 'llm_key']],
    ['OPENAI_API_KEY_LEGACY', () => V.openaiLegacy(), ['OPENAI_KEY', 'openai_key']],
    ['ANTHROPIC_API_KEY', () => V.anthropic(), ['ANTHROPIC_API_KEY', 'anthropic.apiKey', 'CLAUDE_KEY']],
    ['HUGGINGFACE_TOKEN', () => V.hf(), ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN']],
    ['GITLAB_PAT', () => V.glpat(), ['GITLAB_TOKEN', 'CI_JOB_PAT', 'gitlab_pat']],
    ['GITLAB_RUNNER_TOKEN', () => V.glrt(), ['RUNNER_TOKEN', 'runner_authentication_token']],
    ['GITLAB_DEPLOY_TOKEN', () => V.gldt(), ['DEPLOY_TOKEN', 'gitlab_deploy_token']],
    ['NPM_TOKEN', () => V.npm(), ['NPM_TOKEN', '_authToken', 'NODE_AUTH_TOKEN']],
    ['GCP_API_KEY', () => 'AIza' + r.chars(B62 + '-_', 35), ['GOOGLE_API_KEY', 'MAPS_SERVER_KEY', 'firebase_api_key']],
    ['GOOGLE_OAUTH_CLIENT_SECRET', () => 'GOCSPX-' + r.chars(B62 + '-_', 28), ['GOOGLE_CLIENT_SECRET', 'client_secret']],
    ['AZURE_STORAGE_KEY', () => r.chars(B64, 86) + '==', ['AZURE_STORAGE_KEY', 'AccountKey', 'storage_account_key']],
    ['AZURE_CLIENT_SECRET', () => r.chars(B62, 3) + r.int(1, 9) + 'Q~' + r.chars(B62 + '~._-', 34), ['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET']],
    ['SENDGRID_API_KEY', () => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`, ['SENDGRID_API_KEY', 'sendgrid_key']],
    ['TWILIO_AUTH_TOKEN', () => r.chars(HEX, 32), ['TWILIO_AUTH_TOKEN', 'twilio.auth_token']],
    ['TWILIO_API_KEY', () => 'SK' + r.chars(HEX, 32), ['TWILIO_API_KEY_SID', 'twilio_api_key']],
    ['MAILGUN_API_KEY', () => 'key-' + r.chars(HEX, 32), ['MAILGUN_API_KEY', 'mailgun_key']],
    ['MAILCHIMP_API_KEY', () => r.chars(HEX, 32) + '-us' + r.int(1, 21), ['MAILCHIMP_API_KEY', 'mc_api_key']],
    ['DATADOG_API_KEY', () => r.chars(HEX, 32), ['DD_API_KEY', 'datadog_api_key']],
    ['DATADOG_APP_KEY', () => r.chars(HEX, 40), ['DD_APP_KEY', 'datadog_app_key']],
    ['SENTRY_AUTH_TOKEN', () => 'sntrys_' + r.chars(B64URL, 120), ['SENTRY_AUTH_TOKEN']],
    ['SHOPIFY_ACCESS_TOKEN', () => 'shpat_' + r.chars(HEX, 32), ['SHOPIFY_ACCESS_TOKEN', 'shopify_admin_token']],
    ['SHOPIFY_SHARED_SECRET', () => 'shpss_' + r.chars(HEX, 32), ['SHOPIFY_API_SECRET']],
    ['DISCORD_BOT_TOKEN', () => `${Buffer.from(String(r.int(1, 9)) + r.digits(17)).toString('base64').replace(/=+$/, '')}.${r.chars(B64URL, 6)}.${r.chars(B64URL, 38)}`, ['DISCORD_TOKEN', 'discord.bot_token']],
    ['TELEGRAM_BOT_TOKEN', () => `${r.int(1, 9)}${r.digits(9)}:AA${r.chars(B64URL, 33)}`, ['TELEGRAM_BOT_TOKEN', 'tg_token']],
    ['DIGITALOCEAN_TOKEN', () => 'dop_v1_' + r.chars(HEX, 64), ['DIGITALOCEAN_ACCESS_TOKEN', 'do_token']],
    ['NEWRELIC_LICENSE_KEY', () => r.chars(HEX, 36) + 'NRAL', ['NEW_RELIC_LICENSE_KEY', 'license_key']],
    ['NEWRELIC_USER_KEY', () => 'NRAK-' + r.chars(UP + DIG, 27), ['NEW_RELIC_API_KEY']],
    ['DOPPLER_TOKEN', () => 'dp.st.' + r.pick(['prd', 'ci', 'stg']) + '.' + r.chars(B62, 40), ['DOPPLER_TOKEN']],
    ['VAULT_TOKEN', () => 'hvs.' + r.chars(B62 + '_-', 90), ['VAULT_TOKEN', 'vault.token']],
    ['TERRAFORM_CLOUD_TOKEN', () => `${r.chars(B62, 14)}.atlasv1.${r.chars(B62, 67)}`, ['TFE_TOKEN', 'TF_TOKEN_app_terraform_io']],
    ['PULUMI_ACCESS_TOKEN', () => 'pul-' + r.chars(HEX, 40), ['PULUMI_ACCESS_TOKEN']],
    ['DOCKERHUB_PAT', () => 'dckr_pat_' + r.chars(B62 + '-_', 27), ['DOCKERHUB_TOKEN', 'REGISTRY_PASSWORD']],
    ['LINEAR_API_KEY', () => 'lin_api_' + r.chars(B62, 40), ['LINEAR_API_KEY']],
    ['NOTION_TOKEN', () => 'ntn_' + r.digits(11) + r.chars(B62, 35), ['NOTION_TOKEN', 'notion_secret']],
    ['ATLASSIAN_API_TOKEN', () => 'ATATT3xFfGF0' + r.chars(B64URL, 170) + '=' + r.chars(UHEX_, 8), ['JIRA_API_TOKEN', 'CONFLUENCE_TOKEN']],
    ['CLOUDFLARE_API_TOKEN', () => r.chars(B62 + '_-', 40), ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN']],
    ['SQUARE_ACCESS_TOKEN', () => 'EAAA' + r.chars(B62 + '-_', 60), ['SQUARE_ACCESS_TOKEN']],
    ['ALGOLIA_ADMIN_KEY', () => r.chars(HEX, 32), ['ALGOLIA_ADMIN_API_KEY']],
    ['AIRTABLE_PAT', () => `pat${r.chars(B62, 14)}.${r.chars(HEX, 64)}`, ['AIRTABLE_TOKEN']],
    ['POSTMAN_API_KEY', () => `PMAK-${r.chars(HEX, 24)}-${r.chars(HEX, 34)}`, ['POSTMAN_API_KEY']],
    ['GRAFANA_SERVICE_ACCOUNT_TOKEN', () => `glsa_${r.chars(B62, 32)}_${r.chars(HEX, 8)}`, ['GRAFANA_TOKEN', 'grafana_sa_token']],
    ['FACEBOOK_ACCESS_TOKEN', () => 'EAAG' + r.chars(B62, 180), ['FB_ACCESS_TOKEN', 'META_PAGE_TOKEN']],
    ['OKTA_API_TOKEN', () => '00' + r.chars(B62 + '-_', 40), ['OKTA_API_TOKEN', 'okta.token']],
    ['DJANGO_SECRET_KEY', () => 'django-insecure-' + r.chars(LOW + DIG + '!@#%^&*(-_=+)', 50), ['DJANGO_SECRET_KEY', 'SECRET_KEY']],
    ['FLASK_SECRET_KEY', () => r.chars(HEX, 64), ['FLASK_SECRET_KEY', 'SESSION_SECRET']],
    ['JWT_SIGNING_SECRET', () => r.chars(B64URL, 48), ['JWT_SECRET', 'jwt.signing_key']],
    ['ENCRYPTION_KEY', () => r.bytes(32).toString('base64'), ['ENCRYPTION_KEY', 'DATA_KEY', 'master_key']],
    ['GENERIC_API_KEY', () => r.chars(B62, r.int(32, 48)), ['api_key', 'X_API_KEY', 'apiKey', 'PARTNER_API_KEY']],
    ['GENERIC_SECRET', () => r.chars(B64URL, r.int(30, 44)), ['client_secret', 'app_secret', 'SIGNING_SECRET', 'secret']],
    ['OAUTH_CLIENT_SECRET', () => r.chars(B62, 40), ['OAUTH_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET']],
    ['DATABASE_PASSWORD', () => V.password(), ['DB_PASSWORD', 'POSTGRES_PASSWORD', 'database.password', 'MYSQL_ROOT_PASSWORD']],
    ['REDIS_PASSWORD', () => V.password(), ['REDIS_PASSWORD', 'requirepass']],
    ['SMTP_PASSWORD', () => V.password(), ['SMTP_PASSWORD', 'mail.password', 'EMAIL_HOST_PASSWORD']],
    ['LDAP_BIND_PASSWORD', () => V.password(), ['LDAP_BIND_PASSWORD', 'bindPassword']],
    ['ADMIN_PASSWORD', () => V.password(), ['ADMIN_PASSWORD', 'GRAFANA_ADMIN_PASSWORD', 'KEYCLOAK_ADMIN_PASSWORD']],
    ['JWT', () => V.jwt({ sub: r.digits(8), iss: 'https://auth.acme.example', aud: 'api', iat: 1700000000 + r.int(0, 5e7), exp: 1760000000 + r.int(0, 5e6), scope: 'read write' }, r.pick(['HS256', 'RS256', 'ES256'])), ['ACCESS_TOKEN', 'SERVICE_JWT', 'id_token']],
  ];
  return cat.map(([entity, gen, keys]) => ({ entity, gen, keys }));
}
const UHEX_ = '0123456789ABCDEF';
