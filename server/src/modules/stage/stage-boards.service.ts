import { Injectable } from '@nestjs/common';
import type { StageBoard } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { StageAccess } from './stage-access.service';
import { StagePolls } from './stage-polls.service';
import { StageQuestions } from './stage-questions.service';

/** Everything the stage page shows beside the video, as this reader may see it. */
@Injectable()
export class StageBoards {
  constructor(
    private readonly access: StageAccess,
    private readonly questions: StageQuestions,
    private readonly polls: StagePolls,
  ) {}

  async of(caller: Caller, sessionId: string): Promise<StageBoard> {
    const seat = await this.access.seat(caller, sessionId);
    const [questions, polls] = await Promise.all([
      this.questions.visibleTo(caller, seat),
      this.polls.visibleTo(caller, seat),
    ]);
    return { sessionId, moderator: seat.moderator, readOnly: seat.readOnly, questions, polls };
  }
}
