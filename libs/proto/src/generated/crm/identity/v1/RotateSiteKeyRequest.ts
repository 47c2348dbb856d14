// Original file: crm/identity/v1/sites.proto


export interface RotateSiteKeyRequest {
  'id'?: (string);
}

export interface RotateSiteKeyRequest__Output {
  'id': (string);
}
