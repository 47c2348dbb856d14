// Original file: crm/identity/v1/sites.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateSiteRequest as _crm_identity_v1_CreateSiteRequest, CreateSiteRequest__Output as _crm_identity_v1_CreateSiteRequest__Output } from '../../../crm/identity/v1/CreateSiteRequest';
import type { CreateSiteResponse as _crm_identity_v1_CreateSiteResponse, CreateSiteResponse__Output as _crm_identity_v1_CreateSiteResponse__Output } from '../../../crm/identity/v1/CreateSiteResponse';
import type { GetSiteRequest as _crm_identity_v1_GetSiteRequest, GetSiteRequest__Output as _crm_identity_v1_GetSiteRequest__Output } from '../../../crm/identity/v1/GetSiteRequest';
import type { GetSiteResponse as _crm_identity_v1_GetSiteResponse, GetSiteResponse__Output as _crm_identity_v1_GetSiteResponse__Output } from '../../../crm/identity/v1/GetSiteResponse';
import type { ListSitesRequest as _crm_identity_v1_ListSitesRequest, ListSitesRequest__Output as _crm_identity_v1_ListSitesRequest__Output } from '../../../crm/identity/v1/ListSitesRequest';
import type { ListSitesResponse as _crm_identity_v1_ListSitesResponse, ListSitesResponse__Output as _crm_identity_v1_ListSitesResponse__Output } from '../../../crm/identity/v1/ListSitesResponse';
import type { RevokeSiteRequest as _crm_identity_v1_RevokeSiteRequest, RevokeSiteRequest__Output as _crm_identity_v1_RevokeSiteRequest__Output } from '../../../crm/identity/v1/RevokeSiteRequest';
import type { RevokeSiteResponse as _crm_identity_v1_RevokeSiteResponse, RevokeSiteResponse__Output as _crm_identity_v1_RevokeSiteResponse__Output } from '../../../crm/identity/v1/RevokeSiteResponse';
import type { RotateSiteKeyRequest as _crm_identity_v1_RotateSiteKeyRequest, RotateSiteKeyRequest__Output as _crm_identity_v1_RotateSiteKeyRequest__Output } from '../../../crm/identity/v1/RotateSiteKeyRequest';
import type { RotateSiteKeyResponse as _crm_identity_v1_RotateSiteKeyResponse, RotateSiteKeyResponse__Output as _crm_identity_v1_RotateSiteKeyResponse__Output } from '../../../crm/identity/v1/RotateSiteKeyResponse';
import type { VerifySiteKeyRequest as _crm_identity_v1_VerifySiteKeyRequest, VerifySiteKeyRequest__Output as _crm_identity_v1_VerifySiteKeyRequest__Output } from '../../../crm/identity/v1/VerifySiteKeyRequest';
import type { VerifySiteKeyResponse as _crm_identity_v1_VerifySiteKeyResponse, VerifySiteKeyResponse__Output as _crm_identity_v1_VerifySiteKeyResponse__Output } from '../../../crm/identity/v1/VerifySiteKeyResponse';

export interface SiteServiceClient extends grpc.Client {
  CreateSite(argument: _crm_identity_v1_CreateSiteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateSiteResponse__Output>): grpc.ClientUnaryCall;
  CreateSite(argument: _crm_identity_v1_CreateSiteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_CreateSiteResponse__Output>): grpc.ClientUnaryCall;
  CreateSite(argument: _crm_identity_v1_CreateSiteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateSiteResponse__Output>): grpc.ClientUnaryCall;
  CreateSite(argument: _crm_identity_v1_CreateSiteRequest, callback: grpc.requestCallback<_crm_identity_v1_CreateSiteResponse__Output>): grpc.ClientUnaryCall;
  createSite(argument: _crm_identity_v1_CreateSiteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateSiteResponse__Output>): grpc.ClientUnaryCall;
  createSite(argument: _crm_identity_v1_CreateSiteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_CreateSiteResponse__Output>): grpc.ClientUnaryCall;
  createSite(argument: _crm_identity_v1_CreateSiteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_CreateSiteResponse__Output>): grpc.ClientUnaryCall;
  createSite(argument: _crm_identity_v1_CreateSiteRequest, callback: grpc.requestCallback<_crm_identity_v1_CreateSiteResponse__Output>): grpc.ClientUnaryCall;
  
