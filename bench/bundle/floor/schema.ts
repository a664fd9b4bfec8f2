// zod alone: the floor form's schema.
import * as z from 'zod';

export const floorSchema = z.object({
  name: z.string().trim().min(1, 'Required').max(100),
  email: z.email(),
  phone: z
    .string()
    .regex(/^[0-9 +().-]*$/, 'Digits only')
    .optional(),
});

export type FloorValues = z.infer<typeof floorSchema>;

/** Validates a submitted object. */
export function floorParse(input: unknown) {
  return floorSchema.safeParse(input);
}
