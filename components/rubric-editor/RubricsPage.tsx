/** #/rubrics: the library; #/rubrics/<id>: that pack in the editor (remounted per pack). */
import { LibraryPage } from './LibraryPage';
import { RubricEditorPage } from './RubricEditorPage';
import './rubric-editor.css';

export function RubricsPage({ packId }: { packId?: string | undefined }) {
  return packId === undefined ? <LibraryPage /> : <RubricEditorPage key={packId} packId={packId} />;
}
