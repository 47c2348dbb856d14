import { runMain } from '@crm/runtime';
import { startAnalyticsService } from './analytics.service';
import { loadAnalyticsConfig } from './config';

runMain('analytics', () => loadAnalyticsConfig(), startAnalyticsService);
