import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors';
import { StagePolls } from './StagePolls';
import { StageQuestions } from './StageQuestions';
import { useStageBoard } from './useStageBoard';

/**
 * Questions and polls beside the stage (below it on a phone), live over the hall socket. What an action did
 * is announced in one polite live region, so a screen reader hears it without focus leaving the control.
 */
export function StageBoardPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { loaded, board, applyOwn } = useStageBoard(sessionId);
  const [said, setSaid] = useState('');

  if (!board)
    return loaded.error ? (
      <p className="notice notice--error" role="alert">
        {errorMessage(loaded.error, t)}
      </p>
    ) : (
      <p className="muted" role="status">
        {t('stage.loading')}
      </p>
    );
  return (
    <div className="stage-board" data-testid="stage-board">
      {board.moderator && !board.readOnly && (
        <p className="notice" data-testid="stage-moderator-note">
          {t('stage.moderatorNote')}
        </p>
      )}
      <StageQuestions board={board} onOwn={applyOwn.question} announce={setSaid} />
      <StagePolls board={board} onOwn={applyOwn.poll} announce={setSaid} />
      <p className="stage-sr-only" aria-live="polite" data-testid="stage-announce">
        {said}
      </p>
    </div>
  );
}
