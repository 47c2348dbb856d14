import { adminPasswordBanner, planDemo } from '../demo-start';

describe('planDemo', () => {
  const allNew = new Map([
    ['identity', true],
    ['customers', true],
  ]);

  it('loads into a new system (every database made now), with a password it chooses when none is given', () => {
    const plan = planDemo(allNew, undefined);
    expect(plan).toMatchObject({ load: true, chosenByRunner: true });
    expect(plan.load && plan.adminPassword).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(planDemo(allNew, 'Given-password-1')).toEqual({
      load: true,
      adminPassword: 'Given-password-1',
      chosenByRunner: false,
    });
  });

  it('refuses a system started before, naming the databases that existed and how to see the demo', () => {
    const plan = planDemo(
      new Map([
        ['identity', false],
        ['customers', true],
        ['analytics', false],
      ]),
      undefined,
    );
    expect(plan.load).toBe(false);
    expect(!plan.load && plan.reason).toBe(
      'not loaded: the demo data goes only into a new system, and this one has been started before (the ' +
        'databases of identity, analytics existed). To see it, start a new one: stop, then ' +
        'CRM_DATA_DIR=.data-demo npm start -- --demo (or delete .data first; with CRM_PG_URL, also CRM_DB_PREFIX=crm_demo_).',
    );
  });
});

describe('adminPasswordBanner', () => {
  it('shows the username and the password once, as identity does', () => {
    const banner = adminPasswordBanner('Xy3kPq9aB7cD2eFg').join('\n');
    expect(banner).toContain('    username: admin    (branch HQ)\n    password: Xy3kPq9aB7cD2eFg\n');
    expect(banner.split('Xy3kPq9aB7cD2eFg')).toHaveLength(2);
  });
});
