import type { Cache } from '@crm/cache';
import { lockSchedule, type LockoutPolicy } from '../domain/lockout-policy';
import type { LoginAttempts } from '../domain/ports';

// One atomic step per failure. KEYS: failures, lock, lock count. ARGV: max failures, window seconds,
// memory seconds, then the lock schedule in seconds (the last one repeats).
const RECORD_FAILURE = `
local ttl = redis.call('TTL', KEYS[2])
if ttl > 0 then return ttl end
local failures = redis.call('INCR', KEYS[1])
if failures == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
if failures < tonumber(ARGV[1]) then return 0 end
redis.call('DEL', KEYS[1])
local locks = redis.call('INCR', KEYS[3])
redis.call('EXPIRE', KEYS[3], ARGV[3])
local steps = #ARGV - 3
local seconds = tonumber(ARGV[3 + math.min(locks, steps)])
redis.call('SET', KEYS[2], '1', 'EX', seconds)
return seconds
`;

/**
 * Failed logins counted in Redis per username: after `maxFailures` within the window the username is
 * locked, for a time that doubles with each lock in a row (base … max). Success forgets it all.
 */
export class RedisLoginAttempts implements LoginAttempts {
  private readonly schedule: string[];

  constructor(
    private readonly cache: Cache,
    private readonly policy: LockoutPolicy,
  ) {
    this.schedule = lockSchedule(policy).map(String);
  }

  private keys(username: string) {
    // Usernames are short and of a fixed alphabet, but anything may be typed into a login form.
    const id = encodeURIComponent(username.toLowerCase()).slice(0, 300);
    return [
      this.cache.key(`login:failures:${id}`),
      this.cache.key(`login:lock:${id}`),
      this.cache.key(`login:locks:${id}`),
    ] as const;
  }

  async lockedFor(username: string): Promise<number> {
    const ttl = await this.cache.client.ttl(this.keys(username)[1]);
    return ttl > 0 ? ttl : 0;
  }

  async recordFailure(username: string): Promise<number> {
    const result = await this.cache.client.eval(RECORD_FAILURE, {
      keys: [...this.keys(username)],
      arguments: [
        String(this.policy.maxFailures),
        String(this.policy.windowSeconds),
        String(this.policy.memorySeconds),
        ...this.schedule,
      ],
    });
    return Number(result);
  }

  async reset(username: string): Promise<void> {
    await this.cache.client.del([...this.keys(username)]);
  }

  async locked(usernames: string[]): Promise<Set<string>> {
    if (usernames.length === 0) return new Set();
    const values = await this.cache.client.mGet(usernames.map((u) => this.keys(u)[1]));
    return new Set(usernames.filter((_, i) => values[i] !== null));
  }
}
