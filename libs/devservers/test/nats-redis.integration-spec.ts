import { connect } from '@nats-io/transport-node';
import { createClient } from 'redis';
import { ensureNats, ensureRedis, findFreePort } from '../src';
import { isAlive, makeTempDir } from './helpers';

describe('ensureNats / ensureRedis starting their own servers', () => {
  const temp = makeTempDir('crm-devservers-');
  afterAll(() => temp.remove());

  it('starts nats-server with JetStream on a free port, and stops it', async () => {
    const port = await findFreePort();
    const nats = await ensureNats({ dataDir: temp.dir, port });
    try {
      expect(nats).toMatchObject({ url: `nats://127.0.0.1:${port}`, started: true });
      const nc = await connect({ servers: nats.url });
      expect(nc.info?.jetstream).toBe(true);
      await nc.close();
    } finally {
      await nats.stop();
    }
    expect(isAlive(nats.pid as number)).toBe(false);
  });

  it('starts redis-server on a free port, and stops it', async () => {
    const port = await findFreePort();
    const redis = await ensureRedis({ dataDir: temp.dir, port });
    try {
      expect(redis).toMatchObject({ url: `redis://127.0.0.1:${port}`, started: true });
      const client = createClient({ url: redis.url });
      await client.connect();
      await client.set('devservers-test', 'ok');
      expect(await client.get('devservers-test')).toBe('ok');
      await client.close();
    } finally {
      await redis.stop();
    }
    expect(isAlive(redis.pid as number)).toBe(false);
  });

  it('says which port is taken instead of starting a second server on it', async () => {
    const port = await findFreePort();
    const first = await ensureRedis({ dataDir: temp.dir, port });
    try {
      const other = makeTempDir('crm-devservers-other-');
      await expect(ensureRedis({ dataDir: other.dir, port })).rejects.toThrow(
        `port ${port} on 127.0.0.1 is already in use`,
      );
      other.remove();
    } finally {
      await first.stop();
    }
  });
});

describe('ensure* given a URL', () => {
  it('uses a server that answers, and does not stop it', async () => {
    const url = process.env.CRM_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
    const nats = await ensureNats({ url, dataDir: '/nonexistent' });
    expect(nats).toMatchObject({ url, started: false });
    await nats.stop();
  });

  it('throws naming the server and the URL when nothing answers', async () => {
    const port = await findFreePort();
    await expect(ensureRedis({ url: `redis://127.0.0.1:${port}`, dataDir: '/nonexistent' })).rejects.toThrow(
      `Redis at redis://127.0.0.1:${port} does not answer`,
    );
    await expect(ensureNats({ url: `nats://127.0.0.1:${port}`, dataDir: '/nonexistent' })).rejects.toThrow(
      `NATS at nats://127.0.0.1:${port} does not answer`,
    );
  });
});
