// blind4: source code in many languages (SDK clients, tests, fixtures, scripts).
import { V, f, S, P, L, join, pick, int, chance, chars, hex, digits, B62, sec, secShort, secCycle, host, dbhost, user, connStr, who } from './common.mjs';

const lk = () => pick([
  () => L('uuid', V.uuid()), () => L('git_sha', V.gitSha()), () => L('digest', V.sha256hex()), () => L('order_number', V.orderNo()),
  () => L('placeholder', V.placeholder()), () => L('request_id', V.requestId()), () => L('version', V.version()), () => L('timestamp', V.isoTs()),
])();
const testCard = () => L('vendor_test_card', V.vendorTestCard().replace(/\s/g, ''));

function srcGo() {
  const s = secCycle(), s2 = secShort(); const w = who();
  if (chance(0.5)) {
    return f`package payments\n\nimport (\n\t"context"\n\t"net/http"\n\t"time"\n\n\t"code.acme.example/sdk-go/client"\n)\n\n// TODO(${pick(['ops', 'sec'])}): read these from the environment before the audit.\nconst (\n\tdefaultEndpoint = "https://${host()}/v1"\n\tapiKey          = "${S(s.entity, s.value)}"\n\tfallbackKey     = "${S(s2.entity, s2.value)}"\n\tbuildCommit     = "${L('git_sha', V.gitSha())}"\n)\n\nfunc NewClient(ctx context.Context) (*client.Client, error) {\n\treturn client.New(ctx,\n\t\tclient.WithEndpoint(defaultEndpoint),\n\t\tclient.WithAPIKey(apiKey),\n\t\tclient.WithHTTPClient(&http.Client{Timeout: 15 * time.Second}),\n\t\tclient.WithUserAgent("payments/${L('version', V.version())}"),\n\t)\n}\n\nvar dsn = "${connStr()}"\n`;
  }
  return f`package store_test\n\nimport "testing"\n\nvar fixtureUsers = []User{\n\t{ID: "${L('uuid', V.uuid())}", Name: "${P('PERSON', w.name)}", Email: "${P('EMAIL_ADDRESS', w.email)}", Phone: "${P('PHONE_NUMBER', w.phone)}"},\n\t{ID: "${L('uuid', V.uuid())}", Name: "${P('PERSON', V.person('full'))}", Email: "${P('EMAIL_ADDRESS', V.email())}", Card: "${testCard()}"},\n}\n\nfunc TestSignWebhook(t *testing.T) {\n\tsecret := []byte("${S('WEBHOOK_SECRET', V.webhookSecret())}")\n\tgot := Sign(secret, []byte(\`{"id":"evt_1"}\`))\n\twant := "${L('hash', V.sha256hex())}"\n\tif got != want {\n\t\tt.Fatalf("sig = %s, want %s", got, want)\n\t}\n}\n\nfunc TestClientAuth(t *testing.T) {\n\tc := NewClient("${S(s.entity, s.value)}")\n\tif c.Key() == "${L('placeholder', V.placeholder())}" {\n\t\tt.Skip("no key")\n\t}\n}\n`;
}

