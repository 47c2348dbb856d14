// Original file: crm/api/v1/annotations.proto

import type { RateLimit as _crm_api_v1_RateLimit, RateLimit__Output as _crm_api_v1_RateLimit__Output } from '../../../crm/api/v1/RateLimit';
import type { ProblemDoc as _crm_api_v1_ProblemDoc, ProblemDoc__Output as _crm_api_v1_ProblemDoc__Output } from '../../../crm/api/v1/ProblemDoc';

export interface Access {
  'permission'?: (string);
  'rateLimit'?: (_crm_api_v1_RateLimit);
  'successStatus'?: (number);
  'location'?: (string);
  'tag'?: (string);
  'beforePasswordChange'?: (boolean);
  'problems'?: (_crm_api_v1_ProblemDoc)[];
}

export interface Access__Output {
  'permission': (string);
  'rateLimit': (_crm_api_v1_RateLimit__Output);
  'successStatus': (number);
  'location': (string);
  'tag': (string);
  'beforePasswordChange': (boolean);
  'problems': (_crm_api_v1_ProblemDoc__Output)[];
}
