// Source code with hard-coded credentials, env lookups, test fixtures and shell scripts.
import { d, S, P, L, lines, cred, gen, password, LA, PII, int, pick, bool, f, hex, digits, kv, mixed, dbUri, sv, camel } from '../lib/common.mjs';
import { privateKeyPem } from '../lib/secrets.mjs';

export default [
  // Python client with a hard-coded key
  () => {
    const c = cred(pick(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GROQ_API_KEY', 'HUGGINGFACE_TOKEN', 'REPLICATE_API_TOKEN', 'XAI_API_KEY', 'PERPLEXITY_API_KEY', 'LANGSMITH_API_KEY']));
    return d`import os\nimport logging\n\nfrom openai import OpenAI\n\nlog = logging.getLogger(__name__)\n\n# FIXME: move to env before release\n${kv(c, 'py')}\n\nclient = OpenAI(api_key=${c.name.toUpperCase()} if ${c.name.toUpperCase()} else os.environ["${c.name}"])\n\n\ndef summarize(text: str) -> str:\n    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])\n    return resp.choices[0].message.content\n`;
  },
  // Python reading env (no values) + a requests call with inline token
  () => d`import os\nimport requests\n\nGITHUB_TOKEN = os.environ.get("GITHUB_TOKEN")\nSLACK = os.getenv("SLACK_WEBHOOK_URL", "")\n\n\ndef notify(msg):\n    requests.post(SLACK, json={"text": msg}, timeout=10)\n\n\ndef repos(org):\n    headers = {"Authorization": f"token {GITHUB_TOKEN}", "Accept": "application/vnd.github+json"}\n    return requests.get(f"https://api.github.com/orgs/{org}/repos", headers=headers).json()\n\n\nif __name__ == "__main__":\n    # local testing only\n    headers = {"Authorization": "Bearer ${sv(cred(pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITHUB_FINE_GRAINED_PAT'])))}"}\n    print(requests.get("https://api.github.com/user", headers=headers).status_code)\n`,
  // JS/TS fetch
  () => {
    const c = cred(pick(['STRIPE_SECRET_KEY', 'SENDGRID_API_KEY', 'MAILGUN_API_KEY', 'SHOPIFY_ACCESS_TOKEN', 'NOTION_TOKEN', 'LINEAR_API_KEY', 'POSTMAN_API_KEY', 'SQUARE_ACCESS_TOKEN', 'FIGMA_TOKEN', 'TWILIO_API_KEY']));
    const ref = camel(c.name);
    const q = pick(['\'', '"']);
    return d`import fetch from 'node-fetch';\n\nconst ${ref} = ${q}${sv(c)}${q};\nconst BASE = process.env.API_BASE ?? 'https://api.example.com';\n\nexport async function call(path, body) {\n  const res = await fetch(\`\${BASE}\${path}\`, {\n    method: 'POST',\n    headers: { Authorization: \`Bearer \${${ref}}\`, 'Content-Type': 'application/json' },\n    body: JSON.stringify(body),\n  });\n  if (!res.ok) throw new Error(\`request failed: \${res.status}\`);\n  return res.json();\n}\n`;
  },
  // Go
  () => {
    const a = cred(pick(['AWS_ACCESS_KEY']));
    return d`package storage\n\nimport (\n\t"github.com/aws/aws-sdk-go-v2/aws"\n\t"github.com/aws/aws-sdk-go-v2/credentials"\n)\n\n// TODO(${f.internet.username().toLowerCase()}): read from the environment\nconst (\n\taccessKeyID     = "${sv(a)}"\n\tsecretAccessKey = "${S('AWS_SECRET_KEY', gen.AWS_SECRET_KEY())}"\n\tbucket          = "${f.internet.domainWord()}-backups"\n)\n\nfunc Provider() aws.CredentialsProvider {\n\treturn credentials.NewStaticCredentialsProvider(accessKeyID, secretAccessKey, "")\n}\n`;
  },
  // Java
  () => d`package com.${f.internet.domainWord().replace(/[^a-z]/g, '')}.billing;\n\nimport java.net.http.HttpClient;\n\npublic final class PaymentsConfig {\n    ${kv(cred(pick(['STRIPE_SECRET_KEY', 'BRAINTREE_ACCESS_TOKEN', 'SQUARE_ACCESS_TOKEN', 'STRIPE_RESTRICTED_KEY'])), 'java')}\n    private static final String JDBC = "jdbc:postgresql://db:5432/billing?user=billing&password=${S('DATABASE_PASSWORD', password(true))}";\n    private static final String VERSION = "${L('version', LA.semver())}";\n\n    private PaymentsConfig() {}\n}\n`,
  // test fixtures: look-alikes only, plus one real-format value
  () => d`import pytest\n\nFAKE_AWS_KEY = "${L('aws_example_key', pick(LA.AWS_DOC_KEYS))}"\nFAKE_SECRET = "${L('aws_example_key', pick(LA.AWS_DOC_SECRETS))}"\nPLACEHOLDER = "${L('placeholder', LA.placeholder())}"\nUSER_ID = "${L('uuid', LA.uuid())}"\nCOMMIT = "${L('git_sha', LA.gitSha())}"\nISBN = "${L('isbn', LA.isbn13())}"\nCOLOR = "${L('hex_color', LA.hexColor())}"\n\n\n@pytest.fixture\ndef client(monkeypatch):\n    monkeypatch.setenv("API_TOKEN", "${L('placeholder', LA.placeholder())}")\n    return make_client()\n\n\ndef test_checksum():\n    assert digest(b"abc") == "${L('hash', hex(64))}"\n`,
  // shell script
  () => {
    const c = cred(pick(['GITHUB_PERSONAL_ACCESS_TOKEN', 'GITLAB_PAT', 'DIGITALOCEAN_TOKEN', 'CLOUDFLARE_API_TOKEN', 'DATADOG_API_KEY', 'VAULT_TOKEN', 'CIRCLECI_TOKEN', 'DYNATRACE_TOKEN', 'OKTA_API_TOKEN']));
    return d`#!/usr/bin/env bash\nset -euo pipefail\n\n${kv(c, 'shell')}\nREGION="\${REGION:-us-east-1}"\n\ncurl -sSf -X POST \\\n  -H "Authorization: Bearer \${${c.name}}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"ref":"main"}' \\\n  "https://api.${f.internet.domainName()}/v2/deploy"\n\ncurl -u "deploy:${S('PASSWORD', password(true))}" https://${f.internet.domainName()}/hooks/restart\n`;
  },
  // Jupyter notebook cell (JSON with escapes)
  () => {
    const c = cred(pick(['OPENAI_API_KEY', 'HUGGINGFACE_TOKEN', 'ANTHROPIC_API_KEY', 'GCP_API_KEY', 'PINECONE' ? 'GENERIC_API_KEY' : 'GENERIC_API_KEY']));
    return d`{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": ${int(1, 40)},\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "import os\\n",\n    "os.environ[\\"${c.name.toUpperCase()}\\"] = \\"${sv(c)}\\"\\n",\n    "from datasets import load_dataset\\n",\n    "ds = load_dataset(\\"imdb\\")"\n   ]\n  }\n ],\n "metadata": {"kernelspec": {"name": "python3"}},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`;
  },
  // Ruby / Rails credentials
  () => d`# config/initializers/services.rb\nStripe.api_key = "${S('STRIPE_SECRET_KEY', gen.STRIPE_SECRET_KEY())}"\nRails.application.config.secret_key_base = "${S('RAILS_SECRET_KEY_BASE', gen.RAILS_SECRET_KEY_BASE())}"\nSendgrid.configure { |c| c.api_key = ENV.fetch("SENDGRID_API_KEY") }\nTwilio.configure do |config|\n  config.account_sid = "AC${hex(32)}"\n  config.auth_token = "${S('TWILIO_AUTH_TOKEN', gen.TWILIO_AUTH_TOKEN())}"\nend\n`,
  // deploy key in source (PEM in a string / heredoc)
  () => bool()
    ? d`DEPLOY_KEY = """${S('PRIVATE_KEY', privateKeyPem())}\n"""\n\ndef ssh_agent_add():\n    subprocess.run(["ssh-add", "-"], input=DEPLOY_KEY.encode(), check=True)\n`
    : d`cat > ~/.ssh/id_deploy <<'EOF'\n${S('PRIVATE_KEY', privateKeyPem('ssh'))}\nEOF\nchmod 600 ~/.ssh/id_deploy\necho "${L('public_key', LA.sshPublicKey('deploy@ci'))}" >> ~/.ssh/authorized_keys\n`,
  // Django settings
  () => d`from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nSECRET_KEY = '${S('DJANGO_SECRET_KEY', gen.DJANGO_SECRET_KEY())}'\nDEBUG = False\nALLOWED_HOSTS = ["${f.internet.domainName()}"]\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "app",\n        "USER": "app",\n        "PASSWORD": "${S('DATABASE_PASSWORD', password())}",\n        "HOST": "db",\n    }\n}\nEMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]\nADMINS = [("${P('PERSON', PII.person('US').full)}", "${P('EMAIL_ADDRESS', PII.email())}")]\n`,
  // C# / appsettings via code
  () => d`var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddSingleton(new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=${f.internet.domainWord().replace(/[^a-z]/g, '')}data;AccountKey=${S('AZURE_STORAGE_KEY', gen.AZURE_STORAGE_KEY())};EndpointSuffix=core.windows.net"));\nbuilder.Services.AddHttpClient("slack", c => c.DefaultRequestHeaders.Add("Authorization", "Bearer ${S('SLACK_BOT_TOKEN', gen.SLACK_BOT_TOKEN())}"));\nvar app = builder.Build();\napp.Run();\n`,
  // Terraform HCL provider blocks
  () => d`terraform {\n  required_providers {\n    github = { source = "integrations/github", version = "~> ${L('version', '6.2')}" }\n  }\n}\n\nprovider "github" {\n  owner = "${f.internet.domainWord()}"\n  token = "${S('GITHUB_PERSONAL_ACCESS_TOKEN', gen.GITHUB_PERSONAL_ACCESS_TOKEN())}"\n}\n\nprovider "datadog" {\n  api_key = var.datadog_api_key\n  app_key = "${S('DATADOG_API_KEY', hex(40))}"\n}\n\nresource "random_id" "suffix" { byte_length = 4 }\n`,
  // Dockerfile with build args and baked-in secrets
  () => d`FROM python:3.12-slim@${L('digest', LA.sha256Digest())}\nARG PIP_INDEX_URL=https://__token__:${S('GITLAB_PAT', gen.GITLAB_PAT())}@gitlab.com/api/v4/projects/${int(1000, 99999)}/packages/pypi/simple\nENV ${kv(cred(), 'env')}\nENV APP_VERSION=${L('version', LA.semver())}\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["gunicorn", "app:app"]\n`,
  // PowerShell
  () => d`$ErrorActionPreference = "Stop"\n$headers = @{ "Authorization" = "Bearer ${S('AZURE_AD_CLIENT_SECRET', gen.AZURE_AD_CLIENT_SECRET())}"; "Content-Type" = "application/json" }\n$securePass = ConvertTo-SecureString "${S('PASSWORD', password())}" -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc_backup", $securePass)\nInvoke-RestMethod -Uri "https://management.azure.com/subscriptions/${L('uuid', LA.uuid())}/resourcegroups?api-version=2021-04-01" -Headers $headers\n`,
];

export const shell = [
  // shell history
  () => {
    const items = [
      () => kv(cred(), 'shell'),
      () => d`psql "${dbUri('postgresql')}" -c 'select count(*) from orders'`,
      () => d`mysql -h ${PII.ipv4('private')} -u root -p'${S('DATABASE_PASSWORD', password(true))}' app`,
      () => d`aws configure set aws_access_key_id ${S('AWS_ACCESS_KEY', gen.AWS_ACCESS_KEY())}`,
      () => d`echo ${S('GITHUB_PERSONAL_ACCESS_TOKEN', gen.GITHUB_PERSONAL_ACCESS_TOKEN())} | gh auth login --with-token`,
      () => d`git clone https://${f.internet.username().toLowerCase()}:${S('GITHUB_PERSONAL_ACCESS_TOKEN', gen.GITHUB_PERSONAL_ACCESS_TOKEN())}@github.com/${f.internet.domainWord()}/infra.git`,
      () => d`docker login ghcr.io -u ${f.internet.username().toLowerCase()} -p ${S('GITHUB_PERSONAL_ACCESS_TOKEN', gen.GITHUB_PERSONAL_ACCESS_TOKEN())}`,
      () => d`curl -H "PRIVATE-TOKEN: ${S('GITLAB_PAT', gen.GITLAB_PAT())}" https://gitlab.com/api/v4/projects`,
      () => d`vault login ${S('VAULT_TOKEN', gen.VAULT_TOKEN())}`,
      () => d`huggingface-cli login --token ${S('HUGGINGFACE_TOKEN', gen.HUGGINGFACE_TOKEN())}`,
      () => d`npm config set //registry.npmjs.org/:_authToken ${S('NPM_TOKEN', gen.NPM_TOKEN())}`,
      () => d`stripe listen --api-key ${S('STRIPE_SECRET_KEY', gen.STRIPE_SECRET_KEY())}`,
      () => d`git log --oneline -n 5`, () => d`git checkout ${L('git_sha', LA.shortSha())}`,
      () => d`kubectl get pods -n prod`, () => d`ls -la`, () => d`cd ~/src/${f.internet.domainWord()}`,
      () => d`docker pull nginx@${L('digest', LA.sha256Digest())}`, () => d`ssh deploy@${PII.ipv4('private')}`,
      () => d`export API_KEY=${L('placeholder', LA.placeholder())}`, () => d`npm install lodash@${L('version', LA.semver())}`,
      () => d`terraform apply -var="do_token=${S('DIGITALOCEAN_TOKEN', gen.DIGITALOCEAN_TOKEN())}"`,
      () => d`sops --decrypt secrets.enc.yaml  # key: ${S('AGE_SECRET_KEY', gen.AGE_SECRET_KEY())}`,
    ];
    const hist = Array.from({ length: int(8, 20) }, (_, i) => {
      const cmd = pick(items)();
      return bool() ? d` ${String(1000 + i).padStart(5)}  ${cmd}` : cmd;
    });
    return lines(hist).push('\n');
  },
  // env dump (printenv)
  () => d`SHELL=/bin/bash\nHOME=/home/${f.internet.username().toLowerCase()}\nPATH=/usr/local/bin:/usr/bin:/bin\nHOSTNAME=${hex(12)}\n${lines(mixed('env', int(2, 5), int(2, 4)).map((x) => x))}\nTERM=xterm-256color\n`,
];