function srcRust() {
  const s = secCycle(); const pw = V.password();
  if (chance(0.5)) {
    return f`use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};\nuse sqlx::postgres::PgPoolOptions;\n\n// quick hack for the demo, see ${pick(['INFRA', 'SEC', 'PLAT'])}-${int(100, 999)}\nconst API_TOKEN: &str = "${S(s.entity, s.value)}";\nconst SCHEMA_HASH: &str = "${L('digest', V.sha256hex())}";\n\n#[tokio::main]\nasync fn main() -> anyhow::Result<()> {\n    let mut headers = HeaderMap::new();\n    headers.insert(AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {}", API_TOKEN))?);\n    let http = reqwest::Client::builder().default_headers(headers).build()?;\n    let pool = PgPoolOptions::new()\n        .max_connections(5)\n        .connect("postgres://${user()}:${S('DATABASE_PASSWORD', pw)}@${dbhost()}/ledger")\n        .await?;\n    let run_id = "${L('uuid', V.uuid())}";\n    sync(&http, &pool, run_id).await\n}\n`;
  }
  const w = who();
  return f`#[cfg(test)]\nmod tests {\n    use super::*;\n\n    const TEST_KEY: &str = "${S(s.entity, s.value)}";\n    const EXAMPLE_KEY: &str = "${L('aws_example_key', V.AWS_EXAMPLE_SECRET)}";\n\n    fn sample_customer() -> Customer {\n        Customer {\n            id: uuid!("${L('uuid', V.uuid())}"),\n            name: "${P('PERSON', w.name)}".into(),\n            email: "${P('EMAIL_ADDRESS', w.email)}".into(),\n            iban: "${P('IBAN_CODE', V.iban(undefined, false))}".into(),\n            created: "${L('timestamp', V.isoTs())}".parse().unwrap(),\n        }\n    }\n\n    #[test]\n    fn signs_with_key() {\n        let sig = sign(TEST_KEY, &sample_customer());\n        assert_eq!(sig.len(), 64);\n        assert_ne!(sig, "${L('hash', V.sha256hex())}");\n    }\n}\n`;
}

function srcJava() {
  const s = secCycle(); const s2 = secShort();
  if (chance(0.5)) {
    return f`package com.acme.integrations;\n\nimport com.acme.sdk.ApiClient;\nimport com.acme.sdk.auth.ApiKeyAuth;\n\npublic final class PartnerConfig {\n    // FIXME: move to Secrets Manager (${L('secret_reference', V.secretRef())})\n    private static final String API_KEY = "${S(s.entity, s.value)}";\n    private static final String SIGNING_SECRET = "${S(s2.entity, s2.value)}";\n    private static final String BUILD = "${L('git_sha', V.gitSha())}";\n\n    public static ApiClient client() {\n        ApiClient c = new ApiClient("https://${host()}");\n        c.setAuthentication(new ApiKeyAuth("header", "X-Api-Key", API_KEY));\n        c.setUserAgent("partner-sync/${L('version', V.version())}");\n        return c;\n    }\n\n    static final String JDBC = "jdbc:mysql://${dbhost()}:3306/crm?user=${user()}&password=${S('DATABASE_PASSWORD', V.urlPassword())}";\n}\n`;
  }
  const w = who();
  return f`class CustomerRepositoryTest {\n\n    @Test\n    void findsByEmail() {\n        Customer c = new Customer(\n            UUID.fromString("${L('uuid', V.uuid())}"),\n            "${P('PERSON', w.name)}",\n            "${P('EMAIL_ADDRESS', w.email)}",\n            "${P('PHONE_NUMBER', w.phone)}");\n        c.setSsn("${P('US_SSN', V.ssn())}");\n        c.setCard("${P('CREDIT_CARD', V.card(''))}");\n        repo.save(c);\n        assertThat(repo.findByEmail("${P('EMAIL_ADDRESS', w.email)}")).isPresent();\n    }\n\n    @Test\n    void rejectsBadCard() {\n        assertThrows(ValidationException.class, () -> validator.card("${L('invalid_card', V.invalidCard(''))}"));\n        assertDoesNotThrow(() -> validator.card("${testCard()}"));\n    }\n\n    private static final String SANDBOX_TOKEN = "${S(s.entity, s.value)}";\n}\n`;
}

function srcKotlin() {
  const s = secCycle(); const w = who();
  return f`package com.acme.mobile.data\n\nimport okhttp3.OkHttpClient\nimport okhttp3.Interceptor\n\nobject Network {\n    private const val BASE = "https://${host()}/"\n    // ${pick(['temporary', 'will rotate after launch', 'copied from the wiki'])}\n    private const val KEY = "${S(s.entity, s.value)}"\n    private const val CERT_PIN = "sha256/${L('digest', Buffer.from(hex(64), 'hex').toString('base64'))}"\n\n    val client: OkHttpClient = OkHttpClient.Builder()\n        .addInterceptor(Interceptor { chain ->\n            chain.proceed(chain.request().newBuilder()\n                .header("Authorization", "Bearer $KEY")\n                .header("X-Request-Id", "${L('request_id', V.uuid())}")\n                .build())\n        })\n        .build()\n}\n\nval previewUser = User(\n    name = "${P('PERSON', w.name)}",\n    email = "${P('EMAIL_ADDRESS', w.email)}",\n    phone = "${P('PHONE_NUMBER', w.phone)}",\n    city = "${P('LOCATION', w.city)}",\n)\n`;
}

