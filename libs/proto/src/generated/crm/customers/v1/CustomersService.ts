// Original file: crm/customers/v1/customers.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddFollowUpRequest as _crm_customers_v1_AddFollowUpRequest, AddFollowUpRequest__Output as _crm_customers_v1_AddFollowUpRequest__Output } from '../../../crm/customers/v1/AddFollowUpRequest';
import type { AddFollowUpResponse as _crm_customers_v1_AddFollowUpResponse, AddFollowUpResponse__Output as _crm_customers_v1_AddFollowUpResponse__Output } from '../../../crm/customers/v1/AddFollowUpResponse';
import type { ApproveCustomerRequest as _crm_customers_v1_ApproveCustomerRequest, ApproveCustomerRequest__Output as _crm_customers_v1_ApproveCustomerRequest__Output } from '../../../crm/customers/v1/ApproveCustomerRequest';
import type { ApproveCustomerResponse as _crm_customers_v1_ApproveCustomerResponse, ApproveCustomerResponse__Output as _crm_customers_v1_ApproveCustomerResponse__Output } from '../../../crm/customers/v1/ApproveCustomerResponse';
import type { CheckDuplicatesRequest as _crm_customers_v1_CheckDuplicatesRequest, CheckDuplicatesRequest__Output as _crm_customers_v1_CheckDuplicatesRequest__Output } from '../../../crm/customers/v1/CheckDuplicatesRequest';
import type { CheckDuplicatesResponse as _crm_customers_v1_CheckDuplicatesResponse, CheckDuplicatesResponse__Output as _crm_customers_v1_CheckDuplicatesResponse__Output } from '../../../crm/customers/v1/CheckDuplicatesResponse';
import type { ClaimFromPoolRequest as _crm_customers_v1_ClaimFromPoolRequest, ClaimFromPoolRequest__Output as _crm_customers_v1_ClaimFromPoolRequest__Output } from '../../../crm/customers/v1/ClaimFromPoolRequest';
import type { ClaimFromPoolResponse as _crm_customers_v1_ClaimFromPoolResponse, ClaimFromPoolResponse__Output as _crm_customers_v1_ClaimFromPoolResponse__Output } from '../../../crm/customers/v1/ClaimFromPoolResponse';
import type { CreateCustomFieldDefinitionRequest as _crm_customers_v1_CreateCustomFieldDefinitionRequest, CreateCustomFieldDefinitionRequest__Output as _crm_customers_v1_CreateCustomFieldDefinitionRequest__Output } from '../../../crm/customers/v1/CreateCustomFieldDefinitionRequest';
import type { CreateCustomFieldDefinitionResponse as _crm_customers_v1_CreateCustomFieldDefinitionResponse, CreateCustomFieldDefinitionResponse__Output as _crm_customers_v1_CreateCustomFieldDefinitionResponse__Output } from '../../../crm/customers/v1/CreateCustomFieldDefinitionResponse';
import type { CreateCustomerRequest as _crm_customers_v1_CreateCustomerRequest, CreateCustomerRequest__Output as _crm_customers_v1_CreateCustomerRequest__Output } from '../../../crm/customers/v1/CreateCustomerRequest';
import type { CreateCustomerResponse as _crm_customers_v1_CreateCustomerResponse, CreateCustomerResponse__Output as _crm_customers_v1_CreateCustomerResponse__Output } from '../../../crm/customers/v1/CreateCustomerResponse';
import type { DeleteCustomFieldDefinitionRequest as _crm_customers_v1_DeleteCustomFieldDefinitionRequest, DeleteCustomFieldDefinitionRequest__Output as _crm_customers_v1_DeleteCustomFieldDefinitionRequest__Output } from '../../../crm/customers/v1/DeleteCustomFieldDefinitionRequest';
import type { DeleteCustomFieldDefinitionResponse as _crm_customers_v1_DeleteCustomFieldDefinitionResponse, DeleteCustomFieldDefinitionResponse__Output as _crm_customers_v1_DeleteCustomFieldDefinitionResponse__Output } from '../../../crm/customers/v1/DeleteCustomFieldDefinitionResponse';
import type { DeleteCustomerRequest as _crm_customers_v1_DeleteCustomerRequest, DeleteCustomerRequest__Output as _crm_customers_v1_DeleteCustomerRequest__Output } from '../../../crm/customers/v1/DeleteCustomerRequest';
import type { DeleteCustomerResponse as _crm_customers_v1_DeleteCustomerResponse, DeleteCustomerResponse__Output as _crm_customers_v1_DeleteCustomerResponse__Output } from '../../../crm/customers/v1/DeleteCustomerResponse';
import type { GetCustomerRequest as _crm_customers_v1_GetCustomerRequest, GetCustomerRequest__Output as _crm_customers_v1_GetCustomerRequest__Output } from '../../../crm/customers/v1/GetCustomerRequest';
import type { GetCustomerResponse as _crm_customers_v1_GetCustomerResponse, GetCustomerResponse__Output as _crm_customers_v1_GetCustomerResponse__Output } from '../../../crm/customers/v1/GetCustomerResponse';
import type { GetCustomerSettingsRequest as _crm_customers_v1_GetCustomerSettingsRequest, GetCustomerSettingsRequest__Output as _crm_customers_v1_GetCustomerSettingsRequest__Output } from '../../../crm/customers/v1/GetCustomerSettingsRequest';
import type { GetCustomerSettingsResponse as _crm_customers_v1_GetCustomerSettingsResponse, GetCustomerSettingsResponse__Output as _crm_customers_v1_GetCustomerSettingsResponse__Output } from '../../../crm/customers/v1/GetCustomerSettingsResponse';
import type { IssueCardRequest as _crm_customers_v1_IssueCardRequest, IssueCardRequest__Output as _crm_customers_v1_IssueCardRequest__Output } from '../../../crm/customers/v1/IssueCardRequest';
import type { IssueCardResponse as _crm_customers_v1_IssueCardResponse, IssueCardResponse__Output as _crm_customers_v1_IssueCardResponse__Output } from '../../../crm/customers/v1/IssueCardResponse';
import type { ListCustomFieldDefinitionsRequest as _crm_customers_v1_ListCustomFieldDefinitionsRequest, ListCustomFieldDefinitionsRequest__Output as _crm_customers_v1_ListCustomFieldDefinitionsRequest__Output } from '../../../crm/customers/v1/ListCustomFieldDefinitionsRequest';
import type { ListCustomFieldDefinitionsResponse as _crm_customers_v1_ListCustomFieldDefinitionsResponse, ListCustomFieldDefinitionsResponse__Output as _crm_customers_v1_ListCustomFieldDefinitionsResponse__Output } from '../../../crm/customers/v1/ListCustomFieldDefinitionsResponse';
import type { ListCustomersRequest as _crm_customers_v1_ListCustomersRequest, ListCustomersRequest__Output as _crm_customers_v1_ListCustomersRequest__Output } from '../../../crm/customers/v1/ListCustomersRequest';
import type { ListCustomersResponse as _crm_customers_v1_ListCustomersResponse, ListCustomersResponse__Output as _crm_customers_v1_ListCustomersResponse__Output } from '../../../crm/customers/v1/ListCustomersResponse';
import type { ListDeletedCustomersRequest as _crm_customers_v1_ListDeletedCustomersRequest, ListDeletedCustomersRequest__Output as _crm_customers_v1_ListDeletedCustomersRequest__Output } from '../../../crm/customers/v1/ListDeletedCustomersRequest';
import type { ListDeletedCustomersResponse as _crm_customers_v1_ListDeletedCustomersResponse, ListDeletedCustomersResponse__Output as _crm_customers_v1_ListDeletedCustomersResponse__Output } from '../../../crm/customers/v1/ListDeletedCustomersResponse';
import type { ListDueFollowUpsRequest as _crm_customers_v1_ListDueFollowUpsRequest, ListDueFollowUpsRequest__Output as _crm_customers_v1_ListDueFollowUpsRequest__Output } from '../../../crm/customers/v1/ListDueFollowUpsRequest';
import type { ListDueFollowUpsResponse as _crm_customers_v1_ListDueFollowUpsResponse, ListDueFollowUpsResponse__Output as _crm_customers_v1_ListDueFollowUpsResponse__Output } from '../../../crm/customers/v1/ListDueFollowUpsResponse';
import type { ListPoolRequest as _crm_customers_v1_ListPoolRequest, ListPoolRequest__Output as _crm_customers_v1_ListPoolRequest__Output } from '../../../crm/customers/v1/ListPoolRequest';
import type { ListPoolResponse as _crm_customers_v1_ListPoolResponse, ListPoolResponse__Output as _crm_customers_v1_ListPoolResponse__Output } from '../../../crm/customers/v1/ListPoolResponse';
import type { ListTimelineRequest as _crm_customers_v1_ListTimelineRequest, ListTimelineRequest__Output as _crm_customers_v1_ListTimelineRequest__Output } from '../../../crm/customers/v1/ListTimelineRequest';
import type { ListTimelineResponse as _crm_customers_v1_ListTimelineResponse, ListTimelineResponse__Output as _crm_customers_v1_ListTimelineResponse__Output } from '../../../crm/customers/v1/ListTimelineResponse';
import type { LookupByCardRequest as _crm_customers_v1_LookupByCardRequest, LookupByCardRequest__Output as _crm_customers_v1_LookupByCardRequest__Output } from '../../../crm/customers/v1/LookupByCardRequest';
import type { LookupByCardResponse as _crm_customers_v1_LookupByCardResponse, LookupByCardResponse__Output as _crm_customers_v1_LookupByCardResponse__Output } from '../../../crm/customers/v1/LookupByCardResponse';
import type { LookupByPhoneRequest as _crm_customers_v1_LookupByPhoneRequest, LookupByPhoneRequest__Output as _crm_customers_v1_LookupByPhoneRequest__Output } from '../../../crm/customers/v1/LookupByPhoneRequest';
import type { LookupByPhoneResponse as _crm_customers_v1_LookupByPhoneResponse, LookupByPhoneResponse__Output as _crm_customers_v1_LookupByPhoneResponse__Output } from '../../../crm/customers/v1/LookupByPhoneResponse';
import type { MergeCustomersRequest as _crm_customers_v1_MergeCustomersRequest, MergeCustomersRequest__Output as _crm_customers_v1_MergeCustomersRequest__Output } from '../../../crm/customers/v1/MergeCustomersRequest';
import type { MergeCustomersResponse as _crm_customers_v1_MergeCustomersResponse, MergeCustomersResponse__Output as _crm_customers_v1_MergeCustomersResponse__Output } from '../../../crm/customers/v1/MergeCustomersResponse';
import type { PurgeCustomerRequest as _crm_customers_v1_PurgeCustomerRequest, PurgeCustomerRequest__Output as _crm_customers_v1_PurgeCustomerRequest__Output } from '../../../crm/customers/v1/PurgeCustomerRequest';
import type { PurgeCustomerResponse as _crm_customers_v1_PurgeCustomerResponse, PurgeCustomerResponse__Output as _crm_customers_v1_PurgeCustomerResponse__Output } from '../../../crm/customers/v1/PurgeCustomerResponse';
import type { RejectCustomerRequest as _crm_customers_v1_RejectCustomerRequest, RejectCustomerRequest__Output as _crm_customers_v1_RejectCustomerRequest__Output } from '../../../crm/customers/v1/RejectCustomerRequest';
import type { RejectCustomerResponse as _crm_customers_v1_RejectCustomerResponse, RejectCustomerResponse__Output as _crm_customers_v1_RejectCustomerResponse__Output } from '../../../crm/customers/v1/RejectCustomerResponse';
import type { ReleaseToPoolRequest as _crm_customers_v1_ReleaseToPoolRequest, ReleaseToPoolRequest__Output as _crm_customers_v1_ReleaseToPoolRequest__Output } from '../../../crm/customers/v1/ReleaseToPoolRequest';
import type { ReleaseToPoolResponse as _crm_customers_v1_ReleaseToPoolResponse, ReleaseToPoolResponse__Output as _crm_customers_v1_ReleaseToPoolResponse__Output } from '../../../crm/customers/v1/ReleaseToPoolResponse';
import type { ReplaceCardRequest as _crm_customers_v1_ReplaceCardRequest, ReplaceCardRequest__Output as _crm_customers_v1_ReplaceCardRequest__Output } from '../../../crm/customers/v1/ReplaceCardRequest';
import type { ReplaceCardResponse as _crm_customers_v1_ReplaceCardResponse, ReplaceCardResponse__Output as _crm_customers_v1_ReplaceCardResponse__Output } from '../../../crm/customers/v1/ReplaceCardResponse';
import type { RestoreCustomerRequest as _crm_customers_v1_RestoreCustomerRequest, RestoreCustomerRequest__Output as _crm_customers_v1_RestoreCustomerRequest__Output } from '../../../crm/customers/v1/RestoreCustomerRequest';
import type { RestoreCustomerResponse as _crm_customers_v1_RestoreCustomerResponse, RestoreCustomerResponse__Output as _crm_customers_v1_RestoreCustomerResponse__Output } from '../../../crm/customers/v1/RestoreCustomerResponse';
import type { RevokeCardRequest as _crm_customers_v1_RevokeCardRequest, RevokeCardRequest__Output as _crm_customers_v1_RevokeCardRequest__Output } from '../../../crm/customers/v1/RevokeCardRequest';
import type { RevokeCardResponse as _crm_customers_v1_RevokeCardResponse, RevokeCardResponse__Output as _crm_customers_v1_RevokeCardResponse__Output } from '../../../crm/customers/v1/RevokeCardResponse';
import type { TransferCustomersRequest as _crm_customers_v1_TransferCustomersRequest, TransferCustomersRequest__Output as _crm_customers_v1_TransferCustomersRequest__Output } from '../../../crm/customers/v1/TransferCustomersRequest';
import type { TransferCustomersResponse as _crm_customers_v1_TransferCustomersResponse, TransferCustomersResponse__Output as _crm_customers_v1_TransferCustomersResponse__Output } from '../../../crm/customers/v1/TransferCustomersResponse';
import type { UpdateCustomFieldDefinitionRequest as _crm_customers_v1_UpdateCustomFieldDefinitionRequest, UpdateCustomFieldDefinitionRequest__Output as _crm_customers_v1_UpdateCustomFieldDefinitionRequest__Output } from '../../../crm/customers/v1/UpdateCustomFieldDefinitionRequest';
import type { UpdateCustomFieldDefinitionResponse as _crm_customers_v1_UpdateCustomFieldDefinitionResponse, UpdateCustomFieldDefinitionResponse__Output as _crm_customers_v1_UpdateCustomFieldDefinitionResponse__Output } from '../../../crm/customers/v1/UpdateCustomFieldDefinitionResponse';
import type { UpdateCustomerRequest as _crm_customers_v1_UpdateCustomerRequest, UpdateCustomerRequest__Output as _crm_customers_v1_UpdateCustomerRequest__Output } from '../../../crm/customers/v1/UpdateCustomerRequest';
import type { UpdateCustomerResponse as _crm_customers_v1_UpdateCustomerResponse, UpdateCustomerResponse__Output as _crm_customers_v1_UpdateCustomerResponse__Output } from '../../../crm/customers/v1/UpdateCustomerResponse';
import type { UpdateCustomerSettingsRequest as _crm_customers_v1_UpdateCustomerSettingsRequest, UpdateCustomerSettingsRequest__Output as _crm_customers_v1_UpdateCustomerSettingsRequest__Output } from '../../../crm/customers/v1/UpdateCustomerSettingsRequest';
import type { UpdateCustomerSettingsResponse as _crm_customers_v1_UpdateCustomerSettingsResponse, UpdateCustomerSettingsResponse__Output as _crm_customers_v1_UpdateCustomerSettingsResponse__Output } from '../../../crm/customers/v1/UpdateCustomerSettingsResponse';

