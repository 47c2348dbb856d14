// `npm start` with copies of existing services (see with-copies.ts); bench:startup runs it through
// the same launcher as `npm start` (deploy/local/start.cjs <this file>).
import { runCli } from '../../../deploy/local/cli';
import { SERVICES } from '../../../deploy/local/services';
import { withCopies } from './with-copies';

void runCli({ registry: withCopies(SERVICES, process.env.BENCH_COPIES ?? '') });
