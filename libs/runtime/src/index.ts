export { runMain, type ListeningMessage, type Stoppable } from './run-main';
