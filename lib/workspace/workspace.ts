/**
 * The panels on this device: create one (this device's user is its chair), join one from an
 * invitation, open one (a single live instance per panel, with its local persistence), remove
 * one. The UI goes through this; it never builds a Panel or touches storage itself.
 *
 * The panel core (Yjs, signatures, the relay client) comes from lib/workspace/panel-kit.ts,
 * loaded when the first panel is opened, made or joined: the list of panels needs none of it.
 */
import { ReviewDeskError } from '../errors';
import type { KeyEscrow } from '../identity/backup';
import type { MemberIdentity } from '../identity/identity';
import type { PanelId } from '../ids';
import type { NewMember } from '../panel/create';
import type { OpenedPanel } from '../panel/open';
import type { Panel } from '../panel/panel';
import type { PanelPersistence } from '../panel/persistence';
import type { RubricPack } from '../rubric';
import { putFile } from '../store/blobs';
import type { ReviewDeskDb } from '../store/db';
import { fileHash } from '../store/hash';
import type { RelayOptions } from '../sync/relay-client';
import type { CertificateAgent } from './certificates';
import { loadPanelKit, type PanelKit } from './load-panel-kit';
import { RelayConnections } from './relay-connections';
import { deviceStores, type WorkspaceStores } from './stores';
import type { RelaySupervisor } from './sync';

export interface NewPanelInput {
  name: string;
  pack: RubricPack;
  chair: { name: string; unit?: string };
  members?: NewMember[];
  relayUrl?: string | null;
  demo?: boolean;
  /**
   * Seal a copy of the chair key under this passphrase (lib/sign SPEC B3), so the chair's identity
   * can be backed up later; without one the key never leaves this device.
   */
  escrowPassphrase?: string;
}

export interface WorkspaceOptions {
  databaseName?: string;
  /** Node passes the `ws` package; tests shorten the retry delay. */
  relay?: Pick<RelayOptions, 'WebSocketPolyfill' | 'retry'>;
  /**
   * Keep this page's open panels in step with other pages of the same origin that have them
   * open (app tabs, the extension's side panel and popup): see page-peers.ts. Browsers only.
   */
  linkPages?: boolean;
  /** Failures of background work (the certificate agent): reported, never swallowed. */
  onBackgroundError?: (error: unknown) => void;
}

/**
 * The certificate agent brings the X.509 and signing code (pkijs): it is loaded when the first
 * panel opens, so the app's first paint does not wait for it.
 */
function lazyAgent(
  panel: Panel,
  identity: MemberIdentity,
  onError: (error: unknown) => void,
): CertificateAgent {
  let stopped = false;
  const agent = import('./certificates').then(
    (m) => (stopped ? null : m.watchCertificates(panel, identity, { onError })),
    (error: unknown) => {
      onError(error);
      return null;
    },
  );
  return {
    async settled() {
      await (await agent)?.settled();
    },
    stop() {
      stopped = true;
      void agent.then((a) => a?.stop());
    },
  };
}

export class Workspace {
  private readonly open = new Map<PanelId, Promise<OpenedPanel>>();
  /** Relay connections of the open panels (connected when a panel has a relay). */
  readonly relays: RelayConnections;
  /** Makes the connections follow each panel's relay address as it changes (once a panel is open). */
  private supervisor: RelaySupervisor | null = null;
  /** Issues certificates (chair) and signs submitted reviews, per open panel (certificates.ts). */
  private readonly agents = new Map<PanelId, CertificateAgent>();
  /** The narrow stores the UI reaches storage through (lib/workspace/stores). */
  readonly stores: WorkspaceStores;

  constructor(
    readonly db: ReviewDeskDb,
    private readonly options: WorkspaceOptions = {},
  ) {
    this.relays = new RelayConnections(options.relay);
    this.stores = deviceStores(db);
  }

  /**
   * Sync starts by itself for a panel with a relay, unless the user turned it off on this
   * device; a failure leaves the panel local-only (the status says why).
   */
  private async autoConnect(kit: PanelKit, panel: Panel): Promise<void> {
    if (await this.syncTurnedOff(panel.id)) return;
    const connection = await this.relays.connect(panel).catch(() => null);
    this.supervise(kit, panel);
    // Files this device has go up to the relay, so members who lack them can fetch them.
    if (connection) void kit.shareFiles(panel, this.db).catch(() => undefined);
  }

