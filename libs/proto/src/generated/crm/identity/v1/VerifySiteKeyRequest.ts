// Original file: crm/identity/v1/sites.proto


export interface VerifySiteKeyRequest {
  'siteId'?: (string);
  'siteKey'?: (string);
}

export interface VerifySiteKeyRequest__Output {
  'siteId': (string);
  'siteKey': (string);
}