export interface CustomersServiceClient extends grpc.Client {
  AddFollowUp(argument: _crm_customers_v1_AddFollowUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_AddFollowUpResponse__Output>): grpc.ClientUnaryCall;
  AddFollowUp(argument: _crm_customers_v1_AddFollowUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_AddFollowUpResponse__Output>): grpc.ClientUnaryCall;
  AddFollowUp(argument: _crm_customers_v1_AddFollowUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_AddFollowUpResponse__Output>): grpc.ClientUnaryCall;
  AddFollowUp(argument: _crm_customers_v1_AddFollowUpRequest, callback: grpc.requestCallback<_crm_customers_v1_AddFollowUpResponse__Output>): grpc.ClientUnaryCall;
  addFollowUp(argument: _crm_customers_v1_AddFollowUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_AddFollowUpResponse__Output>): grpc.ClientUnaryCall;
  addFollowUp(argument: _crm_customers_v1_AddFollowUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_AddFollowUpResponse__Output>): grpc.ClientUnaryCall;
  addFollowUp(argument: _crm_customers_v1_AddFollowUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_AddFollowUpResponse__Output>): grpc.ClientUnaryCall;
  addFollowUp(argument: _crm_customers_v1_AddFollowUpRequest, callback: grpc.requestCallback<_crm_customers_v1_AddFollowUpResponse__Output>): grpc.ClientUnaryCall;
  
