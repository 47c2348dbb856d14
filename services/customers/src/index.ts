// The customers service as other packages may use it (the tests' stacks, for one): the kit's
// declaration (name, config loader, start function, migrations) and its start function. Nothing else
// of src/ is imported from outside the service.
export { loadCustomersConfig, type CustomersConfig } from './config';
export { customersService, startCustomersService } from './customers.service';