function srcCsharp() {
  const s = secCycle(); const s2 = secShort();
  if (chance(0.5)) {
    return f`using Azure.Storage.Blobs;\nusing Microsoft.Extensions.DependencyInjection;\n\nnamespace Acme.Billing;\n\npublic static class ServiceRegistration\n{\n    private const string StorageConn = "DefaultEndpointsProtocol=https;AccountName=${pick(['acmebilling', 'globexdocs'])};AccountKey=${S('AZURE_STORAGE_KEY', V.azureStorageKey())};EndpointSuffix=core.acme.example";\n\n    public static IServiceCollection AddBilling(this IServiceCollection services)\n    {\n        services.AddSingleton(new BlobServiceClient(StorageConn));\n        services.AddHttpClient("partner", c =>\n        {\n            c.BaseAddress = new Uri("https://${host()}/");\n            c.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "${S(s.entity, s.value)}");\n        });\n        services.Configure<SmtpOptions>(o => { o.Host = "smtp.acme.example"; o.Password = "${S('SMTP_PASSWORD', V.password())}"; });\n        return services;\n    }\n\n    // release ${L('version', V.version())} / ${L('git_sha', V.shortSha())}\n}\n`;
  }
  const w = who();
  return f`public class InvoiceServiceTests\n{\n    private const string ClientSecret = "${S('AZURE_CLIENT_SECRET', V.azureClientSecret())}";\n    private const string TenantId = "${L('uuid', V.uuid())}";\n\n    [Fact]\n    public async Task Creates_invoice_for_customer()\n    {\n        var customer = new Customer\n        {\n            FullName = "${P('PERSON', w.name)}",\n            Email = "${P('EMAIL_ADDRESS', w.email)}",\n            TaxId = "${P('US_ITIN', V.itin())}",\n            Address = "${P('LOCATION', V.address())}",\n        };\n        var inv = await _svc.CreateAsync(customer, amount: 129.90m);\n        Assert.Equal("${L('invoice_number', V.invoiceNo())}", inv.Number);\n        Assert.NotEqual("${S(s2.entity, s2.value)}", inv.Token);\n    }\n}\n`;
}

