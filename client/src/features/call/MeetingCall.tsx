import { CallRoom, type CallRoomProps } from './CallRoom';
import { CallView } from './CallView';

/** The lazily loaded part of the call page: the LiveKit room showing the other party. */
export default function MeetingCall({
  counterpart,
  ...props
}: Omit<CallRoomProps, 'children'> & { counterpart: string }) {
  return (
    <CallRoom {...props}>
      <CallView counterpart={counterpart} />
    </CallRoom>
  );
}
