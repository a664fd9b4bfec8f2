import { isProfileError } from '../../core';

/**
 * For writes the server bases on its own fresh read (password change, token confirmation):
 * a concurrent save may move the version between the read and the compare-and-swap, so read
 * again and retry a few times. Writes based on a client's version never retry.
 */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isProfileError(error) || error.code !== 'version_conflict') throw error;
    }
  }
}
