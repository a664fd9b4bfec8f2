import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// What a host page provides (axe checks the whole document, dialogs included).
document.documentElement.lang = 'en';
document.title = 'profilekit';
