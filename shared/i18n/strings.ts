/**
 * The shape a Welsh namespace must have: every key of the English one, each a string.
 * Extra keys are allowed because Welsh needs more plural forms (_zero, _two, _few, _many)
 * than English; tests/unit/i18n checks the two key sets match plural form for plural form.
 */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> } & { [extra: string]: unknown };
