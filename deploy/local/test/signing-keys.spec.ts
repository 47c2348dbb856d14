import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOrCreateSigningKeys, signingKeyFiles } from '../signing-keys';

describe('loadOrCreateSigningKeys', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-keys-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('creates an Ed25519 pair once, readable by the owner only, and reuses it', () => {
    const first = loadOrCreateSigningKeys(dataDir);
    expect(first.privateKeyPem).toContain('-----BEGIN PRIVATE KEY-----');
    expect(first.publicKeyPem).toContain('-----BEGIN PUBLIC KEY-----');
    const files = signingKeyFiles(dataDir);
    for (const file of [files.privateKey, files.publicKey])
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSigningKeys(dataDir)).toEqual(first);
  });

  it('refuses a half or mismatched pair instead of silently replacing it', () => {
    loadOrCreateSigningKeys(dataDir);
    const files = signingKeyFiles(dataDir);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-keys-'));
    try {
      fs.writeFileSync(files.publicKey, loadOrCreateSigningKeys(other).publicKeyPem);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
    expect(() => loadOrCreateSigningKeys(dataDir)).toThrow(/is not the public half/);
    fs.rmSync(files.publicKey);
    expect(() => loadOrCreateSigningKeys(dataDir)).toThrow(/Only one of/);
  });
});
