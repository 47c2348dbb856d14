// Original file: crm/customers/v1/customer_documents.proto


export interface RemoveDocumentResponse {
}

export interface RemoveDocumentResponse__Output {
}
