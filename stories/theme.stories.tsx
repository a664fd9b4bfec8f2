import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

const TOKENS = [
  '--pk-text', '--pk-muted', '--pk-bg', '--pk-surface', '--pk-border', '--pk-accent', '--pk-accent-text',
  '--pk-danger', '--pk-success', '--pk-focus',
];

/** The theme's CSS variables (src/react/styles.css): override them on `.pk-root` to theme every component. */
function Tokens() {
  return (
    <table>
      <tbody>
        {TOKENS.map((token) => (
          <tr key={token}>
            <td>
              <span
                aria-hidden
                style={{ display: 'inline-block', width: 32, height: 20, borderRadius: 'var(--pk-radius)', border: '1px solid var(--pk-border)', background: `var(${token})` }}
              />
            </td>
            <td>
              <code>{token}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const meta = { title: 'Foundations/Theme', component: Tokens } satisfies Meta<typeof Tokens>;
export default meta;

const tokensListed: StoryObj<typeof meta>['play'] = async ({ canvas }) => {
  await expect(canvas.getAllByRole('row')).toHaveLength(TOKENS.length);
};

export const Colours: StoryObj<typeof meta> = { play: tokensListed };

export const DarkColours: StoryObj<typeof meta> = { globals: { theme: 'dark' }, play: tokensListed };
