// On one machine every service listens on 127.0.0.1 only; CRM_LISTEN_HOST (here listenHost) opens
// the gateway alone (its HTTP port and its edge ingress) to the LAN, as on a branch server. What the
// processes really bind is read from /proc, not from what the runner says.
import { listeningAddresses } from './support/process-tree';
import { startSystemUnderTest } from './support/system-under-test';

type System = Awaited<ReturnType<typeof startSystemUnderTest>>;

function addressesByService(system: System): Record<string, string[]> {
  return Object.fromEntries(
    Object.values(system.services).map((service) => [
      service.name,
      listeningAddresses(service.pid).map((address) => address.replace(/:\d+$/, '')),
    ]),
  );
}

describe('listening addresses', () => {
  it('are 127.0.0.1 for every service by default, and what the status table says', async () => {
    const system = await startSystemUnderTest();
    try {
      const hosts = addressesByService(system);
      for (const [name, addresses] of Object.entries(hosts)) {
        expect({ name, addresses: [...new Set(addresses)] }).toEqual({ name, addresses: ['127.0.0.1'] });
      }
      // The gateway's HTTP port and its edge ingress.
      expect(hosts.gateway).toHaveLength(2);
      for (const service of Object.values(system.services))
        expect(listeningAddresses(service.pid)).toContain(service.listen);
      expect(system.httpUrl).toBe(`http://127.0.0.1:${system.services.gateway?.port}`);
      expect((await fetch(`${system.httpUrl}/healthz`)).status).toBe(200);
    } finally {
      await system.dispose();
    }
  }, 120_000);

  it('with CRM_LISTEN_HOST=0.0.0.0 open the gateway (HTTP and edge ingress) to the LAN, and nothing else', async () => {
    const system = await startSystemUnderTest({}, { listenHost: '0.0.0.0' });
    try {
      const hosts = addressesByService(system);
      expect(hosts.gateway).toEqual(['0.0.0.0', '0.0.0.0']);
      for (const [name, addresses] of Object.entries(hosts).filter(([name]) => name !== 'gateway')) {
        expect({ name, addresses: [...new Set(addresses)] }).toEqual({ name, addresses: ['127.0.0.1'] });
      }
      expect(system.services.gateway?.listen).toBe(`0.0.0.0:${system.services.gateway?.port}`);
      expect((await fetch(`${system.httpUrl}/healthz`)).status).toBe(200);
    } finally {
      await system.dispose();
    }
  }, 120_000);
});
