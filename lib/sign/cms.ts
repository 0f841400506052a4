/**
 * Detached CMS SignedData (RFC 5652) made and checked with pkijs over WebCrypto keys, so a
 * non-extractable device key signs. One signer; the signed attributes are contentType,
 * messageDigest, signingCertificateV2 (CAdES, RFC 5035) and, outside PDFs, signingTime (PAdES puts
 * the time in the signature dictionary instead, SPEC P2). The signer's certificate and the panel CA
 * travel in `certificates`, the panel's CRL in a revocationInfoArchival attribute, so any verifier
 * has the whole chain.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { ReviewDeskError } from '../errors';
import { parseCertificate } from './certificates';
import { bytesEqual, OID, sha256 } from './pki';

export interface CmsSigner {
  privateKey: CryptoKey;
  /** DER of the signer's certificate (a member certificate, or the CA for the chair). */
  certificate: Uint8Array;
  /** Further certificates to carry, normally the panel CA. */
  chain: Uint8Array[];
  /** CRLs to carry (the panel's revocation state when signing). */
  crls?: Uint8Array[];
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/** ESS signingCertificateV2: SHA-256 of the signer certificate plus its issuer and serial. */
async function signingCertificateV2(certDer: Uint8Array): Promise<asn1js.Sequence> {
  const cert = parseCertificate(certDer);
  const issuerSerial = new asn1js.Sequence({
    value: [
      new pkijs.GeneralNames({
        names: [new pkijs.GeneralName({ type: 4, value: cert.issuer })],
      }).toSchema(),
      new asn1js.Integer({ valueHex: cert.serialNumber.valueBlock.valueHexView }),
    ],
  });
  // hashAlgorithm is left out: SHA-256 is its DEFAULT, and DER omits defaults.
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: await sha256(certDer) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/**
 * Adobe's revocationInfoArchival signed attribute (PDF 1.7 §12.8.3.3.2): the CRLs as they stood
 * when signing, covered by the signature. Not SignedData.crls: poppler's NSS refuses to parse a
 * CMS that has them ("Input couldn't be parsed as a CMS signature").
 */
function revocationInfoArchival(crls: Uint8Array[]): asn1js.Sequence {
  const list = crls.map((c) => {
    const asn = asn1js.fromBER(c as Uint8Array<ArrayBuffer>);
    if (asn.offset === -1) throw new ReviewDeskError('sign/badCrl');
    return asn.result;
  });
  return new asn1js.Sequence({
    value: [
      new asn1js.Constructed({
        idBlock: { tagClass: 3, tagNumber: 0 },
        value: [new asn1js.Sequence({ value: list })],
      }),
    ],
  });
}

function archivedCrls(value: asn1js.AsnType | null): Uint8Array[] {
  if (!(value instanceof asn1js.Sequence)) return [];
  const tagged = value.valueBlock.value.find(
    (v) => v.idBlock.tagClass === 3 && v.idBlock.tagNumber === 0,
  ) as asn1js.Constructed | undefined;
  const list = tagged?.valueBlock.value[0];
  if (!(list instanceof asn1js.Sequence)) return [];
  return list.valueBlock.value.map((c) => new Uint8Array(c.toBER(false)));
}

/** DER orders a SET OF by its members' encodings (X.690 §11.6). */
function derSorted(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((a) => ({ a, der: new Uint8Array(a.toSchema().toBER(false)) }));
  encoded.sort((x, y) => {
    const n = Math.max(x.der.length, y.der.length);
    for (let i = 0; i < n; i++) {
      const d = (x.der[i] ?? 0) - (y.der[i] ?? 0);
      if (d) return d;
    }
    return 0;
  });
  return encoded.map((e) => e.a);
}

/** A detached CMS signature over `content` (DER of a ContentInfo). */
export async function signDetached(
  content: Uint8Array,
  signer: CmsSigner,
  opts: { signingTime?: number | null } = {},
): Promise<Uint8Array> {
  const cert = parseCertificate(signer.certificate);
  const attrs = [
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: await sha256(content) })),
    attribute(OID.signingCertificateV2, await signingCertificateV2(signer.certificate)),
  ];
  if (signer.crls?.length) {
    attrs.push(attribute(OID.revocationInfoArchival, revocationInfoArchival(signer.crls)));
  }
  if (opts.signingTime != null) {
    const at = new Date(Math.floor(opts.signingTime / 1000) * 1000);
    attrs.push(attribute(OID.signingTime, new asn1js.UTCTime({ valueDate: at })));
  }
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: cert.issuer,
          serialNumber: cert.serialNumber,
        }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: derSorted(attrs),
        }),
      }),
    ],
    certificates: [cert, ...signer.chain.map((c) => parseCertificate(c))],
  });
  await signedData.sign(signer.privateKey, 0, 'SHA-256');
  const info = new pkijs.ContentInfo({
    contentType: OID.signedData,
    content: signedData.toSchema(true),
  });
  return new Uint8Array(info.toSchema().toBER(false));
}

