// Original file: crm/identity/v1/sites.proto


export interface CreateSiteRequest {
  'branchId'?: (string);
  'name'?: (string);
}

export interface CreateSiteRequest__Output {
  'branchId': (string);
  'name': (string);
}
