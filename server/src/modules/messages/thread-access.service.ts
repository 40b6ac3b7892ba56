import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ThreadSubjectKind } from '@pameran/contracts';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { notFound } from '../../common/common.exception';
import { MessageThreadEntity } from './messages.entities';
import { everyone, ThreadParties, ThreadPartiesReadModel } from './read-models/thread-parties.read-model';

/** A thread the caller may use, with its parties as the subject says now. */
export interface ThreadAccess {
  thread: MessageThreadEntity;
  parties: ThreadParties;
}

/**
 * Decides who may use a thread: only the subject's parties, asked of the database on every call. Anyone
 * else (another exhibitor, a visitor, an organiser) gets the same 404 as for a thread that does not exist.
 */
@Injectable()
export class ThreadAccessService {
  constructor(
    @InjectRepository(MessageThreadEntity) private readonly threads: Repository<MessageThreadEntity>,
    private readonly partiesOf: ThreadPartiesReadModel,
  ) {}

  /** The parties of a subject if the caller is one of them, else 404. */
  async subject(caller: Caller, kind: ThreadSubjectKind, id: string): Promise<ThreadParties> {
    const parties = await this.partiesOf.of(kind, id);
    if (!parties || !everyone(parties).includes(caller.sub)) throw notFound('Thread');
    return parties;
  }

  /** The thread's parties if the caller is one of them, else null. */
  async partiesIfParty(caller: Caller, thread: MessageThreadEntity): Promise<ThreadParties | null> {
    const parties = await this.partiesOf.of(thread.subjectKind, thread.subjectId);
    return parties && everyone(parties).includes(caller.sub) ? parties : null;
  }

  async thread(caller: Caller, threadId: string): Promise<ThreadAccess> {
    const thread = await this.threads.findOneBy({ id: threadId });
    if (!thread) throw notFound('Thread');
    const parties = await this.subject(caller, thread.subjectKind, thread.subjectId);
    return { thread, parties };
  }
}
