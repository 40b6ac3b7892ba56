import type { AuditionReview } from '@pameran/contracts';
import { nextStage, stageOf } from './audition-stages.service';

const S = ['documents', 'curation'];
const at = (stage: AuditionReview['stage'], decision: AuditionReview['decision']): AuditionReview => ({
  stage,
  decision,
  note: '',
  byName: null,
  at: new Date().toISOString(),
});

describe('where an application is in the audition', () => {
  it('starts at stage I and moves on once it is passed', () => {
    expect(stageOf([], S)).toBe('documents');
    expect(stageOf([at('documents', 'passed')], S)).toBe('curation');
  });

  it('stays at the stage it was decided at (rejected, or approved early)', () => {
    expect(stageOf([at('documents', 'rejected')], S)).toBe('documents');
    expect(stageOf([at('documents', 'passed'), at('curation', 'rejected')], S)).toBe('curation');
    expect(stageOf([at('documents', 'approved')], S)).toBe('documents');
  });

  it('counts the latest decision per stage: a rejected stage I passed after a correction moves on', () => {
    expect(stageOf([at('documents', 'rejected'), at('documents', 'passed')], S)).toBe('curation');
  });

  it('names the stage after each, none after the last', () => {
    expect(nextStage('documents', S)).toBe('curation');
    expect(nextStage('curation', S)).toBeNull();
  });

  it("follows the fair's own list: three stages, passing two leaves the third", () => {
    const three = ['documents', 'visit', 'curation'];
    expect(stageOf([at('documents', 'passed')], three)).toBe('visit');
    expect(stageOf([at('documents', 'passed'), at('visit', 'passed')], three)).toBe('curation');
    expect(nextStage('visit', three)).toBe('curation');
    expect(nextStage('unknown', three)).toBeNull();
  });
});
