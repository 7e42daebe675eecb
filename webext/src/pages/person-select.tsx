/**
 * A labelled choice of one participant, optionally with a first "nobody" choice (value "").
 * Names are untrusted page text: they are option text only.
 */
export function PersonSelect(props: {
  label: string;
  people: readonly { pid: string; name: string }[];
  value: string;
  onChange: (pid: string) => void;
  /** Text of an empty first choice, e.g. "Nobody"; omitted: someone must be chosen. */
  none?: string;
  name?: string;
}) {
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.none !== undefined && <option value="">{props.none}</option>}
        {props.people.map((p) => (
          <option key={p.pid} value={p.pid}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