  private supervise(kit: PanelKit, panel: Panel): void {
    this.supervisor ??= new kit.RelaySupervisor(this.relays);
    this.supervisor.watch(panel);
  }

  private async syncTurnedOff(id: PanelId): Promise<boolean> {
    return (await this.db.settings.get(`sync-off:${id}`))?.value === true;
  }

  /** Turn online sync on or off for a panel on this device; remembered across restarts. */
  async setSync(panel: Panel, on: boolean): Promise<void> {
    if (on) {
      await this.db.settings.delete(`sync-off:${panel.id}`);
      await this.relays.connect(panel);
      this.supervise(await loadPanelKit(), panel);
    } else {
      await this.db.settings.put({ key: `sync-off:${panel.id}`, value: true });
      this.relays.disconnect(panel.id);
    }
  }

  /** Drop the panel's relay connection and connect again (a new token, for instance). */
  async reconnect(panel: Panel): Promise<void> {
    if (await this.syncTurnedOff(panel.id)) return;
    await this.relays.reconnect(panel);
  }

  /** The live panel for an id; opened once, shared by every caller. */
  openPanel(id: PanelId): Promise<OpenedPanel> {
    let opened = this.open.get(id);
    if (!opened) {
      opened = (async () => {
        const kit = await loadPanelKit();
        const identity = await kit.loadIdentity(this.db, id);
        if (!identity) throw new ReviewDeskError('workspace/noIdentity', { panel: id });
        const opened = await kit.openPanel(identity, { databaseName: this.options.databaseName });
        this.startAgent(opened.panel, identity);
        this.linkToPages(kit, opened.panel);
        void this.autoConnect(kit, opened.panel);
        return opened;
      })();
      opened.catch(() => this.open.delete(id));
      this.open.set(id, opened);
    }
    return opened;
  }

  private startAgent(panel: Panel, identity: MemberIdentity): void {
    this.agents.get(panel.id)?.stop();
    const onError = this.options.onBackgroundError ?? ((error) => console.error(error));
    this.agents.set(panel.id, lazyAgent(panel, identity, onError));
  }

  /** Resolves once the panel's certificate agent has nothing left to do (tests, exports). */
  async certificatesSettled(id: PanelId): Promise<void> {
    await this.agents.get(id)?.settled();
  }

  /** Close an open panel without removing anything (a restored identity reopens it). */
  async closePanel(id: PanelId): Promise<void> {
    this.agents.get(id)?.stop();
    this.agents.delete(id);
    this.relays.disconnect(id);
    const opened = this.open.get(id);
    this.open.delete(id);
    if (opened) await (await opened.catch(() => null))?.close();
  }

  /** The link closes itself when the panel's document is destroyed (closing the panel). */
  private linkToPages(kit: PanelKit, panel: Panel): void {
    if (!this.options.linkPages || typeof BroadcastChannel === 'undefined') return;
    kit.linkPages(
      panel,
      kit.pageChannelName(this.options.databaseName ?? kit.PANEL_DOCS_DB, panel.id),
    );
  }

  /** Keep a panel made or joined on this device: identity, persistence, the list, the agents. */
  async adopt(
    panel: Panel,
    identity: MemberIdentity,
    name: string,
    demo: boolean,
    escrow?: KeyEscrow,
  ): Promise<{ panel: Panel; persistence: PanelPersistence }> {
    const kit = await loadPanelKit();
    await kit.saveIdentity(this.db, identity, { escrow });
    const persistence = kit.attachPersistence(panel, { databaseName: this.options.databaseName });
    await persistence.saved();
    await this.db.panels.put({ id: panel.id, name, demo, joinedAt: Date.now() });
    this.startAgent(panel, identity);
    this.linkToPages(kit, panel);
    void this.autoConnect(kit, panel);
    this.open.set(
      panel.id,
      Promise.resolve({
        panel,
        persistence,
        async close() {
          await persistence.close();
          panel.destroy();
          kit.docOf(panel).destroy();
        },
      }),
    );
    return { panel, persistence };
  }

