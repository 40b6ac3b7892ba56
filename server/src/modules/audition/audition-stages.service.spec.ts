import type { AuditionReview } from '@pameran/contracts';
import { nextStage, stageOf } from './audition-stages.service';

const at = (stage: AuditionReview['stage'], decision: AuditionReview['decision']): AuditionReview => ({
  stage,
  decision,
  note: '',
  byName: null,
  at: new Date().toISOString(),
});

describe('where an application is in the audition', () => {
  it('starts at stage I and moves on once it is passed', () => {
    expect(stageOf([])).toBe('documents');
    expect(stageOf([at('documents', 'passed')])).toBe('curation');
  });

  it('stays at the stage it was decided at (rejected, or approved early)', () => {
    expect(stageOf([at('documents', 'rejected')])).toBe('documents');
    expect(stageOf([at('documents', 'passed'), at('curation', 'rejected')])).toBe('curation');
    expect(stageOf([at('documents', 'approved')])).toBe('documents');
  });

  it('counts the latest decision per stage: a rejected stage I passed after a correction moves on', () => {
    expect(stageOf([at('documents', 'rejected'), at('documents', 'passed')])).toBe('curation');
  });

  it('names the stage after each, none after the last', () => {
    expect(nextStage('documents')).toBe('curation');
    expect(nextStage('curation')).toBeNull();
  });
});
