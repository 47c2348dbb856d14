import type { Cache } from '@crm/cache';
import type { Logger } from '@crm/log';
import { activeChurn, type Card, type Customer } from '../domain/customer';

/** What a lookup key resolves to: the matching records (none: a cached "unknown"). */
type Cached = { customers: Customer[] };

export interface LookupCacheOptions {
  /** Lifetime of a positive answer. */
  ttlSeconds: number;
  /** Lifetime of "unknown card / number": short, so a new record is found soon even if a delete was lost. */
  negativeTtlSeconds: number;
}

// Sets the value only if nobody invalidated the key since the reader looked (its generation is
// unchanged), so a reader that loaded the old row before a write committed cannot put it back after
// the write's invalidation.
const SET_IF_GENERATION = `
local g = redis.call('GET', KEYS[2])
if (g or '') == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', tonumber(ARGV[3]))
  return 1
end
return 0`;

/** Generation counters outlive any read in flight by far. */
const GENERATION_TTL_SECONDS = 86_400;

// Drops each answer (KEYS[i]) and bumps its generation (KEYS[i + 1]).
const INVALIDATE = `
for i = 1, #KEYS, 2 do
  redis.call('INCR', KEYS[i + 1])
  redis.call('EXPIRE', KEYS[i + 1], tonumber(ARGV[1]))
  redis.call('DEL', KEYS[i])
end
return 0`;
const INVALIDATE_SLICE = 500;

/**
 * The hot path of real-time recognition (R-RT-1, R-RT-2): card UID → customer and phone → customers,
 * answered from Redis; PostgreSQL stays the truth. Writers call invalidate() after their commit.
 * A Redis failure degrades to PostgreSQL (logged), never to an error for the caller.
 */
export class LookupCache {
  constructor(
    private readonly cache: Cache,
    private readonly options: LookupCacheOptions,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  static cardKey = (uid: string) => `card:${uid}`;
  static phoneKey = (e164: string) => `phone:${e164}`;

  /**
   * The cached answer, or a loader result that is cached unless the key was invalidated meanwhile.
   * `current` (optional) vets a cached answer against the truth; when it says no, the entry is
   * dropped (its generation bumped) and the loader answers.
   */
  async resolve(
    name: string,
    load: () => Promise<Customer[]>,
    current?: (cached: Customer[]) => Promise<boolean>,
  ): Promise<Customer[]> {
    const key = this.cache.key(name);
    const genKey = this.cache.key(`gen:${name}`);
    let generation: string | undefined;
    let cached: Customer[] | undefined;
    try {
      const [raw, gen] = await this.cache.client.mGet([key, genKey]);
      generation = gen ?? '';
      if (raw) cached = revive(JSON.parse(raw) as Cached).customers;
    } catch (err) {
      this.logger.warn({ err, key: name }, 'lookup cache unavailable; reading PostgreSQL');
      generation = undefined;
    }
    if (cached) {
      if (!current || (await current(cached))) return cached;
      this.logger.warn({ key: name }, 'lookup cache entry does not match PostgreSQL; dropped');
      await this.invalidate([name]);
      generation = await this.cache.client.get(genKey).then(
        (g) => g ?? '',
        () => undefined,
      );
    }
    const customers = await load();
    if (generation !== undefined) {
      const ttl = customers.length > 0 ? this.options.ttlSeconds : this.options.negativeTtlSeconds;
      try {
        await this.cache.client.eval(SET_IF_GENERATION, {
          keys: [key, genKey],
          arguments: [generation, JSON.stringify({ customers } satisfies Cached), String(ttl)],
        });
      } catch (err) {
        this.logger.warn({ err, key: name }, 'lookup cache unavailable; answer not cached');
      }
    }
    return customers;
  }

  /** Drops the answers of these keys and bumps their generations. Call after the commit. */
  async invalidate(names: string[]): Promise<void> {
    const unique = [...new Set(names)];
    if (unique.length === 0) return;
    try {
      // A script per slice of keys: an import invalidates 100,000 keys, and three commands each
      // cost several times more to send than the script's work in Redis.
      const calls: Promise<unknown>[] = [];
      for (let i = 0; i < unique.length; i += INVALIDATE_SLICE) {
        const keys = unique
          .slice(i, i + INVALIDATE_SLICE)
          .flatMap((name) => [this.cache.key(name), this.cache.key(`gen:${name}`)]);
        calls.push(this.cache.client.eval(INVALIDATE, { keys, arguments: [String(GENERATION_TTL_SECONDS)] }));
      }
      await Promise.all(calls);
    } catch (err) {
      // The write is committed; the stale answer lives at most ttlSeconds.
      this.logger.warn({ err, keys: unique }, 'lookup cache invalidation failed');
    }
  }
}

/** Every lookup key a state of a record answers: its active cards and every phone (contacts' too). */
export function lookupKeysOf(c: Customer | undefined): string[] {
  if (!c) return [];
  const cards = c.cards
    .filter((card) => card.status === 'active')
    .map((card) => LookupCache.cardKey(card.uid));
  const phones = [...c.phones, ...c.contacts.flatMap((k) => k.phones)].map(LookupCache.phoneKey);
  return [...cards, ...phones];
}

const date = (v: unknown) => (v ? new Date(v as string) : null);

function reviveCard(card: Card): Card {
  return { ...card, issuedAt: new Date(card.issuedAt), revokedAt: date(card.revokedAt) };
}

/** JSON → domain: the dates come back as Date objects. */
function revive(cached: Cached): Cached {
  return {
    customers: cached.customers.map((c) => ({
      ...c,
      createdAt: new Date(c.createdAt),
      updatedAt: new Date(c.updatedAt),
      deletedAt: date(c.deletedAt),
      reviewedAt: date(c.reviewedAt),
      ownedSince: date(c.ownedSince),
      releasedAt: date(c.releasedAt),
      lastFollowUpAt: date(c.lastFollowUpAt),
      // Entries cached before churn existed have none; the next write or the TTL replaces them.
      churn: c.churn
        ? {
            ...c.churn,
            flaggedAt: date(c.churn.flaggedAt),
            lastActivityAt: date(c.churn.lastActivityAt),
            changedAt: date(c.churn.changedAt),
          }
        : activeChurn(new Date(c.createdAt)),
      anniversaries: c.anniversaries ?? [],
      cards: c.cards.map(reviveCard),
    })),
  };
}
