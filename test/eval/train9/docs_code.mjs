// train9 documents: source code in many languages, shell history, CI output.
import { t, S, P, L, join, int, pick, chance, str, hex, digits, cyc, jsonEsc, mapv, B62, UP, LO } from './lib.mjs';
import { KIND_BY, SEC, anyKind, pem, password, jwt } from './secrets.mjs';
import * as X from './looks.mjs';
import { EMAIL, PERSON, IP, PHONE, CARD, SSN, email, personName } from './pii.mjs';

const K = () => { const k = anyKind(); return { k, m: S(k.e, k.g()) }; };
const host = () => pick(['api.acme.example', 'payments.globex.test', 'internal.initech.example', 'gw.hooli.test', 'sso.umbrella.example']);
const author = () => t`${PERSON()} <${EMAIL()}>`;

const LANGS = {
  python: (a, b, c) => t`"""${pick(['Client for the billing service.', 'Nightly export job.', 'Thin wrapper around the search API.'])}

Maintainer: ${author()}
"""
import os
import requests

${a.k.env} = "${a.m}"  # TODO(${pick(['sec', 'ops'])}): read from env
API_BASE = "https://${host()}/v2"
BUILD = "${X.SHA()}"


class Client:
    def __init__(self, token: str = "${b.m}", timeout: float = 10.0):
        self.token = token
        self.session = requests.Session()

    def fetch(self, order_id="${X.ORDER().v}"):
        return self.session.get(f"{API_BASE}/orders/{order_id}",
                                headers={"Authorization": f"Bearer {self.token}"})

# legacy = Client(token='${c.m}')
placeholder = os.environ.get("${c.k.env}", "${X.PH()}")
`,
  javascript: (a, b, c) => t`// ${pick(['src/lib/mailer.js', 'server/payments.js', 'scripts/backfill.js'])}
'use strict';
const { Client } = require('./client');

const ${a.k.env.toLowerCase().replace(/_([a-z])/g, (_, x) => x.toUpperCase())} = process.env.${a.k.env} || '${a.m}';

function connect(opts = { apiKey: "${b.m}", region: 'eu-west-1' }) {
  return new Client({ ...opts, userAgent: 'acme/${X.VERSION()}' });
}

module.exports = {
  connect,
  // token: '${c.m}',
  requestId: '${X.UUID()}',
};
`,
  typescript: (a, b, c) => t`// ${pick(['apps/web/src/config.ts', 'packages/sdk/src/index.ts'])}
import { z } from 'zod';

export const defaults = {
  endpoint: 'https://${host()}',
  ${a.k.env.toLowerCase().replace(/_([a-z])/g, (_, x) => x.toUpperCase())}: '${a.m}' as const,
  traceId: '${X.TRACE()}',
};

export async function upload(file: Blob, key: string = \`${b.m}\`): Promise<Response> {
  return fetch(defaults.endpoint + '/upload', { method: 'POST', headers: { 'x-api-key': key }, body: file });
}

describe('upload', () => {
  it('rejects expired keys', async () => {
    const res = await upload(new Blob(['x']), '${c.m}');
    expect(res.status).toBe(401);
  });
});
`,
  go: (a, b, c) => t`// Package store talks to the ${pick(['ledger', 'inventory', 'session'])} database.
package store

import (
\t"database/sql"
\t"os"
)

const defaultDSN = "postgres://ledger:${SEC('POSTGRES_PASSWORD')}@${X.HOST()}:5432/ledger?sslmode=verify-full"

var ${a.k.env.toLowerCase().replace(/_([a-z])/g, (_, x) => x.toUpperCase())} = "${a.m}"

func NewClient() *Client {
\treturn &Client{Token: "${b.m}", Version: "${X.VERSION()}"}
}

func init() {
\tif os.Getenv("CI") != "" {
\t\t// os.Setenv("${c.k.env}", "${c.m}")
\t}
\t_ = sql.Drivers()
}
`,
  java: (a, b, c) => t`package com.acme.${pick(['billing', 'notify', 'crm'])};

import java.net.http.HttpClient;

/** @author ${PERSON()} */
public final class ApiConfig {
    private static final String ${a.k.env} = "${a.m}";
    private static final String BUILD_ID = "${X.BUILD()}";

    public static ApiClient create() {
        return new ApiClient("https://${host()}", "${b.m}", HttpClient.newHttpClient());
    }

    // @Deprecated private static final String OLD_KEY = "${c.m}";
    static final String CORRELATION = "${X.UUID()}";
}
`,
  csharp: (a, b, c) => t`using System;
using Microsoft.Data.SqlClient;

namespace Acme.${pick(['Payroll', 'Reports', 'Shipping'])}
{
    public class Settings
    {
        public const string ${a.k.env.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, x) => x.toUpperCase())} = @"${a.m}";
        public static readonly string Conn = "Server=tcp:${X.HOST()},1433;Database=payroll;User ID=sa;Password=${SEC('MSSQL_PASSWORD')};Encrypt=True;";

        public Settings(string token = "${b.m}") { Token = token; }
        public string Token { get; }
        // var legacy = new Settings("${c.m}");
        public Guid Tenant => Guid.Parse("${X.UUID()}");
    }
}
`,
  ruby: (a, b, c) => t`# frozen_string_literal: true
# config/initializers/${pick(['stripe', 'mailer', 'search'])}.rb
Rails.application.configure do
  config.x.${a.k.env.toLowerCase()} = ENV.fetch("${a.k.env}") { "${a.m}" }
  config.x.release = "${X.SHORTSHA()}"
end

client = Acme::Client.new(api_key: '${b.m}', timeout: 5)
# client = Acme::Client.new(api_key: '${c.m}')  # staging
RSpec.describe Acme::Client do
  let(:token) { "${X.PH()}" }
end
`,
  php: (a, b, c) => t`<?php
// ${pick(['wp-config.php', 'config/services.php', 'bootstrap/app.php'])}
define('DB_NAME', 'shop');
define('DB_USER', 'shop_rw');
define('DB_PASSWORD', '${SEC('MYSQL_PASSWORD')}');
define('AUTH_SALT', '${L('hash', str(B62 + '!@#%^*', 64))}');

return [
    '${a.k.env.toLowerCase()}' => env('${a.k.env}', '${a.m}'),
    'client' => new \\Acme\\Client('${b.m}'),
    // 'old' => '${c.m}',
    'version' => '${X.VERSION()}',
];
`,
  rust: (a, b, c) => t`//! ${pick(['Telemetry exporter', 'Webhook relay', 'Queue consumer'])}
use std::env;

const ${a.k.env}: &str = "${a.m}";
const COMMIT: &str = "${X.SHA()}";

fn client() -> reqwest::Client {
    let token = env::var("${b.k.env}").unwrap_or_else(|_| String::from("${b.m}"));
    build(token)
}

#[cfg(test)]
mod tests {
    const FIXTURE_TOKEN: &str = r#"${c.m}"#;
    const FIXTURE_ID: &str = "${X.UUID()}";
}
`,
  kotlin: (a, b, c) => t`package com.acme.android.api

object Keys {
    const val ${a.k.env} = "${a.m}"
    const val BUILD = "${X.BUILD()}"
}

class ApiService(private val apiKey: String = "${b.m}") {
    // private val fallback = "${c.m}"
    fun userAgent() = "AcmeApp/${X.VERSION()} (Android)"
}
`,
  swift: (a, b, c) => t`import Foundation

enum Secrets {
    static let ${a.k.env.toLowerCase().replace(/_([a-z])/g, (_, x) => x.toUpperCase())} = "${a.m}"
    static let release = "${X.VERSION()}"
}

final class APIClient {
    init(token: String = "${b.m}", session: URLSession = .shared) { self.token = token; self.session = session }
    let token: String
    let session: URLSession
}
// let debugClient = APIClient(token: "${c.m}")
`,
  scala: (a, b, c) => t`package acme.etl

object Settings {
  val ${a.k.env.toLowerCase().replace(/_([a-z])/g, (_, x) => x.toUpperCase())}: String = sys.env.getOrElse("${a.k.env}", "${a.m}")
  val jdbc = "jdbc:postgresql://${X.HOST()}:5432/warehouse?user=etl&password=${SEC('POSTGRES_PASSWORD')}"
  def client(token: String = "${b.m}") = new HttpClient(token)
  // val old = "${c.m}"
  val runId = "${X.UUID()}"
}
`,
  cpp: (a, b, c) => t`// ${pick(['src/uploader.cc', 'firmware/net/cloud.cpp'])}
#include <string>
#include "cloud/client.h"

namespace {
constexpr char k${a.k.env.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, x) => x.toUpperCase())}[] = "${a.m}";
constexpr char kFirmwareHash[] = "${X.HASH()}";
}  // namespace

std::unique_ptr<cloud::Client> MakeClient() {
  return std::make_unique<cloud::Client>("${host()}", /*token=*/"${b.m}");
}
// #define DEBUG_TOKEN "${c.m}"
`,
  powershell: (a, b, c) => t`# deploy.ps1 - ${pick(['rotates IIS app pool', 'pushes nightly build', 'syncs AD groups'])}
param(
    [string]$Environment = "prod",
    [string]$ApiKey = "${b.m}"
)
$env:${a.k.env} = "${a.m}"
$securePw = ConvertTo-SecureString "${SEC('ADMIN_PASSWORD')}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("ACME\\svc_deploy", $securePw)
# $legacy = "${c.m}"
Invoke-RestMethod -Uri "https://${host()}/deploy?build=${X.BUILD().v.replace('#', '')}" -Headers @{ "X-Api-Key" = $ApiKey }
`,
  elixir: (a, b, c) => t`# config/runtime.exs
import Config

config :acme, Acme.Repo,
  url: "ecto://acme:${SEC('POSTGRES_PASSWORD')}@${X.HOST()}/acme_prod",
  pool_size: ${int(5, 30)}

config :acme, :${a.k.env.toLowerCase()}, System.get_env("${a.k.env}", "${a.m}")
config :acme, :client, token: "${b.m}"
# config :acme, :old_token, "${c.m}"
config :acme, :release, "${X.VERSION()}"
`,
  dart: (a, b, c) => t`// lib/env.dart
class Env {
  static const ${a.k.env.toLowerCase().replace(/_([a-z])/g, (_, x) => x.toUpperCase())} = '${a.m}';
  static const buildSha = '${X.SHORTSHA()}';
}

Future<void> main() async {
  final api = ApiClient(apiKey: '${b.m}');
  // final old = ApiClient(apiKey: '${c.m}');
  await api.ping();
}
`,
  perl: (a, b, c) => t`#!/usr/bin/perl
# cron/report.pl  -- owner ${PERSON()}
use strict; use warnings;
my $dbh = DBI->connect("dbi:mysql:database=reports;host=${X.HOST()}", "report", "${SEC('MYSQL_PASSWORD')}");
my %cfg = (
    ${a.k.env.toLowerCase()} => '${a.m}',
    token => "${b.m}",
    # old_token => '${c.m}',
    run_id => '${X.UUID()}',
);
`,
};
export const LANG_NAMES = Object.keys(LANGS);
export function sourceCode() {
  const lang = cyc('lang', LANG_NAMES);
  return LANGS[lang](K(), K(), K());
}

