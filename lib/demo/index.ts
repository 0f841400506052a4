/**
 * The demo workspace: two panels, one per call, with application PDFs generated from known
 * facts. Used by `review-desk demo`, the PWA build (public/demo/) and tests.
 */
import { documentText } from '../docgen/document';
import type { FontSubsetter } from '../docgen/font-subset';
import { writePdf } from '../docgen/pdf-writer';
import { liaoningDemoForm, yueyangDemoForm } from './forms';
import { liaoningApplications } from './liaoning';
import type { DemoManifest, DemoPanel } from './types';
import { yueyangApplications } from './yueyang';

export type { DemoApplication, DemoFlaw, DemoManifest, DemoPanel } from './types';

export function demoPanels(): DemoPanel[] {
  return [
    {
      id: 'demo-liaoning-2022',
      rubricId: 'liaoning-2022-community',
      name: '辽宁省2022年度教育信息化教学应用实践共同体项目',
      applications: liaoningApplications(),
    },
    {
      id: 'demo-yueyang-2023',
      rubricId: 'yueyang-2023-alliance',
      name: '岳阳市中小学信息科技（技术）网络教研联盟 2023',
      applications: yueyangApplications(),
    },
  ];
}

export interface DemoFiles {
  manifest: DemoManifest;
  /** `<panel id>/<application path>` → PDF bytes. */
  files: Map<string, Uint8Array>;
}

export async function generateDemo(font: Uint8Array, subset: FontSubsetter): Promise<DemoFiles> {
  const panels = demoPanels();
  const files = new Map<string, Uint8Array>();
  for (const panel of panels) {
    const form = panel.rubricId === 'liaoning-2022-community' ? liaoningDemoForm : yueyangDemoForm;
    for (const app of panel.applications) {
      const doc = form(app);
      const bytes = await writePdf(doc, { font: subset(font, documentText(doc)) });
      files.set(`${panel.id}/${app.path}`, bytes);
    }
  }
  return { manifest: { version: 1, panels }, files };
}
