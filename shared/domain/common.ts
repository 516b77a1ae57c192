import { z } from 'zod';

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a valid id');
export const isoDateTime = z.iso.datetime({ offset: true });
/** A calendar date as YYYY-MM-DD (no time zone surprises around midnight). */
export const isoDate = z.iso.date();
export const shortText = z.string().trim().max(200);
export const longText = z.string().max(100_000);

export const regions = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Wales',
] as const;
export const regionSchema = z.enum(regions);
export type Region = z.infer<typeof regionSchema>;