// ---------- shell history / command lines ----------
const CMDS = [
  () => t`curl -u ${pick(['admin', 'deploy', 'api'])}:${SEC('USER_PASSWORD')} https://${host()}/api/v1/status`,
  () => t`curl -sS -H "Authorization: Bearer ${SEC(pick(['GITHUB_PAT', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'JWT_BEARER_TOKEN', 'HUGGINGFACE_TOKEN', 'GROQ_API_KEY']))}" https://${host()}/v1/models`,
  () => t`curl -X POST https://${host()}/v1/charges -u ${SEC('STRIPE_SECRET_KEY')}: -d amount=${int(100, 9999)} -d currency=eur`,
  () => t`curl -H 'X-API-Key: ${SEC(pick(['GENERIC_API_KEY', 'DATADOG_API_KEY', 'SENDGRID_API_KEY', 'POSTMAN_API_KEY']))}' 'https://${host()}/events?since=${X.TS().v}'`,
  () => t`mysql -h ${X.HOST()} -u root -p${SEC('MYSQL_PASSWORD')} shop < dump.sql`,
  () => t`PGPASSWORD='${SEC('POSTGRES_PASSWORD')}' psql -h ${X.HOST()} -U app -d ledger -c 'select count(*) from invoices'`,
  () => t`psql "postgresql://analyst:${SEC('POSTGRES_PASSWORD')}@${X.HOST()}/warehouse"`,
  () => t`docker login registry.acme.example -u ci-bot -p ${SEC('REGISTRY_PASSWORD')}`,
  () => t`echo ${SEC('DOCKERHUB_PAT')} | docker login -u acmebot --password-stdin`,
  () => t`export ${pick(['GITHUB_TOKEN', 'GH_TOKEN'])}=${SEC('GITHUB_PAT')}`,
  () => t`export AWS_ACCESS_KEY_ID=${SEC('AWS_ACCESS_KEY_ID')} AWS_SECRET_ACCESS_KEY=${SEC('AWS_SECRET_ACCESS_KEY')}`,
  () => { const k = anyKind(); return t`${k.env}=${S(k.e, k.g())} ./bin/${pick(['worker', 'migrate', 'seed'])} --env=prod`; },
  () => t`sshpass -p '${SEC('USER_PASSWORD')}' ssh -o StrictHostKeyChecking=no ops@${X.HOST()}`,
  () => t`redis-cli -h ${X.HOST()} -a '${SEC('REDIS_PASSWORD')}' --tls ping`,
  () => t`mongosh "mongodb://admin:${SEC('MONGODB_PASSWORD')}@${X.HOST()}:27017/?authSource=admin"`,
  () => t`git clone https://x-access-token:${SEC('GITHUB_APP_INSTALLATION_TOKEN')}@git.acme.example/acme/${pick(['infra', 'mobile', 'site'])}.git`,
  () => t`git remote set-url origin https://oauth2:${SEC('GITLAB_PAT')}@gitlab.globex.test/platform/api.git`,
  () => t`npm config set //npm.acme.example/:_authToken ${SEC('NPM_TOKEN')}`,
  () => t`vault login ${SEC('VAULT_TOKEN')}`,
  () => t`heroku config:set STRIPE_SECRET_KEY=${SEC('STRIPE_SECRET_KEY')} -a ${pick(['acme-shop', 'acme-api'])}`,
  () => t`gh secret set SLACK_BOT_TOKEN --body "${SEC('SLACK_BOT_TOKEN')}"`,
  () => t`kubectl create secret generic api-keys --from-literal=openai=${SEC('OPENAI_API_KEY')} --from-literal=anthropic=${SEC('ANTHROPIC_API_KEY')}`,
  () => t`ngrok config add-authtoken ${SEC('NGROK_AUTHTOKEN')}`,
  () => t`tailscale up --authkey=${SEC('TAILSCALE_AUTH_KEY')} --hostname=${pick(['edge-1', 'nas'])}`,
  () => t`sqlcmd -S ${X.HOST()} -U sa -P '${SEC('MSSQL_PASSWORD')}' -Q "SELECT @@VERSION"`,
  () => t`sqlplus system/${SEC('ORACLE_PASSWORD')}@//${X.HOST()}:1521/ORCLPDB1`,
  () => t`lftp -u deploy,${SEC('FTP_PASSWORD')} ftp://files.initech.example`,
  () => t`ldapsearch -x -H ldaps://ldap.acme.example -D "cn=admin,dc=acme,dc=example" -w '${SEC('LDAP_BIND_PASSWORD')}' -b "ou=people,dc=acme,dc=example"`,
  () => t`snmpwalk -v2c -c ${SEC('SNMP_COMMUNITY')} ${X.HOST()} 1.3.6.1.2.1.1`,
  () => t`nmcli dev wifi connect "ACME-Office" password '${SEC('WIFI_PSK')}'`,
  () => t`openssl enc -aes-256-cbc -K ${SEC('ENCRYPTION_KEY')} -iv ${X.HASH().v.slice(0, 32)} -in backup.tar -out backup.enc`,
  () => t`rabbitmqctl add_user notifier '${SEC('RABBITMQ_PASSWORD')}'`,
  () => t`kafka-console-consumer --bootstrap-server broker.acme.example:9093 --consumer-property sasl.jaas.config='org.apache.kafka.common.security.plain.PlainLoginModule required username="etl" password="${SEC('KAFKA_SASL_PASSWORD')}";' --topic orders`,
  () => t`wp user application-password create admin ci --porcelain  # -> ${SEC('WORDPRESS_APP_PASSWORD')}`,
  () => t`xcrun notarytool submit App.zip --apple-id ${EMAIL()} --password ${SEC('APPLE_APP_SPECIFIC_PASSWORD')} --team-id ${str(UP + '0123456789', 10)}`,
  () => t`twine upload -u __token__ -p ${SEC('GENERIC_API_KEY')} --repository-url https://pkgs.acme.example/simple/ dist/*`,
  () => t`gem push acme-${X.VERSION().v}.gem --key ${SEC('RUBYGEMS_API_KEY')}`,
  () => t`dotnet nuget push Acme.Core.nupkg -k ${SEC('NUGET_API_KEY')} -s https://nuget.acme.example/v3/index.json`,
  () => t`sops --decrypt --age ${SEC('AGE_SECRET_KEY')} secrets.enc.yaml`,
  () => t`cast send --private-key ${SEC('ETHEREUM_PRIVATE_KEY')} --rpc-url https://rpc.chain.example 0x${hex(40)} "mint()"`,
  () => t`oathtool --totp -b ${SEC('TOTP_SEED')}`,
  () => t`sentry-cli --auth-token ${SEC('SENTRY_AUTH_TOKEN')} releases new ${X.SHORTSHA()}`,
  () => t`terraform login  # pasted ${SEC('TERRAFORM_CLOUD_TOKEN')}`,
  () => t`doctl auth init -t ${SEC('DIGITALOCEAN_TOKEN')}`,
  () => t`flyctl deploy --access-token "${SEC('FLY_API_TOKEN')}"`,
  () => t`ssh-keygen -p -f ~/.ssh/id_ed25519 -P '${SEC('SSH_KEY_PASSPHRASE')}' -N ''`,
  () => t`gpg --batch --pinentry-mode loopback --passphrase '${SEC('GPG_PASSPHRASE')}' --sign release.tar.gz`,
];
const BENIGN = [
  () => t`git log --oneline -3  # ${X.SHORTSHA()}`, () => t`ls -la`, () => t`cd ~/src/${pick(['infra', 'api', 'web'])}`, () => t`docker pull nginx@${X.DIGEST()}`,
  () => t`export API_KEY=${X.PH()}`, () => t`export AWS_ACCESS_KEY_ID=${X.AWSEX()}`, () => t`kubectl rollout status deploy/api --timeout=120s`,
  () => t`ping -c 3 ${X.HOST()}`, () => t`git checkout ${X.SHA()}`, () => t`export DB_PASSWORD="${X.ENVREF()}"`, () => t`npm i left-pad@${X.VERSION()}`,
  () => t`grep -r "${X.REQID()}" /var/log/app/`, () => t`vim .env`, () => t`history | tail`, () => t`ssh ${pick(['deploy', 'ubuntu'])}@${IP()}`,
];
export function shellHistory() {
  const style = cyc('shstyle', ['bash', 'zsh', 'numbered', 'prompt']);
  const n = int(8, 16); const lines = [];
  let ts = 1760000000 + int(0, 2e7);
  for (let i = 0; i < n; i++) {
    const cmd = chance(0.4) ? cyc('cmd', CMDS)() : pick(BENIGN)();
    ts += int(5, 900);
    if (style === 'zsh') lines.push(t`: ${L('timestamp', String(ts))}:0;${cmd}`);
    else if (style === 'numbered') lines.push(t`${String(500 + i).padStart(5)}  ${cmd}`);
    else if (style === 'prompt') lines.push(t`${pick(['ops', 'dev'])}@${pick(['bastion', 'laptop'])}:~$ ${cmd}`);
    else lines.push(cmd);
  }
  const head = { bash: '# ~/.bash_history', zsh: '# ~/.zsh_history', numbered: '$ history', prompt: '# terminal scrollback' }[style];
  return t`${head}\n${join(lines)}\n`;
}

