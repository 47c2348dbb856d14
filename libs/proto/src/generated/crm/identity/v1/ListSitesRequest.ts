// Original file: crm/identity/v1/sites.proto


export interface ListSitesRequest {
  'branchId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListSitesRequest__Output {
  'branchId': (string);
  'pageSize': (number);
  'pageToken': (string);
}
