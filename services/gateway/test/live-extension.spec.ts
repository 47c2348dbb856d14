import * as grpc from '@grpc/grpc-js';
import { currentAccessToken, currentPrincipal } from '@crm/auth';
import { createLogger } from '@crm/log';
import { testPassword, testPrincipal } from '@crm/testing';
import type { IdentityClients } from '../src/clients/downstream-clients';
import { identityExtensionLookup } from '../src/live/live-extension';

const logger = createLogger({ service: 'test', level: 'silent' });

/** An AuthService client whose GetMe answers `answer` (a Me, or a gRPC status) and records the caller. */
function authAnswering(answer: { extension: string } | grpc.status) {
  const seen: { token?: string; userId?: string }[] = [];
  const auth = {
    getMe: (_req: unknown, cb: (err: grpc.ServiceError | null, res?: unknown) => void) => {
      seen.push({ token: currentAccessToken(), userId: currentPrincipal()?.userId });
      if (typeof answer === 'number')
        cb(
          Object.assign(new Error('refused'), {
            code: answer,
            details: 'refused',
            metadata: new grpc.Metadata(),
          }),
        );
      else cb(null, { me: { extension: answer.extension } });
    },
  } as unknown as IdentityClients['auth'];
  return { auth, seen };
}

describe('identityExtensionLookup (the live socket user’s extension)', () => {
  it('asks GetMe with the socket’s own token and principal', async () => {
    const { auth, seen } = authAnswering({ extension: '802' });
    const principal = testPrincipal({ userId: 'u-802' });
    const token = testPassword(); // any opaque string: GetMe is a fake here
    expect(await identityExtensionLookup(auth, logger)(principal, token)).toBe('802');
    expect(seen).toEqual([{ token, userId: 'u-802' }]);
  });

  it('gives no extension for a user without one, and asks nothing for a non-user principal', async () => {
    expect(
      await identityExtensionLookup(authAnswering({ extension: '' }).auth, logger)(testPrincipal({}), 't'),
    ).toBe(undefined);
    const { auth, seen } = authAnswering({ extension: '801' });
    expect(
      await identityExtensionLookup(auth, logger)(testPrincipal({ kind: 'system' }), 't'),
    ).toBeUndefined();
    expect(seen).toEqual([]);
  });

  it('refuses a disabled or deleted account, connects without an extension when identity is down', async () => {
    const refused = identityExtensionLookup(authAnswering(grpc.status.UNAUTHENTICATED).auth, logger);
    await expect(refused(testPrincipal({}), 't')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const down = identityExtensionLookup(authAnswering(grpc.status.UNAVAILABLE).auth, logger);
    await expect(down(testPrincipal({}), 't')).resolves.toBeUndefined();
  });
});
