/**
 * `review-desk panel create …`: a new panel, offline, as a panel directory (format:
 * lib/panel-directory/format): panel.json, the chair identity (private key encrypted with the
 * passphrase), the initial state as panel.rdsync, and one invitation per member.
 *
 * `review-desk panel add-applications --panel DIR FILE.pdf|FOLDER…`: the chair adds applications
 * to such a panel, with the intake the app uses (bad files refused with the reason, likely
 * duplicates skipped unless --allow-duplicates); the files go to DIR/files and panel.rdsync is
 * rewritten. The app opens the directory to give the chair the panel.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isReviewDeskError, ReviewDeskError } from '../../lib/errors';
import { localizeError } from '../../lib/i18n';
import { exportIdentity } from '../../lib/identity/identity';
import { createPanel, type NewMember } from '../../lib/panel/create';
import {
  CHAIR_IDENTITY_FILE,
  INVITATIONS_DIR,
  invitationFile,
  invitationFileName,
  PANEL_FILE,
  panelSummary,
  STATE_FILE,
} from '../../lib/panel-directory/format';
import { exportRdsync } from '../../lib/sync/rdsync';
import { commitImport, prepareImport } from '../../lib/workspace/import';
import { type IncomingFile, planImport } from '../../lib/workspace/import-plan';
import { outputDirectory, readInputFile, writeAll, writeFileAtomic } from '../cli-io';
import {
  type CliContext,
  type Command,
  EXIT_BAD_INPUT,
  EXIT_INVALID,
  EXIT_OK,
  parseCommandArgs,
  requireOption,
} from '../cli-kit';
import { directoryStores, openPanelDirectory, passphrase } from '../panel-directory';
import { panelMeta } from './lazy-meta';
import { resolvePack } from './rubric';

function names(list: string | undefined): string[] {
  return (list ?? '')
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
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
      'passphrase-file': { type: 'string' },
    },
    false,
  );
  const rubricRef = requireOption(values.rubric, 'rubric');
  const name = requireOption(values.name, 'name');
  const chairName = requireOption(values.chair, 'chair');
  const outArg = requireOption(values.out, 'out');
  // The pack is checked like `rubric validate`: an invalid one is listed problem by problem.
  let pack: Awaited<ReturnType<typeof resolvePack>>;
  try {
    pack = await resolvePack(ctx, rubricRef);
  } catch (error) {
    if (isReviewDeskError(error) && error.code === 'rubric/badPack') {
      ctx.err(
        localizeError(
          ctx.i18n,
          new ReviewDeskError('cliInput/badPanelRubric', { file: rubricRef }),
        ),
      );
      return EXIT_INVALID;
    }
    throw error;
  }
  const out = await outputDirectory(ctx.cwd, outArg, false);
  if (existsSync(path.join(out, PANEL_FILE))) {
    throw new ReviewDeskError('panel/outNotEmpty', { dir: outArg });
  }
  const secret = await passphrase(ctx, values, 'panel:cli.passphrasePrompt');
  if (!secret) throw new ReviewDeskError('panel/passphraseEmpty');
  await outputDirectory(ctx.cwd, outArg);
  const members: NewMember[] = [
    ...names(values.reviewers).map((n) => ({ name: n, role: 'reviewer' as const })),
    ...names(values.observers).map((n) => ({ name: n, role: 'observer' as const })),
  ];
  const { panel, chair, invitations } = await createPanel({
    name,
    rubric: { id: pack.id, json: JSON.stringify(pack) },
    chair: { name: chairName },
    members,
    relayUrl: values.relay ?? null,
    extractable: true,
  });
  const initial = await exportRdsync(panel, { kind: 'full' });
  const identity = await exportIdentity(chair, secret);
  const taken = new Set<string>();
  const invitationFiles = invitations.map((invitation) => ({
    invitation,
    file: path.join(INVITATIONS_DIR, invitationFileName(invitation.name, taken)),
  }));
  // Everything is written before anything is said: a reader who stops reading (| head -1) cannot
  // leave a half-made directory behind.
  await writeAll([
    {
      path: path.join(out, PANEL_FILE),
      data: `${JSON.stringify(panelSummary(panel, pack.id), null, 2)}\n`,
    },
    { path: path.join(out, STATE_FILE), data: initial },
    {
      path: path.join(out, CHAIR_IDENTITY_FILE),
      data: `${JSON.stringify(identity, null, 2)}\n`,
      mode: 0o600,
    },
    ...invitationFiles.map(({ invitation, file }) => ({
      path: path.join(out, file),
      data: `${JSON.stringify(invitationFile(invitation, initial), null, 2)}\n`,
      mode: 0o600,
    })),
  ]);
  ctx.out(ctx.t('panel:cli.created', { name, id: panel.id, dir: out }));
  for (const { invitation, file } of invitationFiles) {
    ctx.out(
      ctx.t('panel:cli.invitation', {
        file,
        name: invitation.name,
        role: ctx.t(`panel:cli.roles.${invitation.role}`),
      }),
    );
  }
  ctx.out(ctx.t('cliInput:panel.openInApp', { dir: out }));
  return EXIT_OK;
}

type DiskFile = IncomingFile & { full: string };

/** The PDFs named on the command line: a file is one application, a folder one with its files. */
async function collect(ctx: CliContext, args: string[]): Promise<DiskFile[]> {
  const out: DiskFile[] = [];
  const walk = async (full: string, rel: string) => {
    const s = await stat(full);
    if (s.isDirectory()) {
      for (const name of (await readdir(full)).sort())
        await walk(path.join(full, name), `${rel}/${name}`);
    } else if (s.isFile()) {
      out.push({ path: rel, size: s.size, full });
    }
  };
  for (const arg of args) {
    const full = path.resolve(ctx.cwd, arg);
    const s = await stat(full).catch(() => null);
    if (!s) throw new ReviewDeskError('cliInput/notFound', { file: arg });
    await walk(full, path.basename(full));
  }
  return out;
}

