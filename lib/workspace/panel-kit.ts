/**
 * What the workspace needs to open, make, join and keep panels: the panel core, Yjs and its
 * IndexedDB persistence, signatures, the relay client. One module, loaded when the first panel
 * is opened, made or joined, so the list of panels is drawn without it (bench bundle.initialJs).
 */
export * as Y from 'yjs';
export { escrowSigningKey } from '../identity/backup';
export { importIdentity } from '../identity/identity';
export { deleteIdentity, loadIdentity, saveIdentity } from '../identity/store';
export { openPanel } from '../panel/open';
export { docOf, Panel } from '../panel/panel';
export { attachPersistence, deleteStoredPanel, PANEL_DOCS_DB } from '../panel/persistence';
export { joinFromInvitation } from '../sync/join';
export { importRdsync } from '../sync/rdsync';
export { connectRelay } from '../sync/relay-client';
export { fetchFromRelay, shareFiles, supplyFile } from './file-transfer';
export { linkPages, pageChannelName } from './page-peers';
export { relayTokenFor, relayUrlFor } from './relay-token';
export { RelaySupervisor } from './sync';
