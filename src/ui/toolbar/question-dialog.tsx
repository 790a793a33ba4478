import { useEffect, useRef } from 'react';
import { countText as count } from '../../core';
import type { ReactNode } from 'react';
import { uniqueName } from '../store/file-names';
import type { WorkspaceQuestion } from '../store/file-actions';
import { useStore } from '../store/store';
import { actions, workspace } from '../store/workspace';
import './toolbar.css';

/**
 * The question the workspace asks before its file set changes (files with the same names on
 * import; Open), as a modal alert dialog: Escape cancels, the first choice has the focus, and
 * the focus goes back where it was.
 */
export function QuestionDialog() {
  const question = useStore(workspace, (s) => s.question);
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (question && !d.open) {
      d.showModal();
      first.current?.focus();
    } else if (!question && d.open) d.close();
  }, [question]);

  return (
    <dialog
      ref={dialog}
      className="question"
      role="alertdialog"
      aria-labelledby="question-title"
      aria-describedby="question-text"
      onCancel={(e) => {
        e.preventDefault();
        actions.answer('cancel');
      }}
    >
      {question && <Body question={question} first={first} />}
    </dialog>
  );
}

function Body({
  question,
  first,
}: {
  question: WorkspaceQuestion;
  first: React.RefObject<HTMLButtonElement | null>;
}) {
  const files = useStore(workspace, (s) => s.files);
  if (question.type === 'replace') {
    const names = question.files.map((r) => r.file.path);
    return (
      <Frame
        title="Replace the workspace?"
        text={
          <>
            Open replaces the {count(files.length, 'file')} of the workspace with {list(names)}.
            Undo brings the workspace back.
          </>
        }
      >
        <button
          ref={first}
          type="button"
          className="primary"
          onClick={() => actions.answer('replace')}
        >
          Replace workspace
        </button>
        <button type="button" onClick={() => actions.answer('cancel')}>
          Cancel
        </button>
      </Frame>
    );
  }
  const taken = new Set(files.map((f) => f.path));
  const example = question.names[0] ?? '';
  return (
    <Frame
      title={
        question.names.length === 1 ? 'A file with the same name' : 'Files with the same names'
      }
      text={
        <>
          The workspace has {list(question.names)} already. Replace{' '}
          {question.names.length === 1 ? 'it' : 'them'} with the imported{' '}
          {question.names.length === 1 ? 'file' : 'files'}, or keep both (the imported{' '}
          {question.names.length === 1 ? 'one is' : 'ones are'} named like{' '}
          <code>{uniqueName(example, taken)}</code>)?
        </>
      }
    >
      <button
        ref={first}
        type="button"
        className="primary"
        onClick={() => actions.answer('replace')}
      >
        Replace
      </button>
      <button type="button" onClick={() => actions.answer('keep-both')}>
        Keep both
      </button>
      <button type="button" onClick={() => actions.answer('cancel')}>
        Cancel
      </button>
    </Frame>
  );
}

function Frame({ title, text, children }: { title: string; text: ReactNode; children: ReactNode }) {
  return (
    <>
      <h2 id="question-title">{title}</h2>
      <p id="question-text">{text}</p>
      <div className="question-buttons">{children}</div>
    </>
  );
}

function list(names: readonly string[]): ReactNode {
  const shown = names.slice(0, 5);
  const more = names.length - shown.length;
  return (
    <>
      {shown.map((n, i) => (
        <span key={n}>
          {i > 0 && (i === shown.length - 1 && !more ? ' and ' : ', ')}
          <code>{n}</code>
        </span>
      ))}
      {more > 0 && ` and ${count(more, 'other')}`}
    </>
  );
}
