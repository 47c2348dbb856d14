// GET /sites/:id/status and POST /sites/:id/test-tap (the gateway's hand-written site routes), as the
// OpenAPI document generated from their schemas says.
import type { AnswerOf, BodyOf } from './typed-client';

export type SiteStatus = AnswerOf<'getSitesIdStatus'>;
export type SiteAgentStatus = NonNullable<SiteStatus['agent']>;
export type SiteReader = SiteAgentStatus['readers'][number];
export type TestTapInput = BodyOf<'postSitesIdTestTap'>;
export type TestTapResult = AnswerOf<'postSitesIdTestTap', 202>;
