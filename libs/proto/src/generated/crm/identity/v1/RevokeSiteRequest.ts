// Original file: crm/identity/v1/sites.proto


export interface RevokeSiteRequest {
  'id'?: (string);
}

export interface RevokeSiteRequest__Output {
  'id': (string);
}
