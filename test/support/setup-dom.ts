import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// CI runs these beside Chromium on two cores: give findBy/waitFor room before calling a slow
// render a failure (a real failure still fails, only later).
configure({ asyncUtilTimeout: 4000 });

// What a host page provides (axe checks the whole document, dialogs included).
document.documentElement.lang = 'en';
document.title = 'profilekit';