function srcTs() {
  const s = sec(pick(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'STRIPE_SECRET_KEY', 'SUPABASE_SERVICE_ROLE_KEY', 'ALGOLIA_ADMIN_KEY', 'SENDGRID_API_KEY', 'LINEAR_API_KEY', 'NOTION_TOKEN']));
  const s2 = secCycle(); const k = int(0, 2);
  if (k === 0) {
    return f`import OpenAI from "openai";\nimport Anthropic from "@anthropic-ai/sdk";\nimport Stripe from "stripe";\n\nexport const llm = new OpenAI({\n  apiKey: process.env.OPENAI_API_KEY ?? "${S(s.entity, s.value)}",\n  baseURL: "https://llm-proxy.acme.example/v1",\n});\n\nexport const claude = new Anthropic({ apiKey: ${L('env_reference', 'process.env.ANTHROPIC_API_KEY')} });\n\nexport const stripe = new Stripe("${S(s2.entity, s2.value)}", { apiVersion: "${L('date', '2024-06-20')}" });\n\n// public values, safe to ship\nexport const PUBLISHABLE_KEY = "${L('public_key', V.stripePk())}";\nexport const SENTRY_RELEASE = "${L('git_sha', V.gitSha())}";\n`;
  }
  if (k === 1) {
    const w = who(), w2 = who();
    return f`// test/fixtures/users.ts\nexport const users = [\n  {\n    id: "${L('uuid', V.uuid())}",\n    name: "${P('PERSON', w.name)}",\n    email: "${P('EMAIL_ADDRESS', w.email)}",\n    phone: "${P('PHONE_NUMBER', w.phone)}",\n    lastIp: "${P('IP_ADDRESS', V.ip())}",\n    createdAt: "${L('timestamp', V.isoTs())}",\n  },\n  {\n    id: "${L('uuid', V.uuid())}",\n    name: "${P('PERSON', w2.name)}",\n    email: "${P('EMAIL_ADDRESS', w2.email)}",\n    wallet: "${P('CRYPTO', V.btc())}",\n    card: "${testCard()}",\n  },\n];\n\nexport const apiToken = "${S(s2.entity, s2.value)}"; // recorded with nock, still valid?\n`;
  }
  const nonce = V.cspNonce();
  return f`import express from "express";\nimport session from "express-session";\n\nconst app = express();\napp.use(session({\n  secret: "${S('SESSION_SECRET', V.flaskSecret())}",\n  cookie: { secure: true, maxAge: 86_400_000 },\n}));\n\napp.get("/", (_req, res) => {\n  res.set("Content-Security-Policy", "script-src 'nonce-${L('csp_nonce', nonce)}'");\n  res.send(\`<script nonce="${L('csp_nonce', nonce)}" src="/app.${L('cache_bust_hash', V.cacheBust())}.js"></script>\`);\n});\n\nconst ADMIN_TOKEN = "${S(s.entity, s.value)}";\napp.listen(3000);\n`;
}

function srcPython() {
  const s = secCycle(); const s2 = sec(pick(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'HUGGINGFACE_TOKEN', 'SLACK_BOT_TOKEN', 'TWILIO_AUTH_TOKEN', 'AWS_SECRET_ACCESS_KEY']));
  const k = int(0, 2);
  if (k === 0) {
    return f`import boto3\nfrom slack_sdk import WebClient\nfrom twilio.rest import Client as Twilio\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="${S('AWS_ACCESS_KEY_ID', V.awsKeyId())}",\n    aws_secret_access_key="${S('AWS_SECRET_ACCESS_KEY', V.awsSecret())}",\n    region_name="${pick(['eu-west-1', 'us-east-2'])}",\n)\n\nslack = WebClient(token="${S('SLACK_BOT_TOKEN', V.slackBot())}")\ntwilio = Twilio("AC${hex(32)}", "${S('TWILIO_AUTH_TOKEN', V.twilioAuth())}")\n\n# docs example, never valid:\nEXAMPLE = {"key_id": "${L('aws_example_key', V.AWS_EXAMPLE_ID)}", "secret": "${L('aws_example_key', V.AWS_EXAMPLE_SECRET)}"}\n\nBUCKET = "reports-${L('content_id', hex(8))}"\n`;
  }
  if (k === 1) {
    const w = who();
    return f`import pytest\n\n\n@pytest.fixture\ndef customer(db):\n    return Customer.objects.create(\n        full_name="${P('PERSON', w.name)}",\n        email="${P('EMAIL_ADDRESS', w.email)}",\n        phone="${P('PHONE_NUMBER', w.phone)}",\n        ssn="${P('US_SSN', V.ssn())}",\n        passport_no="${P('US_PASSPORT', V.usPassport())}",\n    )\n\n\n@pytest.fixture\ndef api(monkeypatch):\n    monkeypatch.setenv("${s2.name}", "${S(s2.entity, s2.value)}")\n    return ApiClient()\n\n\ndef test_rejects_invalid_ssn(customer):\n    with pytest.raises(ValidationError):\n        customer.update(ssn="${L('invalid_ssn', V.invalidSsn())}")\n\n\ndef test_digest():\n    assert digest(b"x") == "${L('digest', V.sha256hex())}"\n`;
  }
  return f`# settings/production.py\nimport os\n\nSECRET_KEY = "${S('DJANGO_SECRET_KEY', V.djangoSecret())}"\nDEBUG = False\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "HOST": "${dbhost()}",\n        "USER": "${user()}",\n        "PASSWORD": os.getenv("DB_PASSWORD", "${S('DATABASE_PASSWORD', V.password())}"),\n        "NAME": "app",\n    }\n}\nEMAIL_HOST_PASSWORD = "${S('SMTP_PASSWORD', V.password())}"\n${s.name} = "${S(s.entity, s.value)}"\nSTATIC_VERSION = "${L('cache_bust_hash', V.cacheBust())}"\nCSRF_TRUSTED_ORIGINS = ["https://${host()}"]\n`;
}

