/**
 * BM25F as the index scores a match: what each field of a question weighs, and how a word's
 * weight, its fields and its rarity make a score. Its own file because the deployment's builder
 * scores merged lists of completions exactly as the engine does (search-files.ts).
 */
import { ANSWERS, AUTHOR, BODY, TAGS, TITLE } from './index-parts.js';

/** BM25F: a term's field weights summed (see index-data.ts), saturated by K1, times the term's inverse document frequency. */
const K1 = 1.2;
const FIELD_WEIGHTS: readonly [number, number][] = [
  [TAGS, 3.5],
  [AUTHOR, 1.5],
  [ANSWERS, 0.5],
];
/** Per field mask, the weight of its fields but title and body (which depend on their length). */
const MASK_WEIGHT = Float64Array.from({ length: 32 }, (_, mask) =>
  FIELD_WEIGHTS.reduce((sum, [field, weight]) => (mask & field ? sum + weight : sum), 0),
);

/** A posting's fields, their weights summed, title and body at the question's own (see IndexData). */
export const fieldsWeight = (mask: number, titleWeight: number, bodyWeight: number): number =>
  MASK_WEIGHT[mask] + (mask & TITLE ? titleWeight : 0) + (mask & BODY ? bodyWeight : 0);

/** BM25F: a match worth `weight` in fields weighing `fields`, saturated. */
export const postingScore = (weight: number, fields: number): number => (weight * fields * (K1 + 1)) / (fields + K1);

/** Inverse document frequency, as BM25 has it: never below 0, whatever share of questions use a word. */
export const idf = (found: number, size: number) => Math.log(1 + (size - found + 0.5) / (found + 0.5));
