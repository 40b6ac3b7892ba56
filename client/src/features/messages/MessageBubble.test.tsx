import type { ThreadMessage } from '@pameran/contracts';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InFair } from '../../test/inFair';
import { MessageBubble } from './MessageBubble';

const message = (extra: Partial<ThreadMessage> = {}): ThreadMessage => ({
  id: '00000000-0000-4000-8000-000000000001',
  threadId: '00000000-0000-4000-8000-000000000002',
  senderId: '00000000-0000-4000-8000-000000000003',
  senderName: 'Aisyah',
  body: '<img src=x onerror=alert(1)> see https://example.test',
  attachments: [],
  hidden: false,
  createdAt: '2026-07-01T03:00:00.000Z',
  ...extra,
});

describe('a message bubble', () => {
  it('shows the body as text: markup stays characters and links are not made clickable', () => {
    const { container } = render(
      <ul>
        <MessageBubble message={message()} mine={false} />
      </ul>,
      { wrapper: InFair },
    );
    expect(screen.getByText('<img src=x onerror=alert(1)> see https://example.test')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByTestId('report-message')).toBeTruthy();
  });

  it('lets others’ messages be reported, not one’s own; a hidden one says so to its sender', () => {
    render(
      <ul>
        <MessageBubble message={message({ hidden: true })} mine />
      </ul>,
      { wrapper: InFair },
    );
    expect(screen.queryByTestId('report-message')).toBeNull();
    expect(screen.getByTestId('message-hidden')).toBeTruthy();
  });

  it('shows attached pictures, opening the large size', () => {
    const { container } = render(
      <ul>
        <MessageBubble
          message={message({
            body: '',
            attachments: [
              {
                id: '00000000-0000-4000-8000-000000000004',
                url: '/api/uploads/abc-640',
                sizes: { '640': '/api/uploads/abc-640', '1280': '/api/uploads/abc-1280' },
              },
            ],
          })}
          mine={false}
        />
      </ul>,
      { wrapper: InFair },
    );
    expect(container.querySelector('img')?.getAttribute('src')).toBe('/api/uploads/abc-640');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('/api/uploads/abc-1280');
  });
});
