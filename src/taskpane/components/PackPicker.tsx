import { Dropdown, Field, makeStyles, Option } from "@fluentui/react-components";
import { PACKS } from "../../domain/packs/registry";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({ dropdown: { minWidth: "0", width: "100%" } });

/** The rule pack the next check evaluates against, by its Chinese title. */
export function PackPicker({ packId, disabled, onChange }: { readonly packId: string; readonly disabled: boolean; readonly onChange: (id: string) => void }) {
  const s = useStrings();
  const styles = useStyles();
  const selected = PACKS.find((p) => p.id === packId);
  return (
    <Field label={s.pack.label}>
      <Dropdown
        className={styles.dropdown}
        value={selected?.title ?? ""}
        selectedOptions={[packId]}
        disabled={disabled}
        onOptionSelect={(_, data) => {
          if (data.optionValue) onChange(data.optionValue);
        }}
      >
        {PACKS.map((p) => (
          <Option key={p.id} value={p.id} text={p.title}>
            {p.title}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
