import type { JoinResponse } from '@pameran/contracts';
import { CallRoom } from './CallRoom';
import { CallView } from './CallView';

/** The lazily loaded talk-now call: the LiveKit room of one booth conversation, camera and mic on. */
export default function TalkCall({
  join,
  title,
  counterpart,
  onEnd,
}: {
  join: JoinResponse;
  title: string;
  counterpart: string;
  onEnd(): void;
}) {
  return (
    <CallRoom join={join} choices={{ cameraOn: true, micOn: true }} title={title} onEnd={onEnd}>
      <CallView counterpart={counterpart} />
    </CallRoom>
  );
}
