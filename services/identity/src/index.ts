// The identity service as other packages may use it (the tests' stacks, for one): the kit's
// declaration (name, config loader, start function, migrations) and its start function. Nothing else
// of src/ is imported from outside the service.
export { loadIdentityConfig, type IdentityConfig } from './config';
export { identityService, startIdentityService, type IdentityServiceOptions } from './identity.service';
