/**
 * Import a pack from a JSON file. What the library says back is shown here: the pack stored (and
 * under which id), or a localised error with every problem and its path, the library unchanged.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReviewDeskError } from '@/lib/errors';
import { type Problem, pickText } from '@/lib/rubric';
import { type ImportResult, importPackJson, parseJsonText } from '@/lib/rubric-library';
import { href } from '../router';
import { ErrorNotice } from '../shell/ErrorNotice';
import { ProblemList } from './ProblemList';

type Outcome = { result: ImportResult } | { error: unknown; problems: Problem[] } | null;

function idInFile(text: string): string | undefined {
  const json = parseJsonText(text);
  const id =
    json.ok && typeof json.value === 'object' && json.value
      ? (json.value as { id?: unknown }).id
      : undefined;
  return typeof id === 'string' ? id : undefined;
}

export function ImportPack({ ownIds }: { ownIds: string[] }) {
  const { t, i18n } = useTranslation('rubricEditor');
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const importFile = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      setOutcome({
        error: new ReviewDeskError('rubricEditor/readFailed', { file: file.name, detail }),
        problems: [],
      });
      return;
    }
    const id = idInFile(text);
    const replace =
      id !== undefined &&
      ownIds.includes(id) &&
      window.confirm(t('library.confirmReplace', { id }));
    try {
      const result = await importPackJson(text, { fileName: file.name, replace });
      setOutcome(result.ok ? { result } : { error: result.error, problems: result.problems });
    } catch (error) {
      setOutcome({ error, problems: [] });
    }
  };

  return (
    <div className="import-pack">
      <button type="button" onClick={() => input.current?.click()}>
        {t('library.actions.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="rubric-import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {outcome && 'result' in outcome && outcome.result.ok ? (
        <p className="notice notice-ok" role="status" data-testid="import-outcome">
          {(() => {
            const { pack, renamedFrom, replaced } = outcome.result;
            const title = pickText(pack.title, i18n.language);
            if (replaced)
              return t('library.importedReplaced', { title, id: pack.id, revision: pack.revision });
            if (renamedFrom)
              return t('library.importedRenamed', { title, id: pack.id, from: renamedFrom });
            return t('library.imported', { title, id: pack.id });
          })()} <a href={href.rubrics(outcome.result.pack.id)}>{t('library.actions.edit')}</a>
        </p>
      ) : null}
      {outcome && 'error' in outcome ? (
        <div data-testid="import-outcome">
          <ErrorNotice error={outcome.error} />
          {outcome.problems.length > 0 ? (
            <ProblemList title={t('library.importProblems')} problems={outcome.problems} />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
