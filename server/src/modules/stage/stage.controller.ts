import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  StageModerationInput,
  StagePollInput,
  StagePollState,
  StageQuestionInput,
  StageVoteInput,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { Caller, CurrentUser } from '../../common/auth.decorators';
import { StageBoards } from './stage-boards.service';
import { StagePolls } from './stage-polls.service';
import { StageQuestions } from './stage-questions.service';
import { InEvent } from '../memberships';

class QuestionDto extends createZodDto(StageQuestionInput) {}
class ModerationDto extends createZodDto(StageModerationInput) {}
class PollDto extends createZodDto(StagePollInput) {}
class PollStateDto extends createZodDto(StagePollState) {}
class VoteDto extends createZodDto(StageVoteInput) {}

/** A stage session's questions and polls (live updates travel over /hall once the page sends `stage:watch`). */
@ApiTags('stage')
@ApiBearerAuth()
@Controller('stage')
export class StageController {
  constructor(
    private readonly boards: StageBoards,
    private readonly questions: StageQuestions,
    private readonly polls: StagePolls,
  ) {}

  @Get(':sessionId/board')
  @InEvent.of('session', 'sessionId')
  board(@CurrentUser() caller: Caller, @Param('sessionId', ParseUUIDPipe) sessionId: string) {
    return this.boards.of(caller, sessionId);
  }

  @Post(':sessionId/questions')
  @InEvent.of('session', 'sessionId')
  ask(
    @CurrentUser() caller: Caller,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() dto: QuestionDto,
  ) {
    return this.questions.ask(caller, sessionId, dto.text);
  }

  @Post('questions/:id/upvote')
  @InEvent.of('stage_question')
  @HttpCode(200)
  upvote(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.questions.upvote(caller, id);
  }

  @Post('questions/:id/moderate')
  @InEvent.of('stage_question')
  @HttpCode(200)
  moderate(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ModerationDto,
  ) {
    return this.questions.moderate(caller, id, dto);
  }

  @Post(':sessionId/polls')
  @InEvent.of('session', 'sessionId')
  createPoll(
    @CurrentUser() caller: Caller,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() dto: PollDto,
  ) {
    return this.polls.create(caller, sessionId, dto);
  }

  @Post('polls/:id/state')
  @InEvent.of('stage_poll')
  @HttpCode(200)
  setPollState(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PollStateDto,
  ) {
    return this.polls.setStatus(caller, id, dto.status);
  }

  @Post('polls/:id/vote')
  @InEvent.of('stage_poll')
  @HttpCode(200)
  vote(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoteDto) {
    return this.polls.vote(caller, id, dto.optionId);
  }
}
