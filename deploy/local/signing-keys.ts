// The Ed25519 key pair of the local system: identity signs access tokens with the private key, every
// service and the gateway verify them with the public key. Generated once into <dataDir>/keys/ and
// reused, so sessions survive a restart of `npm start`.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface SigningKeys {
  privateKeyPem: string;
  publicKeyPem: string;
}

export const signingKeyFiles = (dataDir: string) => {
  const dir = path.join(dataDir, 'keys');
  return {
    dir,
    privateKey: path.join(dir, 'jwt-ed25519.private.pem'),
    publicKey: path.join(dir, 'jwt-ed25519.public.pem'),
  };
};

function isPair(keys: SigningKeys): boolean {
  try {
    const derived = createPublicKey(createPrivateKey(keys.privateKeyPem)).export({
      type: 'spki',
      format: 'der',
    });
    return derived.equals(createPublicKey(keys.publicKeyPem).export({ type: 'spki', format: 'der' }));
  } catch {
    return false;
  }
}

/** Reads the key pair, or creates it (files mode 0600, in a folder of their own, mode 0700) when there is none yet. */
export async function loadOrCreateSigningKeys(dataDir: string): Promise<SigningKeys> {
  const files = signingKeyFiles(dataDir);
  const hasPrivate = fs.existsSync(files.privateKey);
  const hasPublic = fs.existsSync(files.publicKey);
  if (hasPrivate && hasPublic) {
    const keys = {
      privateKeyPem: fs.readFileSync(files.privateKey, 'utf8'),
      publicKeyPem: fs.readFileSync(files.publicKey, 'utf8'),
    };
    if (!isPair(keys)) {
      throw new Error(
        `${files.publicKey} is not the public half of ${files.privateKey}; delete both to have a new pair made ` +
          '(everyone signed in will have to sign in again)',
      );
    }
    return keys;
  }
  if (hasPrivate !== hasPublic) {
    throw new Error(
      `Only one of ${files.privateKey} and ${files.publicKey} exists; delete it to have a new pair made`,
    );
  }
  // The data folder as usual (PostgreSQL's OS user must be able to enter it), the keys' own folder private.
  fs.mkdirSync(dataDir, { recursive: true });
  fs.mkdirSync(files.dir, { mode: 0o700 });
  // Loaded only now (the first start): the token library is not needed to read the keys.
  const { generateSigningKeyPair } = await import('@crm/auth');
  const keys = generateSigningKeyPair();
  // 'wx': never overwrite a key another runner wrote in the meantime.
  fs.writeFileSync(files.privateKey, keys.privateKeyPem, { mode: 0o600, flag: 'wx' });
  fs.writeFileSync(files.publicKey, keys.publicKeyPem, { mode: 0o600, flag: 'wx' });
  return keys;
}