  GetSite(argument: _crm_identity_v1_GetSiteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetSiteResponse__Output>): grpc.ClientUnaryCall;
  GetSite(argument: _crm_identity_v1_GetSiteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetSiteResponse__Output>): grpc.ClientUnaryCall;
  GetSite(argument: _crm_identity_v1_GetSiteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetSiteResponse__Output>): grpc.ClientUnaryCall;
  GetSite(argument: _crm_identity_v1_GetSiteRequest, callback: grpc.requestCallback<_crm_identity_v1_GetSiteResponse__Output>): grpc.ClientUnaryCall;
  getSite(argument: _crm_identity_v1_GetSiteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetSiteResponse__Output>): grpc.ClientUnaryCall;
  getSite(argument: _crm_identity_v1_GetSiteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_GetSiteResponse__Output>): grpc.ClientUnaryCall;
  getSite(argument: _crm_identity_v1_GetSiteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_GetSiteResponse__Output>): grpc.ClientUnaryCall;
  getSite(argument: _crm_identity_v1_GetSiteRequest, callback: grpc.requestCallback<_crm_identity_v1_GetSiteResponse__Output>): grpc.ClientUnaryCall;
  
  ListSites(argument: _crm_identity_v1_ListSitesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  ListSites(argument: _crm_identity_v1_ListSitesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  ListSites(argument: _crm_identity_v1_ListSitesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  ListSites(argument: _crm_identity_v1_ListSitesRequest, callback: grpc.requestCallback<_crm_identity_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  listSites(argument: _crm_identity_v1_ListSitesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  listSites(argument: _crm_identity_v1_ListSitesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  listSites(argument: _crm_identity_v1_ListSitesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  listSites(argument: _crm_identity_v1_ListSitesRequest, callback: grpc.requestCallback<_crm_identity_v1_ListSitesResponse__Output>): grpc.ClientUnaryCall;
  
  RevokeSite(argument: _crm_identity_v1_RevokeSiteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_RevokeSiteResponse__Output>): grpc.ClientUnaryCall;
  RevokeSite(argument: _crm_identity_v1_RevokeSiteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_RevokeSiteResponse__Output>): grpc.ClientUnaryCall;
  RevokeSite(argument: _crm_identity_v1_RevokeSiteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_RevokeSiteResponse__Output>): grpc.ClientUnaryCall;
  RevokeSite(argument: _crm_identity_v1_RevokeSiteRequest, callback: grpc.requestCallback<_crm_identity_v1_RevokeSiteResponse__Output>): grpc.ClientUnaryCall;
  revokeSite(argument: _crm_identity_v1_RevokeSiteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_RevokeSiteResponse__Output>): grpc.ClientUnaryCall;
  revokeSite(argument: _crm_identity_v1_RevokeSiteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_RevokeSiteResponse__Output>): grpc.ClientUnaryCall;
  revokeSite(argument: _crm_identity_v1_RevokeSiteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_RevokeSiteResponse__Output>): grpc.ClientUnaryCall;
  revokeSite(argument: _crm_identity_v1_RevokeSiteRequest, callback: grpc.requestCallback<_crm_identity_v1_RevokeSiteResponse__Output>): grpc.ClientUnaryCall;
  
  RotateSiteKey(argument: _crm_identity_v1_RotateSiteKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_RotateSiteKeyResponse__Output>): grpc.ClientUnaryCall;
  RotateSiteKey(argument: _crm_identity_v1_RotateSiteKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_RotateSiteKeyResponse__Output>): grpc.ClientUnaryCall;
  RotateSiteKey(argument: _crm_identity_v1_RotateSiteKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_RotateSiteKeyResponse__Output>): grpc.ClientUnaryCall;
  RotateSiteKey(argument: _crm_identity_v1_RotateSiteKeyRequest, callback: grpc.requestCallback<_crm_identity_v1_RotateSiteKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateSiteKey(argument: _crm_identity_v1_RotateSiteKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_RotateSiteKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateSiteKey(argument: _crm_identity_v1_RotateSiteKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_RotateSiteKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateSiteKey(argument: _crm_identity_v1_RotateSiteKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_RotateSiteKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateSiteKey(argument: _crm_identity_v1_RotateSiteKeyRequest, callback: grpc.requestCallback<_crm_identity_v1_RotateSiteKeyResponse__Output>): grpc.ClientUnaryCall;
  
  VerifySiteKey(argument: _crm_identity_v1_VerifySiteKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_VerifySiteKeyResponse__Output>): grpc.ClientUnaryCall;
  VerifySiteKey(argument: _crm_identity_v1_VerifySiteKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_VerifySiteKeyResponse__Output>): grpc.ClientUnaryCall;
  VerifySiteKey(argument: _crm_identity_v1_VerifySiteKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_VerifySiteKeyResponse__Output>): grpc.ClientUnaryCall;
  VerifySiteKey(argument: _crm_identity_v1_VerifySiteKeyRequest, callback: grpc.requestCallback<_crm_identity_v1_VerifySiteKeyResponse__Output>): grpc.ClientUnaryCall;
  verifySiteKey(argument: _crm_identity_v1_VerifySiteKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_VerifySiteKeyResponse__Output>): grpc.ClientUnaryCall;
  verifySiteKey(argument: _crm_identity_v1_VerifySiteKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_identity_v1_VerifySiteKeyResponse__Output>): grpc.ClientUnaryCall;
  verifySiteKey(argument: _crm_identity_v1_VerifySiteKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_identity_v1_VerifySiteKeyResponse__Output>): grpc.ClientUnaryCall;
  verifySiteKey(argument: _crm_identity_v1_VerifySiteKeyRequest, callback: grpc.requestCallback<_crm_identity_v1_VerifySiteKeyResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface SiteServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateSite: grpc.handleUnaryCall<_crm_identity_v1_CreateSiteRequest__Output, _crm_identity_v1_CreateSiteResponse>;
  
  GetSite: grpc.handleUnaryCall<_crm_identity_v1_GetSiteRequest__Output, _crm_identity_v1_GetSiteResponse>;
  
  ListSites: grpc.handleUnaryCall<_crm_identity_v1_ListSitesRequest__Output, _crm_identity_v1_ListSitesResponse>;
  
  RevokeSite: grpc.handleUnaryCall<_crm_identity_v1_RevokeSiteRequest__Output, _crm_identity_v1_RevokeSiteResponse>;
  
  RotateSiteKey: grpc.handleUnaryCall<_crm_identity_v1_RotateSiteKeyRequest__Output, _crm_identity_v1_RotateSiteKeyResponse>;
  
  VerifySiteKey: grpc.handleUnaryCall<_crm_identity_v1_VerifySiteKeyRequest__Output, _crm_identity_v1_VerifySiteKeyResponse>;
  
}

export interface SiteServiceDefinition extends grpc.ServiceDefinition {
  CreateSite: MethodDefinition<_crm_identity_v1_CreateSiteRequest, _crm_identity_v1_CreateSiteResponse, _crm_identity_v1_CreateSiteRequest__Output, _crm_identity_v1_CreateSiteResponse__Output>
  GetSite: MethodDefinition<_crm_identity_v1_GetSiteRequest, _crm_identity_v1_GetSiteResponse, _crm_identity_v1_GetSiteRequest__Output, _crm_identity_v1_GetSiteResponse__Output>
  ListSites: MethodDefinition<_crm_identity_v1_ListSitesRequest, _crm_identity_v1_ListSitesResponse, _crm_identity_v1_ListSitesRequest__Output, _crm_identity_v1_ListSitesResponse__Output>
  RevokeSite: MethodDefinition<_crm_identity_v1_RevokeSiteRequest, _crm_identity_v1_RevokeSiteResponse, _crm_identity_v1_RevokeSiteRequest__Output, _crm_identity_v1_RevokeSiteResponse__Output>
  RotateSiteKey: MethodDefinition<_crm_identity_v1_RotateSiteKeyRequest, _crm_identity_v1_RotateSiteKeyResponse, _crm_identity_v1_RotateSiteKeyRequest__Output, _crm_identity_v1_RotateSiteKeyResponse__Output>
  VerifySiteKey: MethodDefinition<_crm_identity_v1_VerifySiteKeyRequest, _crm_identity_v1_VerifySiteKeyResponse, _crm_identity_v1_VerifySiteKeyRequest__Output, _crm_identity_v1_VerifySiteKeyResponse__Output>
}
