import * as z from 'zod';

/** The password policy's settings (`checkPasswordPolicy`), every default filled in. */
export const passwordConfigSchema = z
  .strictObject({
    /** Fewest code points. Default 12 (NIST SP 800-63B asks for at least 8, 15 without a second factor). */
    minLength: z.number().int().min(8).max(128).default(12),
    /** Most code points. Default 128. */
    maxLength: z.number().int().min(8).max(1024).default(128),
    /**
     * The lowest strength estimate (zxcvbn's score: 0 a top guess .. 4 beyond 10^10 guesses)
     * accepted. Default 3 (more than 10^8 guesses). 0 keeps every other rule, the common-password
     * list included.
     */
    minScore: z.number().int().min(0).max(4).default(3),
    /**
     * Words a password must not contain, checked like the user's own names (also in leet or
     * reversed): your app's or company's name, its domain (`['profilekit', 'acme']`). Default none.
     */
    appWords: z.array(z.string().trim().min(3).max(64)).max(20).default([]),
  })
  .default({ minLength: 12, maxLength: 128, minScore: 3, appWords: [] });
