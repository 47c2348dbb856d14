/** Metadata keys our interceptors and handlers agree on (the principal's key lives in @crm/auth). */
export const REQUEST_ID_KEY = 'x-request-id';
