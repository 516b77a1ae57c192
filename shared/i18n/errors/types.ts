import type { errorsEn } from './en';

/** The same keys as en.ts, each with its own text. */
export type ErrorStrings = {
  [K in keyof typeof errorsEn]: (typeof errorsEn)[K] extends string ? string : { [C in keyof (typeof errorsEn)[K]]: string };
};
