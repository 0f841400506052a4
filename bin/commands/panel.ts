/**
 * `review-desk panel create …`: a new panel, offline. Writes panel.json, the chair identity
 * (private key encrypted with the passphrase), the initial state as panel.rdsync, and one
 * invitation per member (which carries the same initial state for panels without a relay).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { toBase64 } from '../../lib/crypto/bytes';
import { ReviewDeskError } from '../../lib/errors';
import { exportIdentity } from '../../lib/identity/identity';
import { createPanel, type NewMember } from '../../lib/panel/create';
import { builtinPack, isBuiltinPackId } from '../../lib/rubric/builtin';
import { exportRdsync } from '../../lib/sync/rdsync';
import {
  type CliContext,
  type Command,
  EXIT_BAD_INPUT,
  EXIT_OK,
  parseCommandArgs,
  requireOption,
} from '../cli-kit';

/** A built-in pack by id (`review-desk rubrics` lists them), else a pack JSON file. */
async function readRubric(ctx: CliContext, ref: string): Promise<{ id: string; json: string }> {
  if (isBuiltinPackId(ref)) return { id: ref, json: JSON.stringify(builtinPack(ref)) };
  try {
    const text = await readFile(path.resolve(ctx.cwd, ref), 'utf8');
    const value = JSON.parse(text) as { id?: unknown };
    const id = typeof value.id === 'string' ? value.id : path.basename(ref, '.json');
    return { id, json: JSON.stringify(value) };
  } catch (error) {
    throw new ReviewDeskError('panel/badRubric', { rubric: ref }, { cause: error });
  }
}

async function askPassphrase(ctx: CliContext): Promise<string> {
  if (!process.stdin.isTTY) throw new ReviewDeskError('panel/passphraseNeeded');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(ctx.t('panel:cli.passphrasePrompt'));
  } finally {
    rl.close();
  }
}

function names(list: string | undefined): string[] {
  return (list ?? '')
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function fileName(name: string, taken: Set<string>): string {
  const base = name.replace(/[\\/:*?"<>|\s]+/g, '_') || 'member';
  let candidate = `${base}.json`;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base}-${i}.json`;
  taken.add(candidate);
  return candidate;
}

async function create(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    {
      rubric: { type: 'string' },
      name: { type: 'string' },
      chair: { type: 'string' },
      reviewers: { type: 'string' },
      observers: { type: 'string' },
      relay: { type: 'string' },
      out: { type: 'string' },
      passphrase: { type: 'string' },
    },
    false,
  );
  const rubric = await readRubric(ctx, requireOption(values.rubric, 'rubric'));
  const name = requireOption(values.name, 'name');
  const chairName = requireOption(values.chair, 'chair');
  const out = path.resolve(ctx.cwd, requireOption(values.out, 'out'));
  if (existsSync(path.join(out, 'panel.json')))
    throw new ReviewDeskError('panel/outNotEmpty', { dir: out });
  const passphrase = values.passphrase ?? (await askPassphrase(ctx));
  if (!passphrase) throw new ReviewDeskError('panel/passphraseEmpty');
  const members: NewMember[] = [
    ...names(values.reviewers).map((n) => ({ name: n, role: 'reviewer' as const })),
    ...names(values.observers).map((n) => ({ name: n, role: 'observer' as const })),
  ];
  const created = await createPanel({
    name,
    rubric,
    chair: { name: chairName },
    members,
    relayUrl: values.relay ?? null,
    extractable: true,
  });
  const { panel, chair, invitations } = created;
  const initial = await exportRdsync(panel, { kind: 'full' });
  await mkdir(path.join(out, 'invitations'), { recursive: true });
  const meta = panel.meta()!;
  const summary = {
    panelId: panel.id,
    name,
    rubricId: rubric.id,
    relayUrl: meta.settings.relayUrl,
    chairPublicKey: meta.chairKey,
    chair: { id: chair.memberId, name: chairName },
    members: panel.members().map((m) => ({ id: m.id, name: m.name, role: m.role })),
    createdAt: meta.createdAt,
  };
  await writeFile(path.join(out, 'panel.json'), `${JSON.stringify(summary, null, 2)}\n`);
  await writeFile(path.join(out, 'panel.rdsync'), initial);
  const identity = await exportIdentity(chair, passphrase);
  await writeFile(path.join(out, 'chair.identity.json'), `${JSON.stringify(identity, null, 2)}\n`, {
    mode: 0o600,
  });
  ctx.out(ctx.t('panel:cli.created', { name, id: panel.id, dir: out }));
  const taken = new Set<string>();
  for (const invitation of invitations) {
    const file = path.join('invitations', fileName(invitation.name, taken));
    await writeFile(
      path.join(out, file),
      `${JSON.stringify({ ...invitation, initial: toBase64(initial) }, null, 2)}\n`,
      {
        mode: 0o600,
      },
    );
    ctx.out(
      ctx.t('panel:cli.invitation', {
        file,
        name: invitation.name,
        role: ctx.t(`panel:cli.roles.${invitation.role}`),
      }),
    );
  }
  return EXIT_OK;
}

export const panelCommand: Command = {
  name: 'panel',
  summaryKey: 'panel:cli.summary',
  usageKey: 'panel:cli.usage',
  async run(ctx, argv) {
    const [sub, ...rest] = argv;
    if (sub === 'create') return create(ctx, rest);
    ctx.err(ctx.t('panel:cli.usage'));
    return EXIT_BAD_INPUT;
  },
};
