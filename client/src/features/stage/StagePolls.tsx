import type { StageBoard, StagePoll } from '@pameran/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { stageApi } from '../../lib/stageApi';

interface Props {
  board: StageBoard;
  onOwn(p: StagePoll): void;
  announce(text: string): void;
}

/** Polls: moderators write, open and close them and follow the results; everyone else votes once, then sees them live. */
export function StagePolls({ board, onOwn, announce }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<StagePoll>, done: string): Promise<boolean> {
    setError(null);
    setBusy(true);
    try {
      onOwn(await work());
      announce(done);
      return true;
    } catch (err) {
      setError(errorMessage(err, t));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const open = !board.readOnly;
  return (
    <section className="stage-panel" aria-labelledby="stage-polls-title" data-testid="stage-polls">
      <h2 id="stage-polls-title">{t('stage.polls.title')}</h2>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {board.polls.length === 0 && <p className="muted">{t('stage.polls.none')}</p>}
      {board.polls.map((p) => (
        <article key={p.id} className="stage-poll" aria-labelledby={`poll-${p.id}`} data-testid="stage-poll">
          <h3 id={`poll-${p.id}`}>{p.question}</h3>
          <p className="stage-status">{t(`stage.polls.status.${p.status}`)}</p>
          {p.status === 'open' && p.myVote === null && open && !board.moderator ? (
            <Ballot
              poll={p}
              busy={busy}
              onVote={(optionId) => void run(() => stageApi.vote(p.id, optionId), t('stage.polls.voted'))}
            />
          ) : (
            <Results poll={p} />
          )}
          {board.moderator && open && p.status !== 'closed' && (
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={busy}
              onClick={() => {
                const next = p.status === 'draft' ? 'open' : 'closed';
                void run(() => stageApi.setPoll(p.id, next), t(`stage.polls.done.${next}`));
              }}
              data-testid={p.status === 'draft' ? 'stage-poll-open' : 'stage-poll-close'}
            >
              {t(p.status === 'draft' ? 'stage.polls.open' : 'stage.polls.close')}
            </button>
          )}
        </article>
      ))}
      {board.moderator && open && (
        <NewPoll
          busy={busy}
          onCreate={(poll) => run(() => stageApi.createPoll(board.sessionId, poll), t('stage.polls.created'))}
        />
      )}
    </section>
  );
}

function Ballot({ poll, busy, onVote }: { poll: StagePoll; busy: boolean; onVote(optionId: string): void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string | null>(null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) onVote(choice);
      }}
    >
      <fieldset className="stage-ballot">
        <legend className="muted">{t('stage.polls.choose')}</legend>
        {poll.options.map((o) => (
          <label key={o.id} className="stage-ballot__option">
            <input
              type="radio"
              name={`ballot-${poll.id}`}
              value={o.id}
              checked={choice === o.id}
              onChange={() => setChoice(o.id)}
            />
            {o.text}
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        className="button button--primary button--small"
        disabled={busy || !choice}
        data-testid="stage-vote"
      >
        {t('stage.polls.vote')}
      </button>
    </form>
  );
}

function Results({ poll }: { poll: StagePoll }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="stage-results" data-testid="stage-results">
        {poll.options.map((o) => {
          const share = poll.total ? Math.round((o.votes / poll.total) * 100) : 0;
          return (
            <li key={o.id} className={o.id === poll.myVote ? 'stage-results__mine' : undefined}>
              <span className="stage-results__label">
                {o.text}
                {o.id === poll.myVote && <> ({t('stage.polls.yours')})</>}
              </span>
              <span className="stage-results__figure">
                {t('stage.polls.share', { votes: o.votes, share })}
              </span>
              <span className="stage-results__bar" aria-hidden="true" style={{ width: `${share}%` }} />
            </li>
          );
        })}
      </ul>
      <p className="muted" aria-live="polite" data-testid="stage-poll-total">
        {t('stage.polls.total', { count: poll.total })}
      </p>
    </>
  );
}

function NewPoll({
  busy,
  onCreate,
}: {
  busy: boolean;
  onCreate(p: { question: string; options: string[] }): Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState(['', '']);
  const filled = options.map((o) => o.trim()).filter(Boolean);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await onCreate({ question: question.trim(), options: filled })) {
      setQuestion('');
      setOptions(['', '']);
    }
  }

  return (
    <form className="stage-new-poll" onSubmit={(e) => void submit(e)} data-testid="stage-new-poll">
      <h3>{t('stage.polls.new')}</h3>
      <label htmlFor="stage-poll-question">{t('stage.polls.question')}</label>
      <input
        id="stage-poll-question"
        value={question}
        maxLength={200}
        onChange={(e) => setQuestion(e.target.value)}
      />
      {options.map((o, i) => (
        <div key={i} className="stage-new-poll__option">
          <label htmlFor={`stage-poll-option-${i}`}>{t('stage.polls.option', { n: i + 1 })}</label>
          <input
            id={`stage-poll-option-${i}`}
            value={o}
            maxLength={100}
            onChange={(e) => setOptions(options.map((x, j) => (j === i ? e.target.value : x)))}
          />
        </div>
      ))}
      <div className="stage-question__actions">
        {options.length < 6 && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setOptions([...options, ''])}
          >
            {t('stage.polls.addOption')}
          </button>
        )}
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={busy || question.trim().length < 3 || filled.length < 2}
          data-testid="stage-poll-create"
        >
          {t('stage.polls.create')}
        </button>
      </div>
    </form>
  );
}
