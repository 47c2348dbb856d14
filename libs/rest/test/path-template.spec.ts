import { bySpecificity, parseExpressPath, parseHttpPath, samePaths } from '../src';

describe('path templates', () => {
  it('reads google.api.http paths into the REST and Express forms', () => {
    expect(parseHttpPath('/customers/{customer_id}/cards')).toMatchObject({
      template: '/customers/{customerId}/cards',
      expressPath: '/customers/:customerId/cards',
      variables: ['customerId'],
    });
  });

  it('refuses what the transcoder does not do', () => {
    expect(() => parseHttpPath('customers')).toThrow('must start with /');
    expect(() => parseHttpPath('/api/v1/customers')).toThrow('leave the prefix out');
    expect(() => parseHttpPath('/customers/{id=*}')).toThrow('no = patterns');
    expect(() => parseHttpPath('/customers/{id}:approve')).toThrow('custom :verb');
  });

  it('finds two templates that answer the same requests', () => {
    expect(samePaths(parseHttpPath('/a/{id}'), parseExpressPath('/a/:name'))).toBe(true);
    expect(samePaths(parseHttpPath('/a/{id}'), parseExpressPath('/a/search'))).toBe(false);
    expect(samePaths(parseHttpPath('/a/{id}'), parseHttpPath('/a/{id}/b'))).toBe(false);
  });

  it('orders a literal segment before a variable one, whoever came first', () => {
    const paths = ['/a/{id}', '/a/search', '/a/{id}/b', '/b'].map(parseHttpPath);
    expect([...paths].sort(bySpecificity).map((p) => p.template)).toEqual([
      '/b',
      '/a/search',
      '/a/{id}',
      '/a/{id}/b',
    ]);
  });
});
