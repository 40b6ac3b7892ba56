import type { MeetingRequest } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { errorMessage } from '../../lib/errors';
import { meetingsApi } from '../../lib/matchingApi';
import { useAsync } from '../../lib/useAsync';
import { SlotPicker } from './SlotPicker';

type Mode = 'accept' | 'counter' | 'decline' | null;

/** The exhibitor's answers to a pending request: accept (with a slot or for auto-scheduling), propose, decline. */
export function ExhibitorAnswer({
  request,
  onDone,
}: {
  request: MeetingRequest;
  onDone(r: MeetingRequest): void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>(null);
  const [slot, setSlot] = useState<string[]>(request.preferredSlots.slice(0, 1).map((s) => s.start));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const slots = useAsync(mode === 'accept' || mode === 'counter' ? `slots:${request.id}` : null, (signal) =>
    meetingsApi.slotsFor(request.id, signal),
  );

  async function send(action: () => Promise<MeetingRequest>) {
    setBusy(true);
    setError(null);
    try {
      onDone(await action());
      setMode(null);
    } catch (e) {
      setError(e);
      slots.reload();
    } finally {
      setBusy(false);
    }
  }

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
                    send(() =>
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
                    onClick={() => send(() => meetingsApi.accept(request.id))}
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
          reason={reason}
          setReason={setReason}
          onSend={() => send(() => meetingsApi.decline(request.id, reason))}
        />
      )}
      {error !== null && (
        <p className="field__error" role="alert">
          {errorMessage(error, t)}
        </p>
      )}
    </div>
  );
}

/** The buyer's side: cancel a pending request, or answer the exhibitor's proposal. */
export function BuyerAnswer({
  request,
  onDone,
}: {
  request: MeetingRequest;
  onDone(r: MeetingRequest): void;
}) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function send(action: () => Promise<MeetingRequest>) {
    setBusy(true);
    try {
      onDone(await action());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
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
              onClick={() => send(() => meetingsApi.accept(request.id))}
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
          onClick={() => send(() => meetingsApi.cancelRequest(request.id))}
        >
          {t('matching.request.cancel')}
        </button>
      </div>
      {declining && (
        <DeclineForm
          busy={busy}
          reason={reason}
          setReason={setReason}
          onSend={() => send(() => meetingsApi.decline(request.id, reason))}
        />
      )}
      {error !== null && (
        <p className="field__error" role="alert">
          {errorMessage(error, t)}
        </p>
      )}
    </div>
  );
}

function DeclineForm(props: { busy: boolean; reason: string; setReason(r: string): void; onSend(): void }) {
  const { t } = useTranslation();
  return (
    <div className="request-actions__decline">
      <label>
        {t('matching.request.reason')}
        <textarea
          value={props.reason}
          maxLength={500}
          rows={2}
          onChange={(e) => props.setReason(e.target.value)}
          data-testid="decline-reason"
        />
      </label>
      <button
        type="button"
        className="button button--danger button--small"
        disabled={props.busy || props.reason.trim().length < 3}
        onClick={props.onSend}
        data-testid="request-decline-confirm"
      >
        {t('matching.request.declineSend')}
      </button>
    </div>
  );
}
