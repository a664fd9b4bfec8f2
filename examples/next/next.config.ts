import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // profilekit's answers carry their own security headers; this one only names the framework.
  poweredByHeader: false,
  // This folder is the app (it sits inside the profilekit repository, which has a lock file too).
  outputFileTracingRoot: dirname(fileURLToPath(import.meta.url)),
};

export default nextConfig;
