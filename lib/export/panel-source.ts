/**
 * Reading an open panel into an `ExportSource` for `review-desk export` and the app's export.
 * LEFT TO WIRE (see the report of issue 10): the panel must first store the panel CA, the member
 * certificates the chair's device issues, the revocation records and each reviewer's signature
 * over their submitted reviews; and the reconcile summary must give the panel's score, stats and
 * flags. Until then this says plainly that the panel cannot be exported signed, and nothing is
 * written. Everything after this function (files, signatures) is done and tested.
 */
import { ReviewDeskError } from '../errors';
import type { MemberIdentity } from '../identity/identity';
import type { Panel } from '../panel/panel';
import type { ExportSource } from './export-set';

export async function readPanelForExport(
  _panel: Panel,
  identity: MemberIdentity,
  _opts: { language: 'zh-CN' | 'en' },
): Promise<ExportSource> {
  if (identity.role !== 'chair') throw new ReviewDeskError('export/notChair');
  throw new ReviewDeskError('export/panelWithoutCertificates');
}
