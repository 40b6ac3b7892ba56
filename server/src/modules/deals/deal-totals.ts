// The totals' SQL reads other modules' tables, so it lives in a read model; kept here for existing callers.
export { dealTotals } from './read-models/deal-totals.read-model';
