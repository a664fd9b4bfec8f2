import { ERASED } from '../../service';

// The values `erasedChanges` writes, for the flavors' SQL to write the same.
export { ERASED };
export const ERASED_ATTRIBUTE = `attributes.${ERASED}`;
