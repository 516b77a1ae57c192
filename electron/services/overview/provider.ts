import type { MaturityReport, StageReport } from '../../../shared/domain/overview';
import type { LinkedRecord } from '../../../shared/ipc/contracts/overview';

export type { LinkedRecord, MaturityReport, StageReport };

/**
 * What cases and workshops tell the regional overview and the organisation page. Each method is
 * optional: a provider answers what it knows. Until cases and workshops are registered, the
 * overview shows no stage, deadline or maturity (and says so), never invented values.
 */
export interface OverviewProvider {
  kind: 'case' | 'workshop';
  /** Award stage and next deadline per organisation (cases). */
  stages?(): Promise<StageReport[]>;
  /** Every maturity rating per organisation and theme, with its date (workshops). */
  maturity?(): Promise<MaturityReport[]>;
  /** The cases or workshops of one organisation, for its page. */
  records?(organisationId: string): Promise<LinkedRecord[]>;
}
