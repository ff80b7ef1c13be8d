// The gateway as an OAuth 2.1 resource server over Streamable HTTP: JWT access tokens signed by
// a key the test generates, keys fetched from a JWKS URL served on loopback, RFC 9728 metadata,
// 401/403 with WWW-Authenticate.

import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';

import {
  HTTP_ARGS, demoServer, makeTempDir, rawHttp, removeTempDir, startHttpGateway, writeConfig,
} from './lib/harness.mjs';

const ISSUER = 'https://issuer.test';
const AUDIENCE = 'https://gateway.test/mcp';

function b64url(data) {
  return Buffer.from(data).toString('base64url');
}

function signToken(privateKey, kid, claims) {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = b64url(JSON.stringify(claims));
  const signature = crypto.sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), privateKey);
  return `${header}.${payload}.${b64url(signature)}`;
}

const now = () => Math.floor(Date.now() / 1000);

describe('OAuth resource server with a JWKS URL', () => {
  let dir;
  let gw;
  let jwksServer;
  let keys;
  let jwksFetches = 0;

  before(async () => {
    dir = await makeTempDir();
    keys = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = { ...keys.publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwksServer = http.createServer((req, res) => {
      jwksFetches += 1;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${jwksServer.address().port}/jwks.json`;
    const config = await writeConfig(dir, { demo: demoServer() });
    gw = await startHttpGateway(['--mcp-json-path', config, ...HTTP_ARGS,
      '--oauth-issuer', ISSUER, '--oauth-audience', AUDIENCE, '--oauth-jwks-url', jwksUrl,
      '--oauth-resource', AUDIENCE, '--oauth-scope', 'mcp:tools']);
  });

  after(async () => {
    await gw?.close();
    await new Promise((resolve) => jwksServer?.close(resolve));
    await removeTempDir(dir);
  });

  function initialize(token) {
    return rawHttp(gw.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json, text/event-stream',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: {
        jsonrpc: '2.0', id: 1, method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
      },
    });
  }

  const good = () => ({ iss: ISSUER, aud: AUDIENCE, sub: 'alice', scope: 'mcp:tools other',
                        exp: now() + 300, iat: now() });

  test('the keys were fetched from the JWKS URL at start', () => {
    assert.ok(jwksFetches >= 1);
  });

  test('a valid token opens a session', async () => {
    const response = await initialize(signToken(keys.privateKey, 'k1', good()));
    assert.equal(response.status, 200, response.body);
    assert.ok(response.headers['mcp-session-id']);
  });

  test('no token: 401 pointing at the protected resource metadata', async () => {
    const response = await initialize(null);
    assert.equal(response.status, 401);
    const challenge = response.headers['www-authenticate'];
    assert.match(challenge, /^Bearer /);
    assert.match(challenge, /resource_metadata="[^"]*oauth-protected-resource/);
  });

  test('wrong audience, wrong issuer, expired and forged tokens are 401', async () => {
    const other = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    const cases = [
      signToken(keys.privateKey, 'k1', { ...good(), aud: 'https://elsewhere.test' }),
      signToken(keys.privateKey, 'k1', { ...good(), iss: 'https://evil.test' }),
      signToken(keys.privateKey, 'k1', { ...good(), exp: now() - 3600 }),
      signToken(other.privateKey, 'k1', good()),
    ];
    for (const token of cases) {
      const response = await initialize(token);
      assert.equal(response.status, 401, `token ${token.slice(0, 20)}...: ${response.status}`);
      assert.match(response.headers['www-authenticate'], /invalid_token/);
    }
  });

  test('a valid token without the required scope is 403 insufficient_scope', async () => {
    const response = await initialize(signToken(keys.privateKey, 'k1', { ...good(), scope: 'other' }));
    assert.equal(response.status, 403);
    assert.match(response.headers['www-authenticate'], /insufficient_scope/);
  });

  test('RFC 9728 metadata names the resource and the issuer', async () => {
    const response = await rawHttp(`${new URL(gw.url).origin}/.well-known/oauth-protected-resource/mcp`);
    assert.equal(response.status, 200, response.body);
    const metadata = JSON.parse(response.body);
    assert.equal(metadata.resource, AUDIENCE);
    assert.deepEqual(metadata.authorization_servers, [ISSUER]);
  });
});
