import { setProjectAnnotations } from '@storybook/react-vite';
import { beforeAll } from 'vitest';
import { expectNoAxeViolations } from '../test/support/axe';
import * as preview from './preview';

// Every story is a test (vitest.storybook.config.ts): it renders, runs its play function, then
// axe checks the whole page (dialogs in portals included) in real Chromium, colour contrast too.
const annotations = setProjectAnnotations([preview, { afterEach: () => expectNoAxeViolations(document, { what: 'the story', where: 'story' }) }]);

beforeAll(annotations.beforeAll);
