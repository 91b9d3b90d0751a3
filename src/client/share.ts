/**
 * Shares a link with the phone's share sheet (Web Share API) or, where there is none,
 * copies it. Returns what happened, for the page to announce.
 */
export async function shareLink(title: string, url: string): Promise<'shared' | 'copied' | 'cancelled' | 'failed'> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

export const shareMessages = {
  shared: '공유했어요.',
  copied: '링크를 복사했어요. 원하는 곳에 붙여 넣으세요.',
  cancelled: '',
  failed: '링크를 복사하지 못했어요. 아래 주소를 직접 복사하세요.',
} as const;