/** What a detached signature says and whether its bytes hold (chain and revocation are apart). */
export interface CmsCheck {
  /** The signature verifies over the content with the signer certificate's key. */
  signatureValid: boolean;
  /** The messageDigest attribute equals the content's SHA-256. */
  digestMatches: boolean;
  /** signingCertificateV2 names the certificate that signed (CAdES); false when absent. */
  signingCertificateBound: boolean;
  signer: Uint8Array | null;
  certificates: Uint8Array[];
  crls: Uint8Array[];
  signingTime: number | null;
}

function attributeValue(info: pkijs.SignerInfo, type: string): asn1js.AsnType | null {
  return info.signedAttrs?.attributes.find((a) => a.type === type)?.values[0] ?? null;
}

/** Parse a CMS blob; throws `sign/badSignatureData` when it is not a SignedData with a signer. */
export function parseSignedData(cms: Uint8Array): pkijs.SignedData {
  try {
    const asn = asn1js.fromBER(cms as Uint8Array<ArrayBuffer>);
    if (asn.offset === -1) throw new Error(asn.result.error);
    const info = new pkijs.ContentInfo({ schema: asn.result });
    if (info.contentType !== OID.signedData) throw new Error('not SignedData');
    const signed = new pkijs.SignedData({ schema: info.content });
    if (!signed.signerInfos.length) throw new Error('no signer');
    return signed;
  } catch (error) {
    throw new ReviewDeskError('sign/badSignatureData', {}, { cause: error });
  }
}

export async function checkDetached(cms: Uint8Array, content: Uint8Array): Promise<CmsCheck> {
  const signed = parseSignedData(cms);
  const info = signed.signerInfos[0]!;
  const certificates = (signed.certificates ?? [])
    .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
    .map((c) => new Uint8Array(c.toSchema().toBER(false)));
  const crls = [
    ...archivedCrls(attributeValue(info, OID.revocationInfoArchival)),
    ...(signed.crls ?? [])
      .filter(
        (c): c is pkijs.CertificateRevocationList => c instanceof pkijs.CertificateRevocationList,
      )
      .map((c) => new Uint8Array(c.toSchema().toBER(false))),
  ];
  const digestValue = attributeValue(info, OID.messageDigest);
  const digestMatches =
    digestValue instanceof asn1js.OctetString &&
    bytesEqual(new Uint8Array(digestValue.valueBlock.valueHexView), await sha256(content));
  const timeValue = attributeValue(info, OID.signingTime);
  const signingTime =
    timeValue instanceof asn1js.UTCTime || timeValue instanceof asn1js.GeneralizedTime
      ? timeValue.toDate().getTime()
      : null;
  let signatureValid = false;
  let signer: Uint8Array | null = null;
  try {
    const result = await signed.verify({
      signer: 0,
      data: content.slice().buffer as ArrayBuffer,
      checkChain: false,
      extendedMode: true,
    });
    signatureValid = result.signatureVerified === true;
    if (result.signerCertificate) {
      signer = new Uint8Array(result.signerCertificate.toSchema().toBER(false));
    }
  } catch (error) {
    const failed = error as pkijs.SignedDataVerifyError;
    if (failed?.signerCertificate) {
      signer = new Uint8Array(failed.signerCertificate.toSchema().toBER(false));
    }
  }
  let signingCertificateBound = false;
  const essValue = attributeValue(info, OID.signingCertificateV2);
  if (signer && essValue instanceof asn1js.Sequence) {
    const certs = essValue.valueBlock.value[0];
    const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : null;
    // ESSCertIDv2 may start with a hashAlgorithm; only SHA-256 (the default) is accepted here.
    const parts = first instanceof asn1js.Sequence ? first.valueBlock.value : [];
    const algorithm = parts[0] instanceof asn1js.Sequence ? parts[0].valueBlock.value[0] : null;
    const sha256Only =
      !algorithm ||
      (algorithm instanceof asn1js.ObjectIdentifier &&
        algorithm.valueBlock.toString() === OID.sha256);
    const hash = sha256Only ? parts.find((p) => p instanceof asn1js.OctetString) : null;
    signingCertificateBound =
      hash instanceof asn1js.OctetString &&
      bytesEqual(new Uint8Array(hash.valueBlock.valueHexView), await sha256(signer));
  }
  return {
    signatureValid: signatureValid && digestMatches,
    digestMatches,
    signingCertificateBound,
    signer,
    certificates,
    crls,
    signingTime,
  };
}
