/**
 * The workspace of the device the app runs on: one per page, over the app's own database. The
 * entry points build it and hand it to the React tree (components never open storage).
 */
import { getDb } from '../store/db';
import { Workspace } from './workspace';

export function openDeviceWorkspace(): Workspace {
  // Several pages may hold a panel open at once (tabs, the extension's side panel and popup).
  return new Workspace(getDb(), { linkPages: true });
}
