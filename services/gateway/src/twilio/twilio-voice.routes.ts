import express, { Router, type Request, type Response } from 'express';
import twilio from 'twilio';
import { newEvent } from '@crm/bus';
import { DomainError } from '@crm/errors';
import type { Logger } from '@crm/log';
import type { EdgePublisher } from '../edge/edge-publisher';
import type { RateLimiter } from '../http/rate-limiter';
import { callEventId } from './call-event-id';
import { queueOf, type NumberBranch } from './number-branches';

/** Where Twilio posts an inbound call (configure it as the number's "A call comes in" webhook, HTTP POST). */
export const TWILIO_VOICE_PATH = '/api/v1/telephony/twilio/voice';
export const CALL_RINGING_TYPE = 'crm.edge.call.ringing';

const DEFAULT_GREETING = '您好，欢迎致电，正在为您转接，请稍候。';
const UNKNOWN_NUMBER_MESSAGE = '您好，您拨打的号码暂时无法接通，请稍后再拨。感谢您的来电。';
/** Twilio's Mandarin text-to-speech: Amazon Polly's zh-CN voice. */
const SAY = { language: 'zh-CN', voice: 'Polly.Zhiyu' } as const;

export interface TwilioVoiceOptions {
  authToken: string;
  /** The public base URL Twilio calls (scheme, host, optional path prefix); the signed URL is this + the request path. */
  webhookBaseUrl: string;
  numbers: Record<string, NumberBranch>;
  greeting?: string;
  bodyLimit?: number;
}

export interface TwilioVoiceDeps {
  publisher: EdgePublisher;
  rateLimiter: RateLimiter;
  logger: Logger;
}

/** The payload of a `crm.edge.call.ringing` event from Twilio (same field names as the edge agent's). */
export interface TwilioCallRingingPayload {
  callerNumber: string;
  calledNumber: string;
  callerName: string;
  callId: string;
  callSid: string;
  source: 'twilio';
}

const field = (params: Record<string, unknown>, name: string): string => {
  const v = params[name];
  return typeof v === 'string' ? v : '';
};

function sendTwiml(res: Response, twiml: InstanceType<typeof twilio.twiml.VoiceResponse>): void {
  res.status(200).type('text/xml').send(twiml.toString());
}

/**
 * POST /api/v1/telephony/twilio/voice: public (Twilio has no token) but rate-limited per address and
 * refused (403) unless `X-Twilio-Signature` is Twilio's HMAC of the full URL and the form parameters.
 * Publishes `crm.edge.call.ringing` (id derived from the CallSid, so a retried webhook is stored once)
 * and answers TwiML: a greeting, then <Dial> to the branch's target or <Enqueue> in the branch's queue.
 */
export function twilioVoiceRoutes(options: TwilioVoiceOptions, deps: TwilioVoiceDeps): Router {
  const router = Router();
  const base = options.webhookBaseUrl.replace(/\/+$/, '');
  const { logger } = deps;

  router.post(
    TWILIO_VOICE_PATH,
    async (req, res, next) => {
      // Its own counter and limit (RATE_LIMIT_TWILIO_PER_MINUTE): Twilio's few addresses carry every call.
      await deps.rateLimiter.check('twilio', `twilio:${req.ip ?? 'unknown'}`, res);
      next();
    },
    express.urlencoded({ extended: false, limit: options.bodyLimit ?? '100kb' }),
    async (req: Request, res: Response) => {
      const params: Record<string, unknown> = req.body && typeof req.body === 'object' ? req.body : {};
      const signature = req.get('x-twilio-signature');
      const url = `${base}${req.originalUrl}`;
      if (!signature || !twilio.validateRequest(options.authToken, signature, url, params)) {
        logger.warn({ url, signed: Boolean(signature) }, 'twilio webhook refused: bad signature');
        throw new DomainError('PERMISSION_DENIED', 'the X-Twilio-Signature is missing or does not match');
      }
      const callSid = field(params, 'CallSid');
      if (!callSid) throw new DomainError('INVALID_ARGUMENT', 'CallSid is required');
      const calledNumber = field(params, 'To') || field(params, 'Called');
      const callerNumber = field(params, 'From') || field(params, 'Caller');
      const branch = options.numbers[calledNumber];
      const twiml = new twilio.twiml.VoiceResponse();

      if (!branch) {
        logger.warn({ callSid, calledNumber }, 'twilio call to a number mapped to no branch');
        twiml.say(SAY, UNKNOWN_NUMBER_MESSAGE);
        twiml.hangup();
        sendTwiml(res, twiml);
        return;
      }

      const payload: TwilioCallRingingPayload = {
        callerNumber,
        calledNumber,
        callerName: field(params, 'CallerName'),
        callId: callSid,
        callSid,
        source: 'twilio',
      };
      const envelope = newEvent(
        CALL_RINGING_TYPE,
        branch.branchId,
        { kind: 'system', userId: 'twilio' },
        payload,
      );
      envelope.id = callEventId(callSid);
      try {
        await deps.publisher.publish(envelope);
      } catch (err) {
        // The caller is put through regardless: a missed screen pop is better than a dropped call.
        logger.error({ err, callSid, eventId: envelope.id }, 'twilio call event could not be published');
      }

      twiml.say(SAY, options.greeting ?? DEFAULT_GREETING);
      if (branch.dial) twiml.dial(branch.dial);
      else twiml.enqueue({}, queueOf(branch));
      sendTwiml(res, twiml);
    },
  );
  return router;
}
