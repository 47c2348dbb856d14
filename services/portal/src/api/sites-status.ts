// Site administration beyond identity's site operations: the agent's status and the installer's test tap.
import { api, sitesApi } from './index';
import type { TestTapInput } from './sites-status.types';
import { data } from './typed-client';

const byId = (id: string) => ({ params: { path: { id } } });

export const siteAdminApi = {
  get: (id: string) => sitesApi.get(id),
  status: (id: string) => data(api.GET('/api/v1/sites/{id}/status', byId(id))),
  testTap: (id: string, input: TestTapInput) =>
    data(api.POST('/api/v1/sites/{id}/test-tap', { ...byId(id), body: input })),
};
