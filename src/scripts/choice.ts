// The reader's language choice, remembered across visits. Storage can be unavailable (private
// modes, blocked cookies): then nothing is remembered and nothing breaks.
const KEY = 'story-lang';

export function readChoice(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveChoice(choice: string): void {
  try {
    localStorage.setItem(KEY, choice);
  } catch {
    /* storage unavailable: the choice is simply not remembered */
  }
}
