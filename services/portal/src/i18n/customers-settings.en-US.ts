import type { customersSettingsZhCN } from './customers-settings.zh-CN';

export const customersSettingsEnUS: Record<keyof typeof customersSettingsZhCN, string> = {
  'menu.customerSettings': 'Customer settings',
  'menu.customerFollowUps': 'Due follow-ups',

  'customerSettings.title': 'Customer settings',
  'customerSettings.subtitle':
    'Per branch: entry review, public pool rules, follow-up intervals and reminders, and custom fields of the customer record',
  'customerSettings.branch': 'Branch',
  'customerSettings.rules': 'Customer rules',
  'customerSettings.lastChange': 'Last changed {time} by {user}',
  'customerSettings.neverChanged': 'Never changed: these are the defaults',
  'customerSettings.saved': 'Customer settings saved',
  'customerSettings.noChanges': 'Nothing changed to save',
  'customerSettings.undo': 'Undo changes',
  'customerSettings.stale':
    'Someone else changed the customer settings of this branch; your changes were not saved. Reload, then change them again.',
  'customerSettings.reload': 'Reload',
  'customerSettings.days': 'days',
  'customerSettings.wholeNumber': 'A whole number from 0 to {max}',
  'customerSettings.required': 'Required',

  'customerSettings.section.entryReview': 'Entry review',
  'customerSettings.entryReview': 'Review of new customers',
  'customerSettings.entryReview.help':
    'Which new customers wait for a supervisor’s review: none, only possible duplicates of existing customers, or all.',
  'customerSettings.entryReview.NONE': 'No review',
  'customerSettings.entryReview.DUPLICATES': 'Possible duplicates',
  'customerSettings.entryReview.ALL': 'All new customers',

  'customerSettings.section.pool': 'Public pool rules',
  'customerSettings.maxOwned': 'Customers per person',
  'customerSettings.maxOwned.help':
    'How many customers one employee may own in this branch; claims are refused beyond it. 0 = no cap.',
  'customerSettings.reclaimBlockDays': 'Re-claim block',
  'customerSettings.reclaimBlockDays.help':
    'Days the previous owner must wait before claiming a released customer back. 0 = no wait.',
  'customerSettings.autoReturnOrdinary': 'Auto-return, ordinary',
  'customerSettings.autoReturnOrdinary.help':
    'An ordinary customer without follow-up for this many days returns to the pool. 0 = never.',
  'customerSettings.autoReturnHighIntent': 'Auto-return, high intent',
  'customerSettings.autoReturnHighIntent.help':
    'A high-intent customer without follow-up for this many days returns to the pool. 0 = never.',
  'customerSettings.returnReminderDays': 'Reminder before return',
  'customerSettings.returnReminderDays.help':
    'Days before the return the owner is reminded. 0 = no reminder.',

  'customerSettings.section.followUp': 'Follow-up intervals',
  'customerSettings.followUp.help':
    'Days between follow-ups per customer class; a customer past it shows on “Due follow-ups”. 0 = no schedule.',
  'customerSettings.followUp.A': 'Class A',
  'customerSettings.followUp.B': 'Class B',
  'customerSettings.followUp.C': 'Class C',
  'customerSettings.followUp.unclassified': 'Unclassified',

  'customerSettings.section.reminders': 'Churn and care',
  'customerSettings.churnAtRiskDays': 'Churn warning',
  'customerSettings.churnAtRiskDays.help':
    'A customer without any follow-up or activity for this many days is at risk of churn. 0 = never.',
  'customerSettings.careLeadDays': 'Care reminder',
  'customerSettings.careLeadDays.help':
    'Days ahead of a birthday or anniversary the owner is reminded (at most 60).',

  'customerSettings.fields': 'Custom fields',
  'customerSettings.fields.help':
    'Extra fields of this branch’s customer records, shown on the customer form in position order.',
  'customerSettings.fields.add': 'Add field',
  'customerSettings.fields.empty': 'No custom fields yet',
  'customerSettings.field.key': 'Key',
  'customerSettings.field.key.help':
    'Starts with a lower-case letter; lower-case letters, digits and _, at most 40. Fixed once created.',
  'customerSettings.field.keyInvalid':
    'Start with a lower-case letter; only lower-case letters, digits and _, at most 40',
  'customerSettings.field.keyTaken': 'This branch already has a field with this key',
  'customerSettings.field.label': 'Label',
  'customerSettings.field.type': 'Type',
  'customerSettings.field.type.help': 'Fixed once created.',
  'customerSettings.field.type.TEXT': 'Text',
  'customerSettings.field.type.NUMBER': 'Number',
  'customerSettings.field.type.DATE': 'Date',
  'customerSettings.field.type.OPTION': 'Option',
  'customerSettings.field.options': 'Options',
  'customerSettings.field.options.help': 'Type an option and press Enter; up to 50, each once.',
  'customerSettings.field.optionsRequired': 'An option field needs at least one option',
  'customerSettings.field.required': 'Required',
  'customerSettings.field.position': 'Position',
  'customerSettings.field.position.help': 'Lower numbers come first.',
  'customerSettings.field.createTitle': 'Add a custom field',
  'customerSettings.field.editTitle': 'Edit custom field: {label}',
  'customerSettings.field.created': 'Custom field added',
  'customerSettings.field.updated': 'Custom field saved',
  'customerSettings.field.deleted': 'Custom field deleted',
  'customerSettings.field.deleteConfirm':
    'Delete the field “{label}”? Values already entered are kept but no longer shown or checked.',

  'customerFollowUps.title': 'Due follow-ups',
  'customerFollowUps.subtitle':
    'Customers in your scope whose follow-up interval has passed, most overdue first; the intervals per class are in Customer settings',
  'customerFollowUps.customer': 'Customer',
  'customerFollowUps.grade': 'Intent / class',
  'customerFollowUps.owner': 'Owner',
  'customerFollowUps.lastFollowUp': 'Last follow-up',
  'customerFollowUps.never': 'Never',
  'customerFollowUps.dueAt': 'Due',
  'customerFollowUps.overdue': '{n} days overdue',
  'customerFollowUps.dueToday': 'Due today',
  'customerFollowUps.empty': 'No customers due for a follow-up',
};