function srcRuby() {
  const s = secCycle(); const w = who();
  if (chance(0.5)) {
    return f`# config/initializers/integrations.rb\nStripe.api_key = ENV.fetch("STRIPE_SECRET_KEY") { "${S('STRIPE_SECRET_KEY', V.stripeLive())}" }\n\nOctokit.configure do |c|\n  c.access_token = "${S('GITHUB_PAT', V.ghToken('ghp'))}"\nend\n\nRails.application.config.x.partner = {\n  url: "https://${host()}",\n  key: "${S(s.entity, s.value)}",\n  webhook_secret: ${L('env_reference', 'Rails.application.credentials.dig(:partner, :webhook_secret)')}\n}\n\n# RAILS_MASTER_KEY for staging (remove!): ${S('RAILS_MASTER_KEY', V.railsMaster())}\n`;
  }
  return f`# spec/factories/patients.rb\nFactoryBot.define do\n  factory :patient do\n    name { "${P('PERSON', w.name)}" }\n    email { "${P('EMAIL_ADDRESS', w.email)}" }\n    nhs_number { "${P('UK_NHS', V.nhs())}" }\n    phone { "${P('PHONE_NUMBER', V.phone('GB'))}" }\n    prescriber_dea { "${P('MEDICAL_LICENSE', V.dea())}" }\n    mrn { "${L('crm_id', 'MRN-' + digits(8))}" }\n  end\nend\n\nRSpec.describe PharmacyClient do\n  let(:token) { "${S(s.entity, s.value)}" }\n  it "sends the token" do\n    expect(described_class.new(token).headers["X-Request-Id"]).not_to eq("${L('uuid', V.uuid())}")\n  end\nend\n`;
}

function srcPhp() {
  const s = secCycle(); const w = who();
  if (chance(0.5)) {
    return f`<?php\n// wp-config.php (staging)\ndefine( 'DB_NAME', 'wp_${pick(['shop', 'blog'])}' );\ndefine( 'DB_USER', '${user()}' );\ndefine( 'DB_PASSWORD', '${S('DATABASE_PASSWORD', V.password())}' );\ndefine( 'DB_HOST', '${dbhost()}' );\n\ndefine( 'AUTH_KEY',         '${S('WORDPRESS_SALT', chars(B62 + '!@#%^&*()-_=+[]{};:<>,.?|~', 64))}' );\ndefine( 'SECURE_AUTH_KEY',  '${S('WORDPRESS_SALT', chars(B62 + '!@#%^&*()-_=+[]{};:<>,.?|~', 64))}' );\ndefine( 'NONCE_KEY',        'put your unique phrase here' );\n\ndefine( 'MAILER_API_KEY', '${S(s.entity, s.value)}' );\n$table_prefix = 'wp_';\n// build ${L('git_sha', V.shortSha())}\n`;
  }
  return f`<?php\n\nnamespace Tests\\Feature;\n\nclass CheckoutTest extends TestCase\n{\n    private string $gatewayKey = '${S(s.entity, s.value)}';\n\n    public function test_checkout_with_saved_card(): void\n    {\n        $user = User::factory()->create([\n            'name' => '${P('PERSON', w.name)}',\n            'email' => '${P('EMAIL_ADDRESS', w.email)}',\n            'iban' => '${P('IBAN_CODE', V.iban())}',\n        ]);\n        $resp = $this->actingAs($user)->postJson('/checkout', [\n            'card' => '${testCard()}',\n            'order' => '${L('order_number', V.orderNo())}',\n        ]);\n        $resp->assertOk()->assertJsonPath('total', '${L('price', V.price())}');\n    }\n}\n`;
}

