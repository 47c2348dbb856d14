// `npm start`: node --import tsx deploy/local/start.ts (settings: see system-options.ts).
import { runCli } from './cli';

void runCli();
