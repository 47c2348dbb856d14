// What a person does in the portal, by the stable data-testid attributes the pages carry.
import type { Locator, Page } from 'playwright-core';

const MENU_GROUP: Record<string, string> = {
  customers: 'customers-group',
  'customer-pool': 'customers-group',
  'customer-recycle-bin': 'customers-group',
  'customer-import': 'customers-group',
  'customer-churn': 'customers-group',
  'customer-care': 'customers-group',
  'customer-follow-ups': 'customers-group',
  'customer-settings': 'customers-group',
  users: 'system',
  roles: 'system',
  branches: 'system',
  departments: 'system',
  employees: 'system',
  sites: 'system',
  audit: 'system',
};

export class PortalDriver {
  /** The addresses the page went to (client-side navigations too), for failure messages. */
  private readonly visited: string[] = [];

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const since = Date.now();
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      this.visited.push(`+${Date.now() - since} ms ${new URL(frame.url()).pathname}`);
      if (this.visited.length > 12) this.visited.shift();
    });
  }

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  async goto(pathname: string): Promise<void> {
    await this.page.goto(new URL(pathname, this.baseUrl).toString());
  }

  async login(username: string, password: string): Promise<void> {
    await this.goto('/login');
    await this.byTestId('login-username').fill(username);
    await this.byTestId('login-password').fill(password);
    await this.byTestId('login-submit').click();
  }

  /** After a login: the forced change-password page, or the portal. */
  async landing(): Promise<'change-password' | 'portal' | 'error'> {
    const forced = this.byTestId('forced-password');
    const portal = this.byTestId('user-menu');
    const error = this.byTestId('login-error');
    await forced.or(portal).or(error).first().waitFor({ state: 'visible' });
    if (await forced.isVisible()) return 'change-password';
    if (await error.isVisible()) return 'error';
    return 'portal';
  }

  /** Logs in and lands on the home page, changing the first password to `next` when asked to. */
  async logIn(username: string, password: string, next: string): Promise<void> {
    await this.login(username, password);
    const landing = await this.landing();
    if (landing === 'error') throw new Error(`${username} could not log in`);
    if (landing === 'change-password') await this.fillPasswordChange(password, next);
    await this.byTestId('home-page').waitFor();
  }

  async fillPasswordChange(current: string, next: string): Promise<void> {
    await this.byTestId('password-current').fill(current);
    await this.byTestId('password-new').fill(next);
    await this.byTestId('password-confirm').fill(next);
    await this.byTestId('password-submit').click();
  }

  /**
   * Opens a page from the side menu, expanding its group first when it is collapsed. The group's
   * state is read from its aria-expanded, not from whether the entry is visible: while the group is
   * still opening (its animation on a busy machine) the entry is not visible yet, and a click on the
   * group then would close it again.
   */
  async openMenu(id: string): Promise<void> {
    const group = MENU_GROUP[id];
    if (group) {
      const title = this.byTestId(`menu-group-${group}`).locator('xpath=ancestor::*[@aria-expanded][1]');
      if ((await title.getAttribute('aria-expanded')) !== 'true') {
        await title.click();
        // Then until its entries have finished sliding open, as a person would wait to see them.
        await this.page.locator('.ant-menu-sub.ant-motion-collapse').waitFor({ state: 'detached' });
      }
    }
    await this.byTestId(`menu-${id}`).click();
    await this.byTestId(`${id}-page`)
      .waitFor({ state: 'visible' })
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\nafter a click on menu-${id}, ${await this.whereAmI()}`);
      });
  }

  /** Where the browser is and what it shows: for the message of a step that found the wrong page. */
  async whereAmI(): Promise<string> {
    const pages = await this.page
      .locator('[data-testid$="-page"]')
      .evaluateAll((found) => found.map((e) => e.getAttribute('data-testid')));
    const text = (await this.page.locator('body').innerText()).replace(/\s+/g, ' ').slice(0, 400);
    return (
      `at ${this.page.url()} (last navigations: ${this.visited.join(', ')}), ` +
      `pages shown: [${pages.join(', ')}], text: ${text}`
    );
  }

  /** The ids of the menu entries the user can see (leaves and groups). */
  async visibleMenu(): Promise<string[]> {
    const ids = await this.page
      .locator('[data-testid="side-menu"] [data-testid^="menu-"]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace(/^menu-/, '')).sort();
  }

  /** Picks an option of an antd Select by its visible label (typing to search when it can). */
  async choose(testId: string, label: string): Promise<void> {
    const select = this.byTestId(testId);
    await select.click();
    const search = select.locator('input[type="search"]');
    if (await search.isEditable().catch(() => false)) await search.fill(label);
    const dropdown = this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
    await dropdown
      .locator('.ant-select-item-option, .ant-select-tree-node-content-wrapper')
      .filter({ hasText: label })
      .first()
      .click();
  }

  /** Chooses more options of a multiple Select, then closes its dropdown. */
  async chooseMany(testId: string, labels: string[]): Promise<void> {
    for (const label of labels) await this.choose(testId, label);
    await this.page.keyboard.press('Escape');
  }

  row(tableTestId: string, text: string): Locator {
    return this.byTestId(tableTestId).locator('tr[data-row-key]').filter({ hasText: text });
  }

  /** A client-side validation message under a form field. */
  async fieldError(text: string): Promise<void> {
    await this.page.locator('.ant-form-item-explain-error').filter({ hasText: text }).first().waitFor();
  }

  async successMessage(): Promise<void> {
    await this.page.locator('.ant-message-notice-success').first().waitFor({ state: 'visible' });
  }

  async logout(): Promise<void> {
    await this.byTestId('user-menu').click();
    await this.byTestId('logout').click();
    await this.byTestId('login-form').waitFor({ state: 'visible' });
  }

  async switchLanguage(locale: 'zh-CN' | 'en-US'): Promise<void> {
    await this.byTestId('lang-switch').first().click();
    await this.byTestId(`lang-option-${locale}`).click();
  }
}

/** Opens every menu group, so that the whole visible menu is in the page. */
export async function expandMenuGroups(driver: PortalDriver): Promise<void> {
  const ids = await driver.page
    .locator('[data-testid="side-menu"] [data-testid^="menu-group-"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid') ?? ''));
  for (const id of ids) {
    const submenu = driver.page.locator('.ant-menu-submenu', { has: driver.byTestId(id) }).first();
    const open = await submenu.evaluate((node) => node.classList.contains('ant-menu-submenu-open'));
    if (!open) await driver.byTestId(id).click();
  }
  await driver.page.waitForTimeout(300); // the submenu opening animation
}
