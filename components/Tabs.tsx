/** An accessible tab list: arrow keys move between tabs, Home/End jump, panels are labelled. */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface TabSpec {
  id: string;
  label: string;
  count?: number;
  render: () => ComponentChildren;
}

export interface TabsProps {
  tabs: TabSpec[];
  label: string;
  /** Controlled selection, when a parent needs to switch tabs (e.g. a hint's link). */
  active?: string;
  onChange?: (id: string) => void;
}

export function Tabs({ tabs, label, active: controlled, onChange }: TabsProps) {
  const [own, setOwn] = useState(tabs[0]?.id ?? '');
  const active = controlled ?? own;
  const setActive = (id: string) => {
    setOwn(id);
    onChange?.(id);
  };
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(0, tabs.findIndex((t) => t.id === active));

  const focusTab = (i: number) => {
    const next = (i + tabs.length) % tabs.length;
    setActive(tabs[next]!.id);
    refs.current[next]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    if (e.key in moves) {
      e.preventDefault();
      focusTab(moves[e.key]!);
    }
  };

  const current = tabs[index];
  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} class="tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => void (refs.current[i] = el)}
            role="tab"
            type="button"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === current?.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === current?.id ? 0 : -1}
            class="tabs__tab"
            data-tab={tab.id}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
            {tab.count !== undefined && <span class="tabs__count">{tab.count}</span>}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} class="tabs__panel" tabIndex={0}>
          {current.render()}
        </div>
      )}
    </div>
  );
}
