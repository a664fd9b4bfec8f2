import type { Preview } from '@storybook/react-vite';
import '../src/react/styles.css';

const preview: Preview = {
  decorators: [
    (Story) => (
      <div className="pk-root" data-pk-theme="auto" style={{ padding: '1rem' }}>
        <Story />
      </div>
    ),
  ],
  parameters: { layout: 'fullscreen' },
};

export default preview;
