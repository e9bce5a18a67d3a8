// Leaving the popup: it closes once it has opened another page (options, a compose, a thread).
import { openOptions } from '@/lib/navigation/open-options';
import type { OptionsPlace } from '@/lib/navigation/options-place';

export const closePopup = () => window.close();

export function openOptionsAt(...place: OptionsPlace): void {
  void openOptions(place);
  window.close();
}
