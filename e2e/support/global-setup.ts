// jest globalSetup of the e2e project: the test servers (as for the integration tests), then the
// portal's static files, built once here. Each browser spec building them itself raced: two
// workers saw a stale build at the same moment, and one build emptied dist/ while the other
// worker's browser was loading its chunks.
import serversSetup from '../../libs/testing/src/global-setup';
import { ensurePortalBuilt } from '../portal/support/portal-build';

export default async function globalSetup(): Promise<void> {
  await serversSetup();
  ensurePortalBuilt();
}
