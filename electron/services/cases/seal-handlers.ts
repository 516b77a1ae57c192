import { AppError } from '../../../shared/result';
import { certificateDer } from '../signing/certificate';
import type { SigningKeys } from '../signing/keys';
import type { CaseBundle } from './bundle';
import { checkSeal, type SealCheck, type Sealer } from './bundle-seal';

/** The exporter's unlocked identity to seal a case file with; none when there is no identity or it is locked (the file goes out unsigned). */
export async function bundleSealer(keys: SigningKeys): Promise<Sealer | undefined> {
  const store = keys.identities;
  if (!(await store.status()).unlocked) return undefined;
  const identity = store.requireUnlocked();
  return { keyPem: identity.keyPem, certificateDer: certificateDer(identity.cert), chainDer: identity.chain.map(certificateDer) };
}

/** Checks a decoded case file's seal against the workspace's known signers; throws when the file was changed after signing. */
export async function checkBundleSeal(keys: SigningKeys, bundle: CaseBundle): Promise<SealCheck> {
  const contents = {
    caseId: bundle.record.id,
    caseJson: bundle.caseJson ?? new Uint8Array(),
    journalText: bundle.journalText,
    attachmentHashes: [...bundle.attachments.keys()],
    exportedAt: '',
  };
  const checked = checkSeal(bundle.seal, contents, await keys.anchors());
  if (!checked.ok) throw AppError.from(checked.error);
  return checked.value;
}