function srcSwift() {
  const s = secCycle(); const w = who();
  return f`import Foundation\n\nenum Secrets {\n    // generated by scripts/bootstrap.sh, do not edit\n    static let apiKey = "${S(s.entity, s.value)}"\n    static let mapsKey = "${S('GOOGLE_API_KEY', V.googleApiKey())}"\n    static let publishable = "${L('public_key', V.stripePk())}"\n}\n\nstruct APIClient {\n    let session = URLSession.shared\n    func me() async throws -> Profile {\n        var req = URLRequest(url: URL(string: "https://${host()}/v2/me")!)\n        req.setValue("Bearer \\(Secrets.apiKey)", forHTTPHeaderField: "Authorization")\n        req.setValue("${L('request_id', V.uuid())}", forHTTPHeaderField: "X-Request-Id")\n        let (data, _) = try await session.data(for: req)\n        return try JSONDecoder().decode(Profile.self, from: data)\n    }\n}\n\n#if DEBUG\nlet previewProfile = Profile(name: "${P('PERSON', w.name)}", email: "${P('EMAIL_ADDRESS', w.email)}", phone: "${P('PHONE_NUMBER', w.phone)}")\n#endif\n`;
}

function srcShell() {
  const s = secCycle(), s2 = secShort();
  if (chance(0.5)) {
    return f`#!/usr/bin/env bash\n# scripts/release.sh -- pushes the image and tags the release\nset -euo pipefail\n\nREGISTRY=registry.acme.example\nexport ${s.name}="${S(s.entity, s.value)}"   # TODO: use vault\nGH_TOKEN=\${GH_TOKEN:-${S('GITHUB_PAT', V.ghToken('ghp'))}}\nSHA=$(git rev-parse HEAD)   # e.g. ${L('git_sha', V.gitSha())}\n\necho "${S('DOCKER_HUB_PAT', V.dockerHubPat())}" | docker login "$REGISTRY" -u ci --password-stdin\ndocker push "$REGISTRY/app:$SHA"\n\ncurl -fsS -X POST -H "Authorization: token $GH_TOKEN" \\\n  -d "{\\"tag_name\\":\\"${L('version', V.version())}\\",\\"target_commitish\\":\\"$SHA\\"}" \\\n  https://git.acme.example/api/v3/repos/web/app/releases\n`;
  }
  return f`#!/bin/sh\n# backup.sh -- nightly dump\nexport PGPASSWORD='${S('DATABASE_PASSWORD', V.password())}'\nDATE=$(date +%F)\npg_dump -h ${dbhost()} -U ${user()} app | gzip > /backups/app-$DATE.sql.gz\nsha256sum /backups/app-$DATE.sql.gz   # last: ${L('digest', V.sha256hex())}\naws s3 cp /backups/app-$DATE.sql.gz s3://acme-backups/ \\\n  --sse aws:kms\n# creds for the backup user\nexport AWS_ACCESS_KEY_ID=${S('AWS_ACCESS_KEY_ID', V.awsKeyId())}\nexport AWS_SECRET_ACCESS_KEY=${S('AWS_SECRET_ACCESS_KEY', V.awsSecret())}\ncurl -s -X POST "https://${host()}/ping/${L('uuid', V.uuid())}" -H "X-Key: ${S(s2.entity, s2.value)}"\n`;
}

export const SRC_KINDS = {
  src_go: srcGo, src_rust: srcRust, src_java: srcJava, src_kotlin: srcKotlin, src_csharp: srcCsharp, src_typescript: srcTs,
  src_python: srcPython, src_ruby: srcRuby, src_php: srcPhp, src_swift: srcSwift, src_shell: srcShell,
};
