import { runService } from '@crm/runtime';
import { analyticsService } from './analytics.service';

runService(analyticsService);
