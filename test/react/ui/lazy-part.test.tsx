import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from '../../../src/react/ui/lazy-part';

// The dialogs' chunk (and any later lazy part) comes through lazyPart: fetched when the page is
// idle after a component that may need it mounted, or on hover / focus, and shown even when it
// is needed before it arrived.

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('lazyPart', () => {
  it('renders nothing until needed, and fetches its chunk once the page is idle, once for every mount', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const { Part } = lazyPart(load);
    render(
      <>
        <Part when={false} name="Ada" />
        <Part when={false} name="Grace" />
      </>,
    );
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByText(/Hello/)).not.toBeInTheDocument();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await act(() => new Promise((done) => setTimeout(done, 300)));
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Hello/)).not.toBeInTheDocument();
  });

  it('needed before its chunk arrived: shows as soon as it does, and stays in place', async () => {
    const chunk = deferred<typeof Greeting>();
    const { Part } = lazyPart(() => chunk.promise);
    function Host() {
      const [open, setOpen] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setOpen(false)}>
            close
          </button>
          <Part when={open} name={open ? 'Ada' : 'closed'} />
        </>
      );
    }
    render(<Host />);
    expect(screen.queryByText(/Hello/)).not.toBeInTheDocument();
    await act(async () => chunk.resolve(Greeting));
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    // Once shown, it stays mounted when no longer needed (a dialog closes itself).
    await act(async () => screen.getByRole('button', { name: 'close' }).click());
    expect(screen.getByText('Hello closed')).toBeInTheDocument();
  });

  it('already fetched (on hover, focus or idle): shows at once, without suspending', async () => {
    const { Part, preload } = lazyPart(() => Promise.resolve(Greeting));
    preload();
    await act(() => Promise.resolve());
    render(<Part when name="Ada" />);
    expect(screen.getByText('Hello Ada')).toBeInTheDocument();
  });

  it('a failed fetch is tried again by the next preload', async () => {
    const load = vi.fn<() => Promise<typeof Greeting>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Greeting);
    const { Part, preload } = lazyPart(load);
    preload();
    await act(() => Promise.resolve());
    preload();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    await act(() => Promise.resolve());
    render(<Part when name="Ada" />);
    expect(screen.getByText('Hello Ada')).toBeInTheDocument();
  });
});
