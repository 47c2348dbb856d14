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

  it('creates an Ed25519 pair once, readable by the owner only, and reuses it', async () => {
    const first = await loadOrCreateSigningKeys(dataDir);
    expect(first.privateKeyPem).toContain('-----BEGIN PRIVATE KEY-----');
    expect(first.publicKeyPem).toContain('-----BEGIN PUBLIC KEY-----');
    const files = signingKeyFiles(dataDir);
    for (const file of [files.privateKey, files.publicKey])
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateSigningKeys(dataDir)).toEqual(first);
  });

  it('refuses a half or mismatched pair instead of silently replacing it', async () => {
    await loadOrCreateSigningKeys(dataDir);
    const files = signingKeyFiles(dataDir);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-keys-'));
    try {
      fs.writeFileSync(files.publicKey, (await loadOrCreateSigningKeys(other)).publicKeyPem);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
    await expect(loadOrCreateSigningKeys(dataDir)).rejects.toThrow(/is not the public half/);
    fs.rmSync(files.publicKey);
    await expect(loadOrCreateSigningKeys(dataDir)).rejects.toThrow(/Only one of/);
  });

  it('makes a missing data folder as any other folder (PostgreSQL must enter it), the keys folder private', async () => {
    const fresh = path.join(dataDir, 'clone/.data');
    await loadOrCreateSigningKeys(fresh);
    const reference = path.join(dataDir, 'reference');
    fs.mkdirSync(reference);
    expect(fs.statSync(fresh).mode & 0o777).toBe(fs.statSync(reference).mode & 0o777);
    expect(fs.statSync(signingKeyFiles(fresh).dir).mode & 0o777).toBe(0o700);
  });
});