  ApproveCustomer(argument: _crm_customers_v1_ApproveCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ApproveCustomerResponse__Output>): grpc.ClientUnaryCall;
  ApproveCustomer(argument: _crm_customers_v1_ApproveCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ApproveCustomerResponse__Output>): grpc.ClientUnaryCall;
  ApproveCustomer(argument: _crm_customers_v1_ApproveCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ApproveCustomerResponse__Output>): grpc.ClientUnaryCall;
  ApproveCustomer(argument: _crm_customers_v1_ApproveCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_ApproveCustomerResponse__Output>): grpc.ClientUnaryCall;
  approveCustomer(argument: _crm_customers_v1_ApproveCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ApproveCustomerResponse__Output>): grpc.ClientUnaryCall;
  approveCustomer(argument: _crm_customers_v1_ApproveCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ApproveCustomerResponse__Output>): grpc.ClientUnaryCall;
  approveCustomer(argument: _crm_customers_v1_ApproveCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ApproveCustomerResponse__Output>): grpc.ClientUnaryCall;
  approveCustomer(argument: _crm_customers_v1_ApproveCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_ApproveCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  CheckDuplicates(argument: _crm_customers_v1_CheckDuplicatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  CheckDuplicates(argument: _crm_customers_v1_CheckDuplicatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  CheckDuplicates(argument: _crm_customers_v1_CheckDuplicatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  CheckDuplicates(argument: _crm_customers_v1_CheckDuplicatesRequest, callback: grpc.requestCallback<_crm_customers_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  checkDuplicates(argument: _crm_customers_v1_CheckDuplicatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  checkDuplicates(argument: _crm_customers_v1_CheckDuplicatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  checkDuplicates(argument: _crm_customers_v1_CheckDuplicatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  checkDuplicates(argument: _crm_customers_v1_CheckDuplicatesRequest, callback: grpc.requestCallback<_crm_customers_v1_CheckDuplicatesResponse__Output>): grpc.ClientUnaryCall;
  
  ClaimFromPool(argument: _crm_customers_v1_ClaimFromPoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ClaimFromPoolResponse__Output>): grpc.ClientUnaryCall;
  ClaimFromPool(argument: _crm_customers_v1_ClaimFromPoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ClaimFromPoolResponse__Output>): grpc.ClientUnaryCall;
  ClaimFromPool(argument: _crm_customers_v1_ClaimFromPoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ClaimFromPoolResponse__Output>): grpc.ClientUnaryCall;
  ClaimFromPool(argument: _crm_customers_v1_ClaimFromPoolRequest, callback: grpc.requestCallback<_crm_customers_v1_ClaimFromPoolResponse__Output>): grpc.ClientUnaryCall;
  claimFromPool(argument: _crm_customers_v1_ClaimFromPoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ClaimFromPoolResponse__Output>): grpc.ClientUnaryCall;
  claimFromPool(argument: _crm_customers_v1_ClaimFromPoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ClaimFromPoolResponse__Output>): grpc.ClientUnaryCall;
  claimFromPool(argument: _crm_customers_v1_ClaimFromPoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ClaimFromPoolResponse__Output>): grpc.ClientUnaryCall;
  claimFromPool(argument: _crm_customers_v1_ClaimFromPoolRequest, callback: grpc.requestCallback<_crm_customers_v1_ClaimFromPoolResponse__Output>): grpc.ClientUnaryCall;
  
  CreateCustomFieldDefinition(argument: _crm_customers_v1_CreateCustomFieldDefinitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  CreateCustomFieldDefinition(argument: _crm_customers_v1_CreateCustomFieldDefinitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  CreateCustomFieldDefinition(argument: _crm_customers_v1_CreateCustomFieldDefinitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  CreateCustomFieldDefinition(argument: _crm_customers_v1_CreateCustomFieldDefinitionRequest, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  createCustomFieldDefinition(argument: _crm_customers_v1_CreateCustomFieldDefinitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  createCustomFieldDefinition(argument: _crm_customers_v1_CreateCustomFieldDefinitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  createCustomFieldDefinition(argument: _crm_customers_v1_CreateCustomFieldDefinitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  createCustomFieldDefinition(argument: _crm_customers_v1_CreateCustomFieldDefinitionRequest, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  
  CreateCustomer(argument: _crm_customers_v1_CreateCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  CreateCustomer(argument: _crm_customers_v1_CreateCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  CreateCustomer(argument: _crm_customers_v1_CreateCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  CreateCustomer(argument: _crm_customers_v1_CreateCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  createCustomer(argument: _crm_customers_v1_CreateCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  createCustomer(argument: _crm_customers_v1_CreateCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  createCustomer(argument: _crm_customers_v1_CreateCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  createCustomer(argument: _crm_customers_v1_CreateCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_CreateCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteCustomFieldDefinition(argument: _crm_customers_v1_DeleteCustomFieldDefinitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  DeleteCustomFieldDefinition(argument: _crm_customers_v1_DeleteCustomFieldDefinitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  DeleteCustomFieldDefinition(argument: _crm_customers_v1_DeleteCustomFieldDefinitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  DeleteCustomFieldDefinition(argument: _crm_customers_v1_DeleteCustomFieldDefinitionRequest, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomFieldDefinition(argument: _crm_customers_v1_DeleteCustomFieldDefinitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomFieldDefinition(argument: _crm_customers_v1_DeleteCustomFieldDefinitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomFieldDefinition(argument: _crm_customers_v1_DeleteCustomFieldDefinitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomFieldDefinition(argument: _crm_customers_v1_DeleteCustomFieldDefinitionRequest, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteCustomer(argument: _crm_customers_v1_DeleteCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomerResponse__Output>): grpc.ClientUnaryCall;
  DeleteCustomer(argument: _crm_customers_v1_DeleteCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomerResponse__Output>): grpc.ClientUnaryCall;
  DeleteCustomer(argument: _crm_customers_v1_DeleteCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomerResponse__Output>): grpc.ClientUnaryCall;
  DeleteCustomer(argument: _crm_customers_v1_DeleteCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomerResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomer(argument: _crm_customers_v1_DeleteCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomerResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomer(argument: _crm_customers_v1_DeleteCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomerResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomer(argument: _crm_customers_v1_DeleteCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomerResponse__Output>): grpc.ClientUnaryCall;
  deleteCustomer(argument: _crm_customers_v1_DeleteCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_DeleteCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  GetCustomer(argument: _crm_customers_v1_GetCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  GetCustomer(argument: _crm_customers_v1_GetCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  GetCustomer(argument: _crm_customers_v1_GetCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  GetCustomer(argument: _crm_customers_v1_GetCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  getCustomer(argument: _crm_customers_v1_GetCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  getCustomer(argument: _crm_customers_v1_GetCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  getCustomer(argument: _crm_customers_v1_GetCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  getCustomer(argument: _crm_customers_v1_GetCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  GetCustomerSettings(argument: _crm_customers_v1_GetCustomerSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  GetCustomerSettings(argument: _crm_customers_v1_GetCustomerSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  GetCustomerSettings(argument: _crm_customers_v1_GetCustomerSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  GetCustomerSettings(argument: _crm_customers_v1_GetCustomerSettingsRequest, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  getCustomerSettings(argument: _crm_customers_v1_GetCustomerSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  getCustomerSettings(argument: _crm_customers_v1_GetCustomerSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  getCustomerSettings(argument: _crm_customers_v1_GetCustomerSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  getCustomerSettings(argument: _crm_customers_v1_GetCustomerSettingsRequest, callback: grpc.requestCallback<_crm_customers_v1_GetCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  
  IssueCard(argument: _crm_customers_v1_IssueCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_IssueCardResponse__Output>): grpc.ClientUnaryCall;
  IssueCard(argument: _crm_customers_v1_IssueCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_IssueCardResponse__Output>): grpc.ClientUnaryCall;
  IssueCard(argument: _crm_customers_v1_IssueCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_IssueCardResponse__Output>): grpc.ClientUnaryCall;
  IssueCard(argument: _crm_customers_v1_IssueCardRequest, callback: grpc.requestCallback<_crm_customers_v1_IssueCardResponse__Output>): grpc.ClientUnaryCall;
  issueCard(argument: _crm_customers_v1_IssueCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_IssueCardResponse__Output>): grpc.ClientUnaryCall;
  issueCard(argument: _crm_customers_v1_IssueCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_IssueCardResponse__Output>): grpc.ClientUnaryCall;
  issueCard(argument: _crm_customers_v1_IssueCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_IssueCardResponse__Output>): grpc.ClientUnaryCall;
  issueCard(argument: _crm_customers_v1_IssueCardRequest, callback: grpc.requestCallback<_crm_customers_v1_IssueCardResponse__Output>): grpc.ClientUnaryCall;
  
  ListCustomFieldDefinitions(argument: _crm_customers_v1_ListCustomFieldDefinitionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCustomFieldDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  ListCustomFieldDefinitions(argument: _crm_customers_v1_ListCustomFieldDefinitionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListCustomFieldDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  ListCustomFieldDefinitions(argument: _crm_customers_v1_ListCustomFieldDefinitionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCustomFieldDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  ListCustomFieldDefinitions(argument: _crm_customers_v1_ListCustomFieldDefinitionsRequest, callback: grpc.requestCallback<_crm_customers_v1_ListCustomFieldDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  listCustomFieldDefinitions(argument: _crm_customers_v1_ListCustomFieldDefinitionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCustomFieldDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  listCustomFieldDefinitions(argument: _crm_customers_v1_ListCustomFieldDefinitionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListCustomFieldDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  listCustomFieldDefinitions(argument: _crm_customers_v1_ListCustomFieldDefinitionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCustomFieldDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  listCustomFieldDefinitions(argument: _crm_customers_v1_ListCustomFieldDefinitionsRequest, callback: grpc.requestCallback<_crm_customers_v1_ListCustomFieldDefinitionsResponse__Output>): grpc.ClientUnaryCall;
  
  ListCustomers(argument: _crm_customers_v1_ListCustomersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  ListCustomers(argument: _crm_customers_v1_ListCustomersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  ListCustomers(argument: _crm_customers_v1_ListCustomersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  ListCustomers(argument: _crm_customers_v1_ListCustomersRequest, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  listCustomers(argument: _crm_customers_v1_ListCustomersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  listCustomers(argument: _crm_customers_v1_ListCustomersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  listCustomers(argument: _crm_customers_v1_ListCustomersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  listCustomers(argument: _crm_customers_v1_ListCustomersRequest, callback: grpc.requestCallback<_crm_customers_v1_ListCustomersResponse__Output>): grpc.ClientUnaryCall;
  
  ListDeletedCustomers(argument: _crm_customers_v1_ListDeletedCustomersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListDeletedCustomersResponse__Output>): grpc.ClientUnaryCall;
  ListDeletedCustomers(argument: _crm_customers_v1_ListDeletedCustomersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListDeletedCustomersResponse__Output>): grpc.ClientUnaryCall;
  ListDeletedCustomers(argument: _crm_customers_v1_ListDeletedCustomersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListDeletedCustomersResponse__Output>): grpc.ClientUnaryCall;
  ListDeletedCustomers(argument: _crm_customers_v1_ListDeletedCustomersRequest, callback: grpc.requestCallback<_crm_customers_v1_ListDeletedCustomersResponse__Output>): grpc.ClientUnaryCall;
  listDeletedCustomers(argument: _crm_customers_v1_ListDeletedCustomersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListDeletedCustomersResponse__Output>): grpc.ClientUnaryCall;
  listDeletedCustomers(argument: _crm_customers_v1_ListDeletedCustomersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListDeletedCustomersResponse__Output>): grpc.ClientUnaryCall;
  listDeletedCustomers(argument: _crm_customers_v1_ListDeletedCustomersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListDeletedCustomersResponse__Output>): grpc.ClientUnaryCall;
  listDeletedCustomers(argument: _crm_customers_v1_ListDeletedCustomersRequest, callback: grpc.requestCallback<_crm_customers_v1_ListDeletedCustomersResponse__Output>): grpc.ClientUnaryCall;
  
  ListDueFollowUps(argument: _crm_customers_v1_ListDueFollowUpsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListDueFollowUpsResponse__Output>): grpc.ClientUnaryCall;
  ListDueFollowUps(argument: _crm_customers_v1_ListDueFollowUpsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListDueFollowUpsResponse__Output>): grpc.ClientUnaryCall;
  ListDueFollowUps(argument: _crm_customers_v1_ListDueFollowUpsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListDueFollowUpsResponse__Output>): grpc.ClientUnaryCall;
  ListDueFollowUps(argument: _crm_customers_v1_ListDueFollowUpsRequest, callback: grpc.requestCallback<_crm_customers_v1_ListDueFollowUpsResponse__Output>): grpc.ClientUnaryCall;
  listDueFollowUps(argument: _crm_customers_v1_ListDueFollowUpsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListDueFollowUpsResponse__Output>): grpc.ClientUnaryCall;
  listDueFollowUps(argument: _crm_customers_v1_ListDueFollowUpsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListDueFollowUpsResponse__Output>): grpc.ClientUnaryCall;
  listDueFollowUps(argument: _crm_customers_v1_ListDueFollowUpsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListDueFollowUpsResponse__Output>): grpc.ClientUnaryCall;
  listDueFollowUps(argument: _crm_customers_v1_ListDueFollowUpsRequest, callback: grpc.requestCallback<_crm_customers_v1_ListDueFollowUpsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPool(argument: _crm_customers_v1_ListPoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListPoolResponse__Output>): grpc.ClientUnaryCall;
  ListPool(argument: _crm_customers_v1_ListPoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListPoolResponse__Output>): grpc.ClientUnaryCall;
  ListPool(argument: _crm_customers_v1_ListPoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListPoolResponse__Output>): grpc.ClientUnaryCall;
  ListPool(argument: _crm_customers_v1_ListPoolRequest, callback: grpc.requestCallback<_crm_customers_v1_ListPoolResponse__Output>): grpc.ClientUnaryCall;
  listPool(argument: _crm_customers_v1_ListPoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListPoolResponse__Output>): grpc.ClientUnaryCall;
  listPool(argument: _crm_customers_v1_ListPoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListPoolResponse__Output>): grpc.ClientUnaryCall;
  listPool(argument: _crm_customers_v1_ListPoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListPoolResponse__Output>): grpc.ClientUnaryCall;
  listPool(argument: _crm_customers_v1_ListPoolRequest, callback: grpc.requestCallback<_crm_customers_v1_ListPoolResponse__Output>): grpc.ClientUnaryCall;
  
  ListTimeline(argument: _crm_customers_v1_ListTimelineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  ListTimeline(argument: _crm_customers_v1_ListTimelineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  ListTimeline(argument: _crm_customers_v1_ListTimelineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  ListTimeline(argument: _crm_customers_v1_ListTimelineRequest, callback: grpc.requestCallback<_crm_customers_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  listTimeline(argument: _crm_customers_v1_ListTimelineRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  listTimeline(argument: _crm_customers_v1_ListTimelineRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  listTimeline(argument: _crm_customers_v1_ListTimelineRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  listTimeline(argument: _crm_customers_v1_ListTimelineRequest, callback: grpc.requestCallback<_crm_customers_v1_ListTimelineResponse__Output>): grpc.ClientUnaryCall;
  
  LookupByCard(argument: _crm_customers_v1_LookupByCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_LookupByCardResponse__Output>): grpc.ClientUnaryCall;
  LookupByCard(argument: _crm_customers_v1_LookupByCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_LookupByCardResponse__Output>): grpc.ClientUnaryCall;
  LookupByCard(argument: _crm_customers_v1_LookupByCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_LookupByCardResponse__Output>): grpc.ClientUnaryCall;
  LookupByCard(argument: _crm_customers_v1_LookupByCardRequest, callback: grpc.requestCallback<_crm_customers_v1_LookupByCardResponse__Output>): grpc.ClientUnaryCall;
  lookupByCard(argument: _crm_customers_v1_LookupByCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_LookupByCardResponse__Output>): grpc.ClientUnaryCall;
  lookupByCard(argument: _crm_customers_v1_LookupByCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_LookupByCardResponse__Output>): grpc.ClientUnaryCall;
  lookupByCard(argument: _crm_customers_v1_LookupByCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_LookupByCardResponse__Output>): grpc.ClientUnaryCall;
  lookupByCard(argument: _crm_customers_v1_LookupByCardRequest, callback: grpc.requestCallback<_crm_customers_v1_LookupByCardResponse__Output>): grpc.ClientUnaryCall;
  
  LookupByPhone(argument: _crm_customers_v1_LookupByPhoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_LookupByPhoneResponse__Output>): grpc.ClientUnaryCall;
  LookupByPhone(argument: _crm_customers_v1_LookupByPhoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_LookupByPhoneResponse__Output>): grpc.ClientUnaryCall;
  LookupByPhone(argument: _crm_customers_v1_LookupByPhoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_LookupByPhoneResponse__Output>): grpc.ClientUnaryCall;
  LookupByPhone(argument: _crm_customers_v1_LookupByPhoneRequest, callback: grpc.requestCallback<_crm_customers_v1_LookupByPhoneResponse__Output>): grpc.ClientUnaryCall;
  lookupByPhone(argument: _crm_customers_v1_LookupByPhoneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_LookupByPhoneResponse__Output>): grpc.ClientUnaryCall;
  lookupByPhone(argument: _crm_customers_v1_LookupByPhoneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_LookupByPhoneResponse__Output>): grpc.ClientUnaryCall;
  lookupByPhone(argument: _crm_customers_v1_LookupByPhoneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_LookupByPhoneResponse__Output>): grpc.ClientUnaryCall;
  lookupByPhone(argument: _crm_customers_v1_LookupByPhoneRequest, callback: grpc.requestCallback<_crm_customers_v1_LookupByPhoneResponse__Output>): grpc.ClientUnaryCall;
  
  MergeCustomers(argument: _crm_customers_v1_MergeCustomersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_MergeCustomersResponse__Output>): grpc.ClientUnaryCall;
  MergeCustomers(argument: _crm_customers_v1_MergeCustomersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_MergeCustomersResponse__Output>): grpc.ClientUnaryCall;
  MergeCustomers(argument: _crm_customers_v1_MergeCustomersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_MergeCustomersResponse__Output>): grpc.ClientUnaryCall;
  MergeCustomers(argument: _crm_customers_v1_MergeCustomersRequest, callback: grpc.requestCallback<_crm_customers_v1_MergeCustomersResponse__Output>): grpc.ClientUnaryCall;
  mergeCustomers(argument: _crm_customers_v1_MergeCustomersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_MergeCustomersResponse__Output>): grpc.ClientUnaryCall;
  mergeCustomers(argument: _crm_customers_v1_MergeCustomersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_MergeCustomersResponse__Output>): grpc.ClientUnaryCall;
  mergeCustomers(argument: _crm_customers_v1_MergeCustomersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_MergeCustomersResponse__Output>): grpc.ClientUnaryCall;
  mergeCustomers(argument: _crm_customers_v1_MergeCustomersRequest, callback: grpc.requestCallback<_crm_customers_v1_MergeCustomersResponse__Output>): grpc.ClientUnaryCall;
  
  PurgeCustomer(argument: _crm_customers_v1_PurgeCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_PurgeCustomerResponse__Output>): grpc.ClientUnaryCall;
  PurgeCustomer(argument: _crm_customers_v1_PurgeCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_PurgeCustomerResponse__Output>): grpc.ClientUnaryCall;
  PurgeCustomer(argument: _crm_customers_v1_PurgeCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_PurgeCustomerResponse__Output>): grpc.ClientUnaryCall;
  PurgeCustomer(argument: _crm_customers_v1_PurgeCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_PurgeCustomerResponse__Output>): grpc.ClientUnaryCall;
  purgeCustomer(argument: _crm_customers_v1_PurgeCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_PurgeCustomerResponse__Output>): grpc.ClientUnaryCall;
  purgeCustomer(argument: _crm_customers_v1_PurgeCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_PurgeCustomerResponse__Output>): grpc.ClientUnaryCall;
  purgeCustomer(argument: _crm_customers_v1_PurgeCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_PurgeCustomerResponse__Output>): grpc.ClientUnaryCall;
  purgeCustomer(argument: _crm_customers_v1_PurgeCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_PurgeCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  RejectCustomer(argument: _crm_customers_v1_RejectCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RejectCustomerResponse__Output>): grpc.ClientUnaryCall;
  RejectCustomer(argument: _crm_customers_v1_RejectCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_RejectCustomerResponse__Output>): grpc.ClientUnaryCall;
  RejectCustomer(argument: _crm_customers_v1_RejectCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RejectCustomerResponse__Output>): grpc.ClientUnaryCall;
  RejectCustomer(argument: _crm_customers_v1_RejectCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_RejectCustomerResponse__Output>): grpc.ClientUnaryCall;
  rejectCustomer(argument: _crm_customers_v1_RejectCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RejectCustomerResponse__Output>): grpc.ClientUnaryCall;
  rejectCustomer(argument: _crm_customers_v1_RejectCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_RejectCustomerResponse__Output>): grpc.ClientUnaryCall;
  rejectCustomer(argument: _crm_customers_v1_RejectCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RejectCustomerResponse__Output>): grpc.ClientUnaryCall;
  rejectCustomer(argument: _crm_customers_v1_RejectCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_RejectCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  ReleaseToPool(argument: _crm_customers_v1_ReleaseToPoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ReleaseToPoolResponse__Output>): grpc.ClientUnaryCall;
  ReleaseToPool(argument: _crm_customers_v1_ReleaseToPoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ReleaseToPoolResponse__Output>): grpc.ClientUnaryCall;
  ReleaseToPool(argument: _crm_customers_v1_ReleaseToPoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ReleaseToPoolResponse__Output>): grpc.ClientUnaryCall;
  ReleaseToPool(argument: _crm_customers_v1_ReleaseToPoolRequest, callback: grpc.requestCallback<_crm_customers_v1_ReleaseToPoolResponse__Output>): grpc.ClientUnaryCall;
  releaseToPool(argument: _crm_customers_v1_ReleaseToPoolRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ReleaseToPoolResponse__Output>): grpc.ClientUnaryCall;
  releaseToPool(argument: _crm_customers_v1_ReleaseToPoolRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ReleaseToPoolResponse__Output>): grpc.ClientUnaryCall;
  releaseToPool(argument: _crm_customers_v1_ReleaseToPoolRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ReleaseToPoolResponse__Output>): grpc.ClientUnaryCall;
  releaseToPool(argument: _crm_customers_v1_ReleaseToPoolRequest, callback: grpc.requestCallback<_crm_customers_v1_ReleaseToPoolResponse__Output>): grpc.ClientUnaryCall;
  
  ReplaceCard(argument: _crm_customers_v1_ReplaceCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ReplaceCardResponse__Output>): grpc.ClientUnaryCall;
  ReplaceCard(argument: _crm_customers_v1_ReplaceCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ReplaceCardResponse__Output>): grpc.ClientUnaryCall;
  ReplaceCard(argument: _crm_customers_v1_ReplaceCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ReplaceCardResponse__Output>): grpc.ClientUnaryCall;
  ReplaceCard(argument: _crm_customers_v1_ReplaceCardRequest, callback: grpc.requestCallback<_crm_customers_v1_ReplaceCardResponse__Output>): grpc.ClientUnaryCall;
  replaceCard(argument: _crm_customers_v1_ReplaceCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ReplaceCardResponse__Output>): grpc.ClientUnaryCall;
  replaceCard(argument: _crm_customers_v1_ReplaceCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_ReplaceCardResponse__Output>): grpc.ClientUnaryCall;
  replaceCard(argument: _crm_customers_v1_ReplaceCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_ReplaceCardResponse__Output>): grpc.ClientUnaryCall;
  replaceCard(argument: _crm_customers_v1_ReplaceCardRequest, callback: grpc.requestCallback<_crm_customers_v1_ReplaceCardResponse__Output>): grpc.ClientUnaryCall;
  
  RestoreCustomer(argument: _crm_customers_v1_RestoreCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RestoreCustomerResponse__Output>): grpc.ClientUnaryCall;
  RestoreCustomer(argument: _crm_customers_v1_RestoreCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_RestoreCustomerResponse__Output>): grpc.ClientUnaryCall;
  RestoreCustomer(argument: _crm_customers_v1_RestoreCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RestoreCustomerResponse__Output>): grpc.ClientUnaryCall;
  RestoreCustomer(argument: _crm_customers_v1_RestoreCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_RestoreCustomerResponse__Output>): grpc.ClientUnaryCall;
  restoreCustomer(argument: _crm_customers_v1_RestoreCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RestoreCustomerResponse__Output>): grpc.ClientUnaryCall;
  restoreCustomer(argument: _crm_customers_v1_RestoreCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_RestoreCustomerResponse__Output>): grpc.ClientUnaryCall;
  restoreCustomer(argument: _crm_customers_v1_RestoreCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RestoreCustomerResponse__Output>): grpc.ClientUnaryCall;
  restoreCustomer(argument: _crm_customers_v1_RestoreCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_RestoreCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  RevokeCard(argument: _crm_customers_v1_RevokeCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RevokeCardResponse__Output>): grpc.ClientUnaryCall;
  RevokeCard(argument: _crm_customers_v1_RevokeCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_RevokeCardResponse__Output>): grpc.ClientUnaryCall;
  RevokeCard(argument: _crm_customers_v1_RevokeCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RevokeCardResponse__Output>): grpc.ClientUnaryCall;
  RevokeCard(argument: _crm_customers_v1_RevokeCardRequest, callback: grpc.requestCallback<_crm_customers_v1_RevokeCardResponse__Output>): grpc.ClientUnaryCall;
  revokeCard(argument: _crm_customers_v1_RevokeCardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RevokeCardResponse__Output>): grpc.ClientUnaryCall;
  revokeCard(argument: _crm_customers_v1_RevokeCardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_RevokeCardResponse__Output>): grpc.ClientUnaryCall;
  revokeCard(argument: _crm_customers_v1_RevokeCardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_RevokeCardResponse__Output>): grpc.ClientUnaryCall;
  revokeCard(argument: _crm_customers_v1_RevokeCardRequest, callback: grpc.requestCallback<_crm_customers_v1_RevokeCardResponse__Output>): grpc.ClientUnaryCall;
  
  TransferCustomers(argument: _crm_customers_v1_TransferCustomersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_TransferCustomersResponse__Output>): grpc.ClientUnaryCall;
  TransferCustomers(argument: _crm_customers_v1_TransferCustomersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_TransferCustomersResponse__Output>): grpc.ClientUnaryCall;
  TransferCustomers(argument: _crm_customers_v1_TransferCustomersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_TransferCustomersResponse__Output>): grpc.ClientUnaryCall;
  TransferCustomers(argument: _crm_customers_v1_TransferCustomersRequest, callback: grpc.requestCallback<_crm_customers_v1_TransferCustomersResponse__Output>): grpc.ClientUnaryCall;
  transferCustomers(argument: _crm_customers_v1_TransferCustomersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_TransferCustomersResponse__Output>): grpc.ClientUnaryCall;
  transferCustomers(argument: _crm_customers_v1_TransferCustomersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_TransferCustomersResponse__Output>): grpc.ClientUnaryCall;
  transferCustomers(argument: _crm_customers_v1_TransferCustomersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_TransferCustomersResponse__Output>): grpc.ClientUnaryCall;
  transferCustomers(argument: _crm_customers_v1_TransferCustomersRequest, callback: grpc.requestCallback<_crm_customers_v1_TransferCustomersResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateCustomFieldDefinition(argument: _crm_customers_v1_UpdateCustomFieldDefinitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  UpdateCustomFieldDefinition(argument: _crm_customers_v1_UpdateCustomFieldDefinitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  UpdateCustomFieldDefinition(argument: _crm_customers_v1_UpdateCustomFieldDefinitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  UpdateCustomFieldDefinition(argument: _crm_customers_v1_UpdateCustomFieldDefinitionRequest, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  updateCustomFieldDefinition(argument: _crm_customers_v1_UpdateCustomFieldDefinitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  updateCustomFieldDefinition(argument: _crm_customers_v1_UpdateCustomFieldDefinitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  updateCustomFieldDefinition(argument: _crm_customers_v1_UpdateCustomFieldDefinitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  updateCustomFieldDefinition(argument: _crm_customers_v1_UpdateCustomFieldDefinitionRequest, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomFieldDefinitionResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateCustomer(argument: _crm_customers_v1_UpdateCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerResponse__Output>): grpc.ClientUnaryCall;
  UpdateCustomer(argument: _crm_customers_v1_UpdateCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerResponse__Output>): grpc.ClientUnaryCall;
  UpdateCustomer(argument: _crm_customers_v1_UpdateCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerResponse__Output>): grpc.ClientUnaryCall;
  UpdateCustomer(argument: _crm_customers_v1_UpdateCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerResponse__Output>): grpc.ClientUnaryCall;
  updateCustomer(argument: _crm_customers_v1_UpdateCustomerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerResponse__Output>): grpc.ClientUnaryCall;
  updateCustomer(argument: _crm_customers_v1_UpdateCustomerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerResponse__Output>): grpc.ClientUnaryCall;
  updateCustomer(argument: _crm_customers_v1_UpdateCustomerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerResponse__Output>): grpc.ClientUnaryCall;
  updateCustomer(argument: _crm_customers_v1_UpdateCustomerRequest, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateCustomerSettings(argument: _crm_customers_v1_UpdateCustomerSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  UpdateCustomerSettings(argument: _crm_customers_v1_UpdateCustomerSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  UpdateCustomerSettings(argument: _crm_customers_v1_UpdateCustomerSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  UpdateCustomerSettings(argument: _crm_customers_v1_UpdateCustomerSettingsRequest, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  updateCustomerSettings(argument: _crm_customers_v1_UpdateCustomerSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  updateCustomerSettings(argument: _crm_customers_v1_UpdateCustomerSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  updateCustomerSettings(argument: _crm_customers_v1_UpdateCustomerSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  updateCustomerSettings(argument: _crm_customers_v1_UpdateCustomerSettingsRequest, callback: grpc.requestCallback<_crm_customers_v1_UpdateCustomerSettingsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface CustomersServiceHandlers extends grpc.UntypedServiceImplementation {
  AddFollowUp: grpc.handleUnaryCall<_crm_customers_v1_AddFollowUpRequest__Output, _crm_customers_v1_AddFollowUpResponse>;
  
  ApproveCustomer: grpc.handleUnaryCall<_crm_customers_v1_ApproveCustomerRequest__Output, _crm_customers_v1_ApproveCustomerResponse>;
  
  CheckDuplicates: grpc.handleUnaryCall<_crm_customers_v1_CheckDuplicatesRequest__Output, _crm_customers_v1_CheckDuplicatesResponse>;
  
  ClaimFromPool: grpc.handleUnaryCall<_crm_customers_v1_ClaimFromPoolRequest__Output, _crm_customers_v1_ClaimFromPoolResponse>;
  
  CreateCustomFieldDefinition: grpc.handleUnaryCall<_crm_customers_v1_CreateCustomFieldDefinitionRequest__Output, _crm_customers_v1_CreateCustomFieldDefinitionResponse>;
  
  CreateCustomer: grpc.handleUnaryCall<_crm_customers_v1_CreateCustomerRequest__Output, _crm_customers_v1_CreateCustomerResponse>;
  
  DeleteCustomFieldDefinition: grpc.handleUnaryCall<_crm_customers_v1_DeleteCustomFieldDefinitionRequest__Output, _crm_customers_v1_DeleteCustomFieldDefinitionResponse>;
  
  DeleteCustomer: grpc.handleUnaryCall<_crm_customers_v1_DeleteCustomerRequest__Output, _crm_customers_v1_DeleteCustomerResponse>;
  
  GetCustomer: grpc.handleUnaryCall<_crm_customers_v1_GetCustomerRequest__Output, _crm_customers_v1_GetCustomerResponse>;
  
  GetCustomerSettings: grpc.handleUnaryCall<_crm_customers_v1_GetCustomerSettingsRequest__Output, _crm_customers_v1_GetCustomerSettingsResponse>;
  
  IssueCard: grpc.handleUnaryCall<_crm_customers_v1_IssueCardRequest__Output, _crm_customers_v1_IssueCardResponse>;
  
  ListCustomFieldDefinitions: grpc.handleUnaryCall<_crm_customers_v1_ListCustomFieldDefinitionsRequest__Output, _crm_customers_v1_ListCustomFieldDefinitionsResponse>;
  
  ListCustomers: grpc.handleUnaryCall<_crm_customers_v1_ListCustomersRequest__Output, _crm_customers_v1_ListCustomersResponse>;
  
  ListDeletedCustomers: grpc.handleUnaryCall<_crm_customers_v1_ListDeletedCustomersRequest__Output, _crm_customers_v1_ListDeletedCustomersResponse>;
  
  ListDueFollowUps: grpc.handleUnaryCall<_crm_customers_v1_ListDueFollowUpsRequest__Output, _crm_customers_v1_ListDueFollowUpsResponse>;
  
  ListPool: grpc.handleUnaryCall<_crm_customers_v1_ListPoolRequest__Output, _crm_customers_v1_ListPoolResponse>;
  
  ListTimeline: grpc.handleUnaryCall<_crm_customers_v1_ListTimelineRequest__Output, _crm_customers_v1_ListTimelineResponse>;
  
  LookupByCard: grpc.handleUnaryCall<_crm_customers_v1_LookupByCardRequest__Output, _crm_customers_v1_LookupByCardResponse>;
  
  LookupByPhone: grpc.handleUnaryCall<_crm_customers_v1_LookupByPhoneRequest__Output, _crm_customers_v1_LookupByPhoneResponse>;
  
  MergeCustomers: grpc.handleUnaryCall<_crm_customers_v1_MergeCustomersRequest__Output, _crm_customers_v1_MergeCustomersResponse>;
  
  PurgeCustomer: grpc.handleUnaryCall<_crm_customers_v1_PurgeCustomerRequest__Output, _crm_customers_v1_PurgeCustomerResponse>;
  
  RejectCustomer: grpc.handleUnaryCall<_crm_customers_v1_RejectCustomerRequest__Output, _crm_customers_v1_RejectCustomerResponse>;
  
  ReleaseToPool: grpc.handleUnaryCall<_crm_customers_v1_ReleaseToPoolRequest__Output, _crm_customers_v1_ReleaseToPoolResponse>;
  
  ReplaceCard: grpc.handleUnaryCall<_crm_customers_v1_ReplaceCardRequest__Output, _crm_customers_v1_ReplaceCardResponse>;
  
  RestoreCustomer: grpc.handleUnaryCall<_crm_customers_v1_RestoreCustomerRequest__Output, _crm_customers_v1_RestoreCustomerResponse>;
  
  RevokeCard: grpc.handleUnaryCall<_crm_customers_v1_RevokeCardRequest__Output, _crm_customers_v1_RevokeCardResponse>;
  
  TransferCustomers: grpc.handleUnaryCall<_crm_customers_v1_TransferCustomersRequest__Output, _crm_customers_v1_TransferCustomersResponse>;
  
  UpdateCustomFieldDefinition: grpc.handleUnaryCall<_crm_customers_v1_UpdateCustomFieldDefinitionRequest__Output, _crm_customers_v1_UpdateCustomFieldDefinitionResponse>;
  
  UpdateCustomer: grpc.handleUnaryCall<_crm_customers_v1_UpdateCustomerRequest__Output, _crm_customers_v1_UpdateCustomerResponse>;
  
  UpdateCustomerSettings: grpc.handleUnaryCall<_crm_customers_v1_UpdateCustomerSettingsRequest__Output, _crm_customers_v1_UpdateCustomerSettingsResponse>;
  
}

export interface CustomersServiceDefinition extends grpc.ServiceDefinition {
  AddFollowUp: MethodDefinition<_crm_customers_v1_AddFollowUpRequest, _crm_customers_v1_AddFollowUpResponse, _crm_customers_v1_AddFollowUpRequest__Output, _crm_customers_v1_AddFollowUpResponse__Output>
  ApproveCustomer: MethodDefinition<_crm_customers_v1_ApproveCustomerRequest, _crm_customers_v1_ApproveCustomerResponse, _crm_customers_v1_ApproveCustomerRequest__Output, _crm_customers_v1_ApproveCustomerResponse__Output>
  CheckDuplicates: MethodDefinition<_crm_customers_v1_CheckDuplicatesRequest, _crm_customers_v1_CheckDuplicatesResponse, _crm_customers_v1_CheckDuplicatesRequest__Output, _crm_customers_v1_CheckDuplicatesResponse__Output>
  ClaimFromPool: MethodDefinition<_crm_customers_v1_ClaimFromPoolRequest, _crm_customers_v1_ClaimFromPoolResponse, _crm_customers_v1_ClaimFromPoolRequest__Output, _crm_customers_v1_ClaimFromPoolResponse__Output>
  CreateCustomFieldDefinition: MethodDefinition<_crm_customers_v1_CreateCustomFieldDefinitionRequest, _crm_customers_v1_CreateCustomFieldDefinitionResponse, _crm_customers_v1_CreateCustomFieldDefinitionRequest__Output, _crm_customers_v1_CreateCustomFieldDefinitionResponse__Output>
  CreateCustomer: MethodDefinition<_crm_customers_v1_CreateCustomerRequest, _crm_customers_v1_CreateCustomerResponse, _crm_customers_v1_CreateCustomerRequest__Output, _crm_customers_v1_CreateCustomerResponse__Output>
  DeleteCustomFieldDefinition: MethodDefinition<_crm_customers_v1_DeleteCustomFieldDefinitionRequest, _crm_customers_v1_DeleteCustomFieldDefinitionResponse, _crm_customers_v1_DeleteCustomFieldDefinitionRequest__Output, _crm_customers_v1_DeleteCustomFieldDefinitionResponse__Output>
  DeleteCustomer: MethodDefinition<_crm_customers_v1_DeleteCustomerRequest, _crm_customers_v1_DeleteCustomerResponse, _crm_customers_v1_DeleteCustomerRequest__Output, _crm_customers_v1_DeleteCustomerResponse__Output>
  GetCustomer: MethodDefinition<_crm_customers_v1_GetCustomerRequest, _crm_customers_v1_GetCustomerResponse, _crm_customers_v1_GetCustomerRequest__Output, _crm_customers_v1_GetCustomerResponse__Output>
  GetCustomerSettings: MethodDefinition<_crm_customers_v1_GetCustomerSettingsRequest, _crm_customers_v1_GetCustomerSettingsResponse, _crm_customers_v1_GetCustomerSettingsRequest__Output, _crm_customers_v1_GetCustomerSettingsResponse__Output>
  IssueCard: MethodDefinition<_crm_customers_v1_IssueCardRequest, _crm_customers_v1_IssueCardResponse, _crm_customers_v1_IssueCardRequest__Output, _crm_customers_v1_IssueCardResponse__Output>
  ListCustomFieldDefinitions: MethodDefinition<_crm_customers_v1_ListCustomFieldDefinitionsRequest, _crm_customers_v1_ListCustomFieldDefinitionsResponse, _crm_customers_v1_ListCustomFieldDefinitionsRequest__Output, _crm_customers_v1_ListCustomFieldDefinitionsResponse__Output>
  ListCustomers: MethodDefinition<_crm_customers_v1_ListCustomersRequest, _crm_customers_v1_ListCustomersResponse, _crm_customers_v1_ListCustomersRequest__Output, _crm_customers_v1_ListCustomersResponse__Output>
  ListDeletedCustomers: MethodDefinition<_crm_customers_v1_ListDeletedCustomersRequest, _crm_customers_v1_ListDeletedCustomersResponse, _crm_customers_v1_ListDeletedCustomersRequest__Output, _crm_customers_v1_ListDeletedCustomersResponse__Output>
  ListDueFollowUps: MethodDefinition<_crm_customers_v1_ListDueFollowUpsRequest, _crm_customers_v1_ListDueFollowUpsResponse, _crm_customers_v1_ListDueFollowUpsRequest__Output, _crm_customers_v1_ListDueFollowUpsResponse__Output>
  ListPool: MethodDefinition<_crm_customers_v1_ListPoolRequest, _crm_customers_v1_ListPoolResponse, _crm_customers_v1_ListPoolRequest__Output, _crm_customers_v1_ListPoolResponse__Output>
  ListTimeline: MethodDefinition<_crm_customers_v1_ListTimelineRequest, _crm_customers_v1_ListTimelineResponse, _crm_customers_v1_ListTimelineRequest__Output, _crm_customers_v1_ListTimelineResponse__Output>
  LookupByCard: MethodDefinition<_crm_customers_v1_LookupByCardRequest, _crm_customers_v1_LookupByCardResponse, _crm_customers_v1_LookupByCardRequest__Output, _crm_customers_v1_LookupByCardResponse__Output>
  LookupByPhone: MethodDefinition<_crm_customers_v1_LookupByPhoneRequest, _crm_customers_v1_LookupByPhoneResponse, _crm_customers_v1_LookupByPhoneRequest__Output, _crm_customers_v1_LookupByPhoneResponse__Output>
  MergeCustomers: MethodDefinition<_crm_customers_v1_MergeCustomersRequest, _crm_customers_v1_MergeCustomersResponse, _crm_customers_v1_MergeCustomersRequest__Output, _crm_customers_v1_MergeCustomersResponse__Output>
  PurgeCustomer: MethodDefinition<_crm_customers_v1_PurgeCustomerRequest, _crm_customers_v1_PurgeCustomerResponse, _crm_customers_v1_PurgeCustomerRequest__Output, _crm_customers_v1_PurgeCustomerResponse__Output>
  RejectCustomer: MethodDefinition<_crm_customers_v1_RejectCustomerRequest, _crm_customers_v1_RejectCustomerResponse, _crm_customers_v1_RejectCustomerRequest__Output, _crm_customers_v1_RejectCustomerResponse__Output>
  ReleaseToPool: MethodDefinition<_crm_customers_v1_ReleaseToPoolRequest, _crm_customers_v1_ReleaseToPoolResponse, _crm_customers_v1_ReleaseToPoolRequest__Output, _crm_customers_v1_ReleaseToPoolResponse__Output>
  ReplaceCard: MethodDefinition<_crm_customers_v1_ReplaceCardRequest, _crm_customers_v1_ReplaceCardResponse, _crm_customers_v1_ReplaceCardRequest__Output, _crm_customers_v1_ReplaceCardResponse__Output>
  RestoreCustomer: MethodDefinition<_crm_customers_v1_RestoreCustomerRequest, _crm_customers_v1_RestoreCustomerResponse, _crm_customers_v1_RestoreCustomerRequest__Output, _crm_customers_v1_RestoreCustomerResponse__Output>
  RevokeCard: MethodDefinition<_crm_customers_v1_RevokeCardRequest, _crm_customers_v1_RevokeCardResponse, _crm_customers_v1_RevokeCardRequest__Output, _crm_customers_v1_RevokeCardResponse__Output>
  TransferCustomers: MethodDefinition<_crm_customers_v1_TransferCustomersRequest, _crm_customers_v1_TransferCustomersResponse, _crm_customers_v1_TransferCustomersRequest__Output, _crm_customers_v1_TransferCustomersResponse__Output>
  UpdateCustomFieldDefinition: MethodDefinition<_crm_customers_v1_UpdateCustomFieldDefinitionRequest, _crm_customers_v1_UpdateCustomFieldDefinitionResponse, _crm_customers_v1_UpdateCustomFieldDefinitionRequest__Output, _crm_customers_v1_UpdateCustomFieldDefinitionResponse__Output>
  UpdateCustomer: MethodDefinition<_crm_customers_v1_UpdateCustomerRequest, _crm_customers_v1_UpdateCustomerResponse, _crm_customers_v1_UpdateCustomerRequest__Output, _crm_customers_v1_UpdateCustomerResponse__Output>
  UpdateCustomerSettings: MethodDefinition<_crm_customers_v1_UpdateCustomerSettingsRequest, _crm_customers_v1_UpdateCustomerSettingsResponse, _crm_customers_v1_UpdateCustomerSettingsRequest__Output, _crm_customers_v1_UpdateCustomerSettingsResponse__Output>
}
