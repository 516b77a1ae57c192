import { workshopTemplateSchema, type WorkshopTemplate } from '../domain/workshop-template';
import { goAwardIntroduction } from './go-award-introduction';
import { partnershipForumMeeting } from './partnership-forum-meeting';
import { partnershipHealthCheck } from './partnership-health-check';
import { remitAndProtocolReview } from './remit-and-protocol-review';
import { whatGoodLooksLike } from './what-good-looks-like';

/** The five built-in workshop templates, validated once when first imported. */
export const builtInTemplates: readonly WorkshopTemplate[] = [
  whatGoodLooksLike,
  partnershipHealthCheck,
  remitAndProtocolReview,
  goAwardIntroduction,
  partnershipForumMeeting,
].map((t) => workshopTemplateSchema.parse(t));

export const builtInTemplate = (id: string): WorkshopTemplate | undefined => builtInTemplates.find((t) => t.id === id);
