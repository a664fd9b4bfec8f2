import * as z from 'zod';
import { LIMITS, ROLE_PATTERN } from './limits';

/** An access list of the field config: `self` (the account's holder) and role names. */
export const accessListSchema = z.array(z.string().regex(ROLE_PATTERN, 'Use "self" or a role name')).max(LIMITS.accessRules);
