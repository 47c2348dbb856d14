import type { Response } from 'express';
import type { Cache } from '@crm/cache';
import { DomainError } from '@crm/errors';
import type { RateLimitClass } from './api-route';

/** The classes of limits: those of REST routes, and the Twilio webhook's own. */
export type LimitClass = RateLimitClass | 'twilio';

export interface RateLimiter {
  /** Counts one request of `key` in its class; throws RESOURCE_EXHAUSTED (429, Retry-After) past the limit. */
  check(limitClass: LimitClass, key: string, res: Response): Promise<void>;
}

/**
 * Fixed one-minute windows counted in Redis, so every gateway replica shares the count. Login is
 * limited per client address, strictly; the API per user; the Twilio webhook per address, with its own
 * (larger) limit since Twilio posts every call of a company from a few addresses; public routes (no
 * account) per address.
 */
export function redisRateLimiter(
  cache: Cache,
  limitsPerMinute: Record<'login' | 'api', number> & { twilio?: number; public?: number },
): RateLimiter {
  return {
    async check(limitClass, key, res) {
      const window = Math.floor(Date.now() / 60_000);
      const counterKey = cache.key(`rl:${limitClass}:${key}:${window}`);
      const [count] = (await cache.client
        .multi()
        .incr(counterKey)
        .expire(counterKey, 60)
        .exec()) as unknown as [number];
      // A limiter built without a Twilio or public limit falls back to login's (strict, per address).
      const limit = limitsPerMinute[limitClass] ?? limitsPerMinute.login;
      res.setHeader('RateLimit-Limit', String(limit));
      res.setHeader('RateLimit-Remaining', String(Math.max(0, limit - count)));
      if (count > limit) {
        const retryAfter = 60 - Math.floor((Date.now() % 60_000) / 1000);
        throw new DomainError('RESOURCE_EXHAUSTED', `too many requests; retry in ${retryAfter} s`, [], {
          retryAfterSeconds: retryAfter,
        });
      }
    },
  };
}
