// Original file: crm/customers/v1/events.proto


export interface ScreenPopPurchase {
  'orderId'?: (string);
  'summary'?: (string);
  'occurredAt'?: (string);
}

export interface ScreenPopPurchase__Output {
  'orderId': (string);
  'summary': (string);
  'occurredAt': (string);
}
