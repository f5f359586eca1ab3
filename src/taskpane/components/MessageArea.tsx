import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useStrings } from "../i18n/strings";
import type { PaneMessage } from "../useSession";

/** The one message of the pane: a failure in the host's or engine's words, or what was just written. */
export function MessageArea({ message, onDismiss }: { readonly message: PaneMessage | null; onDismiss(): void }) {
  const s = useStrings();
  if (!message) return null;
  return (
    <MessageBar intent={message.intent} layout="multiline" politeness={message.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>
        {(message.title ?? (message.intent === "error" ? s.errors.title : null)) && <MessageBarTitle>{message.title ?? s.errors.title}</MessageBarTitle>}
        {message.text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={s.errors.dismiss} onClick={onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}
