// The language work (compromise) runs here: a long article takes a second or more to tag, and
// the editor must keep answering meanwhile.
import { suggest } from "../domain/suggest";

self.onmessage = (event: MessageEvent<{ text: string; today: string }>) => {
  self.postMessage(suggest(event.data.text, event.data.today));
};
