import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'profilekit/styles.css';
import './example.css';

export const metadata: Metadata = { title: 'profilekit on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
