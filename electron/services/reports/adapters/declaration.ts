export const DECLARATION =
  'I carried out this peer assessment on behalf of the regional employers’ organisation. The judgements above rest on the evidence listed and on the interviews I held; I have no conflict of interest with the authority.';

/**
 * The declaration says "I carried out this peer assessment": true only when the signer is one of
 * the assessors the case records. Anyone else signs on their behalf, and the declaration says so.
 */
export function declarationFor(assessors: readonly string[], signer: string): string {
  const same = (a: string) => a.trim().toLocaleLowerCase('en-GB') === signer.trim().toLocaleLowerCase('en-GB');
  if (assessors.length === 0 || assessors.some(same)) return DECLARATION;
  return `I sign this report on behalf of the peer assessor${assessors.length === 1 ? '' : 's'} named above (${assessors.join(', ')}), whose judgements it records from the evidence listed and the interviews they held.`;
}
