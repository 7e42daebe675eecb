import type { ComponentChildren } from 'preact';
import { useT } from './i18n';

/**
 * A participant's name: untrusted text from a call page or roster file. It is only ever a text
 * child (never markup); <bdi> isolates right-to-left override characters so a hostile name
 * cannot reorder the text around it; CSS truncates long names visually, and the full name stays
 * in the text (what screen readers read) and in the tooltip.
 */
export function Name(props: { name: string; class?: string }) {
  return (
    <bdi class={props.class ? `rt-name ${props.class}` : 'rt-name'} title={props.name}>
      {props.name}
    </bdi>
  );
}

/** Short label for SVG text, where CSS cannot ellipsise: the full name goes in a <title>. */
export function shortName(name: string, max = 16): string {
  const chars = Array.from(name);
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('')}…`;
}

/** Names joined by the catalog's list separator, each one a <Name>. */
export function NameList(props: { names: readonly string[] }) {
  const t = useT();
  const out: ComponentChildren[] = [];
  props.names.forEach((n, i) => {
    if (i > 0) out.push(t('list.separator'));
    out.push(<Name key={i} name={n} />);
  });
  return <>{out}</>;
}
