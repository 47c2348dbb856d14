import type { DownstreamClients } from '../../clients/downstream-clients';
import type { ApiRoute } from '../../http/api-route';
import { auditRoutes } from './audit.routes';
import { authRoutes } from './auth.routes';
import { branchesRoutes } from './branches.routes';
import { departmentsRoutes } from './departments.routes';
import { employeesRoutes } from './employees.routes';
import { rolesRoutes } from './roles.routes';
import { sitesRoutes } from './sites.routes';
import { usersRoutes } from './users.routes';

/** Every route of docs/api/identity.md; without IDENTITY_ADDR they answer 503. */
export function identityRoutes(clients: DownstreamClients): ApiRoute[] {
  return [
    ...authRoutes(clients),
    ...usersRoutes(clients),
    ...rolesRoutes(clients),
    ...branchesRoutes(clients),
    ...departmentsRoutes(clients),
    ...employeesRoutes(clients),
    ...sitesRoutes(clients),
    ...auditRoutes(clients),
  ];
}
