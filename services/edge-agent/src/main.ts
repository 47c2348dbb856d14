import { runMain } from '@crm/runtime';
import { loadEdgeAgentConfig } from './config';
import { startEdgeAgent } from './edge-agent';

runMain('edge-agent', () => loadEdgeAgentConfig(), startEdgeAgent);
