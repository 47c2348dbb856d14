// Site administration beyond the identity site routes: the agent's status and the installer's test tap.
import { http } from './index';
import type { Site } from './types';
import type { SiteStatus, TestTapInput, TestTapResult } from './sites-status.types';

const enc = encodeURIComponent;

export const siteAdminApi = {
  get: (id: string) => http.get<Site>(`/sites/${enc(id)}`),
  status: (id: string) => http.get<SiteStatus>(`/sites/${enc(id)}/status`),
  testTap: (id: string, input: TestTapInput) => http.post<TestTapResult>(`/sites/${enc(id)}/test-tap`, input),
};
