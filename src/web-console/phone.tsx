import type { ChannelMessage } from "../core/format-for-channel.ts";

/** The messages of one channel as the citizen sees them: bubbles with their buttons. */
export const Phone = (props: { name: string; messages: ChannelMessage[] }) => (
  <div class="phone">
    <strong>{props.name}</strong>
    {props.messages.map((message) => (
      <div class="bubble">
        {message.text}
        {message.buttons.length > 0 && (
          <div class="buttons">
            {message.buttons.map((button) => (
              <span>{button.label}</span>
            ))}
          </div>
        )}
      </div>
    ))}
  </div>
);
