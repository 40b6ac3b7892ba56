import type { MeetingRequest } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { meetingsApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { SlotPicker } from './SlotPicker';
import { ActionError, useAction } from './useAction';

type Mode = 'accept' | 'counter' | 'decline' | null;

interface AnswerProps {
  request: MeetingRequest;
  onDone(r: MeetingRequest): void;
}

/**
 * The answering side's actions on a pending request (the exhibitor's on a buyer's request, the buyer's on an
 * exhibitor's): accept (with a slot or for auto-scheduling), propose another slot, decline.
 */
export function ExhibitorAnswer({ request, onDone }: AnswerProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>(null);
  const [slot, setSlot] = useState<string[]>(request.preferredSlots.slice(0, 1).map((s) => s.start));
  const { busy, error, run } = useAction(onDone);
  const slots = useAsync(mode === 'accept' || mode === 'counter' ? `slots:${request.id}` : null, (signal) =>
    meetingsApi.slotsFor(request.id, signal),
  );
  const send = async (action: () => Promise<MeetingRequest>) => {
    if (await run(action)) setMode(null);
    else slots.reload(); // the slot may have been taken meanwhile
  };

  return (
    <div className="request-actions">
      <div className="request-actions__buttons" role="group" aria-label={t('matching.request.answer')}>
        {(['accept', 'counter', 'decline'] as const).map((m) => (
          <button
            key={m}
            type="button"
            className={`button button--small ${mode === m ? 'button--primary' : 'button--secondary'}`}
            aria-pressed={mode === m}
            onClick={() => setMode(mode === m ? null : m)}
            data-testid={`request-${m}`}
          >
            {t(`matching.request.${m}`)}
          </button>
        ))}
      </div>
      {(mode === 'accept' || mode === 'counter') && (
        <AsyncContent result={slots}>
          {(options) => (
            <>
              <SlotPicker name={`slot-${request.id}`} slots={options} selected={slot} onChange={setSlot} />
              <div className="request-actions__buttons">
                <button
                  type="button"
                  className="button button--primary button--small"
                  disabled={busy || slot.length === 0}
                  data-testid={`request-${mode}-confirm`}
                  onClick={() =>
                    void send(() =>
                      mode === 'accept'
                        ? meetingsApi.accept(request.id, slot[0])
                        : meetingsApi.counter(request.id, slot[0]),
                    )
                  }
                >
                  {t(mode === 'accept' ? 'matching.request.acceptSlot' : 'matching.request.propose')}
                </button>
                {mode === 'accept' && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={busy}
                    onClick={() => void send(() => meetingsApi.accept(request.id))}
                  >
                    {t('matching.request.acceptLater')}
                  </button>
                )}
              </div>
            </>
          )}
        </AsyncContent>
      )}
      {mode === 'decline' && (
        <DeclineForm
          busy={busy}
          onSend={(reason) => void send(() => meetingsApi.decline(request.id, reason))}
        />
      )}
      <ActionError error={error} />
    </div>
  );
}

/** The asking side's actions: cancel its request, or answer the other side's proposal of another slot. */
export function BuyerAnswer({ request, onDone }: AnswerProps) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const { busy, error, run } = useAction(onDone);
  return (
    <div className="request-actions">
      <div className="request-actions__buttons">
        {request.status === 'countered' && (
          <>
            <button
              type="button"
              className="button button--primary button--small"
              disabled={busy}
              data-testid="request-accept-proposal"
              onClick={() => void run(() => meetingsApi.accept(request.id))}
            >
              {t('matching.request.acceptProposal')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setDeclining(!declining)}
            >
              {t('matching.request.decline')}
            </button>
          </>
        )}
        <button
          type="button"
          className="button button--danger button--small"
          disabled={busy}
          onClick={() => void run(() => meetingsApi.cancelRequest(request.id))}
        >
          {t('matching.request.cancel')}
        </button>
      </div>
      {declining && (
        <DeclineForm
          busy={busy}
          onSend={(reason) => void run(() => meetingsApi.decline(request.id, reason))}
        />
      )}
      <ActionError error={error} />
    </div>
  );
}

/** A reason for declining (the other side reads it), then send. */
function DeclineForm({ busy, onSend }: { busy: boolean; onSend(reason: string): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <div className="request-actions__decline">
      <label>
        {t('matching.request.reason')}
        <textarea
          value={reason}
          maxLength={500}
          rows={2}
          onChange={(e) => setReason(e.target.value)}
          data-testid="decline-reason"
        />
      </label>
      <button
        type="button"
        className="button button--danger button--small"
        disabled={busy || reason.trim().length < 3}
        onClick={() => onSend(reason)}
        data-testid="request-decline-confirm"
      >
        {t('matching.request.declineSend')}
      </button>
    </div>
  );
}
