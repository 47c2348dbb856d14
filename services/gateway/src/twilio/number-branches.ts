import { env, z } from '@crm/config';

const e164 = /^\+[1-9]\d{1,14}$/;

/** Where a call to one of the company's numbers goes. */
export const numberBranchSchema = z.object({
  branchId: z.string().min(1),
  /** A number, SIP URI or client the call is dialled to; without it the call waits in `queue`. */
  dial: z.string().min(1).optional(),
  /** The queue the call waits in when there is no `dial` target (default: `branch-<branchId>`). */
  queue: z.string().min(1).max(64).optional(),
});
export type NumberBranch = z.infer<typeof numberBranchSchema>;

/** TWILIO_NUMBER_BRANCHES: a JSON object, called number in E.164 → branch. */
export const twilioNumberBranchesSchema = env.json(
  z.record(z.string(), numberBranchSchema).superRefine((numbers, ctx) => {
    const bad = Object.keys(numbers).filter((n) => !e164.test(n));
    if (bad.length > 0)
      ctx.addIssue({ code: 'custom', message: `not numbers in E.164 (+8621…): ${bad.join(', ')}` });
  }),
);

/** The queue a branch's calls wait in. */
export const queueOf = (b: NumberBranch) => b.queue ?? `branch-${b.branchId}`;
