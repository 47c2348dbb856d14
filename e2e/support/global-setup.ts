// jest globalSetup of the e2e project: the test servers (as for the integration tests), then the
// portal's static files, built once here (with the portal's type check) when they are missing or
// stale. Each browser spec building them itself raced: two workers saw a stale build at the same
// moment, and one build emptied dist/ while the other worker's browser was loading its chunks.
import path from 'node:path';
import serversSetup from '../../libs/testing/src/global-setup';
import { ensurePortalBuilt } from '../../deploy/local/portal-build';

export default async function globalSetup(): Promise<void> {
  await serversSetup();
  await ensurePortalBuilt(
    path.resolve(__dirname, '../..'),
    (message) => process.stdout.write(`\n${message}\n`),
    {
      typecheck: true,
    },
  );
}
