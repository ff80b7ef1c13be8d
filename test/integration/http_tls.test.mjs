// Serving HTTPS: a certificate generated for the test with the openssl command; the client
// verifies the gateway against it (no verification shortcuts).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import https from 'node:https';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  HTTP_ARGS, demoServer, makeTempDir, removeTempDir, startHttpGateway, writeConfig,
} from './lib/harness.mjs';

function haveOpenssl() {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('HTTPS', { skip: haveOpenssl() ? false : 'the openssl command is not installed' }, () => {
  let dir;
  let gw;
  let ca;

  before(async () => {
    dir = await makeTempDir();
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key,
      '-out', cert, '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
    ca = await readFile(cert);
    const config = await writeConfig(dir, { demo: demoServer() });
    gw = await startHttpGateway(['--mcp-json-path', config, ...HTTP_ARGS,
      '--tls-cert', cert, '--tls-key', key], { waitReady: false });
  });

  after(async () => {
    await gw?.close();
    await removeTempDir(dir);
  });

  function post(body, options = {}) {
    return new Promise((resolve, reject) => {
      const payload = JSON.stringify(body);
      const request = https.request(gw.url, {
        method: 'POST',
        ca,
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json, text/event-stream',
          'Content-Length': Buffer.byteLength(payload),
        },
        ...options,
      }, (response) => {
        let text = '';
        response.on('data', (chunk) => { text += chunk; });
        response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: text }));
      });
      request.on('error', reject);
      request.end(payload);
    });
  }

  test('the gateway logged an https URL', () => {
    assert.match(gw.url, /^https:\/\//);
  });

  test('initialize over verified TLS opens a session', async () => {
    const response = await post({
      jsonrpc: '2.0', id: 1, method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
    });
    assert.equal(response.status, 200, response.body);
    assert.ok(response.headers['mcp-session-id']);
    assert.equal(JSON.parse(response.body).result.serverInfo.name, 'mcp-gateway');
  });

  test('a client that does not trust the certificate is refused by TLS', async () => {
    await assert.rejects(post({ jsonrpc: '2.0', id: 2, method: 'ping' }, { ca: undefined }),
                         /self[- ]signed|certificate/i);
  });
});
