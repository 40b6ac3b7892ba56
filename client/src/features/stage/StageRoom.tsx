import { CallRoom, type CallRoomProps } from '../call/CallRoom';
import { StageGrid } from './StageGrid';

/** The lazily loaded part of the stage page: the LiveKit room with the speakers' grid. */
export default function StageRoom(props: Omit<CallRoomProps, 'children'>) {
  return (
    <CallRoom {...props}>
      <StageGrid />
    </CallRoom>
  );
}
