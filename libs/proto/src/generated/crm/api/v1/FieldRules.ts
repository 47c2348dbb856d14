// Original file: crm/api/v1/annotations.proto

import type { Format as _crm_api_v1_Format, Format__Output as _crm_api_v1_Format__Output } from '../../../crm/api/v1/Format';

export interface FieldRules {
  'format'?: (_crm_api_v1_Format);
  'maxLength'?: (number);
}

export interface FieldRules__Output {
  'format': (_crm_api_v1_Format__Output);
  'maxLength': (number);
}
