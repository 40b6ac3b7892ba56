import { QUESTION_MAX, type StageBoard, type StageQuestion } from '@pameran/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { stageApi } from '../../lib/stageApi';

interface Props {
  board: StageBoard;
  onOwn(q: StageQuestion): void;
  announce(text: string): void;
}

/** The audience's questions: ask, upvote once, and (for moderators) approve, hide or mark answered. */
export function StageQuestions({ board, onOwn, announce }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const open = !board.readOnly;

  async function run(work: () => Promise<StageQuestion>, done?: string) {
    setError(null);
    setBusy(true);
    try {
      onOwn(await work());
      if (done) announce(done);
      return true;
    } catch (err) {
      setError(errorMessage(err, t));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function ask(e: FormEvent) {
    e.preventDefault();
    const sent = await run(
      () => stageApi.ask(board.sessionId, text.trim()),
      t(board.moderator ? 'stage.questions.sentModerator' : 'stage.questions.sent'),
    );
    if (sent) setText('');
    input.current?.focus();
  }

  const rank = (q: StageQuestion) => (q.status === 'answered' ? 1 : 0);
  const list = [...board.questions].sort(
    (a, b) => rank(a) - rank(b) || b.upvotes - a.upvotes || a.createdAt.localeCompare(b.createdAt),
  );
  return (
    <section className="stage-panel" aria-labelledby="stage-questions-title" data-testid="stage-questions">
      <h2 id="stage-questions-title">{t('stage.questions.title')}</h2>
      {open ? (
        <form className="stage-ask" onSubmit={(e) => void ask(e)}>
          <label htmlFor="stage-ask-text">{t('stage.questions.label')}</label>
          <textarea
            id="stage-ask-text"
            ref={input}
            value={text}
            maxLength={QUESTION_MAX}
            rows={2}
            onChange={(e) => setText(e.target.value)}
            aria-describedby="stage-ask-hint"
            data-testid="stage-ask-text"
          />
          <p id="stage-ask-hint" className="muted stage-ask__hint">
            {t('stage.questions.hint', { left: QUESTION_MAX - text.length })}
          </p>
          <button
            type="submit"
            className="button button--primary button--small"
            disabled={busy || text.trim().length < 3}
            data-testid="stage-ask"
          >
            {t('stage.questions.ask')}
          </button>
        </form>
      ) : (
        <p className="muted">{t('stage.readOnly')}</p>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {list.length === 0 ? (
        <p className="muted">{t('stage.questions.none')}</p>
      ) : (
        <ul className="stage-list">
          {list.map((q) => (
            <li
              key={q.id}
              className={`stage-question stage-question--${q.status}`}
              data-testid="stage-question"
            >
              <p className="stage-question__text">{q.text}</p>
              <p className="stage-question__meta">
                <span>{q.authorName}</span>
                {q.status !== 'approved' && (
                  <span className="stage-status" data-testid="stage-question-status">
                    {t(`stage.questions.status.${q.status}`)}
                  </span>
                )}
              </p>
              <div className="stage-question__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-pressed={q.upvoted}
                  disabled={
                    !open || busy || q.upvoted || (q.status !== 'approved' && q.status !== 'answered')
                  }
                  onClick={() => void run(() => stageApi.upvote(q.id), t('stage.questions.upvoted'))}
                  data-testid="stage-upvote"
                >
                  <span aria-hidden="true">▲ </span>
                  {t('stage.questions.upvotes', { count: q.upvotes })}
                </button>
                {board.moderator && open && (
                  <Moderation
                    question={q}
                    busy={busy}
                    onAction={(action, done) => void run(() => stageApi.moderate(q.id, action), done)}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Moderation({
  question,
  busy,
  onAction,
}: {
  question: StageQuestion;
  busy: boolean;
  onAction(action: 'approve' | 'hide' | 'answer', done: string): void;
}) {
  const { t } = useTranslation();
  const actions = (['approve', 'answer', 'hide'] as const).filter(
    (a) =>
      !(a === 'approve' && question.status === 'approved') &&
      !(a === 'answer' && question.status === 'answered') &&
      !(a === 'hide' && question.status === 'hidden'),
  );
  return (
    <>
      {actions.map((a) => (
        <button
          key={a}
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => onAction(a, t(`stage.moderate.done.${a}`))}
          data-testid={`stage-${a}`}
        >
          {t(`stage.moderate.${a}`)}
        </button>
      ))}
    </>
  );
}
