import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/reports/render';
import { signPdf, type SigningKey } from '../../../electron/services/signing/pades-signer';
import { verifyPdf } from '../../../electron/services/signing/verifier';
import type { TrustAnchors } from '../../../shared/domain/trust';
import { asSigningKey, derOf, priya, rsaCertificate, selfSigned } from '../helpers/pki';

/*
 * Mutation fuzz of real signed PDFs (a known self-signed identity, and a member certificate
 * issued by a trusted regional CA): whatever is flipped, inserted, deleted or cut, the verifier
 * never throws, answers within 2 s, and never calls a changed file "known and unchanged".
 * FUZZ_RUNS raises the count locally; CI runs 10,000.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const signingTime = new Date('2026-11-22T10:00:00Z');
const fp = (der: Buffer) => createHash('sha256').update(der).digest('hex').toUpperCase().match(/.{2}/g)?.join(':') ?? '';
let files: { bytes: Buffer; trust: TrustAnchors }[];

beforeAll(async () => {
  const pdf = await renderPdf({ content: ['Recommendation: award'], defaultStyle: { font: 'DejaVuSans' } });
  const own: SigningKey = selfSigned(priya, new Date('2026-01-01T00:00:00Z'));
  const ownDer = derOf(own.cert);
  const ca = rsaCertificate({
    cn: 'Eastmoor Regional CA',
    serial: '07',
    ca: true,
    notBefore: new Date('2025-01-01'),
    notAfter: new Date('2035-01-01'),
  });
  const member = rsaCertificate({
    cn: 'Dafydd Rees',
    serial: '0B',
    ca: false,
    notBefore: new Date('2025-06-01'),
    notAfter: new Date('2028-01-01'),
    issuer: ca,
  });
  const caDer = derOf(ca.cert);
  const trust: TrustAnchors = {
    known: [
      { kind: 'own', name: 'Priya Shah', der: '', fingerprint: fp(ownDer), email: priya.email },
      { kind: 'regional_ca', name: 'Eastmoor Regional CA', der: caDer.toString('base64'), fingerprint: fp(caDer), email: '' },
    ],
    revoked: {},
  };
  files = [
    { bytes: await signPdf(pdf, own, { reason: 'Test', signingTime }), trust },
    { bytes: await signPdf(pdf, asSigningKey(member, [ca.cert], 'Dafydd Rees'), { reason: 'Test', signingTime }), trust },
  ];
  for (const f of files) expect(verifyPdf(f.bytes, 'f.pdf', f.trust, signingTime).signatures[0].verdict).toBe('known');
});

type Mutation =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'hexDigit'; at: number; digit: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .record({ kind: fc.constant('flip' as const), at: position.map((p) => p), xor: fc.integer({ min: 1, max: 255 }) })
    .map((m) => ({ ...m, at: m.at })),
  fc.record({ kind: fc.constant('set' as const), at: position, value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('hexDigit' as const), at: position, digit: fc.integer({ min: 0, max: 21 }) }),
) as unknown as fc.Arbitrary<Mutation>;

function apply(source: Buffer, ms: Mutation[]): Buffer {
  let out = Buffer.from(source);
  for (const m of ms) {
    const at = Math.floor((m.at as number) * out.length);
    if (m.kind === 'flip') out[at] ^= m.xor;
    else if (m.kind === 'set') out[at] = m.value;
    else if (m.kind === 'insert') out = Buffer.concat([out.subarray(0, at), Buffer.from(m.bytes), out.subarray(at)]);
    else if (m.kind === 'delete') out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.length)]);
    else if (m.kind === 'truncate') out = out.subarray(0, at);
    // Hex digits, both cases: the most dangerous change inside /Contents, where the CMS lives.
    else out[at] = '0123456789abcdefABCDEF'.charCodeAt(m.digit);
  }
  return out;
}

describe('mutation fuzz of real signed PDFs', () => {
  it(`never throws, answers within 2 s, and never says "known and unchanged" for a changed file (${RUNS} runs)`, () => {
    let slowest = 0;
    const verdicts: Record<string, number> = {};
    fc.assert(
      fc.property(fc.integer({ min: 0, max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, ms) => {
        const { bytes, trust } = files[which];
        const mutated = apply(bytes, ms);
        const started = performance.now();
        const report = verifyPdf(mutated, 'm.pdf', trust, signingTime);
        const took = performance.now() - started;
        slowest = Math.max(slowest, took);
        expect(took).toBeLessThan(2_000);
        for (const s of report.signatures) verdicts[s.verdict] = (verdicts[s.verdict] ?? 0) + 1;
        if (!mutated.equals(bytes)) expect(report.signatures.some((s) => s.verdict === 'known')).toBe(false);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261122) },
    );
    console.info(`fuzz: ${RUNS} runs, slowest ${slowest.toFixed(1)} ms, verdicts ${JSON.stringify(verdicts)}`);
  }, 120_000);
});