// ---------- CI output ----------
export function ciOutput() {
  const sys = cyc('ci', ['gha', 'gitlab', 'jenkins', 'circle', 'buildkite']);
  const k = anyKind(), k2 = anyKind();
  const head = { gha: t`Run ./scripts/deploy.sh\n##[group]Environment\n`, gitlab: t`Running with gitlab-runner ${X.VERSION()} (${X.SHORTSHA()})\n  on docker-autoscaler ${str(B62, 8)}, system ID: r_${str(B62, 12)}\n`, jenkins: t`Started by user ${PERSON()}\n[Pipeline] Start of Pipeline\n[Pipeline] node\nRunning on build-agent-${int(1, 30)} in /var/jenkins/workspace/${pick(['api', 'web'])}\n`, circle: t`#!/bin/bash -eo pipefail\n./ci/publish.sh\n`, buildkite: t`~~~ Running global environment hook\n$ /etc/buildkite-agent/hooks/environment\n` }[sys];
  const mid = pick([
    t`+ echo "Deploying with token ${S(k.e, k.g())}"\nDeploying with token ***\n`,
    t`+ export ${k.env}=${S(k.e, k.g())}\n+ ./deploy --region eu-central-1\n`,
    t`DEBUG: env dump\n  ${k.env}=${S(k.e, k.g())}\n  ${k2.env}=${S(k2.e, k2.g())}\n  CI_COMMIT_SHA=${X.SHA()}\n  CI_JOB_ID=${X.BUILD()}\n  REGISTRY_PASSWORD=[MASKED]\n`,
  ]);
  const tail = pick([
    t`npm notice Publishing to https://npm.acme.example/ with tag latest\nnpm ERR! 403 Forbidden - PUT https://npm.acme.example/@acme%2fsdk - token ${SEC('NPM_TOKEN')} lacks publish scope\n`,
    t`Step 7/12 : RUN pip install --index-url https://ci:${SEC('ARTIFACTORY_API_KEY')}@artifacts.acme.example/api/pypi/simple -r requirements.txt\n ---> Running in ${X.CONTAINER()}\n`,
    t`Pushing image registry.acme.example/api@${X.DIGEST()}\nLogin Succeeded (user ci-bot, password ${SEC('REGISTRY_PASSWORD')})\n`,
    t`sonar-scanner -Dsonar.host.url=https://sonar.acme.example -Dsonar.token=${SEC('SONARQUBE_TOKEN')} -Dsonar.projectVersion=${X.VERSION()}\nINFO: ANALYSIS SUCCESSFUL\n`,
    t`fatal: could not read Password for 'https://${SEC('GITLAB_TRIGGER_TOKEN')}@gitlab.globex.test': terminal prompts disabled\n`,
    t`Uploading coverage with token ${SEC('CODECOV_UPLOAD_TOKEN')} ... done (report ${X.UUID()})\n`,
    t`curl -X POST "https://ci.acme.example/job/deploy/buildWithParameters?token=${SEC('JENKINS_API_TOKEN')}&SHA=${X.SHA()}"\n`,
    t`buildkite-agent artifact upload "dist/*" --api-token ${SEC('BUILDKITE_TOKEN')}\n`,
    t`circleci context store-secret org/acme deploy SLACK_APP_TOKEN <<< ${SEC('SLACK_APP_TOKEN')}\n`,
  ]);
  return t`${head}${mid}Job ${X.BUILD()} started at ${X.TS()}\n${tail}Cache key: node-modules-${X.HASH()}\n${pick(['Job succeeded', 'ERROR: Job failed: exit code 1', 'Finished: FAILURE', 'Finished: SUCCESS'])}\n`;
}
