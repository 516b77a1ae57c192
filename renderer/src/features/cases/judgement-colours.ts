/** The badge colour of each judgement; the badge also says it in words (not colour alone). */
export const judgementColour = { met: 'green', partly_met: 'yellow', not_yet_met: 'red', not_assessed: 'gray' } as const;
