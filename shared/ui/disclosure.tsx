/**
 * A native <details> whose open state is remembered by id, so what the facilitator folded
 * away stays folded across re-renders, reloads and a reopened panel. Where it is remembered is
 * the shell's business (the browser: localStorage of the extension's origin; VS Code: the
 * webview's state), plugged in through DisclosureMemoryProvider; without one it is kept in
 * memory for the page's life.
 */
import { createContext, h, type ComponentChildren } from 'preact';
import { useContext, useState } from 'preact/hooks';

export interface DisclosureMemory {
  get(id: string): boolean | undefined;
  set(id: string, open: boolean): void;
}

export function memoryInMap(map = new Map<string, boolean>()): DisclosureMemory {
  return { get: (id) => map.get(id), set: (id, open) => void map.set(id, open) };
}

const Memory = createContext<DisclosureMemory>(memoryInMap());

export function DisclosureMemoryProvider(props: { memory: DisclosureMemory; children?: ComponentChildren }) {
  return h(Memory.Provider, { value: props.memory }, props.children);
}

export function Disclosure(props: { id: string; summary: ComponentChildren; defaultOpen?: boolean; class?: string; children?: ComponentChildren }) {
  const memory = useContext(Memory);
  const [open, setOpen] = useState(() => memory.get(props.id) ?? props.defaultOpen ?? false);
  return (
    <details
      class={props.class ? `rt-disclosure ${props.class}` : 'rt-disclosure'}
      data-disclosure={props.id}
      open={open}
      onToggle={(e) => {
        const now = (e.currentTarget as HTMLDetailsElement).open;
        if (now === open) return;
        memory.set(props.id, now);
        setOpen(now);
      }}
    >
      <summary class="rt-disclosure-summary">{props.summary}</summary>
      {open && <div class="rt-disclosure-body">{props.children}</div>}
    </details>
  );
}
