/**
 * `review-desk identity export|import|show`: move an identity between devices and the CLI as a
 * passphrase-protected backup file (lib/identity/backup.ts). The CLI's own identity file is the
 * same format, so `export --identity` reads what `import --out` wrote.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { keyFingerprint } from '../../lib/crypto/ecdsa';
import { ReviewDeskError } from '../../lib/errors';
import {
  exportIdentityBackup,
  importIdentityBackup,
  readBackupHeader,
} from '../../lib/identity/backup';
import { certificateFacts, certificatesFromText } from '../../lib/sign/certificates';
import {
  type CliContext,
  EXIT_BAD_INPUT,
  EXIT_OK,
  parseCommandArgs,
  requireOption,
} from '../cli-kit';

async function readJson(ctx: CliContext, file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path.resolve(ctx.cwd, file), 'utf8'));
  } catch (error) {
    throw new ReviewDeskError('sign/notBackup', {}, { cause: error });
  }
}

async function writeSecret(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
}

function roleText(ctx: CliContext, role: string) {
  return ctx.t(`panel:cli.roles.${role}`);
}

async function exportCmd(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    {
      identity: { type: 'string' },
      passphrase: { type: 'string' },
      'new-passphrase': { type: 'string' },
      certificates: { type: 'string' },
      out: { type: 'string' },
    },
    false,
  );
  const passphrase = requireOption(values.passphrase, 'passphrase');
  const out = path.resolve(ctx.cwd, requireOption(values.out, 'out'));
  const restored = await importIdentityBackup(
    await readJson(ctx, requireOption(values.identity, 'identity')),
    passphrase,
    { extractable: true },
  );
  let certificates = restored.certificates;
  if (values.certificates) {
    const all = certificatesFromText(
      await readFile(path.resolve(ctx.cwd, values.certificates), 'utf8'),
    );
    const facts = await Promise.all(all.map(certificateFacts));
    certificates = {
      ca: all.find((_, i) => facts[i]!.isCa) ?? certificates.ca,
      member: all.filter((_, i) => !facts[i]!.isCa),
    };
  }
  const file = await exportIdentityBackup(restored.identity, {
    passphrase: values['new-passphrase'] ?? passphrase,
    panelName: restored.panelName,
    unit: restored.unit,
    certificates,
  });
  await writeSecret(out, file);
  ctx.out(
    ctx.t('sign:cli.identity.exported', {
      file: out,
      name: file.name,
      role: roleText(ctx, file.role),
      panel: file.panelId,
    }),
  );
  return EXIT_OK;
}

async function importCmd(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    passphrase: { type: 'string' },
    'new-passphrase': { type: 'string' },
    out: { type: 'string' },
  });
  const source = positionals[0];
  if (!source) throw new ReviewDeskError('cli/missingOption', { option: 'BACKUP' });
  const passphrase = requireOption(values.passphrase, 'passphrase');
  const out = path.resolve(ctx.cwd, requireOption(values.out, 'out'));
  if (existsSync(out)) throw new ReviewDeskError('panel/outNotEmpty', { dir: out });
  // The CLI keeps keys in its (encrypted) file, so they stay extractable here.
  const restored = await importIdentityBackup(await readJson(ctx, source), passphrase, {
    extractable: true,
  });
  const file = await exportIdentityBackup(restored.identity, {
    passphrase: values['new-passphrase'] ?? passphrase,
    panelName: restored.panelName,
    unit: restored.unit,
    certificates: restored.certificates,
  });
  await writeSecret(out, file);
  const { identity } = restored;
  ctx.out(
    ctx.t('sign:cli.identity.imported', {
      file: out,
      name: identity.name,
      role: roleText(ctx, identity.role),
      panel: identity.panelId,
    }),
  );
  if (restored.newDeviceKey) {
    ctx.out(ctx.t('sign:cli.identity.newDeviceKey', { fingerprint: identity.signing.fingerprint }));
  }
  return EXIT_OK;
}

async function show(ctx: CliContext, argv: string[]): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {});
  const source = positionals[0];
  if (!source) throw new ReviewDeskError('cli/missingOption', { option: 'FILE' });
  const header = readBackupHeader(await readJson(ctx, source));
  ctx.out(
    ctx.t('sign:cli.identity.show', {
      name: header.name,
      role: roleText(ctx, header.role),
      member: header.memberId,
      panel: header.panelId,
      fingerprint: keyFingerprint(header.publicKey),
      certificates: header.certificates.member.length + (header.certificates.ca ? 1 : 0),
      hasKey: ctx.t(header.hasSigningKey ? 'sign:cli.identity.yes' : 'sign:cli.identity.no'),
    }),
  );
  return EXIT_OK;
}

export async function runIdentity(ctx: CliContext, argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'export') return exportCmd(ctx, rest);
  if (sub === 'import') return importCmd(ctx, rest);
  if (sub === 'show') return show(ctx, rest);
  ctx.err(ctx.t('sign:cli.identity.usage'));
  return EXIT_BAD_INPUT;
}