  async createPanel(input: NewPanelInput) {
    // Making a panel makes its CA certificate (pkijs): loaded on first use, not at start.
    const { createPanel } = await import('../panel/create');
    const created = await createPanel({
      name: input.name,
      rubric: { id: input.pack.id, json: JSON.stringify(input.pack) },
      chair: input.chair,
      members: input.members ?? [],
      relayUrl: input.relayUrl ?? null,
      extractable: Boolean(input.escrowPassphrase),
    });
    let escrow: KeyEscrow | undefined;
    if (input.escrowPassphrase) {
      // SPEC B3: seal the key while it can still be exported, then use it non-extractable. The
      // open panel signs with the identity object it was made with: give it the daily key too.
      const { escrowSigningKey } = await loadPanelKit();
      const sealed = await escrowSigningKey(created.chair.signing, input.escrowPassphrase);
      escrow = sealed.escrow;
      created.chair.signing = sealed.daily;
    }
    const adopted = await this.adopt(
      created.panel,
      created.chair,
      input.name,
      input.demo ?? false,
      escrow,
    );
    return { ...adopted, identity: created.chair, invitations: created.invitations };
  }

  /** Join from an invitation file's JSON (the chair made it with `review-desk panel create`). */
  async join(invitation: unknown) {
    const { joinFromInvitation } = await loadPanelKit();
    const { panel, identity } = await joinFromInvitation(invitation);
    if (await this.db.panels.get(panel.id)) {
      panel.destroy();
      throw new ReviewDeskError('workspace/alreadyJoined');
    }
    return this.adopt(panel, identity, panel.meta()?.name ?? panel.id, false);
  }

  /**
   * A file a member opens from the panel list: an invitation (join its panel) or a reissued token
   * file (SPEC M3) for a panel already on this device. Resolves to the panel it leads to.
   */
  async openMemberFile(json: unknown): Promise<Panel> {
    const { isTokenFile } = await import('../identity/token-file');
    if (!isTokenFile(json)) return (await this.join(json)).panel;
    const { acceptTokenFile } = await import('./token-reissue');
    return acceptTokenFile(this, json);
  }

  /**
   * Open a panel made with the command line (a panel directory, lib/panel-directory): its
   * identity file opened with the passphrase, its state from the exchange files (checked like
   * any import), and the application files it names kept on this device.
   */
  async openPanelDirectory(input: {
    identity: unknown;
    passphrase: string;
    states: Uint8Array[];
    files: { read(): Promise<Uint8Array> }[];
  }) {
    const kit = await loadPanelKit();
    const identity = await kit.importIdentity(input.identity, input.passphrase);
    if (await this.db.panels.get(identity.panelId))
      throw new ReviewDeskError('workspace/alreadyJoined');
    const panel = new kit.Panel(new kit.Y.Doc(), identity);
    for (const state of input.states) await kit.importRdsync(panel, state);
    if (!panel.meta()) {
      panel.destroy();
      throw new ReviewDeskError('panelDirectory/noState');
    }
    await panel.ensureDevice();
    const named = new Set(
      panel.applications().flatMap((a) => a.files.map((f) => f.hash as string)),
    );
    let kept = 0;
    for (const file of input.files) {
      const bytes = await file.read();
      if (!named.has(await fileHash(bytes))) continue;
      await putFile(this.db, bytes);
      kept++;
    }
    const adopted = await this.adopt(panel, identity, panel.meta()?.name ?? panel.id, false);
    return { ...adopted, files: kept };
  }

  async removePanel(id: PanelId): Promise<void> {
    this.agents.get(id)?.stop();
    this.agents.delete(id);
    this.relays.disconnect(id);
    await this.db.settings.delete(`sync-off:${id}`);
    const opened = this.open.get(id);
    this.open.delete(id);
    if (opened) await (await opened.catch(() => null))?.close();
    const kit = await loadPanelKit();
    await kit.deleteStoredPanel(id, this.options.databaseName);
    await kit.deleteIdentity(this.db, id);
    await this.db.panels.delete(id);
  }

  async closeAll(): Promise<void> {
    for (const agent of this.agents.values()) agent.stop();
    this.agents.clear();
    this.supervisor?.destroy();
    this.relays.closeAll();
    const all = [...this.open.values()];
    this.open.clear();
    await Promise.all(all.map(async (p) => (await p.catch(() => null))?.close()));
  }
}
