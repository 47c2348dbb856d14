// Original file: crm/identity/v1/sites.proto


export interface GetSiteRequest {
  'id'?: (string);
}

export interface GetSiteRequest__Output {
  'id': (string);
}
