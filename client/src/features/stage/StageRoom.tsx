import type { ReactNode } from 'react';
import { CallRoom, type CallRoomProps } from '../call/CallRoom';
import { StageGrid } from './StageGrid';

/** The lazily loaded part of the stage page: the LiveKit room with the speakers' grid, the board beside it. */
export default function StageRoom({ side, ...props }: Omit<CallRoomProps, 'children'> & { side: ReactNode }) {
  return (
    <CallRoom {...props}>
      <div className="stage-room">
        <div className="stage-room__video">
          <StageGrid />
        </div>
        <aside className="stage-room__side">{side}</aside>
      </div>
    </CallRoom>
  );
}
