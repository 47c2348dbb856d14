import { ensureNats, ensureRedis } from '../src';
import { makeTempDir } from './helpers';

describe('a server program missing from PATH', () => {
  const temp = makeTempDir('crm-devservers-path-');
  const saved = { PATH: process.env.PATH, CRM_PROGRAM_DIRS: process.env.CRM_PROGRAM_DIRS };
  beforeAll(() => {
    // An empty folder as the whole PATH, and no sbin folders: neither nats-server nor redis-server can be found.
    process.env.PATH = temp.dir;
    process.env.CRM_PROGRAM_DIRS = '';
  });
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    temp.remove();
  });

  it('explains how to install nats-server, or to point CRM_NATS_URL at a server', async () => {
    const error = await ensureNats({ dataDir: temp.dir }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('The `nats-server` program was not found on PATH');
    expect(message).toContain('sudo apt-get install nats-server');
    expect(message).toContain('brew install nats-server');
    expect(message).toContain('go install github.com/nats-io/nats-server/v2@latest');
    expect(message).toContain('CRM_NATS_URL');
  });

  it('explains how to install redis-server, naming the variable the caller uses', async () => {
    const error = await ensureRedis({ dataDir: temp.dir, urlEnvVar: 'CRM_TEST_REDIS_URL' }).catch(
      (caught: Error) => caught,
    );
    const message = (error as Error).message;
    expect(message).toContain('The `redis-server` program was not found on PATH');
    expect(message).toContain('sudo apt-get install redis-server');
    expect(message).toContain('brew install redis');
    expect(message).toContain('CRM_TEST_REDIS_URL');
  });
});
