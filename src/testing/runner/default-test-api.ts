import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApi } from './test-api';

export function defaultTestApi(): TestApi {
  return { describe, it, expect, beforeEach, afterEach };
}
