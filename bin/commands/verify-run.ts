/**
 * `review-desk verify FILE [--ca PEM] [--crl FILE] [--json]`: check a signed opinion PDF or a
 * result bundle and print the report (SPEC V1–V6). Exit 0 valid, 1 not valid, 2 unreadable.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ReviewDeskError } from '../../lib/errors';
import { localizeError } from '../../lib/i18n';
import { certificatesFromText } from '../../lib/sign/certificates';
import { fromPem } from '../../lib/sign/pki';
import { verifyFile } from '../../lib/sign/verify';
import { reportLines } from '../../lib/sign/verify-report';
import {
  type CliContext,
  EXIT_BAD_INPUT,
  EXIT_INVALID,
  EXIT_OK,
  parseCommandArgs,
} from '../cli-kit';

async function readBytes(ctx: CliContext, file: string): Promise<Uint8Array> {
  try {
    const b = await readFile(path.resolve(ctx.cwd, file));
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (error) {
    throw new ReviewDeskError('sign/unreadable', { file }, { cause: error });
  }
}

/** A CRL file: PEM (`X509 CRL`) or DER. */
async function readCrl(ctx: CliContext, file: string): Promise<Uint8Array> {
  const bytes = await readBytes(ctx, file);
  const pems = fromPem(new TextDecoder().decode(bytes), 'X509 CRL');
  return pems[0] ?? bytes;
}

/** Errors that mean "this file is not something verify can read" (exit 2) vs "not valid" (1). */
const UNREADABLE = new Set(['sign/unreadable', 'sign/notPdf', 'sign/notBundle']);

export async function runVerify(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ca: { type: 'string' },
    crl: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    ctx.err(ctx.t('sign:cli.verify.usage'));
    return EXIT_BAD_INPUT;
  }
  const ca = values.ca
    ? certificatesFromText(new TextDecoder().decode(await readBytes(ctx, values.ca)))[0]
    : undefined;
  const crls = await Promise.all((values.crl ?? []).map((f) => readCrl(ctx, f)));
  let report: Awaited<ReturnType<typeof verifyFile>>;
  try {
    report = await verifyFile(await readBytes(ctx, file), { ca, crls }, file);
  } catch (error) {
    if (error instanceof ReviewDeskError && !UNREADABLE.has(error.code)) {
      ctx.err(localizeError(ctx.i18n, error));
      return EXIT_INVALID;
    }
    if (error instanceof ReviewDeskError) {
      ctx.err(ctx.t('sign:errors.unreadable', { file }));
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
  if (values.json) ctx.out(JSON.stringify(report, null, 2));
  else ctx.out(reportLines(report, ctx.t, ctx.i18n.language).join('\n'));
  return report.valid ? EXIT_OK : EXIT_INVALID;
}
