/**
 * How dropped or picked files become applications. Panels receive submissions as loose PDFs or
 * as one folder per applicant (form, 汇总表 extract, evidence). So: every first-level folder is
 * one application holding all the PDFs inside it, at any depth; every loose PDF is an
 * application of its own. Files that are not PDFs, and system clutter, are listed as skipped so
 * the user sees what was left out and why.
 */
export interface IncomingFile {
  /** Path relative to what was dropped, with `/` separators (`大连/推荐表.pdf` or `推荐表.pdf`). */
  path: string;
  size: number;
}

export interface PlannedApplication<F extends IncomingFile = IncomingFile> {
  /** Folder name, or the file name without its extension. */
  title: string;
  files: F[];
}

export type SkipReason = 'notPdf' | 'systemFile' | 'empty';

export interface ImportPlan<F extends IncomingFile = IncomingFile> {
  applications: PlannedApplication<F>[];
  skipped: { file: F; reason: SkipReason }[];
}

const SYSTEM_FILES = /(^|\/)(\.[^/]*|__MACOSX|Thumbs\.db|desktop\.ini)(\/|$)/i;

export function isPdfName(path: string): boolean {
  return /\.pdf$/i.test(path);
}

function stripExtension(name: string): string {
  return name.replace(/\.[^./]+$/, '');
}

function sortFiles<F extends IncomingFile>(files: F[]): F[] {
  return [...files].sort((a, b) => a.path.localeCompare(b.path, 'zh-CN', { numeric: true }));
}

export function planImport<F extends IncomingFile>(files: F[]): ImportPlan<F> {
  const skipped: ImportPlan<F>['skipped'] = [];
  const folders = new Map<string, F[]>();
  const loose: F[] = [];
  for (const file of files) {
    const path = file.path.replace(/\\/g, '/').replace(/^\/+/, '');
    if (SYSTEM_FILES.test(path)) skipped.push({ file, reason: 'systemFile' });
    else if (!isPdfName(path)) skipped.push({ file, reason: 'notPdf' });
    else if (file.size === 0) skipped.push({ file, reason: 'empty' });
    else {
      const slash = path.indexOf('/');
      if (slash < 0) loose.push(file);
      else {
        const folder = path.slice(0, slash);
        folders.set(folder, [...(folders.get(folder) ?? []), file]);
      }
    }
  }
  const applications: PlannedApplication<F>[] = [
    ...[...folders.entries()].map(([folder, inside]) => ({
      title: folder,
      files: sortFiles(inside),
    })),
    ...sortFiles(loose).map((file) => ({ title: stripExtension(file.path), files: [file] })),
  ];
  applications.sort((a, b) => a.title.localeCompare(b.title, 'zh-CN', { numeric: true }));
  return { applications, skipped };
}