async function addApplications(ctx: CliContext, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    panel: { type: 'string' },
    passphrase: { type: 'string' },
    'passphrase-file': { type: 'string' },
    'allow-duplicates': { type: 'boolean' },
  });
  const dirArg = requireOption(values.panel, 'panel');
  if (positionals.length === 0) throw new ReviewDeskError('cliInput/noApplications');
  const incoming = await collect(ctx, positionals);
  const opened = await openPanelDirectory(ctx, dirArg, values);
  const { panel, pack, dir } = opened;
  const plan = planImport(incoming);
  const stores = directoryStores(dir);
  const prepared = await prepareImport(panel, stores, plan, (f) => readInputFile(ctx.cwd, f.full), {
    pack,
  });
  const skip = new Set<number>();
  prepared.applications.forEach((app, i) => {
    if (app.duplicates.length === 0) return;
    const of = app.duplicates.map((d) => d.title).join(ctx.t('reviewForm:separator'));
    if (values['allow-duplicates']) {
      ctx.out(ctx.t('cliInput:panel.duplicateAdded', { title: app.title, of }));
    } else {
      skip.add(i);
      ctx.out(ctx.t('cliInput:panel.duplicateSkipped', { title: app.title, of }));
    }
  });
  const outcome = commitImport(panel, prepared, skip);
  await panel.settled();
  await writeFileAtomic(path.join(dir, STATE_FILE), await exportRdsync(panel, { kind: 'full' }), {
    display: path.join(dirArg, STATE_FILE),
  });
  for (const s of plan.skipped) ctx.err(ctx.t(`files:skipped.${s.reason}`, { name: s.file.path }));
  for (const r of prepared.rejected) ctx.err(localizeError(ctx.i18n, r.error));
  for (const u of prepared.unreadable) ctx.err(localizeError(ctx.i18n, u.error));
  for (const title of outcome.locked) ctx.out(ctx.t('cliInput:panel.locked', { title }));
  ctx.out(
    ctx.t('cliInput:panel.added', {
      applications: outcome.applications,
      files: outcome.files,
      state: path.join(dirArg, STATE_FILE),
    }),
  );
  return prepared.rejected.length > 0 || plan.skipped.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

export const panelCommand: Command = {
  ...panelMeta,
  async run(ctx, argv) {
    const [sub, ...rest] = argv;
    if (sub === 'create') return create(ctx, rest);
    if (sub === 'add-applications') return addApplications(ctx, rest);
    ctx.err(ctx.t('panel:cli.usage'));
    return EXIT_BAD_INPUT;
  },
};
