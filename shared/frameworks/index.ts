import { goAwardV1, type Framework, type FrameworkRef } from './go-award';

export * from './go-award';

/** Every built-in framework; a case names the one it was assessed against. */
export const builtInFrameworks: readonly Framework[] = [goAwardV1];

/** The framework new cases use. */
export const currentFramework: Framework = goAwardV1;

/** The framework a case refers to, or undefined when this Casebook does not know it. */
export function findFramework(ref: FrameworkRef): Framework | undefined {
  return builtInFrameworks.find((f) => f.id === ref.id && f.version === ref.version);
}
