/** One thing an action will do that cannot be taken back, as a translation key and its values. */
export interface Consequence {
  key: string;
  params?: Record<string, string | number>;
}

/** What a confirmation asks: its question, the consequences it names, and the words on its buttons. */
export interface HarmQuestion {
  titleKey: string;
  titleParams?: Record<string, string | number>;
  consequences: readonly Consequence[];
  confirmKey: string;
  /** The confirm button's test id, so specs and e2e tell confirmations apart. */
  confirmTestId: string;
}
