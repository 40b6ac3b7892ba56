import { funnelRow } from './meeting-funnel.read-model';

describe('funnelRow', () => {
  it('turns the query’s text counts into numbers and each step’s share of the step before', () => {
    const row = funnelRow({
      requests: '8',
      accepted: '6',
      held: '3',
      followUp: '0',
      dealsConfirmed: '0',
      dealsVerified: '0',
    });
    expect(row.counts).toEqual({
      requests: 8,
      accepted: 6,
      held: 3,
      followUp: 0,
      dealsConfirmed: 0,
      dealsVerified: 0,
    });
    // After a step of zero there is no rate (null), not 0 % and never a division by zero.
    expect(row.rates).toEqual({
      accepted: 0.75,
      held: 0.5,
      followUp: 0,
      dealsConfirmed: null,
      dealsVerified: null,
    });
  });

  it('gives zero counts and no rates for a group with nothing in it', () => {
    const row = funnelRow({});
    expect(Object.values(row.counts)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Object.values(row.rates)).toEqual([null, null, null, null, null]);
  });
});
