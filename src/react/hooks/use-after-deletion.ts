import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { DeletionResult } from '../../core/browser';
import { invalidateAfterDeletion } from './invalidate-after-deletion';
import { profileKeys } from './query-keys';

/** `invalidateAfterDeletion` on the provider's query cache: `(result, userId?) => void`. */
export function useAfterDeletion() {
  const queryClient = useQueryClient();
  return useCallback((result: DeletionResult, userId?: string) => invalidateAfterDeletion(queryClient, profileKeys, result, userId), [queryClient]);
}
