import { createHash } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { linkSignatureField } from '../reports/tagging/signature-field';
import { buildDetachedCms, type AnyCertificate } from './cms';

/** What signing needs: the key, its certificate and chain, and the name and e-mail for the signature dictionary. */
export interface SigningKey {
  keyPem: string;
  cert: AnyCertificate;
  chain: AnyCertificate[];
  summary: { name: string; email: string };
  /** Only for tests that need an unusual certificate order in the CMS. */
  certificates?: AnyCertificate[];
  /** The newest CRLs of the chain's CAs, DER, embedded in the signature. */
  crls?: Buffer[];
}

/** Bytes reserved for the CMS: a 2048-bit signature plus a short chain fits with room to spare. */
export const SIGNATURE_PLACEHOLDER_BYTES = 16_384;

/** @signpdf hands us the PDF without its /Contents; we answer with the CMS to put there. */
class CadesSigner extends Signer {
  constructor(private readonly identity: SigningKey) {
    super();
  }

  async sign(pdfWithoutContents: Buffer): Promise<Buffer> {
    const contentDigest = createHash('sha256').update(pdfWithoutContents).digest();
    return buildDetachedCms({
      contentDigest,
      cert: this.identity.cert,
      chain: this.identity.chain,
      keyPem: this.identity.keyPem,
      certificates: this.identity.certificates,
      crls: this.identity.crls,
    });
  }
}

export interface SignOptions {
  reason: string;
  location?: string;
  signingTime: Date;
}

/**
 * Signs a PDF as PAdES B-B: an ETSI.CAdES.detached signature field over the whole file, with
 * the signing time in the signature dictionary (/M) as PAdES asks, not in the CMS.
 */
export async function signPdf(pdf: Buffer, identity: SigningKey, options: SignOptions): Promise<Buffer> {
  const placeholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: options.reason,
    contactInfo: identity.summary.email,
    name: identity.summary.name,
    location: options.location ?? '',
    signingTime: options.signingTime,
    signatureLength: SIGNATURE_PLACEHOLDER_BYTES,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Casebook',
  });
  // The field joins the structure tree and is named for screen readers before anything is signed.
  const withPlaceholder = linkSignatureField(placeholder, pdf.length, identity.summary.name);
  return new SignPdf().sign(withPlaceholder, new CadesSigner(identity), options.signingTime);
}
